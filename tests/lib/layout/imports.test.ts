import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// scripts/ are entry points (build steps, npm start, tools) and tests/ check the code they share:
// both import lib/, deploy/ and content/, never each other, so a test can never pass by leaning on a
// script's side effects and a script never ships a test helper.
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(?:[cm]?[jt]sx?)$/.test(entry.name) ? [full] : [];
  });

// Relative imports and the `@/` alias (vitest.config.ts, tsconfig.json), as the top folder they reach.
const importedFolders = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]((?:\.{1,2}|@)\/[^'"]+)['"]/g)].map(
    ([, specifier = '']) =>
      specifier.startsWith('@/')
        ? specifier.slice(2).split('/')[0]
        : path.relative('.', path.resolve(path.dirname(file), specifier)).split(path.sep)[0],
  );

describe('scripts/ and tests/ do not import each other', () => {
  it.each([
    ['scripts', 'tests'],
    ['tests', 'scripts'],
  ])('nothing in %s/ imports %s/', (from, to) => {
    const offenders = sourceFiles(from).filter((file) => importedFolders(file).includes(to));
    expect(offenders).toEqual([]);
  });

  it('sees the imports it looks for', () => {
    expect(importedFolders('scripts/server/start.mjs')).toContain('lib');
    expect(importedFolders('tests/lib/layout/imports.test.ts')).toEqual([]);
    expect(importedFolders('tests/lib/mdx/compile.test.ts')).toContain('lib');
  });
});
