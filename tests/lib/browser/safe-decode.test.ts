import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, fragmentId, parseJson, queryValue } from '@/lib/browser/safe-decode';

// Text as links carry it: escapes (valid, malformed, cut off), stray %, hex digits and anything else.
const escapeLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('%', '%z', '%zz', '%E0', '%A4', '%A', '%EC%A0%95', '%F0%9F', '%C0%80', '%ED%A0%80', '#', '?'),
      fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, '0')}`),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

describe('decodeText: the one decoder of client-side input', () => {
  it('never throws, whatever a link holds', () => {
    fc.assert(fc.property(fc.oneof(escapeLike, fc.string({ unit: 'binary' })), (text) => typeof decodeText(text) === 'string'));
  });

  it('decodes exactly as decodeURIComponent wherever that succeeds', () => {
    fc.assert(
      fc.property(escapeLike, (text) => {
        let expected: string;
        try {
          expected = decodeURIComponent(text);
        } catch {
          return true;
        }
        return decodeText(text) === expected;
      }),
    );
  });

  it('gives back any text it was given encoded', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => decodeText(encodeURIComponent(text)) === text));
  });

  it('keeps a malformed escape as written and still decodes the valid ones beside it', () => {
    expect(decodeText('%zz')).toBe('%zz');
    expect(decodeText('%')).toBe('%');
    expect(decodeText('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeText('%EC%A0%95%EB%A6%AC%zz')).toBe('정리%zz');
    expect(decodeText('%20%E0%A4%20')).toBe(' %E0%A4 ');
  });

  it('stays fast on a very long malformed address', () => {
    const started = performance.now();
    decodeText('%E0'.repeat(30_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the readers built on it', () => {
  it('reads the id a fragment names', () => {
    expect(fragmentId('#sandbox')).toBe('sandbox');
    expect(fragmentId('#%EC%A0%95%EB%A6%AC')).toBe('정리');
    expect(fragmentId('#%zz')).toBe('%zz');
    expect(fragmentId('')).toBe('');
  });

  it('reads a query value from any query without throwing', () => {
    fc.assert(fc.property(escapeLike, (search) => ['string', 'object'].includes(typeof queryValue(search, 'scene'))));
    expect(queryValue('?scene=a.1.2&x=%zz', 'scene')).toBe('a.1.2');
    expect(queryValue('?x=1', 'scene')).toBeNull();
  });

  it('reads stored JSON, or undefined for anything else', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => parseJson(raw) !== null || raw === 'null'));
    expect(parseJson('{"v":1}')).toEqual({ v: 1 });
    expect(parseJson('{"v":')).toBeUndefined();
    expect(parseJson(null)).toBeUndefined();
  });
});

// Every client-side input goes through lib/browser/safe-decode.ts: nothing else in code that runs in
// the browser calls the decoders that throw (or URLSearchParams, so there is one reader of queries).
describe('client code decodes input only through safe-decode', () => {
  const root = join(__dirname, '../../..');
  const clientDirs = [
    'app',
    'components',
    'lib/browser',
    'lib/share',
    'lib/quiz',
    'lib/progress',
    'lib/theme',
    'lib/search',
    'lib/simulations',
  ];
  const files = clientDirs.flatMap((dir) => walk(join(root, dir))).filter((file) => /\.(ts|tsx)$/.test(file));
  const forbidden = /\b(decodeURIComponent|decodeURI|JSON\.parse|URLSearchParams|unescape|atob)\s*\(/;

  it('in app/, components/ and the lib/ folders the browser loads', () => {
    expect(files.length).toBeGreaterThan(50);
    const offending = files
      .map((file) => relative(root, file))
      .filter((file) => file !== 'lib/browser/safe-decode.ts')
      .flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, index) => (forbidden.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(offending).toEqual([]);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
