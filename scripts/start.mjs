// `npm start`: build when there is no export yet or a source is newer than it, then serve out/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { serveExport } from './serve.mjs';

const builtMarker = 'build/csp-map.conf';
const sources = ['app', 'components', 'content', 'lib', 'public', 'package-lock.json', 'next.config.mjs', 'deploy'];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const stale = !existsSync(builtMarker) || Math.max(...sources.map(newestMtime)) > statSync(builtMarker).mtimeMs;
if (stale) {
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? 3000);
await serveExport({ port, host: process.env.HOST ?? '0.0.0.0' });
console.log(`컨테이너 배움터: http://localhost:${port}`);
