// Paths as the shell sees them: `cd ..`, `cd ~/myapp`, and `~` in the prompt.

/** `target` made absolute against `cwd`, with `.` and `..` resolved; `~` is expanded before this. */
export function resolvePath(cwd: string, target: string): string {
  const parts = target.startsWith('/') ? [] : cwd.split('/').filter(Boolean);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** How bash's `\w` shows `path`: the home directory as `~`. */
export function displayPath(path: string, home: string): string {
  if (path === home) return '~';
  return path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

/** Every directory that exists: the given ones and all their parents. */
export function withParents(directories: readonly string[]): Set<string> {
  const all = new Set<string>(['/']);
  for (const directory of directories) {
    const parts = directory.split('/').filter(Boolean);
    for (let length = 1; length <= parts.length; length += 1) all.add(`/${parts.slice(0, length).join('/')}`);
  }
  return all;
}
