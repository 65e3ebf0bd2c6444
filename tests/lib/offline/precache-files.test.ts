import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getManifest } from '@serwist/build';
import { hashedAssets, precacheGlobs, precacheIgnores, urlForFile } from '@/lib/offline/precache-files';

describe('urlForFile', () => {
  it('names pages by their clean URL, as the reader asks for them', () => {
    expect(urlForFile('index.html')).toBe('/');
    expect(urlForFile('learn/docker.html')).toBe('/learn/docker');
    expect(urlForFile('offline.html')).toBe('/offline');
    expect(urlForFile('./glossary.html')).toBe('/glossary');
  });

  it('leaves every other file at its own path', () => {
    expect(urlForFile('search-index.json')).toBe('/search-index.json');
    expect(urlForFile('_next/static/chunks/0abc.js')).toBe('/_next/static/chunks/0abc.js');
  });
});

describe('what is precached', () => {
  const kept = [
    'index.html',
    'offline.html',
    'learn/kubernetes.html',
    '_next/static/chunks/0abc.js',
    '_next/static/chunks/03-x.css',
    'search-index.json',
    'icon-192.png',
    'favicon.ico',
    'manifest.webmanifest',
  ];
  const left = [
    '404.html',
    '_not-found.html',
    'learn/docker/opengraph-image',
    'learn/docker.txt',
    'learn/docker/__next._full.txt',
    'learn/docker.html.br',
    '_next/static/chunks/0abc.js.gz',
    'sw.js',
    'robots.txt',
    'sitemap.xml',
  ];
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'precache-'));
    for (const file of [...kept, ...left]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), file);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the pages, chunks, styles, search index and icons, and leaves out the rest', async () => {
    const { manifestEntries } = await getManifest({
      globDirectory: dir,
      globPatterns: precacheGlobs,
      globIgnores: precacheIgnores,
    });
    expect((manifestEntries ?? []).map((entry) => entry.url).sort()).toEqual([...kept].sort());
  });

  it('trusts only /_next/static/ names to carry their own revision', () => {
    expect(hashedAssets.test('/_next/static/chunks/0abc.js')).toBe(true);
    expect(hashedAssets.test('/learn/docker')).toBe(false);
    expect(hashedAssets.test('/icon-192.png')).toBe(false);
  });
});
