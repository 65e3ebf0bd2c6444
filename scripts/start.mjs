// `npm start`: build when there is no build yet or a source is newer than it, then serve production.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const buildId = '.next/BUILD_ID';
const sources = ['app', 'components', 'content', 'lib', 'public', 'package-lock.json', 'next.config.mjs'];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function run(args) {
  const result = spawnSync('npx', ['next', ...args], {
    stdio: 'inherit',
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stale = !existsSync(buildId) || Math.max(...sources.map(newestMtime)) > statSync(buildId).mtimeMs;
if (stale) run(['build']);
run(['start', '--port', process.env.PORT ?? '3000']);
