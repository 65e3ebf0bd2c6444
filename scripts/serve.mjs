// A plain static server for the export in out/, for `npm start` on a machine without nginx.
// Production and CI serve the same files with nginx (deploy/nginx/), which adds the security headers.
import { createServer } from 'node:http';
import handler from 'serve-handler';

export function serveExport({ port, host = '127.0.0.1' }) {
  const server = createServer((request, response) =>
    // cleanUrls maps /learn/docker to learn/docker.html; an unknown path gets 404.html with status 404.
    handler(request, response, { public: 'out', cleanUrls: true, trailingSlash: false }),
  );
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
