import type { Program } from '../program';
import type { EngineEvent } from './engine-events';
import { portHolder, type EngineState } from './engine-state';
import { fail, ok } from './result';

// `curl localhost:8080`: a published port answers with what the container serves. Only the
// servers in these worlds are known: nginx's welcome page (shortened) and the Rails app.

const nginxWelcome = [
  '<!DOCTYPE html>',
  '<html>',
  '<head>',
  '<title>Welcome to nginx!</title>',
  '</head>',
  '<body>',
  '<h1>Welcome to nginx!</h1>',
  '<p>If you see this page, nginx is successfully installed and working.</p>',
  '</body>',
  '</html>',
];

const railsPage = ['<!DOCTYPE html>', '<html><head><title>Myapp</title></head><body>Rails</body></html>'];

/** What listens on a published port: the server's kind, and the events a request sends. */
export type Listener<E> = { readonly server: 'nginx' | 'rails'; readonly events: readonly E[] };

/** `curl` over any world, given how to find what listens on a port there. */
export function curlOver<S, E>(listener: (state: S, port: number, path: string) => Listener<E> | null): Program<S, E> {
  return {
    name: 'curl',
    run(state, argv) {
      const target = argv.find((word) => !word.startsWith('-')) ?? '';
      const match = /^(?:https?:\/\/)?(localhost|127\.0\.0\.1)(?::(\d+))?(\/.*)?$/.exec(target);
      if (!match) {
        return target === ''
          ? fail(
              "curl: try 'curl --help' or 'curl --manual' for more information",
              '주소를 함께 주세요. 예: curl localhost:8080',
              2,
            )
          : fail(
              `curl: (6) Could not resolve host: ${target}`,
              '이 터미널의 curl은 내 컴퓨터(localhost)의 포트에만 접속할 수 있습니다.',
              6,
            );
      }
      const port = Number(match[2] ?? 80);
      const found = listener(state, port, match[3] ?? '/');
      if (!found) {
        return fail(
          `curl: (7) Failed to connect to localhost port ${port} after 0 ms: Couldn't connect to server`,
          `${port}번 포트에 연결된 실행 중인 컨테이너가 없습니다. docker ps 명령으로 PORTS 열을 확인하고, docker run에 -p ${port}:<컨테이너 포트>를 주었는지 보세요.`,
          7,
        );
      }
      return ok(found.server === 'nginx' ? nginxWelcome : railsPage, found.events);
    },
    complete: () => [],
  };
}

export const curlProgram = curlOver<EngineState, EngineEvent>((state, port, path) => {
  const holder = portHolder(state, port);
  if (!holder) return null;
  return holder.command.includes('nginx')
    ? { server: 'nginx', events: [{ type: 'request', port, path }] }
    : { server: 'rails', events: [] };
});
