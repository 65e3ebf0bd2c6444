import { useId } from 'react';
import {
  checkNames,
  image,
  itemNames,
  items,
  optionLabel,
  options,
  variantFor,
  type BuildId,
  type CheckStatus,
  type Environment,
  type Item,
  type Machine,
  type Mode,
  type Outcome,
} from '@/lib/simulations/works-on-my-machine';

export type Run = { mode: Mode; outcome: Outcome };

type Props = {
  machine: Machine;
  environment: Environment;
  /** How the team's image was built, for the variant this machine runs. */
  build: BuildId;
  /** The runs to show: the current one in the live widget, both ways side by side in the still figure. */
  runs: readonly Run[];
  /** Whether the app runs from the image now, so the machine's own installs are not used. */
  docker: boolean;
  /** Version pickers; absent in the still figure, which lists the versions as text. */
  onChange?: (item: Item, value: string) => void;
  animate?: boolean;
  /** Changes when the machine's result is worked out anew, to replay the results' entrance. */
  replayKey?: number;
};

const statusText: Record<CheckStatus, string> = {
  ok: '성공',
  emulated: '에뮬레이션으로 성공',
  fail: '실패',
  skipped: '하지 못함',
};
const statusMark: Record<CheckStatus, string> = { ok: '✓', emulated: '✓', fail: '✗', skipped: '–' };
const modeText: Record<Mode, string> = { installed: '설치된 그대로 실행', docker: '도커로 실행' };

// One computer: what it has installed (changeable), its CPU, and what happened when the app ran on it.
export function MachineCard({ machine, environment, build, runs, docker, onChange, animate = false, replayKey = 0 }: Props) {
  const id = useId();
  const variant = variantFor(machine, build);
  return (
    <section
      aria-labelledby={`${id}-name`}
      className="grid min-w-0 grid-cols-1 gap-3 rounded-xl border border-line bg-bg p-3 sm:grid-cols-2"
    >
      <h3 id={`${id}-name`} className="text-base font-bold text-fg sm:col-span-2">
        {machine.name}{' '}
        <span className="text-xs font-normal text-muted">
          {machine.os} · CPU {machine.cpuName} ({machine.cpu})
        </span>
      </h3>

      <div
        className={`min-w-0 self-start rounded-lg border p-2 ${docker ? 'border-dashed border-line' : 'border-line bg-surface'}`}
      >
        <p className="mb-1.5 text-xs font-semibold text-fg">이 컴퓨터에 설치된 것</p>
        {onChange ? (
          <div className="grid gap-1.5">
            {items.map((item) => (
              <label key={item} className="grid grid-cols-[5.5rem_minmax(0,1fr)] items-center gap-2 text-xs text-fg">
                <span>{itemNames[item].short}</span>
                <select
                  aria-label={`${machine.name}의 ${itemNames[item].short}`}
                  value={environment[item]}
                  onChange={(event) => onChange(item, event.target.value)}
                  className="min-h-9 w-full min-w-0 rounded-md border border-line bg-bg px-1.5 text-sm text-fg"
                >
                  {options[item].map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        ) : (
          <dl className="grid grid-cols-[5.5rem_minmax(0,1fr)] gap-x-2 gap-y-1 text-xs text-fg">
            {items.map((item) => (
              <div key={item} className="contents">
                <dt>{itemNames[item].short}</dt>
                <dd>{optionLabel(item, environment[item])}</dd>
              </div>
            ))}
          </dl>
        )}
        {docker && <p className="mt-1.5 text-xs text-muted">도커로 실행하면 이것들은 쓰지 않습니다.</p>}
      </div>

      <div className="min-w-0 space-y-2">
        {docker && (
          <div className="rounded-lg border border-accent bg-accent-soft p-2 text-xs text-fg">
            <p className="font-semibold">
              {machine.docker} 안의 컨테이너: <code className="font-mono">{image.tag}</code>
            </p>
            <p className="mt-0.5">
              {variant ? `linux/${variant.cpu}용${variant.emulated ? ', 에뮬레이션으로' : ''}` : `${machine.cpu}용이 없음`} ·
              데이터베이스는 <code className="font-mono">{image.database}</code> 컨테이너
            </p>
          </div>
        )}

        {runs.map((run) => (
          <RunResult
            key={`${run.mode}-${replayKey}`}
            run={run}
            label={runs.length > 1 ? modeText[run.mode] : null}
            animate={animate}
          />
        ))}
        {runs.length === 0 && (
          <p className="rounded-lg border border-dashed border-line p-2 text-xs text-muted">아직 실행하지 않았습니다.</p>
        )}
      </div>
    </section>
  );
}

function RunResult({ run, label, animate }: { run: Run; label: string | null; animate: boolean }) {
  const { outcome } = run;
  const note = outcome.firstFailure?.reason ?? outcome.caveat;
  return (
    <div className={`rounded-lg border p-2 text-xs ${outcome.works ? 'border-ok bg-ok-soft' : 'border-warn bg-warn-soft'}`}>
      {label && <p className="mb-1 font-semibold text-fg">{label}</p>}
      <p className={`text-sm font-bold ${outcome.works ? 'text-ok' : 'text-warn'}`}>
        <span aria-hidden="true">{outcome.works ? '✓ ' : '✗ '}</span>
        <span>{outcome.works ? (outcome.caveat ? '잘 됨 (에뮬레이션)' : '잘 됨') : '안 됨'}</span>
      </p>
      <ol className="mt-1 space-y-0.5 text-fg">
        {outcome.checks.map((check, index) => (
          <li
            key={check.id}
            style={animate ? { transitionDelay: `${index * 120}ms` } : undefined}
            className={animate ? 'transition-transform duration-300 ease-out starting:-translate-x-2' : undefined}
          >
            <span aria-hidden="true" className="inline-block w-4">
              {statusMark[check.status]}
            </span>
            {checkNames[check.id]}
            <span className="sr-only">:</span>{' '}
            <span className={`whitespace-nowrap ${check.status === 'skipped' ? 'text-muted' : 'font-semibold'}`}>
              {statusText[check.status]}
            </span>
          </li>
        ))}
      </ol>
      {note && <p className="mt-1.5 text-fg">{note}</p>}
    </div>
  );
}
