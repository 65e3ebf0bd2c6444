import { describe, expect, it } from 'vitest';
import { buildLines } from '@/lib/terminal/docker/build';
import { dockerDesktopWorld, dockerWorld } from '@/lib/terminal/docker';
import { findContainer } from '@/lib/terminal/docker/engine-state';
import { stepLines } from '@/lib/simulations/build-flow';
import { player, railsWorld } from './play';

const projectDir = '/home/user/myapp';

describe('docker run and docker ps', () => {
  it('pulls a missing image with the daemon’s lines, then prints the container id', () => {
    const p = player(dockerWorld);
    const step = p.run('docker run -d --name web -p 8080:80 nginx');
    const stderr = step.result.output.filter((line) => line.stream === 'stderr').map((line) => line.text);
    expect(stderr[0]).toBe("Unable to find image 'nginx:latest' locally");
    expect(stderr[1]).toBe('latest: Pulling from library/nginx');
    expect(stderr.filter((line) => /^[0-9a-f]{12}: Pull complete$/.test(line))).toHaveLength(7);
    expect(stderr.at(-2)).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(stderr.at(-1)).toBe('Status: Downloaded newer image for nginx:latest');
    const stdout = step.result.output.filter((line) => line.stream === 'stdout').map((line) => line.text);
    expect(stdout).toEqual([findContainer(p.state, 'web')?.id]);
    expect(stdout[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists containers in the chapter’s layout: header, widths, quoted truncated COMMAND, IPv4 and IPv6 ports', () => {
    const p = player(dockerWorld);
    p.run('docker run -d --name web -p 8080:80 nginx', { at: 0 });
    p.run('docker run -d --name db -e POSTGRES_PASSWORD=example postgres:17', { at: 25_000 });
    p.run('docker ps', { at: 30_000 });
    const web = findContainer(p.state, 'web')?.id.slice(0, 12);
    const db = findContainer(p.state, 'db')?.id.slice(0, 12);
    expect(p.text()).toEqual([
      'CONTAINER ID   IMAGE         COMMAND                  CREATED          STATUS          PORTS                                     NAMES',
      `${db}   postgres:17   "docker-entrypoint.s…"   5 seconds ago    Up 5 seconds    5432/tcp                                  db`,
      `${web}   nginx         "/docker-entrypoint.…"   30 seconds ago   Up 30 seconds   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web`,
    ]);
  });

  it('shows stopped containers only with -a, with Exited (code) and how long ago', () => {
    const p = player(dockerWorld);
    p.run('docker run hello-world', { at: 0 });
    expect(p.text()).toContain('Hello from Docker!');
    p.run('docker ps', { at: 120_000 });
    expect(p.text()).toHaveLength(1);
    p.run('docker ps -a', { at: 120_000 });
    expect(p.text()[1]).toMatch(/hello-world   "\/hello"   2 minutes ago   Exited \(0\) 2 minutes ago\s+\w+_\w+$/);
  });

  it('runs a command in a --rm container, prints its output and leaves nothing behind', () => {
    const p = player(dockerWorld);
    p.run('docker run --rm ubuntu uname -r');
    const other = p.run('docker run --rm alpine uname -r');
    expect(p.text().at(-1)).toBe(other.result.output.at(-1)?.text);
    expect(p.text().at(-1)).toMatch(/^\d+\.\d+\.\d+-linuxkit$/);
    expect(p.state.containers).toEqual([]);
  });

  it('-it enters a shell inside the container (ls, cat, env, ps) and exit stops it', () => {
    const p = player(dockerWorld);
    const step = p.run('docker run -it --name box -e GREETING=hi ubuntu bash');
    const shell = step.result.enter;
    expect(shell?.prompt).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    const context = { now: 0, cwd: '/', env: {} };
    expect(shell?.run(p.state, ['cat', '/etc/os-release'], context).output[0]?.text).toBe('PRETTY_NAME="Ubuntu 24.04.3 LTS"');
    expect(shell?.run(p.state, ['env'], context).output.map((line) => line.text)).toContain('GREETING=hi');
    expect(shell?.run(p.state, ['ps'], context).output.map((line) => line.text)[1]).toBe('      1 pts/0    00:00:00 bash');
    expect(shell?.run(p.state, ['ls', '/'], context).output[0]?.text).toContain('bin  boot  dev  etc');
    const exit = shell?.run(p.state, ['exit'], context);
    expect(exit?.exit).toBe(true);
    let state = p.state;
    for (const event of exit?.events ?? []) state = dockerWorld.simulation.transition(state, event, 1000);
    expect(findContainer(state, 'box')?.state).toBe('exited');
  });

  it('-e NAME alone passes the shell’s own variable', () => {
    const p = player(dockerWorld);
    p.run('docker run -d --name db -e POSTGRES_PASSWORD postgres:17');
    expect(findContainer(p.state, 'db')?.env.POSTGRES_PASSWORD).toBeUndefined();
    expect(findContainer(p.state, 'db')?.state).toBe('exited');
    p.run('docker logs db');
    expect(p.text()[0]).toBe('Error: Database is uninitialized and superuser password is not specified.');
  });
});

describe('logs, exec, stop, start, rm', () => {
  it('logs -f follows: a request to the published port appears as nginx’s access line', () => {
    const p = player(dockerWorld);
    p.run('docker run -d --name web -p 8080:80 nginx');
    const follow = p.run('docker logs -f web').result.follow;
    expect(p.text()).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    const before = p.state;
    p.run('curl localhost:8080', { at: 5_000 });
    expect(p.text()).toContain('<h1>Welcome to nginx!</h1>');
    expect(follow?.(before, p.state, 5_000).map((line) => line.text)).toEqual([
      '172.17.0.1 - - [01/Dec/2026:12:00:05 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.14.1" "-"',
    ]);
    expect(follow?.(p.state, p.state, 5_000)).toEqual([]);
  });

  it('stop, start and rm print each name; exec runs in a running container', () => {
    const p = player(dockerWorld);
    p.run('docker run -d --name web -p 8080:80 nginx');
    p.run('docker run -d --name db -e POSTGRES_PASSWORD=example postgres:17');
    expect(p.run('docker exec web cat /etc/hostname').result.output[0]?.text).toBe(
      findContainer(p.state, 'web')?.id.slice(0, 12),
    );
    expect(p.run('docker exec -it web sh').result.enter?.prompt).toBe('# ');
    p.run('docker stop web db');
    expect(p.text()).toEqual(['web', 'db']);
    p.run('docker start web');
    expect(p.text()).toEqual(['web']);
    p.run('docker stop web');
    p.run('docker rm web db');
    expect(p.text()).toEqual(['web', 'db']);
    expect(p.state.containers).toEqual([]);
  });

  it('inspect prints the JSON array and --format reads one field', () => {
    const p = player(dockerWorld);
    p.run('docker run -d --name web -p 8080:80 nginx');
    p.run('docker inspect web');
    const parsed = JSON.parse(p.text().join('\n')) as { Name: string; State: { Status: string } }[];
    expect(parsed[0]?.Name).toBe('/web');
    expect(p.text()[1]).toBe('    {');
    p.run(['docker', 'inspect', '--format', '{{.State.Status}}', 'web']);
    expect(p.text()).toEqual(['running']);
  });

  it('container prune asks first, then deletes stopped containers', () => {
    const p = player(dockerWorld);
    p.run('docker run hello-world');
    const step = p.run('docker container prune');
    expect(p.text()).toEqual(['WARNING! This will remove all stopped containers.']);
    expect(step.result.enter?.prompt).toBe('Are you sure you want to continue? [y/N] ');
    const answer = step.result.enter?.run(p.state, ['y'], { now: 0, cwd: '/', env: {} });
    expect(answer?.output.map((line) => line.text)).toEqual([
      'Deleted Containers:',
      p.state.containers[0]?.id,
      '',
      'Total reclaimed space: 0B',
    ]);
    expect(answer?.exit).toBe(true);
  });
});

describe('images', () => {
  it('docker images prints Docker 29’s tree view, U on images a container uses', () => {
    const p = player(dockerWorld);
    p.run('docker run hello-world');
    p.run('docker pull nginx');
    p.run('docker images');
    const [header, hello, nginx] = p.text();
    expect(header).toBe('IMAGE                ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(hello).toMatch(/^hello-world:latest   [0-9a-f]{12}       20.3kB         8.12kB   U$/);
    expect(nginx).toMatch(/^nginx:latest         [0-9a-f]{12}        225MB           90MB$/);
  });

  it('pull prints "Using default tag", each layer, the digest and the qualified name; a second pull is up to date', () => {
    const p = player(dockerWorld);
    p.run('docker pull nginx');
    expect(p.text()[0]).toBe('Using default tag: latest');
    expect(p.text().at(-1)).toBe('docker.io/library/nginx:latest');
    p.run('docker pull nginx');
    expect(p.text()).toContain('Status: Image is up to date for nginx:latest');
  });

  it('images --digests prints the classic table with a DIGEST column', () => {
    const p = player(railsWorld);
    p.run('docker images --digests ruby', { at: 3_600_000 });
    expect(p.text()[0]).toBe(
      'REPOSITORY   TAG               DIGEST                                                                    IMAGE ID       CREATED       SIZE',
    );
    expect(p.text()[1]).toMatch(/^ruby         3.4-slim-trixie   sha256:[0-9a-f]{64}   [0-9a-f]{12}   12 days ago   220MB$/);
  });

  it('tag, login and push: top layer first, base layers mounted, then the digest line', () => {
    const p = player(railsWorld);
    p.run('docker login');
    expect(p.text()).toEqual(['Login Succeeded']);
    p.run('docker tag myapp myteam/myapp:1.0');
    expect(p.text()).toEqual([]);
    p.run('docker push myteam/myapp:1.0');
    const lines = p.text();
    expect(lines[0]).toBe('The push refers to repository [docker.io/myteam/myapp]');
    expect(lines.slice(1, -1).map((line) => line.replace(/^[0-9a-f]{12}: /, ''))).toEqual([
      'Pushed',
      'Pushed',
      'Mounted from library/ruby',
      'Mounted from library/ruby',
    ]);
    expect(lines.at(-1)).toMatch(/^1\.0: digest: sha256:[0-9a-f]{64} size: 1784$/);
    p.run('docker push myteam/myapp:1.0');
    expect(
      p
        .text()
        .slice(1, -1)
        .every((line) => line.endsWith('Layer already exists')),
    ).toBe(true);
  });

  it('rmi untags, then deletes', () => {
    const p = player(dockerWorld);
    p.run('docker pull alpine');
    p.run('docker tag alpine mine:1');
    p.run('docker rmi mine:1');
    expect(p.text()).toEqual(['Untagged: mine:1']);
    p.run('docker rmi alpine');
    expect(p.text()[0]).toBe('Untagged: alpine:latest');
    expect(p.text().at(-1)).toMatch(/^Deleted: sha256:[0-9a-f]{64}$/);
    expect(p.state.images).toEqual([]);
  });

  it('search prints NAME, DESCRIPTION cut at 45, STARS, OFFICIAL [OK]', () => {
    const p = player(railsWorld);
    p.run('docker search postgres');
    expect(p.text()[0]).toBe('NAME                 DESCRIPTION                                     STARS     OFFICIAL');
    expect(p.text()[1]).toBe('postgres             The PostgreSQL object-relational database sy…   14000     [OK]');
  });

  it('history lists the Dockerfile’s steps newest first, cut at 45 characters', () => {
    const p = player(railsWorld);
    p.run('docker history myapp');
    expect(p.text()[0]).toBe(
      'IMAGE          CREATED                  CREATED BY                                      SIZE      COMMENT',
    );
    expect(p.text()[1]).toMatch(
      /^[0-9a-f]{12}   Less than a second ago   CMD \["bin\/rails", "server", "-b", "0.0.0.0"\]    0B        buildkit.dockerfile.v0$/,
    );
    expect(p.text().at(-1)).toContain('RUN apt-get update && apt-get install -y bui…');
  });
});

describe('build', () => {
  it('prints BuildKit’s plain progress; the second build of the same Dockerfile is CACHED on every step', () => {
    const p = player(railsWorld);
    p.run('docker build -t myapp .', { cwd: projectDir });
    expect(p.text()[0]).toBe('#4 [1/6] FROM docker.io/library/ruby:3.4-slim-trixie');
    expect(p.text()).toContain('#11 naming to docker.io/library/myapp:latest done');
    expect(p.text().filter((line) => line.endsWith('CACHED'))).toHaveLength(stepLines.length);
    p.run('docker build -t myapp:2 .');
    expect(p.text().filter((line) => line.endsWith(' CACHED'))).toHaveLength(stepLines.length);
    expect(p.state.images.filter((image) => image.source === null)).toHaveLength(1);
    expect(buildLines({ repository: 'a', tag: 'b' }, true, ['linux/amd64', 'linux/arm64'])[2]).toBe(
      '#5 [linux/arm64 1/6] FROM docker.io/library/ruby:3.4-slim-trixie',
    );
  });
});

describe('compose', () => {
  it('up --build -d builds web, pulls db, and starts db before web; ps, logs, exec, down', () => {
    const p = player(railsWorld);
    p.run('docker compose up --build -d', { cwd: projectDir });
    expect(p.text().slice(-7)).toEqual([
      '[+] Pulling 1/1',
      ' ✔ db  Pulled',
      '[+] Running 4/4',
      ' ✔ Network myapp_default  Created',
      ' ✔ Volume myapp_db-data   Created',
      ' ✔ Container myapp-db-1   Healthy',
      ' ✔ Container myapp-web-1  Started',
    ]);
    p.run('docker compose exec web bin/rails db:prepare');
    expect(p.text()).toEqual(["Created database 'myapp_development'"]);
    p.run('docker compose ps', { at: 10_000 });
    expect(p.text()[0]).toBe(
      'NAME          IMAGE         COMMAND                  SERVICE   CREATED          STATUS                    PORTS',
    );
    expect(p.text()[2]).toBe(
      'myapp-web-1   myapp-web     "bin/rails server -b…"   web       10 seconds ago   Up 10 seconds             0.0.0.0:3000->3000/tcp, [::]:3000->3000/tcp',
    );
    p.run('docker compose logs web');
    expect(p.text()[0]).toBe('web-1  | => Booting Puma');
    p.run('docker compose down');
    expect(p.text()).toEqual([
      '[+] Running 3/3',
      ' ✔ Container myapp-web-1  Removed',
      ' ✔ Container myapp-db-1   Removed',
      ' ✔ Network myapp_default  Removed',
    ]);
    expect(p.state.containers).toEqual([]);
  });

  it('up NAME starts that service and what it depends on, not the others', () => {
    const p = player(railsWorld);
    p.run('docker compose up -d db', { cwd: projectDir });
    expect(p.text().slice(-5)).toEqual([
      ' ✔ db  Pulled',
      '[+] Running 3/3',
      ' ✔ Network myapp_default  Created',
      ' ✔ Volume myapp_db-data   Created',
      ' ✔ Container myapp-db-1   Started',
    ]);
    expect(p.state.containers.map((container) => container.name)).toEqual(['myapp-db-1']);
    p.run('docker compose up -d web');
    expect(p.text().slice(-3)).toEqual([
      '[+] Running 2/2',
      ' ✔ Container myapp-db-1   Healthy',
      ' ✔ Container myapp-web-1  Started',
    ]);
    const refused = p.run('docker compose up -d nope');
    expect(p.text()).toEqual(['no such service: nope']);
    expect(refused.result.exitCode).toBe(1);
  });

  it('version prints the Compose plugin’s version', () => {
    const p = player(dockerDesktopWorld);
    p.run('docker compose version');
    expect(p.text()).toEqual(['Docker Compose version v2.40.3']);
  });
});

describe('version and system df', () => {
  it('docker version has Client and Server sections in the template’s tabwriter layout', () => {
    const p = player(dockerWorld);
    p.run('docker version');
    const lines = p.text();
    expect(lines.slice(0, 3)).toEqual([
      'Client: Docker Engine - Community',
      ' Version:           29.7.2',
      ' API version:       1.55',
    ]);
    expect(lines).toContain('Server: Docker Engine - Community');
    expect(lines).toContain('  API version:      1.55 (minimum version 1.44)');
    expect(p.hints()).toHaveLength(1);
    p.run('docker --version');
    expect(p.text()).toEqual(['Docker version 29.7.2, build a7dcaa6']);
  });

  it('system df prints TYPE TOTAL ACTIVE SIZE RECLAIMABLE', () => {
    const p = player(dockerWorld);
    p.run('docker run -d --name web nginx');
    p.run('docker pull alpine');
    p.run('docker system df');
    expect(p.text()).toEqual([
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
      'Images          2         1         238MB     12.8MB (5%)',
      'Containers      1         1         4.1kB     0B (0%)',
      'Local Volumes   0         0         0B        0B',
      'Build Cache     0         0         0B        0B',
    ]);
  });
});
