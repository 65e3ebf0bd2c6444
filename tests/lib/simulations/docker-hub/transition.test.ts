import { describe, expect, it } from 'vitest';
import { can, replayFinal, tour } from '@/lib/simulations/kernel';
import {
  commandFor,
  dockerHubSimulation as sim,
  narrate,
  searchResults,
  selectedListing,
  terminalLog,
  type DockerHubEvent,
  type DockerHubState,
} from '@/lib/simulations/docker-hub';

const apply = (state: DockerHubState, ...events: DockerHubEvent[]) =>
  events.reduce((current, event) => sim.transition(current, event, 0), state);
const initial = sim.initial();
const pushed10 = () => apply(initial, { type: 'build' }, { type: 'push' });

describe('search', () => {
  it('finds the official image, a verified publisher and an unknown one for "ruby", with example pull counts', () => {
    const state = apply(initial, { type: 'search', query: 'ruby' });
    expect(searchResults(state).map((listing) => [listing.name, listing.badge])).toEqual([
      ['ruby', 'official'],
      ['acmecloud/ruby-runtime', 'verified'],
      ['rubyfast/ruby-turbo', 'none'],
    ]);
    expect(commandFor(state)).toBe('docker search ruby');
  });

  it('explains why an image nobody vouches for is a risk', () => {
    const state = apply(initial, { type: 'search', query: 'ruby' }, { type: 'select', name: 'rubyfast/ruby-turbo' });
    const risks = selectedListing(state)?.risks?.join(' ') ?? '';
    expect(risks).toContain('확인된 적이 없습니다');
    expect(risks).toContain('암호 화폐 채굴');
    expect(risks).toContain('취약점');
    expect(narrate(state)).toContain('실행하지 않는 것이 안전합니다');
  });

  it('says who stands behind an official image and a verified publisher, as docs.docker.com does', () => {
    const official = narrate(apply(initial, { type: 'search', query: 'ruby' }, { type: 'select', name: 'ruby' }));
    expect(official).toContain('Docker가 후원하는 전담 팀이 원래 프로젝트의 관리자들과 함께 검토해 게시하고');
    expect(official).not.toContain('도커가 직접 관리하고');
    const verified = narrate(
      apply(initial, { type: 'search', query: 'ruby' }, { type: 'select', name: 'acmecloud/ruby-runtime' }),
    );
    expect(verified).toContain('Docker가 신원을 확인한 회사가');
  });

  it("shows the team's private repository only once something is pushed", () => {
    expect(searchResults(apply(initial, { type: 'search', query: 'myteam' }))).toEqual([]);
    const state = apply(pushed10(), { type: 'search', query: 'myteam' });
    expect(searchResults(state).map((listing) => listing.badge)).toEqual(['private']);
    // `docker search` only finds public images.
    expect(commandFor(state)).toBeNull();
  });

  it('drops a selection the new query hides', () => {
    const state = apply(
      initial,
      { type: 'search', query: 'ruby' },
      { type: 'select', name: 'ruby' },
      { type: 'search', query: 'nginx' },
    );
    expect(state.selected).toBeNull();
  });
});

describe('push and pull, in the words docker prints', () => {
  it('the first push mounts the base image layers from library/ruby instead of "Layer already exists"', () => {
    const state = pushed10();
    expect(state.step?.type === 'push' && state.step.transfers.map((transfer) => [transfer.key, transfer.result])).toEqual([
      ['os', 'mounted'],
      ['ruby', 'mounted'],
      ['libs', 'pushed'],
      ['gems', 'pushed'],
      ['app10', 'pushed'],
    ]);
    expect(terminalLog(state)).toEqual([
      'The push refers to repository [docker.io/myteam/myapp]',
      '9b7c04e1f3a6: Pushed',
      '5e2f8a63d1c9: Pushed',
      'c41d7e9a0b25: Pushed',
      '3f9b1c0d2e7a: Mounted from library/ruby',
      '8a1e25ce7c4f: Mounted from library/ruby',
      '1.0: digest: sha256:4c1f9e07b2d8… size: 1784',
    ]);
    expect(terminalLog(state).join('\n')).not.toContain('Layer already exists');
    expect(narrate(state)).toContain('새 레이어 3개(102 MB)만 올렸습니다');
    expect(narrate(state)).toContain('(Mounted from library/ruby)');
  });

  it('a later push of the unchanged layers prints "Layer already exists"', () => {
    const state = apply(pushed10(), { type: 'build' }, { type: 'push' });
    const log = terminalLog(state);
    expect(log.filter((line) => line.endsWith(': Layer already exists'))).toHaveLength(4);
    expect(log).toContain('e05a3d9c7b12: Pushed');
    expect(log.at(-1)).toBe('1.1: digest: sha256:d97a3e5c0f41… size: 1784');
    expect(narrate(state)).toContain('새 레이어 1개(4 MB)만 올렸습니다');
    expect(narrate(state)).toContain('(Layer already exists)');
  });

  it('a pull prints "Pulling from", "Already exists"/"Pull complete", "Digest:" and "Status:"', () => {
    const minji = apply(pushed10(), { type: 'pull', machine: 'minji' });
    expect(terminalLog(minji)).toEqual([
      '1.0: Pulling from myteam/myapp',
      '8a1e25ce7c4f: Already exists',
      '3f9b1c0d2e7a: Already exists',
      'c41d7e9a0b25: Pull complete',
      '5e2f8a63d1c9: Pull complete',
      '9b7c04e1f3a6: Pull complete',
      'Digest: sha256:4c1f9e07b2d8…',
      'Status: Downloaded newer image for myteam/myapp:1.0',
      'docker.io/myteam/myapp:1.0',
    ]);
    expect(narrate(minji)).toContain('다이제스트가 같은 레이어 2개는 건너뛰었습니다(Already exists)');
    const junho = apply(minji, { type: 'pull', machine: 'junho' });
    expect(terminalLog(junho).filter((line) => line.endsWith('Pull complete'))).toHaveLength(5);
    expect(narrate(junho)).toContain('5개(172 MB)를 모두 받았습니다');
  });

  it('says which image the skipped layers came with: a teammate who skipped 1.0 has only the base image', () => {
    const state = apply(pushed10(), { type: 'build' }, { type: 'push' }, { type: 'pull', machine: 'minji' });
    expect(state.step).toMatchObject({ type: 'pull', version: '1.1' });
    expect(narrate(state)).toContain('예전에 받아 둔 베이스 이미지와 다이제스트가 같은 레이어 2개는');
    const after10 = apply(
      pushed10(),
      { type: 'pull', machine: 'junho' },
      { type: 'build' },
      { type: 'push' },
      { type: 'pull', machine: 'junho' },
    );
    expect(narrate(after10)).toContain('이미 받아 둔 1.0 이미지와 다이제스트가 같은 레이어 4개는');
  });

  it('1.1 shares every layer but the app code with 1.0', () => {
    let state = apply(pushed10(), { type: 'pull', machine: 'junho' }, { type: 'build' });
    expect(state.step).toMatchObject({ type: 'build', version: '1.1', made: ['app11'] });
    state = apply(state, { type: 'push' }, { type: 'pull', machine: 'junho' });
    expect(
      state.step?.type === 'pull' &&
        state.step.transfers.filter((transfer) => transfer.result === 'downloaded').map((transfer) => transfer.key),
    ).toEqual(['app11']);
    expect(state.machines.junho.layers).toHaveLength(6);
  });

  it('builds on the full tag of a supported Ruby and teaches the digest for a fixed image', () => {
    expect(narrate(apply(initial, { type: 'build' }))).toContain('베이스 이미지(ruby:3.4-slim-trixie)');
    const end = sim.still();
    expect(narrate(end)).toContain('myteam/myapp@sha256:…처럼 다이제스트로 받습니다');
  });

  it.each<[string, () => DockerHubState, DockerHubEvent]>([
    ['push before any build', () => initial, { type: 'push' }],
    ['pull before any push', () => apply(initial, { type: 'build' }), { type: 'pull', machine: 'minji' }],
    [
      'pull of an image the teammate has',
      () => apply(pushed10(), { type: 'pull', machine: 'minji' }),
      { type: 'pull', machine: 'minji' },
    ],
    ['the lead pulling', pushed10, { type: 'pull', machine: 'lead' }],
    ['a third build', () => apply(initial, { type: 'build' }, { type: 'build' }), { type: 'build' }],
    ['push of a pushed version', pushed10, { type: 'push' }],
    ['select of a hidden listing', () => apply(initial, { type: 'search', query: 'nginx' }), { type: 'select', name: 'ruby' }],
    ['the same query again', () => apply(initial, { type: 'search', query: 'x' }), { type: 'search', query: 'x' }],
    ['a query longer than any name', () => initial, { type: 'search', query: 'r'.repeat(41) }],
  ])('rejects %s with the very same state, so can() is false', (_, state, event) => {
    const before = state();
    expect(sim.transition(before, event, 0)).toBe(before);
    expect(can(sim, before, event, 0)).toBe(false);
  });
});

describe('tour, still figure and transcript', () => {
  it("searches, looks at the risk, then builds, pushes and pulls 1.0 and 1.1, and ends on the team's repository", () => {
    const steps = tour(sim)
      .slice(1)
      .map((state) => state.step?.type);
    expect(steps).toEqual([
      'search',
      'select',
      'select',
      'build',
      'push',
      'pull',
      'pull',
      'build',
      'push',
      'pull',
      'pull',
      'search',
      'select',
    ]);
    const end = sim.still();
    expect(end.registry.tags).toEqual(['1.0', '1.1']);
    expect(selectedListing(end)?.name).toBe('myteam/myapp');
    expect(sim.suggest?.(end)).toBeNull();
  });

  it('tells every step in 합니다체, the mount and the digest included', () => {
    const lines = sim.transcript();
    expect(lines).toHaveLength(14);
    expect(lines.join(' ')).toContain('Mounted from library/ruby');
    for (const line of lines) {
      expect(line).toMatch(/(니다(\([^)]*\))?|세요)\.$/);
      expect(line).not.toMatch(/[^세]요\./);
    }
  });

  it('replaying the tour as entries gives the still figure', () => {
    const events: DockerHubEvent[] = [];
    for (let state = initial, event = sim.suggest?.(state) ?? null; event; event = sim.suggest?.(state) ?? null) {
      events.push(event);
      state = sim.transition(state, event, 0);
    }
    expect(
      replayFinal(
        sim,
        events.map((event) => ({ at: 0, event })),
      ),
    ).toEqual(sim.still());
  });
});
