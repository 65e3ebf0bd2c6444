'use client';

import { useReducer } from 'react';
import { back, forward, record, startHistory, type History } from '@/lib/simulations/shared/history';

export type StepperAction<E> =
  /** `replace` folds this step into the present one (a search typed letter by letter). */
  | { type: 'apply'; event: E; replace?: boolean }
  | { type: 'back' }
  /** Redo, or else the lesson's next move. */
  | { type: 'forward' }
  | { type: 'reset' };

type Simulation<S, E> = {
  createInitialState: () => S;
  transition: (state: S, event: E) => S;
  suggestNext: (state: S) => E | null;
};

export function stepperReducer<S, E>(simulation: Simulation<S, E>) {
  return (history: History<S>, action: StepperAction<E>): History<S> => {
    switch (action.type) {
      case 'apply':
        return record(history, simulation.transition(history.present, action.event), action.replace);
      case 'back':
        return back(history);
      case 'forward':
        return forward(history, () => {
          const event = simulation.suggestNext(history.present);
          return event ? simulation.transition(history.present, event) : null;
        });
      case 'reset':
        return history.past.length === 0 && history.future.length === 0 ? history : startHistory(simulation.createInitialState());
    }
  };
}

// Step-by-step play over a pure simulation: the reader's own moves, 이전 단계, 다음 단계, 처음부터.
// Pass a module-level simulation object so the reducer stays the same between renders.
export function useStepper<S, E>(simulation: Simulation<S, E>) {
  return useReducer(stepperReducer(simulation), undefined, () => startHistory(simulation.createInitialState()));
}

export function canGoForward<S, E>(history: History<S>, simulation: Simulation<S, E>): boolean {
  return history.future.length > 0 || simulation.suggestNext(history.present) !== null;
}
