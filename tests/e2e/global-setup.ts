import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { serveExport } from '../../lib/server/serve.mjs';
import { freePort } from './free-port';
import { nginxBinary, startNginx } from './nginx';

export type ServerKind = 'nginx' | 'node' | 'external';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    serverKind: ServerKind;
  }
}

async function waitFor(url: string, timeoutMs: number, exited: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('the server exited before it answered');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer at ${url} within ${timeoutMs} ms`);
}

// The browser suite runs against the real static export: the build is itself under test, and a
// content error fails the suite with the pipeline's own message. The export is served by nginx with
// the production config wherever nginx is installed (CI installs it), otherwise by lib/server/serve.mjs.
// E2E_BASE_URL points the suite at a server that is already running instead.
export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseURL', external.replace(/\/$/, ''));
    project.provide('serverKind', 'external');
    return;
  }

  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`npm run build failed with exit code ${build.status}`);

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const useNginx = existsSync(nginxBinary);
  if (!useNginx && process.env.CI) throw new Error(`CI must serve the export with nginx, but ${nginxBinary} is missing`);

  let nginx: ChildProcess | undefined;
  let server: Server | undefined;
  if (useNginx) {
    nginx = startNginx(port);
    const process = nginx;
    await waitFor(baseURL, 30_000, () => process.exitCode !== null);
  } else {
    server = await serveExport({ port });
    await waitFor(baseURL, 30_000, () => false);
  }
  project.provide('baseURL', baseURL);
  project.provide('serverKind', useNginx ? 'nginx' : 'node');

  return () => {
    nginx?.kill('SIGQUIT');
    server?.close();
  };
}
