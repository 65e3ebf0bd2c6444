// Whether out/ is older than what it is built from, for `npm start`'s "build first?" check.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The marker the build writes (scripts/build/postbuild.ts): its time is the build's time. */
export const builtMarker = 'build/csp-map.conf';

// Everything `npm run build` reads: the app, the content, the build steps in scripts/ (the local
// server in lib/server/ and scripts/server/ excepted: changing it changes no page), the fonts in assets/, and the dependency and tool configs.
export const buildInputs = [
  'app',
  'components',
  'content',
  'lib',
  'public',
  'assets',
  'scripts',
  'types',
  'package.json',
  'package-lock.json',
  'next.config.mjs',
  'postcss.config.mjs',
  'tsconfig.json',
];
const notInputs = [path.join('scripts', 'server'), path.join('lib', 'server')];

function newestMtime(root, entry) {
  const full = path.join(root, entry);
  if (notInputs.includes(entry) || !existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newestMtime(root, path.join(entry, name))));
}

/** The inputs changed since the last build, or ['no build yet']; empty when the build is current. */
export function staleReasons(root = '.') {
  const marker = path.join(root, builtMarker);
  if (!existsSync(marker)) return ['no build yet'];
  const built = statSync(marker).mtimeMs;
  return buildInputs.filter((input) => newestMtime(root, input) > built);
}
