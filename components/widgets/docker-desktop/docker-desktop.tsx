'use client';

import { dockerDesktopSimulation } from '@/lib/simulations/docker-desktop';
import { SimulationFrame } from '../shared/simulation-frame';
import { NginxStory } from './nginx-story';
import { TeamMachines } from './team-machines';

// Two stories, two figures, each with its own narration, steps and scene link: where
// `docker run -p 8080:80 nginx` goes on the reader's laptop, then one team image on every computer.
// Nothing moves by itself: each press moves a trip on one station.
export function DockerDesktop() {
  return (
    <>
      <SimulationFrame
        simulation={dockerDesktopSimulation.nginx}
        instance="docker-desktop-nginx"
        caption="Docker Desktop 안에서 docker run이 지나가는 길"
        wide
        still={(state) => <NginxStory state={state} />}
      >
        {(live) => <NginxStory state={live.state} animate={!live.reducedMotion} controls={{ can: live.can, send: live.send }} />}
      </SimulationFrame>
      <SimulationFrame
        simulation={dockerDesktopSimulation.team}
        instance="docker-desktop-team"
        caption="팀 모두 같은 이미지로: 맥, 윈도우, 리눅스 서버"
        still={(state) => <TeamMachines state={state} />}
      >
        {(live) => (
          <TeamMachines state={live.state} animate={!live.reducedMotion} controls={{ can: live.can, send: live.send }} />
        )}
      </SimulationFrame>
    </>
  );
}
