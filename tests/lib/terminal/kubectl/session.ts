import { replayFinal } from '@/lib/simulations/kernel';
import type { ClusterState } from '@/lib/simulations/orchestrator';
import { KUBERNETES_WORLD } from '@/lib/terminal/kubectl';
import type { CommandResult, OutputLine } from '@/lib/terminal/program';
import type { ClusterEvent } from '@/lib/simulations/orchestrator';

// A terminal session in miniature, as the terminal runs a program: words in, the program's events
// through the world's own simulation, the clock run on between commands. Words are split on
// spaces, double-quoted parts kept together (and their quotes removed), enough for the command lines these tests type.

export function words(line: string): string[] {
  return [...line.matchAll(/(?:"[^"]*"|[^\s"])+/g)].map((m) => m[0].replace(/"/g, ''));
}

export class Session {
  state: ClusterState;
  now: number;
  readonly simulation = KUBERNETES_WORLD.simulation;

  constructor(until = 5) {
    this.state = replayFinal(this.simulation, [], { until });
    this.now = until;
  }

  run(
    line: string,
  ): CommandResult<ClusterState, ClusterEvent> & { text: string; stdout: string; stderr: string; hints: string[] } {
    const [program, ...argv] = words(line);
    if (program !== 'kubectl') throw new Error(`not a kubectl line: ${line}`);
    const result = KUBERNETES_WORLD.programs[0]!.run(this.state, argv, {
      now: this.now,
      cwd: KUBERNETES_WORLD.shell.cwd,
      env: KUBERNETES_WORLD.shell.env,
    });
    for (const event of result.events) this.state = this.simulation.transition(this.state, event, this.now);
    const join = (stream: OutputLine['stream']) =>
      result.output
        .filter((l) => l.stream === stream)
        .map((l) => l.text)
        .join('\n');
    return {
      ...result,
      text: result.output.map((l) => l.text).join('\n'),
      stdout: join('stdout'),
      stderr: join('stderr'),
      hints: result.output.filter((l) => l.stream === 'hint').map((l) => l.text),
    };
  }

  /** Runs the clock on, calling `follow` after every tick as the terminal does; returns what it printed. */
  wait(seconds: number, follow?: CommandResult<ClusterState, ClusterEvent>['follow']): string[] {
    const printed: string[] = [];
    for (let i = 0; i < seconds; i += 1) {
      const before = this.state;
      this.now += 1;
      this.state = this.simulation.transition(this.state, { type: 'tick' }, this.now);
      if (follow) printed.push(...follow(before, this.state, this.now).map((l) => l.text));
    }
    return printed;
  }

  podNames(): string[] {
    return this.state.pods.map((pod) => pod.name);
  }
}
