import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/**
 * Focus on a control found by role and name (`widget.getByRole('button', { name: '빌드' })`), where a
 * keyboard user would have tabbed to it; then drive it with keys. Keep one real Tab-order test per
 * widget (tabTo); everywhere else this, instead of walking Tab through the page.
 */
export async function focusByRole(control: Locator) {
  await control.focus();
  await expect.poll(() => isFocused(control)).toBe(true);
}

// Keyboard only: Tab (or Shift+Tab) until the control has focus, as a keyboard user would. For the
// one Tab-order test per widget.
export async function tabTo(page: Page, locator: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', maxPresses = 150) {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${locator} with ${key}`);
}

/** The narration on screen: the present state (the paced aria-live copy may lag, by design). */
export const narration = (widget: Locator) => widget.locator('[data-narration]');

/** What the widget's paced live region last announced to screen readers. */
export const spoken = (widget: Locator) => widget.locator('[aria-live="polite"]');

export async function waitForNarration(widget: Locator, text: string) {
  await narration(widget).filter({ hasText: text }).waitFor({ timeout: 30_000 });
}
