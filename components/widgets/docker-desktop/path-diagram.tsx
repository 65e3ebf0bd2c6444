import { useId, type ReactNode } from 'react';
import { currentStation, osNames, vmNames, type DesktopState, type Station } from '@/lib/simulations/docker-desktop';

type Props = { state: DesktopState; animate?: boolean };

// The reader's laptop as nested boxes: terminal and browser on the desktop; inside Docker Desktop
// the port forwarding and the Linux VM; inside the VM the engine and the container. Docker Hub
// sits outside, on the internet. The station the narration speaks of is outlined.
export function PathDiagram({ state, animate = false }: Props) {
  const id = useId();
  const at = currentStation(state);
  const active = (...stations: Station[]) => at !== null && stations.includes(at);
  const started = state.containerRunning || state.trip?.kind === 'run';
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2">
      <h3 id={id} className="text-sm font-semibold text-fg">
        1. docker run이 지나가는 길
      </h3>
      <div className="space-y-2 rounded-xl border border-line bg-surface p-2.5">
        <p className="text-xs font-semibold text-fg">내 {osNames[state.os]} 컴퓨터 ({state.os === 'mac' ? 'macOS' : 'Windows'})</p>
        <div className="grid grid-cols-1 gap-2 min-[28rem]:grid-cols-2">
          <Box title={state.os === 'mac' ? '터미널' : 'PowerShell'} active={active('cli')} animate={animate}>
            <span className="font-mono [overflow-wrap:anywhere]">{started ? '$ docker run -p 8080:80 nginx' : '명령을 기다립니다'}</span>
          </Box>
          <Box title="브라우저" active={active('browser', 'back')} animate={animate}>
            <span className="font-mono">localhost:8080</span>
            {state.pageShown && <span className="mt-0.5 block font-semibold text-ok">Welcome to nginx!</span>}
          </Box>
        </div>
        <div className="space-y-2 rounded-lg border border-dashed border-accent p-2">
          <p className="text-xs font-semibold text-accent-strong">Docker Desktop</p>
          <Box title="포트 전달" active={active('port')} animate={animate}>
            {state.containerRunning ? '내 컴퓨터의 8080번 → 컨테이너의 80번' : '공개한 포트 없음'}
          </Box>
          <div className="space-y-2 rounded-lg border border-line bg-bg p-2">
            <p className="text-xs font-semibold text-fg">
              리눅스 가상 머신 <span className="font-normal text-muted">({vmNames[state.os]})</span>
            </p>
            <Box title="Docker Engine (dockerd)" active={active('engine')} animate={animate}>
              명령을 받아 이미지와 컨테이너를 관리합니다
            </Box>
            <Box title="컨테이너" active={active('container')} animate={animate}>
              {state.containerRunning ? 'nginx, 80번 포트에서 기다리는 중' : '아직 없음'}
            </Box>
          </div>
        </div>
      </div>
      <Box title="Docker Hub (인터넷)" active={active('hub')} animate={animate}>
        nginx 공식 이미지가 있는 레지스트리
      </Box>
    </section>
  );
}

function Box({ title, active, animate, children }: { title: string; active: boolean; animate: boolean; children: ReactNode }) {
  return (
    <div
      aria-current={active ? 'step' : undefined}
      className={`relative min-w-0 rounded-lg border px-2.5 py-1.5 text-xs text-fg ${active ? 'border-accent bg-accent-soft ring-2 ring-accent' : 'border-line bg-bg'}`}
    >
      <p className="flex items-center justify-between gap-2 font-semibold">
        {title}
        {active && (
          <span className={`rounded bg-accent-strong px-1.5 text-bg ${animate ? 'transition-transform duration-300 starting:scale-0' : ''}`}>지금 여기</span>
        )}
      </p>
      <p className="text-muted">{children}</p>
    </div>
  );
}
