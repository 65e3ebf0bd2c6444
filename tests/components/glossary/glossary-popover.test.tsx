import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDefinitionsFile, toDefinitionsFile } from '@/components/glossary/definitions';
import { GlossaryPopover, glossaryPopoverId } from '@/components/glossary/glossary-popover';
import { glossary } from '@/content/glossary';
import { isShown, polyfillPopover } from './popover-polyfill';

const pod = glossary.find((entry) => entry.id === 'pod');
if (!pod) throw new Error('the glossary has no pod entry');
// The definition as a screen reader hears it: the `backticks` that mark code are not read.
const podDefinition = pod.definition.replaceAll('`', '');

const fetchDefinitions = vi.fn(async () => Response.json(toDefinitionsFile(glossary)));

beforeAll(() => {
  polyfillPopover();
  vi.stubGlobal('fetch', fetchDefinitions);
});
afterAll(() => vi.unstubAllGlobals());

// Links followed in these tests are recorded rather than followed (jsdom cannot navigate).
const followed: string[] = [];
function recordNavigation(event: MouseEvent) {
  const link = (event.target as Element).closest('a');
  if (link && !event.defaultPrevented) followed.push(link.getAttribute('href') ?? '');
  event.preventDefault();
}
beforeAll(() => window.addEventListener('click', recordNavigation));
afterAll(() => window.removeEventListener('click', recordNavigation));
afterEach(() => {
  followed.length = 0;
});

function Chapter() {
  return (
    <>
      <p>
        쿠버네티스는{' '}
        <a className="glossary-link" href="/glossary#pod">
          파드
        </a>
        를 노드에 둡니다.{' '}
        <a className="glossary-link" href="/glossary#no-such-term">
          사라진 용어
        </a>
      </p>
      <button type="button">다음</button>
      <GlossaryPopover />
    </>
  );
}

function popover(): HTMLElement {
  const element = document.getElementById(glossaryPopoverId);
  if (!element) throw new Error('no popover');
  return element;
}

describe('GlossaryPopover', () => {
  it('renders a popover that takes no space until a term is reached, and leaves the links plain links', () => {
    render(<Chapter />);
    expect(popover()).toHaveAttribute('popover');
    expect(popover()).toBeEmptyDOMElement();
    expect(screen.getByRole('link', { name: '파드' })).toHaveAttribute('href', '/glossary#pod');
    expect(screen.getByRole('link', { name: '파드' })).not.toHaveAccessibleDescription();
  });

  it('shows the definition on keyboard focus, describes the term with it, and hides it on Escape with focus kept', async () => {
    const user = userEvent.setup();
    render(<Chapter />);
    await user.tab();
    const term = screen.getByRole('link', { name: '파드' });
    expect(term).toHaveFocus();
    await waitFor(() => expect(term).toHaveAccessibleDescription(podDefinition));
    expect(isShown(popover())).toBe(true);
    expect(screen.getByRole('link', { name: '용어집에서 보기' })).toHaveAttribute('href', '/glossary#pod');
    expect(popover()).toHaveTextContent(`파드${pod.english}`);

    await user.keyboard('{Escape}');
    expect(isShown(popover())).toBe(false);
    expect(term).not.toHaveAccessibleDescription();
    expect(term).toHaveFocus();
  });

  it('hides the definition when focus moves on, and never shows one for a term it has no definition of', async () => {
    const user = userEvent.setup();
    render(<Chapter />);
    await user.tab();
    await waitFor(() => expect(isShown(popover())).toBe(true));
    await user.tab();
    expect(screen.getByRole('link', { name: '사라진 용어' })).toHaveFocus();
    expect(isShown(popover())).toBe(false);
    expect(screen.getByRole('link', { name: '파드' })).not.toHaveAccessibleDescription();
    // Give the (already loaded) definitions every chance to arrive: still nothing to show.
    await act(async () => {});
    expect(isShown(popover())).toBe(false);
    expect(screen.getByRole('link', { name: '사라진 용어' })).not.toHaveAccessibleDescription();
  });

  it('on touch, a first tap shows the definition instead of leaving, and a second tap follows the link', async () => {
    const user = userEvent.setup();
    render(<Chapter />);
    const term = screen.getByRole('link', { name: '파드' });
    await user.pointer({ keys: '[TouchA]', target: term });
    await waitFor(() => expect(isShown(popover())).toBe(true));
    expect(followed).toEqual([]);
    expect(screen.getByRole('link', { name: '용어집에서 보기' })).toBeVisible();

    await user.pointer({ keys: '[TouchA]', target: term });
    expect(followed).toEqual(['/glossary#pod']);
  });

  it('on touch, 용어집에서 보기 inside the popover follows the link', async () => {
    const user = userEvent.setup();
    render(<Chapter />);
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('link', { name: '파드' }) });
    const more = await screen.findByRole('link', { name: '용어집에서 보기' });
    await user.pointer({ keys: '[TouchA]', target: more });
    expect(followed).toEqual(['/glossary#pod']);
  });

  it('shows the definition on hover, keeps it while the pointer moves onto it, and hides it once the pointer leaves both', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Chapter />);
      const term = screen.getByRole('link', { name: '파드' });
      await user.hover(term);
      await waitFor(() => expect(isShown(popover())).toBe(true));
      expect(term).toHaveAccessibleDescription(podDefinition);

      // Well past the close delay, the pointer resting on the popover keeps it open.
      await user.hover(popover());
      await act(() => vi.advanceTimersByTimeAsync(2000));
      expect(isShown(popover())).toBe(true);

      await user.hover(screen.getByRole('button', { name: '다음' }));
      await act(() => vi.advanceTimersByTimeAsync(2000));
      expect(isShown(popover())).toBe(false);
      expect(term).not.toHaveAccessibleDescription();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a definition shown on hover and then focused stays while focus does, wherever the pointer goes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Chapter />);
      const term = screen.getByRole('link', { name: '파드' });
      await user.hover(term);
      await waitFor(() => expect(isShown(popover())).toBe(true));
      act(() => term.focus());
      await user.hover(screen.getByRole('button', { name: '다음' }));
      await act(() => vi.advanceTimersByTimeAsync(2000));
      expect(isShown(popover())).toBe(true);
      expect(term).toHaveAccessibleDescription(podDefinition);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a pointer only passing over a term opens nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Chapter />);
      const toggles: string[] = [];
      popover().addEventListener('toggle', (event) => toggles.push((event as ToggleEvent).newState));
      await user.hover(screen.getByRole('link', { name: '파드' }));
      await user.hover(screen.getByRole('button', { name: '다음' }));
      await act(() => vi.advanceTimersByTimeAsync(2000));
      expect(toggles).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a mouse click follows the link as it always did', async () => {
    const user = userEvent.setup();
    render(<Chapter />);
    await user.click(screen.getByRole('link', { name: '파드' }));
    expect(followed).toEqual(['/glossary#pod']);
  });
});

describe('readDefinitionsFile', () => {
  it('keeps every entry the build writes', () => {
    const definitions = readDefinitionsFile(JSON.parse(JSON.stringify(toDefinitionsFile(glossary))));
    expect(definitions.size).toBe(glossary.length);
    expect(definitions.get('pod')).toEqual({ term: pod.term, english: pod.english, definition: pod.definition });
  });

  it('reads anything else without throwing, keeping only terms with a definition', () => {
    for (const data of [null, 3, 'x', [], [1], { pod: null }, { pod: 'x' }, { pod: { term: '' } }]) {
      expect(readDefinitionsFile(data).size).toBe(0);
    }
    expect(readDefinitionsFile({ pod: { term: '파드', definition: '정의' } }).get('pod')).toEqual({
      term: '파드',
      english: '파드',
      definition: '정의',
    });
  });
});
