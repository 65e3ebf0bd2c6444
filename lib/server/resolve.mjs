// Which answer a request gets, decided the way deploy/nginx/site.conf decides it, without touching
// the disk itself (`isFile` is asked). Kept apart from the HTTP code so each rule can be tested alone.
import { allowedMethods } from '../../deploy/http-policy.mjs';

// nginx's 8 kB request-line buffer (large_client_header_buffers): a longer line gets 414.
export const maxRequestLine = 8192;
export const errorPage = '/404.html';
const trailingSlash = /^((?:\/[A-Za-z0-9._-]+)+)\/$/;
const errorPageAddresses = /^\/(404|_not-found)(\.html)?$/;
const redirectsHome = new Set(['/learn', '/learn/']);

/**
 * nginx's view of the path: percent-decoded, slashes merged, `.` and `..` resolved. Undefined when
 * nginx would answer 400: an undecodable escape, a NUL byte, or `..` above the root.
 */
export function normalizePath(rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return undefined;
  const segments = [];
  const parts = decoded.split('/').slice(1);
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    if (part === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
      if (last) segments.push('');
    } else if (part === '.' || (part === '' && !last)) {
      if (last) segments.push('');
    } else {
      segments.push(part);
    }
  }
  return `/${segments.join('/')}`;
}

/**
 * @param {{ method: string, url: string }} request
 * @param {(uri: string) => boolean} isFile whether out/<uri> is a regular file
 * @returns {{ status: number, uri: string, file?: string, location?: string, body?: string }}
 *   `uri` is what nginx's $uri holds when the headers go out (it picks the page's script hashes and
 *   cache policy); `file` is the file to send, the error page included.
 */
export function resolve({ method, url }, isFile) {
  const notFound = (status) => ({ status, uri: errorPage, file: errorPage });
  if (method.length + url.length + ' HTTP/1.1\r\n'.length > maxRequestLine) return notFound(414);
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  const uri = normalizePath(rawPath);
  if (uri === undefined) return notFound(400);
  if (!allowedMethods.includes(method)) return { status: 405, uri };

  if (uri === '/') return isFile('/index.html') ? { status: 200, uri: '/index.html', file: '/index.html' } : notFound(404);
  if (redirectsHome.has(uri)) return { status: 302, uri, location: `/${query}` };
  if (uri === '/healthz') return { status: 200, uri, body: 'ok\n' };
  if (uri === errorPage) return notFound(404);
  const slash = trailingSlash.exec(uri);
  if (slash) return { status: 301, uri, location: `${slash[1]}${query}` };
  if (errorPageAddresses.test(uri)) return notFound(404);
  for (const candidate of [uri, `${uri}.html`]) {
    if (isFile(candidate)) return { status: 200, uri: candidate, file: candidate };
  }
  return notFound(404);
}
