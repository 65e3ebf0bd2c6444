import { act, screen } from '@testing-library/react';
import { vi } from 'vitest';

// What every widget test reads and presses, as a reader hears and uses it.

const text = (selector: string) => (document.querySelector(selector)?.textContent ?? '').replace(/\u00a0/g, ' ');

/** The narration on screen (the present state), non-breaking spaces read as spaces. */
export const narration = () => text('[data-narration]');

/** What the paced aria-live region last announced (components/widgets/shared/narration.tsx). */
export const spoken = () => text('[aria-live="polite"]');

export const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** Moves the widget's faked clock on (the tests fake setInterval and Date only). */
export const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
