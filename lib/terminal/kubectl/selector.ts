// Label selectors as `-l` reads them: `app=web`, `app==web`, `app!=web`, `app`, `!app`, joined by commas.

type Requirement = { key: string; op: '=' | '!=' | 'exists' | '!exists'; value: string };

export function parseSelector(text: string): Requirement[] | null {
  const requirements: Requirement[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const match = /^(!?)([A-Za-z0-9./_-]+)(?:\s*(==|=|!=)\s*([A-Za-z0-9._-]*))?$/.exec(part);
    if (!match) return null;
    const [, not = '', key = '', op, value = ''] = match;
    if (op === undefined) requirements.push({ key, op: not ? '!exists' : 'exists', value: '' });
    else if (not) return null;
    else requirements.push({ key, op: op === '!=' ? '!=' : '=', value });
  }
  return requirements;
}

export function matches(requirements: readonly Requirement[], labels: Readonly<Record<string, string>>): boolean {
  return requirements.every(({ key, op, value }) => {
    const has = Object.hasOwn(labels, key);
    if (op === 'exists') return has;
    if (op === '!exists') return !has;
    if (op === '=') return labels[key] === value;
    return labels[key] !== value;
  });
}
