import { describe, expect, it } from 'vitest';
import { KUBERNETES_FILES, KUBERNETES_WORLD } from '@/lib/terminal/kubectl';
import { ORCHESTRATOR } from '@/lib/simulations/orchestrator';
import { Session } from './session';

describe('the kubernetes world', () => {
  it("runs kubectl against the sandbox widget's own simulation object", () => {
    expect(KUBERNETES_WORLD.id).toBe('kubernetes');
    expect(KUBERNETES_WORLD.simulation).toBe(ORCHESTRATOR.sandbox);
    expect(KUBERNETES_WORLD.programs.map((p) => p.name)).toEqual(['kubectl', 'curl']);
    expect(Object.keys(KUBERNETES_FILES).sort()).toEqual(['configmap.yaml', 'deployment.yaml', 'hpa.yaml', 'service.yaml']);
  });
});

describe("commands that change the cluster send the widget's events", () => {
  it('delete pod: "deleted from default namespace", then the ReplicaSet replaces it (self-healing)', () => {
    const session = new Session();
    const [victim] = session.podNames();
    const result = session.run(`kubectl delete pod ${victim}`);
    expect(result.stdout).toBe(`pod "${victim}" deleted from default namespace`);
    expect(result.events).toEqual([{ type: 'delete-pod', pod: victim }]);
    session.wait(6);
    expect(session.podNames()).not.toContain(victim);
    expect(session.state.pods.filter((pod) => pod.ready)).toHaveLength(2);
  });

  it('scale: "deployment.apps/web scaled", and the HPA takes the count back', () => {
    const session = new Session();
    const result = session.run('kubectl scale deployment/web --replicas=4');
    expect(result.stdout).toBe('deployment.apps/web scaled');
    expect(result.events).toEqual([{ type: 'scale', replicas: 4 }]);
    expect(session.state.deployment.replicas).toBe(4);
    session.wait(40);
    expect(session.state.deployment.replicas).toBe(2);
  });

  it('set image, rollout status, history and undo', () => {
    const session = new Session();
    expect(session.run('kubectl set image deployment/web web=myteam/myapp:1.1').stdout).toBe('deployment.apps/web image updated');
    expect(session.state.deployment.version).toBe('v2');
    const status = session.run('kubectl rollout status deployment/web');
    const printed = session.wait(20, status.follow);
    expect(printed.at(-1)).toBe('deployment "web" successfully rolled out');
    expect(printed).toContain('Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...');
    expect(session.run('kubectl rollout status deployment/web').stdout).toBe('deployment "web" successfully rolled out');
    expect(session.run('kubectl rollout history deployment/web').stdout).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n',
    );
    const undo = session.run('kubectl rollout undo deployment/web');
    expect(undo.stdout).toBe('deployment.apps/web rolled back');
    expect(undo.events).toEqual([{ type: 'rollback' }]);
    expect(session.run('kubectl rollout history deployment/web').stdout).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n',
    );
    expect(session.run('kubectl set image deployment/web web=myteam/myapp:1.0').stdout).toBe('');
  });

  it("cordon, uncordon and drain with kubectl's words", () => {
    const session = new Session();
    expect(session.run('kubectl cordon node-3').stdout).toBe('node/node-3 cordoned');
    expect(session.run('kubectl cordon node-3').stdout).toBe('node/node-3 already cordoned');
    expect(session.run('kubectl uncordon node-3').stdout).toBe('node/node-3 uncordoned');
    const onNode1 = session.state.pods.filter((pod) => pod.node === 'node-1').map((pod) => pod.name);
    const drain = session.run('kubectl drain node-1 --ignore-daemonsets');
    expect(drain.stdout).toBe(
      [
        'node/node-1 cordoned',
        ...onNode1.map((p) => `evicting pod default/${p}`),
        ...onNode1.map((p) => `pod/${p} evicted`),
        'node/node-1 drained',
      ].join('\n'),
    );
    session.wait(8);
    expect(session.state.pods.filter((pod) => pod.node === 'node-1')).toEqual([]);
    expect(session.state.pods.filter((pod) => pod.ready)).toHaveLength(2);
  });

  it('apply -f: unchanged while the cluster matches, configured when it does not', () => {
    const session = new Session();
    expect(session.run('kubectl apply -f configmap.yaml -f deployment.yaml').stdout).toBe(
      'configmap/web-config unchanged\ndeployment.apps/web unchanged',
    );
    session.run('kubectl set image deployment/web web=myteam/myapp:1.1');
    const again = session.run('kubectl apply -f deployment.yaml');
    expect(again.stdout).toBe('deployment.apps/web configured');
    expect(again.events).toEqual([{ type: 'deploy-version', version: 'v1' }]);
    expect(session.run('kubectl apply -f .').stdout.split('\n')).toHaveLength(4);
  });
});

describe('commands that read', () => {
  it('describe pod: the layout, the container, and Events', () => {
    const session = new Session();
    const pod = session.state.pods[0]!;
    const text = session.run(`kubectl describe pod ${pod.name}`).stdout;
    expect(
      text.startsWith(
        `Name:             ${pod.name}\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             ${pod.node}/10.0.1.1`,
      ),
    ).toBe(true);
    expect(text).toContain(`Controlled By:  ReplicaSet/web-6d9f7\nContainers:\n  web:\n`);
    expect(text).toContain('    Image:          myteam/myapp:1.0\n');
    expect(text).toContain('    Ready:          True\n    Restart Count:  0\n');
    expect(text).toMatch(
      /Events:\n  Type +Reason +Age +From +Message\n  ---- +------ +---- +---- +-------\n  Normal +Scheduled +2m5s +default-scheduler +Successfully assigned default\//,
    );
  });

  it('describe deployment and node', () => {
    const session = new Session();
    const deployment = session.run('kubectl describe deployment web').stdout;
    expect(deployment).toContain('Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable\n');
    expect(deployment).toContain('RollingUpdateStrategy:  0 max unavailable, 1 max surge\n');
    expect(deployment).toContain('NewReplicaSet:   web-6d9f7 (2/2 replicas created)\n');
    const node = session.run('kubectl describe node node-1').stdout;
    expect(node).toMatch(/^Name: +node-1\nRoles: +<none>\n/);
    expect(node).toContain('Taints:             <none>\nUnschedulable:      false\n');
    expect(node).toMatch(/Non-terminated Pods: +\(1 in total\)/);
  });

  it('top pods reads CPU from the requests each pod serves', () => {
    const session = new Session();
    const result = session.run('kubectl top pods');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('NAME              CPU(cores)   MEMORY(bytes)');
    // 70 requests per second over two pods: 35 each, 10m a request.
    expect(lines[1]).toMatch(/^web-6d9f7-\S+ +352m +\d+Mi$/);
    expect(result.hints).toHaveLength(1);
  });

  it('logs, port-forward, explain, config and version', () => {
    const session = new Session();
    const pod = session.podNames()[0]!;
    expect(session.run(`kubectl logs ${pod}`).stdout.split('\n')[0]).toBe('=> Booting Puma');
    const forward = session.run('kubectl port-forward service/web 8080:80');
    expect(forward.stdout).toBe('Forwarding from 127.0.0.1:8080 -> 3000\nForwarding from [::1]:8080 -> 3000');
    expect(forward.follow).toBeDefined();
    expect(session.run('kubectl explain deployment.spec.replicas').stdout).toBe(
      'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\n\nDESCRIPTION:\n    Number of desired pods. This is a pointer to distinguish between explicit\n    zero and not specified. Defaults to 1.\n    \n',
    );
    expect(session.run('kubectl config current-context').stdout).toBe('kubernetes-admin@kubernetes');
    expect(session.run('kubectl version').stdout).toBe(
      'Client Version: v1.34.2\nKustomize Version: v5.7.1\nServer Version: v1.34.2',
    );
  });

  it('completes commands, pod names and nodes', () => {
    const { state } = new Session();
    const kubectl = KUBERNETES_WORLD.programs[0]!;
    expect(kubectl.complete(state, ['ro'])).toEqual(['rollout']);
    expect(kubectl.complete(state, ['get', 'pods', 'web-'])).toEqual(state.pods.map((p) => p.name));
    expect(kubectl.complete(state, ['drain', 'node-'])).toEqual(['node-1', 'node-2', 'node-3']);
    expect(kubectl.complete(state, ['get', 'dep'])).toEqual(['deployments', 'deployment', 'deploy']);
  });
});

describe('describe deployment conditions', () => {
  it('align with OldReplicaSets and NewReplicaSet, as one tabwriter block does in kubectl', () => {
    const text = new Session().run('kubectl describe deployment web').stdout;
    expect(text).toContain(
      [
        'Conditions:',
        '  Type           Status  Reason',
        '  ----           ------  ------',
        '  Available      True    MinimumReplicasAvailable',
        '  Progressing    True    NewReplicaSetAvailable',
        'OldReplicaSets:  <none>',
        'NewReplicaSet:   web-6d9f7 (2/2 replicas created)',
        'Events:          <none>',
      ].join('\n'),
    );
  });
});
