import { building, currentImage, formatDuration, recipe, stepLines, type BuildFlowState } from '@/lib/simulations/build-flow';
import { cn } from '@/lib/cn';
import { ControlButton } from '../shared/control-button';
import { Badge } from './badge';

type Props = {
  state: BuildFlowState;
  labelId: string;
  /** Whether the build is advancing; paused, the working line is only next in turn. */
  ticking: boolean;
  /** The edit buttons beside their lines; absent in the still figure and the compact form. */
  edits?: { can: (line: number) => boolean; onEdit: (line: number) => void; describedBy?: string };
};

// The recipe, line by line, each line with what the latest build did with it: the cause and its
// effect on one row. BuildKit's words are kept (CACHED) so the reader recognises them in a real
// terminal. A line edited since the current image says so: that is where the cache stops.
export function RecipePanel({ state, labelId, ticking, edits }: Props) {
  const image = currentImage(state);
  const build = state.build;
  const running = building(state);
  const revisions = running && build ? build.revisions : state.revisions;
  return (
    <div className="min-w-0">
      <p id={labelId} className="mb-1 text-sm font-semibold text-fg">
        1. 레시피 <code className="font-mono text-[0.8125rem]">Dockerfile</code>
      </p>
      <p className="mb-2 text-xs text-muted">도커는 위에서부터 한 줄씩 읽습니다. 단계마다 캐시를 먼저 찾습니다.</p>
      <ol
        aria-labelledby={labelId}
        className="space-y-1 rounded-lg border border-line bg-code p-1.5 font-mono text-xs leading-snug sm:text-[0.8125rem]"
      >
        {recipe.map((instruction, line) => {
          const stepIndex = stepLines.indexOf(line);
          const step = stepIndex === -1 ? undefined : build?.steps[stepIndex];
          const working = running && build !== null && stepIndex === build.steps.length;
          const changed = !running && image !== null && image.revisions[line] !== state.revisions[line];
          const edit = instruction.edit;
          return (
            <li
              key={line}
              className={cn(
                'grid grid-cols-[1rem_minmax(0,1fr)_auto] items-start gap-x-2 gap-y-1 rounded-md px-1.5 py-1',
                working && 'bg-accent-soft ring-1 ring-accent',
              )}
            >
              <span aria-hidden="true" className="text-right text-muted select-none">
                {line + 1}
              </span>
              <span className="[overflow-wrap:anywhere] text-fg">{instruction.text(revisions[line] ?? 0)}</span>
              <span className="flex flex-col items-end gap-1">
                {instruction.kind === 'setting' && <Badge className="bg-surface text-muted">설정만</Badge>}
                {working && (
                  <Badge className="bg-accent-strong text-bg">
                    {ticking ? (line === 0 ? '내려받는 중' : '실행 중') : '일시 정지'}
                  </Badge>
                )}
                {step &&
                  (step.cached ? (
                    <Badge className="bg-ok text-bg">CACHED</Badge>
                  ) : (
                    <Badge className="bg-accent-strong text-bg">{`${line === 0 ? '풀' : '실행'} ${formatDuration(step.ms)}`}</Badge>
                  ))}
                {changed && <Badge className="bg-warn-soft text-warn ring-1 ring-warn">바뀜</Badge>}
              </span>
              {edit && edits && (
                <ControlButton
                  className="col-start-2 min-h-9 justify-self-start px-2 font-sans text-xs"
                  aria-disabled={!edits.can(line)}
                  aria-describedby={edits.describedBy}
                  onClick={() => edits.can(line) && edits.onEdit(line)}
                >
                  {edit.label}
                </ControlButton>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
