'use client';

import {
  commandFor,
  dockerHubSimulation,
  terminalLog,
  type DockerHubEvent,
  type DockerHubState,
} from '@/lib/simulations/docker-hub';
import { terminalAnchor } from '@/components/terminal/world-ids';
import { SimulationFrame } from '../shared/simulation-frame';
import { DockerHubTerminal } from './docker-hub-terminal';
import { TerminalLines } from '../shared/terminal-lines';
import type { Controls } from './controls';
import { HubSearch } from './hub-search';
import { TeamPanel } from './team-panel';

// Find a trustworthy base image on Docker Hub, then push the team's image and pull it on two
// laptops. The frame brings the still figure, narration, steps and scene link.
export function DockerHub({ terminal = false }: { terminal?: boolean }) {
  const frame = (
    <SimulationFrame
      simulation={dockerHubSimulation}
      instance="docker-hub"
      caption="Docker Hub에서 이미지를 찾고, 올리고, 내려받기"
      wide
      still={(state) => <Panels state={state} />}
      after={terminal ? (live) => <DockerHubTerminal simulation={live} instance={live.instance} /> : undefined}
    >
      {(live) => <Panels state={live.state} animate={!live.reducedMotion} controls={{ can: live.can, send: live.send }} />}
    </SimulationFrame>
  );
  // `data-terminal` names the world for the code blocks' "터미널에서 실행" before the widget is live.
  return terminal ? (
    <div data-terminal="docker-hub" id={terminalAnchor('docker-hub')}>
      {frame}
    </div>
  ) : (
    frame
  );
}

type PanelsProps = { state: DockerHubState; animate?: boolean; controls?: Controls<DockerHubEvent> };

function Panels({ state, animate = false, controls }: PanelsProps) {
  return (
    // Side by side only where the figure itself is wide (the frame's breakout), not the viewport.
    <div className="@container space-y-4">
      {controls && <TerminalLines command={commandFor(state)} lines={terminalLog(state)} />}
      <div className="grid grid-cols-1 gap-5 @4xl:grid-cols-[2fr_3fr]">
        <HubSearch state={state} controls={controls} />
        <TeamPanel state={state} animate={animate} controls={controls} />
      </div>
    </div>
  );
}
