// Writes deploy/nginx/policy-http.conf and policy-server.conf from deploy/http-policy.mjs
// (lib/server/nginx-policy.mjs). Run after changing the policy: `node scripts/server/write-nginx-policy.mjs`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyFiles } from '../../lib/server/nginx-policy.mjs';

const nginxDir = fileURLToPath(new URL('../../deploy/nginx/', import.meta.url));
for (const [name, write] of Object.entries(policyFiles)) {
  writeFileSync(path.join(nginxDir, name), write());
  console.log(`nginx-policy: deploy/nginx/${name}`);
}
