import type { Element, Root } from 'hast';
import type { ShikiTransformer, ThemeRegistrationResolved } from 'shiki';
import { visit } from 'unist-util-visit';

// Shiki writes each token's colours as a style attribute (the light colour, the dark one as a
// variable). The pages' Content-Security-Policy allows no inline styles, so the build turns them
// into classes instead, one per colour of each theme, defined in app/code-colors.css (written from
// the same themes by scripts/build/write-code-colors.ts and checked against them by a test).

const hex = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value.trim()) && value.trim().toLowerCase().slice(1);

// Font styles are the same in both themes (the same scopes); a dark value that differs is refused
// rather than silently lost.
const fontStyles: Record<string, Record<string, string>> = {
  'font-style': { italic: 'sh-i' },
  'font-weight': { bold: 'sh-b' },
  'text-decoration': { underline: 'sh-u', 'line-through': 'sh-s' },
};

/** The classes that stand for one Shiki style attribute; throws on anything it cannot express. */
export function classesForStyle(style: string): string[] {
  const declarations = style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()] as const;
    });
  const lightFont = new Map(declarations.filter(([property]) => property in fontStyles));
  return declarations
    .map(([property, value]) => {
      const colour = hex(value);
      if (property === 'color' && colour) return `sh-c-${colour}`;
      if (property === '--shiki-dark' && colour) return `sh-d-${colour}`;
      if (property === 'background-color' && colour) return `sh-bg-${colour}`;
      if (property === '--shiki-dark-bg' && colour) return `sh-dbg-${colour}`;
      const font = fontStyles[property]?.[value];
      if (font) return font;
      const darkOf = property.replace(/^--shiki-dark-/, '');
      if (darkOf !== property && darkOf in fontStyles && lightFont.get(darkOf) === value) return '';
      throw new Error(`code colours: no class for "${property}: ${value}" (lib/mdx/code-colors.ts)`);
    })
    .filter(Boolean);
}

function replaceStyle(node: Element) {
  const style = node.properties.style;
  if (typeof style !== 'string') return;
  const existing = node.properties.className;
  const classes = Array.isArray(existing) ? existing.map(String) : existing ? String(existing).split(/\s+/) : [];
  node.properties.className = [...classes, ...classesForStyle(style)];
  delete node.properties.style;
}

export const codeColorClasses: ShikiTransformer = {
  name: 'code-color-classes',
  root(root: Root) {
    visit(root, 'element', replaceStyle);
  },
};

function palette(theme: ThemeRegistrationResolved, key: 'foreground' | 'background'): string[] {
  const values = [key === 'foreground' ? theme.fg : theme.bg, ...theme.settings.map((rule) => rule.settings?.[key])];
  return [...new Set(values.flatMap((value) => (value && hex(value)) || []))].sort();
}

/** The stylesheet for every colour the two themes can give a token or a block. */
export function codeColorsCss(light: ThemeRegistrationResolved, dark: ThemeRegistrationResolved): string {
  const rules = [
    '/* Written by scripts/build/write-code-colors.ts from the code themes; do not edit. */',
    ...palette(light, 'foreground').map((c) => `.sh-c-${c} { color: #${c}; }`),
    ...palette(light, 'background').map((c) => `.sh-bg-${c} { background-color: #${c}; }`),
    '.sh-i { font-style: italic; }',
    '.sh-b { font-weight: bold; }',
    '.sh-u { text-decoration: underline; }',
    '.sh-s { text-decoration: line-through; }',
    '/* Screen only: paper always gets the light colours. */',
    '@media screen {',
    ...palette(dark, 'foreground').map((c) => `  [data-theme='dark'] .sh-d-${c} { color: #${c}; }`),
    ...palette(dark, 'background').map((c) => `  [data-theme='dark'] .sh-dbg-${c} { background-color: #${c}; }`),
    '}',
    '',
  ];
  return rules.join('\n');
}
