import { hexId } from '../../simulations/build-flow/hash';
import type { ParsedFlags } from '../flags';
import type { ShellContext } from '../program';
import { hub } from './catalog';
import type { EngineEvent } from './engine-events';
import { refusal } from './engine-rules';
import { findImage, teamUser, type EngineImage, type EngineState } from './engine-state';
import { transition } from './engine-transition';
import { ellipsis, humanDuration, humanSize, shortId, table } from './format';
import { pullLines } from './pull-output';
import { familiar, parseReference, qualified, type Reference } from './reference';
import { refusalText } from './refusal-text';
import { err, fail, hint, ok, out, type DockerResult } from './result';

// Commands about images: images / image ls, pull, push, tag, rmi, history, search, login.

const contentSize = (image: EngineImage) => Math.round(image.sizeBytes * 0.4);

/**
 * `docker images` in Docker 29: the image tree view is the default (cli/command/image/tree.go),
 * printed as when stdout is not a terminal of known width: no legend, no colours, the first
 * column as wide as the widest name.
 */
function treeView(state: EngineState, filter: string | null): string[] {
  const rows = state.images
    .flatMap((image) =>
      image.tags.length > 0 ? image.tags.map((tag) => ({ name: tag, image })) : [{ name: '<untagged>', image }],
    )
    .filter((row) => filter === null || row.name === filter || row.name.startsWith(`${filter}:`))
    .sort((a, b) =>
      a.name === '<untagged>' ? 1 : b.name === '<untagged>' ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  const used = (image: EngineImage) => state.containers.some((container) => container.imageId === image.id);
  const width = Math.max('IMAGE'.length, ...rows.map((row) => row.name.length));
  const line = (name: string, id: string, disk: string, content: string, extra: string) =>
    `${name.padEnd(width)}   ${id.padEnd(12)}   ${disk.padStart(10)}   ${content.padStart(12)}   ${extra}`.trimEnd();
  return [
    line('IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA'),
    ...rows.map((row) =>
      line(
        row.name,
        row.image.id.slice(7, 19),
        humanSize(row.image.sizeBytes),
        humanSize(contentSize(row.image)),
        used(row.image) ? 'U' : '',
      ),
    ),
  ];
}

/** The classic table, which `--digests` (and -q, --format) still print. */
function classicTable(state: EngineState, filter: string | null, now: number): string[] {
  const rows = state.images.flatMap((image) =>
    image.tags
      .filter((tag) => filter === null || tag === filter || tag.startsWith(`${filter}:`))
      .map((tag) => {
        const at = tag.lastIndexOf(':');
        return [
          tag.slice(0, at),
          tag.slice(at + 1),
          image.digest,
          image.id.slice(7, 19),
          `${humanDuration(now - image.created)} ago`,
          humanSize(image.sizeBytes),
        ];
      }),
  );
  return table([['REPOSITORY', 'TAG', 'DIGEST', 'IMAGE ID', 'CREATED', 'SIZE'], ...rows]);
}

export function imagesCommand(state: EngineState, parsed: ParsedFlags, context: ShellContext): DockerResult {
  const filter = parsed.args[0] ?? null;
  if (parsed.values.quiet === true) return ok(state.images.map((image) => image.id.slice(7, 19)));
  if (parsed.values.digests === true) return ok(classicTable(state, filter, context.now));
  return ok(treeView(state, filter));
}

function readReference(text: string, command: string): { reference: Reference } | { result: DockerResult } {
  const parsed = parseReference(text);
  if (parsed.ok) return { reference: parsed.reference };
  return {
    result: fail(
      command === 'pull' ? parsed.error : `Error parsing reference: "${text}" is not a valid repository/tag: ${parsed.error}`,
      `이미지 이름을 읽을 수 없습니다: ${JSON.stringify(text)}. 소문자, 숫자와 . _ - / 만 쓰고, 태그는 콜론 뒤에 붙입니다(예: myteam/myapp:1.0).`,
    ),
  };
}

export function pullCommand(state: EngineState, parsed: ParsedFlags, context: ShellContext): DockerResult {
  const text = parsed.args[0] ?? '';
  const read = readReference(text, 'pull');
  if ('result' in read) return read.result;
  const event: EngineEvent = { type: 'pull', reference: read.reference };
  const defaultTag = text.includes(':') && text.lastIndexOf(':') > text.lastIndexOf('/') ? [] : ['Using default tag: latest'];
  const refused = refusal(state, event);
  if (refused) {
    const message = refusalText(refused);
    return fail(message.message, message.hint, 1, out(defaultTag));
  }
  const after = transition(state, event, context.now);
  return ok(
    [...defaultTag, ...pullLines(state, after, read.reference), qualified(read.reference)],
    after === state ? [] : [event],
  );
}

export function tagCommand(state: EngineState, parsed: ParsedFlags): DockerResult {
  const [source = '', targetText = ''] = parsed.args;
  const read = readReference(targetText, 'tag');
  if ('result' in read) return read.result;
  const event: EngineEvent = { type: 'tag', source, target: read.reference };
  const refused = refusal(state, event);
  if (refused) {
    const message = refusalText(refused);
    return fail(message.message, message.hint);
  }
  return ok([], [event]);
}

export function rmiCommand(state: EngineState, parsed: ParsedFlags, context: ShellContext): DockerResult {
  let current = state;
  const events: EngineEvent[] = [];
  const output: DockerResult['output'][number][] = [];
  let failed = false;
  for (const name of parsed.args) {
    const event: EngineEvent = { type: 'remove-image', name };
    const refused = refusal(current, event);
    if (refused) {
      const message = refusalText(refused);
      output.push(...err([message.message]), hint(message.hint));
      failed = true;
      continue;
    }
    const image = findImage(current, name) as EngineImage;
    const named = name.includes(':') ? name : `${name}:latest`;
    const untagged = image.tags.includes(named) ? [named] : image.tags;
    const next = transition(current, event, context.now);
    const deleted =
      next.images.includes(image) || next.images.some((other) => other.id === image.id) ? [] : [`Deleted: ${image.id}`];
    output.push(
      ...out([
        ...untagged.map((tag) => `Untagged: ${tag}`),
        ...(image.digest && deleted.length ? [`Untagged: ${image.tags[0]?.split(':')[0] ?? ''}@${image.digest}`] : []),
        ...deleted,
      ]),
    );
    events.push(event);
    current = next;
  }
  return { events, output, exitCode: failed ? 1 : 0 };
}

export function historyCommand(state: EngineState, parsed: ParsedFlags, context: ShellContext): DockerResult {
  const name = parsed.args[0] ?? '';
  const image = findImage(state, name);
  if (!image) {
    const message = refusalText({ code: 'no-such-image', name });
    return fail(message.message, message.hint);
  }
  const built = image.source === null;
  return ok(
    table([
      ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'],
      ...image.history.map((layer, index) => [
        index === 0 ? shortId(image.id.slice(7)) : '<missing>',
        `${humanDuration(context.now - image.created)} ago`,
        ellipsis(layer.createdBy, 45),
        humanSize(layer.sizeBytes),
        built ? 'buildkit.dockerfile.v0' : '',
      ]),
    ]),
  );
}

export function searchCommand(_state: EngineState, parsed: ParsedFlags): DockerResult {
  const term = (parsed.args[0] ?? '').toLowerCase();
  const found = hub.filter((image) => image.repository.includes(term) || image.description.toLowerCase().includes(term));
  return ok(
    table([
      ['NAME', 'DESCRIPTION', 'STARS', 'OFFICIAL'],
      ...found.map((image) => [
        image.repository,
        ellipsis(image.description, 45),
        String(image.stars),
        image.official ? '[OK]' : '',
      ]),
    ]),
  );
}

export function loginCommand(state: EngineState, parsed: ParsedFlags): DockerResult {
  const user = (parsed.values.username as string | undefined) ?? state.user ?? teamUser;
  if (state.user !== null && state.user === user) {
    return ok([`Authenticating with existing credentials... [Username: ${user}]`, '', 'Login Succeeded']);
  }
  return {
    events: [{ type: 'login', user }],
    output: [
      hint(
        `이 터미널은 로그인을 흉내 냅니다. 실제 docker login은 브라우저로 Docker 계정에 로그인하는 확인 코드를 보여 주고, 여기서는 ${user} 계정으로 로그인한 것으로 칩니다.`,
      ),
      ...out(['Login Succeeded']),
    ],
    exitCode: 0,
  };
}

export function pushCommand(state: EngineState, parsed: ParsedFlags, context: ShellContext): DockerResult {
  const text = parsed.args[0] ?? '';
  const read = readReference(text, 'push');
  if ('result' in read) return read.result;
  const reference = read.reference;
  const event: EngineEvent = { type: 'push', reference };
  const image = findImage(state, familiar(reference));
  const header = `The push refers to repository [${qualified(reference).replace(/:[^:/]*$/, '')}]`;
  const refused = refusal(state, event);
  if (refused?.code === 'no-such-image') {
    return fail(
      `Error response from daemon: An image does not exist locally with the tag: ${reference.repository}`,
      `${familiar(reference)} 이름의 이미지가 이 컴퓨터에 없습니다. docker tag 명령으로 먼저 이 이름을 붙이세요(예: docker tag myapp ${familiar(reference)}).`,
    );
  }
  const layers = (image?.history ?? []).filter((layer) => layer.sizeBytes > 0);
  const ids = layers.map((_, index) => hexId(`push|${reference.repository}|${index}`));
  if (refused) {
    const message = refusalText(refused);
    return fail(message.message, message.hint, 1, out([header, ...ids.map((id) => `${id}: Preparing`)]));
  }
  const already = state.pushed[reference.repository]?.length ?? 0;
  const after = transition(state, event, context.now);
  return ok(
    [
      header,
      ...ids.map(
        (id, index) =>
          `${id}: ${already > 0 ? 'Layer already exists' : index >= ids.length - 2 ? 'Mounted from library/ruby' : 'Pushed'}`,
      ),
      `${reference.tag}: digest: ${image?.digest ?? ''} size: 1784`,
    ],
    after === state ? [] : [event],
  );
}
