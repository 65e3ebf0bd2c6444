'use client';

import dynamic from 'next/dynamic';
import { startTransition, useCallback, useState, type ComponentType } from 'react';
import { fragmentId } from '@/lib/browser/safe-decode';

// A screen ahead, one more than the frame's own "go live" margin: the widget's code has arrived by
// the time its frame decides to come alive.
const ahead = '100% 0px';

// Every chapter is one route, so anything the registry imports directly would ship on every
// chapter. Each widget is its own chunk, and that chunk is not even requested at load. The server
// renders the widget as usual (its still figure and transcript, in place, so a reader without
// JavaScript has them). In the browser the wrapper hydrates as an empty element that keeps the
// server's markup untouched (React does not hydrate the children of an element it renders with
// dangerouslySetInnerHTML), and swaps in the widget once its code has loaded: when the reader
// nears it, at once when a link points into it, and at once after a client-side navigation, which
// has no server markup to show meanwhile.
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>) {
  const OnServer = dynamic(load);

  function DeferredWidget(props: P) {
    const [Widget, setWidget] = useState<ComponentType<P> | null>(null);
    const ref = useCallback((element: HTMLDivElement | null) => {
      if (!element) return;
      let cancelled = false;
      const open = () =>
        void load().then((component) => {
          if (!cancelled) startTransition(() => setWidget(() => component));
        });
      const target = fragmentId(location.hash);
      const linked = target !== '' && element.querySelector(`#${CSS.escape(target)}`) !== null;
      if (linked || !element.hasChildNodes() || typeof IntersectionObserver === 'undefined') {
        open();
        return () => {
          cancelled = true;
        };
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          open();
        },
        { rootMargin: ahead },
      );
      observer.observe(element);
      return () => {
        cancelled = true;
        observer.disconnect();
      };
    }, []);
    if (typeof window === 'undefined') {
      return (
        <div ref={ref}>
          <OnServer {...props} />
        </div>
      );
    }
    if (Widget) {
      return (
        <div ref={ref}>
          <Widget {...props} />
        </div>
      );
    }
    return <div ref={ref} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />;
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
