import type { BuildFlowEvent } from './events';
import type { Variant } from './narrate';
import { recipe } from './recipe';
import { building, maxContainers, recipeChanged, type BuildFlowState } from './state';

/** The line the guided tour edits: the app code, the everyday change that shows the cache best. */
export const tourEditLine = recipe.findIndex((instruction) => instruction.edit?.label === '앱 코드 고치기');

// What 다음 단계 does: the lesson's next move, read from the state so the tour carries on sensibly
// after the reader has clicked around on their own. While a build runs there is nothing to do but
// watch it. The full tour: build; build the same Dockerfile again (every step CACHED, the same
// image); edit the app code and build (only the last COPY runs); run on port 8080; run on 8080
// again (the port is taken: Docker's error); remove that container; run on 8081.
export function suggest(variant: Variant, state: BuildFlowState): BuildFlowEvent | null {
  if (building(state)) return null;
  const builds = state.build?.number ?? 0;
  if (builds === 0) return { type: 'build' };
  if (state.containers.length >= maxContainers) return null;
  if (variant === 'compact') return state.runs < 2 ? { type: 'run', port: null } : null;
  if (builds === 1) return { type: 'build' };
  if (builds === 2 && !recipeChanged(state) && (state.revisions[tourEditLine] ?? 0) === 0)
    return { type: 'edit', line: tourEditLine };
  if (recipeChanged(state)) return { type: 'build' };
  const failed = state.containers.find((container) => container.status === 'created');
  if (failed) return { type: 'remove', run: failed.run };
  if (state.runs < 2) return { type: 'run', port: 8080 };
  if (state.runs === 2) return { type: 'run', port: 8081 };
  return null;
}
