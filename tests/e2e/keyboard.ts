import type { Locator, Page } from 'playwright-core';

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

// Keyboard only: Tab (or Shift+Tab) until the control has focus, as a keyboard user would.
export async function tabTo(page: Page, locator: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 150; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${locator} with ${key}`);
}

export const narration = (widget: Locator) => widget.locator('[aria-live="polite"]');

export async function waitForNarration(widget: Locator, text: string) {
  await narration(widget).filter({ hasText: text }).waitFor({ timeout: 30_000 });
}
