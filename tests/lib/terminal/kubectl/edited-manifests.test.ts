import { describe, expect, it } from 'vitest';
import { checkManifest } from '@/lib/manifests';
import { replayFinal } from '@/lib/simulations/kernel';
import { KUBERNETES_WORLD } from '@/lib/terminal/kubectl';
import { MANIFESTS } from '@/lib/terminal/kubectl/manifests';
import { createSession, followUp, submit, type Session as Shell } from '@/lib/terminal/session';
import type { ClusterEvent, ClusterState } from '@/lib/simulations/orchestrator';
import { Session } from './session';

// The terminal's side of the manifest editor: what the editor wrote is the file `kubectl apply -f`
// reads, and what the cluster then does shows in `get pods` and `describe`.

const deployment = MANIFESTS['deployment.yaml']!.text;

function write(session: Session, file: string, text: string) {
  const check = checkManifest(file, text, { defaultText: MANIFESTS[file]!.text });
  session.state = session.simulation.transition(session.state, { type: 'write-manifest', file, text, check }, session.now);
}

describe('kubectl apply -f of an edited file', () => {
  it('an unknown field: the API server refuses it word for word, with the line in Korean, exit 1, nothing changed', () => {
    const session = new Session();
    write(session, 'deployment.yaml', deployment.replace('spec:\n  selector', 'spec:\n  replica: 3\n  selector'));
    const before = session.state;
    const result = session.run('kubectl apply -f deployment.yaml');
    expect(result.exitCode).toBe(1);
    expect(result.events).toEqual([]);
    expect(result.stderr.split('\n').at(-1)).toBe(
      'for: "deployment.yaml": error when patching "deployment.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"',
    );
    expect(result.hints[0]).toMatch(/^deployment\.yaml 10번째 줄: Deployment에는 spec\.replica라는 필드가 없습니다/);
    expect(session.state).toBe(before);
  });

  it('other files still apply when one fails, and the errors come last', () => {
    const session = new Session();
    write(session, 'hpa.yaml', MANIFESTS['hpa.yaml']!.text.replace('maxReplicas: 10', 'maxReplicas: 1'));
    const result = session.run('kubectl apply -f service.yaml -f hpa.yaml');
    expect(result.stdout).toBe('service/web unchanged');
    expect(result.stderr).toBe(
      'The HorizontalPodAutoscaler "web" is invalid: spec.maxReplicas: Invalid value: 1: must be greater than or equal to `minReplicas`',
    );
    expect(result.exitCode).toBe(1);
  });

  it('configured, then unchanged when applied again; the chapter text applied as edited is unchanged', () => {
    const session = new Session();
    write(session, 'deployment.yaml', deployment);
    expect(session.run('kubectl apply -f deployment.yaml').stdout).toBe('deployment.apps/web unchanged');
    write(session, 'deployment.yaml', deployment.replace('spec:\n  selector', 'spec:\n  replicas: 5\n  selector'));
    const first = session.run('kubectl apply -f deployment.yaml');
    expect(first.stdout).toBe('deployment.apps/web configured');
    expect(session.state.deployment.replicas).toBe(5);
    expect(session.run('kubectl apply -f deployment.yaml').stdout).toBe('deployment.apps/web unchanged');
  });

  it('a tag the registry lacks: get pods shows ErrImagePull then ImagePullBackOff, describe says why', () => {
    const session = new Session();
    write(session, 'deployment.yaml', deployment.replace('image: myteam/myapp:1.0', 'image: myteam/myapp:1.3'));
    expect(session.run('kubectl apply -f deployment.yaml').stdout).toBe('deployment.apps/web configured');
    session.wait(3);
    const pulling = session.run('kubectl get pods').stdout;
    expect(pulling).toMatch(/web-[a-z0-9]{5}-[a-z0-9]{5}\s+0\/1\s+ErrImagePull\s+0\s+\d+s/);
    session.wait(1);
    expect(session.run('kubectl get pods').stdout).toMatch(/0\/1\s+ImagePullBackOff\s+0/);
    const fresh = session.state.pods.find((pod) => pod.status === 'ImagePullBackOff')!;
    const described = session.run(`kubectl describe pod ${fresh.name}`).stdout;
    expect(described).toMatch(/Status:\s+Pending/);
    expect(described).toMatch(/Image:\s+myteam\/myapp:1\.3/);
    expect(described).toMatch(/State:\s+Waiting\n\s+Reason:\s+ImagePullBackOff/);
    expect(described).toMatch(/Normal\s+Pulling\s+\S+\s+kubelet, node-\d\s+Pulling image "myteam\/myapp:1\.3"/);
    expect(described).toContain(
      'Failed to pull image "myteam/myapp:1.3": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/myteam/myapp:1.3": failed to resolve reference "docker.io/myteam/myapp:1.3": docker.io/myteam/myapp:1.3: not found',
    );
    expect(described).toMatch(/Warning\s+Failed\s+\S+\s+kubelet, node-\d\s+Error: ErrImagePull/);
    expect(described).toMatch(/Normal\s+BackOff\s+\S+\s+kubelet, node-\d\s+Back-off pulling image "myteam\/myapp:1\.3"/);
    expect(described).toMatch(/Warning\s+Failed\s+\S+\s+kubelet, node-\d\s+Error: ImagePullBackOff/);
    expect(session.state.pods.filter((pod) => pod.version === 'v1' && pod.ready)).toHaveLength(2);
  });

  it('set image to a tag that does not exist does the same', () => {
    const session = new Session();
    const result = session.run('kubectl set image deployment/web web=myteam/myapp:2.0');
    expect(result.stdout).toBe('deployment.apps/web image updated');
    expect(result.hints[0]).toMatch(/ImagePullBackOff/);
    session.wait(4);
    expect(session.run('kubectl get pods').stdout).toMatch(/ImagePullBackOff/);
  });

  it('a wrong readiness path: describe shows the probe and the 404', () => {
    const session = new Session();
    write(session, 'deployment.yaml', deployment.replace('path: /up', 'path: /health'));
    session.run('kubectl apply -f deployment.yaml');
    session.wait(6);
    const fresh = session.state.pods.find((pod) => pod.status === 'Running' && !pod.ready)!;
    const described = session.run(`kubectl describe pod ${fresh.name}`).stdout;
    expect(described).toMatch(/Readiness:\s+http-get http:\/\/:3000\/health delay=0s/);
    expect(described).toMatch(
      /Warning\s+Unhealthy\s+\S+\s+kubelet, node-\d\s+Readiness probe failed: HTTP probe failed with statuscode: 404/,
    );
  });
});

describe('port-forward in the background, then curl', () => {
  const world = KUBERNETES_WORLD;
  function shell() {
    let session: Shell<ClusterState, ClusterEvent> = createSession(world);
    let state = replayFinal(world.simulation, [], { until: 5 });
    return {
      type(line: string) {
        const step = submit(session, line, world, state, 5);
        const printed = [...step.output.slice(1), ...followUp(step.session, state, step.state, 5)].map((l) => l.text);
        session = step.session;
        state = step.state;
        return printed;
      },
      get session() {
        return session;
      },
    };
  }

  it('prints the job and kubectl’s lines, gives the prompt back, and answers curl with a line per connection', () => {
    const terminal = shell();
    const started = terminal.type('kubectl port-forward service/web 8080:80 &');
    expect(started[0]).toMatch(/^\[1\] \d+$/);
    expect(started.slice(1, 3)).toEqual(['Forwarding from 127.0.0.1:8080 -> 3000', 'Forwarding from [::1]:8080 -> 3000']);
    expect(terminal.session.follow).toBeNull();
    expect(terminal.type('curl localhost:8080/up')).toEqual([
      '<!DOCTYPE html><html><body style="background-color: green"></body></html>',
      'Handling connection for 8080',
    ]);
    expect(terminal.type('kubectl port-forward service/web 8080:80')[0]).toMatch(
      /^Unable to listen on port 8080: .*bind: address already in use/,
    );
  });

  it('without a port-forward, curl cannot connect', () => {
    const printed = shell().type('curl localhost:8080/up');
    expect(printed[0]).toBe("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server");
    expect(printed[1]).toMatch(/kubectl port-forward service\/web 8080:80 &/);
  });

  it('in the foreground it runs until Ctrl+C, which stops the forward', () => {
    const terminal = shell();
    terminal.type('kubectl port-forward service/web 8080:80');
    expect(terminal.session.follow).not.toBeNull();
  });
});
