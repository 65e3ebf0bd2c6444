import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { H2 } from '@/components/mdx/heading';
import { HeadingLinkCopier } from '@/components/share/heading-link-copier';
import { ShareButton } from '@/components/share/share-button';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('ShareButton', () => {
  it('copies the chapter link without its fragment where there is no share sheet, and says so', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/learn/docker?x=1#layers');
    render(<ShareButton title="Docker란 무엇인가" />);
    await user.click(screen.getByRole('button', { name: '이 장 공유' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(`${location.origin}/learn/docker`);
    expect(screen.getByRole('status')).toHaveTextContent('이 장의 링크를 클립보드에 복사했습니다.');
    expect(screen.getByRole('button', { name: '링크 복사됨' })).toBeInTheDocument();
  });

  it('uses the Web Share API where the browser has it, and a closed sheet is no error', async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockRejectedValueOnce(new DOMException('closed', 'AbortError')).mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    window.history.replaceState(null, '', '/learn/kubernetes');
    render(<ShareButton title="쿠버네티스" />);
    const button = screen.getByRole('button', { name: '이 장 공유' });
    await user.click(button);
    await user.click(button);
    expect(share).toHaveBeenCalledTimes(2);
    expect(share).toHaveBeenLastCalledWith({ title: '쿠버네티스', url: `${location.origin}/learn/kubernetes` });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('HeadingLinkCopier', () => {
  it('keeps the plain # link and copies the section address when it is followed', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/learn/container');
    render(
      <>
        <HeadingLinkCopier />
        <H2 id="layers">레이어와 캐시</H2>
      </>,
    );
    const link = screen.getByRole('link', { name: '‘레이어와 캐시’ 절 링크' });
    expect(link).toHaveAttribute('href', '#layers');
    await user.click(link);
    await expect(navigator.clipboard.readText()).resolves.toBe(`${location.origin}/learn/container#layers`);
    expect(await screen.findByText('‘레이어와 캐시’ 절 링크를 복사했습니다.')).toHaveAttribute('role', 'status');
    expect(link).toHaveAttribute('data-copied');
  });
});
