import type { BuildFlowState } from '@/lib/simulations/build-flow';
import { check, source } from '../source';

// Chapter 3 (container): the build-flow widget, whose terminal runs on the same state, so a
// button and `docker build`/`docker run` count alike. The checks read only builds, images and
// containers, which the editable Dockerfile (being added) builds the same way.
const widget = source<BuildFlowState>('build-flow-full');

export const containerChecks = {
  // Two running containers of one image, each published on its own port of this computer.
  'container-two-ports': check(widget, (state) =>
    state.images.some((image) => {
      const ports = state.containers
        .filter((container) => container.imageId === image.id && container.status === 'running' && container.port !== null)
        .map((container) => container.port);
      return new Set(ports).size >= 2;
    }),
  ),
  // The latest build has finished, took every step but the last from the cache, and built the last anew.
  'container-last-layer': check(widget, ({ build }) => {
    if (build === null || build.imageId === null || build.steps.length < 2) return false;
    const last = build.steps.at(-1);
    return last !== undefined && !last.cached && build.steps.slice(0, -1).every((step) => step.cached);
  }),
};
