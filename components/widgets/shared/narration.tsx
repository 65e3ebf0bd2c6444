type Props = { children: string };

// Screen readers hear every step the animation shows; sighted readers see the same sentence.
export function Narration({ children }: Props) {
  return (
    <p aria-live="polite" aria-atomic="true" className="min-h-[3.5em] rounded-lg bg-surface px-4 py-3 text-[0.9375rem] text-fg">
      {children}
    </p>
  );
}
