import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';

export type Answer = { status: number; headers: Record<string, string> };

// node:http rather than fetch: fetch cleans the path (`/../`, `\`) and refuses TRACE, and these are
// exactly the requests under test.
export function rawRequest(base: string, method: string, target: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { hostname, port, method, path: target, headers: { connection: 'close', ...headers } },
      (response) => {
        response.resume();
        response.on('end', () => {
          const flat: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) flat[name] = String(value);
          resolve({ status: response.statusCode ?? 0, headers: flat });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

// What both servers must agree on. Not Date, Server, Connection or Content-Length of nginx's own
// error bodies, and not Accept-Ranges (the local server does not serve ranges).
export const comparedHeaders = [
  'content-type',
  'content-encoding',
  'vary',
  'etag',
  'last-modified',
  'location',
  'allow',
  'cache-control',
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'x-permitted-cross-domain-policies',
];

export function comparable(answer: Answer, withLength: boolean) {
  const picked: Record<string, string | undefined> = { status: String(answer.status) };
  for (const name of [...comparedHeaders, ...(withLength ? ['content-length'] : [])]) picked[name] = answer.headers[name];
  return picked;
}

/** One file of each kind in out/ (by extension; extensionless files by name), as URL paths. */
export function oneFilePerKind(outDir: string): string[] {
  const byKind = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        // Which stored variants sit beside a file is part of its kind: nginx's Vary differs for a file
        // with only a .br (a small file whose gzip would not be smaller) and one with both.
        const ending = entry.name.includes('.') ? entry.name.slice(entry.name.indexOf('.')) : entry.name;
        const kind = [ending, ...['.br', '.gz'].filter((suffix) => existsSync(full + suffix))].join(' ');
        if (!byKind.has(kind)) byKind.set(kind, `/${path.relative(outDir, full).split(path.sep).join('/')}`);
      }
    }
  };
  walk(outDir);
  return [...byKind.values()].sort();
}
