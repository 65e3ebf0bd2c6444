import { describe, expect, it } from 'vitest';
import { normalizePath, resolve } from '../../../lib/server/resolve.mjs';

const files = new Set([
  '/index.html',
  '/404.html',
  '/_not-found.html',
  '/learn/docker.html',
  '/glossary.html',
  '/icon.svg',
  '/opengraph-image',
]);
const answer = (url: string, method = 'GET') => resolve({ method, url }, (uri) => files.has(uri));

describe('normalizePath: the path as nginx sees it', () => {
  it.each([
    ['/learn/docker', '/learn/docker'],
    ['//learn//docker', '/learn/docker'],
    ['/learn/./docker', '/learn/docker'],
    ['/learn/x/../docker', '/learn/docker'],
    ['/learn/..', '/'],
    ['/%ED%95%9C', '/한'],
  ])('%s → %s', (raw, normalized) => {
    expect(normalizePath(raw)).toBe(normalized);
  });

  it.each(['/%00', '/a%00b', '/%zz', '/%E0%A4%A', '/../etc/passwd', '/a/../../b', 'http://example.com/'])(
    '%s is a bad request',
    (raw) => {
      expect(normalizePath(raw)).toBeUndefined();
    },
  );
});

describe('resolve: which answer a request gets', () => {
  it('serves clean URLs from their .html file and the home page from index.html', () => {
    expect(answer('/learn/docker')).toEqual({ status: 200, uri: '/learn/docker.html', file: '/learn/docker.html' });
    expect(answer('/')).toMatchObject({ status: 200, file: '/index.html' });
    expect(answer('/opengraph-image')).toMatchObject({ status: 200, file: '/opengraph-image' });
  });

  it('never answers with a directory: /learn goes home, other directories are not found', () => {
    expect(answer('/learn')).toEqual({ status: 302, uri: '/learn', location: '/' });
    expect(answer('/learn/?x=1')).toEqual({ status: 302, uri: '/learn/', location: '/?x=1' });
    expect(answer('/_next')).toMatchObject({ status: 404, file: '/404.html' });
  });

  it('redirects a trailing slash to the page with a path-only Location, query kept', () => {
    expect(answer('/learn/docker/')).toMatchObject({ status: 301, location: '/learn/docker' });
    expect(answer('/glossary/?scene=a.1.b')).toMatchObject({ status: 301, location: '/glossary?scene=a.1.b' });
  });

  it('does not turn odd characters into a protocol-relative redirect', () => {
    expect(answer('/\\evil.example/')).toMatchObject({ status: 404 });
    expect(answer('//evil.example/')).toMatchObject({ status: 301, location: '/evil.example' });
  });

  it.each(['/404', '/404.html', '/_not-found', '/_not-found.html', '/no-such-page', `/${'a'.repeat(300)}`])(
    '%s is 404 with the Korean page',
    (url) => {
      expect(answer(url)).toEqual({ status: 404, uri: '/404.html', file: '/404.html' });
    },
  );

  it('answers 400 to a NUL byte and 414 to a URL too long for nginx, both with the Korean page', () => {
    expect(answer('/%00')).toEqual({ status: 400, uri: '/404.html', file: '/404.html' });
    expect(answer(`/${'a'.repeat(100_000)}`)).toEqual({ status: 414, uri: '/404.html', file: '/404.html' });
  });

  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH'])('%s is not allowed', (method) => {
    expect(answer('/learn/docker', method)).toEqual({ status: 405, uri: '/learn/docker' });
  });

  it('HEAD is answered like GET', () => {
    expect(answer('/learn/docker', 'HEAD')).toEqual(answer('/learn/docker'));
  });
});
