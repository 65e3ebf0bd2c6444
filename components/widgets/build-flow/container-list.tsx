import type { Ref } from 'react';
import { findImage, type BuildFlowState, type Container } from '@/lib/simulations/build-flow';
import { ControlButton } from '../shared/control-button';

type Props = {
  state: BuildFlowState;
  animate: boolean;
  labelId: string;
  /** Stop and remove buttons; absent in the still figure and the compact form. */
  onStop?: (container: Container) => void;
  onRemove?: (container: Container) => void;
  emptyRef?: Ref<HTMLParagraphElement>;
};

// Every container is drawn as its own thin writable layer on top of the same image layers, so
// "one image, many containers" is visible at a glance and readable as a list.
export function ContainerList({ state, animate, labelId, onStop, onRemove, emptyRef }: Props) {
  return (
    <div>
      <p id={labelId} ref={emptyRef} tabIndex={emptyRef ? -1 : undefined} className="mb-2 text-sm font-semibold text-fg">
        3. 컨테이너 <span className="font-normal text-muted">({state.containers.length}개)</span>
      </p>
      <p className="mb-2 text-xs text-muted">이미지를 실행한 것입니다. 이미지 레이어는 함께 쓰고, 실행 중에 바뀌는 파일은 각자의 쓰기 레이어에 씁니다.</p>
      {state.containers.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-3 text-sm text-muted">
          {state.images.length > 0 ? '실행을 누르면 이 이미지로 컨테이너를 만듭니다.' : '이미지를 빌드한 다음 실행하면 여기에 컨테이너가 생깁니다.'}
        </p>
      ) : (
        <ul aria-labelledby={labelId} className="grid grid-cols-1 gap-2 min-[28rem]:grid-cols-2 sm:grid-cols-3">
          {state.containers.map((container) => {
            const image = findImage(state, container.imageId);
            const running = container.status === 'running';
            return (
              <li
                key={container.id}
                className={`rounded-lg border border-line bg-bg p-2 text-xs ${animate ? 'transition-transform duration-300 ease-out starting:scale-90' : ''}`}
              >
                <div className="flex items-center justify-between gap-2">
                  <span className="font-mono text-sm font-semibold text-fg">{container.name}</span>
                  <span className={`inline-flex items-center gap-1 font-semibold ${running ? 'text-ok' : 'text-muted'}`}>
                    <span aria-hidden="true" className={`size-2 rounded-full ${running ? 'bg-ok' : 'border border-muted'}`} />
                    {running ? '실행 중' : '정지됨'}
                  </span>
                </div>
                <div className="mt-2 rounded border border-dashed border-warn bg-warn-soft px-1.5 py-1 text-fg">쓰기 레이어 (이 컨테이너 전용)</div>
                <div className="mt-1 rounded bg-surface px-1.5 py-1 text-fg">
                  <span aria-hidden="true" className="mb-1 flex flex-col-reverse gap-px">
                    {image?.layerIds.map((id) => <span key={id} className="block h-1 rounded-sm bg-accent opacity-70" />)}
                  </span>
                  <span className="font-mono">{image?.tag}</span> 이미지 레이어 {image?.layerIds.length}개 (공유, 읽기 전용)
                </div>
                {(onStop || onRemove) && (
                  <div className="mt-2 flex gap-1.5">
                    {onStop && (
                      <ControlButton className="min-h-9 flex-1 px-2 text-xs" aria-disabled={!running} onClick={() => running && onStop(container)}>
                        <span aria-hidden="true">정지</span>
                        <span className="sr-only">{container.name} 정지</span>
                      </ControlButton>
                    )}
                    {onRemove && (
                      <ControlButton className="min-h-9 flex-1 px-2 text-xs" aria-disabled={running} onClick={() => !running && onRemove(container)}>
                        <span aria-hidden="true">삭제</span>
                        <span className="sr-only">{container.name} 삭제</span>
                      </ControlButton>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
