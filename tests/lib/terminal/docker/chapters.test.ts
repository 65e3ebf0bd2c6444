import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerWorlds } from '@/lib/terminal/docker';
import type { TerminalWorld } from '@/lib/terminal/program';
import { player } from './play';

// Every docker (and curl) command printed in a chapter's bash/shell code blocks runs, in order, in
// a fresh terminal of that chapter's world, without an error. `cd` moves the shell, as it would.

const chapters = path.join(process.cwd(), 'content/chapters');

/** The command lines of a chapter's runnable code blocks, continuations joined. */
function commandsOf(source: string): string[] {
  const lines: string[] = [];
  for (const block of source.matchAll(/^```(?:bash|shell|sh)\s*\n([\s\S]*?)^```/gm)) {
    const joined = (block[1] ?? '').replace(/\\\n\s*/g, ' ');
    lines.push(
      ...joined
        .split('\n')
        .map((text) => text.trim())
        .filter((text) => /^(docker|cd|curl)\b/.test(text)),
    );
  }
  return lines;
}

const worldsById = new Map(dockerWorlds.map((world) => [world.id, world]));
const sources = readdirSync(chapters)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ slug: file.replace(/\.mdx$/, ''), commands: commandsOf(readFileSync(path.join(chapters, file), 'utf8')) }))
  .filter((chapter) => chapter.commands.some((command) => command.startsWith('docker')));

describe('the commands printed in each chapter', () => {
  it('every chapter that prints docker commands has a world', () => {
    expect(sources.map((chapter) => chapter.slug).sort()).toEqual([...worldsById.keys()].sort());
  });

  it.each(sources)('$slug: every command runs in its chapter’s world', ({ slug, commands }) => {
    const found = worldsById.get(slug);
    if (!found) throw new Error(`no world for ${slug}`);
    // Each world has its own state type; the test only passes states back to the same world.
    const world = found as TerminalWorld<unknown, unknown>;
    const p = player(world);
    commands.forEach((command, index) => {
      if (command.startsWith('cd ')) {
        const target = command.slice(3).trim();
        p.cwd = target.startsWith('/') ? target : path.posix.join(p.cwd, target);
        return;
      }
      const step = p.run(command, { at: index * 5_000 });
      const shown = step.result.output.map((line) => line.text).join('\n');
      expect(step.result.exitCode, `${slug}: ${command}\n${shown}`).toBe(0);
      // A prompt (prune) is answered yes; a foreground server is stopped with Ctrl+C; a shell is left.
      const inside = step.result.enter?.run(p.state, step.result.enter.prompt.includes('[y/N]') ? ['y'] : ['exit'], {
        now: p.now,
        cwd: p.cwd,
        env: {},
      });
      for (const event of [...(inside?.events ?? []), ...(step.result.follow ? (step.result.interrupt ?? []) : [])]) {
        p.state = world.simulation.transition(p.state, event, p.now);
      }
    });
    expect(commands.length).toBeGreaterThan(0);
  });
});
