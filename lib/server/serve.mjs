// The local server for the static export in out/ (`npm start`, and the browser tests where nginx is
// missing). It answers like production nginx (deploy/nginx/): the same URL rules (resolve.mjs), the
// same headers from the same policy (deploy/http-policy.mjs), the same precompressed files, the same
// ETag and Last-Modified. tests/e2e/servers-agree.test.ts compares the two, header by header.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import {
  cacheControlFor,
  contentSecurityPolicy,
  contentTypeFor,
  encodings,
  fixedHeaders,
  allowedMethods,
  resourcePolicyFor,
} from '../../deploy/http-policy.mjs';
import { errorPage, resolve } from './resolve.mjs';

// build/csp-map.conf is the nginx map scripts/build/postbuild.ts writes: `"<uri>" "<hashes>";` per line.
// Reading that same file keeps both servers on the same hashes.
export function readCspMap(file) {
  const map = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const entry = /^\s*("(?:[^"\\]|\\.)*")\s+"([^"]*)";$/.exec(line);
    if (entry) map.set(JSON.parse(entry[1] ?? '""'), entry[2] ?? '');
  }
  return map;
}

function statFile(file) {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat : undefined;
  } catch {
    // ENOENT, ENOTDIR, ENAMETOOLONG (a 300-character segment) …: not a file, as nginx's try_files sees it.
    return undefined;
  }
}

// nginx's ETag: "<mtime in seconds, hex>-<size, hex>", of the file actually sent.
const etagOf = (stat) => `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`;

function accepts(header, name) {
  return String(header ?? '')
    .split(',')
    .some((part) => {
      const [token, ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return token?.trim().toLowerCase() === name && (q === undefined || Number(q) > 0);
    });
}

// When nginx adds `Vary: Accept-Encoding`: gzip_static whenever a .gz exists, Debian's brotli_static
// only when a .br exists and the request accepts br (measured: a file with only a .br, asked for with
// `Accept-Encoding: gzip`, gets no Vary).
const varies = (encoding, request) => encoding === 'gzip' || accepts(request.headers['accept-encoding'], 'br');

function policyHeaders(uri, hashes) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes.get(uri) ?? ''),
    ...Object.fromEntries(fixedHeaders),
    'Cross-Origin-Resource-Policy': resourcePolicyFor(uri),
    'Cache-Control': cacheControlFor(uri),
  };
}

// What nginx writes for an error it answers itself (here only 405).
const statusPage = (status, text) =>
  `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

function send(request, response, root, hashes) {
  const isFile = (uri) => statFile(path.join(root, uri)) !== undefined;
  const answer = resolve({ method: request.method ?? 'GET', url: request.url ?? '/' }, isFile);
  const headers = policyHeaders(answer.uri, hashes);

  if (answer.location !== undefined || answer.body !== undefined || answer.status === 405) {
    const redirect = answer.location !== undefined;
    const body =
      answer.body ??
      (redirect
        ? statusPage(answer.status, answer.status === 301 ? 'Moved Permanently' : 'Found')
        : statusPage(405, 'Not Allowed'));
    response.writeHead(answer.status, {
      'Content-Type':
        answer.body !== undefined ? contentTypeFor('healthz.txt') : redirect ? 'text/html' : contentTypeFor(errorPage),
      'Content-Length': Buffer.byteLength(body),
      ...(redirect ? { Location: answer.location } : {}),
      ...(answer.status === 405 ? { Allow: allowedMethods.join(', ') } : {}),
      ...headers,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }

  const file = path.join(root, answer.file ?? errorPage);
  const original = statFile(file);
  if (!original) {
    response.writeHead(500, headers).end();
    return;
  }
  // The stored variant the reader accepts, brotli first, as nginx's brotli_static and gzip_static do.
  // nginx sends a request it could not parse (400, 414) the error page uncompressed, Vary and all.
  const variants = encodings.map((encoding) => ({ ...encoding, stat: statFile(file + encoding.suffix) }));
  const parsed = answer.status !== 400 && answer.status !== 414;
  const chosen = variants.find((variant) => parsed && variant.stat && accepts(request.headers['accept-encoding'], variant.name));
  const stat = chosen?.stat ?? original;
  // Validators and Vary go with a 304 too; the type and encoding of a body not sent do not.
  const validators = {
    ETag: etagOf(stat),
    // nginx sends Last-Modified only with 200.
    ...(answer.status === 200 ? { 'Last-Modified': new Date(Math.floor(stat.mtimeMs / 1000) * 1000).toUTCString() } : {}),
    ...(variants.some((variant) => variant.stat && varies(variant.name, request)) ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (answer.status === 200 && notModified(request, validators)) {
    response.writeHead(304, { ...validators, ...headers }).end();
    return;
  }
  const fileHeaders = {
    'Content-Type': contentTypeFor(file),
    ...validators,
    ...(chosen ? { 'Content-Encoding': chosen.name } : {}),
  };
  response.writeHead(answer.status, { ...fileHeaders, 'Content-Length': stat.size, ...headers });
  if (request.method === 'HEAD') response.end();
  else createReadStream(chosen ? file + chosen.suffix : file).pipe(response);
}

// nginx's rules: If-None-Match wins (a list, or *); else If-Modified-Since must equal Last-Modified.
function notModified(request, validators) {
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch !== undefined) {
    return noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === validators.ETag);
  }
  return request.headers['if-modified-since'] === validators['Last-Modified'];
}

export function serveExport({ port, host = '127.0.0.1', root = 'out', cspMap = 'build/csp-map.conf' }) {
  const hashes = readCspMap(cspMap);
  const server = createServer((request, response) => send(request, response, root, hashes));
  // A request line or headers too long for Node's parser (a 100 kB URL): the Korean page with 414,
  // as nginx answers, instead of a bare 431 or a dropped connection.
  server.on('clientError', (error, socket) => {
    if (!socket.writable) return;
    const tooLong = error.code === 'HPE_HEADER_OVERFLOW' || error.code === 'HPE_URI_TOO_LONG';
    const status = tooLong ? 414 : 400;
    const page = readFileSync(path.join(root, errorPage));
    const head = [
      `HTTP/1.1 ${status} ${tooLong ? 'Request-URI Too Large' : 'Bad Request'}`,
      `Content-Type: ${contentTypeFor(errorPage)}`,
      `Content-Length: ${page.length}`,
      `ETag: ${etagOf(statSync(path.join(root, errorPage)))}`,
      ...(encodings.some(({ suffix }) => statFile(path.join(root, errorPage + suffix))) ? ['Vary: Accept-Encoding'] : []),
      ...Object.entries(policyHeaders(errorPage, hashes)).map(([name, value]) => `${name}: ${value}`),
      'Connection: close',
    ];
    const isHead = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), isHead ? Buffer.alloc(0) : page]));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}
