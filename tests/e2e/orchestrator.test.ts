import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const widget = (page: Page, id: string) => page.locator(`figure#orchestrator-${id}`);

/** The value shown under a status term, e.g. '레플리카(준비/의도)' → '5/5개'. */
const status = (figure: Locator, term: string) => figure.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd');

/** The sentence on screen; the paced live region (tested in the frame's own tests) follows it. */
const narration = (figure: Locator) => figure.locator('[data-narration]');

/** Waits like a reader: until the sentence on screen says `text` (simulated time runs at 4×). */
const says = (figure: Locator, text: string | RegExp, timeout = 40_000) =>
  narration(figure).filter({ hasText: text }).waitFor({ timeout });

/** Keyboard only: focus a control by its role and name (as a screen reader's list would), then press `key`. */
async function press(figure: Locator, role: 'button' | 'combobox' | 'slider', name: string | RegExp, key = 'Enter') {
  const control = figure.getByRole(role, { name });
  await control.focus();
  await control.page().keyboard.press(key);
}

async function fastest(figure: Locator) {
  const speed = figure.getByRole('combobox', { name: '속도' });
  await speed.focus();
  await speed.page().keyboard.press('ArrowDown');
  await speed.page().keyboard.press('ArrowDown');
  await expect.poll(() => speed.inputValue()).toBe('4');
}

async function live(page: Page, id: string) {
  const figure = widget(page, id);
  await scrollToLive(figure, figure.getByRole('button', { name: /^(재생|일시 정지)$/ }));
  return figure;
}

describe('orchestrator widget', () => {
  it('plays every instance to its end by keyboard alone, saying only what is true, with no console errors and no axe violations', async () => {
    const { context, page, problems } = await openPage(browser, {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    try {
      await page.goto(`${baseURL}/learn/kubernetes`);

      // Scaling: the slider's keys raise the load to 400 rps; the autoscaler stops at maxReplicas and says why.
      const scaling = await live(page, 'scaling');
      await fastest(scaling);
      const slider = scaling.getByRole('slider', { name: /부하/ });
      await slider.focus();
      for (let i = 0; i < 33; i += 1) await page.keyboard.press('ArrowRight');
      await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('초당 400건');
      await says(scaling, 'maxReplicas가 10개라 더 늘리지 않습니다');
      await expect.poll(() => status(scaling, '레플리카(준비/의도)').textContent()).toBe('10/10개');

      // Healing: kill a container (same pod, restarted), delete a pod (a new name), switch a node off.
      const healing = await live(page, 'healing');
      await fastest(healing);
      const firstPod = await healing.getByRole('combobox', { name: '대상 파드' }).inputValue();
      await press(healing, 'button', '컨테이너 강제 종료');
      await says(healing, '컨테이너를 강제로 종료했습니다');
      const row = healing.getByRole('row', { name: new RegExp(firstPod) });
      await expect.poll(() => row.textContent(), { timeout: 20_000 }).toMatch(/1\/1\s*Running\s*1/);
      const deleted = await healing.getByRole('combobox', { name: '대상 파드' }).inputValue();
      await press(healing, 'button', '파드 삭제');
      await says(healing, '새 이름의 파드');
      await expect.poll(() => healing.getByRole('row', { name: new RegExp(deleted) }).count(), { timeout: 20_000 }).toBe(0);
      await press(healing, 'button', 'node-2 끄기');
      await says(healing, '컨트롤 플레인은 아직 모릅니다');
      await says(healing, 'NotReady로 판정했습니다');
      await says(healing, '축출했습니다', 60_000);
      await expect.poll(() => status(healing, '레플리카(준비/의도)').textContent(), { timeout: 20_000 }).toBe('3/3개');

      // Rolling update: v2 with no failed request, a broken v3 that stalls on its probe, and a rollback.
      const rollout = await live(page, 'rollout');
      await fastest(rollout);
      await press(rollout, 'button', 'v2 배포');
      await says(rollout, '롤아웃이 끝났습니다');
      await press(rollout, 'button', '고장 난 v3 배포');
      await says(rollout, '준비성 프로브를 통과하지 못해');
      expect(await status(rollout, '의도한 이미지').textContent()).toBe('myteam/myapp:1.2');
      expect(await status(rollout, '실행 중인 파드').textContent()).toBe('myteam/myapp:1.1 4개 · myteam/myapp:1.2 1개');
      await press(rollout, 'button', '롤백');
      await says(rollout, '바로 정리합니다');
      await says(rollout, '롤아웃이 끝났습니다');
      expect(await status(rollout, '의도한 이미지').textContent()).toBe('myteam/myapp:1.1');
      expect(await status(rollout, '실패한 요청').textContent()).toBe('0건');
      await expect
        .poll(() =>
          rollout
            .getByRole('button', { name: '롤백' })
            .getAttribute('aria-describedby')
            .then((id) => page.locator(`[id="${id}"]`).textContent()),
        )
        .toContain('myteam/myapp:1.2(준비되지 못하는 고장 난 버전)을 다시 배포합니다');

      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  }, 240_000); // three scenes played in simulated time, each waiting on the controllers

  it('a healthy version with no room is Pending for lack of CPU, not "failing its health check" (issue 15 repro); 처음부터 forgets the link', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseURL}/learn/kubernetes?scene=orchestrator-sandbox.1.22_0l300_9f2_15d2#orchestrator-sandbox`);
      const sandbox = await live(page, 'sandbox');
      await sandbox.getByText('공유받은 장면을 그대로 열었습니다', { exact: false }).waitFor();
      await fastest(sandbox);
      await press(sandbox, 'button', '재생');
      await says(sandbox, '놓을 노드가 없어 Pending입니다');
      expect(await narration(sandbox).textContent()).toContain('CPU가 모자라고');
      // kube-scheduler's own words are on the map's Pending line.
      await sandbox.getByText('Insufficient cpu', { exact: false }).filter({ visible: true }).first().waitFor();
      expect(await narration(sandbox).textContent()).not.toMatch(/헬스 체크|준비성 프로브/);
      await press(sandbox, 'button', '처음부터');
      await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
      expect(await sandbox.getByText('공유받은 장면', { exact: false }).count()).toBe(0);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('refuses a link that carries events the widget has no control for', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseURL}/learn/kubernetes?scene=orchestrator-scaling.1.30_1d3_2f1#orchestrator-scaling`);
      const scaling = widget(page, 'scaling');
      await scaling.getByRole('status').filter({ hasText: '링크가 올바르지 않아' }).waitFor();
      expect(await status(scaling, '의도한 이미지').textContent()).toBe('myteam/myapp:1.0');
      expect(await status(scaling, '레플리카(준비/의도)').textContent()).toBe('2/2개');
      expect(await scaling.getByText('꺼짐', { exact: false }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('reaches the controls in a sensible Tab order', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseURL}/learn/kubernetes`);
      const scaling = await live(page, 'scaling');
      await scaling.getByRole('slider', { name: /부하/ }).focus();
      const names: string[] = [];
      for (let i = 0; i < 9; i += 1) {
        await page.keyboard.press('Tab');
        names.push(
          await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const label = el instanceof HTMLSelectElement ? el.labels[0]?.textContent : el.textContent;
            return (el.getAttribute('aria-label') ?? label ?? '').trim();
          }),
        );
      }
      // The controls in reading order, then the table, the record, and the frame's share button.
      expect(names.slice(0, 9)).toEqual([
        '재생',
        '1초 진행',
        '속도',
        '이전 단계',
        '처음부터',
        '줄인 시간과 실제 기본값',
        '파드 목록 표: 부하에 맞춰 늘리고 줄이기',
        '지금까지의 기록 (0줄)',
        '이 장면 공유',
      ]);
    } finally {
      await context.close();
    }
  });

  it('shows a still figure and a transcript without JavaScript', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${baseURL}/learn/kubernetes`);
      const widgets = page.locator('figure[id^="orchestrator-"]');
      expect(await widgets.count()).toBe(4);
      expect(await widgets.locator('button').count()).toBe(0);
      expect(await widgets.locator('table').count()).toBe(4);
      expect(await widgets.filter({ hasText: '단계별 설명 읽기' }).count()).toBe(4);
      expect(await widgets.filter({ hasText: '시간은 줄여서 보여 줍니다' }).count()).toBe(4);
    } finally {
      await context.close();
    }
  });

  it('on a phone, under reduced motion: nothing moves, nothing overflows, and the map stays in view beside the controls', async () => {
    const { context, page } = await openPage(browser, { reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${baseURL}/learn/kubernetes`);
      const sandbox = await live(page, 'sandbox');
      const durations = await sandbox
        .locator('li li')
        .evaluateAll((pods) => pods.map((pod) => getComputedStyle(pod).transitionDuration));
      expect(durations.length).toBeGreaterThan(0);
      expect(new Set(durations)).toEqual(new Set(['0s']));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Scroll the playback controls into view, as a reader working them would: the map is still on screen.
      await sandbox.getByRole('button', { name: '처음부터' }).scrollIntoViewIfNeeded();
      const map = sandbox.getByText('Service web').locator('xpath=ancestor::div[@aria-hidden="true"][1]');
      await expect
        .poll(() =>
          map.evaluate((el) => {
            const box = el.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        )
        .toBe(true);
    } finally {
      await context.close();
    }
  });
});
