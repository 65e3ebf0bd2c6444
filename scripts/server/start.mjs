// `npm start`: build when there is no export yet or an input is newer than it, then serve out/ the
// way production does (serve.mjs). HOST and PORT choose where; by default only this machine can
// connect (127.0.0.1:3000). HOST=0.0.0.0 opens it to the network.
import { spawnSync } from 'node:child_process';
import { serveExport } from '../../lib/server/serve.mjs';
import { staleReasons } from '../../lib/server/stale.mjs';

const reasons = staleReasons();
if (reasons.length > 0) {
  console.log(`컨테이너 배움터: 먼저 빌드합니다 (${reasons.join(', ')}).`);
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);

// A busy or forbidden port is the reader's to fix, so it gets a sentence, not a stack trace.
const listenErrors = {
  EADDRINUSE: () => [
    `포트 ${port}을(를) 이미 다른 프로그램이 쓰고 있습니다. 그 프로그램을 끄거나 PORT=${port + 1} npm start 처럼 다른 포트를 고르세요.`,
    `Port ${port} is already in use. Stop the program using it, or pick another port: PORT=${port + 1} npm start`,
  ],
  EACCES: () => [
    `포트 ${port}을(를) 열 권한이 없습니다. 1024 이상의 포트를 고르세요. 예: PORT=3000 npm start`,
    `No permission to listen on port ${port}. Pick a port above 1023, e.g. PORT=3000 npm start`,
  ],
  EADDRNOTAVAIL: () => [
    `이 컴퓨터에는 주소 ${host}가 없습니다. HOST를 비우거나 HOST=127.0.0.1 로 실행하세요.`,
    `This machine has no address ${host}. Unset HOST or use HOST=127.0.0.1`,
  ],
};

let server;
try {
  server = await serveExport({ port, host });
} catch (error) {
  const explain = listenErrors[error?.code];
  if (!explain) throw error;
  for (const line of explain()) console.error(line);
  process.exit(1);
}
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
console.log(`컨테이너 배움터: http://${shown}:${server.address().port}`);
