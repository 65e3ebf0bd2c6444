import type { EngineContainer, EngineState } from '@/lib/terminal/docker';

// Reading the docker terminal's engine state the way `docker ps` and `docker images` would.

/** `nginx:latest` → `nginx`, `myteam/myapp:1.0` → `myteam/myapp`. */
export const repositoryOf = (tag: string) => tag.slice(0, tag.lastIndexOf(':') === -1 ? tag.length : tag.lastIndexOf(':'));

/** The tags of the image with this id (empty once the image is removed). */
export function tagsOf(state: EngineState, imageId: string): readonly string[] {
  return state.images.find((image) => image.id === imageId)?.tags ?? [];
}

export const fromRepository = (state: EngineState, imageId: string, repository: string) =>
  tagsOf(state, imageId).some((tag) => repositoryOf(tag) === repository);

export const running = (state: EngineState): readonly EngineContainer[] =>
  state.containers.filter((container) => container.state === 'running');

export const hasImage = (state: EngineState, repository: string) =>
  state.images.some((image) => image.tags.some((tag) => repositoryOf(tag) === repository));
