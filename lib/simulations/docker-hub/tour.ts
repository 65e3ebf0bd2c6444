import { teammates } from './catalog';
import { nextBuild, nextPull, nextPush, searchResults, type DockerHubEvent, type DockerHubState } from './model';

const risky = 'rubyfast/ruby-turbo';
const visible = (state: DockerHubState, name: string) => searchResults(state).some((listing) => listing.name === name);

// What 다음 단계 does: the lesson's next move, read from the state so the tour carries on
// sensibly after the reader has clicked around on their own. Search the official base image, see
// why an unknown image is a risk, then build, push and pull 1.0 and 1.1, and look at the result.
export function suggest(state: DockerHubState): DockerHubEvent | null {
  if (state.built.length === 0) {
    if (state.selected === null)
      return state.query === 'ruby' ? { type: 'select', name: 'ruby' } : { type: 'search', query: 'ruby' };
    if (state.selected === 'ruby')
      return visible(state, risky) ? { type: 'select', name: risky } : { type: 'search', query: 'ruby' };
    return { type: 'build' };
  }
  if (nextPush(state)) return { type: 'push' };
  const behind = teammates.find((machine) => nextPull(state, machine) !== null);
  if (behind) return { type: 'pull', machine: behind };
  if (nextBuild(state)) return { type: 'build' };
  if (state.selected !== 'myteam/myapp') {
    return visible(state, 'myteam/myapp') && state.query === 'myteam'
      ? { type: 'select', name: 'myteam/myapp' }
      : { type: 'search', query: 'myteam' };
  }
  return null;
}
