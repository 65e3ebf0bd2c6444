import {
  EVICTION_TOLERATION,
  NODE_ALLOCATABLE,
  POD_REQUESTS,
  cpuRequestOf,
  isActive,
  replicaSetNameOf,
  resolveStrategy,
  specOf,
  templateOf,
  type ClusterState,
  type NodeName,
  type Pod,
} from '@/lib/simulations/orchestrator';
import { eventsOf } from './events';
import { POD_LIMITS } from './objects';
import { age, deploymentStatus, hpaUtilization, replicaSetStatus, revisionOf } from './views';
import { DESCRIBE, tabwrite } from './tabwriter';
import {
  APPLIED_AT,
  CONTAINER,
  KUBERNETES_VERSION,
  NAMESPACE,
  NODES_JOINED_AT,
  SERVICE_IP,
  describeTime,
  hashOf,
  imageOf,
  nodeIndex,
  nodeIp,
  podIp,
  podLabels,
} from './world-facts';

// `kubectl describe`, laid out as kubernetes/kubectl pkg/describe/describe.go writes it: one
// tabwriter over the whole text (so consecutive tabbed lines align as blocks), two spaces a level,
// and the Events table last.

const hex64 = (seed: string) =>
  Array.from({ length: 8 }, (_, i) => hashOf(`${seed}/${i}`).toString(16).padStart(8, '0')).join('');

function labelLines(key: string, labels: Readonly<Record<string, string>>): string[] {
  const entries = Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return [`${key}\t<none>`];
  return entries.map(([k, v], i) => `${i === 0 ? key : ''}\t${k}=${v}`);
}

function eventLines(state: ClusterState, now: number, object: string): string[] {
  const events = eventsOf(state, now, object);
  if (events.length === 0) return ['Events:\t<none>'];
  return [
    'Events:',
    '  Type\tReason\tAge\tFrom\tMessage',
    '  ----\t------\t----\t----\t-------',
    ...events.map((e) => `  ${e.type}\t${e.reason}\t${age(now, e.time)}\t${e.source}\t${e.message}`),
  ];
}

/** describe's probe line for the template's readiness probe (periodSeconds 5, the other fields at their defaults). */
function readiness(state: ClusterState, version: Pod['version']): string[] {
  const { readinessPath, readinessPort } = templateOf(state, version);
  if (readinessPath === '') return [];
  return [
    `    Readiness:\thttp-get http://:${readinessPort}${readinessPath} delay=0s timeout=1s period=5s #success=1 #failure=3`,
  ];
}

function containerState(pod: Pod): string[] {
  const crashed = pod.lastTerminatedAt !== undefined;
  const last = crashed
    ? [
        '    Last State:\tTerminated',
        '      Reason:\tError',
        '      Exit Code:\t137',
        `      Started:\t${describeTime(Math.max(pod.createdAt, (pod.lastTerminatedAt ?? 0) - 1))}`,
        `      Finished:\t${describeTime(pod.lastTerminatedAt ?? 0)}`,
      ]
    : [];
  switch (pod.status) {
    case 'Pending':
      return [];
    case 'ContainerCreating':
      return ['    State:\tWaiting', '      Reason:\tContainerCreating', ...last];
    case 'Running':
    case 'Terminating':
      return ['    State:\tRunning', `      Started:\t${describeTime(pod.since)}`, ...last];
    case 'Error':
      return [
        '    State:\tTerminated',
        '      Reason:\tError',
        '      Exit Code:\t137',
        `      Started:\t${describeTime(pod.createdAt)}`,
        `      Finished:\t${describeTime(pod.since)}`,
      ];
    case 'CrashLoopBackOff':
      return ['    State:\tWaiting', '      Reason:\tCrashLoopBackOff', ...last];
    case 'ErrImagePull':
    case 'ImagePullBackOff':
      return ['    State:\tWaiting', `      Reason:\t${pod.status}`];
  }
}

/** Whether the container ever started (describe prints its ID only then). */
function ran(pod: Pod): boolean {
  return pod.status !== 'ContainerCreating' && pod.status !== 'ErrImagePull' && pod.status !== 'ImagePullBackOff';
}

export function describePod(state: ClusterState, pod: Pod, now: number): string[] {
  const ip = podIp(pod);
  const volume = `kube-api-access-${pod.name.slice(-5)}`;
  const bound = pod.node !== null;
  const started = bound && pod.status !== 'Pending';
  const condition = (value: boolean) => (value ? 'True ' : 'False ');
  const lines = [
    `Name:\t${pod.name}`,
    `Namespace:\t${NAMESPACE}`,
    'Priority:\t0',
    'Service Account:\tdefault',
    `Node:\t${pod.node ? `${pod.node}/${nodeIp(pod.node)}` : '<none>'}`,
    ...(bound ? [`Start Time:\t${describeTime(pod.createdAt)}`] : []),
    ...labelLines('Labels:', podLabels(pod, state)),
    'Annotations:\t<none>',
    `Status:\t${pod.status === 'Terminating' ? 'Terminating (lasts <invalid>)' : pod.status === 'Pending' || pod.status === 'ContainerCreating' || pod.status === 'ErrImagePull' || pod.status === 'ImagePullBackOff' ? 'Pending' : 'Running'}`,
    ...(pod.status === 'Terminating' ? ['Termination Grace Period:\t30s'] : []),
    `IP:\t${ip ?? ''}`,
    ...(ip ? ['IPs:', `  IP:\t${ip}`] : ['IPs:\t<none>']),
    `Controlled By:\tReplicaSet/${replicaSetNameOf(state, pod.version)}`,
    'Containers:',
    `  ${CONTAINER}:`,
    ...(started && ran(pod) ? [`    Container ID:\tcontainerd://${hex64(`${pod.name}/${pod.restarts}`)}`] : []),
    `    Image:\t${imageOf(pod.version, state)}`,
    ...(started && ran(pod) ? [`    Image ID:\tsha256:${hex64(imageOf(pod.version, state))}`] : []),
    '    Port:\t3000/TCP',
    '    Host Port:\t0/TCP',
    ...containerState(pod),
    ...(bound ? [`    Ready:\t${pod.ready ? 'True' : 'False'}`, `    Restart Count:\t${pod.restarts}`] : []),
    '    Limits:',
    `      cpu:\t${POD_LIMITS.cpu}`,
    '    Requests:',
    `      cpu:\t${cpuRequestOf(state, pod.version)}m`,
    `      memory:\t${POD_REQUESTS.memory}Mi`,
    ...readiness(state, pod.version),
    '    Environment Variables from:',
    '      web-config\tConfigMap\tOptional: false',
    '      web-secrets\tSecret\tOptional: false',
    '    Environment:\t<none>',
    '    Mounts:',
    `      /var/run/secrets/kubernetes.io/serviceaccount from ${volume} (ro)`,
    'Conditions:',
    '  Type\tStatus',
    ...(bound
      ? [
          `  PodReadyToStartContainers \t${condition(started && pod.status !== 'ContainerCreating')}`,
          `  Initialized \t${condition(true)}`,
        ]
      : []),
    ...(bound ? [`  Ready \t${condition(pod.ready)}`, `  ContainersReady \t${condition(pod.ready)}`] : []),
    `  PodScheduled \t${condition(bound)}`,
    'Volumes:',
    `  ${volume}:`,
    '    Type:\tProjected (a volume that contains injected data from multiple sources)',
    '    TokenExpirationSeconds:\t3607',
    '    ConfigMapName:\tkube-root-ca.crt',
    '    Optional:\tfalse',
    '    DownwardAPI:\ttrue',
    'QoS Class:\tBurstable',
    'Node-Selectors:\t<none>',
    `Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for ${EVICTION_TOLERATION.real}s`,
    `\tnode.kubernetes.io/unreachable:NoExecute op=Exists for ${EVICTION_TOLERATION.real}s`,
    ...eventLines(state, now, `pod/${pod.name}`),
  ];
  return tabwrite(lines, DESCRIBE);
}

export function describeDeployment(state: ClusterState, now: number): string[] {
  const status = deploymentStatus(state);
  const { deployment } = state;
  const newRs = state.replicaSets.find((rs) => rs.version === deployment.version);
  const old = state.replicaSets.filter((rs) => rs.version !== deployment.version && rs.replicas > 0);
  const rsLine = (rs: (typeof state.replicaSets)[number]) => {
    const s = replicaSetStatus(state, rs);
    return `${rs.name} (${s.current}/${s.desired} replicas created)`;
  };
  // status.unavailableReplicas: the ReplicaSets' spec.replicas summed, less the available pods (never below 0).
  const unavailable = Math.max(0, state.replicaSets.reduce((sum, rs) => sum + rs.replicas, 0) - status.available);
  const strategy = resolveStrategy(specOf(state), status.desired);
  const available = status.available >= status.desired - strategy.unavailable;
  const progressing =
    deployment.rolloutStartedAt === null
      ? 'True\tNewReplicaSetAvailable'
      : deployment.stallReported
        ? 'False\tProgressDeadlineExceeded'
        : 'True\tReplicaSetUpdated';
  const lines = [
    'Name:\tweb',
    `Namespace:\t${NAMESPACE}`,
    `CreationTimestamp:\t${describeTime(APPLIED_AT)}`,
    'Labels:\tapp=web',
    `Annotations:\tdeployment.kubernetes.io/revision: ${revisionOf(state, deployment.version) ?? 1}`,
    'Selector:\tapp=web',
    `Replicas:\t${status.desired} desired | ${status.updated} updated | ${status.replicas} total | ${status.available} available | ${unavailable} unavailable`,
    'StrategyType:\tRollingUpdate',
    'MinReadySeconds:\t0',
    `RollingUpdateStrategy:\t${specOf(state).maxUnavailable} max unavailable, ${specOf(state).maxSurge} max surge`,
    'Pod Template:',
    '  Labels:\tapp=web',
    '  Containers:',
    `   ${CONTAINER}:`,
    `    Image:\t${imageOf(deployment.version, state)}`,
    '    Port:\t3000/TCP',
    '    Host Port:\t0/TCP',
    '    Limits:',
    `      cpu:\t${POD_LIMITS.cpu}`,
    '    Requests:',
    `      cpu:\t${cpuRequestOf(state, deployment.version)}m`,
    `      memory:\t${POD_REQUESTS.memory}Mi`,
    ...readiness(state, deployment.version),
    '    Environment Variables from:',
    '      web-config\tConfigMap\tOptional: false',
    '      web-secrets\tSecret\tOptional: false',
    '    Environment:\t<none>',
    '    Mounts:\t<none>',
    '  Volumes:\t<none>',
    '  Node-Selectors:\t<none>',
    '  Tolerations:\t<none>',
    'Conditions:',
    '  Type\tStatus\tReason',
    '  ----\t------\t------',
    `  Available \t${available ? 'True\tMinimumReplicasAvailable' : 'False\tMinimumReplicasUnavailable'}`,
    `  Progressing \t${progressing}`,
    `OldReplicaSets:\t${old.length === 0 ? '<none>' : old.map(rsLine).join(', ')}`,
    `NewReplicaSet:\t${newRs ? rsLine(newRs) : '<none>'}`,
    ...eventLines(state, now, 'deployment/web'),
  ];
  return tabwrite(lines, DESCRIBE);
}

const percent = (part: number, whole: number) => Math.floor((part / whole) * 100);
const cpuText = (millicores: number) => (millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`);
const memoryText = (mebibytes: number) => (mebibytes % 1024 === 0 ? `${mebibytes / 1024}Gi` : `${mebibytes}Mi`);

export function describeNode(state: ClusterState, name: NodeName, now: number): string[] {
  const node = state.nodes.find((n) => n.name === name)!;
  const pods = state.pods.filter((pod) => pod.node === name);
  const taints = [
    ...(node.condition === 'NotReady'
      ? ['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule']
      : []),
    ...(node.cordoned ? ['node.kubernetes.io/unschedulable:NoSchedule'] : []),
  ];
  const heartbeat = describeTime(node.up ? now : node.since);
  const unknown = node.condition === 'NotReady';
  const pressure = (type: string, reason: string, message: string) =>
    unknown
      ? `  ${type}\tUnknown\t${heartbeat}\t${describeTime(node.since)}\tNodeStatusUnknown\tKubelet stopped posting node status.`
      : `  ${type}\tFalse\t${heartbeat}\t${describeTime(NODES_JOINED_AT)}\t${reason}\t${message}`;
  const cpu = pods.reduce((sum, pod) => sum + cpuRequestOf(state, pod.version), 0);
  const memory = pods.length * POD_REQUESTS.memory;
  const limits = pods.length * Number(POD_LIMITS.cpu) * 1000;
  const lines = [
    `Name:\t${name}`,
    'Roles:\t<none>',
    ...labelLines('Labels:', { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' }),
    'Annotations:\tnode.alpha.kubernetes.io/ttl: 0',
    `CreationTimestamp:\t${describeTime(NODES_JOINED_AT)}`,
    ...(taints.length === 0 ? ['Taints:\t<none>'] : taints.map((t, i) => `${i === 0 ? 'Taints:' : ''}\t${t}`)),
    `Unschedulable:\t${node.cordoned ? 'true' : 'false'}`,
    'Conditions:',
    '  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage',
    '  ----\t------\t-----------------\t------------------\t------\t-------',
    pressure('MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    pressure('DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    pressure('PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    unknown
      ? `  Ready\tUnknown\t${heartbeat}\t${describeTime(node.since)}\tNodeStatusUnknown\tKubelet stopped posting node status.`
      : `  Ready\tTrue\t${heartbeat}\t${describeTime(node.since)}\tKubeletReady\tkubelet is posting ready status`,
    'Addresses:',
    `  InternalIP:\t${nodeIp(name)}`,
    `  Hostname:\t${name}`,
    'Capacity:',
    `  cpu:\t${cpuText(NODE_ALLOCATABLE.cpu)}`,
    `  memory:\t${NODE_ALLOCATABLE.memory * 1024}Ki`,
    '  pods:\t110',
    'Allocatable:',
    `  cpu:\t${cpuText(NODE_ALLOCATABLE.cpu)}`,
    `  memory:\t${NODE_ALLOCATABLE.memory * 1024}Ki`,
    '  pods:\t110',
    'System Info:',
    `  Kernel Version:\t6.8.0-88-generic`,
    '  OS Image:\tUbuntu 24.04.3 LTS',
    '  Operating System:\tlinux',
    '  Architecture:\tamd64',
    '  Container Runtime Version:\tcontainerd://2.1.4',
    `  Kubelet Version:\t${KUBERNETES_VERSION}`,
    `PodCIDR:\t10.244.${nodeIndex(name) + 1}.0/24`,
    `PodCIDRs:\t10.244.${nodeIndex(name) + 1}.0/24`,
    `Non-terminated Pods:\t(${pods.length} in total)`,
    ...(pods.length === 0
      ? []
      : [
          '  Namespace\tName\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge',
          '  ---------\t----\t------------\t----------\t---------------\t-------------\t---',
          ...pods.map(
            (pod) =>
              `  ${NAMESPACE}\t${pod.name}\t${cpuRequestOf(state, pod.version)}m (${percent(cpuRequestOf(state, pod.version), NODE_ALLOCATABLE.cpu)}%)\t${POD_LIMITS.cpu} (${percent(Number(POD_LIMITS.cpu) * 1000, NODE_ALLOCATABLE.cpu)}%)\t${POD_REQUESTS.memory}Mi (${percent(POD_REQUESTS.memory, NODE_ALLOCATABLE.memory)}%)\t0 (0%)\t${age(now, pod.createdAt)}`,
          ),
        ]),
    'Allocated resources:',
    '  (Total limits may be over 100 percent, i.e., overcommitted.)',
    '  Resource\tRequests\tLimits',
    '  --------\t--------\t------',
    `  cpu\t${cpuText(cpu)} (${percent(cpu, NODE_ALLOCATABLE.cpu)}%)\t${cpuText(limits)} (${percent(limits, NODE_ALLOCATABLE.cpu)}%)`,
    `  memory\t${memory === 0 ? '0' : memoryText(memory)} (${percent(memory, NODE_ALLOCATABLE.memory)}%)\t0 (0%)`,
    '  ephemeral-storage\t0 (0%)\t0 (0%)',
    ...eventLines(state, now, `node/${name}`),
  ];
  return tabwrite(lines, DESCRIBE);
}

export function describeService(state: ClusterState): string[] {
  const endpoints = state.pods
    .filter((pod) => isActive(pod) && pod.ready && state.nodes.find((n) => n.name === pod.node)?.condition === 'Ready')
    .map((pod) => `${podIp(pod)}:3000`);
  const lines = [
    'Name:\tweb',
    `Namespace:\t${NAMESPACE}`,
    'Labels:\t<none>',
    'Annotations:\t<none>',
    'Selector:\tapp=web',
    'Type:\tClusterIP',
    'IP Family Policy:\tSingleStack',
    'IP Families:\tIPv4',
    `IP:\t${SERVICE_IP}`,
    `IPs:\t${SERVICE_IP}`,
    'Port:\t<unset>  80/TCP',
    'TargetPort:\t3000/TCP',
    `Endpoints:\t${endpoints.length === 0 ? '' : endpoints.slice(0, 3).join(',') + (endpoints.length > 3 ? ` + ${endpoints.length - 3} more...` : '')}`,
    'Session Affinity:\tNone',
    'Internal Traffic Policy:\tCluster',
    'Events:\t<none>',
  ];
  return tabwrite(lines, DESCRIBE);
}

export function describeHpa(state: ClusterState, now: number): string[] {
  const value = hpaUtilization(state);
  const lines = [
    'Name:\tweb',
    `Namespace:\t${NAMESPACE}`,
    'Labels:\t<none>',
    'Annotations:\t<none>',
    `CreationTimestamp:\t${describeTime(APPLIED_AT)}`,
    'Reference:\tDeployment/web',
    'Metrics:\t( current / target )',
    `  resource cpu on pods  (as a percentage of request):\t${value === null ? '<unknown>' : `${value}% (${Math.round((value / 100) * cpuRequestOf(state, state.deployment.version))}m)`} / ${specOf(state).targetUtilization}%`,
    `Min replicas:\t${specOf(state).minReplicas}`,
    `Max replicas:\t${specOf(state).maxReplicas}`,
    `Deployment pods:\t${deploymentStatus(state).replicas} current / ${state.deployment.replicas} desired`,
    ...eventLines(state, now, 'horizontalpodautoscaler/web'),
  ];
  return tabwrite(lines, DESCRIBE);
}
