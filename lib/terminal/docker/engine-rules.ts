import type { EngineEvent, RunSpec } from './engine-events';
import { findContainer, findImage, hubLookup, portHolder, type EngineState } from './engine-state';
import { familiar } from './reference';

// Why the daemon refuses an event, as data; null when it accepts it. The transition rejects
// exactly these (returns the same state), and the program turns each into the daemon's words.

export type Refusal =
  | { code: 'pull-denied'; repository: string }
  | { code: 'tag-not-found'; name: string }
  | { code: 'name-in-use'; name: string; holder: string }
  | { code: 'no-such-container'; name: string }
  | { code: 'no-such-image'; name: string }
  | { code: 'container-running'; name: string }
  | { code: 'image-in-use'; name: string; container: string; image: string }
  | { code: 'push-denied' }
  | { code: 'nothing' };

export function refusal(state: EngineState, event: EngineEvent): Refusal | null {
  switch (event.type) {
    case 'pull': {
      if (findImage(state, familiar(event.reference)) && event.reference.repository !== 'myteam/myapp') return null;
      const found = hubLookup(state, event.reference);
      if ('missing' in found) {
        return found.missing === 'repository'
          ? { code: 'pull-denied', repository: event.reference.repository }
          : { code: 'tag-not-found', name: familiar(event.reference) };
      }
      if ('team' in found) {
        if (state.user === null) return { code: 'pull-denied', repository: event.reference.repository };
        return found.team.includes(event.reference.tag) ? null : { code: 'tag-not-found', name: familiar(event.reference) };
      }
      return null;
    }
    case 'run':
      return runRefusal(state, event.spec);
    case 'start':
    case 'stop':
      return findContainer(state, event.id) ? null : { code: 'no-such-container', name: event.id };
    case 'exit': {
      const container = findContainer(state, event.id);
      return container?.state === 'running' ? null : { code: 'nothing' };
    }
    case 'remove': {
      const container = findContainer(state, event.id);
      if (!container) return { code: 'no-such-container', name: event.id };
      return container.state === 'running' && !event.force ? { code: 'container-running', name: container.name } : null;
    }
    case 'remove-image': {
      const image = findImage(state, event.name);
      if (!image) return { code: 'no-such-image', name: event.name };
      const user = state.containers.find((container) => container.imageId === image.id);
      // Removing one of several tags only untags; the last one needs its containers gone.
      if (user && image.tags.length <= 1) {
        return { code: 'image-in-use', name: event.name, container: user.id.slice(0, 12), image: image.id.slice(7, 19) };
      }
      return null;
    }
    case 'tag':
      return findImage(state, event.source) ? null : { code: 'no-such-image', name: event.source };
    case 'login':
      return null;
    case 'push': {
      if (!findImage(state, familiar(event.reference))) return { code: 'no-such-image', name: familiar(event.reference) };
      const namespace = event.reference.repository.split('/')[0];
      // Official images and other people's namespaces are not the reader's to push to.
      return state.user !== null && event.reference.repository.includes('/') && namespace === state.user
        ? null
        : { code: 'push-denied' };
    }
    case 'build':
      return state.project.dockerfile ? null : { code: 'nothing' };
    case 'prune-containers':
      return null;
    case 'request':
      return portHolder(state, event.port) ? null : { code: 'nothing' };
  }
}

function runRefusal(state: EngineState, spec: RunSpec): Refusal | null {
  if (!findImage(state, familiar(spec.reference))) return { code: 'no-such-image', name: familiar(spec.reference) };
  if (spec.name !== null) {
    const holder = findContainer(state, spec.name);
    if (holder && holder.name === spec.name) return { code: 'name-in-use', name: spec.name, holder: holder.id };
  }
  return null;
}
