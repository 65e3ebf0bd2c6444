'use client';

import dynamic from 'next/dynamic';

// Every chapter is one route, so anything the registry imports directly would ship on every chapter.
// Behind next/dynamic each widget is its own chunk, server-rendered as usual and loaded in the
// browser only on the pages that actually use it.
export const BuildFlow = dynamic(() => import('./build-flow/build-flow').then((module) => module.BuildFlow));
export const Orchestrator = dynamic(() => import('./orchestrator/orchestrator').then((module) => module.Orchestrator));
export const DockerHub = dynamic(() => import('./docker-hub/docker-hub').then((module) => module.DockerHub));
export const DockerDesktop = dynamic(() => import('./docker-desktop/docker-desktop').then((module) => module.DockerDesktop));
export const WorksOnMyMachine = dynamic(() =>
  import('./works-on-my-machine/works-on-my-machine').then((module) => module.WorksOnMyMachine),
);
export const VmVsContainer = dynamic(() => import('./vm-vs-container/vm-vs-container').then((module) => module.VmVsContainer));
