import type { Simulation } from '@/lib/simulations/kernel';
import type { TerminalWorld } from '@/lib/terminal/program';
import { createSession, submitAll, type Session } from '@/lib/terminal/session';

// One simulation's state driven as a reader would: lines typed into the world's terminal (the
// terminal's own session code), buttons (the widget's events through the same transition), and
// the clock running on between them. The checks then read only the state.

export class Play<S, E> {
  state: S;
  now = 0;
  private session: Session<S, E> | null;

  constructor(
    private readonly simulation: Simulation<S, E>,
    private readonly world: TerminalWorld<S, E> | null = null,
  ) {
    this.state = simulation.initial();
    this.session = world ? createSession(world) : null;
  }

  type(...lines: string[]): this {
    if (!this.world || !this.session) throw new Error('no terminal in this play');
    const step = submitAll(this.session, lines, this.world, this.state, this.now);
    this.session = step.session;
    this.state = step.state;
    return this;
  }

  press(...events: E[]): this {
    for (const event of events) this.state = this.simulation.transition(this.state, event, this.now);
    return this;
  }

  /** Runs the clock on by `time` in the simulation's unit (seconds for the cluster, ms elsewhere). */
  wait(time: number): this {
    const clock = this.simulation.clock;
    if (!clock) return this;
    const end = this.now + time;
    while (this.now + clock.step <= end) {
      this.now += clock.step;
      this.state = this.simulation.transition(this.state, clock.event, this.now);
    }
    return this;
  }

  /** Runs the clock on until `until` holds (or `limit` time has passed), like a reader watching. */
  waitFor(until: (state: S) => boolean, limit: number): this {
    const clock = this.simulation.clock;
    if (!clock) return this;
    const end = this.now + limit;
    while (!until(this.state) && this.now + clock.step <= end) this.wait(clock.step);
    return this;
  }
}
