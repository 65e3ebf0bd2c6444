// How a "터미널에서 실행" control reaches a terminal that may not have loaded yet: lines wait here
// until the terminal of that world mounts and takes them. Both sides import this one small module,
// so the control never pulls in the terminal's code.

type Runner = (lines: readonly string[]) => void;

const runners = new Map<string, Runner>();
const waiting = new Map<string, (readonly string[])[]>();

/** Runs `lines` in the terminal of `world` now, or as soon as it mounts. */
export function sendToTerminal(world: string, lines: readonly string[]): void {
  const runner = runners.get(world);
  if (runner) runner(lines);
  else waiting.set(world, [...(waiting.get(world) ?? []), lines]);
}

/** A mounted terminal takes what waited for it and everything sent later; call the result to stop. */
export function serveTerminal(world: string, runner: Runner): () => void {
  runners.set(world, runner);
  const queued = waiting.get(world) ?? [];
  waiting.delete(world);
  for (const lines of queued) runner(lines);
  return () => {
    if (runners.get(world) === runner) runners.delete(world);
  };
}
