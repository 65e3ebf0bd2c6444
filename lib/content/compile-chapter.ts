import path from 'node:path';
import { compileMdx } from '../mdx/compile';
import type { ComponentSchemas } from '../mdx/component-schema';
import { buildToc, type Heading, type TocEntry } from '../mdx/toc';
import { extractChapterModel, type ChapterModel } from './chapter-model';
import { checkElements } from './checks/check-elements';
import { checkQuiz } from './checks/check-quiz';
import { throwIfAny } from './content-error';

export type CompiledChapter = { code: string; headings: Heading[]; toc: TocEntry[]; model: ChapterModel };

/** The slug a chapter file stands for: its name (content/chapters/<slug>.mdx). */
export const slugOfFile = (file: string) => path.posix.basename(file, '.mdx');

// One chapter through the one MDX pipeline, and every check that needs only this chapter. Checks
// that look across chapters (links) run once all of them are compiled (chapters.ts).
export async function compileChapter(source: string, file: string, components: ComponentSchemas): Promise<CompiledChapter> {
  const { code, headings, inspected: model } = await compileMdx(source, { file, components, inspect: extractChapterModel });
  throwIfAny([...checkElements(file, model, components), ...checkQuiz(file, slugOfFile(file), model)]);
  return { code, headings, toc: buildToc(headings), model };
}
