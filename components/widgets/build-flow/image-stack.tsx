import { formatSeconds, formatSize, latestImage, recipe, type BuildFlowState } from '@/lib/simulations/build-flow';
import { Badge } from './recipe-panel';

type Props = { state: BuildFlowState; animate: boolean; labelId: string };

// The image as a stack of layers, the first instruction at the bottom. New layers drop onto the
// stack; layers from the cache are there at once, which is the whole point of the cache.
export function ImageStack({ state, animate, labelId }: Props) {
  const image = latestImage(state);
  const building = state.build;
  const layerIds = building?.layerIds ?? image?.layerIds ?? [];
  const cached = building?.cached ?? image?.cached ?? [];
  const total = layerIds.reduce((sum, id) => sum + (state.layers[id]?.sizeBytes ?? 0), 0);
  const older = building ? state.images : state.images.slice(0, -1);
  const title = building ? `빌드 중 (레이어 ${layerIds.length}/${recipe.length})` : image ? image.tag : '아직 없음';

  return (
    <div>
      <p id={labelId} className="mb-2 text-sm font-semibold text-fg">
        2. 이미지 <span className="font-mono text-[0.8125rem] text-accent-strong">{title}</span>
      </p>
      <p className="mb-2 text-xs text-muted">레이어를 쌓은 읽기 전용 묶음입니다. 레이어 하나는 명령 한 줄이 더하거나 바꾼 파일입니다.</p>
      {layerIds.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-3 text-sm text-muted">빌드하면 여기에 레이어가 쌓입니다.</p>
      ) : (
        <ol aria-labelledby={labelId} className="flex flex-col-reverse gap-1">
          {layerIds.map((id, line) => {
            const layer = state.layers[id];
            const fromCache = cached[line] === true;
            // Transform only, no fade: the text keeps full contrast during the drop.
            const motion = animate && !fromCache ? 'transition-transform duration-500 ease-out starting:-translate-y-4' : '';
            return (
              <li
                key={`${line}-${id}`}
                className={`flex items-center gap-2 rounded-md border px-2 py-1.5 text-xs ${fromCache ? 'border-ok bg-ok-soft' : 'border-accent bg-accent-soft'} ${motion}`}
              >
                <span aria-hidden="true" className="flex size-5 shrink-0 items-center justify-center rounded bg-bg font-semibold text-fg">
                  {line + 1}
                </span>
                <span className="sr-only">레이어 {line + 1}:</span>
                <code className="min-w-0 flex-1 truncate bg-transparent px-0 font-mono text-fg">{layer?.text}</code>
                <span className="shrink-0 whitespace-nowrap text-fg">{formatSize(layer?.sizeBytes ?? 0)}</span>
                {fromCache ? (
                  <Badge className="bg-ok text-bg">캐시 사용</Badge>
                ) : (
                  <Badge className="bg-accent-strong text-bg">{`새로 빌드 ${formatSeconds(layer?.seconds ?? 0)}`}</Badge>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {image && !building && (
        <p className="mt-2 text-xs text-muted">
          레이어 {layerIds.length}개, 모두 {formatSize(total)}. 이번 빌드 {formatSeconds(image.seconds)}.
          {older.length > 0 && ` 이전 이미지: ${older.map((candidate) => candidate.tag).join(', ')}.`}
        </p>
      )}
    </div>
  );
}
