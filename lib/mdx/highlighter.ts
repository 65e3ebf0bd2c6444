import { createHighlighter, type ShikiTransformer } from 'shiki';

export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;
export const codeLanguages = ['dockerfile', 'yaml', 'bash', 'shell', 'shellsession', 'json', 'ruby', 'text'] as const;

let highlighter: ReturnType<typeof createHighlighter> | undefined;

// One highlighter for the whole build: creating it loads every grammar, which is the slow part.
export function getHighlighter() {
  highlighter ??= createHighlighter({
    themes: Object.values(codeThemes),
    langs: [...codeLanguages],
  });
  return highlighter;
}

// The code block view needs the language and an optional file name (```dockerfile title="Dockerfile").
export const codeMetaTransformer: ShikiTransformer = {
  name: 'code-meta',
  pre(node) {
    node.properties['data-language'] = this.options.lang;
    const title = /title="([^"]+)"/.exec(this.options.meta?.__raw ?? '')?.[1];
    if (title) node.properties['data-title'] = title;
  },
};
