import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function hunspellAvailable(): boolean {
  const probe = spawnSync('hunspell', ['-d', 'ko', '-l'], { input: '', encoding: 'utf8' });
  return probe.status === 0;
}

/**
 * Words that Debian's Korean dictionary (hunspell-ko) rejects. `personal` lines use hunspell's
 * personal dictionary format: `word`, or `word/model` to give a new word the affixes of a model
 * word the dictionary knows (쿠버네티스/컨테이너 accepts 쿠버네티스는, 쿠버네티스를 …).
 */
export function hunspellRejects(words: readonly string[], personal: readonly string[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'spell-'));
  try {
    const dictionary = path.join(dir, 'personal.dic');
    writeFileSync(dictionary, personal.join('\n') + '\n');
    const result = spawnSync('hunspell', ['-d', 'ko', '-p', dictionary, '-l'], {
      input: words.join('\n') + '\n',
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`hunspell failed: ${result.stderr || result.error?.message}`);
    return [
      ...new Set(
        result.stdout
          .split('\n')
          .map((word) => word.trim())
          .filter(Boolean),
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
