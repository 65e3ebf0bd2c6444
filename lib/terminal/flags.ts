// Command-line flags read the way docker and kubectl read them: both use spf13/pflag under cobra,
// so `--name value`, `--name=value`, `-p 8080:80`, `-p8080:80`, `-it` and `-dp 8080:80` all work,
// `--` ends the flags, and the error texts below are pflag's own (flag.go, v1.0.x).

export type FlagKind = 'bool' | 'string' | 'int' | 'list';

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly kind: FlagKind;
}

export type FlagValue = boolean | string | number | readonly string[];

export interface ParsedFlags {
  /** By long name; a flag not given is absent. `list` flags collect every occurrence. */
  readonly values: Readonly<Record<string, FlagValue>>;
  readonly args: readonly string[];
}

export type FlagResult = { ok: true; parsed: ParsedFlags } | { ok: false; error: string };

export interface ParseOptions {
  /**
   * false stops at the first argument that is not a flag, so what follows belongs to it
   * (`docker run -it ubuntu ls -l`: `-l` is ls's). docker's run, exec and create set this.
   */
  readonly interspersed?: boolean;
}

const boolWords: Record<string, boolean> = {
  '1': true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  '0': false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

function convert(spec: FlagSpec, raw: string, shown: string): { value: FlagValue } | { error: string } {
  if (spec.kind === 'bool') {
    const value = boolWords[raw];
    return value === undefined
      ? { error: `invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax` }
      : { value };
  }
  if (spec.kind === 'int') {
    return /^[+-]?\d+$/.test(raw) && Number.isSafeInteger(Number(raw))
      ? { value: Number(raw) }
      : { error: `invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax` };
  }
  return { value: raw };
}

const shownName = (spec: FlagSpec) => (spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`);

export function parseFlags(specs: readonly FlagSpec[], argv: readonly string[], options: ParseOptions = {}): FlagResult {
  const interspersed = options.interspersed ?? true;
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const byShort = new Map(specs.flatMap((spec) => (spec.short ? [[spec.short, spec] as const] : [])));
  const values: Record<string, FlagValue> = {};
  const args: string[] = [];

  const set = (spec: FlagSpec, raw: string): string | undefined => {
    const converted = convert(spec, raw, shownName(spec));
    if ('error' in converted) return converted.error;
    const previous = values[spec.name];
    values[spec.name] =
      spec.kind === 'list' ? [...(Array.isArray(previous) ? previous : []), String(converted.value)] : converted.value;
    return undefined;
  };

  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] ?? '';
    if (word === '--') {
      args.push(...argv.slice(index + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      if (!interspersed) {
        args.push(...argv.slice(index));
        break;
      }
      args.push(word);
      continue;
    }
    if (word.startsWith('--')) {
      const [name = '', inline] = splitOnce(word.slice(2), '=');
      if (name === '' || name.startsWith('-') || name.startsWith('=')) return { ok: false, error: `bad flag syntax: ${word}` };
      const spec = byName.get(name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      if (inline !== undefined) {
        const error = set(spec, inline);
        if (error) return { ok: false, error };
      } else if (spec.kind === 'bool') {
        set(spec, 'true');
      } else {
        const next = argv[index + 1];
        if (next === undefined) return { ok: false, error: `flag needs an argument: --${name}` };
        const error = set(spec, next);
        if (error) return { ok: false, error };
        index += 1;
      }
      continue;
    }
    // Shorthands: `-it`, `-p8080:80`, `-dp 8080:80`, `-n=default`.
    const letters = word.slice(1);
    for (let at = 0; at < letters.length; at += 1) {
      const letter = letters[at] ?? '';
      const spec = byShort.get(letter);
      if (!spec) return { ok: false, error: `unknown shorthand flag: '${letter}' in ${word}` };
      const rest = letters.slice(at + 1);
      if (rest.startsWith('=')) {
        const error = set(spec, rest.slice(1));
        if (error) return { ok: false, error };
        break;
      }
      if (spec.kind === 'bool') {
        set(spec, 'true');
        continue;
      }
      if (rest !== '') {
        const error = set(spec, rest);
        if (error) return { ok: false, error };
        break;
      }
      const next = argv[index + 1];
      if (next === undefined) return { ok: false, error: `flag needs an argument: '${letter}' in ${word}` };
      const error = set(spec, next);
      if (error) return { ok: false, error };
      index += 1;
      break;
    }
  }
  return { ok: true, parsed: { values, args } };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}
