// `npm run bench`: for every chapter page, the JavaScript it loads (gzip), its total transfer, and
// Lighthouse 12 mobile in Debian's Chromium, beside the same page as plain HTML with every script
// removed (the floor: what the prose alone costs). Needs `npm run build` first. One Lighthouse run
// varies by tens of milliseconds of TBT on a busy machine, so each page is run BENCH_RUNS times (3)
// and reported by Lighthouse's own median run, with the range of TBT beside it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chapterSlugs } from '../../content/manifest';
import { measurePage } from '../../lib/chromium/measure-page';
import { serveExport } from '../../lib/server/serve.mjs';
import { chromiumArgs, chromiumPath } from '../../lib/chromium/launch-options';
import { latencyBudgetMs, latencyTable, measureTerminalLatency } from './terminal-latency';

const budget = { performance: 98, lcp: 1200, tbt: 100, cls: 0.01, js: 170 * 1024, total: 300 * 1024 };
const runs = Number(process.env.BENCH_RUNS ?? 3);

// The floor: the exported page without a single script, its stylesheet still linked.
function writeFloor(dir: string) {
  mkdirSync(path.join(dir, 'learn'), { recursive: true });
  symlinkSync(path.resolve('out/_next'), path.join(dir, '_next'));
  for (const slug of chapterSlugs) {
    const html = readFileSync(`out/learn/${slug}.html`, 'utf8')
      .replace(/<script\b[\s\S]*?<\/script>/gi, '')
      .replace(/<link[^>]+rel="(?:preload|modulepreload)"[^>]+as="script"[^>]*>/gi, '');
    writeFileSync(path.join(dir, 'learn', `${slug}.html`), html);
  }
}

// Asynchronous on purpose: the pages are served from this same process.
async function lighthouseRun(url: string) {
  const reportPath = path.join(tmpdir(), `lh-${process.pid}.json`);
  await promisify(execFile)('npx', [
    'lighthouse',
    url,
    '--quiet',
    '--output=json',
    `--output-path=${reportPath}`,
    `--chrome-path=${chromiumPath}`,
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
  ]);
  return JSON.parse(readFileSync(reportPath, 'utf8'));
}

// Lighthouse itself sometimes loses the trace on a loaded machine ("Please run Lighthouse again",
// NO_NAVSTART); such a run is repeated once instead of ending the whole bench.
async function lighthouseRunAgainOnce(url: string) {
  try {
    return await lighthouseRun(url);
  } catch (error) {
    if (!String((error as { stderr?: string }).stderr ?? '').includes('Please run Lighthouse again')) throw error;
    return lighthouseRun(url);
  }
}

async function lighthouse(url: string, times: number) {
  const reports = [];
  for (let run = 0; run < times; run += 1) reports.push(await lighthouseRunAgainOnce(url));
  const tbts: number[] = reports.map((report) => report.audits['total-blocking-time'].numericValue);
  const report = computeMedianRun(reports);
  const score = (id: string) => Math.round(report.categories[id].score * 100);
  const audit = (id: string): number => report.audits[id].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    tbtRange: `${Math.round(Math.min(...tbts))}–${Math.round(Math.max(...tbts))}`,
  };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const floorDir = mkdtempSync(path.join(tmpdir(), 'floor-'));
writeFloor(floorDir);
const site = await serveExport({ port: 4310 });
const floor = await serveExport({ port: 4311, root: floorDir });

const rows: Array<
  { slug: string; kind: string } & Awaited<ReturnType<typeof measurePage>> & Awaited<ReturnType<typeof lighthouse>>
> = [];
for (const slug of chapterSlugs) {
  for (const [kind, origin] of [
    ['site', 'http://127.0.0.1:4310'],
    ['floor', 'http://127.0.0.1:4311'],
  ] as const) {
    const url = `${origin}/learn/${slug}`;
    const weight = await measurePage(url, { hydrates: kind === 'site' });
    const lh = await lighthouse(url, kind === 'site' ? runs : 1);
    rows.push({ slug, kind, ...weight, ...lh });
    console.error(`measured ${kind} /learn/${slug}`);
  }
}

console.log(`Lighthouse: median of ${runs} runs per chapter page (one for a floor page); TBT range over those runs.\n`);
console.log('| page | JS kB gz | total kB gz | perf | a11y | best | SEO | LCP ms | TBT ms | TBT range | CLS |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(
    `| /learn/${row.slug}${row.kind === 'floor' ? ' (no JS floor)' : ''} | ${kB(row.js)} | ${kB(row.total)} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${Math.round(row.lcp)} | ${Math.round(row.tbt)} | ${row.tbtRange} | ${row.cls.toFixed(3)} |`,
  );
}
const over = rows.filter(
  (row) =>
    row.kind === 'site' &&
    (row.performance < budget.performance ||
      row.lcp > budget.lcp ||
      row.tbt > budget.tbt ||
      row.cls > budget.cls ||
      row.js > budget.js ||
      row.total > budget.total),
);
console.log(
  over.length === 0 ? '\nAll chapter pages within budget.' : `\nOver budget: ${over.map((row) => row.slug).join(', ')}`,
);
// The terminals: Enter → output painted at 4× CPU slowdown (scripts/bench/terminal-latency.ts),
// after the table so that a failure here cannot lose it.
const latency = await measureTerminalLatency('http://127.0.0.1:4310');
site.close();
floor.close();
rmSync(floorDir, { recursive: true, force: true });
console.log(`\nTerminal input latency (budget ${latencyBudgetMs} ms):\n`);
console.log(latencyTable(latency));
