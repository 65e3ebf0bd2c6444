import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const figure = (page: Page, caption: RegExp) => page.locator('figure').filter({ has: page.locator('figcaption', { hasText: caption }) });

/** The value shown under a status term, e.g. '레플리카(준비/의도)' → '5/5개'. */
const status = (widget: Locator, term: string) => widget.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd').textContent();

const narration = (widget: Locator) => widget.locator('[aria-live="polite"]').textContent();

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('condition not met in time');
}

/** Keyboard only: move focus with Tab until `target` has it, then press `key`. */
async function tabTo(page: Page, target: Locator, key?: string) {
  // Generous: the chapter's prose, glossary links and quiz sit between the widgets.
  for (let i = 0; i < 400; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      if (key) await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with Tab');
}

async function fastest(page: Page, widget: Locator) {
  const speed = widget.getByRole('combobox', { name: '속도' });
  await tabTo(page, speed);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await speed.inputValue()).toBe('4');
}

describe('orchestrator widget', () => {
  it('keeps all three promises, operated by keyboard alone, with no console errors and no axe violations', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseURL}/learn/kubernetes`);
    const scaling = figure(page, /Horizontal Pod Autoscaler/);
    await scrollToLive(scaling, scaling.getByRole('button', { name: '재생' }));

    // Scaling: raise the load with the slider's keys; the autoscaler adds pods.
    await fastest(page, scaling);
    await tabTo(page, scaling.getByRole('slider', { name: /부하/ }));
    for (let i = 0; i < 9; i += 1) await page.keyboard.press('ArrowRight');
    expect(await scaling.getByRole('slider').getAttribute('aria-valuetext')).toBe('초당 240건');
    await until(async () => (await status(scaling, '레플리카(준비/의도)')) === '8/8개');
    expect(await scaling.getByRole('table').locator('tbody tr').count()).toBe(8);

    // Healing: crash a pod, then take a node down.
    const healing = figure(page, /자가 치유/);
    await fastest(page, healing);
    await tabTo(page, healing.getByRole('button', { name: '파드 멈추기' }), 'Enter');
    expect(await narration(healing)).toMatch(/컨테이너가 멈췄습니다/);
    await until(async () => (await healing.locator('tbody').textContent())!.includes('Running1'));
    await tabTo(page, healing.getByRole('button', { name: 'node-2 끄기' }), 'Enter');
    await until(async () => (await status(healing, '레플리카(준비/의도)')) === '3/3개');
    const nodes = await healing.locator('tbody tr td:last-child').allTextContents();
    expect(nodes).not.toContain('node-2');

    // Rolling update: v2 with no failed request, a broken v3 that stalls, and a rollback.
    const rollout = figure(page, /롤링 업데이트/);
    await fastest(page, rollout);
    await tabTo(page, rollout.getByRole('button', { name: 'v2 배포' }), 'Enter');
    await until(async () => (await narration(rollout))!.includes('롤아웃이 끝났습니다'), 30_000);
    await tabTo(page, rollout.getByRole('button', { name: '고장 난 v3 배포' }), 'Enter');
    await until(async () => (await narration(rollout))!.includes('롤아웃이 멈췄지만'));
    expect(await status(rollout, '이미지')).toBe('web:3.0');
    await tabTo(page, rollout.getByRole('button', { name: '롤백' }), 'Enter');
    await until(async () => (await narration(rollout))!.includes('롤아웃이 끝났습니다'));
    expect(await status(rollout, '이미지')).toBe('web:2.0');
    expect(await status(rollout, '실패한 요청')).toBe('0건');

    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  }, 180_000); // three scenes played in simulated time, each waiting on the controllers

  it('shows a still figure and a transcript without JavaScript', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL}/learn/kubernetes`);
    const widgets = page.locator('figure').filter({ hasText: '이렇게 진행됩니다' });
    expect(await widgets.count()).toBe(4);
    expect(await widgets.locator('button').count()).toBe(0);
    expect(await widgets.locator('table').count()).toBe(4);
    await context.close();
  });

  it('moves nothing under reduced motion', async () => {
    const { context, page } = await openPage(browser, { reducedMotion: 'reduce', viewport: { width: 390, height: 800 } });
    await page.goto(`${baseURL}/learn/kubernetes`);
    const scaling = figure(page, /Horizontal Pod Autoscaler/);
    await scrollToLive(scaling, scaling.getByRole('button', { name: '재생' }));
    const durations = await scaling.locator('li li').evaluateAll((pods) => pods.map((pod) => getComputedStyle(pod).transitionDuration));
    expect(durations.length).toBeGreaterThan(0);
    expect(new Set(durations)).toEqual(new Set(['0s']));
    // Nothing overflows the phone's width except the table, which scrolls inside its region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
