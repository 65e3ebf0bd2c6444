import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractChapterModel } from '@/lib/content/chapter-model';
import { compileMdx } from '@/lib/mdx/compile';

const frontmatter = '---\ntitle: 시험\n---\n\n';
const components = { Callout: { props: z.strictObject({}) } };
const compile = (body: string) =>
  compileMdx(frontmatter + body, { file: 'content/chapters/test.mdx', components, inspect: extractChapterModel });
const headingsOf = async (body: string) =>
  (await compile(body)).inspected.headings.map(({ depth, id, text }) => ({ depth, id, text }));

describe('compileMdx', () => {
  it('collects headings with their explicit ids and strips the id comment from the text', async () => {
    const body = '## 컨테이너란 {/*what-is-a-container*/}\n\n본문\n\n### 레이어 {/*layers*/}\n';
    const { code } = await compile(body);
    expect(await headingsOf(body)).toEqual([
      { depth: 2, id: 'what-is-a-container', text: '컨테이너란' },
      { depth: 3, id: 'layers', text: '레이어' },
    ]);
    expect(code).toContain('what-is-a-container');
    expect(code).not.toContain('/*what-is-a-container*/');
  });

  it('keeps an id when the Korean wording of its heading changes', async () => {
    const before = await headingsOf('## 컨테이너란 {/*what-is-a-container*/}\n');
    const after = await headingsOf('## 컨테이너는 무엇인가요? {/*what-is-a-container*/}\n');
    expect(after[0]?.id).toBe(before[0]?.id);
  });

  it.each([
    ['a heading without an id', '본문\n\n## 제목\n', 7, 'heading "제목" has no id'],
    ['a non-ASCII id', '## 제목 {/*제목*/}\n', 5, 'heading id "제목" must be lowercase ASCII'],
    ['a duplicate id', '## 하나 {/*same*/}\n\n## 둘 {/*same*/}\n', 7, 'heading id "same" is used twice'],
    ['an unregistered component', '문단\n\n<Spaceship speed={3} />\n', 7, '<Spaceship> is not a registered component'],
    ['an import', "import x from '../lib/x'\n\n본문\n", 5, 'must not import or export code'],
    ['a code block without a language', '```\nls\n```\n', 5, 'code block has no language'],
    ['a code block with an unknown language', '```dockerfle\nFROM x\n```\n', 5, 'code block has "dockerfle"'],
    ['an MDX syntax error', '첫 줄\n\n<div>\n\n</span>\n\n끝\n', 9, 'Unexpected closing tag `</span>`'],
    ['an unclosed expression', '첫 줄\n\n{열린 중괄호\n', 8, 'Unexpected end of file in expression'],
  ])('fails on %s with the file and line', async (_, body, line, reason) => {
    const error = await compile(body).then(
      () => undefined,
      (caught: Error) => caught,
    );
    expect(error?.message).toContain(`content/chapters/test.mdx:${line}: `);
    expect(error?.message).toContain(reason);
  });

  it('highlights code at build time with a light and a dark theme', async () => {
    const { code } = await compile('```dockerfile title="Dockerfile"\nFROM ruby:3.3\n```\n');
    // As classes, never inline styles: the pages' CSP allows none (lib/mdx/code-colors.ts).
    expect(code).toMatch(/sh-c-[0-9a-f]{6}/);
    expect(code).toMatch(/sh-d-[0-9a-f]{6}/);
    expect(code).not.toMatch(/style|--shiki/);
    expect(code).toContain('data-language');
    expect(code).toContain('dockerfile');
    expect(code).toContain('data-title');
  });
});

describe('including project files', () => {
  it('fills an empty code block from the file and titles it with the path', async () => {
    const { code } = await compile('```yaml include="deploy/kubernetes/hpa.yaml"\n```\n');
    expect(code).toContain('deploy/kubernetes/hpa.yaml');
    expect(code).toContain('HorizontalPodAutoscaler');
  });

  it.each([
    [
      'a missing file on the list',
      '```text include="deploy/no-such-file.yaml"\n```\n',
      'include="deploy/no-such-file.yaml": no such file',
    ],
    [
      'a path outside the project',
      '```text include="../etc/passwd"\n```\n',
      'include="../etc/passwd": must not name a dotfile or a dot folder, or leave the project',
    ],
    ['an absolute path', '```text include="/etc/passwd"\n```\n', 'include="/etc/passwd": must be a path from the project root'],
    ['a secret in a dotfile', '```text include=".env.local"\n```\n', 'include=".env.local": must not name a dotfile'],
    [
      'a dotfile inside an allowed folder',
      '```text include="deploy/.secret"\n```\n',
      'include="deploy/.secret": must not name a dotfile',
    ],
    [
      'a project file not on the list',
      '```json include="tsconfig.json"\n```\n',
      'include="tsconfig.json": is not on the list of files a chapter may show (Dockerfile, deploy/**',
    ],
    [
      'a folder prefix that is not the folder',
      '```text include="deployment.txt"\n```\n',
      'include="deployment.txt": is not on the list',
    ],
    ['a block that also has its own text', '```dockerfile include="Dockerfile"\nFROM x\n```\n', 'leave the code block empty'],
  ])('fails on %s with the line', async (_, body, reason) => {
    const error = await compile(body).then(
      () => undefined,
      (caught: Error) => caught,
    );
    expect(error?.message).toContain('content/chapters/test.mdx:5: ');
    expect(error?.message).toContain(reason);
  });
});
