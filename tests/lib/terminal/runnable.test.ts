import { describe, expect, it } from 'vitest';
import { runnableLines } from '@/lib/terminal/runnable';

describe('runnableLines picks the code blocks a terminal can take', () => {
  it('takes bash and shell blocks of docker, docker compose, kubectl and cd commands', () => {
    expect(runnableLines('bash', 'cd myapp\ndocker build -t myapp .\n')).toEqual(['cd myapp', 'docker build -t myapp .']);
    expect(runnableLines('shell', 'docker compose up -d')).toEqual(['docker compose up -d']);
    expect(runnableLines('bash', 'kubectl get pods')).toEqual(['kubectl get pods']);
  });

  it('counts a command continued with \\ once, and skips comments and blank lines', () => {
    const code = 'docker run --rm \\\n  -v "$PWD":/work ruby \\\n  sh -c "echo hi"\n\n# then\nkubectl get nodes';
    expect(runnableLines('bash', code)).toEqual(code.split('\n'));
  });

  it('refuses other languages, other commands, and blocks with nothing to run', () => {
    expect(runnableLines('shellsession', '$ docker ps')).toBeNull();
    expect(runnableLines('yaml', 'docker: true')).toBeNull();
    expect(runnableLines(undefined, 'docker ps')).toBeNull();
    expect(runnableLines('bash', 'docker ps\nsudo chown -R "$USER" myapp')).toBeNull();
    expect(runnableLines('bash', 'dockerd &')).toBeNull();
    expect(runnableLines('bash', '# only a comment\n')).toBeNull();
  });

  it('does not read a line after an escaped backslash as a continuation', () => {
    expect(runnableLines('bash', 'docker ps \\\\\nls')).toBeNull();
  });
});
