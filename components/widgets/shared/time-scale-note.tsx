import { ClockIcon } from '@/components/icons';

// Wherever a widget compresses time, it says so beside the narration (the simulation's `clock.note`),
// so no one takes 30 simulated seconds for Kubernetes' real five minutes.
export function TimeScaleNote({ children }: { children: string }) {
  return (
    <p className="flex items-center gap-1.5 px-1 text-xs text-muted">
      <ClockIcon className="size-3.5 shrink-0" />
      {children}
    </p>
  );
}
