import { describe, expect, it } from 'vitest';
import { transition } from '@/lib/simulations/orchestrator';
import fixtures from './fixtures/kubectl-client-1.32.json';
import { Session, words } from './session';

// Every error as kubectl prints it, then exactly one Korean line (합니다체) on what happened and what to try.
const expectHint = (hints: string[]) => {
  expect(hints).toHaveLength(1);
  expect(hints[0]).toMatch(/[가-힣]/);
  expect(hints[0]).toMatch(/(니다|세요)/);
  expect(hints[0]).toMatch(/\.$/);
};

describe('errors, word for word', () => {
  const cases: [string, string][] = [
    ['kubectl gett pods', 'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget'],
    ['kubectl descibe pod x', 'error: unknown command "descibe" for "kubectl"\n\nDid you mean this?\n\tdescribe'],
    ['kubectl get pods nope', 'Error from server (NotFound): pods "nope" not found'],
    ['kubectl describe pod nope', 'Error from server (NotFound): pods "nope" not found'],
    ['kubectl get deployment api', 'Error from server (NotFound): deployments.apps "api" not found'],
    ['kubectl get podz', 'error: the server doesn\'t have a resource type "podz"'],
    ['kubectl get pods --foo', "error: unknown flag: --foo\nSee 'kubectl get --help' for usage."],
    ['kubectl get pods -n', "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage."],
    ['kubectl delete pod', 'error: resource(s) were provided, but no name was specified'],
    [
      'kubectl delete',
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
    ],
    ['kubectl scale deployment web', 'error: required flag(s) "replicas" not set'],
    [
      'kubectl scale --replicas=x deployment web',
      'error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl scale --help\' for usage.',
    ],
    [
      'kubectl set image deployment/web',
      "error: at least one image update is required\nSee 'kubectl set image -h' for help and examples",
    ],
    ['kubectl set image deployment/web api=web:2.0', 'error: unable to find container named "api"'],
    ['kubectl rollout undo deployment/web', 'error: no rollout history found for deployment "web"'],
    ['kubectl rollout undo deployment/web --to-revision=7', 'error: unable to find specified revision 7 in history'],
    ['kubectl cordon', "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples"],
    ['kubectl drain node-9', 'Error from server (NotFound): nodes "node-9" not found'],
    ['kubectl apply', 'error: must specify one of -f and -k'],
    ['kubectl apply -f missing.yaml', 'error: the path "missing.yaml" does not exist'],
    [
      'kubectl create secret generic web-secrets --from-literal=A=b',
      'error: failed to create secret secrets "web-secrets" already exists',
    ],
    [
      'kubectl port-forward',
      "error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples",
    ],
    [
      'kubectl get pods -o yamll',
      'error: unable to match a printer suitable for the output format "yamll", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml',
    ],
  ];

  it.each(cases)('%s', (line, text) => {
    const session = new Session();
    const before = session.state;
    const result = session.run(line);
    expect(result.stderr).toBe(text);
    expect(result.exitCode).toBe(1);
    expect(result.events).toEqual([]);
    expect(session.state).toBe(before);
    expectHint(result.hints);
  });

  it('says why `logs --previous` has nothing for a container that never restarted', () => {
    const session = new Session();
    const pod = session.podNames()[0]!;
    const result = session.run(`kubectl logs ${pod} --previous`);
    expect(result.stderr).toBe(`Error from server (BadRequest): previous terminated container "web" in pod "${pod}" not found`);
    expectHint(result.hints);
  });

  it('shows CrashLoopBackOff in get pods, the restarts with "ago", and the BackOff event in describe', () => {
    const session = new Session();
    const pod = session.podNames()[0]!;
    // The widget's 컨테이너 강제 종료, three times: the kubelet backs off between restarts.
    for (let i = 0; i < 3; i += 1) {
      session.state = transition(session.state, { type: 'crash-pod', pod }, session.now);
      session.wait(i === 2 ? 1 : 4);
    }
    const row = session
      .run('kubectl get pods')
      .stdout.split('\n')
      .find((line) => line.startsWith(pod));
    expect(row).toMatch(new RegExp(`^${pod} +0/1 +CrashLoopBackOff +2 \\(1s ago\\) +2m`));
    const describe = session.run(`kubectl describe pod ${pod}`).stdout;
    expect(describe).toContain(
      '    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Last State:     Terminated\n      Reason:       Error\n      Exit Code:    137',
    );
    expect(describe).toMatch(
      / Warning +BackOff +\S+ +kubelet, node-\d +Back-off restarting failed container web in pod web-6d9f7-\S+_default\([0-9a-f-]{36}\)/,
    );
    expect(session.run(`kubectl logs ${pod} --previous`).exitCode).toBe(0);
  });

  it('reports a rollout that never finishes, then its deadline, with the reason in describe', () => {
    const session = new Session();
    session.run('kubectl set image deployment/web web=web:3.0');
    const status = session.run('kubectl rollout status deployment/web');
    expect(status.stdout).toBe('Waiting for deployment "web" rollout to finish: 0 out of 2 new replicas have been updated...');
    const printed = session.wait(20, status.follow);
    expect(printed).toEqual([
      'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...',
      'error: deployment "web" exceeded its progress deadline',
      expect.stringMatching(/rollout undo/),
    ]);
    const stuck = session.state.pods.find((pod) => pod.version === 'v3')!;
    expect(session.run('kubectl get pods').stdout).toMatch(new RegExp(`${stuck.name} +0/1 +Running`));
    expect(session.run(`kubectl describe pod ${stuck.name}`).stdout).toMatch(
      /Warning +Unhealthy .*Readiness probe failed: HTTP probe failed with statuscode: 503/,
    );
    const again = session.run('kubectl rollout status deployment/web');
    expect(again.stderr).toBe('error: deployment "web" exceeded its progress deadline');
    expect(again.exitCode).toBe(1);
  });
});

describe('the real kubectl client agrees (fixtures recorded from kubectl 1.32 without a server)', () => {
  // See the fixture's note: this build prefixes cobra's errors with "Error:", upstream's main with "error:".
  const normalize = (text: string) => text.replace(/^Error: /gm, 'error: ').trimEnd();
  it.each(fixtures.cases.map((c) => [c.argv.join(' '), c] as const))('kubectl %s', (_line, fixture) => {
    const session = new Session();
    const result = session.run(['kubectl', ...fixture.argv].join(' '));
    expect(result.exitCode).toBe(fixture.exitCode);
    expect(result.stdout.trimEnd()).toBe(fixture.stdout.trimEnd());
    expect(result.stderr.trimEnd()).toBe(normalize(fixture.stderr));
  });

  it('splits words the way these tests type them', () => {
    expect(words('kubectl get pods -l "app=web"')).toEqual(['kubectl', 'get', 'pods', '-l', 'app=web']);
  });
});
