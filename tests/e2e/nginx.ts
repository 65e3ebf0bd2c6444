import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const nginxBinary = '/usr/sbin/nginx';
const root = process.cwd();
const siteDir = path.join(root, 'deploy', 'nginx');
const brotliModules = ['/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'];

// The same http.conf and site.conf the container image copies (see Dockerfile); only the
// process settings, port and root differ, so the browser tests exercise the production config.
export function nginxConfig(port: number, prefix: string): string {
  const brotli = brotliModules.every((module) => existsSync(module));
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    ...(brotli ? brotliModules.map((module) => `load_module ${module};`) : []),
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`),
    `  include ${siteDir}/http.conf;`,
    ...(brotli ? [`  include ${siteDir}/brotli.conf;`] : []),
    `  include ${root}/build/csp-map.conf;`,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root}/out;`,
    `    include ${siteDir}/site.conf;`,
    '  }',
    '}',
    '',
  ].join('\n');
}

export function startNginx(port: number): ChildProcess {
  const prefix = path.join(root, '.artifacts', 'nginx');
  mkdirSync(prefix, { recursive: true });
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, nginxConfig(port, prefix));
  return spawn(nginxBinary, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'inherit'] });
}
