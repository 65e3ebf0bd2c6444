import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Orchestrator } from '@/components/widgets/orchestrator/orchestrator';
import { VmVsContainer } from '@/components/widgets/vm-vs-container/vm-vs-container';
import { mockMatchMedia } from './match-media';

type Entry = { isIntersecting: boolean };
let observers: {
  callback: (entries: Entry[]) => void;
  options?: IntersectionObserverInit;
  observed: Element[];
  disconnected: boolean;
}[];

class FakeIntersectionObserver {
  private readonly record;
  constructor(callback: (entries: Entry[]) => void, options?: IntersectionObserverInit) {
    this.record = { callback, options, observed: [] as Element[], disconnected: false };
    observers.push(this.record);
  }
  observe(element: Element) {
    this.record.observed.push(element);
  }
  disconnect() {
    this.record.disconnected = true;
  }
}

const startButton = () => screen.queryByRole('button', { name: '가상 머신 시작' });
const scroll = (isIntersecting: boolean) => act(() => observers.forEach((observer) => observer.callback([{ isIntersecting }])));

beforeEach(() => {
  observers = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  mockMatchMedia(false);
});
afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('a widget far down the page', () => {
  it('stays a still figure until it nears the viewport, then comes alive and stays alive', async () => {
    render(<VmVsContainer />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('가상 머신과 컨테이너: 같은 앱을 시작하는 데 드는 비용');
    expect(observers).toHaveLength(1);
    const [observer] = observers as [(typeof observers)[number]];
    expect(observer.observed).toEqual([figure]);
    // It starts before the figure is on screen, so the reader never sees the switch.
    expect(observer.options?.rootMargin).toMatch(/^\d+% 0px$/);
    expect(startButton()).toBeNull();
    expect(figure.querySelector('[data-still-figure]')).not.toHaveAttribute('aria-hidden');

    scroll(false);
    expect(startButton()).toBeNull();

    scroll(true);
    expect(await screen.findByRole('button', { name: '가상 머신 시작' })).toBeInTheDocument();
    // Once live, no still figure is left for a screen reader (SimulationFrame keeps it only for print).
    expect(figure.querySelector('[data-still-figure]:not([aria-hidden="true"])')).toBeNull();
    expect(observer.disconnected).toBe(true);
  });

  it('comes alive at once in a browser without IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<VmVsContainer />);
    expect(await screen.findByRole('button', { name: '가상 머신 시작' })).toBeInTheDocument();
  });

  it('comes alive at once when the address links to it, wherever the page is scrolled', async () => {
    history.replaceState(null, '', '/learn/kubernetes#orchestrator-rollout');
    render(
      <>
        <Orchestrator scene="scaling" />
        <Orchestrator scene="rollout" />
      </>,
    );
    const rollout = () => screen.getAllByRole('figure').find((figure) => figure.id === 'orchestrator-rollout');
    expect(await screen.findByRole('button', { name: 'v2 배포' })).toBeInTheDocument();
    expect(rollout()).toContainElement(screen.getByRole('button', { name: 'v2 배포' }));
    // The other one waits for the reader, as usual.
    expect(screen.getAllByRole('button', { name: '재생' })).toHaveLength(1);
  });
});
