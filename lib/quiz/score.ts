// Pure quiz logic: no React, no storage. A quiz is a list of questions, each with one right answer;
// the reader's answers map a question id to the value of the choice they picked.

export type QuizKey = readonly { id: string; answer: string }[];
export type Answers = Readonly<Record<string, string>>;

export type Score = {
  total: number;
  answered: number;
  correct: number;
  /** Every question answered, and answered correctly. */
  complete: boolean;
};

export function isCorrect(key: QuizKey, questionId: string, value: string | undefined): boolean {
  return value !== undefined && key.some((question) => question.id === questionId && question.answer === value);
}

export function scoreQuiz(key: QuizKey, answers: Answers): Score {
  let answered = 0;
  let correct = 0;
  for (const question of key) {
    const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (value === undefined) continue;
    answered += 1;
    if (value === question.answer) correct += 1;
  }
  const total = key.length;
  return { total, answered, correct, complete: total > 0 && correct === total };
}

// Korean result line for the quiz summary, e.g. "3문제 중 2문제를 맞혔습니다."
export function describeScore({ total, answered, correct, complete }: Score): string {
  if (answered === 0) return `${total}문제가 있습니다. 답을 고르면 바로 해설이 나옵니다.`;
  if (complete) return `${total}문제를 모두 맞혔습니다. 이 장을 마쳤습니다.`;
  const left = total - answered;
  const rest = left > 0 ? ` 아직 ${left}문제가 남았습니다.` : ' 틀린 문제는 다시 골라 볼 수 있습니다.';
  return `${total}문제 중 ${correct}문제를 맞혔습니다.${rest}`;
}
