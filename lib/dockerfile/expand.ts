// Variable substitution as the Dockerfile reference describes it for ARG and ENV values used in
// FROM, COPY, WORKDIR, ENV…: `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alternative}`.
// An unset variable becomes the empty string. `\$` keeps a literal dollar sign.
const pattern = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function expand(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(pattern, (match, braced?: string, operator?: string, word?: string, bare?: string) => {
    if (match === '\\$') return '$';
    const name = (braced ?? bare) as string;
    const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
    if (operator === '-') return value ? value : (word ?? '');
    if (operator === '+') return value ? (word ?? '') : '';
    return value ?? '';
  });
}
