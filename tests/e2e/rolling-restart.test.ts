import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { parse } from 'yaml';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freePort } from './free-port';
import { startNginx } from './nginx';

const servedByNginx = inject('serverKind') === 'nginx';

// The pause the pod spec gives the network before nginx is told to stop (deployment.yaml's preStop).
const deployment = parse(readFileSync('deploy/kubernetes/deployment.yaml', 'utf8'));
const preStop: string[] = deployment.spec.template.spec.containers[0].lifecycle.preStop.exec.command;
const preStopMs = preStop[0] === 'sleep' ? Number(preStop[1]) * 1000 : Number.NaN;

// How long after a pod starts terminating the Service's routing still sends it new requests: its
// removal from the EndpointSlice reaches kube-proxy and the Ingress on every node while the kubelet
// already runs preStop. One second here; in a real cluster it can be longer, which the 5 s pause covers.
const routingLagMs = 1000;

// A test that fails half-way leaves no server behind.
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

type Pod = { url: string; process: ChildProcess; exited: Promise<number | null> };

async function startPod(instance: string): Promise<Pod> {
  const port = await freePort();
  const child = startNginx(port, 'precompressed', instance);
  started.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  // The readiness probe: the new pod receives traffic only once /healthz answers.
  await expect
    .poll(
      () =>
        fetch(`${url}/healthz`).then(
          (response) => response.ok,
          () => false,
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  return { url, process: child, exited };
}

// Readers keep asking for pages while the Deployment replaces its pod (maxSurge 1, maxUnavailable 0):
// the new pod starts and becomes ready, joins the Service, and the old one terminates.
async function rollingRestart(withPreStop: boolean) {
  const old = await startPod(`rolling-old-${withPreStop}`);
  let endpoints = [old.url];
  const tally = { ok: 0, failed: 0, servedByOld: 0 };
  let running = true;
  let next = 0;
  const reader = async () => {
    const paths = ['/', '/learn/docker', '/learn/kubernetes', '/glossary'];
    while (running) {
      const endpoint = endpoints[next++ % endpoints.length]!;
      try {
        const response = await fetch(endpoint + paths[next % paths.length], { headers: { 'accept-encoding': 'br' } });
        await response.arrayBuffer();
        if (response.ok) tally.ok += 1;
        else tally.failed += 1;
        if (endpoint === old.url) tally.servedByOld += 1;
      } catch {
        tally.failed += 1;
      }
    }
  };
  const readers = Array.from({ length: 16 }, reader);

  await delay(500);
  const fresh = await startPod(`rolling-new-${withPreStop}`);
  endpoints = [old.url, fresh.url];
  await delay(500);

  // The old pod terminates: the kubelet runs preStop, then sends the image's STOPSIGNAL (SIGQUIT),
  // while the routing change is still on its way.
  const routed = delay(routingLagMs).then(() => (endpoints = [fresh.url]));
  if (withPreStop) await delay(preStopMs);
  old.process.kill('SIGQUIT');
  const exitCode = await old.exited;
  await routed;
  await delay(500);

  running = false;
  await Promise.all(readers);
  fresh.process.kill('SIGQUIT');
  await fresh.exited;
  return { ...tally, exitCode };
}

describe.runIf(servedByNginx)('a rolling restart under load', () => {
  it('drops no request: the preStop pause outlasts the routing change, and SIGQUIT lets nginx finish', async () => {
    expect(preStopMs).toBeGreaterThan(routingLagMs);
    const run = await rollingRestart(true);
    console.log(
      `rolling restart with preStop ${preStopMs} ms: ${run.ok} answered, ${run.failed} failed, ${run.servedByOld} by the old pod`,
    );
    expect(run.servedByOld).toBeGreaterThan(0);
    expect(run.failed).toBe(0);
    expect(run.exitCode).toBe(0);
  }, 60_000);

  it('would drop requests without the pause: the check can fail', async () => {
    const run = await rollingRestart(false);
    console.log(`rolling restart without preStop: ${run.ok} answered, ${run.failed} failed`);
    expect(run.failed).toBeGreaterThan(0);
  }, 60_000);
});
