import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, scrollToLive, withPage } from './browser';
import { isFocused } from './keyboard';

// Every chapter's exercises done by keyboard alone, the way the chapter offers: typed in its
// terminal or pressed in its widget. Each turns 완료, stays 완료 after a reload, and the contents in
// the sidebar count it. The check reads only the simulation's state, so both ways count.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const region = (page: Page, title: string) => page.getByRole('region', { name: `실습 과제: ${title}` });
const status = (exercise: Locator, text: '완료' | '미완료') => exercise.getByText(text, { exact: true });

/** The exercise's live part (its own chunk) has come in as the reader scrolled to it. */
async function reach(exercise: Locator) {
  await scrollToLive(exercise, exercise.getByText('상태:'));
}

async function expectDone(page: Page, title: string, timeout = 60_000) {
  const exercise = region(page, title);
  await reach(exercise);
  await status(exercise, '완료').waitFor({ timeout });
}

/** Keyboard only: focus the terminal's input (where Tab would land), then type each line and press Enter. */
async function type(scope: Locator, ...lines: string[]) {
  const input = scope.getByRole('textbox', { name: '명령 입력' });
  await scrollToLive(scope, input);
  await input.focus();
  await expect.poll(() => isFocused(input)).toBe(true);
  const log = scope.getByRole('log', { name: '터미널 출력' });
  for (const line of lines) {
    const entries = await log.locator(':scope > div').count();
    await input.page().keyboard.type(line);
    await input.page().keyboard.press('Enter');
    await log.locator(':scope > div').nth(entries).waitFor();
  }
}

/** Keyboard only: focus a control by role and name (as a screen reader's list would), then press a key. */
async function press(scope: Locator, role: 'button' | 'radio' | 'combobox', name: string, key = 'Enter') {
  const control = scope.getByRole(role, { name, exact: true });
  await scrollToLive(scope, control);
  await control.focus();
  await control.page().keyboard.press(key);
}

async function expectNotDone(page: Page, title: string) {
  const exercise = region(page, title);
  await reach(exercise);
  expect(await status(exercise, '미완료').count()).toBe(1);
}

/** Reload, and find every exercise still done, and the chapter's count beside it in the contents. */
async function reloadAndCheck(page: Page, titles: readonly string[], chapterTitle: string) {
  await page.reload();
  for (const title of titles) await expectDone(page, title, 30_000);
  // The sidebar's contents (the header's menu holds a copy, hidden on a wide screen).
  const contents = page.locator('nav[aria-label="강의 목차"]:visible');
  const link = contents.getByRole('link', { name: new RegExp(`^${chapterTitle}`) });
  await expect.poll(() => link.textContent()).toContain(`과제 ${titles.length}/${titles.length}`);
}

const viewport = { width: 1280, height: 900 };

describe('exercises', () => {
  it('chapter 1 (docker): the widget’s radio and typed docker commands', { timeout: 240_000 }, async () => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/docker`);
      const everywhere = region(page, '세 컴퓨터 모두에서 실행하기');
      await reach(everywhere);
      await status(everywhere, '미완료').waitFor();
      // The hint and the solution open on request, by keyboard.
      await press(everywhere, 'button', '힌트 보기');
      await expect.poll(() => everywhere.getByRole('button', { name: '힌트 보기' }).getAttribute('aria-expanded')).toBe('true');
      await everywhere.getByText(/CPU에 맞게 만들어졌는지/).waitFor();
      await press(everywhere, 'button', '풀이 보기');
      await everywhere.getByText(/설치된 그대로 맞추려면/).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await press(page.locator('figure#works-on-my-machine'), 'radio', '도커로 실행', ' ');
      await expectDone(page, '세 컴퓨터 모두에서 실행하기');
      await expect.poll(() => everywhere.getByRole('status').textContent()).toContain('실습 과제를 완료했습니다');

      const terminal = page.locator('[data-terminal="docker"]');
      await type(terminal, 'docker run -d --name web -p 8080:80 nginx');
      await expectNotDone(page, '웹 서버 두 대');
      await type(terminal, 'docker run -d --name web2 -p 8081:80 nginx');
      await expectDone(page, '웹 서버 두 대');
      await type(terminal, 'docker rm -f web web2');
      await expectDone(page, '깨끗이 정리하기');
      expect(await axeViolations(page)).toEqual([]);

      await reloadAndCheck(page, ['세 컴퓨터 모두에서 실행하기', '웹 서버 두 대', '깨끗이 정리하기'], 'Docker란');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('chapter 2 (background): a typed uname -r and both hosts filled', { timeout: 240_000 }, async () => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/background`);
      await type(page.locator('[data-terminal="background"]'), 'docker run --rm ubuntu uname -r');
      await expectDone(page, '컨테이너 안의 커널 버전');
      const widget = page.locator('figure#vm-vs-container');
      await press(widget, 'button', '가상 머신 가득 채우기');
      await press(widget, 'button', '컨테이너 가득 채우기');
      await expectDone(page, '한 호스트에 몇 개나 들어갈까', 120_000);
      await reloadAndCheck(page, ['컨테이너 안의 커널 버전', '한 호스트에 몇 개나 들어갈까'], '배경');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('chapter 3 (container): typed builds and runs, and the widget’s edit button', { timeout: 240_000 }, async () => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/container`);
      const widget = page.locator('figure#build-flow-full');
      await type(
        widget,
        'cd myapp',
        'docker build -t myapp .',
        'docker run -d -p 8080:3000 myapp',
        'docker run -d -p 8081:3000 myapp',
      );
      await expectDone(page, '한 이미지로 컨테이너 두 개');
      await expectNotDone(page, '마지막 레이어만 다시 빌드하기');
      await press(widget, 'button', '앱 코드 고치기');
      await type(widget, 'docker build -t myapp .');
      await expectDone(page, '마지막 레이어만 다시 빌드하기');
      await reloadAndCheck(page, ['한 이미지로 컨테이너 두 개', '마지막 레이어만 다시 빌드하기'], '컨테이너');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('chapter 4 (docker-hub): typed tag and push, pressed pulls and build', { timeout: 240_000 }, async () => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/docker-hub`);
      const widget = page.locator('figure#docker-hub');
      await type(widget, 'docker tag myapp myteam/myapp:1.0', 'docker push myteam/myapp:1.0');
      await expectNotDone(page, '1.0을 올리고 팀원이 받기');
      await press(widget, 'button', '민지: 1.0 이미지 받기(pull)');
      await expectDone(page, '1.0을 올리고 팀원이 받기');
      await press(widget, 'button', '1.1 빌드');
      await type(widget, 'docker push myteam/myapp:1.1');
      await press(widget, 'button', '준호: 1.1 이미지 받기(pull)');
      await expectDone(page, '1.1로 업데이트하기');
      await reloadAndCheck(page, ['1.0을 올리고 팀원이 받기', '1.1로 업데이트하기'], 'Docker Hub');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('chapter 5 (docker-desktop): both figures by keys and a typed compose up', { timeout: 240_000 }, async () => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/docker-desktop`);
      const nginx = page.locator('figure#docker-desktop-nginx');
      await press(nginx, 'button', 'docker run 실행');
      for (let i = 0; i < 3; i += 1) await press(nginx, 'button', '다음 지점으로');
      await press(nginx, 'button', '브라우저에서 localhost:8080 열기');
      for (let i = 0; i < 3; i += 1) await press(nginx, 'button', '다음 지점으로');
      await expectDone(page, 'nginx 페이지 열기');
      const team = page.locator('figure#docker-desktop-team');
      for (const name of ['팀장: 이미지 푸시', '맥에서 실행', '윈도우에서 실행', '서버에서 실행'])
        await press(team, 'button', name);
      await expectDone(page, '세 컴퓨터에서 같은 이미지');
      await type(page.locator('[data-terminal="docker-desktop"]'), 'docker compose up -d');
      await expectDone(page, '팀원처럼 시작하기');
      await reloadAndCheck(page, ['nginx 페이지 열기', '세 컴퓨터에서 같은 이미지', '팀원처럼 시작하기'], 'Docker Desktop');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('chapter 6 (kubernetes): typed kubectl and the sandbox’s buttons', { timeout: 300_000 }, async () => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/kubernetes`);
      const sandbox = page.locator('figure#orchestrator-sandbox');
      await scrollToLive(sandbox, sandbox.getByRole('combobox', { name: '속도' }));
      const speed = sandbox.getByRole('combobox', { name: '속도' });
      await speed.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => speed.inputValue()).toBe('4');

      await type(sandbox, 'kubectl scale deployment/web --replicas=5');
      await expectDone(page, '파드 다섯 개로 늘리기', 90_000);
      await press(sandbox, 'button', '파드 삭제');
      await expectDone(page, '지운 파드가 돌아오는지 보기', 90_000);
      await type(sandbox, 'kubectl set image deployment/web web=myteam/myapp:1.2');
      await expectNotDone(page, '고장 난 버전 되돌리기');
      await press(sandbox, 'button', '롤백');
      await expectDone(page, '고장 난 버전 되돌리기', 90_000);
      expect(await axeViolations(page)).toEqual([]);
      await reloadAndCheck(page, ['파드 다섯 개로 늘리기', '지운 파드가 돌아오는지 보기', '고장 난 버전 되돌리기'], '쿠버네티스');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });
});
