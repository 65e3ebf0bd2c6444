import type { ComponentPropsWithoutRef } from 'react';
import { cn } from '@/lib/cn';

type Props = ComponentPropsWithoutRef<'button'> & { variant?: 'primary' | 'secondary' };

const looks = {
  primary: 'bg-accent-strong text-bg hover:opacity-90',
  secondary: 'border border-line bg-bg text-fg hover:bg-surface',
};

// Native buttons only: keyboard, focus and touch come for free. Disabled controls stay visible.
// aria-disabled looks the same as disabled but keeps focus on a button that just stopped applying
// (a keyboard user pressing 재생 must not be thrown back to the top of the page). The caller's
// classes win over the defaults they name the same property as (`min-h-9` replaces `min-h-11`).
export function ControlButton({ variant = 'secondary', className, type = 'button', ...props }: Props) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex min-h-11 items-center justify-center gap-1.5 rounded-lg px-3.5 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
        looks[variant],
        className,
      )}
      {...props}
    />
  );
}
