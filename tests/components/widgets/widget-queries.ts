import { act, screen } from '@testing-library/react';
import { vi } from 'vitest';

// What every widget test reads and presses, as a reader hears and uses it.

/** The widget's aria-live narration, non-breaking spaces read as spaces. */
export const narration = () => (document.querySelector('[aria-live="polite"]')?.textContent ?? '').replace(/\u00a0/g, ' ');

export const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** Moves the widget's faked clock on (the tests fake setInterval and Date only). */
export const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
