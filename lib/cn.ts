import { clsx, type ClassValue } from 'clsx';

/**
 * Class lists composed the way they read; falsy entries are dropped, so conditions read as
 * `cond && 'x'`. It does not resolve conflicts (tailwind-merge would, for 10 kB gzip on every
 * widget page): a component offers variants for what callers change (ControlButton's `size`) and
 * callers add only classes that name other properties.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
