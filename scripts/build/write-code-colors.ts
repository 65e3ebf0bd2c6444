// `npx tsx scripts/build/write-code-colors.ts`: rewrites app/code-colors.css from the code themes.
// Run it after changing lib/mdx/highlighter.ts's themes; tests/lib/mdx/code-colors.test.ts fails
// until the file matches them.
import { writeFileSync } from 'node:fs';
import { codeColorsCss } from '../../lib/mdx/code-colors';
import { codeThemes, getHighlighter } from '../../lib/mdx/highlighter';

const highlighter = await getHighlighter();
writeFileSync('app/code-colors.css', codeColorsCss(highlighter.getTheme(codeThemes.light), highlighter.getTheme(codeThemes.dark)));
console.log('app/code-colors.css written');
