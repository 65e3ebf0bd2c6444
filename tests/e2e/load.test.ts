import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { chapterSlugs } from '../../content/manifest';
import { baseURL } from './browser';
import { freePort } from './free-port';
import { startNginx } from './nginx';

const servedByNginx = inject('serverKind') === 'nginx';
const nginxDir = path.join(process.cwd(), '.artifacts', 'nginx');

// CPU time (user + system, in ms) nginx's workers have used so far, from /proc: the master's
// children, whose pids the master's task lists.
function workerCpuMs(masterPid: number): number {
  const children = readFileSync(`/proc/${masterPid}/task/${masterPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  const ticksPerSecond = 100; // USER_HZ on Linux
  return children.reduce((total, pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return total + ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  }, 0);
}

async function load(url: string, masterPid: number, paths: string[]) {
  const before = workerCpuMs(masterPid);
  const result = await autocannon({
    url,
    connections: 50,
    duration: 10,
    // A browser's Accept-Encoding: without it nothing is compressed, and compression is what costs.
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const cpuMs = workerCpuMs(masterPid) - before;
  return { result, perSecond: result.requests.average, cpuMsPerRequest: cpuMs / result.requests.total };
}

let onTheFly: ChildProcess | undefined;
afterAll(() => {
  onTheFly?.kill('SIGQUIT');
});

// A benchmark on loopback, 10 s and 50 connections per server: it fails on errors or a non-2xx
// answer from production, and on precompression not saving CPU at all; it prints requests per
// second and nginx's CPU time per request for the production config (stored .br/.gz files) and for
// the previous one (compressing every answer on the fly), and their ratios.
describe.runIf(servedByNginx)('load on nginx', () => {
  it('serves a mix of pages and assets with no errors, and precompressed files cost less CPU', async () => {
    const html = await (await fetch(`${baseURL}/learn/container`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1] ?? '');
    const paths = ['/', '/glossary', ...chapterSlugs.map((slug) => `/learn/${slug}`), ...assets.slice(0, 6)];

    const productionPid = Number(readFileSync(path.join(nginxDir, 'nginx.pid'), 'utf8'));
    const after = await load(baseURL, productionPid, paths);

    const port = await freePort();
    onTheFly = startNginx(port, 'on-the-fly');
    const oldURL = `http://127.0.0.1:${port}`;
    await expect
      .poll(
        () =>
          fetch(oldURL).then(
            (response) => response.ok,
            () => false,
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    const oldPid = Number(readFileSync(path.join(`${nginxDir}-on-the-fly`, 'nginx.pid'), 'utf8'));
    const before = await load(oldURL, oldPid, paths);

    for (const [name, run] of [
      ['precompressed', after],
      ['on the fly', before],
    ] as const) {
      console.log(
        `load (${name}): ${run.result.requests.total} requests in ${run.result.duration} s, ${Math.round(run.perSecond)} req/s, ` +
          `${run.cpuMsPerRequest.toFixed(3)} ms nginx CPU per request, p99 ${run.result.latency.p99} ms, ` +
          `${run.result.errors} errors, ${run.result.non2xx} non-2xx`,
      );
    }
    // Errors count against production only: the old config is there to be measured, and on a busy
    // machine compressing on the fly can take longer than autocannon's 10 s timeout.
    expect(after.result.requests.total).toBeGreaterThan(0);
    expect(after.result.errors).toBe(0);
    expect(after.result.timeouts).toBe(0);
    expect(after.result.non2xx).toBe(0);
    expect(before.result.non2xx).toBe(0);
    const cpuRatio = before.cpuMsPerRequest / after.cpuMsPerRequest;
    console.log(
      `load: precompressed vs on the fly: ${(after.perSecond / before.perSecond).toFixed(2)}× requests/s, ${cpuRatio.toFixed(1)}× less CPU per request`,
    );
    expect(cpuRatio).toBeGreaterThan(2);
  }, 120_000);
});
