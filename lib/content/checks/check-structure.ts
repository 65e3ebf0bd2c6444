import { chapterLength } from '../chapter-length';
import type { ChapterModel } from '../chapter-model';
import { ContentError } from '../content-error';
import { countHangul } from '../prose';

// What every chapter promises its reader (issue 3): learning goals first, a still figure where a
// widget or diagram goes, and at the end a summary, the quiz and links to the official documentation,
// in that order, within the length bound.

export const closingSections = ['summary', 'quiz', 'learn-more'] as const;
const stillFigures = new Set(['Figure', 'VmContainerDiagram']);
// Official documentation, and the Korean edition of a vendor's own docs (issue 13: one Korean
// resource a chapter beside the official docs; WSL 2 is documented by Microsoft).
const officialDocs = /^https:\/\/(?:docs\.docker\.com|kubernetes\.io\/ko|learn\.microsoft\.com\/ko-kr)\//;
const minimumLearnMoreLinks = 2;

export type StructureOptions = { length?: { min: number; max: number } };

export function checkStructure(file: string, model: ChapterModel, { length = chapterLength }: StructureOptions = {}): ContentError[] {
  const problems: ContentError[] = [];
  const problem = (line: number | undefined, field: string, reason: string) => problems.push(new ContentError(file, line, field, reason));

  if (model.opening?.name !== 'Goals') {
    problem(model.opening?.line ?? 1, 'opening', `a chapter opens with <Goals> (found ${model.opening ? `<${model.opening.name}>` : 'nothing'})`);
  }
  if (!model.elements.some((element) => stillFigures.has(element.name))) {
    problem(1, 'figure', `a chapter has at least one still figure (${[...stillFigures].map((name) => `<${name}>`).join(' or ')})`);
  }

  const last = model.headings.slice(-closingSections.length);
  if (last.map((heading) => heading.id).join() !== closingSections.join()) {
    const found = last.map((heading) => heading.id).join(', ') || 'none';
    problem(last[0]?.line, 'closing sections', `a chapter ends with the sections ${closingSections.join(', ')} in that order (its last are: ${found})`);
  } else {
    const learnMore = last.at(-1)?.line ?? 0;
    const links = model.links.filter((link) => link.line > learnMore);
    for (const link of links) {
      if (!officialDocs.test(link.url)) problem(link.line, `learn-more link (${link.url})`, 'must point at docs.docker.com, kubernetes.io/ko or learn.microsoft.com/ko-kr');
    }
    if (links.length < minimumLearnMoreLinks) {
      problem(learnMore, 'learn-more', `needs at least ${minimumLearnMoreLinks} links to the official documentation (found ${links.length})`);
    }
  }

  const syllables = countHangul(model.prose);
  if (syllables < length.min || syllables > length.max) {
    problem(undefined, 'length', `${syllables.toLocaleString('en')} Hangul syllables of prose; a chapter has ${length.min.toLocaleString('en')}–${length.max.toLocaleString('en')} (lib/content/chapter-length.ts)`);
  }
  return problems;
}
