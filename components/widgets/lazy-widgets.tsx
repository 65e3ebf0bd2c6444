'use client';

import { lazy, Suspense, useCallback, useState, type ComponentType } from 'react';
import { fragmentId } from '@/lib/browser/safe-decode';

// A screen ahead, one more than the frame's own "go live" margin: the widget's code has arrived by
// the time its frame decides to come alive.
const ahead = '100% 0px';

// Every chapter is one route, so anything the registry imports directly would ship on every
// chapter. Each widget is its own chunk, and that chunk is not even requested at load: on the
// server the widget renders as usual (its still figure and transcript), and in the browser it sits
// behind a Suspense boundary whose lazy component waits until the reader nears it. A boundary that
// suspends while hydrating keeps the server's HTML exactly as it is, so the still figure stays on
// screen, without its code, until then. A link into the widget (a shared scene, a heading inside
// it) loads it at once; so does a widget mounted by a client-side navigation, which has no server
// HTML to show meanwhile.
function deferred<P extends object>(load: () => Promise<ComponentType<P>>) {
  function DeferredWidget(props: P) {
    const [gate] = useState(() => {
      let open = () => {};
      const opened = new Promise<void>((resolve) => {
        open = resolve;
      });
      const Widget = lazy(async () => {
        if (typeof window !== 'undefined') await opened;
        return { default: await load() };
      });
      return { open, Widget };
    });
    const ref = useCallback(
      (element: HTMLDivElement | null) => {
        if (!element) return;
        const target = fragmentId(location.hash);
        const linked = target !== '' && element.querySelector(`#${CSS.escape(target)}`) !== null;
        if (linked || !element.hasChildNodes() || typeof IntersectionObserver === 'undefined') {
          gate.open();
          return;
        }
        const observer = new IntersectionObserver(
          (entries) => {
            if (!entries.some((entry) => entry.isIntersecting)) return;
            observer.disconnect();
            gate.open();
          },
          { rootMargin: ahead },
        );
        observer.observe(element);
        return () => observer.disconnect();
      },
      [gate],
    );
    return (
      <div ref={ref}>
        <Suspense fallback={null}>
          <gate.Widget {...props} />
        </Suspense>
      </div>
    );
  }
  return DeferredWidget;
}

export const BuildFlow = deferred(() => import('./build-flow/build-flow').then((module) => module.BuildFlow));
export const Orchestrator = deferred(() => import('./orchestrator/orchestrator').then((module) => module.Orchestrator));
export const DockerHub = deferred(() => import('./docker-hub/docker-hub').then((module) => module.DockerHub));
export const DockerDesktop = deferred(() => import('./docker-desktop/docker-desktop').then((module) => module.DockerDesktop));
export const WorksOnMyMachine = deferred(() =>
  import('./works-on-my-machine/works-on-my-machine').then((module) => module.WorksOnMyMachine),
);
export const VmVsContainer = deferred(() => import('./vm-vs-container/vm-vs-container').then((module) => module.VmVsContainer));
