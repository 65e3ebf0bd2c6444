import { describe, expect, it } from 'vitest';
import { dockerHubSimulation, terminalLog, type DockerHubState } from '@/lib/simulations/docker-hub';
import { dockerHubWorld } from '@/lib/terminal/docker';
import { player } from './play';

// Chapter 4's terminal is the team lead's computer in the Docker Hub widget: what is typed moves
// the widget (its search box, the lead's images, Docker Hub's tags), printed in the widget's words.

describe('the docker-hub chapter’s world is the Docker Hub widget’s simulation', () => {
  it('uses the widget’s own simulation object', () => {
    expect(dockerHubWorld.simulation).toBe(dockerHubSimulation);
  });

  it('docker pull of the base image the lead already has is up to date', () => {
    const p = player(dockerHubWorld);
    p.run('docker pull ruby:3.4-slim-trixie');
    expect(p.text()).toEqual([
      '3.4-slim-trixie: Pulling from library/ruby',
      expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
      'Status: Image is up to date for ruby:3.4-slim-trixie',
      'docker.io/library/ruby:3.4-slim-trixie',
    ]);
  });

  it('docker search fills the widget’s search box and lists public images only', () => {
    const p = player(dockerHubWorld);
    p.run('docker search postgres');
    expect(p.state.query).toBe('postgres');
    expect(p.text()).toEqual([
      'NAME       DESCRIPTION                                     STARS     OFFICIAL',
      'postgres   The PostgreSQL object-relational database sy…   14000     [OK]',
    ]);
  });

  it('tag makes the lead’s 1.0, push is the widget’s push with its own lines, a second push finds every layer', () => {
    const p = player(dockerHubWorld);
    p.run('docker login');
    p.run('docker tag myapp myteam/myapp:1.0');
    expect((p.state as DockerHubState).machines.lead.images).toContain('myteam/myapp:1.0');
    p.run('docker push myteam/myapp:1.0');
    expect(p.state.registry.tags).toEqual(['1.0']);
    expect(p.text()).toEqual(terminalLog(p.state));
    expect(p.text()).toContain('The push refers to repository [docker.io/myteam/myapp]');
    expect(p.text().filter((line) => line.endsWith('Mounted from library/ruby'))).toHaveLength(2);
    p.run('docker push myteam/myapp:1.0');
    expect(
      p
        .text()
        .slice(1, -1)
        .every((line) => line.endsWith(': Layer already exists')),
    ).toBe(true);
    expect(p.steps.at(-1)?.after).toBe(p.steps.at(-1)?.before);
  });

  it('a push before the tag, or to an official name, fails with the daemon’s words', () => {
    const p = player(dockerHubWorld);
    p.run('docker push myteam/myapp:1.0');
    expect(p.text()).toEqual(['Error response from daemon: An image does not exist locally with the tag: myteam/myapp']);
    p.run('docker push ruby:3.4-slim-trixie');
    expect(p.text()).toEqual([
      'The push refers to repository [docker.io/library/ruby]',
      'denied: requested access to the resource is denied',
    ]);
  });

  it('images --digests ruby prints the classic table', () => {
    const p = player(dockerHubWorld);
    p.run('docker images --digests ruby');
    expect(p.text()[0]).toBe(
      'REPOSITORY   TAG               DIGEST                                                                    IMAGE ID       CREATED       SIZE',
    );
    expect(p.text()[1]).toMatch(/^ruby         3\.4-slim-trixie   sha256:[0-9a-f]{64}   [0-9a-f]{12}   12 days ago   70MB$/);
  });
});
