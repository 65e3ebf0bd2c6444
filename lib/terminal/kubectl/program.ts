import { NODE_NAMES, type ClusterEvent, type ClusterState } from '@/lib/simulations/orchestrator';
import { editDistance } from '@/lib/edit-distance';
import type { Program, ShellContext } from '../program';
import { runApply } from './apply';
import { runExplain } from './explain';
import { GET_FLAGS, runGet } from './get';
import { runConfig, runCreate, runDescribe, runLogs, runPortForward, runTop, runVersion } from './inspect';
import { runCordon, runDelete, runDrain, runRollout, runScale, runSetImage } from './mutate';
import { failure, stdout, success, unsupported, type Result } from './output';
import { RESOURCE_TYPES } from './resources';

// The `kubectl` program: the first word picks the command, as cobra does, and everything else is
// the command's. kubectl's commands in the order kubectl registers them, which is also the order
// of its "Did you mean this?" suggestions (cobra's Levenshtein distance ≤ 2, or a prefix).
const COMMANDS = [
  'create',
  'expose',
  'run',
  'set',
  'explain',
  'get',
  'edit',
  'delete',
  'rollout',
  'scale',
  'autoscale',
  'certificate',
  'cluster-info',
  'top',
  'cordon',
  'uncordon',
  'drain',
  'taint',
  'describe',
  'logs',
  'attach',
  'exec',
  'port-forward',
  'proxy',
  'cp',
  'auth',
  'debug',
  'events',
  'diff',
  'apply',
  'patch',
  'replace',
  'wait',
  'kustomize',
  'label',
  'annotate',
  'completion',
  'alpha',
  'config',
  'plugin',
  'version',
  'api-versions',
  'api-resources',
  'options',
] as const;

type Handler = (state: ClusterState, argv: readonly string[], context: ShellContext) => Result;

const HANDLERS: Partial<Record<(typeof COMMANDS)[number], Handler>> = {
  get: (state, argv, context) => runGet(state, argv, context.now),
  // `kubectl events` lists what `get events` does, oldest first.
  events: (state, argv, context) => runGet(state, ['events', '--sort-by=.lastTimestamp', ...argv], context.now),
  describe: (state, argv, context) => runDescribe(state, argv, context.now),
  apply: (state, argv, context) => runApply(state, argv, context.cwd),
  delete: (state, argv) => runDelete(state, argv),
  scale: (state, argv) => runScale(state, argv),
  set: (state, argv) => {
    const [sub, ...rest] = argv;
    if (sub === 'image') return runSetImage(state, rest);
    if (sub === undefined) return unsupported('kubectl set image deployment/web web=<이미지>처럼 씁니다.');
    return unsupported(`이 터미널의 set은 image만 지원합니다(실제 kubectl에는 env, resources 등도 있습니다).`);
  },
  rollout: (state, argv) => runRollout(state, argv),
  cordon: (state, argv) => runCordon(state, argv, true),
  uncordon: (state, argv) => runCordon(state, argv, false),
  drain: (state, argv) => runDrain(state, argv),
  logs: (state, argv) => runLogs(state, argv),
  top: (state, argv) => runTop(state, argv),
  'port-forward': (state, argv) => runPortForward(state, argv),
  explain: (_state, argv) => runExplain(argv),
  config: (_state, argv) => runConfig(argv),
  version: (_state, argv) => runVersion(argv),
  create: (_state, argv) => runCreate(argv),
};

const SUPPORTED = Object.keys(HANDLERS).sort();

export function suggestionsFor(typed: string): string[] {
  const lower = typed.toLowerCase();
  return COMMANDS.filter((name) => editDistance(lower, name) <= 2 || name.startsWith(lower));
}

const closest = (typed: string, words: readonly string[]) =>
  [...words].sort((a, b) => editDistance(typed, a) - editDistance(typed, b))[0] ?? '';

function unknownCommand(word: string): Result {
  const suggestions = suggestionsFor(word);
  const text =
    suggestions.length > 0
      ? `error: unknown command "${word}" for "kubectl"\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}`).join('\n')}`
      : `error: unknown command "${word}" for "kubectl"`;
  return failure(
    text,
    suggestions.length > 0
      ? `kubectl에 "${word}"라는 명령은 없습니다. 오타라면 kubectl ${closest(word, suggestions)}처럼 다시 입력해 보세요.`
      : `kubectl에 "${word}"라는 명령은 없습니다. 이 터미널에서 쓸 수 있는 명령: ${SUPPORTED.join(', ')}.`,
  );
}

const USAGE = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  set             Set specific features on objects

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment, replica set, or replication controller

Cluster Management Commands:
  top             Display resource (CPU/memory) usage
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  port-forward    Forward one or more local ports to a pod

Advanced Commands:
  apply           Apply a configuration to a resource by file name or stdin

Settings Commands:
  config          Modify kubeconfig files
  version         Print the client and server version information`;

/** Global flags may come before the command (`kubectl -n default get pods`): they move after it. */
function hoistGlobalFlags(argv: readonly string[]): { argv: readonly string[]; error?: string } {
  const moved: string[] = [];
  let index = 0;
  while (index < argv.length && (argv[index] ?? '').startsWith('-')) {
    const word = argv[index] ?? '';
    if (word === '-n' || word === '--namespace') {
      const value = argv[index + 1];
      if (value === undefined)
        return { argv, error: word === '-n' ? "flag needs an argument: 'n' in -n" : 'flag needs an argument: --namespace' };
      moved.push(word, value);
      index += 2;
    } else if (word.startsWith('--namespace=') || (word.startsWith('-n') && word.length > 2)) {
      moved.push(word);
      index += 1;
    } else {
      return {
        argv,
        error: word.startsWith('--')
          ? `unknown flag: ${word.split('=')[0]}`
          : `unknown shorthand flag: '${word[1] ?? ''}' in ${word}`,
      };
    }
  }
  const [command, ...rest] = argv.slice(index);
  return { argv: command === undefined ? [] : [command, ...moved, ...rest] };
}

export function runKubectl(state: ClusterState, argv: readonly string[], context: ShellContext): Result {
  const hoisted = hoistGlobalFlags(argv);
  if (hoisted.error) return rootFlagError(hoisted.error);
  const [command, ...rest] = hoisted.argv;
  if (command === undefined) return success(stdout(USAGE));
  if (command === 'help' || command === '--help' || command === '-h') return success(stdout(USAGE));
  const handler = (HANDLERS as Record<string, Handler | undefined>)[command];
  if (handler) return handler(state, rest, context);
  if ((COMMANDS as readonly string[]).includes(command)) {
    return unsupported(`이 연습 터미널은 kubectl ${command} 명령을 지원하지 않습니다. 쓸 수 있는 명령: ${SUPPORTED.join(', ')}.`);
  }
  return unknownCommand(command);
}

function rootFlagError(message: string): Result {
  return failure(
    `error: ${message}\nSee 'kubectl --help' for usage.`,
    'kubectl에는 그런 옵션이 없습니다. 명령 이름을 먼저 적고 옵션은 그 뒤에 적어 보세요(예: kubectl get pods -n default).',
  );
}

// Completion: commands, then resource types, then the names in the cluster now.
const FLAG_WORDS: Record<string, readonly string[]> = {
  get: GET_FLAGS.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]),
  scale: ['--replicas'],
  logs: ['--previous', '--follow', '--tail', '-p', '-f'],
  apply: ['-f', '--filename'],
  rollout: ['status', 'history', 'undo'],
  set: ['image'],
  top: ['pods', 'nodes'],
  config: ['current-context', 'get-contexts'],
};

export function completeKubectl(state: ClusterState, argv: readonly string[]): readonly string[] {
  const last = argv.at(-1) ?? '';
  const before = argv.slice(0, -1);
  const command = before[0];
  const starts = (words: readonly string[]) => [...new Set(words)].filter((word) => word.startsWith(last));
  if (before.length === 0) return starts(SUPPORTED);
  if (last.startsWith('-')) return starts(FLAG_WORDS[command ?? ''] ?? []);
  const previous = before.at(-1) ?? '';
  const pods = state.pods.map((pod) => pod.name);
  if (command === 'logs' || command === 'port-forward') return starts([...pods, 'deployment/web', 'service/web']);
  if (command === 'cordon' || command === 'uncordon' || command === 'drain') return starts([...NODE_NAMES]);
  if (command === 'apply' && (previous === '-f' || previous === '--filename'))
    return starts(['configmap.yaml', 'deployment.yaml', 'service.yaml', 'hpa.yaml']);
  if ((command === 'rollout' || command === 'set') && before.length === 1) return starts(FLAG_WORDS[command] ?? []);
  if (command === 'top' && before.length === 1) return starts(FLAG_WORDS.top ?? []);
  if (command === 'config' && before.length === 1) return starts(FLAG_WORDS.config ?? []);
  if (
    command === 'get' ||
    command === 'describe' ||
    command === 'delete' ||
    command === 'scale' ||
    command === 'rollout' ||
    command === 'set'
  ) {
    if (['pod', 'pods', 'po'].includes(previous)) return starts(pods);
    if (['node', 'nodes', 'no'].includes(previous)) return starts([...NODE_NAMES]);
    if (['deployment', 'deployments', 'deploy', 'svc', 'service', 'hpa'].includes(previous)) return starts(['web']);
    if (last.includes('/')) {
      const [type = ''] = last.split('/');
      const names = ['pod', 'pods', 'po'].includes(type)
        ? pods
        : ['node', 'nodes', 'no'].includes(type)
          ? [...NODE_NAMES]
          : ['web'];
      return starts(names.map((name) => `${type}/${name}`));
    }
    return starts(RESOURCE_TYPES.flatMap((type) => type.names.filter((name) => !name.includes('.'))));
  }
  return [];
}

export const kubectl: Program<ClusterState, ClusterEvent> = {
  name: 'kubectl',
  run: runKubectl,
  complete: completeKubectl,
};
