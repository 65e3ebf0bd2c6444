import { describe, expect, it } from 'vitest';
import { describeScore, isCorrect, scoreQuiz } from '@/lib/quiz/score';

const key = [
  { id: 'one', answer: 'a' },
  { id: 'two', answer: 'b' },
  { id: 'three', answer: 'c' },
];

describe('scoreQuiz', () => {
  it('counts nothing before the reader answers', () => {
    expect(scoreQuiz(key, {})).toEqual({ total: 3, answered: 0, correct: 0, complete: false });
  });

  it('counts answered and correct questions separately', () => {
    expect(scoreQuiz(key, { one: 'a', two: 'c' })).toEqual({ total: 3, answered: 2, correct: 1, complete: false });
  });

  it('is complete only when every question is answered correctly', () => {
    expect(scoreQuiz(key, { one: 'a', two: 'b', three: 'a' }).complete).toBe(false);
    expect(scoreQuiz(key, { one: 'a', two: 'b', three: 'c' }).complete).toBe(true);
  });

  it('ignores answers to questions that are not in the quiz (e.g. a question since removed)', () => {
    expect(scoreQuiz(key, { gone: 'a', one: 'a' })).toMatchObject({ answered: 1, correct: 1 });
  });

  it('does not read inherited properties as answers', () => {
    const answers = Object.create({ one: 'a' }) as Record<string, string>;
    expect(scoreQuiz(key, answers).answered).toBe(0);
  });

  it('never calls an empty quiz complete', () => {
    expect(scoreQuiz([], {}).complete).toBe(false);
  });

  it('works for any number of questions', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({ id: `q${index}`, answer: 'x' }));
    const answers = Object.fromEntries(many.map((question) => [question.id, 'x']));
    expect(scoreQuiz(many, answers)).toEqual({ total: 40, answered: 40, correct: 40, complete: true });
  });
});

describe('isCorrect', () => {
  it('matches the answer of the named question only', () => {
    expect(isCorrect(key, 'one', 'a')).toBe(true);
    expect(isCorrect(key, 'two', 'a')).toBe(false);
    expect(isCorrect(key, 'one', undefined)).toBe(false);
  });
});

describe('describeScore', () => {
  it('says how many questions there are before any answer', () => {
    expect(describeScore(scoreQuiz(key, {}))).toBe('3문제가 있습니다. 답을 고르면 바로 해설이 나옵니다.');
  });

  it('reports progress and what is left', () => {
    expect(describeScore(scoreQuiz(key, { one: 'a' }))).toBe('3문제 중 1문제를 맞혔습니다. 아직 2문제가 남았습니다.');
  });

  it('invites another try when all are answered but some are wrong', () => {
    expect(describeScore(scoreQuiz(key, { one: 'a', two: 'b', three: 'a' }))).toBe(
      '3문제 중 2문제를 맞혔습니다. 틀린 문제는 다시 골라 볼 수 있습니다.',
    );
  });

  it('congratulates on completion', () => {
    expect(describeScore(scoreQuiz(key, { one: 'a', two: 'b', three: 'c' }))).toBe(
      '3문제를 모두 맞혔습니다. 이 장을 마쳤습니다.',
    );
  });
});
