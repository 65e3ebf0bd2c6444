// Wherever a widget compresses time, it says so beside the narration (the simulation's `clock.note`),
// so no one takes 30 simulated seconds for Kubernetes' real five minutes.
export function TimeScaleNote({ children }: { children: string }) {
  return (
    <p className="flex items-center gap-1.5 px-1 text-xs text-muted">
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-3.5 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      >
        <circle cx="12" cy="12" r="9" />
        <path d="M12 7v5l3 2" />
      </svg>
      {children}
    </p>
  );
}
