import { z } from 'zod';

const text = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).trim();

export const frontmatterSchema = z.strictObject({
  title: text().min(1, 'must not be empty'),
  description: text()
    .min(20, 'must be at least 20 characters: it is the search and link-preview summary')
    .max(160, 'must be at most 160 characters: longer descriptions are cut off in link previews'),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
