import { teamImage, trips, type NginxState, type TeamState } from './model';

// The command a step stands for and what the terminal prints by then, in the words docker/cli and
// the Docker Engine use (moby daemon/libnetwork/portallocator, cli/command/container/run.go).

export const nginxCommand = 'docker run -p 8080:80 nginx';
export const publishCommand = `docker buildx build --platform linux/amd64,linux/arm64 -t ${teamImage} --push .`;
export const deployCommand = `docker run -d -p 3000:3000 ${teamImage}`;

/**
 * What the second run prints while the first container holds the port. The container name and the
 * endpoint id are examples (Docker makes up a name and a 64-digit id), shortened with "…".
 */
export const portTakenLines = [
  'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint quirky_hopper (4be1c7…): Bind for 0.0.0.0:8080 failed: port is already allocated',
  '',
  "Run 'docker run --help' for more information",
];

export function nginxCommandFor(state: NginxState): string | null {
  const step = state.step;
  if (step?.type === 'port-taken') return nginxCommand;
  return step?.type === 'hop' && step.kind === 'run' ? nginxCommand : null;
}

export function nginxTerminalLog(state: NginxState): string[] {
  const step = state.step;
  if (step?.type === 'port-taken') return portTakenLines;
  if (step?.type !== 'hop' || step.kind !== 'run') return [];
  const at = trips.run.indexOf(step.station);
  return [
    ...(at >= 2
      ? [
          "Unable to find image 'nginx:latest' locally",
          'latest: Pulling from library/nginx',
          'Digest: sha256:…',
          'Status: Downloaded newer image for nginx:latest',
        ]
      : []),
    ...(at >= 3 ? ['/docker-entrypoint.sh: Configuration complete; ready for start up'] : []),
  ];
}

export function teamCommandFor(state: TeamState): string | null {
  if (state.step?.type === 'publish') return publishCommand;
  return state.step?.type === 'deploy' ? deployCommand : null;
}
