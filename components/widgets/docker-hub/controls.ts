import type { DockerHubEvent } from '@/lib/simulations/docker-hub';

/** What a live panel may do: ask the rules, and send the reader's event. The still figure has none. */
export type Controls = {
  can: (event: DockerHubEvent) => boolean;
  send: (event: DockerHubEvent) => void;
};
