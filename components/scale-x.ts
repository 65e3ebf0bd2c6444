// A bar's fill as a class, never a style attribute: the pages' CSP allows no inline styles. The
// classes scale-x-0 … scale-x-100 exist because app/globals.css lists them (@source inline), since
// Tailwind cannot see a class name built at run time.
export function scaleXClass(fraction: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * 100);
  return `scale-x-${percent}`;
}
