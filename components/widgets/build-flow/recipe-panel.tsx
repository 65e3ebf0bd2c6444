import { latestImage, recipe, type BuildFlowState } from '@/lib/simulations/build-flow';

type Props = {
  state: BuildFlowState;
  /** Milliseconds of the step now playing, to fill the working line's bar; null when nothing moves. */
  progressMs: number | null;
  /** Whether the build is advancing on its own; paused, the working line is only next in turn. */
  playing: boolean;
  labelId: string;
};

// The recipe, line by line. The line the build works on lights up; a line edited since the last
// image says so, because that line is where the next build stops using the cache.
export function RecipePanel({ state, progressMs, playing, labelId }: Props) {
  const image = latestImage(state);
  const working = state.build ? state.build.layerIds.length : -1;
  const done = state.build ? state.build.layerIds.length : 0;
  return (
    <div>
      <p id={labelId} className="mb-2 text-sm font-semibold text-fg">
        1. 레시피 <code className="font-mono text-[0.8125rem]">Dockerfile</code>
      </p>
      <p className="mb-2 text-xs text-muted">이미지를 만드는 방법을 한 줄에 명령 하나씩 적은 파일입니다.</p>
      <ol aria-labelledby={labelId} className="space-y-1 rounded-lg border border-line bg-code p-2 font-mono text-[0.8125rem] leading-snug">
        {recipe.map((instruction, line) => {
          const revision = (state.build?.revisions ?? state.revisions)[line] ?? 0;
          const changed = image !== null && image.revisions[line] !== state.revisions[line];
          const isWorking = line === working;
          return (
            <li
              key={line}
              className={`relative flex items-start gap-2 overflow-hidden rounded-md px-2 py-1 ${isWorking ? 'bg-accent-soft ring-1 ring-accent' : ''}`}
            >
              <span aria-hidden="true" className="w-4 shrink-0 text-right text-muted select-none">
                {line + 1}
              </span>
              <span className="min-w-0 flex-1 break-words text-fg [overflow-wrap:anywhere]">{instruction.text(revision)}</span>
              {isWorking && <Badge className="bg-accent-strong text-bg">{playing ? '빌드 중' : '다음 차례'}</Badge>}
              {!isWorking && line < done && <Badge className="bg-surface text-muted">완료</Badge>}
              {changed && !isWorking && line >= done && <Badge className="bg-warn-soft text-warn ring-1 ring-warn">바뀜</Badge>}
              {isWorking && progressMs !== null && (
                <span
                  aria-hidden="true"
                  key={`${state.builds}-${line}`}
                  style={{ transitionDuration: `${progressMs}ms` }}
                  className="absolute inset-x-0 bottom-0 h-0.5 origin-left scale-x-100 bg-accent transition-transform ease-linear starting:scale-x-0"
                />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function Badge({ children, className }: { children: string; className: string }) {
  return <span className={`shrink-0 rounded px-1.5 py-0.5 font-sans text-xs font-semibold whitespace-nowrap ${className}`}>{children}</span>;
}
