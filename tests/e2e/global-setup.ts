import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`production server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`production server did not answer at ${url} within ${timeoutMs} ms`);
}

// The browser suite runs against the real production build: `next build` is itself under test here,
// and a content error fails the suite with the pipeline's own message. E2E_BASE_URL points the suite
// at a server that is already running instead.
export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseURL', external.replace(/\/$/, ''));
    return;
  }

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`);

  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(baseURL, server, 60_000);
  project.provide('baseURL', baseURL);

  return () => {
    // npx starts next as a child; kill the whole process group.
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}
