import { describe, expect, it } from 'vitest';
import {
  commandFor,
  createInitialState,
  finishedState,
  narrate,
  playTour,
  searchResults,
  selectedListing,
  terminalLog,
  transcript,
  transition,
  type DockerHubEvent,
  type DockerHubState,
} from '@/lib/simulations/docker-hub';

const apply = (state: DockerHubState, ...events: DockerHubEvent[]) => events.reduce(transition, state);
const initial = createInitialState();
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

  it('shows the team\'s private repository only once something is pushed', () => {
    expect(searchResults(apply(initial, { type: 'search', query: 'myteam' }))).toEqual([]);
    const state = apply(pushed10(), { type: 'search', query: 'myteam' });
    expect(searchResults(state).map((listing) => listing.badge)).toEqual(['private']);
    // `docker search` only finds public images.
    expect(commandFor(state)).toBeNull();
  });

  it('drops a selection the new query hides', () => {
    const state = apply(initial, { type: 'search', query: 'ruby' }, { type: 'select', name: 'ruby' }, { type: 'search', query: 'nginx' });
    expect(state.selected).toBeNull();
  });
});

describe('push and pull', () => {
  it('the first push skips the base image layers Docker Hub already has', () => {
    const state = pushed10();
    expect(state.step?.type === 'push' && state.step.transfers.map((transfer) => [transfer.key, transfer.skipped])).toEqual([
      ['os', true],
      ['ruby', true],
      ['libs', false],
      ['gems', false],
      ['app10', false],
    ]);
    expect(terminalLog(state)).toContain('8a1e25ce7c4f: Layer already exists');
    expect(terminalLog(state)).toContain('9b7c04e1f3a6: Pushed');
    expect(narrate(state)).toContain('레이어 3개(102 MB)만 올렸고');
  });

  it('a teammate downloads only the layers they lack', () => {
    const minji = apply(pushed10(), { type: 'pull', machine: 'minji' });
    expect(terminalLog(minji).filter((line) => line.endsWith('Already exists'))).toHaveLength(2);
    expect(terminalLog(minji).filter((line) => line.endsWith('Pull complete'))).toHaveLength(3);
    const junho = apply(minji, { type: 'pull', machine: 'junho' });
    expect(terminalLog(junho).filter((line) => line.endsWith('Pull complete'))).toHaveLength(5);
    expect(narrate(junho)).toContain('모두 받았습니다');
  });

  it('1.1 shares every layer but the app code with 1.0', () => {
    let state = apply(pushed10(), { type: 'pull', machine: 'junho' }, { type: 'build' });
    expect(state.step).toMatchObject({ type: 'build', version: '1.1', made: ['app11'] });
    state = apply(state, { type: 'push' });
    expect(state.step?.type === 'push' && state.step.transfers.filter((transfer) => !transfer.skipped).map((transfer) => transfer.key)).toEqual(['app11']);
    state = apply(state, { type: 'pull', machine: 'junho' });
    expect(state.step?.type === 'pull' && state.step.transfers.filter((transfer) => !transfer.skipped).map((transfer) => transfer.key)).toEqual(['app11']);
    expect(state.machines.junho.layers).toHaveLength(6);
  });

  it.each<[string, () => DockerHubState, DockerHubEvent]>([
    ['push before any build', () => initial, { type: 'push' }],
    ['pull before any push', () => apply(initial, { type: 'build' }), { type: 'pull', machine: 'minji' }],
    ['pull of an image the teammate has', () => apply(pushed10(), { type: 'pull', machine: 'minji' }), { type: 'pull', machine: 'minji' }],
    ['the lead pulling', pushed10, { type: 'pull', machine: 'lead' }],
    ['a third build', () => apply(initial, { type: 'build' }, { type: 'build' }), { type: 'build' }],
    ['push of a pushed version', pushed10, { type: 'push' }],
    ['select of a hidden listing', () => apply(initial, { type: 'search', query: 'nginx' }), { type: 'select', name: 'ruby' }],
    ['the same query again', () => apply(initial, { type: 'search', query: 'x' }), { type: 'search', query: 'x' }],
    ['reset at the start', () => initial, { type: 'reset' }],
  ])('rejects %s with the very same state', (_, state, event) => {
    const before = state();
    expect(transition(before, event)).toBe(before);
  });
});

describe('tour and transcript', () => {
  it('searches, looks at the risk, then builds, pushes and pulls 1.0 and 1.1, and ends on the team\'s repository', () => {
    const steps = playTour().slice(1).map((state) => state.step?.type);
    expect(steps).toEqual(['search', 'select', 'select', 'build', 'push', 'pull', 'pull', 'build', 'push', 'pull', 'pull', 'search', 'select']);
    const end = finishedState();
    expect(end.registry.tags).toEqual(['1.0', '1.1']);
    expect(selectedListing(end)?.name).toBe('myteam/myapp');
  });

  it('tells every step in 합니다체', () => {
    const lines = transcript();
    expect(lines).toHaveLength(14);
    for (const line of lines) {
      expect(line).toMatch(/(니다(\([^)]*\))?|세요)\.$/);
      expect(line).not.toMatch(/[^세]요\./);
    }
  });
});
