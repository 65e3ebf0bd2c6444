import { targets, teamImage, type NginxState, type Os, type Station, type Target, type TeamState } from './model';

// One or two Korean sentences per step, 합니다체, read from the state only. Each story is its own
// figure with its own narration.

export const osNames: Readonly<Record<Os, string>> = { mac: '맥', windows: '윈도우' };

/** What runs the Linux virtual machine on each system, as the figure labels it. */
export const vmNames: Readonly<Record<Os, string>> = {
  mac: 'Apple 가상화 프레임워크(Virtualization framework)',
  windows: 'WSL 2',
};

export const terminalNames: Readonly<Record<Os, string>> = { mac: '터미널', windows: 'PowerShell' };

export const targetNames: Readonly<Record<Target, string>> = {
  mac: '팀원의 맥',
  windows: '팀원의 윈도우 노트북',
  server: '리눅스 서버',
};

export const introduction =
  '맥이나 윈도우를 고른 뒤 docker run을 실행해 보세요. 명령이 어디를 거쳐 컨테이너가 되는지, 브라우저의 요청이 어떻게 컨테이너에 닿는지 한 곳씩 따라갑니다.';

export const teamIntroduction =
  '팀장이 이미지를 Docker Hub에 올리면, 팀원의 맥과 윈도우 노트북, 리눅스 서버가 모두 같은 이미지를 받아 실행합니다. 팀장의 푸시부터 시작하세요.';

export function hopText(os: Os, station: Station, kind: 'run' | 'request'): string {
  switch (station) {
    case 'cli':
      return `${terminalNames[os]}에 docker run -p 8080:80 nginx를 입력했습니다. docker 명령어 도구(CLI)는 컨테이너를 직접 만들지 않고, 명령을 Docker Engine에 요청으로 보냅니다.`;
    case 'engine':
      return os === 'mac'
        ? '요청은 Docker Desktop이 띄운 가벼운 리눅스 가상 머신 안의 Docker Engine(dockerd)에 도착합니다. 맥에는 리눅스 커널이 없어서, Docker Desktop이 Apple 가상화 프레임워크로 이 가상 머신을 띄워 둡니다.'
        : '요청은 WSL 2 안에서 실행되는 Docker Engine(dockerd)에 도착합니다. 윈도우에는 리눅스 커널이 없어서, Docker Desktop이 WSL 2가 제공하는 가벼운 리눅스 가상 머신에서 엔진을 실행합니다.';
    case 'hub':
      return '엔진에 nginx 이미지가 없어서 Docker Hub에서 내려받습니다.';
    case 'container':
      return kind === 'run'
        ? '엔진이 nginx 이미지로 컨테이너를 만들어 실행했습니다. 컨테이너는 가상 머신의 리눅스 커널을 공유하고, nginx는 컨테이너의 80번 포트에서 기다립니다. -p 8080:80이라서 내 컴퓨터의 8080번 포트가 이 포트로 이어집니다.'
        : '요청이 컨테이너의 80번 포트에 도착했습니다. nginx가 웹 페이지로 답합니다.';
    case 'browser':
      return `브라우저에서 http://localhost:8080을 열었습니다. 요청은 ${osNames[os]} 컴퓨터의 8080번 포트로 갑니다.`;
    case 'port':
      return 'Docker Desktop이 8080번 포트로 온 요청을 받아 가상 머신 안의 컨테이너로 넘깁니다. -p 8080:80으로 포트를 공개해서 생긴 길입니다.';
    case 'back':
      return '답이 같은 길을 거꾸로 지나 브라우저에 도착했습니다. 화면에 Welcome to nginx! 페이지가 보입니다.';
  }
}

export const portTaken =
  '같은 명령을 다른 터미널에서 한 번 더 실행했지만 실패했습니다. 내 컴퓨터의 8080번 포트는 첫 nginx 컨테이너가 쓰고 있어서, 엔진이 새 컨테이너를 만들고도 시작하지 못했습니다(port is already allocated). 다른 포트(-p 8081:80)를 쓰거나, 첫 컨테이너를 docker stop으로 멈춘 뒤 다시 실행합니다.';

export function narrateNginx(state: NginxState): string {
  const step = state.step;
  if (!step) return introduction;
  switch (step.type) {
    case 'os':
      return step.os === 'mac'
        ? '맥을 골랐습니다. Docker Desktop은 Apple 가상화 프레임워크로 가벼운 리눅스 가상 머신을 띄웁니다.'
        : '윈도우를 골랐습니다. docker 명령은 맥과 똑같고, 리눅스 가상 머신은 WSL 2가 제공합니다.';
    case 'hop':
      return hopText(state.os, step.station, step.kind);
    case 'port-taken':
      return portTaken;
  }
}

const deployed: Readonly<Record<Target, string>> = {
  mac: `팀원의 맥이 ${teamImage} 이미지를 내려받아 실행했습니다. Apple 실리콘 맥은 arm64용 이미지를 받고, Docker Desktop의 리눅스 가상 머신 안에서 컨테이너를 실행합니다.`,
  windows:
    '팀원의 윈도우 노트북이 같은 이미지를 내려받아 실행했습니다. 보통의 윈도우 노트북은 amd64용을 받고, WSL 2 안의 Docker Engine이 컨테이너를 실행합니다.',
  server:
    '리눅스 서버도 같은 이미지를 내려받아 실행했습니다. 서버는 리눅스라서 가상 머신 없이 Docker Engine이 바로 컨테이너를 실행합니다.',
};

export function narrateTeam(state: TeamState): string {
  const step = state.step;
  if (!step) return teamIntroduction;
  switch (step.type) {
    case 'publish':
      return `팀장이 ${teamImage} 이미지를 amd64와 arm64 두 플랫폼용으로 빌드해 Docker Hub에 올렸습니다. 팀원의 컴퓨터와 서버는 같은 이름으로 받되, 각자 CPU에 맞는 쪽을 받습니다.`;
    case 'deploy': {
      const all = targets.every((target) => state.running.includes(target));
      return all ? `${deployed[step.target]} 이제 세 곳 모두 같은 이미지로 같은 환경을 실행합니다.` : deployed[step.target];
    }
  }
}
