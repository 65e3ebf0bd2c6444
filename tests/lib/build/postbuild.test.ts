import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertCompileHint, compileHint, withCompileHint } from '@/lib/postbuild/compile-hint';
import { assertLoaderAllowed, cspMap, scriptHashes } from '@/lib/postbuild/csp-hashes';
import { elements, attribute } from '@/lib/postbuild/html-page';
import { loaderScript, paintFirst } from '@/lib/postbuild/paint-first';

// The post-build steps on a page exactly as Next.js 16.4.6 exported it (.next/server/app/_not-found.html
// of this site, captured for these tests), against the page they must make of it (the golden file),
// and on pages they cannot handle, which must stop the build.

const fixtures = path.join(import.meta.dirname, 'fixtures');
const nextPage = readFileSync(path.join(fixtures, 'next-16.4.6-not-found.html'), 'utf8');
const golden = readFileSync(path.join(fixtures, 'next-16.4.6-not-found.painted.html'), 'utf8');
const file = 'out/404.html';

const failureOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the step to fail');
};

const page = (head: string, body = '<p>본문</p>') => `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('paint first, on a captured Next 16 page', () => {
  const { html, sources } = paintFirst(nextPage, file);

  it('gives the golden page', () => {
    expect(html).toBe(golden);
  });

  it('takes every async framework script out of the HTML, in order, into one loader in <head>', () => {
    const asyncInNext = elements(nextPage).filter((element) => element.tagName === 'script' && attribute(element, 'async') !== undefined);
    expect(sources).toEqual(asyncInNext.map((element) => attribute(element, 'src')));
    expect(sources.length).toBeGreaterThan(0);
    const after = elements(html);
    expect(after.filter((element) => element.tagName === 'script' && attribute(element, 'async') !== undefined)).toEqual([]);
    expect(after.filter((element) => element.tagName === 'link' && attribute(element, 'as') === 'script')).toEqual([]);
    expect(html.split(loaderScript(sources)).length - 1).toBe(1);
  });

  it('leaves the nomodule polyfill, which browsers that run modules never load', () => {
    expect(elements(html).filter((element) => attribute(element, 'nomodule') !== undefined)).toHaveLength(1);
  });

  it("hashes every inline script for the CSP, the loader's included", () => {
    const hashes = scriptHashes(html);
    const inline = elements(html).filter((element) => element.tagName === 'script' && attribute(element, 'src') === undefined);
    expect(hashes).toHaveLength(new Set(inline.map((element) => element.sourceCodeLocation?.startOffset)).size);
    expect(hashes.every((hash) => /^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(hash))).toBe(true);
    const map = cspMap([{ uris: ['/404', '/404.html'], hashes }]);
    expect(() => assertLoaderAllowed(html, file, map, ['/404', '/404.html'])).not.toThrow();
  });
});

describe('a page the step cannot handle fails the build', () => {
  it.each([
    ['a module script', page('<script src="/_next/static/chunks/a.js" type="module"></script>'), 'cannot load /_next/static/chunks/a.js after the first paint (type="module")'],
    ['a blocking script', page('<script src="/_next/static/chunks/a.js"></script>'), 'cannot load /_next/static/chunks/a.js after the first paint (neither async nor defer'],
    ['a script with code beside its src', page('<script src="/_next/static/chunks/a.js" async>run()</script>'), 'cannot load /_next/static/chunks/a.js after the first paint (inline code beside its src)'],
    ['a page already rewritten', golden, 'already has the first-paint loader: the post-build step ran twice'],
    ['no </head>', '<!DOCTYPE html><title>x</title><script src="/_next/a.js" async></script><p>본문', 'has no </head> to put the first-paint loader in'],
  ])('%s', (_, html, reason) => {
    expect(failureOf(() => paintFirst(html, file))).toContain(`${file}: ${reason}`);
  });

  it('whatever the markup: attributes in any order, quoting or case are still read as framework scripts', () => {
    const { html, sources } = paintFirst(page(`<SCRIPT ASYNC='' SRC=/_next/static/chunks/a.js></SCRIPT><script defer src="/_next/static/chunks/b.js"></script>`), file);
    expect(sources).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
    expect(html).not.toContain('SRC=');
  });

  it('leaves a page without framework scripts as it was', () => {
    const html = page('<title>정적</title>');
    expect(paintFirst(html, file)).toEqual({ html, sources: [] });
  });

  it("fails when the loader's hash is missing from the page's CSP entry", () => {
    const { html } = paintFirst(nextPage, file);
    const map = cspMap([{ uris: ['/404'], hashes: ["'sha256-other='"] }]);
    expect(failureOf(() => assertLoaderAllowed(html, file, map, ['/404']))).toMatch(/^out\/404\.html: the first-paint loader's hash 'sha256-.+' is not in the CSP entry for \/404$/);
  });
});

describe('the compile hint', () => {
  it('is the first line of a boot chunk, once', () => {
    const hinted = withCompileHint('(()=>{})();\n', 'out/_next/a.js');
    expect(hinted.split('\n', 1)[0]).toBe(compileHint);
    expect(() => assertCompileHint(hinted, 'out/_next/a.js')).not.toThrow();
  });

  it('fails on a chunk that has it already, and on one that has it twice or not first', () => {
    expect(failureOf(() => withCompileHint(`${compileHint}\nx();`, 'out/_next/a.js'))).toBe('out/_next/a.js: already carries the compile hint: the post-build step ran twice on one export');
    expect(failureOf(() => assertCompileHint(`${compileHint}\n${compileHint}\nx();`, 'out/_next/a.js'))).toContain('exactly once, as its first line');
    expect(failureOf(() => assertCompileHint(`x();\n${compileHint}\n`, 'out/_next/a.js'))).toContain('exactly once, as its first line');
  });
});

describe('the post-build entry point (scripts/build/postbuild.ts)', () => {
  const run = (pages: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'postbuild-'));
    try {
      for (const [name, html] of Object.entries(pages)) {
        mkdirSync(path.dirname(path.join(root, 'out', name)), { recursive: true });
        writeFileSync(path.join(root, 'out', name), html);
      }
      mkdirSync(path.join(root, 'out/_next/static/chunks'), { recursive: true });
      writeFileSync(path.join(root, 'out/_next/static/chunks/a.js'), 'boot();\n');
      const tsx = path.resolve('node_modules/.bin/tsx');
      try {
        execFileSync(tsx, [path.resolve('scripts/build/postbuild.ts')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
        return {
          status: 0,
          map: readFileSync(path.join(root, 'build/csp-map.conf'), 'utf8'),
          chunk: readFileSync(path.join(root, 'out/_next/static/chunks/a.js'), 'utf8'),
          worker: readFileSync(path.join(root, 'out/sw.js'), 'utf8'),
        };
      } catch (error) {
        return { status: (error as { status: number }).status, stderr: (error as { stderr: string }).stderr };
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  // The pages the service worker step requires (scripts/build/service-worker.ts), beside the one under test.
  const site = (pages: Record<string, string>) => ({
    'offline.html': page(''),
    'glossary.html': page(''),
    'search-index.json': '{}',
    ...pages,
  });

  it('rewrites the pages, hints the boot chunk, writes the CSP map and the service worker', () => {
    const result = run(site({ 'index.html': page('<script src="/_next/static/chunks/a.js" async=""></script>', '<script>self.x=1</script>') }));
    expect(result.status).toBe(0);
    expect(result.chunk).toBe(`${compileHint}\nboot();\n`);
    expect(result.map).toMatch(/^map \$uri \$csp_script_hashes \{\n {4}default "";\n/);
    expect(result.map).toMatch(/\n {4}"\/" "'sha256-[^"]+' 'sha256-[^"]+'";\n {4}"\/index.html" /);
    expect(result.worker).toContain('"/offline"');
  }, 60_000);

  it('fails the build, naming the page, when a page has scripts it cannot move', () => {
    const result = run(site({ 'learn/docker.html': page('<script src="/_next/static/chunks/a.js" type="module"></script>') }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('post-build failed: out/learn/docker.html: cannot load /_next/static/chunks/a.js after the first paint (type="module")');
  }, 60_000);
});
