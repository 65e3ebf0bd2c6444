import type { ComponentPropsWithoutRef } from 'react';
import { cn } from '@/lib/cn';

const sizes = {
  md: 'min-h-11 px-3.5 text-sm',
  /** Full height, less padding: three to a row on a phone. */
  narrow: 'min-h-11 px-2.5 text-sm',
  sm: 'min-h-9 px-2 text-xs',
};

type Props = ComponentPropsWithoutRef<'button'> & { variant?: 'primary' | 'secondary'; size?: keyof typeof sizes };

const looks = {
  primary: 'bg-accent-strong text-bg hover:opacity-90',
  secondary: 'border border-line bg-bg text-fg hover:bg-surface',
};

// Native buttons only: keyboard, focus and touch come for free. Disabled controls stay visible.
// aria-disabled looks the same as disabled but keeps focus on a button that just stopped applying
// (a keyboard user pressing 재생 must not be thrown back to the top of the page). Height, padding
// and text size come from `size`; a caller's classes add other properties (width, flex).
export function ControlButton({ variant = 'secondary', size = 'md', className, type = 'button', ...props }: Props) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex items-center justify-center gap-1.5 rounded-lg font-semibold disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
        sizes[size],
        looks[variant],
        className,
      )}
      {...props}
    />
  );
}
