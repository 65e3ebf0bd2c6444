import { compileMdx } from '../mdx/compile';
import type { ComponentSchemas } from '../mdx/component-schema';
import { buildToc, type TocEntry } from '../mdx/toc';
import { chapterDocuments, type ChapterInfo } from '../search/documents';
import type { SearchDocument } from '../search/engine';
import { extractChapterModel, type ChapterModel } from './chapter-model';
import { checkElements } from './checks/check-elements';
import { checkQuiz } from './checks/check-quiz';
import { checkStructure, type StructureOptions } from './checks/check-structure';
import { throwIfAny } from './content-error';

export type CompiledChapter = { code: string; toc: TocEntry[]; model: ChapterModel; documents: SearchDocument[] };

type Input = { source: string; file: string; meta: ChapterInfo };

// One chapter through the one MDX pipeline, and every check that needs only this chapter. Checks
// that look across chapters (links) run once all of them are compiled (chapters.ts).
export async function compileChapter(
  { source, file, meta }: Input,
  components: ComponentSchemas,
  options: StructureOptions = {},
): Promise<CompiledChapter> {
  const { code, inspected: model } = await compileMdx(source, { file, components, inspect: extractChapterModel });
  throwIfAny([
    ...checkElements(file, model, components),
    ...checkQuiz(file, meta.slug, model),
    ...checkStructure(file, model, options),
  ]);
  return {
    code,
    toc: buildToc(model.headings.map(({ depth, id, text }) => ({ depth, id, text }))),
    model,
    documents: chapterDocuments(meta, model.nodes),
  };
}
