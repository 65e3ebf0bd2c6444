/** What a reader can do (and the clock's tick). Containers are named by run number: rails-<run>. */
export type BuildFlowEvent =
  | { type: 'edit'; line: number }
  /** The editor's change: one file of the build context gets new contents (editable paths only). */
  | { type: 'write'; path: string; text: string }
  /**
   * `docker build -t rails-app:<n> .`: starts a build; the clock's ticks carry it step by step.
   * `tag` is the name typed in the terminal (`-t myapp`); the buttons leave it out.
   */
  | { type: 'build'; tag?: string }
  /** `docker run -d [-p <port>:3000] --name rails-<n> rails-app:<n>`, port null without `-p`. */
  | { type: 'run'; port: number | null }
  | { type: 'stop'; run: number }
  | { type: 'remove'; run: number }
  | { type: 'tick' };
