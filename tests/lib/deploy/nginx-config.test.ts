import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxBinary, nginxConfig } from '../../e2e/nginx';

const dockerfile = readFileSync('Dockerfile', 'utf8');
const productionConfig = readFileSync('deploy/nginx/nginx.conf', 'utf8');
const siteDir = '/etc/nginx/site/';

// What the image copies into /etc/nginx/site/, from the Dockerfile's own COPY lines.
const copiedToSite = [...dockerfile.matchAll(/^COPY (?:--from=\S+ )?(.+?) (\/etc\/nginx\/site\/\S*)$/gm)].flatMap(
  ([, sources, target]) =>
    target === siteDir ? (sources ?? '').split(' ').map((source) => path.basename(source)) : [path.basename(target ?? '')],
);

describe('the nginx config the image ships is the one CI tests', () => {
  it('copies every file the production config includes', () => {
    const included = [...productionConfig.matchAll(/include \/etc\/nginx\/site\/(\S+);/g)].map(([, file]) => file);
    expect(included.length).toBeGreaterThan(0);
    for (const file of [...included, 'nginx.conf']) expect(copiedToSite).toContain(file);
  });

  it('the browser tests include the same policy, http and site files from deploy/nginx', () => {
    const testConfig = nginxConfig(8080, '/tmp/x');
    for (const file of copiedToSite.filter((name) => name !== 'nginx.conf' && name !== 'csp-map.conf')) {
      expect(testConfig).toContain(path.join(process.cwd(), 'deploy', 'nginx', file));
    }
    expect(productionConfig).toContain(`include ${siteDir}http.conf;`);
    expect(productionConfig).toContain(`include ${siteDir}site.conf;`);
  });

  it('builds the pages with the public address the image is built for, the one lib/site.ts reads', () => {
    const build = dockerfile.slice(0, dockerfile.indexOf('RUN npm run build'));
    expect(build).toMatch(/^ARG SITE_URL=\S+$/m);
    expect(build).toMatch(/^ENV SITE_URL=\$SITE_URL$/m);
    expect(readFileSync('lib/site.ts', 'utf8')).toContain('process.env.SITE_URL');
  });

  it('starts the image as a non-root user with a health check', () => {
    expect(dockerfile).toMatch(/^USER (?!root)\S+$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\/healthz/m);
    expect(productionConfig).toMatch(/listen 8080;/);
  });

  it('runs on Node 24 LTS and Debian 13 (trixie), with the module that serves the stored .br files', () => {
    expect([...dockerfile.matchAll(/^FROM (\S+)/gm)].map(([, image]) => image!.split('@')[0])).toEqual([
      'node:24-trixie-slim',
      'debian:trixie-slim',
    ]);
    expect(dockerfile).toMatch(/apt-get install .*\blibnginx-mod-http-brotli-static\b/);
  });

  it('starts from base images pinned by digest, the tag kept beside it for readers', () => {
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map(([, image]) => image);
    expect(bases.length).toBeGreaterThan(0);
    for (const image of bases) expect(image).toMatch(/^[a-z0-9./-]+:[\w.-]+@sha256:[0-9a-f]{64}$/);
  });

  it('stops gracefully and starts one worker per CPU of the container, not of the node', () => {
    expect(dockerfile).toMatch(/^STOPSIGNAL SIGQUIT$/m);
    expect(productionConfig).not.toMatch(/^\s*worker_processes/m);
    expect(dockerfile).toMatch(/^CMD .*exec nginx .*worker_processes \$\{NGINX_WORKERS\};/m);
  });

  it.runIf(existsSync(nginxBinary))('passes `nginx -t` as the image would load it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
    for (const file of copiedToSite.filter((name) => name !== 'nginx.conf' && name !== 'csp-map.conf')) {
      writeFileSync(path.join(dir, file), readFileSync(`deploy/nginx/${file}`, 'utf8'));
    }
    writeFileSync(path.join(dir, 'csp-map.conf'), 'map $uri $csp_script_hashes { default ""; }\n');
    const config = path.join(dir, 'nginx.conf');
    writeFileSync(config, productionConfig.replaceAll(siteDir, `${dir}/`).replace('/usr/share/nginx/html', dir));
    // access_log /dev/stdout must be openable, as it is in a container; a pipe from Node is a socket.
    const stdout = openSync(path.join(dir, 'stdout'), 'w');
    // With the image's own -g: a worker_processes in the file too would be a duplicate and fail here.
    const result = spawnSync(nginxBinary, ['-t', '-e', 'stderr', '-c', config, '-g', 'worker_processes 2;'], {
      encoding: 'utf8',
      stdio: ['ignore', stdout, 'pipe'],
    });
    expect(result.stderr).toContain('syntax is ok');
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });
});
