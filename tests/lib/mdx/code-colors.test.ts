import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classesForStyle, codeColorsCss } from '@/lib/mdx/code-colors';
import { codeThemes, getHighlighter } from '@/lib/mdx/highlighter';

describe('code colours as classes', () => {
  it('turns a token’s light and dark colours into classes the stylesheet defines', () => {
    expect(classesForStyle('color:#1F2328;--shiki-dark:#E6EDF3')).toEqual(['sh-c-1f2328', 'sh-d-e6edf3']);
    expect(classesForStyle('background-color:#ffffff;--shiki-dark-bg:#0d1117;color:#1f2328;--shiki-dark:#e6edf3')).toEqual([
      'sh-bg-ffffff',
      'sh-dbg-0d1117',
      'sh-c-1f2328',
      'sh-d-e6edf3',
    ]);
    expect(classesForStyle('color:#6E7781;--shiki-dark:#8B949E;font-style:italic;--shiki-dark-font-style:italic')).toEqual([
      'sh-c-6e7781',
      'sh-d-8b949e',
      'sh-i',
    ]);
  });

  it('refuses what it cannot express instead of dropping it', () => {
    expect(() => classesForStyle('color:red')).toThrow(/no class for "color: red"/);
    expect(() => classesForStyle('font-style:italic;--shiki-dark-font-style:normal')).toThrow(/--shiki-dark-font-style: normal/);
  });

  it('app/code-colors.css is what the themes give (run scripts/build/write-code-colors.ts after changing them)', async () => {
    const highlighter = await getHighlighter();
    const css = codeColorsCss(highlighter.getTheme(codeThemes.light), highlighter.getTheme(codeThemes.dark));
    expect(readFileSync('app/code-colors.css', 'utf8')).toBe(css);
  });

  it('every class a theme colour can produce is in the stylesheet', async () => {
    const css = readFileSync('app/code-colors.css', 'utf8');
    const highlighter = await getHighlighter();
    const html = highlighter.codeToHtml('FROM ruby:3.4\nRUN echo "hi" # comment\nCOPY . .', {
      lang: 'dockerfile',
      themes: codeThemes,
      defaultColor: 'light',
    });
    const styles = [...html.matchAll(/style="([^"]*)"/g)].map(([, style]) => style!);
    for (const name of styles.flatMap(classesForStyle)) expect(css).toContain(`.${name} `);
  });
});
