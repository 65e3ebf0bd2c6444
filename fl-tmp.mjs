import { chromium } from 'playwright-core';
const [runs, ...urls] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
const res = Object.fromEntries(urls.map((u) => [u, []]));
async function one(url) {
  const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, javaScriptEnabled: process.env.JS !== '0' });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForTimeout(Number(process.env.WAIT ?? 800));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await ctx.close();
  const lay = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
  return { max: Math.max(...lay.map((e) => e.dur)) / 1000, sum: lay.reduce((s, e) => s + e.dur, 0) / 1000 };
}
for (let i = 0; i < Number(runs); i++) for (const u of urls) res[u].push(await one(u));
await b.close();
const med = (a) => { const s = [...a].sort((x, y) => x - y); return Math.round(s[Math.floor(s.length / 2)] * 10) / 10; };
for (const u of urls) console.log(u.padEnd(50), 'maxLayout', med(res[u].map((r) => r.max)), ' sumLayout', med(res[u].map((r) => r.sum)));
