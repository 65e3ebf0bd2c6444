import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayFinal, type Timed } from '@/lib/simulations/kernel';
import { dockerDesktopSimulation as sim, type DesktopEvent } from '@/lib/simulations/docker-desktop';
import { readScene } from '@/lib/share/scene-link';
import { menu, resolve } from './events';

const codec = sim.codec!;

function accepted(events: readonly DesktopEvent[]): Timed<DesktopEvent>[] {
  const entries: Timed<DesktopEvent>[] = [];
  let state = sim.initial();
  for (const event of events) {
    const next = sim.transition(state, event, 0);
    if (next !== state) entries.push({ at: 0, event });
    state = next;
  }
  return entries;
}

describe('docker-desktop scene links', () => {
  it('round-trip any scene a reader can make', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        const entries = accepted(picks.map(resolve));
        const payload = codec.encode({ entries, at: 0 });
        expect(payload).toMatch(/^[a-z0-9]*$/);
        expect(codec.decode(payload)).toEqual({ entries, at: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('open the finished lesson', () => {
    const read = readScene('?scene=docker-desktop.1.raaawaaars1pd0d1d2', 'docker-desktop', codec);
    expect(read.status).toBe('ok');
    expect(read.status === 'ok' && replayFinal(sim, read.scene.entries)).toEqual(sim.still());
  });

  it.each([
    ['an unknown letter', 'rx'],
    ['a deploy before the push', 's1d0'],
    ['a computer that does not exist', 's1pd7'],
    ['a dangling digit', 's'],
    ['an advance with no trip', 'a'],
  ])('refuse %s', (_, payload) => {
    expect(codec.decode(payload)).toBeNull();
    expect(readScene(`?scene=docker-desktop.1.${payload}`, 'docker-desktop', codec)).toEqual({ status: 'invalid' });
  });
});
