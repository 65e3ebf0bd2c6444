import {
  needsVm,
  targetNames,
  targets,
  teamCommandFor,
  teamImage,
  type Target,
  type TeamEvent,
  type TeamState,
} from '@/lib/simulations/docker-desktop';
import { ControlButton } from '../shared/control-button';
import { TerminalLines } from '../shared/terminal-lines';
import type { Controls } from './controls';

type Props = { state: TeamState; animate?: boolean; controls?: Controls<TeamEvent> };

const stacks: Readonly<Record<Target, readonly string[]>> = {
  mac: ['macOS', '리눅스 가상 머신 (Apple 가상화 프레임워크)', 'Docker Engine'],
  windows: ['Windows', '리눅스 가상 머신 (WSL 2)', 'Docker Engine'],
  server: ['Linux', 'Docker Engine (가상 머신 없음)'],
};

const shortNames: Readonly<Record<Target, string>> = { mac: '맥', windows: '윈도우', server: '서버' };

// The seed's team story: one image on Docker Hub, and what runs it on each kind of computer.
// Every button is enabled by the rules (controls.can).
export function TeamMachines({ state, animate = false, controls }: Props) {
  return (
    <div className="min-w-0 space-y-2">
      <TerminalLines command={teamCommandFor(state)} />
      <div className="rounded-lg border border-line bg-surface p-2.5 text-xs text-fg">
        <p className="font-semibold">Docker Hub</p>
        <p className="text-muted">
          {state.published ? (
            <>
              팀장이 올린 <span className="font-mono">{teamImage}</span> (linux/amd64, linux/arm64)
            </>
          ) : (
            '팀의 이미지가 아직 없습니다'
          )}
        </p>
        {controls && (
          <ControlButton
            className="mt-1.5 min-h-9 px-2 text-xs"
            aria-disabled={!controls.can({ type: 'publish' })}
            onClick={() => controls.send({ type: 'publish' })}
          >
            팀장: 이미지 푸시
          </ControlButton>
        )}
      </div>
      <ul aria-label="이미지를 실행하는 컴퓨터" className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        {targets.map((target) => {
          const running = state.running.includes(target);
          const layers = running ? [...stacks[target], `컨테이너 ${teamImage}`] : stacks[target];
          const event = { type: 'deploy', target } as const;
          return (
            <li key={target} className="min-w-0 space-y-1.5 rounded-lg border border-line bg-bg p-2.5 text-xs text-fg">
              <p className="font-semibold">{targetNames[target]}</p>
              <ol className="flex flex-col-reverse gap-0.5" aria-label={`${targetNames[target]}의 구성`}>
                {layers.map((layer, index) => {
                  const container = index === stacks[target].length;
                  return (
                    <li
                      key={layer}
                      className={`rounded px-1.5 py-0.5 ${container ? `bg-ok-soft font-semibold text-ok ring-1 ring-ok ${animate ? 'transition-transform duration-500 ease-out starting:-translate-y-2' : ''}` : index === 1 && needsVm(target) ? 'bg-accent-soft' : 'bg-surface'}`}
                    >
                      <span className="[overflow-wrap:anywhere]">{layer}</span>
                    </li>
                  );
                })}
              </ol>
              {controls && (
                <ControlButton
                  className="min-h-9 w-full px-2 text-xs"
                  aria-disabled={!controls.can(event)}
                  onClick={() => controls.send(event)}
                >
                  {running ? `${shortNames[target]}: 실행 중` : `${shortNames[target]}에서 실행`}
                </ControlButton>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
