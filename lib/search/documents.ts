import type { RootContent } from 'mdast';
import type { GlossaryEntry } from '../../content/glossary';
import type { SearchDocument } from './engine';

// Build time only: turns chapter sources and the glossary into the documents the index holds.

// The quiz repeats the chapter in question form and 더 알아보기 is a list of outside links; both
// would outrank the section that actually explains a term.
const skippedSections = new Set(['quiz', 'learn-more']);
const skippedNodes = new Set(['code', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'yaml', 'definition']);
// Exercises (<Exercise>) practise what their section teaches, naming its commands again and again in
// tasks, hints and solutions; like the quiz, they would outrank the explanation.
const skippedComponents = new Set(['Exercise']);
// Attributes of MDX components that are prose the reader sees (<Figure caption>, <Callout title>).
const proseAttributes = new Set(['caption', 'title']);

function textOf(node: RootContent): string {
  if (skippedNodes.has(node.type)) return '';
  if (node.type === 'mdxJsxFlowElement' && skippedComponents.has(node.name ?? '')) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  const parts: string[] = [];
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && proseAttributes.has(attribute.name) && typeof attribute.value === 'string') {
        parts.push(attribute.value);
      }
    }
  }
  if ('children' in node) {
    // Inline pieces (**`Dockerfile`은** …) join as written; blocks are separated by a space.
    const children = (node.children as RootContent[]).map(textOf);
    parts.push(children.join(blockContainers.has(node.type) ? ' ' : ''));
  }
  return parts.join(' ');
}

const blockContainers = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow', 'mdxJsxFlowElement']);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const shellLanguages = new Set(['bash', 'shellsession']);

/**
 * The name of the command a shell line runs: the tool and the plain words after it, up to the
 * first flag or argument that is not one (docker compose up --build -d → docker compose up), at most
 * three. In a session transcript only the lines after the prompt are commands; the rest is output.
 */
export function commandName(line: string, transcript: boolean): string | undefined {
  const trimmed = line.trim();
  if (transcript && !trimmed.startsWith('$ ')) return undefined;
  const words = trimmed.replace(/^\$\s+/, '').split(/\s+/);
  if (words[0] !== 'docker' && words[0] !== 'kubectl') return undefined;
  const name: string[] = [];
  for (const word of words) {
    if (name.length === 3 || !/^[a-z][a-z-]*$/.test(word)) break;
    name.push(word);
  }
  return name.length >= 2 ? name.join(' ') : undefined;
}

function commandsOf(node: RootContent): string[] {
  if (node.type !== 'code' || !shellLanguages.has(node.lang ?? '')) return [];
  return node.value.split('\n').flatMap((line) => commandName(line, node.lang === 'shellsession') ?? []);
}

export type ChapterInfo = { slug: string; number: number; title: string; description: string };

/**
 * The chapter's opening (its description and goals) and one document per h2/h3 section, from the
 * chapter's top-level nodes as the MDX pipeline parsed them (lib/content/chapter-model.ts).
 */
export function chapterDocuments(chapter: ChapterInfo, nodes: readonly RootContent[]): SearchDocument[] {
  const place = `${chapter.number}장 ${chapter.title}`;
  const url = `/learn/${chapter.slug}`;
  const documents: SearchDocument[] = [];
  let current: SearchDocument | undefined = {
    id: chapter.slug,
    url,
    place,
    title: chapter.title,
    keywords: chapter.slug.replaceAll('-', ' '),
    text: chapter.description,
  };
  let parts: string[] = [];
  let commands: string[] = [];

  const flush = () => {
    if (current) {
      const shown = commands.length > 0 ? { commands: [...new Set(commands)].join(' ') } : {};
      documents.push({ ...current, ...shown, text: squash([current.text, ...parts].join(' ')) });
    }
    parts = [];
    commands = [];
  };

  for (const node of nodes) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const id = node.data?.hProperties?.id;
      flush();
      if (typeof id !== 'string' || skippedSections.has(id)) {
        current = undefined;
        continue;
      }
      current = {
        id: `${chapter.slug}#${id}`,
        url: `${url}#${id}`,
        place,
        title: squash(textOf(node)),
        keywords: id.replaceAll('-', ' '),
        text: '',
      };
    } else if (current) {
      parts.push(textOf(node));
      commands.push(...commandsOf(node));
    }
  }
  flush();
  return documents;
}

export function glossaryDocuments(entries: readonly GlossaryEntry[]): SearchDocument[] {
  return entries.map((entry) => ({
    id: `glossary#${entry.id}`,
    url: `/glossary#${entry.id}`,
    place: '용어집',
    title: entry.english === entry.term ? entry.term : `${entry.term} (${entry.english})`,
    keywords: entry.english,
    text: entry.definition.replaceAll('`', ''),
  }));
}
