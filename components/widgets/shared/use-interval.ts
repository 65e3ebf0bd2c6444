'use client';

import { useEffect, useRef } from 'react';

// Calls onTick with the current time every `ms` while running. The view owns the clock; the
// simulation only ever receives `now` as a value.
export function useInterval(onTick: (now: number) => void, ms: number, running: boolean): void {
  const callback = useRef(onTick);
  useEffect(() => {
    callback.current = onTick;
  });
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => callback.current(Date.now()), ms);
    return () => window.clearInterval(id);
  }, [ms, running]);
}
