import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { serveExport } from '../../lib/server/serve.mjs';
import { baseURL } from './browser';
import { comparable, oneFilePerKind, rawRequest } from './http-answers';

// `npm start` must answer like production: the same status and headers as nginx with the production
// config (global-setup), for one file of every kind in out/ and for the URLs that used to go wrong.
const servedByNginx = inject('serverKind') === 'nginx';

const files = oneFilePerKind('out');
const pages = ['/', '/learn/docker', '/glossary', '/learn/docker?scene=a.1.x'];
const oddURLs = [
  '/learn',
  '/learn/',
  '/learn/docker/',
  '/glossary/',
  '/learn/docker/?scene=orchestrator.1.x',
  '/404',
  '/404.html',
  '/_not-found',
  '/_not-found.html',
  '/no-such-page',
  '/%00',
  '/%zz',
  `/${'a'.repeat(300)}`,
  `/learn/${'b'.repeat(300)}/`,
  '/\\evil.example/',
  '/../etc/passwd',
  '//learn//docker',
  '/learn/./docker',
  '/_next',
  '/_next/static/',
  '/healthz',
  `/${'long/'.repeat(20_000)}`,
];
const variants: [string, Record<string, string>][] = [
  ['GET', {}],
  ['GET', { 'accept-encoding': 'gzip, deflate, br' }],
  ['GET', { 'accept-encoding': 'gzip' }],
  ['HEAD', { 'accept-encoding': 'br' }],
  ['POST', {}],
  ['PUT', {}],
  ['DELETE', {}],
  ['TRACE', {}],
];

let server: Server | undefined;
let localURL = '';
beforeAll(async () => {
  if (!servedByNginx) return;
  server = await serveExport({ port: 0 });
  localURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function both(method: string, target: string, headers: Record<string, string>) {
  const [nginx, local] = await Promise.all([
    rawRequest(baseURL, method, target, headers),
    rawRequest(localURL, method, target, headers),
  ]);
  // Lengths of nginx's own little error bodies differ; those of files and of the 404 page must not.
  const withLength = nginx.status === 200 || nginx.status === 404;
  return { nginx: comparable(nginx, withLength), local: comparable(local, withLength), etag: nginx.headers.etag };
}

describe.runIf(servedByNginx)('npm start answers like nginx', () => {
  it('finds files of every kind the export has, link-preview images and precompressed files included', () => {
    expect(files).toEqual(expect.arrayContaining(['/404.html', '/404.html.br', '/404.html.gz']));
    for (const ending of ['/opengraph-image', '.js', '.css', '.svg', '.txt', '.json', '.xml']) {
      expect(
        files.some((file) => file.endsWith(ending)),
        ending,
      ).toBe(true);
    }
  });

  it.each(
    [...files, ...pages, ...oddURLs].map((target) => [
      target.length > 80 ? `${target.slice(0, 40)}… (${target.length} characters)` : target,
      target,
    ]),
  )('%s: same status and headers for GET, HEAD, POST, PUT, DELETE, TRACE and a revalidation', async (_, target) => {
    for (const [method, headers] of variants) {
      const { nginx, local, etag } = await both(method, target, headers);
      expect(local, `${method} ${JSON.stringify(headers)}`).toEqual(nginx);
      if (method === 'GET' && etag) {
        const revalidated = await both(method, target, { ...headers, 'if-none-match': etag });
        expect(revalidated.local, `${method} if-none-match`).toEqual(revalidated.nginx);
      }
    }
  });

  it('the answers compared are the ones production promises', async () => {
    const page = await rawRequest(localURL, 'GET', '/learn/docker', { 'accept-encoding': 'br' });
    expect(page.headers).toMatchObject({
      'content-encoding': 'br',
      'content-type': 'text/html; charset=utf-8',
      vary: 'Accept-Encoding',
    });
    expect(page.headers.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect((await rawRequest(localURL, 'GET', '/learn/docker/?scene=x')).headers.location).toBe('/learn/docker?scene=x');
    expect((await rawRequest(localURL, 'GET', '/learn')).headers.location).toBe('/');
    expect((await rawRequest(localURL, 'GET', '/opengraph-image')).headers['content-type']).toBe('image/png');
    expect((await rawRequest(localURL, 'DELETE', '/')).status).toBe(405);
    expect((await rawRequest(localURL, 'GET', '/%00')).status).toBe(400);
    expect((await rawRequest(localURL, 'GET', `/${'a'.repeat(300)}`)).status).toBe(404);
    expect((await rawRequest(localURL, 'GET', `/${'long/'.repeat(20_000)}`)).status).toBe(414);
    expect((await rawRequest(localURL, 'GET', '/_next/')).status).toBe(301);
    expect((await rawRequest(localURL, 'GET', '/_next')).status).toBe(404);
  });
});
