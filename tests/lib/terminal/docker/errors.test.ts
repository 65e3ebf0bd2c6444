import { describe, expect, it } from 'vitest';
import { dockerDesktopWorld, dockerWorld } from '@/lib/terminal/docker';
import { findContainer } from '@/lib/terminal/docker/engine-state';
import { player, railsWorld, type Player, type World } from './play';

// Every error word for word as docker/cli v29.7.2 and moby print it, then exactly one Korean
// hint in 합니다체, the exit status docker uses, and no change to the world unless the real
// daemon changes it too (a container created but not started stays, as in Docker).

type Case = {
  name: string;
  world?: World;
  setup?: readonly string[];
  line: string | readonly string[];
  cwd?: string;
  stderr: readonly (string | RegExp)[];
  exitCode: number;
  hint?: RegExp;
  changes?: boolean;
};

const conflict =
  /^docker: Error response from daemon: Conflict\. The container name "\/web" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.$/;

const cases: Case[] = [
  {
    name: 'a mistyped command, with did-you-mean in the hint',
    line: 'docker biuld -t myapp .',
    stderr: ['docker: unknown command: docker biuld', '', "Run 'docker --help' for more information"],
    exitCode: 1,
    hint: /docker build 명령을 입력하려던 것 같습니다/,
  },
  {
    name: 'an unknown flag',
    line: 'docker run --nmae web nginx',
    stderr: [
      'unknown flag: --nmae',
      '',
      'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      '',
      "Run 'docker run --help' for more information",
    ],
    exitCode: 125,
  },
  {
    name: 'an unknown shorthand flag',
    line: 'docker ps -z',
    stderr: [
      "unknown shorthand flag: 'z' in -z",
      '',
      'Usage:  docker ps [OPTIONS]',
      '',
      "Run 'docker ps --help' for more information",
    ],
    exitCode: 125,
  },
  {
    name: 'a missing image: Unable to find … locally, then pull access denied',
    line: 'docker run nosuchimage',
    stderr: [
      "Unable to find image 'nosuchimage:latest' locally",
      "docker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login'",
      '',
      "Run 'docker run --help' for more information",
    ],
    exitCode: 125,
  },
  {
    name: 'a tag that does not exist (manifest unknown)',
    line: 'docker pull nginx:nope',
    stderr: [
      'Error response from daemon: failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found',
    ],
    exitCode: 1,
    hint: /nope 태그가 없습니다/,
  },
  {
    name: 'a published port already taken',
    setup: ['docker run -d --name web -p 8080:80 nginx'],
    line: 'docker run -d --name web2 -p 8080:80 nginx',
    stderr: [
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/,
      '',
      "Run 'docker run --help' for more information",
    ],
    exitCode: 125,
    hint: /8080번 포트를 이미 web 컨테이너가 쓰고 있습니다/,
    changes: true,
  },
  {
    name: 'a container name already in use',
    setup: ['docker run -d --name web nginx', 'docker stop web'],
    line: 'docker run -d --name web nginx',
    stderr: [conflict, '', "Run 'docker run --help' for more information"],
    exitCode: 125,
  },
  {
    name: 'no such container',
    line: 'docker stop nope',
    stderr: ['Error response from daemon: No such container: nope'],
    exitCode: 1,
  },
  {
    name: 'starting a container that does not exist',
    line: 'docker start nope',
    stderr: ['Error response from daemon: No such container: nope', 'failed to start containers: nope'],
    exitCode: 1,
  },
  {
    name: 'removing a running container',
    setup: ['docker run -d --name web nginx'],
    line: 'docker rm web',
    stderr: [
      'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove',
    ],
    exitCode: 1,
  },
  {
    name: 'removing an image a container still uses',
    setup: ['docker run hello-world'],
    line: 'docker rmi hello-world',
    stderr: [
      /^Error response from daemon: conflict: unable to remove repository reference "hello-world" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}$/,
    ],
    exitCode: 1,
  },
  {
    name: 'a push without login',
    world: railsWorld,
    setup: ['docker tag myapp myteam/myapp:1.0'],
    line: 'docker push myteam/myapp:1.0',
    stderr: ['denied: requested access to the resource is denied'],
    exitCode: 1,
  },
  {
    name: 'a push to someone else’s namespace',
    world: railsWorld,
    setup: ['docker login', 'docker tag myapp library/nginx:mine'],
    line: 'docker push nginx:mine',
    stderr: ['denied: requested access to the resource is denied'],
    exitCode: 1,
  },
  {
    name: 'a push of a name nothing is tagged with',
    world: railsWorld,
    line: 'docker push myteam/myapp:2.0',
    stderr: ['Error response from daemon: An image does not exist locally with the tag: myteam/myapp'],
    exitCode: 1,
  },
  {
    name: 'an invalid reference format',
    line: 'docker run Nginx',
    stderr: [
      'docker: invalid reference format: repository name (library/Nginx) must be lowercase',
      '',
      "Run 'docker run --help' for more information",
    ],
    exitCode: 125,
  },
  {
    name: 'docker compose with no compose file',
    line: 'docker compose up -d',
    stderr: ['no configuration file provided: not found'],
    exitCode: 1,
  },
  {
    name: 'exec in a stopped container',
    setup: ['docker run -d --name web nginx', 'docker stop web'],
    line: 'docker exec web ls',
    stderr: [/^Error response from daemon: container [0-9a-f]{64} is not running$/],
    exitCode: 1,
  },
  {
    name: 'a program the image does not have',
    line: 'docker run ubuntu -d nginx',
    stderr: [
      "Unable to find image 'ubuntu:latest' locally",
      'latest: Pulling from library/ubuntu',
      /Pull complete$/,
      /^Digest: /,
      'Status: Downloaded newer image for ubuntu:latest',
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "-d": executable file not found in $PATH: unknown',
      '',
      "Run 'docker run --help' for more information",
    ],
    exitCode: 127,
    changes: true,
  },
  {
    name: 'too few arguments',
    line: 'docker run',
    stderr: [
      "docker: 'docker run' requires at least 1 argument",
      '',
      'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      '',
      "See 'docker run --help' for more information",
    ],
    exitCode: 1,
  },
  {
    name: 'arguments where none are taken',
    line: 'docker ps web',
    stderr: [
      "docker: 'docker ps' accepts no arguments",
      '',
      'Usage:  docker ps [OPTIONS]',
      '',
      "Run 'docker ps --help' for more information",
    ],
    exitCode: 1,
  },
  {
    name: 'an invalid container name',
    world: dockerWorld,
    setup: ['docker pull nginx'],
    line: 'docker run --name "my web" nginx',
    stderr: [
      'docker: Error response from daemon: Invalid container name (my web), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
      '',
      "Run 'docker run --help' for more information",
    ],
    exitCode: 125,
  },
  {
    name: 'a build where there is no Dockerfile',
    world: dockerDesktopWorld,
    cwd: '/home/user',
    line: 'docker build -t myapp .',
    stderr: ['ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory'],
    exitCode: 1,
  },
  {
    name: 'an unknown management subcommand',
    line: 'docker container biuld',
    stderr: [
      'docker: unknown command: docker container biuld',
      '',
      'Usage:  docker container',
      '',
      "Run 'docker container --help' for more information",
    ],
    exitCode: 1,
  },
  {
    name: 'inspecting something that does not exist',
    line: 'docker inspect nope',
    stderr: ['Error: No such object: nope'],
    exitCode: 1,
  },
  {
    name: 'curl to a port nothing publishes',
    line: 'curl localhost:8080',
    stderr: ["curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server"],
    exitCode: 7,
  },
];

function prepare(test: Case): Player {
  const p = player(test.world ?? dockerWorld);
  for (const line of test.setup ?? []) {
    const step = p.run(line);
    expect(step.result.exitCode, `${line}: ${step.result.output.map((l) => l.text).join('\n')}`).toBe(0);
  }
  if (test.cwd) p.cwd = test.cwd;
  return p;
}

describe('errors, word for word, each with one Korean hint', () => {
  it.each(cases)('$name', (test) => {
    const p = prepare(test);
    const step = p.run(test.line);
    const stderr = step.result.output.filter((line) => line.stream === 'stderr').map((line) => line.text);
    expect(stderr).toHaveLength(test.stderr.length);
    test.stderr.forEach((expected, index) => {
      if (typeof expected === 'string') expect(stderr[index]).toBe(expected);
      else expect(stderr[index]).toMatch(expected);
    });
    expect(step.result.exitCode).toBe(test.exitCode);
    const hints = p.hints();
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatch(/[가-힣]/);
    expect(hints[0]).toMatch(/(니다|세요)(\([^)]*\))?\.$/);
    if (test.hint) expect(hints[0]).toMatch(test.hint);
    if (!test.changes) expect(step.after).toBe(step.before);
  });

  it('a flag without its value: pflag’s message, wrapped', () => {
    const p = player(dockerWorld);
    const step = p.run(['docker', 'logs', '--tail']);
    expect(step.result.output.filter((line) => line.stream === 'stderr').map((line) => line.text)[0]).toBe(
      'flag needs an argument: --tail',
    );
    expect(step.result.exitCode).toBe(125);
  });

  it('a taken port leaves the new container Created, as Docker does', () => {
    const p = player(dockerWorld);
    p.run('docker run -d --name web -p 8080:80 nginx');
    p.run('docker run -d --name web2 -p 8080:80 nginx');
    expect(findContainer(p.state, 'web2')?.state).toBe('created');
    p.run('docker ps -a');
    expect(p.text()[1]).toMatch(/Created\s+web2$/);
  });

  it('there are at least 25 distinct errors here', () => {
    expect(cases.length + 1).toBeGreaterThanOrEqual(25);
  });
});
