import {
  building,
  cachePlan,
  currentImage,
  dockerfilePath,
  formatDuration,
  planBuild,
  presetEdit,
  recipe,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';
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

/** The recipe line each edit button sits beside: the line of the file that button changes. */
function editLines(state: BuildFlowState): Map<number, number> {
  const lines = new Map<number, number>();
  const planned = planBuild(state.files);
  if (!planned.ok) return lines;
  for (const [index, instruction] of recipe.entries()) {
    if (!instruction.edit || !presetEdit(state.files, index, (state.revisions[index] ?? 0) + 1)) continue;
    const text = instruction.text(0);
    const step = planned.plan.steps.find((candidate) =>
      index === 0 ? candidate.kind === 'from' && /ruby:/.test(candidate.name) : candidate.name === text,
    );
    if (step) lines.set(step.line, index);
  }
  return lines;
}

// The recipe as written, line by line, each line with what the latest build did with it: the cause
// and its effect on one row. BuildKit's words are kept (CACHED) so the reader recognises them in a
// real terminal. Where the next build's cache will stop, the line says 바뀜. While a build runs
// the panel shows the files that build read.
export function RecipePanel({ state, labelId, ticking, edits }: Props) {
  const image = currentImage(state);
  const build = state.build;
  const running = building(state);
  const files = running && build ? build.files : state.files;
  const text = files[dockerfilePath] ?? '';
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const planned = running && build?.plan ? { ok: true as const, plan: build.plan } : planBuild(files);
  const steps = planned.ok ? planned.plan.steps : [];
  const settings = new Set(planned.ok ? planned.plan.settings.map((setting) => setting.line) : []);
  // The latest build's results belong to these lines only while the Dockerfile is the one it read.
  const results = build && build.files[dockerfilePath] === text ? build : null;
  const nextPlan = !running && image ? cachePlan(state, files) : [];
  const stopsAt = nextPlan.indexOf(false);
  const changedLine = stopsAt === -1 ? null : (steps[stopsAt]?.line ?? null);
  const problemLine = !planned.ok ? planned.problem.line : (results?.problem?.line ?? null);
  const buttons = edits ? editLines(state) : new Map<number, number>();
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
        {lines.map((content, line) => {
          const stepIndex = steps.findIndex((step) => step.line === line);
          const step = stepIndex === -1 || !results ? undefined : results.steps[stepIndex];
          const working = running && build !== null && stepIndex !== -1 && stepIndex === build.steps.length;
          const kind = steps[stepIndex]?.kind;
          const preset = buttons.get(line);
          const edit = preset === undefined ? undefined : recipe[preset]?.edit;
          const failed = problemLine === line + 1;
          return (
            <li
              key={line}
              className={cn(
                'grid grid-cols-[1.25rem_minmax(0,1fr)_auto] items-start gap-x-2 gap-y-1 rounded-md px-1.5 py-1',
                working && 'bg-accent-soft ring-1 ring-accent',
                failed && 'bg-warn-soft ring-1 ring-warn',
              )}
            >
              <span aria-hidden="true" className="text-right text-muted select-none">
                {line + 1}
              </span>
              <span
                className={cn('[overflow-wrap:anywhere] whitespace-pre-wrap', /^\s*#/.test(content) ? 'text-muted' : 'text-fg')}
              >
                {content === '' ? ' ' : content}
              </span>
              <span className="flex flex-col items-end gap-1">
                {settings.has(line) && <Badge className="bg-surface text-muted">설정만</Badge>}
                {working && (
                  <Badge className="bg-accent-strong text-bg">
                    {ticking ? (kind === 'from' ? '내려받는 중' : '실행 중') : '일시 정지'}
                  </Badge>
                )}
                {failed && <Badge className="bg-warn text-bg">오류</Badge>}
                {step &&
                  !failed &&
                  (step.cached ? (
                    <Badge className="bg-ok text-bg">CACHED</Badge>
                  ) : (
                    <Badge className="bg-accent-strong text-bg">{`${kind === 'from' ? '풀' : '실행'} ${formatDuration(step.ms)}`}</Badge>
                  ))}
                {changedLine === line && <Badge className="bg-warn-soft text-warn ring-1 ring-warn">바뀜</Badge>}
              </span>
              {edit && edits && preset !== undefined && (
                <ControlButton
                  className="col-start-2 min-h-9 justify-self-start px-2 font-sans text-xs"
                  aria-disabled={!edits.can(preset)}
                  aria-describedby={edits.describedBy}
                  onClick={() => edits.can(preset) && edits.onEdit(preset)}
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
