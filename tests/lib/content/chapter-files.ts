import { componentProps } from '@/components/mdx/component-props';
import { loadChapters } from '@/lib/content/chapters';

// Every chapter as the build reads it: compiled once through the MDX pipeline, checked, and
// recorded (frontmatter, headings, prose, code blocks, quiz, search documents).
export const chapters = await loadChapters(componentProps);
