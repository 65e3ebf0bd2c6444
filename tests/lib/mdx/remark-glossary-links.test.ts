import type { Link, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { glossary, glossaryMatches } from '@/content/glossary';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { compileMdx } from '@/lib/mdx/compile';
import { remarkGlossaryLinks } from '@/lib/mdx/remark-glossary-links';

const terms = [
  { id: 'container', term: '컨테이너' },
  { id: 'image', term: '이미지' },
  { id: 'replica', term: '레플리카' },
  { id: 'replicaset', term: '레플리카셋' },
  { id: 'scale', term: '스케일' },
  { id: 'dockerfile', term: 'Dockerfile' },
];

// The plugin alone, on a tree parsed as MDX; the pipeline test below runs it where the build does.
const parse = (markdown: string) => fromMarkdown(markdown, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });

function links(markdown: string): { url: string; text: string; line: number }[] {
  const tree = parse(markdown);
  remarkGlossaryLinks({ terms })(tree);
  const found: { url: string; text: string; line: number }[] = [];
  const walk = (node: Root | Root['children'][number]) => {
    if (node.type === 'link') {
      const link = node as Link;
      found.push({
        url: link.url,
        text: link.children.map((child) => ('value' in child ? child.value : '')).join(''),
        line: link.position?.start.line ?? 0,
      });
    }
    if ('children' in node) for (const child of node.children) walk(child as Root['children'][number]);
  };
  walk(tree);
  return found;
}

describe('remarkGlossaryLinks', () => {
  it('links the first use of each term, with its particle left outside the link', () => {
    const result = links('컨테이너를 실행하면 이미지가 필요합니다. 컨테이너는 다시 링크되지 않습니다.');
    expect(result).toEqual([
      { url: '/glossary#container', text: '컨테이너', line: 0 },
      { url: '/glossary#image', text: '이미지', line: 0 },
    ]);
  });

  it('skips headings, code, links and JSX components, then links the first use in prose', () => {
    const markdown = [
      '## 컨테이너 {/*containers*/}',
      '',
      '`컨테이너` 와 [컨테이너 문서](https://example.com)',
      '',
      '<Callout>컨테이너</Callout>',
      '',
      '```text',
      '컨테이너',
      '```',
      '',
      '여기서 처음 컨테이너가 나옵니다.',
    ].join('\n');
    expect(links(markdown).filter((link) => link.url.startsWith('/glossary'))).toEqual([
      { url: '/glossary#container', text: '컨테이너', line: 0 },
    ]);
  });

  it('prefers the longest term at a position and only matches at the start of a word', () => {
    expect(links('레플리카셋이 레플리카를 관리합니다. 오토스케일링은 스케일과 다릅니다.').map((link) => link.url)).toEqual([
      '/glossary#replicaset',
      '/glossary#replica',
      '/glossary#scale',
    ]);
  });

  it('matches an English term only as a whole word', () => {
    expect(links('Dockerfiles와 MyDockerfile은 아닙니다. Dockerfile은 맞습니다.').map((link) => link.text)).toEqual([
      'Dockerfile',
    ]);
  });

  it('links inside list items and table cells', () => {
    expect(links('- 이미지 하나\n\n| 컨테이너 |\n|---|\n| 값 |').map((link) => link.url)).toEqual([
      '/glossary#image',
      '/glossary#container',
    ]);
  });
});

describe('glossary links in a compiled chapter', () => {
  it('compiles a string through the real pipeline with links to /glossary anchors', async () => {
    const source =
      '---\ntitle: 시험\ndescription: 용어 링크가 들어가는지 확인하는 시험용 문서입니다.\n---\n\n파드는 노드에서 실행됩니다. 파드는 한 번만 링크됩니다.\n';
    const { code } = await compileMdx(source, { file: 'test.mdx', components: {}, inspect: () => undefined });
    expect(code.match(/\/glossary#pod/g)).toHaveLength(1);
    expect(code).toContain('/glossary#node');
  });
});

describe('the glossary data', () => {
  it('has unique, stable ASCII ids and a short Korean definition for every term', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of glossary) {
      expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(entry.definition).toMatch(/[\uac00-\ud7a3]/);
      expect(entry.definition.length).toBeLessThan(200);
      expect(entry.english.length).toBeGreaterThan(0);
    }
  });

  it('covers every term in the editorial table', () => {
    const required = [
      '도커',
      '컨테이너',
      '이미지',
      '레이어',
      'Dockerfile',
      '레지스트리',
      '리포지터리',
      '태그',
      '빌드',
      '실행',
      '풀',
      '푸시',
      '가상 머신',
      '커널',
      '파드',
      '노드',
      '디플로이먼트',
      '레플리카셋',
      '레플리카',
      '클러스터',
      '컨트롤 플레인',
      '오케스트레이션',
      '자가 치유',
      '스케일',
      '오토스케일링',
      '롤링 업데이트',
      '롤아웃',
      '롤백',
      '의도한 상태',
      '부하',
      '헬스 체크',
      '매니페스트',
    ];
    const terms = new Set(glossary.map((entry) => entry.term));
    expect(required.filter((term) => !terms.has(term))).toEqual([]);
  });

  it('never matches one term inside another term’s form', () => {
    const forms = glossary.flatMap(glossaryMatches);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
