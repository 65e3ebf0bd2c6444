// Gzip weight of built pages: `npx tsx scripts/bench/page-weight.ts http://localhost:3000/learn/docker [more URLs…]`.
import { measurePage } from '../../lib/chromium/measure-page';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
for (const pageUrl of process.argv.slice(2)) {
  const weight = await measurePage(pageUrl);
  console.log(pageUrl);
  console.log(
    `  HTML ${kB(weight.html)} · JS ${kB(weight.js)} in ${weight.scripts} files · CSS ${kB(weight.css)} · everything ${kB(weight.total)} (gzip -9)`,
  );
}
