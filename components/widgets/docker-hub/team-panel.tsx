import { useId, type ReactNode } from 'react';
import {
  baseImage,
  baseLayers,
  hubLayers,
  layers,
  machineLabel,
  machineNames,
  nextBuild,
  nextPull,
  nextPush,
  repository,
  sizeOf,
  teammates,
  type DockerHubEvent,
  type DockerHubState,
  type LayerKey,
  type MachineId,
} from '@/lib/simulations/docker-hub';
import { ControlButton } from '../shared/control-button';
import type { Controls } from './controls';

type Props = { state: DockerHubState; animate?: boolean; controls?: Controls<DockerHubEvent> };

const order = Object.keys(layers) as LayerKey[];
const sorted = (keys: readonly LayerKey[]) => order.filter((key) => keys.includes(key));

type Mark = 'moved' | 'mounted' | 'skipped';

/** What the last push or pull did to each layer on one side, to badge it. */
function marksFor(state: DockerHubState, place: MachineId | 'hub'): Partial<Record<LayerKey, Mark>> {
  const step = state.step;
  if (step?.type === 'push' && place === 'hub') {
    return Object.fromEntries(
      step.transfers.map(({ key, result }) => [
        key,
        result === 'pushed' ? 'moved' : result === 'mounted' ? 'mounted' : 'skipped',
      ]),
    );
  }
  if (step?.type === 'pull' && step.machine === place) {
    return Object.fromEntries(step.transfers.map(({ key, result }) => [key, result === 'downloaded' ? 'moved' : 'skipped']));
  }
  if (step?.type === 'build' && place === 'lead') return Object.fromEntries(step.made.map((key) => [key, 'moved']));
  return {};
}

// Docker Hub in the middle, the lead and two teammates around it. Each side lists the layers it
// stores, once each however many images use them, so sharing shows in the count and the total.
// Every button is enabled by the rules (controls.can), its label read from the state.
export function TeamPanel({ state, animate = false, controls }: Props) {
  const id = useId();
  const build = nextBuild(state);
  const push = nextPush(state);
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0 space-y-2">
      <h3 id={`${id}-title`} className="text-sm font-semibold text-fg">
        2. 팀의 이미지 올리고 내려받기
      </h3>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Place
          title="Docker Hub (레지스트리)"
          images={
            state.registry.tags.length
              ? [`${repository} 태그: ${[...state.registry.tags].reverse().join(', ')}`]
              : [`${baseImage} 등 공개 이미지`]
          }
          stored={hubLayers(state)}
          marks={marksFor(state, 'hub')}
          movedLabel="올림"
          animate={animate}
        />
        <Place
          title={machineLabel('lead')}
          images={state.machines.lead.images}
          stored={state.machines.lead.layers}
          marks={marksFor(state, 'lead')}
          movedLabel="새로 빌드"
          animate={animate}
        >
          {controls && (
            <div className="flex flex-wrap gap-1.5">
              <ControlButton
                className="min-h-9 flex-1 px-2 text-xs"
                aria-disabled={!controls.can({ type: 'build' })}
                onClick={() => controls.send({ type: 'build' })}
              >
                {`${build ?? '1.1'} 빌드`}
              </ControlButton>
              <ControlButton
                className="min-h-9 flex-1 px-2 text-xs"
                aria-disabled={!controls.can({ type: 'push' })}
                onClick={() => controls.send({ type: 'push' })}
              >
                {`${push ?? state.built.at(-1) ?? '1.0'} 푸시`}
              </ControlButton>
            </div>
          )}
        </Place>
        {teammates.map((machine) => {
          const pull = nextPull(state, machine);
          const name = machineNames[machine];
          const event = { type: 'pull', machine } as const;
          return (
            <Place
              key={machine}
              title={machineLabel(machine)}
              images={state.machines[machine].images}
              stored={state.machines[machine].layers}
              marks={marksFor(state, machine)}
              movedLabel="받음"
              animate={animate}
            >
              {controls && (
                <ControlButton
                  className="min-h-9 w-full px-2 text-xs"
                  aria-disabled={!controls.can(event)}
                  onClick={() => controls.send(event)}
                >
                  {pull
                    ? `${name}: ${pull} 이미지 받기(pull)`
                    : state.registry.tags.length
                      ? `${name}: 최신 이미지 있음`
                      : `${name}: 받을 이미지 없음`}
                </ControlButton>
              )}
            </Place>
          );
        })}
      </div>
    </section>
  );
}

type PlaceProps = {
  title: string;
  images: readonly string[];
  stored: readonly LayerKey[];
  marks: Partial<Record<LayerKey, Mark>>;
  movedLabel: string;
  animate: boolean;
  children?: ReactNode;
};

const markLabels: Readonly<Record<Exclude<Mark, 'moved'>, string>> = { mounted: '연결함', skipped: '이미 있음' };
const markStyles: Readonly<Record<Mark, string>> = {
  moved: 'bg-accent-strong text-bg',
  mounted: 'bg-accent-soft text-accent-strong ring-1 ring-accent',
  skipped: 'bg-ok-soft text-ok ring-1 ring-ok',
};

function Place({ title, images, stored, marks, movedLabel, animate, children }: PlaceProps) {
  const id = useId();
  const keys = sorted(stored);
  return (
    <div className="min-w-0 space-y-1.5 rounded-lg border border-line bg-bg p-2.5 text-xs text-fg">
      <p id={id} className="text-[0.8125rem] font-semibold">
        {title}
      </p>
      <p className="text-muted">
        이미지: <span className="font-mono [overflow-wrap:anywhere]">{images.length ? images.join(', ') : '없음'}</span>
      </p>
      <p className="text-muted">
        레이어 {keys.length}개, {sizeOf(keys)} MB
      </p>
      {keys.length > 0 && (
        <ul aria-labelledby={id} className="flex flex-col-reverse gap-0.5">
          {keys.map((key) => {
            const mark = marks[key];
            const isApp = !baseLayers.includes(key);
            return (
              <li
                key={key}
                className={`flex items-center gap-1.5 rounded px-1.5 py-0.5 ${isApp ? 'bg-accent-soft' : 'bg-surface'} ${animate && mark === 'moved' ? 'transition-transform duration-500 ease-out starting:-translate-y-2' : ''}`}
              >
                <span className="min-w-0 flex-1 truncate">{layers[key].label}</span>
                <span className="shrink-0 text-muted">{layers[key].sizeMB} MB</span>
                {mark && (
                  <span className={`shrink-0 rounded px-1 font-semibold ${markStyles[mark]}`}>
                    {mark === 'moved' ? movedLabel : markLabels[mark]}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {children}
    </div>
  );
}
