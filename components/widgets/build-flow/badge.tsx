export function Badge({ children, className }: { children: string; className: string }) {
  return <span className={`shrink-0 rounded px-1.5 py-0.5 font-sans text-xs font-semibold whitespace-nowrap ${className}`}>{children}</span>;
}
