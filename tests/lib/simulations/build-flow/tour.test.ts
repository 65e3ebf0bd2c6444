import { describe, expect, it } from 'vitest';
import { tour } from '@/lib/simulations/kernel';
import { buildFlowCompact, buildFlowFull, tourScene } from '@/lib/simulations/build-flow';

describe('the guided tour, the still figure and the transcript', () => {
  it('the full tour builds, rebuilds from the cache, edits, rebuilds, and runs into the port error', () => {
    expect(tourScene(buildFlowFull).entries.map((entry) => entry.event)).toEqual([
      { type: 'build' },
      { type: 'build' },
      { type: 'edit', line: 5 },
      { type: 'build' },
      { type: 'run', port: 8080 },
      { type: 'run', port: 8080 },
      { type: 'remove', run: 2 },
      { type: 'run', port: 8081 },
    ]);
  });

  it('the still figure is the end of the tour: two running containers on one image', () => {
    const still = buildFlowFull.still();
    expect(still.containers.map((container) => [container.run, container.status, container.port])).toEqual([
      [1, 'running', 8080],
      [3, 'running', 8081],
    ]);
    expect(new Set(still.containers.map((container) => container.imageId)).size).toBe(1);
    expect(buildFlowCompact.still().containers).toHaveLength(2);
  });

  it('the transcript has one line per action, in 합니다체, and tells why the rebuilds were fast', () => {
    const lines = buildFlowFull.transcript();
    expect(lines).toHaveLength(tourScene(buildFlowFull).entries.length + 1);
    for (const line of lines) expect(line).toMatch(/(니다|보세요)\.$/);
    expect(lines.join('\n')).toContain('모든 단계가 CACHED입니다');
    expect(lines.join('\n')).toContain('port is already allocated');
    expect(buildFlowCompact.transcript().join('')).not.toContain('고쳤습니다');
  });

  it('without the clock the kernel tour stops at the first build: the tour needs time to pass', () => {
    expect(tour(buildFlowFull).length).toBe(2);
  });
});
