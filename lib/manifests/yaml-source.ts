import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

// The edited file as kubectl reads it: YAML to JSON (sigs.k8s.io/yaml over go-yaml), keeping where
// each value was written so an error can point at its line. One document per file, as the chapter's.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A path into the object: keys and list indices, as `["spec", "template", "spec", "containers", 0, "image"]`. */
export type Path = readonly (string | number)[];

export interface Source {
  value: Json;
  /** The 1-based line where the value at `path` (or its nearest written parent) starts. */
  lineOf(path: Path): number | null;
}

export type Parsed = { ok: true; source: Source } | { ok: false; line: number; message: string; code: string };

// go-yaml's words for the syntax errors a reader is likely to make, by the `yaml` package's code.
// Anything else gets go-yaml's most common message for a broken block ("did not find expected key").
const GO_YAML_MESSAGES: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  TAB_AS_INDENT: 'found character that cannot start any token',
  BAD_INDENT: 'did not find expected key',
  MISSING_CHAR: 'did not find expected node content',
  UNEXPECTED_TOKEN: 'did not find expected key',
  MULTILINE_IMPLICIT_KEY: "could not find expected ':'",
  BAD_SCALAR_START: 'found character that cannot start any token',
};

export function goYamlMessage(code: string): string {
  return GO_YAML_MESSAGES[code] ?? 'did not find expected key';
}

function toJson(node: Node | null | undefined): Json {
  if (node === null || node === undefined) return null;
  if (isMap(node)) {
    const out: { [key: string]: Json } = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      out[key] = toJson(pair.value as Node | null);
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toJson(item as Node | null));
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
    return String(value);
  }
  return null;
}

export function parseYaml(text: string): Parsed {
  const lineCounter = new LineCounter();
  // YAML 1.1 like go-yaml: `yes`/`on` are booleans there too. Later duplicate keys win, as go-yaml's non-strict Unmarshal lets them.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, version: '1.1', prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    return { ok: false, line, message: goYamlMessage(error.code), code: error.code };
  }
  const root = document.contents as Node | null;
  const lineOf = (path: Path): number | null => {
    let node: unknown = root;
    let line: number | null = null;
    const at = (n: unknown) => {
      const range = (n as { range?: [number, number, number] } | null)?.range;
      return range ? lineCounter.linePos(range[0]).line : null;
    };
    line = at(node);
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(step));
        if (!pair) return line;
        line = at(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
        line = at(node) ?? line;
      } else {
        return line;
      }
    }
    return line;
  };
  return { ok: true, source: { value: toJson(root), lineOf } };
}
