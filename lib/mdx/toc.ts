export type Heading = { depth: 2 | 3; id: string; text: string };
export type TocEntry = Heading & { children: Heading[] };

// An h3 belongs to the h2 before it; an h3 before any h2 is promoted so nothing is dropped.
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    const parent = toc.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(heading);
    else toc.push({ ...heading, children: [] });
  }
  return toc;
}
