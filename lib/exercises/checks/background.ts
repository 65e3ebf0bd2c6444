import { capacity, kinds } from '@/lib/simulations/vm-vs-container/costs';
import { isReady, unitsOf, type VmVsContainerState } from '@/lib/simulations/vm-vs-container/state';
import type { EngineState } from '@/lib/terminal/docker';
import { check, source } from '../source';
import { fromRepository } from './engine';

// Chapter 2 (background): the chapter's docker terminal and the VM-vs-container widget.
const terminal = source<EngineState>('terminal-background');
const widget = source<VmVsContainerState>('vm-vs-container');

export const backgroundChecks = {
  // A container of ubuntu ran `uname -r` (with --rm or without): it printed the host's kernel.
  'background-shared-kernel': check(terminal, (state) =>
    (state.started ?? []).some((run) => run.command === 'uname -r' && fromRepository(state, run.imageId, 'ubuntu')),
  ),
  // Each host full of its kind, every unit up: as many as fit, by 가득 채우기 or one at a time.
  'background-fill-host': check(widget, (state) =>
    kinds.every((kind) => {
      const units = unitsOf(state, kind);
      return units.length === capacity(kind) && units.every(isReady);
    }),
  ),
};
