import type { ComponentPropsWithoutRef } from 'react';

type Props = ComponentPropsWithoutRef<'button'> & { variant?: 'primary' | 'secondary' };

// Native buttons only: keyboard, focus and touch come for free. Disabled controls stay visible.
// aria-disabled looks the same as disabled but keeps focus on a button that just stopped applying
// (a keyboard user pressing 재생 must not be thrown back to the top of the page).
export function ControlButton({ variant = 'secondary', className = '', type = 'button', ...props }: Props) {
  const look =
    variant === 'primary'
      ? 'bg-accent-strong text-bg hover:opacity-90'
      : 'border border-line bg-bg text-fg hover:bg-surface';
  return (
    <button
      type={type}
      className={`inline-flex min-h-11 items-center justify-center gap-1.5 rounded-lg px-3.5 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 ${look} ${className}`}
      {...props}
    />
  );
}
