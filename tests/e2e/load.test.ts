import autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { chapterSlugs } from '../../content/manifest';
import { baseURL } from './browser';

const servedByNginx = inject('serverKind') === 'nginx';

// A benchmark, not a timed assertion: bounded to 20 s and 100 connections on loopback, it fails only
// on errors or on a non-2xx answer for a page that exists, and prints throughput and p99 latency.
describe.runIf(servedByNginx)('load on nginx', () => {
  it('serves a mix of pages and assets with no errors', async () => {
    const html = await (await fetch(`${baseURL}/learn/container`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1] ?? '');
    const paths = ['/', '/glossary', ...chapterSlugs.map((slug) => `/learn/${slug}`), ...assets.slice(0, 6)];
    const result = await autocannon({
      url: baseURL,
      connections: 100,
      duration: 20,
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    console.log(
      `load: ${result.requests.total} requests in ${result.duration} s, ${Math.round(result.requests.average)} req/s, ` +
        `p99 ${result.latency.p99} ms, ${result.errors} errors, ${result.non2xx} non-2xx`,
    );
    expect(result.requests.total).toBeGreaterThan(0);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
  }, 60_000);
});
