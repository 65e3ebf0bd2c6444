import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from './session';

// Every kubectl command printed in the Kubernetes chapter (its bash blocks and its inline code),
// run in order in one fresh cluster, as a reader would type them.
// The quiz's answers quote commands too; they are read, not typed, so the text stops before it.
const source = readFileSync('content/chapters/kubernetes.mdx', 'utf8').split('<Quiz')[0] ?? '';

function commands(): string[] {
  const blocks = [...source.matchAll(/```(?:bash|shell|sh)\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const fromBlocks = blocks
    .flatMap((block) => block.replace(/\\\n\s*/g, '').split('\n'))
    .filter((line) => line.startsWith('kubectl '));
  // Inline code of four words or more is a command to type; shorter is prose naming one
  // ("`kubectl rollout status`로 지켜보고"). A placeholder the reader replaces (<액세스 토큰>) gets a value.
  const inline = [...source.matchAll(/`(kubectl [^`]+)`/g)]
    .map((m) => (m[1] ?? '').replace('<액세스 토큰>', 'dckr_pat_example'))
    .filter((line) => line.split(' ').length > 3);
  return [...new Set([...fromBlocks, ...inline])];
}

// Printed in the chapter, and failing here with kubectl's real error, each for a reason the
// simulation cannot honestly change: see the report. Everything else must succeed.
const EXPECTED_FAILURES: Record<string, string> = {
  // The chapter's example pod name: this cluster's pods have their own names.
  'kubectl describe pod web-7c9f8d6b5d-zt6rc': 'Error from server (NotFound): pods "web-7c9f8d6b5d-zt6rc" not found',
  'kubectl logs web-7c9f8d6b5d-zt6rc --previous': 'Error from server (NotFound): pods "web-7c9f8d6b5d-zt6rc" not found',
  // The cluster starts with the chapter's setup done: its Secrets exist.
  'kubectl create secret generic web-secrets --from-literal=SECRET_KEY_BASE="$(openssl rand -hex 64)" --from-literal=DATABASE_URL="postgres://myapp:change-me@db.example.com:5432/myapp_production"':
    'error: failed to create secret secrets "web-secrets" already exists',
  'kubectl create secret docker-registry regcred --docker-server=https://index.docker.io/v1/ --docker-username=myteam --docker-password=dckr_pat_example':
    'error: failed to create secret secrets "regcred" already exists',
  // The widget's images are web:1.0/2.0/3.0, not the chapter's myteam/myapp tags.
  'kubectl set image deployment/web web=myteam/myapp:1.1': '',
  // …so nothing was rolled out, and there is no earlier revision to go back to.
  'kubectl rollout undo deployment/web': 'error: no rollout history found for deployment "web"',
};

describe('the commands printed in kubernetes.mdx', () => {
  const lines = commands();

  it("finds the chapter's commands", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'kubectl get nodes',
        'kubectl apply -f configmap.yaml -f deployment.yaml',
        'kubectl rollout status deployment/web',
        'kubectl get pods -l app=web',
      ]),
    );
    expect(lines.length).toBeGreaterThanOrEqual(14);
  });

  it('all run in one cluster, in order: the rest succeed, the listed ones fail with the real error and a Korean hint', () => {
    const session = new Session();
    for (const line of lines) {
      const result = session.run(line);
      const expected = EXPECTED_FAILURES[line];
      if (expected === undefined) {
        expect({ line, exitCode: result.exitCode, text: result.text }).toEqual({ line, exitCode: 0, text: expect.any(String) });
      } else {
        expect({ line, stderr: result.stderr }).toEqual({ line, stderr: expected });
        expect(result.exitCode).toBe(1);
        expect(result.hints.length).toBe(1);
      }
      session.wait(2, result.follow);
    }
  });
});
