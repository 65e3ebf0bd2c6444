import { LOAD_MAX, LOG_LENGTH, MAX_SCALE } from './config';
import { applyManifest } from './manifest-apply';
import { rolloutTo } from './revisions';
import { isBuiltIn } from './templates';
import { autoscale } from './horizontal-pod-autoscaler';
import { crashContainer, kubeletSync } from './kubelet';
import { failNode, monitorNodes, recoverNode } from './node-lifecycle';
import { isActive, nodeOf } from './pod-queries';
import { reconcileReplicaSets } from './replicaset-reconcile';
import { rollingUpdate } from './rolling-update';
import { schedule } from './scheduler';
import { balanceLoad } from './service-load-balancer';
import type { ClusterEvent, ClusterState, Note, Step } from './types';

type Controller = (state: ClusterState, now: number) => Step;

// One tick runs the control loops in the order their effects flow: containers start and stop,
// the node controller checks heartbeats, the autoscaler sets replicas, the Deployment sizes its
// ReplicaSets, ReplicaSets create or delete pods, the scheduler binds new pods, and the Service
// routes this second's requests. Real controllers run concurrently and watch for changes; a fixed
// order keeps the run replayable.
const controllers: Controller[] = [
  kubeletSync,
  monitorNodes,
  autoscale,
  rollingUpdate,
  reconcileReplicaSets,
  schedule,
  balanceLoad,
];

/** The whole simulation: the next state after `event` at simulated second `now`. Pure; a rejected event returns `state`. */
export function transition(state: ClusterState, event: ClusterEvent, now: number): ClusterState {
  const step = apply(state, event, now);
  if (step.state === state) return state;
  return record(state, step, now, event.type !== 'tick');
}

function apply(state: ClusterState, event: ClusterEvent, now: number): Step {
  const unchanged = { state, notes: [] };
  switch (event.type) {
    case 'tick': {
      let current: ClusterState = { ...state, time: Math.max(state.time, now) };
      const notes: Note[] = [];
      for (const controller of controllers) {
        const step = controller(current, now);
        current = step.state;
        notes.push(...step.notes);
      }
      return { state: current, notes };
    }
    case 'set-load': {
      const rps = Math.round(Math.min(LOAD_MAX, Math.max(0, event.rps)));
      if (!Number.isFinite(rps) || rps === state.load) return unchanged;
      return { state: { ...state, load: rps }, notes: [{ kind: 'load-set', rps, rose: rps > state.load }] };
    }
    case 'crash-pod': {
      const pod = state.pods.find((p) => p.name === event.pod);
      // Only a running container can be killed, and only on a machine that runs.
      if (!pod || pod.status !== 'Running' || nodeOf(state, pod)?.up !== true) return unchanged;
      const crashed = crashContainer(pod, now);
      return {
        state: { ...state, pods: state.pods.map((p) => (p === pod ? crashed : p)) },
        notes: [{ kind: 'container-killed', pod: pod.name, wait: crashed.restartAt - now, streak: crashed.crashStreak }],
      };
    }
    case 'delete-pod': {
      const pod = state.pods.find((p) => p.name === event.pod);
      if (!pod || !isActive(pod)) return unchanged;
      const nodeUp = pod.node === null || nodeOf(state, pod)?.up === true;
      const deleted = { ...pod, status: 'Terminating' as const, ready: false, servedRps: 0, since: now };
      return {
        state: { ...state, pods: state.pods.map((p) => (p === pod ? deleted : p)) },
        notes: [{ kind: 'pod-deleted', pod: pod.name, nodeUp }],
      };
    }
    case 'fail-node':
      return failNode(state, event.node, now);
    case 'recover-node':
      return recoverNode(state, event.node, now);
    case 'deploy-version': {
      const { deployment } = state;
      if (deployment.version === event.version) return unchanged;
      const known = isBuiltIn(event.version) || state.templates?.[event.version] !== undefined;
      if (!known && !event.template) return unchanged;
      const withTemplate =
        known || !event.template ? state : { ...state, templates: { ...state.templates, [event.version]: event.template } };
      return {
        state: { ...withTemplate, deployment: rolloutTo(withTemplate, event.version, now) },
        notes: [{ kind: 'version-set', version: event.version, from: deployment.version }],
      };
    }
    case 'scale': {
      const replicas = Math.trunc(event.replicas);
      if (!Number.isSafeInteger(replicas) || replicas < 1 || replicas > MAX_SCALE || replicas === state.deployment.replicas)
        return unchanged;
      return {
        state: { ...state, deployment: { ...state.deployment, replicas } },
        notes: [{ kind: 'replicas-set', from: state.deployment.replicas, to: replicas }],
      };
    }
    case 'cordon':
    case 'uncordon': {
      const cordoned = event.type === 'cordon';
      const node = state.nodes.find((n) => n.name === event.node);
      if (!node || (node.cordoned ?? false) === cordoned) return unchanged;
      return {
        state: { ...state, nodes: state.nodes.map((n) => (n === node ? { ...n, cordoned } : n)) },
        notes: [{ kind: 'cordoned', node: node.name, cordoned }],
      };
    }
    case 'drain': {
      // Cordon, then evict every pod on the node through the Eviction API (no PodDisruptionBudget
      // here, so none is refused): each one shuts down gracefully and its ReplicaSet replaces it.
      const node = state.nodes.find((n) => n.name === event.node);
      if (!node) return unchanged;
      const evicted = state.pods.filter((pod) => pod.node === node.name && isActive(pod));
      if (node.cordoned && evicted.length === 0) return unchanged;
      const gone = new Set(evicted);
      return {
        state: {
          ...state,
          nodes: state.nodes.map((n) => (n === node ? { ...n, cordoned: true } : n)),
          pods: state.pods.map((pod) =>
            gone.has(pod) ? { ...pod, status: 'Terminating' as const, ready: false, servedRps: 0, since: now } : pod,
          ),
        },
        notes: [{ kind: 'drained', node: node.name, pods: evicted.length }],
      };
    }
    case 'write-manifest': {
      const file = state.files?.[event.file];
      if (file && file.text === event.text) return unchanged;
      // Typing is not an action on the cluster: it changes the file and says nothing.
      return {
        state: { ...state, files: { ...state.files, [event.file]: { text: event.text, check: event.check } } },
        notes: [],
      };
    }
    case 'apply-manifest':
      return applyManifest(state, event, now);
    case 'forward-port': {
      const forwards = state.forwards ?? [];
      if (forwards.some((f) => f.local === event.local)) return unchanged;
      const forward = { local: event.local, remote: event.remote, target: event.target, requests: 0 };
      return { state: { ...state, forwards: [...forwards, forward] }, notes: [] };
    }
    case 'stop-forward': {
      const forwards = state.forwards ?? [];
      if (!forwards.some((f) => f.local === event.local)) return unchanged;
      return { state: { ...state, forwards: forwards.filter((f) => f.local !== event.local) }, notes: [] };
    }
    case 'forwarded-request': {
      const forwards = state.forwards ?? [];
      if (!forwards.some((f) => f.local === event.local)) return unchanged;
      const counted = forwards.map((f) => (f.local === event.local ? { ...f, requests: f.requests + 1 } : f));
      return { state: { ...state, forwards: counted }, notes: [] };
    }
    case 'rollback': {
      const { deployment } = state;
      if (deployment.previousVersion === null) return unchanged;
      const to = deployment.previousVersion;
      const from = deployment.version;
      const next = { ...state, deployment: rolloutTo(state, to, now) };
      const unreadyFrom = state.pods.filter((pod) => pod.version === from && isActive(pod) && !pod.ready).length;
      // What the controllers will do with the unready pods on the next tick, worked out by running
      // it (the autoscaler may resize things first), so the narration promises only that.
      const terminating = (s: ClusterState) =>
        s.pods.filter((pod) => pod.version === from && pod.status === 'Terminating').length;
      const cleanedAtOnce = Math.min(unreadyFrom, terminating(apply(next, { type: 'tick' }, now + 1).state) - terminating(next));
      return { state: next, notes: [{ kind: 'rolled-back', to, from, unreadyFrom, cleanedAtOnce, againTo: from }] };
    }
  }
}

// Notes worth announcing: a reader's action, and what the machine finally did about it. The
// sub-steps between (a pod created, bound, ready) go to the record only, so the live narration
// changes once per action or outcome, not several times a second.
const outcomes = new Set<Note['kind']>([
  'restarted',
  'scale-down-waiting',
  'at-max',
  'scale-settled',
  'unschedulable',
  'node-not-ready',
  'evicted',
  'rollout-complete',
  'rollout-stalled',
  'overload',
  'blackhole',
  'no-pods-serving',
  'image-pull-failed',
]);

function worthAnnouncing(before: ClusterState, notes: readonly Note[]): boolean {
  return notes.some((note) => {
    if (outcomes.has(note.kind)) return true;
    // The first change of a scale-out or scale-in; the steps after it until it settles are sub-steps.
    if (note.kind === 'scaled') return !before.autoscaler.settling;
    // A deleted pod's replacement: the lesson of 파드 삭제.
    if (note.kind === 'created') return before.headline?.notes.some((n) => n.kind === 'pod-deleted') === true;
    return false;
  });
}

function record(before: ClusterState, { state, notes }: Step, now: number, byReader: boolean): ClusterState {
  if (notes.length === 0) return state;
  const log = [...state.log, ...notes.map((note) => ({ time: now, note }))].slice(-LOG_LENGTH);
  const announce = byReader || worthAnnouncing(before, notes);
  return { ...state, log, headline: announce ? { time: now, notes } : state.headline };
}
