import { Children, isValidElement, type ReactNode } from 'react';
import { exerciseAnchor, type ExerciseId } from '@/lib/exercises/ids';
import { ExerciseLive } from './lazy-exercise';

// Written in MDX like this; the task, the hint and the solution are children, so the spell check
// reads them and the server renders the task for every reader:
//
//   <Exercise id="container-two-ports" title="한 이미지로 컨테이너 두 개">
//     이 장의 이미지를 빌드하고 …
//     <ExerciseHint>…</ExerciseHint>
//     <ExerciseSolution>…</ExerciseSolution>
//   </Exercise>
//
// The region and the task are server HTML with no script. The status, the hint and solution
// buttons and the check (lib/exercises) come in a chunk of their own when the reader nears the
// exercise, like a widget; without JavaScript a note says what needs it.

type Props = { id: ExerciseId; title: string; children?: ReactNode };

/** The hint, shown on request. */
export function ExerciseHint({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/** The solution (commands or button presses), shown on request. */
export function ExerciseSolution({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

function partsOf(children: ReactNode) {
  const all = Children.toArray(children);
  const of = (type: unknown) => all.filter((child) => isValidElement(child) && child.type === type);
  const hint = of(ExerciseHint);
  const solution = of(ExerciseSolution);
  const task = all.filter((child) => !hint.includes(child) && !solution.includes(child));
  return { task, hint, solution };
}

export function Exercise({ id, title, children }: Props) {
  const anchor = exerciseAnchor(id);
  const { task, hint, solution } = partsOf(children);
  return (
    <section
      id={anchor}
      aria-label={`실습 과제: ${title}`}
      data-exercise={id}
      className="my-8 rounded-xl border border-line bg-bg px-4 py-1 sm:px-5 print:break-inside-avoid"
    >
      {/* The region's name is the same words in one string: a name computed from two text nodes can lose the space. */}
      <p className="font-semibold text-fg">
        <span className="text-accent-strong">실습 과제: </span>
        {title}
      </p>
      {task}
      <noscript>
        <p className="text-sm text-muted">과제를 마쳤는지 확인하고 힌트와 풀이를 보려면 자바스크립트가 켜져 있어야 합니다.</p>
      </noscript>
      <ExerciseLive
        id={id}
        title={title}
        hint={hint.length > 0 ? <>{hint}</> : null}
        solution={solution.length > 0 ? <>{solution}</> : null}
      />
    </section>
  );
}
