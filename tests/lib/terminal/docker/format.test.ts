import { describe, expect, it } from 'vitest';
import { ellipsis, humanDuration, humanSize, table } from '@/lib/terminal/docker/format';
import { parseReference } from '@/lib/terminal/docker/reference';

describe('docker/cli table layout (tabwriter minwidth 10, padding 3)', () => {
  it('pads each column to its widest cell plus 3, at least 10, and leaves the last column unpadded', () => {
    expect(
      table([
        ['A', 'IMAGE', 'LAST'],
        ['abcdefghijkl', 'x', 'y'],
      ]),
    ).toEqual(['A              IMAGE     LAST', 'abcdefghijkl   x         y']);
  });
});

describe('go-units HumanDuration', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1000, '1 second'],
    [59_999, '59 seconds'],
    [60_000, 'About a minute'],
    [119_999, 'About a minute'],
    [120_000, '2 minutes'],
    [3_599_999, '59 minutes'],
    [3_600_000, 'About an hour'],
    [5_399_999, 'About an hour'],
    [5_400_000, '2 hours'],
    [47 * 3_600_000, '47 hours'],
    [48 * 3_600_000, '2 days'],
    [14 * 24 * 3_600_000, '2 weeks'],
    [60 * 24 * 3_600_000, '2 months'],
    [730 * 24 * 3_600_000, '2 years'],
  ])('%i ms is "%s"', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('go-units HumanSizeWithPrecision(size, 3)', () => {
  it.each([
    [0, '0B'],
    [999, '999B'],
    [20_300, '20.3kB'],
    [225_000_000, '225MB'],
    [1_100_000_000, '1.1GB'],
    [663_008_000, '663MB'],
  ])('%i bytes is %s', (bytes, text) => expect(humanSize(bytes)).toBe(text));
});

describe('Ellipsis', () => {
  it('cuts to the width with … as the last character', () => {
    expect(ellipsis("/docker-entrypoint.sh nginx -g 'daemon off;'", 20)).toBe('/docker-entrypoint.…');
    expect(ellipsis('/bin/bash', 20)).toBe('/bin/bash');
  });
});

describe('image references', () => {
  it('defaults the tag to latest and drops docker.io/library', () => {
    expect(parseReference('nginx')).toEqual({ ok: true, reference: { repository: 'nginx', tag: 'latest' } });
    expect(parseReference('docker.io/library/ruby:3.4')).toEqual({ ok: true, reference: { repository: 'ruby', tag: '3.4' } });
    expect(parseReference('myteam/myapp:1.0')).toEqual({ ok: true, reference: { repository: 'myteam/myapp', tag: '1.0' } });
  });
  it('refuses upper case and bad syntax with distribution/reference’s messages', () => {
    expect(parseReference('Nginx')).toEqual({
      ok: false,
      error: 'invalid reference format: repository name (library/Nginx) must be lowercase',
    });
    expect(parseReference('nginx:')).toEqual({ ok: false, error: 'invalid reference format' });
    expect(parseReference('-x')).toEqual({ ok: false, error: 'invalid reference format' });
  });
});
