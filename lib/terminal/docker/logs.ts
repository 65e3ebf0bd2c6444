import type { Follow } from '../program';
import { findContainer, type EngineState } from './engine-state';

/**
 * `docker logs -f` (and an attached `docker run`): after every later state, the lines the
 * container logged since. `prefix` is compose's "web-1  | ".
 */
export function followLogs(id: string, prefix: string | null): Follow<EngineState> {
  return (before, after) => {
    const was = findContainer(before, id)?.log.length ?? 0;
    const lines = findContainer(after, id)?.log.slice(was) ?? [];
    return lines.map((line) => ({ stream: 'stdout', text: `${prefix ?? ''}${line.text}` }));
  };
}
