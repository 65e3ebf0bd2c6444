import { describe, expect, it } from 'vitest';
import { componentProps } from '@/components/mdx/component-props';
import { checkGlossary } from '@/lib/content/checks/check-glossary';
import { checkLinks } from '@/lib/content/checks/check-links';
import { loadChapters, siteAnchors } from '@/lib/content/chapters';
import { proseWords } from '@/lib/spelling/words';
import { bodyLine, chapterSource, compile, failureOf, file, lineOf, validQuiz } from './chapter-source';

// Each check that keeps a writer from shipping something broken, fed a broken chapter: the build
// fails, and the message names the file, the line and the field.

describe('a valid chapter', () => {
  it('passes every check', async () => {
    await expect(compile(chapterSource())).resolves.toMatchObject({ toc: expect.any(Array) });
  });
});

describe('raw HTML and code in a chapter', () => {
  it.each([
    ['a script', '<script>alert(1)</script>', '<script>: raw HTML that can run code'],
    ['an iframe', '<iframe src="https://example.com" />', '<iframe>: raw HTML that can run code, embed a page'],
    ['a style element', '<style>a</style>', '<style>: raw HTML'],
    ['an unknown lowercase tag', '<blink>깜빡</blink>', '<blink>: is not an element a chapter may use (allowed: abbr, br'],
    ['a raw link', '<a href="/learn/docker">도커</a>', '<a>: write links as [text](url)'],
    ['an event handler on allowed HTML', '<kbd onClick="x">Ctrl</kbd>', '<kbd onClick>: only title, lang with a text value'],
    ['an expression', '결과는 {alert(1)}입니다.', '{alert(1)}: expressions run code while the page is built'],
  ])('fails on %s with the file and line', async (_, body, reason) => {
    expect(await failureOf(chapterSource({ body }))).toContain(`${file}:${bodyLine}: ${reason}`);
  });

  it('allows a comment and the HTML prose needs', async () => {
    await expect(compile(chapterSource({ body: '<kbd>Ctrl</kbd>+<kbd>C</kbd>로 멈춥니다. {/* 주석 */}' }))).resolves.toBeDefined();
  });
});

describe('component attributes', () => {
  it.each([
    ['a misspelt value', '<Orchestrator scene="heeling" />', '<Orchestrator scene>: "heeling" is not one of: scaling, healing, rollout, sandbox'],
    ['a misspelt attribute', '<BuildFlow varient="compact" />', '<BuildFlow varient>: is not an attribute of this component'],
    ['a missing attribute', '<Figure>\n\n그림\n\n</Figure>', '<Figure caption>: is required'],
    ['an empty attribute', '<Figure caption="">\n\n그림\n\n</Figure>', '<Figure caption>: must not be empty'],
    ['code in an attribute', '<BuildFlow variant={pick()} />', '<BuildFlow variant>: {pick()} is code; write a plain value'],
    ['a spread', '<BuildFlow {...props} />', '<BuildFlow {...props}>: spread attributes are not allowed'],
  ])('fails on %s', async (_, body, reason) => {
    expect(await failureOf(chapterSource({ body }))).toContain(`${file}:${bodyLine}: ${reason}`);
  });

  it('names the line of the attribute, not of the tag', async () => {
    const source = chapterSource({ body: '<Callout\n  type="note"\n  kind="tip"\n>\n\n본문\n\n</Callout>' });
    expect(await failureOf(source)).toContain(`${file}:${lineOf(source, 'kind="tip"')}: <Callout kind>: is not an attribute of this component`);
  });
});

describe('the quiz', () => {
  it('fails on an answer no choice has', async () => {
    const source = chapterSource({ quiz: validQuiz.replace('answer="a"', 'answer="d"') });
    expect(await failureOf(source)).toContain(
      `${file}:${lineOf(source, 'answer="d"')}: <Question id="one"> answer: "d" matches no <Choice value> (choices: a, b)`,
    );
  });

  it('fails on a quiz id that is not the chapter slug', async () => {
    const source = chapterSource({ quiz: validQuiz.replace('<Quiz id="test">', '<Quiz id="docker">') });
    expect(await failureOf(source)).toContain(`${file}:${lineOf(source, '<Quiz id')}: <Quiz id>: must be the chapter's slug "test" (found "docker")`);
  });
});

describe('links inside the site', () => {
  const site = new Map([
    ['/', new Set<string>()],
    ['/learn/test', new Set(['body', 'summary'])],
    ['/learn/kubernetes', new Set(['pods', 'orchestrator-scaling'])],
  ]);
  const linksOf = async (body: string) => {
    const chapter = await compile(chapterSource({ body }));
    return checkLinks(file, '/learn/test', chapter.model, site).map((problem) => problem.message);
  };

  it.each([
    ['a page that does not exist', '[없는 장](/learn/nope)', 'link (/learn/nope): no page /learn/nope (pages: /, /learn/test, /learn/kubernetes)'],
    ['a missing anchor on the same page', '[위로](#missing-anchor)', 'link (#missing-anchor): /learn/test has no element with id "missing-anchor"'],
    ['a missing section of another chapter', '[쿠버네티스](/learn/kubernetes#no-such-section)', 'link (/learn/kubernetes#no-such-section): /learn/kubernetes has no element with id "no-such-section"'],
    ['a relative link', '[도커](docker)', 'link (docker): write a link inside the site from the root, e.g. /learn/docker#summary'],
    ['a trailing slash', '[도커](/learn/kubernetes/)', 'link (/learn/kubernetes/): no page /learn/kubernetes/ (pages: /, /learn/test, /learn/kubernetes)'],
  ])('fails on %s with the file and line', async (_, body, reason) => {
    expect(await linksOf(body)).toEqual([`${file}:${bodyLine}: ${reason}`]);
  });

  it('accepts headings, widget instances, scene links and outside links', async () => {
    const body = '[정리](#summary), [파드](/learn/kubernetes#pods), [장면](/learn/kubernetes?scene=orchestrator-scaling.1.x#orchestrator-scaling), [도커](https://docs.docker.com/)';
    expect(await linksOf(body)).toEqual([]);
  });

  it('suggests the id that was probably meant', async () => {
    expect((await linksOf('[파드](/learn/kubernetes#pod-s)'))[0]).toContain('(did you mean "pods"?)');
  });

  it('knows every real chapter heading, glossary entry and widget instance', async () => {
    const anchors = siteAnchors(await loadChapters(componentProps), componentProps);
    for (const id of ['summary', 'quiz', 'learn-more', 'chapter-goals', 'orchestrator-scaling', 'orchestrator-sandbox']) {
      expect(anchors.get('/learn/kubernetes')?.has(id), id).toBe(true);
    }
    expect(anchors.get('/learn/container')?.has('build-flow-full')).toBe(true);
    expect(anchors.get('/learn/docker')?.has('build-flow-compact')).toBe(true);
    expect(anchors.get('/glossary')?.has('pod')).toBe(true);
    expect(anchors.get('/learn/kubernetes')?.has('no-such-section')).toBe(false);
  }, 60_000);
});

describe('the glossary', () => {
  const source = `export const glossary = [
  { id: 'pod', term: '파드', english: 'Pod', definition: '가장 작은 단위입니다.' },
  { id: 'node', term: '노드', english: 'Node', definition: ' ' },
  { id: 'pod', term: '파드2', english: 'Pod', definition: '다시 씁니다.' },
];`;
  const entries = [
    { id: 'pod', term: '파드', english: 'Pod', definition: '가장 작은 단위입니다.' },
    { id: 'node', term: '노드', english: 'Node', definition: ' ' },
    { id: 'pod', term: '파드2', english: 'Pod', definition: '다시 씁니다.' },
  ];

  it('names the entry, line and field of an empty definition and a duplicate id', () => {
    expect(checkGlossary(entries, 'content/glossary.ts', source).map((problem) => problem.message)).toEqual([
      'content/glossary.ts:3: node.definition: must not be empty',
      'content/glossary.ts:4: pod.id: "pod" is used by an earlier entry (line 2); ids are /glossary#id anchors and must be unique',
    ]);
  });
});

describe('the spell check', () => {
  it('reports a word on the line it is written on, also in the second line of a paragraph', async () => {
    const body = '첫 줄은 맞습니다.\n둘째 줄에 Dokcer가 있습니다.';
    const source = chapterSource({ body });
    const { model } = await compile(source);
    const { latin } = proseWords(file, model.prose);
    expect(latin.find((use) => use.word === 'Dokcer')?.where).toBe(`${file}:${bodyLine + 1}`);
  });
});
