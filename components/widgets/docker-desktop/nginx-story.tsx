import {
  nginxCommandFor,
  nginxTerminalLog,
  osNames,
  systems,
  type NginxEvent,
  type NginxState,
} from '@/lib/simulations/docker-desktop';
import { ControlButton } from '../shared/control-button';
import { TerminalLines } from '../shared/terminal-lines';
import type { Controls } from './controls';
import { PathDiagram } from './path-diagram';

type Props = { state: NginxState; animate?: boolean; controls?: Controls<NginxEvent> };

// The reader's laptop: which system, what the terminal prints, the map of the path, and the three
// commands, each enabled by the rules (controls.can). On a phone the map sits between the terminal
// and the buttons, so cause and effect share a screen; where the figure is wide enough it takes
// the right column (a container query: the figure's width, not the viewport's, decides).
export function NginxStory({ state, animate = false, controls }: Props) {
  const button = (label: string, event: NginxEvent, primary = false) =>
    controls && (
      <ControlButton
        variant={primary ? 'primary' : 'secondary'}
        aria-disabled={!controls.can(event)}
        onClick={() => controls.send(event)}
      >
        {label}
      </ControlButton>
    );
  return (
    <div className="@container">
      <div className="grid grid-cols-1 gap-4 @xl:grid-cols-2 @xl:grid-rows-[auto_auto_1fr]">
        {controls ? (
          <fieldset className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm text-fg">
            <legend className="float-left mr-2 font-semibold">내 컴퓨터</legend>
            {systems.map((os) => (
              <label key={os} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
                <input
                  type="radio"
                  name="docker-desktop-os"
                  className="size-4 accent-accent-strong"
                  checked={state.os === os}
                  aria-disabled={state.os !== os && !controls.can({ type: 'choose-os', os })}
                  onChange={() => controls.send({ type: 'choose-os', os })}
                />
                {osNames[os]}
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="text-sm text-fg">내 컴퓨터: {osNames[state.os]}</p>
        )}
        <div className="min-w-0">
          <TerminalLines command={nginxCommandFor(state)} lines={nginxTerminalLog(state)} />
        </div>
        <div className="min-w-0 @xl:col-start-2 @xl:row-span-3 @xl:row-start-1">
          <PathDiagram state={state} animate={animate} />
        </div>
        {controls && (
          <div role="group" aria-label="도커 명령" className="flex flex-wrap content-start gap-2">
            {button('docker run 실행', { type: 'run' }, true)}
            {button('브라우저에서 localhost:8080 열기', { type: 'open-browser' })}
            {button('다음 지점으로', { type: 'advance' })}
          </div>
        )}
      </div>
    </div>
  );
}
