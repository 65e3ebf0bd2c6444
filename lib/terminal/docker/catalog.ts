// The images a docker-engine world can pull: a small Docker Hub. The official images' names,
// commands, ports and first log lines are the real ones; sizes, digests, star counts and the
// kernel version are illustrative (real digests are 64 hex digits of the image's content).

/** How a container from this image behaves when it starts. */
export type Behaviour =
  /** Prints `output` and exits 0 (hello-world). */
  | { kind: 'prints'; output: readonly string[] }
  /** Runs its command; a shell with nothing to read exits at once (ubuntu, alpine). */
  | { kind: 'shell' }
  /** Keeps running and logs `startup` (nginx, postgres). */
  | { kind: 'serves'; startup: (env: Readonly<Record<string, string>>) => { lines: readonly string[]; exitCode?: number } };

export type HubImage = {
  readonly repository: string;
  readonly tags: readonly string[];
  /** The default command as `docker ps` shows it, before truncation. */
  readonly command: string;
  readonly exposed: readonly string[];
  readonly sizeBytes: number;
  readonly layers: number;
  readonly behaviour: Behaviour;
  /** For `docker search`. */
  readonly description: string;
  readonly stars: number;
  readonly official: boolean;
  /** The files a shell inside it sees at /. */
  readonly os: 'debian' | 'ubuntu' | 'alpine';
};

const helloWorldOutput: readonly string[] = [
  '',
  'Hello from Docker!',
  'This message shows that your installation appears to be working correctly.',
  '',
  'To generate this message, Docker took the following steps:',
  ' 1. The Docker client contacted the Docker daemon.',
  ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
  '    (amd64)',
  ' 3. The Docker daemon created a new container from that image which runs the',
  '    executable that produces the output you are currently reading.',
  ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
  '    to your terminal.',
  '',
  'To try something more ambitious, you can run an Ubuntu container with:',
  ' $ docker run -it ubuntu bash',
  '',
  'Share images, automate workflows, and more with a free Docker ID:',
  ' https://hub.docker.com/',
  '',
  'For more examples and ideas, visit:',
  ' https://docs.docker.com/get-started/',
  '',
];

const nginxStartup = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

// The postgres entrypoint refuses to initialise a database without a superuser password.
const postgresStartup = (env: Readonly<Record<string, string>>) =>
  env.POSTGRES_PASSWORD || env.POSTGRES_HOST_AUTH_METHOD === 'trust'
    ? {
        lines: [
          'PostgreSQL init process complete; ready for start up.',
          '',
          'LOG:  listening on IPv4 address "0.0.0.0", port 5432',
          'LOG:  listening on IPv6 address "::", port 5432',
          'LOG:  database system is ready to accept connections',
        ],
      }
    : {
        lines: [
          'Error: Database is uninitialized and superuser password is not specified.',
          '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
          '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
          '',
          '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
          '       connections without a password. This is *not* recommended.',
          '',
          '       See PostgreSQL documentation about "trust":',
          '       https://www.postgresql.org/docs/current/auth-trust.html',
        ],
        exitCode: 1,
      };

const MB = 1_000_000;

export const hub: readonly HubImage[] = [
  {
    repository: 'hello-world',
    tags: ['latest', 'linux'],
    command: '/hello',
    exposed: [],
    sizeBytes: 20_300,
    layers: 1,
    behaviour: { kind: 'prints', output: helloWorldOutput },
    description: 'Hello World! (an example of minimal Dockerization)',
    stars: 2400,
    official: true,
    os: 'debian',
  },
  {
    repository: 'nginx',
    tags: ['latest', 'stable', 'mainline', 'alpine'],
    command: "/docker-entrypoint.sh nginx -g 'daemon off;'",
    exposed: ['80/tcp'],
    sizeBytes: 225 * MB,
    layers: 7,
    behaviour: { kind: 'serves', startup: () => ({ lines: nginxStartup }) },
    description: 'Official build of Nginx.',
    stars: 21000,
    official: true,
    os: 'debian',
  },
  {
    repository: 'postgres',
    tags: ['latest', '18', '17', '16'],
    command: 'docker-entrypoint.sh postgres',
    exposed: ['5432/tcp'],
    sizeBytes: 640 * MB,
    layers: 14,
    behaviour: { kind: 'serves', startup: postgresStartup },
    description: 'The PostgreSQL object-relational database system provides reliability and data integrity.',
    stars: 14000,
    official: true,
    os: 'debian',
  },
  {
    repository: 'ubuntu',
    tags: ['latest', '24.04', '26.04'],
    command: '/bin/bash',
    exposed: [],
    sizeBytes: 117 * MB,
    layers: 1,
    behaviour: { kind: 'shell' },
    description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
    stars: 17000,
    official: true,
    os: 'ubuntu',
  },
  {
    repository: 'alpine',
    tags: ['latest', '3.23', '3.22'],
    command: '/bin/sh',
    exposed: [],
    sizeBytes: 12_800_000,
    layers: 1,
    behaviour: { kind: 'shell' },
    description: 'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!',
    stars: 11000,
    official: true,
    os: 'alpine',
  },
  {
    repository: 'ruby',
    tags: ['latest', '3.4', '3.4-trixie', '3.4-slim', '3.4-slim-trixie', '3.3', '3.3-slim-trixie'],
    command: 'irb',
    exposed: [],
    sizeBytes: 1_100 * MB,
    layers: 8,
    behaviour: { kind: 'shell' },
    description: 'Ruby is a dynamic, reflective, object-oriented, general-purpose, open-source programming language.',
    stars: 2300,
    official: true,
    os: 'debian',
  },
  {
    repository: 'bitnami/postgresql',
    tags: ['latest', '17'],
    command: '/opt/bitnami/scripts/postgresql/entrypoint.sh /opt/bitnami/scripts/postgresql/run.sh',
    exposed: ['5432/tcp'],
    sizeBytes: 430 * MB,
    layers: 3,
    behaviour: { kind: 'serves', startup: postgresStartup },
    description: 'Bitnami container image for PostgreSQL',
    stars: 260,
    official: false,
    os: 'debian',
  },
];

/** The kernel every container shares: the host's (in Docker Desktop, its Linux VM's). Illustrative. */
export const kernelRelease = '6.12.54-linuxkit';

/** The slim ruby variants are smaller; every other size is the repository's. */
export function sizeOf(image: HubImage, tag: string): number {
  return image.repository === 'ruby' && tag.includes('slim') ? 220 * MB : image.sizeBytes;
}

export function findRepository(repository: string): HubImage | null {
  return hub.find((image) => image.repository === repository) ?? null;
}
