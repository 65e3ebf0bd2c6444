import {
  NODE_ALLOCATABLE,
  NODE_NAMES,
  isActive,
  type ClusterEvent,
  type ClusterState,
  type NodeName,
  type Pod,
} from '@/lib/simulations/orchestrator';
import { parseFlags } from '../flags';
import { describeDeployment, describeHpa, describeNode, describePod, describeService } from './describe';
import { flagError, notFound, unknownType } from './errors';
import { failure, hint, stderr, stdout, success, unsupported, usageError, type Result } from './output';
import { parseTargets } from './resources';
import { matches, parseSelector } from './selector';
import { TABLE, tabwrite } from './tabwriter';
import { CONTAINER, CONTEXT, KUBERNETES_VERSION, KUSTOMIZE_VERSION, hashOf, podLabels } from './world-facts';

// Commands that only read: describe, logs, top, port-forward, explain, config, version.

export function runDescribe(state: ClusterState, argv: readonly string[], now: number): Result {
  const parsed = parseFlags(
    [
      { name: 'namespace', short: 'n', kind: 'string' },
      { name: 'selector', short: 'l', kind: 'string' },
    ],
    argv,
  );
  if (!parsed.ok) return flagError('describe', parsed.error);
  const { args, values } = parsed.parsed;
  if (args.length === 0) {
    return failure(
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
      '무엇을 볼지 적으세요. 예: kubectl describe pod <파드 이름>, kubectl describe deployment web.',
    );
  }
  const targets = parseTargets(args);
  if (!targets.ok) return unknownType(targets.error === 'unknown-type' ? targets.word : '');
  const selector = typeof values.selector === 'string' ? parseSelector(values.selector) : [];
  const blocks: string[][] = [];
  const errors: Result[] = [];
  for (const target of targets.targets) {
    switch (target.kind) {
      case 'pods': {
        const pods =
          target.name === null
            ? state.pods.filter((pod) => matches(selector ?? [], podLabels(pod, state)))
            : state.pods.filter((pod) => pod.name === target.name);
        if (target.name !== null && pods.length === 0) errors.push(notFound('pods', target.name));
        blocks.push(...pods.map((pod) => describePod(state, pod, now)));
        break;
      }
      case 'deployments':
        if (target.name === null || target.name === 'web') blocks.push(describeDeployment(state, now));
        else errors.push(notFound('deployments', target.name));
        break;
      case 'nodes': {
        const names = target.name === null ? [...NODE_NAMES] : NODE_NAMES.filter((n) => n === target.name);
        if (target.name !== null && names.length === 0) errors.push(notFound('nodes', target.name));
        blocks.push(...names.map((name: NodeName) => describeNode(state, name, now)));
        break;
      }
      case 'services':
        if (target.name === null || target.name === 'web') blocks.push(describeService(state));
        else errors.push(notFound('services', target.name));
        break;
      case 'hpa':
        if (target.name === null || target.name === 'web') blocks.push(describeHpa(state, now));
        else errors.push(notFound('hpa', target.name));
        break;
      default:
        return unsupported('이 터미널의 describe는 pod, deployment, node, service, hpa를 보여 줍니다.');
    }
  }
  const text = blocks.map((lines) => lines.join('\n')).join('\n\n\n');
  const output = [...(text === '' ? [] : stdout(text)), ...errors.flatMap((e) => e.output)];
  return { events: [], output, exitCode: errors.length > 0 ? 1 : 0 };
}

/** What a web pod's container prints as it starts: Puma booting the chapter's Rails app. */
function bootLog(): string[] {
  return [
    '=> Booting Puma',
    '=> Rails 8.0.3 application starting in production',
    '=> Run `bin/rails server --help` for more startup options',
    'Puma starting in single mode...',
    '*  Min threads: 3',
    '*  Max threads: 3',
    '*  Environment: production',
    '*          PID: 1',
    '* Listening on http://0.0.0.0:3000',
    'Use Ctrl-C to stop',
  ];
}

export function runLogs(state: ClusterState, argv: readonly string[]): Result {
  const parsed = parseFlags(
    [
      { name: 'previous', short: 'p', kind: 'bool' },
      { name: 'follow', short: 'f', kind: 'bool' },
      { name: 'container', short: 'c', kind: 'string' },
      { name: 'tail', kind: 'int' },
      { name: 'namespace', short: 'n', kind: 'string' },
      { name: 'selector', short: 'l', kind: 'string' },
    ],
    argv,
  );
  if (!parsed.ok) return flagError('logs', parsed.error);
  const { args, values } = parsed.parsed;
  if (args.length === 0 && typeof values.selector !== 'string') {
    return failure(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples",
      '어느 파드의 로그인지 적으세요. 예: kubectl logs <파드 이름>.',
    );
  }
  const prefix: string[] = [];
  let pod: Pod | undefined;
  const word = args[0] ?? '';
  if (word.startsWith('deployment/') || word.startsWith('deploy/') || typeof values.selector === 'string') {
    const candidates = state.pods.filter((p) => isActive(p) && p.status === 'Running');
    pod = candidates[0];
    if (!pod) return failure('error: timed out waiting for the condition', '실행 중인 파드가 없어 로그를 볼 수 없습니다.');
    prefix.push(`Found ${state.pods.filter(isActive).length} pods, using pod/${pod.name}`);
  } else {
    const name = word.startsWith('pod/') ? word.slice(4) : word;
    pod = state.pods.find((p) => p.name === name);
    if (!pod) return notFound('pods', name);
  }
  if (typeof values.container === 'string' && values.container !== CONTAINER) {
    return failure(
      `error: container ${values.container} is not valid for pod ${pod.name}`,
      `이 파드의 컨테이너 이름은 ${CONTAINER}입니다.`,
    );
  }
  const hasPrevious = pod.lastTerminatedAt !== undefined || pod.restarts > 0;
  if (values.previous === true) {
    if (!hasPrevious) {
      return failure(
        `Error from server (BadRequest): previous terminated container "${CONTAINER}" in pod "${pod.name}" not found`,
        '이 파드의 컨테이너는 아직 한 번도 다시 시작하지 않아 직전 컨테이너가 없습니다. --previous 없이 지금 로그를 보세요.',
      );
    }
    return success([...stderr(prefix.join('\n')).filter((l) => l.text !== ''), ...stdout(bootLog().join('\n'))]);
  }
  if (pod.status === 'Pending' || pod.status === 'ContainerCreating') {
    return failure(
      `Error from server (BadRequest): container "${CONTAINER}" in pod "${pod.name}" is waiting to start: ContainerCreating`,
      '컨테이너가 아직 시작하지 않았습니다. 잠시 뒤 다시 보거나 kubectl describe pod로 이유를 확인하세요.',
    );
  }
  const lines = bootLog();
  const tail = typeof values.tail === 'number' && values.tail >= 0 ? lines.slice(Math.max(0, lines.length - values.tail)) : lines;
  const output = [...stderr(prefix.join('\n')).filter((l) => l.text !== ''), ...(tail.length > 0 ? stdout(tail.join('\n')) : [])];
  if (values.follow === true) return { events: [], output, exitCode: 0, follow: () => [] };
  return success(output);
}

/** The simulation's CPU: 10 millicores per request per second served (a 500m request is 50 rps). */
function podCpu(pod: Pod): number {
  return Math.round(Math.min(pod.servedRps, 100) * 10) + 2;
}

/** Memory is not simulated: each pod gets a fixed figure from its name. */
function podMemory(pod: Pod): number {
  return 160 + (hashOf(pod.name) % 48);
}

export function runTop(state: ClusterState, argv: readonly string[]): Result {
  const [sub, ...rest] = argv;
  const parsed = parseFlags(
    [
      { name: 'namespace', short: 'n', kind: 'string' },
      { name: 'selector', short: 'l', kind: 'string' },
      { name: 'sort-by', kind: 'string' },
    ],
    rest,
  );
  if (!parsed.ok) return flagError(`top ${sub ?? ''}`.trim(), parsed.error);
  const note = hint(
    'CPU는 이 시뮬레이션에서 파드가 받은 초당 요청 수로 계산합니다(요청 1건에 10m). 메모리는 시뮬레이션하지 않아 파드마다 고정된 값입니다.',
  );
  const measured = (pod: Pod) =>
    isActive(pod) && pod.status === 'Running' && state.nodes.find((n) => n.name === pod.node)?.up === true;
  if (sub === 'pod' || sub === 'pods' || sub === 'po') {
    const pods = state.pods.filter(measured);
    if (pods.length === 0)
      return failure('error: Metrics not available for pod default/web', '지금 실행 중인 파드가 없어 지표가 없습니다.');
    const rows = pods.map((pod) => `${pod.name}\t${podCpu(pod)}m\t${podMemory(pod)}Mi`);
    return success([...stdout(tabwrite(['NAME\tCPU(cores)\tMEMORY(bytes)', ...rows], TABLE).join('\n')), ...note]);
  }
  if (sub === 'node' || sub === 'nodes' || sub === 'no') {
    const rows = NODE_NAMES.map((name) => {
      const node = state.nodes.find((n) => n.name === name)!;
      if (!node.up) return `${name}\t<unknown>\t<unknown>\t<unknown>\t<unknown>`;
      const pods = state.pods.filter((pod) => pod.node === name && measured(pod));
      const cpu = 120 + pods.reduce((sum, pod) => sum + podCpu(pod), 0);
      const memory = 900 + pods.reduce((sum, pod) => sum + podMemory(pod), 0);
      return `${name}\t${cpu}m\t${Math.floor((cpu / NODE_ALLOCATABLE.cpu) * 100)}%\t${memory}Mi\t${Math.floor((memory / NODE_ALLOCATABLE.memory) * 100)}%`;
    });
    return success([
      ...stdout(tabwrite(['NAME\tCPU(cores)\tCPU(%)\tMEMORY(bytes)\tMEMORY(%)', ...rows], TABLE).join('\n')),
      ...note,
    ]);
  }
  return failure(
    sub === undefined ? 'error: required subcommand not specified' : `error: unknown command "${sub}" for "kubectl top"`,
    'kubectl top pods 또는 kubectl top nodes로 씁니다.',
  );
}

export function runPortForward(state: ClusterState, argv: readonly string[]): Result {
  const parsed = parseFlags(
    [
      { name: 'namespace', short: 'n', kind: 'string' },
      { name: 'address', kind: 'list' },
    ],
    argv,
  );
  if (!parsed.ok) return flagError('port-forward', parsed.error);
  const { args } = parsed.parsed;
  if (args.length < 2) {
    return usageError(
      'port-forward',
      'TYPE/NAME and list of ports are required for port-forward',
      '대상과 포트를 함께 적으세요. 예: kubectl port-forward service/web 8080:80.',
    );
  }
  const [target = '', ...ports] = args;
  const [type = '', name = ''] = target.includes('/') ? target.split('/', 2) : ['pod', target];
  const running = state.pods.find((pod) => isActive(pod) && pod.status === 'Running' && pod.ready);
  let isService = false;
  if (type === 'service' || type === 'svc' || type === 'services') {
    if (name !== 'web') return notFound('services', name);
    isService = true;
  } else if (type === 'deployment' || type === 'deploy' || type === 'deployments') {
    if (name !== 'web') return notFound('deployments', name);
  } else if (type === 'pod' || type === 'pods' || type === 'po') {
    const pod = state.pods.find((p) => p.name === name);
    if (!pod) return notFound('pods', name);
    if (pod.status !== 'Running') {
      return failure(
        `error: unable to forward port because pod is not running. Current status=${pod.status === 'ContainerCreating' ? 'Pending' : pod.status === 'Terminating' ? 'Running' : 'Pending'}`,
        '실행 중인 파드로만 포트를 연결할 수 있습니다.',
      );
    }
  } else {
    return unknownType(type);
  }
  if (!running) return failure('error: timed out waiting for the condition', '준비된 파드가 없어 연결할 곳이 없습니다.');
  const lines: string[] = [];
  const events: ClusterEvent[] = [];
  const locals: number[] = [];
  for (const spec of ports) {
    const [local = '', remote = local] = spec.split(':', 2);
    if (!/^\d+$/.test(local) || !/^\d+$/.test(remote)) {
      return failure(
        `error: Error parsing local port '${local}': strconv.ParseUint: parsing "${local}": invalid syntax`,
        '포트는 내컴퓨터포트:원격포트 꼴의 숫자로 적습니다. 예: 8080:80.',
      );
    }
    // A Service's port 80 leads to its targetPort, the pods' 3000: kubectl names the pod port.
    const mapped = isService && remote === '80' ? '3000' : remote;
    if ((state.forwards ?? []).some((f) => f.local === Number(local))) {
      return failure(
        `Unable to listen on port ${local}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:${local}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:${local}: bind: address already in use]\nerror: unable to listen on any of the requested ports: [{${local} ${mapped}}]`,
        `${local}번 포트는 이미 다른 port-forward가 쓰고 있습니다. 다른 포트를 쓰거나(예: 8081:80), 그대로 curl localhost:${local}로 접속하세요.`,
      );
    }
    lines.push(`Forwarding from 127.0.0.1:${local} -> ${mapped}`, `Forwarding from [::1]:${local} -> ${mapped}`);
    events.push({ type: 'forward-port', local: Number(local), remote: Number(mapped), target });
    locals.push(Number(local));
  }
  const requestsOf = (s: ClusterState, local: number) => s.forwards?.find((f) => f.local === local)?.requests ?? 0;
  return {
    events,
    output: [
      ...stdout(lines.join('\n')),
      ...hint(
        `연결되어 있는 동안 이 명령은 계속 실행됩니다(Ctrl+C로 끝냅니다). 실제로는 다른 터미널이나 브라우저에서 http://localhost:${locals[0]}/up을 엽니다. 이 터미널에서는 끝에 &를 붙여 뒤에서 실행한 다음 curl localhost:${locals[0]}/up을 입력하세요.`,
      ),
    ],
    exitCode: 0,
    // kubectl prints a line for every connection it forwards.
    follow: (before, after) =>
      locals.flatMap((local) =>
        Array.from({ length: Math.max(0, requestsOf(after, local) - requestsOf(before, local)) }, () => ({
          stream: 'stdout' as const,
          text: `Handling connection for ${local}`,
        })),
      ),
    interrupt: locals.map((local) => ({ type: 'stop-forward' as const, local })),
  };
}

export function runConfig(argv: readonly string[]): Result {
  const [sub] = argv;
  if (sub === 'current-context') return success(stdout(CONTEXT));
  if (sub === 'get-contexts') {
    return success(
      stdout(
        tabwrite(['CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE', `*\t${CONTEXT}\tkubernetes\tkubernetes-admin\t`], TABLE).join(
          '\n',
        ),
      ),
    );
  }
  if (sub === undefined) return unsupported('kubectl config current-context나 kubectl config get-contexts를 써 보세요.');
  return failure(
    `error: unknown command "${sub}" for "kubectl config"`,
    'config 뒤에는 current-context, get-contexts 같은 하위 명령을 적습니다.',
  );
}

export function runVersion(argv: readonly string[]): Result {
  const parsed = parseFlags(
    [
      { name: 'client', kind: 'bool' },
      { name: 'output', short: 'o', kind: 'string' },
    ],
    argv,
  );
  if (!parsed.ok) return flagError('version', parsed.error);
  const client = [`Client Version: ${KUBERNETES_VERSION}`, `Kustomize Version: ${KUSTOMIZE_VERSION}`];
  return success(
    stdout([...client, ...(parsed.parsed.values.client === true ? [] : [`Server Version: ${KUBERNETES_VERSION}`])].join('\n')),
  );
}

export function runCreate(argv: readonly string[]): Result {
  const [what, kind, name] = argv;
  if (what === 'secret' && (kind === 'generic' || kind === 'docker-registry' || kind === 'tls')) {
    const parsed = parseFlags(
      [
        { name: 'from-literal', kind: 'list' },
        { name: 'from-file', kind: 'list' },
        { name: 'from-env-file', kind: 'list' },
        { name: 'docker-server', kind: 'string' },
        { name: 'docker-username', kind: 'string' },
        { name: 'docker-password', kind: 'string' },
        { name: 'docker-email', kind: 'string' },
        { name: 'namespace', short: 'n', kind: 'string' },
        { name: 'dry-run', kind: 'string' },
        { name: 'output', short: 'o', kind: 'string' },
      ],
      argv.slice(2),
    );
    if (!parsed.ok) return flagError(`create secret ${kind}`, parsed.error);
    const names = parsed.parsed.args;
    if (names.length !== 1) {
      return usageError(
        `create secret ${kind}`,
        `exactly one NAME is required, got ${names.length}`,
        '시크릿 이름을 하나 적으세요. 예: kubectl create secret generic web-secrets --from-literal=키=값.',
      );
    }
    if (name === 'web-secrets' || name === 'regcred') {
      return failure(
        `error: failed to create secret secrets "${name}" already exists`,
        `이 연습 클러스터는 본문의 준비를 마친 상태로 시작해 ${name} 시크릿이 이미 있습니다. 값을 바꾸려면 실제 클러스터에서 kubectl delete secret ${name} 후 다시 만듭니다.`,
      );
    }
    return unsupported('이 연습 클러스터는 본문의 시크릿 web-secrets와 regcred만 시뮬레이션합니다.');
  }
  return unsupported(
    '이 연습 클러스터에서는 kubectl create로 새 오브젝트를 만들 수 없습니다. 본문의 오브젝트는 이미 적용되어 있습니다(kubectl get all).',
  );
}
