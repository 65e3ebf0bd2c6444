// A plain static server for the export in out/, for `npm start` on a machine without nginx.
// Production and CI serve the same files with nginx (deploy/nginx/), which adds the security headers.
import { createServer } from 'node:http';
import compression from 'compression';
import handler from 'serve-handler';

// gzip as nginx does, so what a reader (or Lighthouse) downloads here matches production.
const compress = compression();

export function serveExport({ port, host = '127.0.0.1', root = 'out' }) {
  const server = createServer((request, response) =>
    compress(request, response, () =>
      // cleanUrls maps /learn/docker to learn/docker.html; an unknown path gets 404.html with status 404.
      handler(request, response, { public: root, cleanUrls: true, trailingSlash: false, symlinks: true }),
    ),
  );
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
