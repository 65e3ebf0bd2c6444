import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveExport } from '../../../lib/server/serve.mjs';
import { staleReasons } from '../../../lib/server/stale.mjs';
import { rawRequest } from '../../e2e/http-answers';

const startScript = path.resolve('scripts/server/start.mjs');

// A tiny export: what the server does with it does not depend on Next.js having run.
function fixture() {
  const dir = mkdtempSync(path.join(tmpdir(), 'local-server-'));
  const page = '<!DOCTYPE html><html lang="ko"><body>도커</body><script>boot()</script></html>';
  const files: Record<string, string | Buffer> = {
    'out/index.html': '<html lang="ko">홈</html>',
    'out/404.html': '<html lang="ko">페이지를 찾을 수 없습니다</html>',
    'out/learn/docker.html': page,
    'out/learn/docker.html.br': brotliCompressSync(page),
    'out/learn/docker/opengraph-image': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    'out/_next/static/app.js': 'boot();',
    'build/csp-map.conf': `map $uri $csp_script_hashes {\n    default "";\n    "/learn/docker.html" "'sha256-abc='";\n}\n`,
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

let dir = '';
let server: Server;
let base = '';
beforeAll(async () => {
  dir = fixture();
  server = await serveExport({ port: 0, root: path.join(dir, 'out'), cspMap: path.join(dir, 'build/csp-map.conf') });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the local server answers like production', () => {
  it('listens on 127.0.0.1 unless told otherwise', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('lists no directory: a directory is not found, or redirects to its page', async () => {
    expect((await rawRequest(base, 'GET', '/_next/static')).status).toBe(404);
    expect((await rawRequest(base, 'GET', '/_next/static/')).headers.location).toBe('/_next/static');
    expect((await rawRequest(base, 'GET', '/learn/docker/')).headers.location).toBe('/learn/docker');
    expect((await rawRequest(base, 'GET', '/learn')).headers.location).toBe('/');
  });

  it('sends the page with its own script hashes, security headers, cache policy and ETag', async () => {
    const answer = await rawRequest(base, 'GET', '/learn/docker');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toContain("script-src 'self' 'sha256-abc=';");
    expect(answer.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'public, max-age=0, must-revalidate',
    });
    expect(answer.headers.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await rawRequest(base, 'GET', '/learn/docker', { 'if-none-match': answer.headers.etag ?? '' });
    expect(again.status).toBe(304);
  });

  it('sends the stored brotli file to a reader who accepts it', async () => {
    const answer = await rawRequest(base, 'GET', '/learn/docker', { 'accept-encoding': 'gzip, br' });
    expect(answer.headers).toMatchObject({ 'content-encoding': 'br', vary: 'Accept-Encoding' });
  });

  it('sends link-preview images as PNG that other sites may show', async () => {
    const answer = await rawRequest(base, 'GET', '/learn/docker/opengraph-image');
    expect(answer.headers).toMatchObject({ 'content-type': 'image/png', 'cross-origin-resource-policy': 'cross-origin' });
  });

  it.each(['POST', 'PUT', 'DELETE', 'TRACE'])('refuses %s with 405 and Allow', async (method) => {
    const answer = await rawRequest(base, method, '/learn/docker');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    ['/%00', 400],
    [`/${'a'.repeat(300)}`, 404],
    [`/learn/${'a'.repeat(300)}.html`, 404],
    [`/${'x'.repeat(100_000)}`, 414],
  ])('answers %s with %i and the Korean page, never 500', async (target, status) => {
    const answer = await rawRequest(base, 'GET', target);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});

function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [startScript], { cwd: dir, env: { ...process.env, ...env } });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      // Started: that is all this test needs to know.
      if (output.includes('컨테이너 배움터: http://')) child.kill();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm start', () => {
  it('says in Korean and English that the port is busy, with no stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const { code, output } = await runStart({ PORT: String(port), HOST: '127.0.0.1' });
      expect(code).toBe(1);
      expect(output).toContain(`포트 ${port}을(를) 이미 다른 프로그램이 쓰고 있습니다`);
      expect(output).toContain(`Port ${port} is already in use`);
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('serves on 127.0.0.1 by default', async () => {
    const { output } = await runStart({ PORT: '0', HOST: '' });
    expect(output).toMatch(/컨테이너 배움터: http:\/\/127\.0\.0\.1:/);
  });
});

describe('the rebuild check', () => {
  function project() {
    const root = mkdtempSync(path.join(tmpdir(), 'stale-'));
    for (const name of [
      'build/csp-map.conf',
      'scripts/build/precompress.ts',
      'lib/server/serve.mjs',
      'assets/fonts/a.woff',
      'package.json',
      'app/page.tsx',
    ]) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), '');
    }
    const past = new Date(Date.now() - 60_000);
    for (const name of [
      'scripts/build/precompress.ts',
      'lib/server/serve.mjs',
      'assets/fonts/a.woff',
      'package.json',
      'app/page.tsx',
    ]) {
      utimesSync(path.join(root, name), past, past);
    }
    return root;
  }
  const touch = (root: string, name: string) =>
    utimesSync(path.join(root, name), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));

  it('builds when there is no build', () => {
    expect(staleReasons(mkdtempSync(path.join(tmpdir(), 'stale-')))).toEqual(['no build yet']);
  });

  it('is satisfied by a build newer than every input', () => {
    expect(staleReasons(project())).toEqual([]);
  });

  it.each([
    ['scripts/build/precompress.ts', 'scripts'],
    ['assets/fonts/a.woff', 'assets'],
    ['package.json', 'package.json'],
    ['app/page.tsx', 'app'],
  ])('rebuilds after %s changes', (file, reason) => {
    const root = project();
    touch(root, file);
    expect(staleReasons(root)).toEqual([reason]);
  });

  it('does not rebuild for a change to the server itself', () => {
    const root = project();
    touch(root, 'lib/server/serve.mjs');
    expect(staleReasons(root)).toEqual([]);
  });
});
