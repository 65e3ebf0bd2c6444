import type { Page } from 'playwright-core';

// The site's Permissions-Policy turns clipboard-read off (deploy/http-policy.mjs): a page may write
// to the clipboard (copy buttons) but never read it, so a test cannot read it back from the page
// either. It records what the page writes instead. Call before the page loads.
export async function recordCopies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
}

/** What the page last wrote to the clipboard, '' before any copy. */
export function copiedText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
}
