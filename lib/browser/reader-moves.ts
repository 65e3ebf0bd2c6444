/** The reader takes over: after any of these the page is theirs to scroll. */
const readerMoves = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** Calls `handler` on each of the reader's moves until the returned function is called. */
export function onReaderMove(handler: () => void): () => void {
  for (const type of readerMoves) window.addEventListener(type, handler, { capture: true, passive: true });
  return () => {
    for (const type of readerMoves) window.removeEventListener(type, handler, { capture: true });
  };
}
