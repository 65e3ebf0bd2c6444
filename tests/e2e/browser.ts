import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '@/lib/chromium/launch-options';

export const baseURL = inject('baseURL');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export type PageProblems = { consoleErrors: string[]; foreignRequests: string[] };

// Opens a page that records console errors, uncaught exceptions and any request that leaves the
// site's own origin, so every test can assert there were none.
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
  const origin = new URL(baseURL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  return { context, page, problems };
}

/** Opens a page, hands it to `run`, and closes its context whatever happens. */
export async function withPage<T>(
  browser: Browser,
  options: BrowserContextOptions,
  run: (opened: Awaited<ReturnType<typeof openPage>>) => Promise<T>,
): Promise<T> {
  const opened = await openPage(browser, options);
  try {
    return await run(opened);
  } finally {
    await opened.context.close();
  }
}

/** The page's scripts have run: the header's search button appears only once React has hydrated it. */
export async function hydrated(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: '검색' }).waitFor({ state: 'visible', timeout: 30_000 });
}

/**
 * What `measure` reads once the page is quiet: hydrated, the network idle, and the reading unchanged
 * over `settle` consecutive polls (widgets coming alive, blocks taking their real height). A
 * retrying wait, like a reader who looks again until nothing moves, never a fixed sleep.
 */
export async function quiet<T>(
  page: Page,
  measure: () => Promise<T>,
  { settle = 4, interval = 300, timeout = 30_000 } = {},
): Promise<T> {
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  let last: string | undefined;
  let unchanged = 0;
  let value: T | undefined;
  await expect
    .poll(
      async () => {
        value = await measure();
        const key = JSON.stringify(value);
        unchanged = key === last ? unchanged + 1 : 0;
        last = key;
        return unchanged;
      },
      { interval, timeout },
    )
    .toBeGreaterThanOrEqual(settle - 1);
  return value as T;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; help: string; nodes: { target: string[] }[] };

// Evaluated rather than injected as a <script>, so it also runs under the site's CSP.
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    // WCAG 2.2 AA's target size (2.5.8) is off in axe by default; readers here are on phones. Its
    // check takes the sticky header, when the page is scrolled under it, for a target crowding
    // whatever lies beneath; for the check, sticky elements stay where they sit in the flow (whose
    // space they take anyway, so nothing else moves).
    const sticky = [...document.querySelectorAll<HTMLElement>('*')].filter(
      (element) => getComputedStyle(element).position === 'sticky',
    );
    for (const element of sticky) element.style.position = 'static';
    // Colours are read once the page is still: a pod fading in is, for a moment, paler than it is.
    // Animations in a block not laid out yet (content-visibility) do not run until it is, so only
    // those a reader could see are waited for.
    const seen = (animation: Animation) =>
      (animation.effect as KeyframeEffect | null)?.target?.checkVisibility({ contentVisibilityAuto: true }) !== false;
    const settling = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity && seen(animation));
    await Promise.all(settling.map((animation) => animation.finished.catch(() => undefined)));
    try {
      const result = await axe.run(document, { rules: { 'target-size': { enabled: true } } });
      return result.violations;
    } finally {
      for (const element of sticky) element.style.position = '';
    }
  });
  return violations.map(
    (violation: AxeViolation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

// Widgets come alive as the reader scrolls to them. A jump can land on a widget just as the one above
// it comes alive and grows, pushing it back down out of reach; a reader then scrolls on, and so does
// this, until the widget's control is there.
export async function scrollToLive(widget: Locator, control: Locator) {
  await expect
    .poll(
      async () => {
        await widget.scrollIntoViewIfNeeded();
        return control.isVisible();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}
