import type { TocEntry } from '@/lib/mdx/toc';

type Props = { toc: readonly TocEntry[] };

export function TableOfContents({ toc }: Props) {
  if (toc.length === 0) return null;
  return (
    <nav aria-label="이 장의 내용">
      <p className="mb-3 text-sm font-semibold text-fg">이 장의 내용</p>
      <ul className="space-y-2 text-sm">
        {toc.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              className="text-muted hover:text-accent-strong aria-[current=location]:font-semibold aria-[current=location]:text-accent-strong"
            >
              {entry.text}
            </a>
            {entry.children.length > 0 && (
              <ul className="mt-2 space-y-2 border-l border-line pl-3">
                {entry.children.map((child) => (
                  <li key={child.id}>
                    <a
                      href={`#${child.id}`}
                      className="text-muted hover:text-accent-strong aria-[current=location]:font-semibold aria-[current=location]:text-accent-strong"
                    >
                      {child.text}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
