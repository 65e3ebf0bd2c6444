import { describe, expect, it } from 'vitest';
import {
  buildFlowFull,
  cachePlan,
  stepLines,
  tourEditLine,
  type BuildFlowEvent,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';
import { containerWorld } from '@/lib/terminal/docker';
import { player } from './play';

// Chapter 3's terminal and the build-flow widget share one simulation object and one state: what
// is typed moves the widget, and what the widget's buttons did shows up in what docker prints.

const project = '/home/user/myapp';
const press = (state: BuildFlowState, event: BuildFlowEvent, now = 0) => buildFlowFull.transition(state, event, now);

describe('the container chapter’s world is the build-flow widget’s simulation', () => {
  it('uses the widget’s own simulation object', () => {
    expect(containerWorld.simulation).toBe(buildFlowFull);
  });

  it('docker build runs the widget’s build to its end, prints its BuildKit lines and names the image as typed', () => {
    const p = player(containerWorld);
    p.run('docker build -t myapp .', { cwd: project });
    expect(p.state.build?.imageId).not.toBeNull();
    expect(p.state.images[0]?.tags).toEqual(['myapp:latest']);
    expect(p.text()[0]).toBe('#4 [1/6] FROM docker.io/library/ruby:3.4-slim-trixie');
    expect(p.text()).toContain('#11 naming to docker.io/library/myapp:latest done');
    expect(p.text().filter((line) => line.endsWith(' CACHED'))).toEqual([]);
  });

  it('prints CACHED on exactly the steps the widget reuses after an edit made with its buttons', () => {
    const p = player(containerWorld);
    p.run('docker build -t myapp .', { cwd: project });
    p.state = press(p.state, { type: 'edit', line: tourEditLine });
    const plan = cachePlan(p.state, p.state.files);
    p.run('docker build -t myapp:2 .');
    const cached = p.text().filter((line) => / CACHED$/.test(line)).length;
    expect(cached).toBe(plan.filter(Boolean).length);
    expect(cached).toBeGreaterThan(0);
    expect(cached).toBeLessThan(stepLines.length);
    expect(p.state.images).toHaveLength(2);
  });

  it('docker compose up db starts the database alone: the app’s container is not started', () => {
    const p = player(containerWorld);
    p.run('docker compose up -d db', { cwd: project });
    expect(p.text()).toEqual(['[+] Running 1/1', ' ✔ Container myapp-db-1  Started']);
    expect(p.state.containers).toEqual([]);
    p.run('docker compose up -d nope');
    expect(p.text()).toEqual(['no such service: nope']);
  });

  it('docker ps lists a container the reader started with the widget’s button', () => {
    const p = player(containerWorld);
    p.run('docker build .', { cwd: project, at: 0 });
    p.state = press(p.state, { type: 'run', port: 8080 }, 1_000);
    p.run('docker ps', { at: 61_000 });
    expect(p.text()[0]).toBe(
      'CONTAINER ID   IMAGE         COMMAND                  CREATED              STATUS              PORTS                                         NAMES',
    );
    expect(p.text()[1]).toMatch(
      /^[0-9a-f]{12}   rails-app:1   "bin\/rails server -b…"   About a minute ago   Up About a minute   0\.0\.0\.0:8080->3000\/tcp, \[::\]:8080->3000\/tcp   rails-1$/,
    );
  });

  it('docker run, stop and rm send the widget’s events; a taken port fails with the daemon’s error', () => {
    const p = player(containerWorld);
    p.run('docker build -t myapp .', { cwd: project });
    p.run('docker run -d -p 8080:3000 myapp');
    expect(p.text()[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(p.state.containers.map((container) => [container.run, container.status, container.port])).toEqual([
      [1, 'running', 8080],
    ]);
    const step = p.run('docker run -d -p 8080:3000 myapp');
    expect(step.result.exitCode).toBe(125);
    expect(p.text()[0]).toMatch(/Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/);
    expect(p.state.containers[1]?.status).toBe('created');
    p.run('docker rm rails-1');
    expect(p.text()[0]).toBe(
      'Error response from daemon: cannot remove container "rails-1": container is running: stop the container before removing or force remove',
    );
    p.run('docker stop rails-1');
    p.run('docker rm rails-1 rails-2');
    expect(p.text()).toEqual(['rails-1', 'rails-2']);
    expect(p.state.containers).toEqual([]);
  });

  it('a foreground docker run --rm stops and is removed on Ctrl+C', () => {
    const p = player(containerWorld);
    p.run('docker build -t myapp .', { cwd: project });
    const step = p.run('docker run --rm -p 3000:3000 myapp');
    expect(p.text()).toEqual(['=> Booting Puma', '* Listening on http://0.0.0.0:3000', 'Use Ctrl-C to stop']);
    expect(p.run('curl localhost:3000').result.exitCode).toBe(0);
    let state = p.state;
    for (const event of step.result.interrupt ?? []) state = press(state, event);
    expect(state.containers).toEqual([]);
  });

  it('says what the widget does not draw instead of inventing it', () => {
    const p = player(containerWorld);
    const step = p.run('docker run -d nginx');
    expect(step.result.exitCode).toBe(1);
    expect(p.hints()[0]).toContain('1장(docker)의 터미널');
    expect(step.after).toBe(step.before);
  });
});
