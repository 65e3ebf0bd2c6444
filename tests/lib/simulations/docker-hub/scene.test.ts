import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayFinal, type Timed } from '@/lib/simulations/kernel';
import { dockerHubSimulation as sim, type DockerHubEvent } from '@/lib/simulations/docker-hub';
import { readScene, sceneUrl } from '@/lib/share/scene-link';
import { menu, resolve } from './events';

const codec = sim.codec!;

/** The entries a reader would have made: only the events the rules accepted. */
function accepted(events: readonly DockerHubEvent[]): Timed<DockerHubEvent>[] {
  const entries: Timed<DockerHubEvent>[] = [];
  let state = sim.initial();
  for (const event of events) {
    const next = sim.transition(state, event, 0);
    if (next !== state) entries.push({ at: 0, event });
    state = next;
  }
  return entries;
}

describe('docker-hub scene links', () => {
  it('round-trip any scene a reader can make, Korean search text included', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        const entries = accepted(picks.map(resolve));
        const decoded = codec.decode(codec.encode({ entries, at: 0 }));
        expect(decoded).toEqual({ entries, at: 0 });
        expect(replayFinal(sim, decoded?.entries ?? [])).toEqual(replayFinal(sim, entries));
      }),
      { numRuns: 300 },
    );
  });

  it('opens the whole tour from a URL', () => {
    const tourEntries: Timed<DockerHubEvent>[] = [];
    for (let state = sim.initial(), event = sim.suggest?.(state) ?? null; event; event = sim.suggest?.(state) ?? null) {
      tourEntries.push({ at: 0, event });
      state = sim.transition(state, event, 0);
    }
    const url = new URL(sceneUrl('https://example.com/learn/docker-hub', 'docker-hub', codec, { entries: tourEntries, at: 0 }));
    const read = readScene(url.search, 'docker-hub', codec);
    expect(read.status).toBe('ok');
    expect(read.status === 'ok' && replayFinal(sim, read.scene.entries)).toEqual(sim.still());
  });

  it.each([
    ['an unknown token', 'b~x'],
    ['a push before any build', 'p'],
    ['a listing that is not there', 'l99'],
    ['a pull by the lead', 'b~p~u9'],
    ['a search text that is not base64url UTF-8', 'q_w'],
    ['a repeated build (the rules refuse it)', 'b~b~b'],
  ])('refuse %s', (_, payload) => {
    expect(codec.decode(payload)).toBeNull();
  });

  it('refuse a tampered link politely instead of throwing', () => {
    expect(readScene('?scene=docker-hub.1.p', 'docker-hub', codec)).toEqual({ status: 'invalid' });
    expect(readScene('?scene=docker-hub.2.b', 'docker-hub', codec)).toEqual({ status: 'newer' });
    expect(readScene('?scene=docker-hub.0.b', 'docker-hub', codec)).toEqual({ status: 'outdated' });
  });
});
