// Gzip weight of built pages: `node scripts/page-weight.mjs http://localhost:3000/learn/docker [more URLs…]`.
import { measurePage } from './measure-page.mjs';

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
for (const pageUrl of process.argv.slice(2)) {
  const weight = await measurePage(pageUrl);
  console.log(pageUrl);
  console.log(
    `  HTML ${kB(weight.html)} · JS ${kB(weight.js)} in ${weight.scripts} files · CSS ${kB(weight.css)} · everything ${kB(weight.total)} (gzip -9)`,
  );
}
