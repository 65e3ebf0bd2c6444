import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brotliFilterModule, brotliStaticModule, nginxBinary } from '../../e2e/nginx';

const ci = readFileSync('.ci/run', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const testsSection = readme.slice(readme.indexOf('## 테스트'), readme.indexOf('\n## ', readme.indexOf('## 테스트') + 1));
// The Debian packages .ci/run installs when missing: `|| missing+=(name)`.
const ciPackages = [...ci.matchAll(/\|\| missing\+=\(([\w.-]+)\)/g)].map(([, name]) => name);

describe('.ci/run and the README agree on what a fresh machine needs', () => {
  it('installs every file the browser suite loads', () => {
    for (const file of [nginxBinary, brotliStaticModule, brotliFilterModule, '/usr/bin/chromium']) expect(ci).toContain(file);
    expect(ciPackages).toEqual(expect.arrayContaining(['nginx', 'libnginx-mod-http-brotli-static', 'chromium', 'hunspell-ko']));
  });

  it("runs exactly the README's test command", () => {
    expect(ci).toMatch(/^npm test$/m);
    expect(testsSection).toContain('```bash\nnpm test\n```');
  });

  it('tells a newcomer to install the same packages, before `npm test`', () => {
    const install = testsSection.indexOf('apt-get install');
    expect(install).toBeGreaterThan(-1);
    expect(install).toBeLessThan(testsSection.indexOf('npm test\n```'));
    const line = testsSection.slice(install, testsSection.indexOf('\n', install));
    for (const name of ciPackages) expect(line.split(/\s+/)).toContain(name);
  });

  it('says how long `npm test` takes and that it starts nginx and a load test', () => {
    expect(testsSection).toMatch(/약 \d+분 걸립니다/);
    expect(testsSection).toContain('nginx');
    expect(testsSection).toContain('부하 테스트');
  });

  it('points to the writing guide inside the repository', () => {
    expect(readme).not.toContain('../shared/');
    expect(readme).toContain('(content/WRITING.md)');
  });
});
