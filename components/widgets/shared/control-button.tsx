import type { ComponentPropsWithoutRef } from 'react';
import { cn } from '@/lib/cn';

type Props = ComponentPropsWithoutRef<'button'> & { variant?: 'primary' | 'secondary' };

const looks = {
  primary: 'bg-accent-strong text-bg hover:opacity-90',
  secondary: 'border border-line bg-bg text-fg hover:bg-surface',
};

// Native buttons only: keyboard, focus and touch come for free. Disabled controls stay visible.
// aria-disabled looks the same as disabled but keeps focus on a button that just stopped applying
// (a keyboard user pressing 재생 must not be thrown back to the top of the page). Its size and
// shape are `.control-button` (app/globals.css, components layer), so a caller's utilities
// (`min-h-9 px-2 text-xs`) always win over them.
export function ControlButton({ variant = 'secondary', className, type = 'button', ...props }: Props) {
  return <button type={type} className={cn('control-button', looks[variant], className)} {...props} />;
}
