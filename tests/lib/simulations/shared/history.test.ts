import { describe, expect, it } from 'vitest';
import { back, forward, record, startHistory } from '@/lib/simulations/shared/history';

describe('history', () => {
  it('records, goes back and redoes the same objects', () => {
    const a = { n: 1 };
    const b = { n: 2 };
    const history = record(startHistory(a), b);
    const undone = back(history);
    expect(undone.present).toBe(a);
    expect(forward(undone, () => null).present).toBe(b);
  });

  it('a rejected event (the same object) changes nothing; back at the start changes nothing', () => {
    const start = startHistory({ n: 1 });
    expect(record(start, start.present)).toBe(start);
    expect(back(start)).toBe(start);
    expect(forward(start, () => null)).toBe(start);
  });

  it('replace folds a step into the present, and a new step drops the undone future', () => {
    const history = record(record(startHistory('a'), 'b'), 'bc', true);
    expect(history.past).toEqual(['a']);
    expect(history.present).toBe('bc');
    const branched = record(back(record(history, 'd')), 'e');
    expect(branched.future).toEqual([]);
    expect(forward(branched, () => 'f').present).toBe('f');
  });
});
