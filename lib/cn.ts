import { clsx, type ClassValue } from 'clsx';

/**
 * One class list from parts, dropping falsy ones: `cn('rounded-lg', wide && 'widget-wide', className)`.
 * It does not resolve conflicts (tailwind-merge would, for 10 kB gzip on every page): a component
 * whose defaults callers may change keeps them in CSS's components layer (see `.control-button` in
 * app/globals.css), under every utility, so a caller's `min-h-9 px-2` applies as written.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
