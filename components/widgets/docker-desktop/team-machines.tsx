import { useId } from 'react';
import { needsVm, targetNames, targets, teamImage, type DesktopState, type Target } from '@/lib/simulations/docker-desktop';
import { ControlButton } from '../shared/control-button';

type Props = {
  state: DesktopState;
  animate?: boolean;
  /** Absent in the still figure. */
  onPublish?: () => void;
  onDeploy?: (target: Target) => void;
};

const stacks: Readonly<Record<Target, readonly string[]>> = {
  mac: ['macOS', '리눅스 가상 머신 (Apple 가상화 프레임워크)', 'Docker Engine'],
  windows: ['Windows', '리눅스 가상 머신 (WSL 2)', 'Docker Engine'],
  server: ['Linux', 'Docker Engine (가상 머신 없음)'],
};

const shortNames: Readonly<Record<Target, string>> = { mac: '맥', windows: '윈도우', server: '서버' };

// The seed's team story: one image on Docker Hub, and what runs it on each kind of computer.
export function TeamMachines({ state, animate = false, onPublish, onDeploy }: Props) {
  const id = useId();
  // Mid-trip the simulation takes no other event; the buttons say so.
  const busy = state.trip !== null;
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2">
      <h3 id={id} className="text-sm font-semibold text-fg">
        2. 팀 모두가 같은 이미지로
      </h3>
      <div className="rounded-lg border border-line bg-surface p-2.5 text-xs text-fg">
        <p className="font-semibold">Docker Hub</p>
        <p className="text-muted">
          {state.published ? (
            <>
              팀장이 올린 <span className="font-mono">{teamImage}</span>
            </>
          ) : (
            '팀의 이미지가 아직 없습니다'
          )}
        </p>
        {onPublish && (
          <ControlButton className="mt-1.5 min-h-9 px-2 text-xs" aria-disabled={busy || state.published} onClick={() => !busy && !state.published && onPublish()}>
            팀장: 이미지 푸시
          </ControlButton>
        )}
      </div>
      <ul aria-label="이미지를 실행하는 컴퓨터" className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        {targets.map((target) => {
          const running = state.running.includes(target);
          const layers = running ? [...stacks[target], `컨테이너 ${teamImage}`] : stacks[target];
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
              {onDeploy && (
                <ControlButton
                  className="min-h-9 w-full px-2 text-xs"
                  aria-disabled={busy || !state.published || running}
                  onClick={() => !busy && state.published && !running && onDeploy(target)}
                >
                  {running ? `${shortNames[target]}: 실행 중` : `${shortNames[target]}에서 실행`}
                </ControlButton>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
