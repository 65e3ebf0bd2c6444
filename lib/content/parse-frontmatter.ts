import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './content-error';
import { frontmatterSchema, type Frontmatter } from './frontmatter-schema';

const block = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

// Validates a chapter's frontmatter and reports the file, the line and the field of the first
// problem. Lines are counted in the whole file (the opening `---` is line 1).
export function parseFrontmatter(source: string, file: string): Frontmatter {
  const match = block.exec(source);
  if (!match) throw new ContentError(file, 1, undefined, 'missing frontmatter: start the file with a --- block');
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line + 1;
    throw new ContentError(file, line, undefined, `invalid YAML in frontmatter: ${yamlError.message.split('\n')[0]}`);
  }

  const result = frontmatterSchema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;

  const issue = result.error.issues[0];
  const field = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0];
  const fieldName = field === undefined ? undefined : String(field);
  const reason = issue?.code === 'unrecognized_keys' ? 'is not a known field' : (issue?.message ?? 'is invalid');
  return throwAt(document, lineCounter, file, fieldName, reason);
}

function throwAt(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  file: string,
  field: string | undefined,
  reason: string,
): never {
  const pair = isMap(document.contents)
    ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === field)
    : undefined;
  const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  // A missing field has no line of its own; point at the frontmatter block where it belongs.
  const line = offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
  throw new ContentError(file, line, field, reason);
}
