import { cn } from '@/lib/cn';

export function Badge({ children, className }: { children: string; className: string }) {
  return (
    <span className={cn('shrink-0 rounded px-1.5 py-0.5 font-sans text-xs font-semibold whitespace-nowrap', className)}>
      {children}
    </span>
  );
}
