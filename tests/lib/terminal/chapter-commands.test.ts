import { describe, expect, it } from 'vitest';
import { dockerWorlds } from '@/lib/terminal/docker';
import { KUBERNETES_WORLD } from '@/lib/terminal/kubectl';
import type { TerminalWorld } from '@/lib/terminal/program';
import { runnableLines } from '@/lib/terminal/runnable';
import { createSession, interrupt, submit, type Session } from '@/lib/terminal/session';
import { chapters } from '../content/chapter-files';

// Every code block that gets "터미널에서 실행" must run in its chapter's terminal as printed: the
// blocks of a chapter in order, in one fresh terminal, as a reader pressing each button would.
// A block whose fence says `fails` (```bash fails) is one the text means to fail, and must fail.

const worlds = new Map<string, TerminalWorld<unknown, unknown>>(
  [...dockerWorlds, KUBERNETES_WORLD].map((world) => [world.id, world as unknown as TerminalWorld<unknown, unknown>]),
);

// Blocks that cannot run here as printed, each for a reason the terminal cannot honestly change;
// they must still fail (so this list cannot go stale). Reported to the lead to settle in the text
// or the world.
const cannotRun: Record<string, string> = {
  // `$(openssl rand -hex 64)`: this shell runs no command substitution (and the world has the Secret already).
  'content/chapters/kubernetes.mdx:117': 'kubectl create secret generic web-secrets',
  // The chapter's example pod name: this cluster's pods have names of their own.
  'content/chapters/kubernetes.mdx:223': 'kubectl describe pod web-7c9f8d6b5d-zt6rc',
};

// A widget written with `terminal` carries the terminal of this world, on its own state.
const attachedWorlds: Record<string, string> = { Orchestrator: 'kubernetes', BuildFlow: 'container', DockerHub: 'docker-hub' };

function chapterWorld(chapter: (typeof chapters)[number]) {
  for (const element of chapter.model.elements) {
    const attached = attachedWorlds[element.name];
    if (attached && element.attributes.some((attribute) => 'name' in attribute && attribute.name === 'terminal'))
      return worlds.get(attached);
    if (element.name !== 'Terminal') continue;
    const world = element.attributes.find((attribute) => 'name' in attribute && attribute.name === 'world');
    if (world && 'value' in world && typeof world.value === 'string') return worlds.get(world.value);
  }
  return undefined;
}

// Time passes between two blocks as it would while the reader reads: the clock runs until nothing moves.
function settle<S, E>(world: TerminalWorld<S, E>, state: S, now: number): { state: S; now: number } {
  const clock = world.simulation.clock;
  let current = state;
  let time = now;
  for (let ticks = 0; clock && clock.runs(current) && ticks < 600; ticks += 1) {
    time += clock.step;
    current = world.simulation.transition(current, clock.event, time);
  }
  return { state: current, now: time };
}

describe('every runnable code block runs in its chapter’s terminal', () => {
  for (const chapter of chapters) {
    const world = chapterWorld(chapter);
    const blocks = chapter.model.codeBlocks.flatMap((block) => {
      const lines = runnableLines(block.lang ?? undefined, block.value);
      return lines ? [{ ...block, lines, fails: /(?:^|\s)fails(?:\s|$)/.test(block.meta ?? '') }] : [];
    });
    if (blocks.length === 0) continue;
    it(`${chapter.file}: ${blocks.length} blocks`, () => {
      expect(world, `${chapter.file} has runnable blocks but no <Terminal>`).toBeDefined();
      if (!world) return;
      let session: Session<unknown, unknown> = createSession(world);
      let state = world.simulation.initial();
      let now = 0;
      for (const block of blocks) {
        const failed: string[] = [];
        for (const line of block.lines) {
          const step = submit(session, line, world, state, now);
          ({ session, state } = step);
          if (session.pending === null && session.lastExit !== 0)
            failed.push(`${line}\n${step.output.map((output) => `  ${output.text}`).join('\n')}`);
        }
        const where = `${chapter.file}:${block.line}`;
        if (block.fails || where in cannotRun) expect(failed, `${where} is expected to fail but ran`).not.toEqual([]);
        else expect(failed, `${where}: the terminal could not run`).toEqual([]);
        // What the text tells the reader to do next: Ctrl+C out of a follow, exit from a shell inside.
        if (session.follow) {
          const stopped = interrupt(session, '');
          session = stopped.session;
          state = stopped.events.reduce((current, event) => world.simulation.transition(current, event, now), state);
        }
        if (session.nested) ({ session, state } = submit(session, 'exit', world, state, now));
        ({ state, now } = settle(world, state, now));
      }
    });
  }
});
