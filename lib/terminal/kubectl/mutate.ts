import {
  MAX_SCALE,
  NODE_NAMES,
  templateOf,
  versionFor,
  isActive,
  topic,
  towards,
  transition,
  type ClusterEvent,
  type ClusterState,
  type NodeName,
  type VersionId,
} from '@/lib/simulations/orchestrator';
import { parseFlags, type FlagSpec } from '../flags';
import { flagError, noName, noResourcesGiven, notFound, unknownType } from './errors';
import { failure, hint, stderr, stdout, success, unsupported, usageError, type Result } from './output';
import { parseTargets, type Target } from './resources';
import { matches, parseSelector } from './selector';
import { DESCRIBE, tabwrite } from './tabwriter';
import { deploymentStatus, history } from './views';
import { CONTAINER, NAMESPACE, imageOf, podLabels, templateHash } from './world-facts';

// The commands that change the cluster. Each sends the widget simulation's own events, so the
// picture beside the terminal moves at once; what it prints is read from the state they lead to.

const NAMESPACE_FLAG: FlagSpec = { name: 'namespace', short: 'n', kind: 'string' };

const wrongNamespace = (values: Record<string, unknown>): Result | null =>
  typeof values.namespace === 'string' && values.namespace !== NAMESPACE
    ? failure(
        `Error from server (NotFound): namespaces "${values.namespace}" not found`,
        `이 연습 클러스터의 오브젝트는 모두 ${NAMESPACE} 네임스페이스에 있습니다. -n을 빼고 다시 실행해 보세요.`,
      )
    : null;

const only = (what: string) => `이 연습 클러스터에서는 ${what}`;

/** The Deployment named by `deployment/web`, `deploy web`, `deployment.apps/web`. */
function deploymentTarget(args: readonly string[], command: string): { ok: true } | { ok: false; result: Result } {
  const parsed = parseTargets(args);
  if (!parsed.ok) {
    return {
      ok: false,
      result:
        parsed.error === 'unknown-type'
          ? unknownType(parsed.word)
          : failure(
              'error: required resource not specified',
              `무엇을 ${command}할지 적으세요. 예: kubectl ${command} deployment/web.`,
            ),
    };
  }
  const target = parsed.targets[0]!;
  if (target.name === null) return { ok: false, result: noName() };
  if (target.kind !== 'deployments') {
    return {
      ok: false,
      result: failure(
        `error: no ${command === 'rollout' ? 'rollbacker' : 'scaler'} has been implemented for "${target.kind}"`,
        only('디플로이먼트 web만 다룰 수 있습니다.'),
      ),
    };
  }
  if (target.name !== 'web') return { ok: false, result: notFound('deployments', target.name) };
  return { ok: true };
}

export function runDelete(state: ClusterState, argv: readonly string[]): Result {
  const parsed = parseFlags(
    [
      NAMESPACE_FLAG,
      { name: 'selector', short: 'l', kind: 'string' },
      { name: 'force', kind: 'bool' },
      { name: 'grace-period', kind: 'int' },
      { name: 'wait', kind: 'bool' },
    ],
    argv,
  );
  if (!parsed.ok) return flagError('delete', parsed.error);
  const { values, args } = parsed.parsed;
  if (values.force === true || values['grace-period'] === 0) {
    return unsupported(
      only('강제 삭제(--force, --grace-period=0)는 시뮬레이션하지 않습니다. 파드는 늘 정상 종료 과정을 거칩니다.'),
    );
  }
  const namespaceError = wrongNamespace(values);
  if (namespaceError) return namespaceError;
  if (args.length === 0) return noResourcesGiven();
  const targets = parseTargets(args);
  if (!targets.ok) return targets.error === 'unknown-type' ? unknownType(targets.word) : noResourcesGiven();
  let wanted: Target[] = targets.targets;
  const selectorText = typeof values.selector === 'string' ? values.selector : null;
  if (wanted.some((t) => t.name === null)) {
    if (selectorText === null) return noName();
    const selector = parseSelector(selectorText);
    if (!selector)
      return failure(
        `error: unable to parse requirement: found '${selectorText}', expected: identifier`,
        '레이블 셀렉터는 키=값 꼴로 적습니다. 예: -l app=web.',
      );
    wanted = state.pods
      .filter((pod) => isActive(pod) && matches(selector, podLabels(pod, state)))
      .map((pod) => ({ kind: 'pods' as const, name: pod.name }));
    if (wanted.length === 0) return { events: [], output: stderr(`No resources found`), exitCode: 0 };
  }
  const notPods = wanted.find((t) => t.kind !== 'pods');
  if (notPods) {
    return failure('', only(`파드만 지울 수 있습니다. 디플로이먼트나 서비스를 지우는 일은 위 그림이 보여 주지 않기 때문입니다.`));
  }
  const events: ClusterEvent[] = [];
  const output: Result['output'][number][] = [];
  const errors: Result['output'][number][] = [];
  let current = state;
  for (const target of wanted) {
    const pod = current.pods.find((p) => p.name === target.name);
    if (!pod) {
      errors.push(...notFound('pods', target.name ?? '').output);
      continue;
    }
    const event: ClusterEvent = { type: 'delete-pod', pod: pod.name };
    // A pod already terminating is deleted again: the API accepts it and nothing changes.
    const next = transition(current, event, current.time);
    if (next !== current) events.push(event);
    current = next;
    output.push(...stdout(`pod "${pod.name}" deleted from ${NAMESPACE} namespace`));
  }
  if (events.length > 0)
    output.push(
      ...hint(
        '파드를 지워도 레플리카셋이 모자란 수만큼 새 이름의 파드를 곧바로 만듭니다. kubectl get pods로 새 파드를 확인해 보세요.',
      ),
    );
  return { events, output: [...output, ...errors], exitCode: errors.length > 0 ? 1 : 0 };
}

export function runScale(state: ClusterState, argv: readonly string[]): Result {
  const parsed = parseFlags([NAMESPACE_FLAG, { name: 'replicas', kind: 'int' }, { name: 'current-replicas', kind: 'int' }], argv);
  if (!parsed.ok) return flagError('scale', parsed.error);
  const { values, args } = parsed.parsed;
  if (values.replicas === undefined) {
    return failure(
      'error: required flag(s) "replicas" not set',
      '몇 개로 바꿀지 --replicas로 적어야 합니다. 예: kubectl scale deployment/web --replicas=5.',
    );
  }
  const replicas = Number(values.replicas);
  if (replicas < 0) {
    return failure(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
      '레플리카 수는 0 이상이어야 합니다.',
    );
  }
  const namespaceError = wrongNamespace(values);
  if (namespaceError) return namespaceError;
  if (args.length === 0) return noResourcesGiven();
  const target = deploymentTarget(args, 'scale');
  if (!target.ok) return target.result;
  if (replicas === 0 || replicas > MAX_SCALE) {
    return unsupported(
      only(`레플리카를 1개에서 ${MAX_SCALE}개 사이로 정할 수 있습니다(실제 클러스터는 0이나 더 큰 수도 받습니다).`),
    );
  }
  if (typeof values['current-replicas'] === 'number' && values['current-replicas'] !== state.deployment.replicas) {
    return failure(
      `error: Expected replicas to be ${values['current-replicas']}, was ${state.deployment.replicas}`,
      `--current-replicas는 지금 수가 그 값일 때만 바꿉니다. 지금은 ${state.deployment.replicas}개입니다.`,
    );
  }
  const event: ClusterEvent = { type: 'scale', replicas };
  const changed = transition(state, event, state.time) !== state;
  return success(
    [
      ...stdout('deployment.apps/web scaled'),
      ...hint(
        '이 디플로이먼트는 Horizontal Pod Autoscaler(최소 2, 최대 10)가 관리하므로, 다음 확인 때 CPU 사용률에 맞는 수로 다시 바뀝니다. kubectl get hpa로 지켜보세요.',
      ),
    ],
    changed ? [event] : [],
  );
}

/** `web=myteam/myapp:1.1` pairs; `*=image` sets every container. */
export function runSetImage(state: ClusterState, argv: readonly string[]): Result {
  const parsed = parseFlags([NAMESPACE_FLAG, { name: 'record', kind: 'bool' }], argv);
  if (!parsed.ok) return flagError('set image', parsed.error);
  const { values, args } = parsed.parsed;
  const resources = args.filter((arg) => !arg.includes('='));
  const pairs = args.filter((arg) => arg.includes('='));
  if (resources.length === 0) return noResourcesGiven();
  if (pairs.length === 0) {
    return usageError(
      'set image',
      'at least one image update is required',
      '바꿀 컨테이너와 이미지를 컨테이너=이미지 꼴로 적으세요. 예: kubectl set image deployment/web web=myteam/myapp:1.1.',
    );
  }
  const namespaceError = wrongNamespace(values);
  if (namespaceError) return namespaceError;
  const target = deploymentTarget(resources, 'set image');
  if (!target.ok) return target.result;
  let image: string | undefined;
  for (const pair of pairs) {
    const [name = '', value = ''] = pair.split('=', 2);
    if (name !== CONTAINER && name !== '*') {
      return failure(
        'error: unable to find container named "' + name + '"',
        `이 디플로이먼트의 컨테이너 이름은 ${CONTAINER}입니다. ${CONTAINER}=이미지 꼴로 적으세요.`,
      );
    }
    image = value;
  }
  if (image === undefined) return success([]);
  // The pod template with only the image changed: one of the chapter's releases, or a template of
  // its own (an image the registry does not have makes its pods ImagePullBackOff, as in a real cluster).
  const current = templateOf(state, state.deployment.version);
  const { version, written } = versionFor({ ...current, image });
  if (version === state.deployment.version) return success([]);
  const event: ClusterEvent = written
    ? { type: 'deploy-version', version, template: written }
    : { type: 'deploy-version', version };
  const next = templateOf(written ? { templates: { [version]: written } } : {}, version);
  const warning = !next.pullable
    ? ` 레지스트리에 ${topic(image)} 없어서 새 파드는 ErrImagePull을 거쳐 ImagePullBackOff가 되고, 롤아웃이 끝나지 않습니다. 옛 파드는 그대로 요청을 받습니다.`
    : next.becomesReady
      ? ''
      : ` ${topic(image)} 준비성 프로브를 통과하지 못하는 버전이라 롤아웃이 끝나지 않습니다.`;
  return success(
    [
      ...stdout('deployment.apps/web image updated'),
      ...hint(`롤링 업데이트가 시작되었습니다. kubectl rollout status deployment/web로 진행을 지켜보세요.${warning}`),
    ],
    [event],
  );
}

function rolloutStatusLine(state: ClusterState): { text: string; done: boolean; failed: boolean } {
  const { deployment } = state;
  if (deployment.stallReported)
    return { text: 'error: deployment "web" exceeded its progress deadline', done: true, failed: true };
  const status = deploymentStatus(state);
  if (status.updated < deployment.replicas) {
    return {
      text: `Waiting for deployment "web" rollout to finish: ${status.updated} out of ${deployment.replicas} new replicas have been updated...`,
      done: false,
      failed: false,
    };
  }
  if (status.replicas > status.updated) {
    return {
      text: `Waiting for deployment "web" rollout to finish: ${status.replicas - status.updated} old replicas are pending termination...`,
      done: false,
      failed: false,
    };
  }
  const updatedAvailable = state.pods.filter((pod) => isActive(pod) && pod.ready && pod.version === deployment.version).length;
  if (updatedAvailable < status.updated) {
    return {
      text: `Waiting for deployment "web" rollout to finish: ${updatedAvailable} of ${status.updated} updated replicas are available...`,
      done: false,
      failed: false,
    };
  }
  return { text: 'deployment "web" successfully rolled out', done: true, failed: false };
}

const STALLED_HINT =
  '새 파드가 진행 기한 안에 준비되지 않아 롤아웃이 멈췄습니다. kubectl describe pod로 이유를 보고, kubectl rollout undo deployment/web로 되돌리세요.';

export function runRollout(state: ClusterState, argv: readonly string[]): Result {
  const [sub, ...rest] = argv;
  const subcommands = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];
  if (sub === undefined || !subcommands.includes(sub)) {
    if (sub !== undefined && !sub.startsWith('-'))
      return failure(
        `error: unknown command "${sub}" for "kubectl rollout"`,
        'rollout 뒤에는 status, history, undo 같은 하위 명령을 적습니다.',
      );
    return failure(
      'error: required resource not specified',
      'kubectl rollout status deployment/web처럼 하위 명령과 대상을 함께 적으세요.',
    );
  }
  const parsed = parseFlags(
    [
      NAMESPACE_FLAG,
      { name: 'to-revision', kind: 'int' },
      { name: 'watch', short: 'w', kind: 'bool' },
      { name: 'revision', kind: 'int' },
    ],
    rest,
  );
  if (!parsed.ok) return flagError(`rollout ${sub}`, parsed.error);
  const { values, args } = parsed.parsed;
  if (args.length === 0)
    return failure('error: required resource not specified', `대상을 적으세요. 예: kubectl rollout ${sub} deployment/web.`);
  const namespaceError = wrongNamespace(values);
  if (namespaceError) return namespaceError;
  const target = deploymentTarget(args, 'rollout');
  if (!target.ok) return target.result;

  switch (sub) {
    case 'status': {
      const line = rolloutStatusLine(state);
      if (line.done) return line.failed ? failure(line.text, STALLED_HINT) : success(stdout(line.text));
      if (values.watch === false) return success(stdout(line.text));
      let printed = line.text;
      let finished = false;
      // Like kubectl, it prints a line whenever the status changes, and stops once the rollout ends.
      return {
        events: [],
        output: stdout(line.text),
        exitCode: 0,
        follow: (_before, after) => {
          if (finished) return [];
          const next = rolloutStatusLine(after);
          if (next.text === printed) return [];
          printed = next.text;
          finished = next.done;
          if (next.failed) return [...stderr(next.text), ...hint(STALLED_HINT)];
          return stdout(next.text);
        },
      };
    }
    case 'history': {
      const entries = history(state);
      if (typeof values.revision === 'number') {
        const entry = entries.find((e) => e.revision === values.revision);
        if (!entry)
          return failure(
            `error: unable to find the specified revision`,
            '그런 리비전은 없습니다. kubectl rollout history deployment/web로 있는 리비전을 보세요.',
          );
        const template = [
          'Pod Template:',
          '  Labels:\tapp=web',
          `\tpod-template-hash=${templateHash(entry.version, state)}`,
          '  Containers:',
          `   ${CONTAINER}:`,
          `    Image:\t${imageOf(entry.version, state)}`,
        ];
        return success(
          stdout([`deployment.apps/web with revision #${entry.revision}`, ...tabwrite(template, DESCRIBE)].join('\n')),
        );
      }
      const table = tabwrite(['REVISION\tCHANGE-CAUSE', ...entries.map((e) => `${e.revision}\t<none>`)], {
        minwidth: 0,
        padding: 2,
      });
      return success([...stdout('deployment.apps/web '), ...stdout(table.join('\n')), { stream: 'stdout', text: '' }]);
    }
    case 'undo': {
      const entries = history(state);
      const toRevision = typeof values['to-revision'] === 'number' ? values['to-revision'] : 0;
      const current = entries.at(-1);
      let to: VersionId | undefined;
      if (toRevision > 0) {
        to = entries.find((e) => e.revision === toRevision)?.version;
        if (!to)
          return failure(
            `error: unable to find specified revision ${toRevision} in history`,
            '그런 리비전은 없습니다. kubectl rollout history deployment/web로 있는 리비전을 보세요.',
          );
        if (to === state.deployment.version)
          return success(
            stdout(`deployment.apps/web skipped rollback (current template already matches revision ${toRevision})`),
          );
      } else {
        to = entries.at(-2)?.version;
        if (!to || !current)
          return failure(
            'error: no rollout history found for deployment "web"',
            '되돌아갈 이전 리비전이 없습니다. 이미지를 바꾼 적이 있어야 롤백할 수 있습니다.',
          );
      }
      const event: ClusterEvent =
        to === state.deployment.previousVersion ? { type: 'rollback' } : { type: 'deploy-version', version: to };
      return success(
        [
          ...stdout('deployment.apps/web rolled back'),
          ...hint(
            `${towards(imageOf(to, state))} 되돌리는 롤아웃이 시작되었습니다. 롤백도 새 리비전이 됩니다(kubectl rollout history deployment/web).`,
          ),
        ],
        [event],
      );
    }
    default:
      return unsupported(only(`rollout ${sub}은 지원하지 않습니다. status, history, undo를 써 보세요.`));
  }
}

function nodeArgument(command: string, args: readonly string[]): { ok: true; node: NodeName } | { ok: false; result: Result } {
  if (args.length === 0)
    return {
      ok: false,
      result: usageError(command, `USAGE: ${command} NODE [flags]`, `어느 노드인지 적으세요. 예: kubectl ${command} node-1.`),
    };
  const word = args[0] ?? '';
  const name = word.startsWith('node/') ? word.slice(5) : word;
  if (!(NODE_NAMES as readonly string[]).includes(name)) return { ok: false, result: notFound('nodes', name) };
  return { ok: true, node: name as NodeName };
}

export function runCordon(state: ClusterState, argv: readonly string[], cordon: boolean): Result {
  const command = cordon ? 'cordon' : 'uncordon';
  const parsed = parseFlags([{ name: 'dry-run', kind: 'string' }], argv);
  if (!parsed.ok) return flagError(command, parsed.error);
  const target = nodeArgument(command, parsed.parsed.args);
  if (!target.ok) return target.result;
  const event: ClusterEvent = { type: cordon ? 'cordon' : 'uncordon', node: target.node };
  const changed = transition(state, event, state.time) !== state;
  const word = changed ? command + 'ed' : `already ${command}ed`;
  return success(
    [
      ...stdout(`node/${target.node} ${word}`),
      ...(changed
        ? hint(
            cordon
              ? `${target.node}에는 이제 새 파드가 배치되지 않습니다(이미 있는 파드는 그대로). 되돌리려면 kubectl uncordon ${target.node}.`
              : `${target.node}에 다시 새 파드가 배치될 수 있습니다.`,
          )
        : []),
    ],
    changed ? [event] : [],
  );
}

export function runDrain(state: ClusterState, argv: readonly string[]): Result {
  const parsed = parseFlags(
    [
      { name: 'ignore-daemonsets', kind: 'bool' },
      { name: 'delete-emptydir-data', kind: 'bool' },
      { name: 'force', kind: 'bool' },
      { name: 'grace-period', kind: 'int' },
      { name: 'timeout', kind: 'string' },
    ],
    argv,
  );
  if (!parsed.ok) return flagError('drain', parsed.error);
  const target = nodeArgument('drain', parsed.parsed.args);
  if (!target.ok) return target.result;
  const node = state.nodes.find((n) => n.name === target.node)!;
  const pods = state.pods.filter((pod) => pod.node === target.node && isActive(pod));
  const event: ClusterEvent = { type: 'drain', node: target.node };
  const changed = transition(state, event, state.time) !== state;
  return success(
    [
      ...stdout(`node/${target.node} ${node.cordoned ? 'already cordoned' : 'cordoned'}`),
      ...pods.map((pod) => ({ stream: 'stdout' as const, text: `evicting pod ${NAMESPACE}/${pod.name}` })),
      ...pods.map((pod) => ({ stream: 'stdout' as const, text: `pod/${pod.name} evicted` })),
      ...stdout(`node/${target.node} drained`),
      ...hint(
        `${target.node}의 파드 ${pods.length}개를 내보냈고, 레플리카셋이 다른 노드에 새 파드를 만듭니다. 이 클러스터에는 DaemonSet 파드가 없어 --ignore-daemonsets 없이도 됩니다. 다 끝나면 kubectl uncordon ${target.node}.`,
      ),
    ],
    changed ? [event] : [],
  );
}
