import type { ChapterModel } from '../chapter-model';
import { ContentError } from '../content-error';

// The quiz a chapter ends with: progress marks the chapter done when every answer of the quiz whose
// id is the chapter's slug is right, so a wrong id or an answer no choice has means a reader can
// never finish the chapter.

export const questionsPerQuiz = { min: 3, max: 5 } as const;

export function checkQuiz(file: string, slug: string, model: ChapterModel): ContentError[] {
  const problems: ContentError[] = [];
  const problem = (line: number, field: string, reason: string) => problems.push(new ContentError(file, line, field, reason));

  if (model.quizzes.length !== 1) {
    const line = model.quizzes[1]?.line ?? model.headings.at(-1)?.line ?? 1;
    problem(line, '<Quiz>', `a chapter has exactly one quiz (found ${model.quizzes.length})`);
  }
  for (const quiz of model.quizzes) {
    if (quiz.id !== slug) problem(quiz.line, '<Quiz id>', `must be the chapter's slug "${slug}" (found ${JSON.stringify(quiz.id)}): progress is kept under it`);
    const { questions } = quiz;
    if (questions.length < questionsPerQuiz.min || questions.length > questionsPerQuiz.max) {
      problem(quiz.line, '<Quiz>', `has ${questions.length} questions; a quiz has ${questionsPerQuiz.min}–${questionsPerQuiz.max}`);
    }
    const seen = new Set<string>();
    for (const question of questions) {
      const name = `<Question id="${question.id ?? ''}">`;
      if (question.id !== undefined && seen.has(question.id)) problem(question.line, '<Question id>', `"${question.id}" is used twice in this quiz`);
      if (question.id !== undefined) seen.add(question.id);
      if (question.prompts !== 1) problem(question.line, name, `needs exactly one <Prompt> (found ${question.prompts})`);

      const values = question.choices.map((choice) => choice.value);
      if (values.length < 2) problem(question.line, name, `needs at least two <Choice>s (found ${values.length})`);
      question.choices.forEach((choice, index) => {
        if (choice.value !== undefined && values.indexOf(choice.value) !== index) problem(choice.line, '<Choice value>', `"${choice.value}" is used twice in ${name}`);
      });
      if (question.answer !== undefined && !values.includes(question.answer)) {
        problem(question.line, `${name} answer`, `"${question.answer}" matches no <Choice value> (choices: ${values.join(', ')})`);
      }
      const explained = question.explains.map((explain) => explain.value);
      for (const choice of question.choices) {
        if (choice.value !== undefined && !explained.includes(choice.value)) problem(choice.line, `<Choice value="${choice.value}">`, 'has no <Explain> with the same value: every choice is explained');
      }
      for (const explain of question.explains) {
        if (!values.includes(explain.value)) problem(explain.line, '<Explain value>', `"${explain.value ?? ''}" explains no <Choice> of ${name}`);
      }
      explained.forEach((value, index) => {
        if (value !== undefined && explained.indexOf(value) !== index) problem(question.explains[index]?.line ?? question.line, '<Explain value>', `"${value}" is explained twice in ${name}`);
      });
    }
  }
  return problems;
}
