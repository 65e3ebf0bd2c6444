import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { glossary } from '@/content/glossary';
import { componentProps } from '@/components/mdx/component-props';
import { extractChapterModel } from '@/lib/content/chapter-model';
import { extractProse, type ProseBlock } from '@/lib/content/prose';
import { compileMdx } from '@/lib/mdx/compile';
import { chapters } from './chapter-files';

// The term check (issue 13): the chapters and the glossary use the words of EDITORIAL.md's table,
// which follows the Kubernetes Korean localization glossary
// (kubernetes/website content/ko/docs/contribute/localization_ko.md). Each preferred term lists the
// variants readers meet elsewhere; a variant in the prose fails with file:line.

type Rule = { preferred: string; variants: readonly (string | RegExp)[]; why: string };

const rules: readonly Rule[] = [
  { preferred: '레이블', variants: ['라벨'], why: 'label: 레이블 (k8s ko glossary)' },
  { preferred: '셀렉터', variants: ['실렉터', '선택자', '선택기'], why: 'selector: 셀렉터' },
  { preferred: '리소스', variants: ['자원'], why: 'resource: 리소스, not 자원' },
  { preferred: '쓰기 레이어', variants: [/쓰기\s*층/], why: 'writable layer: 쓰기 레이어, as the widget says' },
  { preferred: '가상 머신', variants: [/버추[어얼]\s*PC/i, '가상머신', '버추얼 머신'], why: 'virtual machine: 가상 머신' },
  { preferred: 'Apple 실리콘', variants: [/Apple silicon/i, '애플 실리콘'], why: "Apple silicon: Apple's Korean name" },
  { preferred: '레지스트리', variants: ['이미지 저장소', '레지스터리'], why: 'Docker Hub is a registry (레지스트리)' },
  { preferred: '리포지터리', variants: ['리포지토리', '레포지토리', '레포지터리'], why: 'repository: 리포지터리' },
  { preferred: '파드', variants: [/(?<![\p{L}])포드/u, /(?<![\p{L}])팟(?![\p{L}])/u], why: 'Pod: 파드' },
  { preferred: '레플리카셋', variants: ['레플리카 셋', '리플리카셋'], why: 'ReplicaSet: 레플리카셋' },
  { preferred: '레플리카', variants: ['리플리카'], why: 'replicas: 레플리카' },
  { preferred: '컨트롤 플레인', variants: ['컨트롤플레인', '제어 평면', '제어부'], why: 'control plane: 컨트롤 플레인' },
  { preferred: '자가 치유', variants: ['자가치유', '셀프 힐링', '셀프힐링'], why: 'self-healing: 자가 치유' },
  { preferred: '오토스케일링', variants: ['오토 스케일링', '자동 스케일링'], why: 'autoscaling: 오토스케일링' },
  { preferred: '롤링 업데이트', variants: ['롤링업데이트', '롤링 업그레이드'], why: 'rolling update: 롤링 업데이트' },
  { preferred: '롤아웃 / 롤백', variants: ['롤 아웃', /롤 백(?![\p{L}])/u], why: 'rollout / rollback' },
  { preferred: '헬스 체크', variants: ['헬스체크', '상태 검사'], why: 'health check: 헬스 체크' },
  { preferred: '매니페스트', variants: ['매니페스토', '메니페스트'], why: 'manifest: 매니페스트' },
  { preferred: '준비성 프로브', variants: ['레디니스 프로브', '준비 프로브'], why: 'readiness probe (kubernetes.io/ko)' },
  { preferred: '활성 프로브', variants: ['라이브니스 프로브', '생존 프로브', '활성화 프로브'], why: 'liveness probe (kubernetes.io/ko)' },
  { preferred: '컨피그맵', variants: ['컨피그 맵', '콘피그맵'], why: 'ConfigMap: 컨피그맵' },
  { preferred: '시크릿', variants: ['씨크릿', '시크리트'], why: 'Secret: 시크릿' },
  { preferred: '축출', variants: ['퇴거'], why: 'eviction: 축출 (k8s ko glossary)' },
  { preferred: '쿠버네티스', variants: ['쿠베르네테스', '쿠버네티즈', '쿠버내티스', /Kebernates/i], why: 'Kubernetes: 쿠버네티스' },
  { preferred: '도커', variants: ['닥커', '도카'], why: 'Docker: 도커' },
  { preferred: '컨테이너', variants: ['콘테이너'], why: 'container: 컨테이너' },
  { preferred: '태그', variants: ['테그'], why: 'tag: 태그' },
  { preferred: '푸시', variants: ['푸쉬'], why: 'push: 푸시' },
  { preferred: '볼륨', variants: ['볼룸'], why: 'volume: 볼륨' },
  { preferred: '바인드 마운트', variants: ['바인드마운트'], why: 'bind mount: 바인드 마운트' },
  { preferred: 'Docker Hub', variants: [/Dockerhub|DockerHub|Docker hub/, '도커허브'], why: 'the product name as Docker writes it' },
  { preferred: 'Docker Desktop', variants: [/Docker for (Mac|Windows?)/], why: 'Docker for Mac/Windows were renamed Docker Desktop' },
  { preferred: 'Dockerfile', variants: ['DockerFile', 'Dockerfile.yml', '도커파일'], why: 'the file is Dockerfile: no extension, not YAML' },
  { preferred: '장애 일으키기', variants: ['장애 내기'], why: '장애를 일으키다' },
  { preferred: '격리 수준이 낮다', variants: [/격리가 (?:더 |그보다 )?얇/], why: '격리가 얇다 is not Korean usage' },
  { preferred: '(a plain verb: 해 주다, 만들어 주다)', variants: ['약속'], why: '약속 as a metaphor for a feature is 번역투' },
];

// Docker Hub is a 레지스트리: a sentence about Docker Hub does not call it a 저장소 (a Git 저장소 is fine).
const hubAsStorage = /(?<!(?:Git|코드|소스) )저장소/;

type Finding = { where: string; found: string; rule: string };

function matchesOf(text: string, variant: string | RegExp): string[] {
  if (typeof variant === 'string') return text.includes(variant) ? [variant] : [];
  const flags = variant.flags.includes('g') ? variant.flags : `${variant.flags}g`;
  return [...text.matchAll(new RegExp(variant.source, flags))].map((match) => match[0]);
}

function checkTerms(blocks: readonly ProseBlock[], file: string): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocks) {
    const where = `${file}:${block.line}`;
    for (const rule of rules) {
      for (const variant of rule.variants) {
        for (const found of matchesOf(block.text, variant)) {
          findings.push({ where, found, rule: `${found} → ${rule.preferred} (${rule.why})` });
        }
      }
    }
    for (const sentence of block.text.split(/(?<=[.?!])\s+/)) {
      if (/Docker Hub/.test(sentence) && hubAsStorage.test(sentence)) {
        findings.push({ where, found: '저장소', rule: '저장소 → 레지스트리 (Docker Hub is a registry)' });
      }
    }
  }
  return findings;
}

// 공유 is the standard word (EDITORIAL.md): a chapter says the kernel is 공유 before it says 함께 쓰다.
function checkSharedKernel(blocks: readonly ProseBlock[], file: string): Finding[] {
  const text = blocks.map((block) => block.text).join('\n');
  const together = /커널을 함께 쓰|커널을 함께 씁/.exec(text);
  if (!together) return [];
  const shared = text.indexOf('공유');
  if (shared !== -1 && shared < together.index) return [];
  const block = blocks.find((candidate) => /커널을 함께 (쓰|씁)/.test(candidate.text));
  return [{ where: `${file}:${block?.line ?? 0}`, found: '커널을 함께 씁니다', rule: '공유 first: say the kernel is 공유 before 함께 쓰다' }];
}

// 실습 is what a reader can press, 그림 what is still (EDITORIAL.md). The paragraph that leads into a
// widget calls it 실습; the one before a still figure does not.
const widgets = new Set(['BuildFlow', 'DockerDesktop', 'DockerHub', 'Orchestrator', 'Terminal', 'VmVsContainer', 'WorksOnMyMachine']);
const stills = new Set(['Figure', 'VmContainerDiagram']);
const others = new Set(['Goals', 'Callout', 'Quiz', 'Question', 'Prompt', 'Choice', 'Explain', 'Exercise', 'ExerciseHint', 'ExerciseSolution']);

function isJsx(node: RootContent): node is Extract<RootContent, { type: 'mdxJsxFlowElement' }> {
  return node.type === 'mdxJsxFlowElement';
}

function checkWidgetWords(nodes: readonly RootContent[], file: string): Finding[] {
  const findings: Finding[] = [];
  for (const [index, node] of nodes.entries()) {
    if (!isJsx(node) || !node.name) continue;
    if (!widgets.has(node.name) && !stills.has(node.name) && !others.has(node.name)) {
      findings.push({ where: `${file}:${node.position?.start.line ?? 0}`, found: node.name, rule: 'unknown component: say in this test whether it is a widget (실습) or a still (그림)' });
    }
    const before = nodes[index - 1];
    if (!before || before.type !== 'paragraph') continue;
    const lead = extractProse({ type: 'root', children: [before] })[0]?.text ?? '';
    const where = `${file}:${before.position?.start.line ?? 0}`;
    if (widgets.has(node.name) && /그림/.test(lead)) findings.push({ where, found: '그림', rule: `그림 → 실습 (<${node.name}> can be pressed)` });
    if (stills.has(node.name) && /실습/.test(lead)) findings.push({ where, found: '실습', rule: `실습 → 그림 (<${node.name}> is still)` });
  }
  return findings;
}

const report = (findings: readonly Finding[]) => findings.map((finding) => `${finding.where}: ${finding.rule}`);

describe('term check', () => {
  it.each(chapters.map((chapter) => [chapter.file, chapter] as const))('%s uses the guide’s terms', (file, chapter) => {
    const blocks = chapter.model.prose;
    expect(report([...checkTerms(blocks, file), ...checkSharedKernel(blocks, file), ...checkWidgetWords(chapter.model.nodes, file)])).toEqual([]);
  });

  it('content/glossary.ts uses the guide’s terms in every definition', () => {
    const blocks = glossary.map((entry, index) => ({ line: index, text: `${entry.term} ${entry.definition}`, linkText: [] }));
    expect(report(checkTerms(blocks, 'content/glossary.ts')).map((line) => line.replace(/:\d+:/, ':'))).toEqual([]);
  });

  it('fails on the variants the review found, naming file and line', async () => {
    const source = [
      '---',
      'title: 시험',
      'description: 시험',
      '---',
      '',
      '각 컨테이너는 얇은 쓰기 층을 가지고, 라벨로 파드를 고릅니다.',
      '',
      'Docker Hub라는 이미지 저장소에서 받습니다. Apple silicon 맥에서는 자원 요청을 적습니다.',
      '',
      '모든 컨테이너는 커널을 함께 씁니다. 커널을 공유한다는 뜻입니다.',
      '',
      '아래 그림에서 빌드를 눌러 보세요.',
      '',
      '<BuildFlow />',
    ].join('\n');
    const { inspected: model } = await compileMdx(source, { file: 'x.mdx', components: componentProps, inspect: extractChapterModel });
    const blocks = model.prose;
    const found = report([...checkTerms(blocks, 'x.mdx'), ...checkSharedKernel(blocks, 'x.mdx'), ...checkWidgetWords(model.nodes, 'x.mdx')]);
    expect(found).toEqual([
      expect.stringMatching(/^x\.mdx:6: 라벨 → 레이블/),
      expect.stringMatching(/^x\.mdx:6: 쓰기 층 → 쓰기 레이어/),
      expect.stringMatching(/^x\.mdx:8: 자원 → 리소스/),
      expect.stringMatching(/^x\.mdx:8: Apple silicon → Apple 실리콘/),
      expect.stringMatching(/^x\.mdx:8: 이미지 저장소 → 레지스트리/),
      expect.stringMatching(/^x\.mdx:8: 저장소 → 레지스트리/),
      expect.stringMatching(/^x\.mdx:10: 공유 first/),
      expect.stringMatching(/^x\.mdx:12: 그림 → 실습/),
    ]);
  });
});
