// Which code blocks a reader can send to the chapter's terminal: a `bash` or `shell` block whose
// every command is `docker` (and so `docker compose`), `kubectl` or `cd`. Comments and blank lines
// do not count; a command continued with `\` counts once.

const runnableLanguages = new Set(['bash', 'shell']);
const runnableCommand = /^(?:docker|kubectl|cd)(?:\s|$)/;

/** The block's lines as the terminal should receive them, or null when it is not for the terminal. */
export function runnableLines(language: string | undefined, code: string): string[] | null {
  if (!language || !runnableLanguages.has(language)) return null;
  const lines = code.replace(/\n+$/, '').split('\n');
  let commands = 0;
  let continued = false;
  for (const line of lines) {
    const text = line.trim();
    const starts: boolean = !continued && text !== '' && !text.startsWith('#');
    if (starts && !runnableCommand.test(text)) return null;
    if (starts) commands += 1;
    continued = (continued || starts) && /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
  }
  return commands > 0 ? lines : null;
}
