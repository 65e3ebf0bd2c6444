import { hexId } from '../../simulations/build-flow/hash';
import { findRepository } from './catalog';
import type { EngineState } from './engine-state';
import { findImage } from './engine-state';
import { familiar, type Reference } from './reference';

// What a pull prints once it has finished, as a terminal leaves it: each layer's line rewritten to
// its final "Pull complete" (moby daemon/containerd/progress.go and pkg/jsonmessage).

const layerIds = (reference: Reference) => {
  const count = findRepository(reference.repository)?.layers ?? 5;
  return Array.from({ length: count }, (_, index) => hexId(`${index * 7919}|${reference.repository}|layer`));
};

/** The lines after `Using default tag` for a pull that `before` did not have and `after` has. */
export function pullLines(before: EngineState, after: EngineState, reference: Reference): string[] {
  const path = reference.repository.includes('/') ? reference.repository : `library/${reference.repository}`;
  const image = findImage(after, familiar(reference));
  const digest = `Digest: ${image?.digest ?? ''}`;
  const had = findImage(before, familiar(reference));
  if (had && had.id === image?.id)
    return [`${reference.tag}: Pulling from ${path}`, digest, `Status: Image is up to date for ${familiar(reference)}`];
  return [
    `${reference.tag}: Pulling from ${path}`,
    ...layerIds(reference).map((id) => `${id}: Pull complete`),
    digest,
    `Status: Downloaded newer image for ${familiar(reference)}`,
  ];
}
