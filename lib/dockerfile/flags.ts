import { suggestion } from './suggest';

// An instruction's `--flags`, read as BuildKit's BFlags reads them (instructions/bflag.go), with
// its error texts word for word.

export type FlagType = 'bool' | 'string' | 'strings';
export type FlagValues = Readonly<Record<string, string | readonly string[]>>;

export function parseFlags(
  words: readonly string[],
  spec: Readonly<Record<string, FlagType>>,
): { ok: true; values: FlagValues } | { ok: false; error: string } {
  const values: Record<string, string | string[]> = {};
  for (const word of words) {
    if (word === '--') break;
    if (!word.startsWith('--')) return { ok: false, error: `arg should start with -- : ${word}` };
    const at = word.indexOf('=');
    const flagName = at === -1 ? word : word.slice(0, at);
    const value = at === -1 ? '' : word.slice(at + 1);
    const name = flagName.slice(2);
    const type = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!type) {
      const match = suggestion(name, Object.keys(spec), true);
      return { ok: false, error: `unknown flag: ${flagName}${match ? ` (did you mean ${match}?)` : ''}` };
    }
    if (type !== 'strings' && name in values) return { ok: false, error: `duplicate flag specified: ${flagName}` };
    if (type === 'bool') {
      if (at !== -1 && value === '') return { ok: false, error: `missing a value on flag: ${flagName}` };
      const lower = value.toLowerCase();
      if (lower !== '' && lower !== 'true' && lower !== 'false')
        return { ok: false, error: `expecting boolean value for flag ${flagName}, not: ${value}` };
      values[name] = lower === 'false' ? 'false' : 'true';
      continue;
    }
    if (at === -1) return { ok: false, error: `missing a value on flag: ${flagName}` };
    if (type === 'string') values[name] = value;
    else values[name] = [...((values[name] as string[] | undefined) ?? []), value];
  }
  return { ok: true, values };
}

export const stringFlag = (values: FlagValues, name: string): string | null => {
  const value = values[name];
  return typeof value === 'string' ? value : null;
};
