// Where an exercise looks: the live state of one widget (its scene-link instance, "build-flow-full")
// or of one standalone terminal (its element id, "terminal-docker"). A widget with an attached
// terminal is one source: typing and pressing buttons change the same state. The type parameter
// is the state that source publishes, so a check is written against the right simulation.
export type Source<S> = { readonly key: string; readonly state?: S };

export const source = <S>(key: string): Source<S> => ({ key });

/** A check: a pure predicate over the source's state, never over what was typed. */
export type ExerciseCheck<S> = { readonly source: Source<S>; readonly done: (state: S) => boolean };

export const check = <S>(from: Source<S>, done: (state: S) => boolean): ExerciseCheck<S> => ({ source: from, done });
