import type { ClusterEvent, ClusterState } from '@/lib/simulations/orchestrator';
import type { Program } from '../program';
import { failure, success, type Result } from './output';

// `curl localhost:8080/up` in the Kubernetes chapter's terminal: a local port answers only while a
// `kubectl port-forward` (run with `&`) forwards it. The app is the chapter's Rails app: `/up` is
// Rails 7.1's health check (Rails::HealthController, a green page), anything else its home page.

const HEALTH_PAGE = '<!DOCTYPE html><html><body style="background-color: green"></body></html>';
const HOME_PAGE = '<!DOCTYPE html>\n<html><head><title>Myapp</title></head><body>Rails</body></html>';

export function runCurl(state: ClusterState, argv: readonly string[]): Result {
  const target = argv.find((word) => !word.startsWith('-')) ?? '';
  if (target === '')
    return failure(
      "curl: try 'curl --help' or 'curl --manual' for more information",
      '주소를 함께 주세요. 예: curl localhost:8080/up',
      2,
    );
  const match = /^(?:https?:\/\/)?(localhost|127\.0\.0\.1)(?::(\d+))?(\/\S*)?$/.exec(target);
  if (!match)
    return failure(
      `curl: (6) Could not resolve host: ${target.replace(/^https?:\/\//, '').split(/[/:]/)[0]}`,
      '이 터미널의 curl은 내 컴퓨터(localhost)의 포트에만 접속할 수 있습니다.',
      6,
    );
  const port = Number(match[2] ?? 80);
  const forward = state.forwards?.find((f) => f.local === port);
  if (!forward) {
    return failure(
      `curl: (7) Failed to connect to localhost port ${port} after 0 ms: Couldn't connect to server`,
      `${port}번 포트를 클러스터에 이어 주는 port-forward가 없습니다. 먼저 kubectl port-forward service/web ${port}:80 &로 뒤에서 연결하세요.`,
      7,
    );
  }
  const events: ClusterEvent[] = [{ type: 'forwarded-request', local: port }];
  if (forward.remote !== 3000) {
    return {
      ...failure(
        'curl: (52) Empty reply from server',
        `파드의 ${forward.remote}번 포트에는 듣고 있는 프로세스가 없습니다. 앱은 3000번에서 응답합니다(서비스의 80번이 3000번으로 이어집니다).`,
        52,
      ),
      events,
    };
  }
  return success([{ stream: 'stdout', text: (match[3] ?? '/') === '/up' ? HEALTH_PAGE : HOME_PAGE }], events);
}

export const curl: Program<ClusterState, ClusterEvent> = {
  name: 'curl',
  run: runCurl,
  complete: () => [],
};
