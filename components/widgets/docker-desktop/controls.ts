import type { DesktopEvent } from '@/lib/simulations/docker-desktop';

/** What a live panel may do: ask the rules, and send the reader's event. The still figure has none. */
export type Controls = {
  can: (event: DesktopEvent) => boolean;
  send: (event: DesktopEvent) => void;
};
