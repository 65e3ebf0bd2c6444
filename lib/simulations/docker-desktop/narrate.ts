import { targets, teamImage, trips, type DesktopState, type Os, type Station, type Target } from './model';

// One or two Korean sentences per step, 합니다체.

export const osNames: Readonly<Record<Os, string>> = { mac: '맥', windows: '윈도우' };

/** What runs the Linux virtual machine on each system, as the figure labels it. */
export const vmNames: Readonly<Record<Os, string>> = {
  mac: 'Apple 가상화 프레임워크(Virtualization framework)',
  windows: 'WSL 2',
};

export const targetNames: Readonly<Record<Target, string>> = { mac: '팀원의 맥', windows: '팀원의 윈도우 노트북', server: '리눅스 서버' };

export const introduction =
  '맥이나 윈도우를 고른 뒤 docker run을 실행해 보세요. 명령이 어디를 거쳐 컨테이너가 되는지, 브라우저의 요청이 어떻게 컨테이너에 닿는지 따라갑니다.';

const terminal: Readonly<Record<Os, string>> = { mac: '터미널', windows: 'PowerShell' };

export function hopText(os: Os, station: Station, kind: 'run' | 'request'): string {
  switch (station) {
    case 'cli':
      return `${terminal[os]}에 docker run -p 8080:80 nginx를 입력했습니다. docker 명령어 도구(CLI)는 컨테이너를 직접 만들지 않고, 명령을 Docker Engine에 요청으로 보냅니다.`;
    case 'engine':
      return os === 'mac'
        ? '요청은 Docker Desktop이 띄운 가벼운 리눅스 가상 머신 안의 Docker Engine(dockerd)에 도착합니다. 맥에는 리눅스 커널이 없어서, Docker Desktop이 Apple 가상화 프레임워크로 이 가상 머신을 띄워 둡니다.'
        : '요청은 WSL 2 안에서 실행되는 Docker Engine(dockerd)에 도착합니다. 윈도우에는 리눅스 커널이 없어서, Docker Desktop이 WSL 2가 제공하는 가벼운 리눅스 가상 머신에서 엔진을 실행합니다.';
    case 'hub':
      return '엔진에 nginx 이미지가 없어서 Docker Hub에서 내려받습니다.';
    case 'container':
      return kind === 'run'
        ? '엔진이 nginx 이미지로 컨테이너를 만들어 실행했습니다. 컨테이너는 가상 머신의 리눅스 커널을 함께 쓰고, nginx는 컨테이너의 80번 포트에서 기다립니다. -p 8080:80이라서 내 컴퓨터의 8080번 포트가 이 포트로 이어집니다.'
        : '요청이 컨테이너의 80번 포트에 도착했습니다. nginx가 웹 페이지로 답합니다.';
    case 'browser':
      return `브라우저에서 http://localhost:8080을 열었습니다. 요청은 ${osNames[os]} 컴퓨터의 8080번 포트로 갑니다.`;
    case 'port':
      return 'Docker Desktop이 8080번 포트로 온 요청을 받아 가상 머신 안의 컨테이너로 넘깁니다. -p 8080:80으로 포트를 공개해서 생긴 길입니다.';
    case 'back':
      return '답이 같은 길을 거꾸로 지나 브라우저에 도착했습니다. 화면에 Welcome to nginx! 페이지가 보입니다.';
  }
}

const deployed: Readonly<Record<Target, string>> = {
  mac: `팀원의 맥이 ${teamImage} 이미지를 내려받아 실행했습니다. 맥에서는 Docker Desktop의 리눅스 가상 머신 안에서 컨테이너가 실행됩니다.`,
  windows: `팀원의 윈도우 노트북이 같은 이미지를 내려받아 실행했습니다. 윈도우에서는 WSL 2 안의 Docker Engine이 컨테이너를 실행합니다.`,
  server: '리눅스 서버도 같은 이미지를 내려받아 실행했습니다. 서버는 리눅스라서 가상 머신 없이 Docker Engine이 바로 컨테이너를 실행합니다.',
};

export function narrate(state: DesktopState): string {
  const step = state.step;
  if (!step) return introduction;
  switch (step.type) {
    case 'reset':
      return '처음 상태로 되돌렸습니다. 아무 컨테이너도 실행하고 있지 않습니다.';
    case 'os':
      return step.os === 'mac'
        ? '맥을 골랐습니다. Docker Desktop은 Apple 가상화 프레임워크로 가벼운 리눅스 가상 머신을 띄웁니다.'
        : '윈도우를 골랐습니다. docker 명령은 맥과 똑같고, 리눅스 가상 머신은 WSL 2가 제공합니다.';
    case 'hop':
      return hopText(state.os, step.station, step.kind);
    case 'publish':
      return `이제 팀 이야기입니다. 팀장이 ${teamImage} 이미지를 빌드해 Docker Hub에 올렸습니다. 팀원의 노트북과 서버는 모두 이 이미지를 내려받아 실행합니다.`;
    case 'deploy': {
      const all = targets.every((target) => state.running.includes(target));
      return all ? `${deployed[step.target]} 이제 맥, 윈도우, 서버가 모두 같은 이미지로 같은 환경을 실행합니다.` : deployed[step.target];
    }
  }
}

/** The command a step stands for, and what the terminal prints by then. */
export function commandFor(state: DesktopState): string | null {
  const step = state.step;
  if (step?.type === 'hop') return step.kind === 'run' ? 'docker run -p 8080:80 nginx' : null;
  if (step?.type === 'publish') return `docker push ${teamImage}`;
  if (step?.type === 'deploy') return `docker run -d -p 8080:80 ${teamImage}`;
  return null;
}

export function terminalLog(state: DesktopState): string[] {
  const step = state.step;
  if (step?.type !== 'hop' || step.kind !== 'run') return [];
  const at = trips.run.indexOf(step.station);
  return [
    ...(at >= 2 ? ["Unable to find image 'nginx:latest' locally", 'latest: Pulling from library/nginx', 'Status: Downloaded newer image for nginx:latest'] : []),
    ...(at >= 3 ? ['/docker-entrypoint.sh: Configuration complete; ready for start up'] : []),
  ];
}
