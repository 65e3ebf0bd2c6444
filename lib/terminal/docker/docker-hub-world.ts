import {
  baseImage,
  digests,
  dockerHubSimulation,
  imageLayers,
  layers,
  nextBuild,
  nextPush,
  repository,
  searchResults,
  terminalLog,
  versions,
  type DockerHubEvent,
  type DockerHubState,
  type LayerKey,
  type Version,
} from '../../simulations/docker-hub';
import { hexId } from '../../simulations/build-flow/hash';
import type { ParsedFlags } from '../flags';
import type { CommandResult, TerminalWorld } from '../program';
import { findRepository } from './catalog';
import { bind, shapes, type CommandTable } from './command-specs';
import { curlOver } from './curl-program';
import { dockerProgramOver } from './docker-program';
import { ellipsis, humanSize, table } from './format';
import { familiar, parseReference, qualified } from './reference';
import { fail, hint, ok, out } from './result';
import { composeVersion, versionLines } from './system';

// Chapter 4's terminal runs against the Docker Hub widget's own simulation (dockerHubSimulation),
// as the team lead's computer: `docker search` fills the widget's search box, `docker tag myapp
// myteam/myapp:1.0` makes the version the widget's lead builds, and `docker push` is the widget's
// push, printed with the widget's own lines (lib/simulations/docker-hub/terminal.ts). Teammates'
// pulls stay buttons in the widget; images the widget does not draw are not kept here.

type Result = CommandResult<DockerHubState, DockerHubEvent>;

const simulation = dockerHubSimulation;
const lead = (state: DockerHubState) => state.machines.lead;
const MB = 1_000_000;
const sizeOfKeys = (keys: readonly LayerKey[]) => keys.reduce((sum, key) => sum + layers[key].sizeMB * MB, 0);
const keysOf = (name: string): readonly LayerKey[] => {
  if (name === baseImage) return imageLayers['1.0'].slice(0, 2);
  const version = name.split(':')[1] as Version;
  return imageLayers[version] ?? [];
};
/** Chapter 3's myapp is the image the team's 1.0 is tagged from: the same layers, the same id. */
const sameAs = (name: string) => (name === 'myapp:latest' ? `${repository}:1.0` : name);
const digestOf = (name: string) => {
  const version = name.startsWith(`${repository}:`) ? (name.split(':')[1] as Version) : null;
  return version && digests[version] ? digests[version].digest : `sha256:${hexId(`digest|${name}`, 64)}`;
};
const idOf = (name: string) => hexId(`image|${name}`);

const notDrawn = hint(
  '이 장의 그림은 팀 이미지와 그 베이스 이미지만 그립니다. 다른 이미지는 1장(docker)의 터미널에서 다뤄 보세요.',
);

function pull(state: DockerHubState, parsed: ParsedFlags): Result {
  const text = parsed.args[0] ?? '';
  const reference = parseReference(text);
  if (!reference.ok)
    return fail(reference.error, '이미지 이름을 읽을 수 없습니다. 소문자로 이름:태그 형태로 주세요(예: ruby:3.4-slim-trixie).');
  const name = familiar(reference.reference);
  const defaultTag = text.includes(':') ? [] : ['Using default tag: latest'];
  const path = reference.reference.repository.includes('/')
    ? reference.reference.repository
    : `library/${reference.reference.repository}`;
  if (lead(state).images.includes(name)) {
    return ok([
      ...defaultTag,
      `${reference.reference.tag}: Pulling from ${path}`,
      `Digest: ${digestOf(name)}`,
      `Status: Image is up to date for ${name}`,
      qualified(reference.reference),
    ]);
  }
  const hub = findRepository(reference.reference.repository);
  if (!hub?.tags.includes(reference.reference.tag)) {
    return fail(
      `Error response from daemon: pull access denied for ${reference.reference.repository}, repository does not exist or may require 'docker login'`,
      `Docker Hub에서 ${reference.reference.repository} 이미지를 찾지 못했거나 아직 올라오지 않은 태그입니다. 이름과 태그를 확인해 보세요.`,
      1,
      out(defaultTag),
    );
  }
  return {
    events: [],
    output: [
      ...out([
        ...defaultTag,
        `${reference.reference.tag}: Pulling from ${path}`,
        ...Array.from(
          { length: hub.layers },
          (_, index) => `${hexId(`${index * 7919}|${reference.reference.repository}|layer`)}: Pull complete`,
        ),
        `Digest: ${digestOf(name)}`,
        `Status: Downloaded newer image for ${name}`,
        qualified(reference.reference),
      ]),
      notDrawn,
    ],
    exitCode: 0,
  };
}

function images(state: DockerHubState, parsed: ParsedFlags): Result {
  const filter = parsed.args[0] ?? null;
  const names = [...lead(state).images, 'myapp:latest']
    .filter((name) => filter === null || name === filter || name.startsWith(`${filter}:`))
    .sort();
  const size = (name: string) => sizeOfKeys(keysOf(sameAs(name)));
  if (parsed.values.digests === true) {
    return ok(
      table([
        ['REPOSITORY', 'TAG', 'DIGEST', 'IMAGE ID', 'CREATED', 'SIZE'],
        ...names.map((name) => {
          const [repo = '', tag = ''] = name.split(/:(?=[^:]*$)/);
          // A locally built image has no registry digest until it is pushed or pulled.
          const digest = name === 'myapp:latest' ? '<none>' : digestOf(name);
          return [repo, tag, digest, idOf(sameAs(name)), '12 days ago', humanSize(size(name))];
        }),
      ]),
    );
  }
  const width = Math.max('IMAGE'.length, ...names.map((name) => name.length));
  const line = (name: string, id: string, disk: string, content: string, extra: string) =>
    `${name.padEnd(width)}   ${id.padEnd(12)}   ${disk.padStart(10)}   ${content.padStart(12)}   ${extra}`.trimEnd();
  return ok([
    line('IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA'),
    ...names.map((name) => line(name, idOf(sameAs(name)), humanSize(size(name)), humanSize(Math.round(size(name) * 0.4)), '')),
  ]);
}

function tag(state: DockerHubState, parsed: ParsedFlags): Result {
  const [source = '', target = ''] = parsed.args;
  const reference = parseReference(target);
  const version = nextBuild(state);
  if (!['myapp', 'myapp:latest'].includes(source)) {
    return fail(
      `Error response from daemon: No such image: ${source}`,
      `이 컴퓨터에 ${source} 이미지가 없습니다. 이 장에서는 3장에서 만든 myapp 이미지에 태그를 붙입니다.`,
    );
  }
  if (
    !reference.ok ||
    reference.reference.repository !== repository ||
    !(versions as readonly string[]).includes(reference.reference.tag)
  ) {
    return {
      events: [],
      output: [
        hint(
          `이 장의 그림은 ${repository}:1.0과 1.1만 그립니다. docker tag myapp ${repository}:${version ?? '1.0'} 명령을 입력해 보세요.`,
        ),
      ],
      exitCode: 1,
    };
  }
  if (lead(state).images.includes(familiar(reference.reference))) return ok([]);
  if (reference.reference.tag !== version || version !== '1.0') {
    return {
      events: [],
      output: [
        hint(
          `myapp 이미지는 ${repository}:1.0과 같은 이미지입니다. 코드를 고친 1.1은 그림의 빌드 버튼으로 만들어 보세요(docker build -t ${repository}:1.1 .과 같습니다).`,
        ),
      ],
      exitCode: 1,
    };
  }
  return ok([], [{ type: 'build' }]);
}

function push(state: DockerHubState, parsed: ParsedFlags): Result {
  const reference = parseReference(parsed.args[0] ?? '');
  if (!reference.ok) return fail(reference.error, '이미지 이름을 읽을 수 없습니다. 예: docker push myteam/myapp:1.0');
  const name = familiar(reference.reference);
  if (!lead(state).images.includes(name)) {
    return fail(
      `Error response from daemon: An image does not exist locally with the tag: ${reference.reference.repository}`,
      `${name} 이름의 이미지가 이 컴퓨터에 없습니다. docker tag 명령으로 먼저 이 이름을 붙이세요(예: docker tag myapp ${name}).`,
    );
  }
  if (reference.reference.repository !== repository) {
    return fail(
      'denied: requested access to the resource is denied',
      '공식 이미지나 다른 사람의 이름으로는 올릴 수 없습니다. 내 계정(또는 팀) 이름/저장소 형태의 이름을 붙여 올리세요.',
      1,
      out([`The push refers to repository [${qualified(reference.reference).replace(/:[^:/]*$/, '')}]`]),
    );
  }
  const version = reference.reference.tag as Version;
  if (nextPush(state) !== version) {
    // Already on Docker Hub: every layer is there, and docker says so.
    const { digest, size } = digests[version];
    return ok([
      `The push refers to repository [docker.io/${repository}]`,
      ...[...imageLayers[version]].reverse().map((key) => `${layers[key].id}: Layer already exists`),
      `${version}: digest: ${digest} size: ${size}`,
    ]);
  }
  const after = simulation.transition(state, { type: 'push' }, 0);
  return ok(terminalLog(after), [{ type: 'push' }]);
}

const stars: Readonly<Record<string, number>> = { 'acmecloud/ruby-runtime': 120, 'rubyfast/ruby-turbo': 3 };

function search(state: DockerHubState, parsed: ParsedFlags): Result {
  const query = parsed.args[0] ?? '';
  const event: DockerHubEvent = { type: 'search', query };
  const after = simulation.transition(state, event, 0);
  // docker search sees public repositories only, not the team's private one.
  const found = searchResults(after).filter((listing) => listing.badge !== 'private');
  return {
    events: after === state ? [] : [event],
    output: out(
      table([
        ['NAME', 'DESCRIPTION', 'STARS', 'OFFICIAL'],
        ...found.map((listing) => {
          const hub = findRepository(listing.name);
          return [
            listing.name,
            ellipsis(hub?.description ?? listing.summary, 45),
            String(hub?.stars ?? stars[listing.name] ?? 0),
            listing.badge === 'official' ? '[OK]' : '',
          ];
        }),
      ]),
    ),
    exitCode: 0,
  };
}

function login(): Result {
  return {
    events: [],
    output: [
      hint('이 터미널은 로그인을 흉내 냅니다. 실제 docker login은 브라우저로 Docker 계정에 로그인하는 확인 코드를 보여 줍니다.'),
      ...out(['Login Succeeded']),
    ],
    exitCode: 0,
  };
}

type S = DockerHubState;
type E = DockerHubEvent;

const table_: CommandTable<S, E> = {
  topLevel: {
    pull: bind<S, E>(shapes.pull, pull),
    images: bind<S, E>(shapes.images, images),
    tag: bind<S, E>(shapes.tag, tag),
    push: bind<S, E>(shapes.push, push),
    search: bind<S, E>(shapes.search, search),
    login: bind<S, E>(shapes.login, login),
    version: bind<S, E>(shapes.version, () => ({ events: [], output: out(versionLines()), exitCode: 0 })),
  },
  management: {
    image: {
      ls: bind<S, E>(shapes.images, images, 'ls'),
      pull: bind<S, E>(shapes.pull, pull),
      push: bind<S, E>(shapes.push, push),
      tag: bind<S, E>(shapes.tag, tag),
    },
  },
  compose: (_state, argv) =>
    argv[0] === 'version'
      ? ok([`Docker Compose version ${composeVersion}`])
      : fail(
          'no configuration file provided: not found',
          '이 폴더에 compose.yaml 파일이 없습니다. Compose는 3장과 5장의 터미널에서 다뤄 보세요.',
        ),
  composeCommands: ['version'],
  names: (state) => ({ images: [...lead(state).images, 'myapp'], containers: [] }),
};

/** Chapter 4: the team lead's computer, with chapter 3's myapp image and the base image it was built from. */
export const dockerHubWorld: TerminalWorld<DockerHubState, DockerHubEvent> = {
  id: 'docker-hub',
  simulation,
  // Nothing listens on a port on this computer in chapter 4.
  programs: [dockerProgramOver(table_), curlOver<DockerHubState, DockerHubEvent>(() => null)],
  shell: { cwd: '/home/user/myapp', env: { HOME: '/home/user', USER: 'user' } },
};
