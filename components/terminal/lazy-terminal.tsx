'use client';

import type { ComponentType } from 'react';
import { deferred } from '@/components/widgets/lazy-widgets';
import type { TerminalWorldId } from './world-ids';

// `<Terminal world="…" />` in MDX. Each world comes with the terminal's code in chunks of its own,
// loaded like a widget's: when the reader nears it (lazy-widgets.tsx's `deferred`), never at load.
const view = () => import('./world-terminal');
const docker = () => import('@/lib/terminal/docker/worlds');

const loaders: Record<TerminalWorldId, () => Promise<ComponentType<object>>> = {
  background: () => Promise.all([view(), docker()]).then(([{ terminalFor }, worlds]) => terminalFor(worlds.backgroundWorld)),
  docker: () => Promise.all([view(), docker()]).then(([{ terminalFor }, worlds]) => terminalFor(worlds.dockerWorld)),
  container: () =>
    Promise.all([view(), import('@/lib/terminal/docker/build-flow-world')]).then(([{ terminalFor }, worlds]) =>
      terminalFor(worlds.containerWorld),
    ),
  'docker-hub': () =>
    Promise.all([view(), import('@/lib/terminal/docker/docker-hub-world')]).then(([{ terminalFor }, worlds]) =>
      terminalFor(worlds.dockerHubWorld),
    ),
  'docker-desktop': () =>
    Promise.all([view(), docker()]).then(([{ terminalFor }, worlds]) => terminalFor(worlds.dockerDesktopWorld)),
};

const byWorld = Object.fromEntries(Object.entries(loaders).map(([id, load]) => [id, deferred(load)])) as Record<
  TerminalWorldId,
  ComponentType<object>
>;

export function Terminal({ world }: { world: TerminalWorldId }) {
  const Deferred = byWorld[world];
  return <Deferred />;
}
