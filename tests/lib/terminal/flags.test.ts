import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagSpec } from '@/lib/terminal/flags';

const run: FlagSpec[] = [
  { name: 'detach', short: 'd', kind: 'bool' },
  { name: 'interactive', short: 'i', kind: 'bool' },
  { name: 'tty', short: 't', kind: 'bool' },
  { name: 'rm', kind: 'bool' },
  { name: 'name', kind: 'string' },
  { name: 'publish', short: 'p', kind: 'list' },
  { name: 'env', short: 'e', kind: 'list' },
  { name: 'replicas', kind: 'int' },
];

const ok = (argv: string[], interspersed?: boolean) => {
  const result = parseFlags(run, argv, { interspersed });
  if (!result.ok) throw new Error(result.error);
  return result.parsed;
};
const error = (argv: string[]) => {
  const result = parseFlags(run, argv);
  return result.ok ? undefined : result.error;
};

describe('parseFlags reads flags as pflag does', () => {
  it('takes a value after a space or an equals sign, for long and short names', () => {
    expect(ok(['--name', 'web', '-p', '8080:80', 'nginx']).values).toEqual({ name: 'web', publish: ['8080:80'] });
    expect(ok(['--name=web', '-p8080:80', '--publish=443:443', 'nginx'])).toEqual({
      values: { name: 'web', publish: ['8080:80', '443:443'] },
      args: ['nginx'],
    });
  });

  it('combines short booleans and ends a combination with a flag that takes a value', () => {
    expect(ok(['-it', 'ubuntu']).values).toEqual({ interactive: true, tty: true });
    expect(ok(['-dp', '8080:80', 'nginx']).values).toEqual({ detach: true, publish: ['8080:80'] });
    expect(ok(['-dp8080:80', 'nginx']).values).toEqual({ detach: true, publish: ['8080:80'] });
  });

  it('reads booleans given a value, ints, and everything after -- as arguments', () => {
    expect(ok(['--rm=false', '--replicas', '5']).values).toEqual({ rm: false, replicas: 5 });
    expect(ok(['--', '--rm', '-d']).args).toEqual(['--rm', '-d']);
  });

  it('stops at the first argument when flags are not interspersed (docker run)', () => {
    expect(ok(['-it', 'ubuntu', 'ls', '-l'], false)).toEqual({
      values: { interactive: true, tty: true },
      args: ['ubuntu', 'ls', '-l'],
    });
    expect(ok(['nginx', '-d'], true)).toEqual({ values: { detach: true }, args: ['nginx'] });
  });

  it("prints pflag's own errors", () => {
    expect(error(['--nmae', 'web'])).toBe('unknown flag: --nmae');
    expect(error(['-z'])).toBe("unknown shorthand flag: 'z' in -z");
    expect(error(['-dz'])).toBe("unknown shorthand flag: 'z' in -dz");
    expect(error(['--name'])).toBe('flag needs an argument: --name');
    expect(error(['-dp'])).toBe("flag needs an argument: 'p' in -dp");
    expect(error(['--replicas', 'five'])).toBe(
      'invalid argument "five" for "--replicas" flag: strconv.ParseInt: parsing "five": invalid syntax',
    );
    expect(error(['--rm=maybe'])).toBe(
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    );
    expect(error(['-d=x'])).toBe('invalid argument "x" for "-d, --detach" flag: strconv.ParseBool: parsing "x": invalid syntax');
    expect(error(['---x'])).toBe('bad flag syntax: ---x');
  });

  it('never throws, and every argument it returns was on the command line', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('-d', '--name', '-p', '--', '-it', '--rm=true'))), (argv) => {
        const result = parseFlags(run, argv);
        if (result.ok) for (const arg of result.parsed.args) expect(argv).toContain(arg);
      }),
    );
  });
});
