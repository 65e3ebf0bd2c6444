import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const nginxBinary = '/usr/sbin/nginx';
const root = process.cwd();
const siteDir = path.join(root, 'deploy', 'nginx');
// Precompressed .br files are served by this module; without it nginx would send gzip where the
// image sends brotli, and the browser tests would not be testing production.
export const brotliStaticModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

// The same policy, http and site files the container image copies (see Dockerfile); only the
// process settings, port and root differ, so the browser tests exercise the production config.
export function nginxConfig(port: number, prefix: string): string {
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    `load_module ${brotliStaticModule};`,
    'events { worker_connections 1024; }',
    'http {',
    `  include ${siteDir}/policy-http.conf;`,
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`),
    `  include ${siteDir}/http.conf;`,
    `  include ${root}/build/csp-map.conf;`,
    `  include ${siteDir}/brotli.conf;`,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root}/out;`,
    `    include ${siteDir}/policy-server.conf;`,
    `    include ${siteDir}/site.conf;`,
    '  }',
    '}',
    '',
  ].join('\n');
}

export function startNginx(port: number): ChildProcess {
  if (!existsSync(brotliStaticModule)) {
    throw new Error(`${brotliStaticModule} is missing: apt-get install libnginx-mod-http-brotli-static (see README)`);
  }
  const prefix = path.join(root, '.artifacts', 'nginx');
  mkdirSync(prefix, { recursive: true });
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, nginxConfig(port, prefix));
  return spawn(nginxBinary, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'inherit'] });
}
