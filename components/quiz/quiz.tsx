'use client';

import {
  Children,
  startTransition,
  createContext,
  isValidElement,
  use,
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useClientSnapshot } from '@/components/use-hydrated';
import { describeScore, scoreQuiz, type QuizKey } from '@/lib/quiz/score';
import { unsavedNotes, withAnswer } from '@/lib/quiz/storage';
import { getProgress, getServerProgress, getServerUnsaved, getUnsaved, setProgress, subscribe } from './quiz-store';

// Written in MDX like this; every piece of prose is a child, so the spell check reads it:
//
//   <Quiz id="docker">
//     <Question id="root-cause" answer="b">
//       <Prompt>질문</Prompt>
//       <Choice value="a">선택지</Choice>
//       <Explain value="a">이 선택지가 왜 맞는지, 왜 틀렸는지</Explain>
//       …
//     </Question>
//   </Quiz>
//
// Each question is a native radio group (fieldset + legend), so arrow keys, Tab and Space work
// without extra code. The chosen answer's explanation is portalled into the question's feedback
// box, which is a polite live region once the reader has answered in this visit.

type QuizContextValue = {
  quizId: string;
  answers: Readonly<Record<string, string>>;
  choose: (questionId: string, value: string) => void;
};

type QuestionContextValue = {
  name: string;
  promptId: string;
  answer: string;
  selected: string | undefined;
  select: (value: string) => void;
  explanationSlot: HTMLElement | null;
  /** Inside the no-JavaScript answer box: every choice with its verdict and explanation, as text. */
  reveal: boolean;
};

const QuizContext = createContext<QuizContextValue | null>(null);
const QuestionContext = createContext<QuestionContextValue | null>(null);

function useQuestion(component: string): QuestionContextValue {
  const question = use(QuestionContext);
  if (!question) throw new Error(`<${component}> must be inside <Question>`);
  return question;
}

// The answer key comes from the <Question id answer> children's props (not their component type,
// which may arrive as a lazy reference from the server).
function answerKey(children: ReactNode): QuizKey {
  return Children.toArray(children).flatMap((child) => {
    if (!isValidElement<{ id?: unknown; answer?: unknown }>(child)) return [];
    const { id, answer } = child.props;
    return typeof id === 'string' && typeof answer === 'string' ? [{ id, answer }] : [];
  });
}

type QuizProps = { id: string; children: ReactNode };

export function Quiz({ id, children }: QuizProps) {
  const key = useMemo(() => answerKey(children), [children]);
  const progress = useClientSnapshot(subscribe, () => getProgress(id), getServerProgress);
  const score = scoreQuiz(key, progress.answers);
  const unsaved = useClientSnapshot(subscribe, getUnsaved, getServerUnsaved);

  const choose = useCallback(
    (questionId: string, value: string) => {
      const current = getProgress(id);
      const answers = { ...current.answers, [questionId]: value };
      setProgress(id, withAnswer(current, questionId, value, scoreQuiz(key, answers).complete));
    },
    [id, key],
  );
  const reset = () => setProgress(id, { answers: {}, completed: progress.completed });
  const context = useMemo(() => ({ quizId: id, answers: progress.answers, choose }), [id, progress.answers, choose]);

  return (
    <section aria-label="확인 문제" className="not-prose my-8 space-y-6">
      <QuizContext value={context}>{children}</QuizContext>
      <div className="flex flex-wrap items-center gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-[0.9375rem] text-fg">
        <p className="flex-1">
          {progress.completed && !score.complete && score.answered === 0 ? '이 장을 마친 적이 있습니다. ' : ''}
          <span className="hidden js:inline">{describeScore(score)}</span>
          <noscript>
            {`${score.total}문제가 있습니다. 자바스크립트가 꺼져 있어 답을 골라도 채점되지 않습니다. 문제마다 ‘정답과 해설 보기’를 열어 확인해 보세요.`}
          </noscript>
        </p>
        {score.answered > 0 && (
          <button
            type="button"
            onClick={reset}
            className="rounded-lg border border-line bg-bg px-3 py-1.5 text-sm font-medium text-fg hover:border-accent"
          >
            다시 풀기
          </button>
        )}
        {unsaved && (
          <p role="status" className="w-full text-sm text-muted">
            {unsavedNotes[unsaved]}
          </p>
        )}
      </div>
    </section>
  );
}

type QuestionProps = { id: string; answer: string; children: ReactNode };

export function Question({ id, answer, children }: QuestionProps) {
  const quiz = use(QuizContext);
  if (!quiz) throw new Error('<Question> must be inside <Quiz>');
  const selected = Object.hasOwn(quiz.answers, id) ? quiz.answers[id] : undefined;
  // Answers restored from storage are shown quietly; only an answer chosen now is announced.
  const [answeredNow, setAnsweredNow] = useState(false);
  const liveRef = useRef<HTMLDivElement>(null);
  const quietRef = useRef<HTMLDivElement>(null);
  const [slots, setSlots] = useState<{ live: HTMLElement; quiet: HTMLElement } | null>(null);
  const name = `quiz-${quiz.quizId}-${id}`;
  const { choose } = quiz;
  const group = useRef<HTMLFieldSetElement>(null);

  const context = useMemo<QuestionContextValue>(
    () => ({
      name,
      promptId: `${name}-prompt`,
      answer,
      selected,
      select: (value) => {
        setAnsweredNow(true);
        choose(id, value);
      },
      explanationSlot: (answeredNow ? slots?.live : slots?.quiet) ?? null,
      reveal: false,
    }),
    [name, answer, selected, choose, id, answeredNow, slots],
  );

  // Where the explanation goes, once both places exist. Set from ref callbacks, these would be
  // updates inside the hydration commit, which React renders at once, synchronously: every question
  // of the chapter re-rendered in the task that hydrates the page. A transition renders them later,
  // in slices.
  useEffect(() => {
    const live = liveRef.current;
    const quiet = quietRef.current;
    if (live && quiet) startTransition(() => setSlots({ live, quiet }));
  }, []);

  // The page is readable (and its radios clickable) before its scripts arrive; a choice made in that
  // moment lives only in the DOM, and is kept rather than lost when the quiz comes alive.
  const adoptEarlyChoice = useEffectEvent(() => {
    const early = group.current?.querySelector<HTMLInputElement>('input:checked');
    if (early && early.value !== selected) context.select(early.value);
  });
  useEffect(() => adoptEarlyChoice(), []);

  const verdict =
    selected === undefined ? null : (
      <p className="font-semibold">{selected === answer ? '정답입니다.' : '오답입니다. 다른 답도 골라 보세요.'}</p>
    );
  const tone = selected === answer ? 'border-ok bg-ok-soft' : 'border-warn bg-warn-soft';
  const box = `rounded-xl border-l-4 px-4 py-3 text-[0.9375rem] leading-7 text-fg ${tone}`;

  return (
    <QuestionContext value={context}>
      <fieldset
        ref={group}
        role="radiogroup"
        aria-labelledby={context.promptId}
        className="rounded-2xl border border-line p-4 sm:p-5"
      >
        {children}
        <div role="status" aria-live="polite" aria-atomic="true" className={answeredNow && verdict ? `mt-4 ${box}` : ''}>
          {answeredNow && verdict}
          <div ref={liveRef} />
        </div>
        <div hidden={answeredNow || !verdict} className={`mt-4 ${box}`}>
          {!answeredNow && verdict}
          <div ref={quietRef} />
        </div>
        {/* Without JavaScript a choice cannot be marked, so the answers are there to open. */}
        <noscript>
          <details className="mt-4 rounded-xl border border-line px-4 py-3 text-[0.9375rem] leading-7 text-fg">
            <summary className="cursor-pointer font-semibold text-accent-strong">정답과 해설 보기</summary>
            <QuestionContext value={{ ...context, reveal: true }}>{children}</QuestionContext>
          </details>
        </noscript>
      </fieldset>
    </QuestionContext>
  );
}

export function Prompt({ children }: { children: ReactNode }) {
  const question = useQuestion('Prompt');
  if (question.reveal) return null;
  return (
    <legend
      id={question.promptId}
      className="float-left mb-4 w-full text-base leading-7 font-semibold text-fg [&_code]:rounded [&_code]:bg-surface [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.875em]"
    >
      {children}
    </legend>
  );
}

type ChoiceProps = { value: string; children: ReactNode };

export function Choice({ value, children }: ChoiceProps) {
  const question = useQuestion('Choice');
  const checked = question.selected === value;
  const correct = value === question.answer;
  if (question.reveal) {
    return (
      <p className="mt-3 font-semibold">
        {children} <span className={correct ? 'text-ok' : 'text-warn'}>({correct ? '정답' : '오답'})</span>
      </p>
    );
  }
  const tone = !checked ? 'border-line hover:border-accent' : correct ? 'border-ok bg-ok-soft' : 'border-warn bg-warn-soft';
  return (
    <label
      className={`clear-both mt-2 flex cursor-pointer items-start gap-3 rounded-xl border px-4 py-3 text-[0.9375rem] leading-7 text-fg has-[input:focus-visible]:outline-3 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-[var(--focus)] [&_code]:rounded [&_code]:bg-surface [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.875em] ${tone}`}
    >
      <input
        type="radio"
        name={question.name}
        value={value}
        checked={checked}
        onChange={() => question.select(value)}
        className="mt-0.5 size-6 shrink-0 accent-[var(--accent-strong)] focus-visible:outline-none"
      />
      <span className="flex-1">{children}</span>
      {checked && (
        <span aria-hidden="true" className={`shrink-0 text-sm font-semibold ${correct ? 'text-ok' : 'text-warn'}`}>
          {correct ? '정답' : '오답'}
        </span>
      )}
    </label>
  );
}

type ExplainProps = { value: string; children: ReactNode };

// Renders nothing in place: the explanation of the chosen answer appears in the question's feedback box.
export function Explain({ value, children }: ExplainProps) {
  const question = useQuestion('Explain');
  if (question.reveal) return <div className="[&_code]:font-mono">{children}</div>;
  if (question.selected !== value || !question.explanationSlot) return null;
  return createPortal(<div className="mt-1 [&_code]:font-mono">{children}</div>, question.explanationSlot);
}
