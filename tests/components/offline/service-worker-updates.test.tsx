import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceWorkerUpdates } from '@/components/offline/service-worker-updates';
import { UpdateNotice } from '@/components/offline/update-notice';

// A registration whose new worker is already installed and waiting, behind a worker that controls the page.
function fakeServiceWorkers() {
  const waiting = { state: 'installed', postMessage: vi.fn(), addEventListener: vi.fn() };
  const registration = { waiting, installing: null, addEventListener: vi.fn(), update: vi.fn(() => Promise.resolve()) };
  const register = vi.fn(() => Promise.resolve(registration));
  Object.defineProperty(navigator, 'serviceWorker', {
    value: { register, controller: {}, addEventListener: vi.fn() },
    configurable: true,
  });
  return { register, waiting };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

// jsdom has no requestIdleCallback: the Safari path, a second after load.
const afterIdle = () => act(async () => vi.advanceTimersByTimeAsync(1500));

describe('ServiceWorkerUpdates', () => {
  it('never registers a worker outside a production build (npm run dev, tests)', async () => {
    const { register } = fakeServiceWorkers();
    vi.stubEnv('NODE_ENV', 'development');
    render(<ServiceWorkerUpdates />);
    await afterIdle();
    expect(register).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('registers /sw.js only after load and idle in production, then offers the waiting build', async () => {
    const { register } = fakeServiceWorkers();
    vi.stubEnv('NODE_ENV', 'production');
    render(<ServiceWorkerUpdates />);
    expect(register).not.toHaveBeenCalled();
    await afterIdle();
    vi.useRealTimers();
    await vi.waitFor(() => expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('새 버전이 있습니다'));
  });

  it('hands over to the new build on 새로고침, and 나중에 puts the offer away', async () => {
    const { waiting } = fakeServiceWorkers();
    vi.stubEnv('NODE_ENV', 'production');
    vi.useRealTimers();
    const user = userEvent.setup();
    render(<ServiceWorkerUpdates />);
    await user.click(await screen.findByRole('button', { name: '새로고침' }, { timeout: 3000 }));
    await vi.waitFor(() => expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' }));
    await user.click(screen.getByRole('button', { name: '나중에' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('UpdateNotice', () => {
  it('is two named buttons reached by Tab', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    vi.useRealTimers();
    render(<UpdateNotice onReload={onReload} onDismiss={onDismiss} />);
    await user.tab();
    expect(screen.getByRole('button', { name: '새로고침' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReload).toHaveBeenCalledOnce();
    await user.tab();
    expect(screen.getByRole('button', { name: '나중에' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
