// The worlds a chapter may name in `<Terminal world="…" />`. Only the names: the build checks MDX
// against them without loading any world's code (components/terminal/lazy-terminal.tsx has the loaders).
export const terminalWorldIds = ['background', 'docker', 'container', 'docker-hub', 'docker-desktop'] as const;

export type TerminalWorldId = (typeof terminalWorldIds)[number];

/** The id of a terminal's element, a link target and what "터미널에서 실행" looks for. */
export const terminalAnchor = (world: string) => `terminal-${world}`;
