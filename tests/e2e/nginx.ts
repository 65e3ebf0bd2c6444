import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { textTypes } from '../../deploy/http-policy.mjs';

export const nginxBinary = '/usr/sbin/nginx';
const root = process.cwd();
const siteDir = path.join(root, 'deploy', 'nginx');
// Precompressed .br files are served by this module; without it nginx would send gzip where the
// image sends brotli, and the browser tests would not be testing production.
export const brotliStaticModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const brotliFilterModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

// The load test's "before": what production did until the build precompressed, compressing every
// text answer on the fly (level 6, brotli where the module is installed, else gzip).
function onTheFlyCompression(): string[] {
  const brotli = existsSync(brotliFilterModule);
  const types = textTypes.filter((type) => type !== 'text/html').join(' ');
  return [
    '  server_tokens off; sendfile on; tcp_nopush on;',
    `  gzip on; gzip_vary on; gzip_comp_level 6; gzip_min_length 512; gzip_types ${types};`,
    ...(brotli ? [`  brotli on; brotli_comp_level 6; brotli_types ${types};`] : []),
  ];
}

export type Compression = 'precompressed' | 'on-the-fly';

// The same policy, http and site files the container image copies (see Dockerfile); only the
// process settings, port and root differ, so the browser tests exercise the production config.
export function nginxConfig(port: number, prefix: string, compression: Compression = 'precompressed'): string {
  const precompressed = compression === 'precompressed';
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    precompressed
      ? `load_module ${brotliStaticModule};`
      : existsSync(brotliFilterModule)
        ? `load_module ${brotliFilterModule};`
        : '',
    'events { worker_connections 1024; }',
    'http {',
    `  include ${siteDir}/policy-http.conf;`,
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`),
    ...(precompressed ? [`  include ${siteDir}/http.conf;`] : onTheFlyCompression()),
    `  include ${root}/build/csp-map.conf;`,
    ...(precompressed ? [`  include ${siteDir}/brotli.conf;`] : []),
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

/** Where an nginx started by startNginx keeps its config, pid file and logs. */
export const nginxPrefix = (instance: string) => path.join(root, '.artifacts', instance);

// `instance` names the prefix, so that several servers (the test server, the load test's old config,
// the two pods of a rolling restart) can run side by side.
export function startNginx(
  port: number,
  compression: Compression = 'precompressed',
  instance = compression === 'precompressed' ? 'nginx' : 'nginx-on-the-fly',
): ChildProcess {
  if (!existsSync(brotliStaticModule)) {
    throw new Error(`${brotliStaticModule} is missing: apt-get install libnginx-mod-http-brotli-static (see README)`);
  }
  const prefix = nginxPrefix(instance);
  mkdirSync(prefix, { recursive: true });
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, nginxConfig(port, prefix, compression));
  return spawn(nginxBinary, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'inherit'] });
}
