import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Class lists composed the way they read: later classes win over earlier ones for the same CSS
 * property (`cn('min-h-11 px-3.5', 'min-h-9 px-2')` is `min-h-9 px-2`), whatever order the
 * utilities come in the built CSS. Falsy entries are dropped, so conditions read as `cond && 'x'`.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
