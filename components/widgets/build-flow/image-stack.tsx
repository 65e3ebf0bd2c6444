import type { Ref } from 'react';
import {
  building,
  containerName,
  currentImage,
  findImage,
  formatSize,
  type BuildFlowEvent,
  type BuildFlowState,
  type Container,
} from '@/lib/simulations/build-flow';
import { cn } from '@/lib/cn';
import { ControlButton } from '../shared/control-button';

type Props = {
  state: BuildFlowState;
  animate: boolean;
  labelId: string;
  /** Stop and remove buttons; absent in the still figure and the compact form. */
  controls?: { can: (event: BuildFlowEvent) => boolean; send: (event: BuildFlowEvent) => void };
  /** Where focus goes when the pressed 삭제 button disappears with its container. */
  headingRef?: Ref<HTMLParagraphElement>;
};

/** "EXPOSE와 CMD는", or with other settings "ENV, EXPOSE, CMD 같은 설정은". */
function settingsSentence(keywords: readonly string[]): string {
  if (keywords.length === 0) return '';
  if (keywords.length === 2 && keywords[0] === 'EXPOSE' && keywords[1] === 'CMD')
    return ' EXPOSE와 CMD는 레이어가 아니라 이미지 설정에 기록됩니다.';
  return ` ${keywords.join(', ')} 같은 명령은 레이어가 아니라 이미지 설정에 기록됩니다.`;
}

// One image, drawn once: its read-only layers stacked from the base image up, and on top of it one
// thin writable layer (쓰기 레이어) per container started from it. A second container adds a
// second thin layer, never a second copy of the image. While a build runs, the stack shows the
// layers of the image being made, and containers of the previous image are listed apart.
export function ImageStack({ state, animate, labelId, controls, headingRef }: Props) {
  const running = building(state);
  const image = running ? null : currentImage(state);
  const build = state.build;
  const layerIds = running && build ? build.steps.map((step) => step.layerId) : (image?.layerIds ?? []);
  const cached = running && build ? build.steps.map((step) => step.cached) : [];
  const total = layerIds.reduce((sum, id) => sum + (state.layers[id]?.sizeBytes ?? 0), 0);
  const onImage = state.containers.filter((container) => image !== null && container.imageId === image.id);
  const elsewhere = state.containers.filter((container) => !onImage.includes(container));
  const title =
    running && build
      ? `빌드 중 · 단계 ${build.steps.length}/${build.plan?.steps.length ?? 0}`
      : image
        ? `${image.tags.join(', ')} · ID ${image.id}`
        : '아직 없음';

  return (
    <div className="min-w-0">
      <p id={labelId} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="mb-1 text-sm font-semibold text-fg">
        2. 이미지와 컨테이너 <span className="font-mono text-[0.8125rem] font-normal break-all text-accent-strong">{title}</span>
      </p>
      <p className="mb-2 text-xs text-muted">
        이미지는 읽기 전용 레이어를 쌓은 것입니다. 컨테이너는 그 위에 얇은 쓰기 레이어만 얹습니다.
      </p>
      {onImage.length > 0 && (
        <ContainerLayers label="이 이미지의 컨테이너" containers={onImage} state={state} animate={animate} controls={controls} />
      )}
      {layerIds.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-3 text-sm text-muted">빌드하면 여기에 레이어가 쌓입니다.</p>
      ) : (
        <ol aria-label="이미지 레이어" className="flex flex-col-reverse gap-1">
          {layerIds.map((id, index) => {
            const layer = state.layers[id];
            const line = layer?.line ?? 0;
            const base = layer?.text.startsWith('FROM ') ?? false;
            // Transform only, no fade: the text keeps full contrast during the drop.
            const motion = animate && !cached[index] && 'transition-transform duration-500 ease-out starting:-translate-y-3';
            return (
              <li
                key={`${index}-${id}`}
                className={cn('flex items-center gap-2 rounded-md border border-accent bg-accent-soft px-2 py-1 text-xs', motion)}
              >
                <span
                  aria-hidden="true"
                  className="flex size-5 shrink-0 items-center justify-center rounded bg-bg font-semibold text-fg"
                >
                  {line + 1}
                </span>
                <span className="sr-only">{line + 1}번째 줄:</span>
                <code className="min-w-0 flex-1 truncate bg-transparent px-0 font-mono text-fg">
                  {base ? `${layer?.text.replace('FROM ', '')} (베이스 이미지)` : layer?.text}
                </code>
                <span className="shrink-0 whitespace-nowrap text-fg">{formatSize(layer?.sizeBytes ?? 0)}</span>
              </li>
            );
          })}
        </ol>
      )}
      {image && (
        <p className="mt-2 text-xs text-muted">
          레이어 {layerIds.length}개, 모두 {formatSize(total)}.
          {settingsSentence([...new Set(image.settings.map((setting) => setting.text.split(/\s/)[0] ?? ''))])}
        </p>
      )}
      {elsewhere.length > 0 && (
        <div className="mt-3">
          <ContainerLayers
            label="이전 이미지의 컨테이너"
            containers={elsewhere}
            state={state}
            animate={animate}
            controls={controls}
            withImage
          />
        </div>
      )}
    </div>
  );
}

const statusText: Record<Container['status'], string> = { running: '실행 중', stopped: '정지됨', created: '시작 못 함' };

function ContainerLayers({
  label,
  containers,
  state,
  animate,
  controls,
  withImage = false,
}: {
  label: string;
  containers: readonly Container[];
  state: BuildFlowState;
  animate: boolean;
  controls: Props['controls'];
  withImage?: boolean;
}) {
  return (
    <ul aria-label={label} className="mb-1 grid grid-cols-2 gap-1">
      {containers.map((container) => {
        const name = containerName(container.run);
        const running = container.status === 'running';
        const stop: BuildFlowEvent = { type: 'stop', run: container.run };
        const remove: BuildFlowEvent = { type: 'remove', run: container.run };
        return (
          <li
            key={container.run}
            className={cn(
              'min-w-0 rounded-md border-2 border-dashed border-warn bg-warn-soft px-2 py-1 text-xs text-fg',
              animate && 'transition-transform duration-300 ease-out starting:scale-90',
            )}
          >
            <div className="flex flex-wrap items-center justify-between gap-x-2">
              <span className="font-mono font-semibold">{name}</span>
              <span className={cn('inline-flex items-center gap-1 font-semibold', running ? 'text-ok' : 'text-muted')}>
                <span aria-hidden="true" className={cn('size-2 rounded-full', running ? 'bg-ok' : 'border border-muted')} />
                {statusText[container.status]}
              </span>
            </div>
            <p>
              쓰기 레이어 · {container.port === null ? '포트 연결 없음' : `localhost:${container.port} → 3000`}
              {withImage && ` · ${findImage(state, container.imageId)?.tags.at(-1) ?? ''} 이미지`}
            </p>
            {controls && (
              <div className="mt-1 flex gap-1">
                <ControlButton
                  className="min-h-9 flex-1 px-2 text-xs"
                  aria-disabled={!controls.can(stop)}
                  onClick={() => controls.can(stop) && controls.send(stop)}
                >
                  <span aria-hidden="true">정지</span>
                  <span className="sr-only">{name} 정지</span>
                </ControlButton>
                <ControlButton
                  className="min-h-9 flex-1 px-2 text-xs"
                  aria-disabled={!controls.can(remove)}
                  onClick={() => controls.can(remove) && controls.send(remove)}
                >
                  <span aria-hidden="true">삭제</span>
                  <span className="sr-only">{name} 삭제</span>
                </ControlButton>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
