import { describe, expect, it } from 'vitest';
import { Session } from './session';

describe('kubectl get', () => {
  it("lists the nodes with kubectl's columns", () => {
    expect(new Session().run('kubectl get nodes').stdout).toBe(
      [
        'NAME     STATUS   ROLES    AGE   VERSION',
        'node-1   Ready    <none>   3d    v1.34.2',
        'node-2   Ready    <none>   3d    v1.34.2',
        'node-3   Ready    <none>   3d    v1.34.2',
      ].join('\n'),
    );
  });

  it('lists the pods the widget shows: READY 1/1, STATUS, RESTARTS, AGE from simulated time', () => {
    const session = new Session();
    const [a, b] = session.podNames();
    const result = session.run('kubectl get pods');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      [
        'NAME              READY   STATUS    RESTARTS   AGE',
        `${a}   1/1     Running   0          2m5s`,
        `${b}   1/1     Running   0          2m5s`,
      ].join('\n'),
    );
    expect(a).toMatch(/^web-6d9f7-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('adds IP, NODE, NOMINATED NODE and READINESS GATES with -o wide', () => {
    const session = new Session();
    const lines = session.run('kubectl get pods -o wide').stdout.split('\n');
    expect(lines[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE +NOMINATED NODE +READINESS GATES$/);
    const pod = session.state.pods[0]!;
    expect(lines[1]).toMatch(
      new RegExp(`^${pod.name} +1/1 +Running +0 +2m5s +10\\.244\\.\\d+\\.\\d+ +${pod.node} +<none> +<none>$`),
    );
  });

  it('prints deployments, ReplicaSets, services and the HPA, each kind under its own header, names with kinds', () => {
    const text = new Session().run('kubectl get deploy,rs,svc,hpa').stdout;
    expect(text).toContain(
      'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   2/2     2            2           2m10s\n\n',
    );
    expect(text).toContain('replicaset.apps/web-6d9f7   2         2         2       2m5s');
    expect(text).toContain('service/kubernetes   ClusterIP   10.96.0.1      <none>        443/TCP   3d');
    expect(text).toContain(
      'NAME                                      REFERENCE        TARGETS        MINPODS   MAXPODS   REPLICAS   AGE',
    );
    expect(text).toContain(
      'horizontalpodautoscaler.autoscaling/web   Deployment/web   cpu: 70%/70%   2         10        2          2m10s',
    );
  });

  it('accepts every name kubectl does for a type', () => {
    const session = new Session();
    for (const word of ['deploy', 'deployment', 'deployments', 'deployment.apps']) {
      expect(session.run(`kubectl get ${word}`).stdout.split('\n')[1]).toMatch(/^web +2\/2/);
    }
  });

  it('selects with -l and says "No resources found in default namespace." when nothing matches', () => {
    const session = new Session();
    expect(session.run('kubectl get pods -l app=web').stdout.split('\n')).toHaveLength(3);
    const none = session.run('kubectl get pods -l app=db');
    expect(none.stderr).toBe('No resources found in default namespace.');
    expect(none.exitCode).toBe(0);
    expect(none.hints).toHaveLength(1);
  });

  it('prints one pod as YAML with sorted keys and quoted timestamps', () => {
    const session = new Session();
    const pod = session.state.pods[0]!;
    const yaml = session.run(`kubectl get pod ${pod.name} -o yaml`).stdout;
    expect(yaml.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: "2026-12-01T08:58:00Z"\n')).toBe(true);
    expect(yaml).toContain(`  name: ${pod.name}\n  namespace: default\n`);
    expect(yaml).toContain('  - image: web:1.0\n');
    expect(yaml).toContain(`  nodeName: ${pod.node}\n`);
  });

  it('prints kind/name with -o name', () => {
    const session = new Session();
    expect(session.run('kubectl get pods -o name').stdout).toBe(
      session
        .podNames()
        .map((n) => `pod/${n}`)
        .join('\n'),
    );
  });

  it('watches with -w: a new row whenever a pod changes, until Ctrl+C', () => {
    const session = new Session();
    const watch = session.run('kubectl get pods -w');
    expect(watch.follow).toBeDefined();
    expect(session.wait(2, watch.follow)).toEqual([]);
    const victim = session.state.pods[0]!.name;
    const before = session.state;
    session.run(`kubectl delete pod ${victim}`);
    const printed = watch.follow!(before, session.state, session.now);
    expect(printed.map((l) => l.text)).toEqual([expect.stringMatching(new RegExp(`^${victim} +0/1 +Terminating +0 +2m7s$`))]);
    const later = session.wait(6, watch.follow);
    expect(later.some((line) => /^web-6d9f7-\S+ +0\/1 +Pending/.test(line))).toBe(true);
    expect(later.some((line) => /^web-6d9f7-\S+ +1\/1 +Running/.test(line))).toBe(true);
  });

  it('lists events in time order with --sort-by=.metadata.creationTimestamp', () => {
    const session = new Session();
    const lines = session.run('kubectl get events --sort-by=.metadata.creationTimestamp').stdout.split('\n');
    expect(lines[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(lines[1]).toMatch(/^2m5s +Normal +SuccessfulCreate +replicaset\/web-6d9f7 +Created pod: web-6d9f7-/);
    expect(
      lines.some((line) => / Scheduled +pod\/web-6d9f7-\S+ +Successfully assigned default\/web-6d9f7-\S+ to node-\d$/.test(line)),
    ).toBe(true);
  });

  it('shows a cordoned node as Ready,SchedulingDisabled', () => {
    const session = new Session();
    session.run('kubectl cordon node-2');
    expect(session.run('kubectl get nodes').stdout.split('\n')[2]).toBe(
      'node-2   Ready,SchedulingDisabled   <none>   3d    v1.34.2',
    );
  });

  it('lists the ConfigMap and Secrets of the chapter', () => {
    const session = new Session();
    expect(session.run('kubectl get configmaps').stdout).toContain('web-config         2      2m10s');
    expect(session.run('kubectl get secrets').stdout).toContain('web-secrets   Opaque                           2      2m10s');
  });
});

describe('kubectl events', () => {
  it('lists the events oldest first, as get events --sort-by does', () => {
    const session = new Session();
    expect(session.run('kubectl events').stdout).toBe(
      session.run('kubectl get events --sort-by=.metadata.creationTimestamp').stdout,
    );
  });
});
