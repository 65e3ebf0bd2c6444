export type BuildFlowEvent =
  | { type: 'edit'; line: number }
  /** Starts a build when none is running, otherwise makes the next layer. */
  | { type: 'build-step' }
  | { type: 'run' }
  | { type: 'stop'; id: string }
  | { type: 'remove'; id: string }
  | { type: 'reset' };
