import { replay, replayFinal, type Simulation } from '../kernel';
import { clusterSceneCodec } from './scene-link';
import { narrateCluster, speak, TIME_NOTE } from './narrate';
import { PRESETS, type Preset, type SceneId } from './scenes';
import { transition } from './transition';
import type { ClusterEvent, ClusterState } from './types';

function simulationOf(preset: Preset): Simulation<ClusterState, ClusterEvent> {
  // The transcript replays the whole demo: worked out once, when first asked for.
  let transcript: string[] | null = null;
  const simulation: Simulation<ClusterState, ClusterEvent> = {
    id: 'orchestrator',
    initial: preset.start,
    transition,
    narrate: (state) => narrateCluster(state, preset.hint),
    // The demo's announcements in order, each with its simulated second.
    transcript: () => {
      if (transcript) return transcript;
      const lines: string[] = [];
      let last: ClusterState['headline'] = null;
      for (const state of replay(simulation, preset.demo.entries, { until: preset.demo.until })) {
        if (state.headline === null || state.headline === last) continue;
        last = state.headline;
        lines.push(`${state.headline.time}초: ${speak(state.headline.notes, state)}`);
      }
      transcript = lines;
      return lines;
    },
    still: () =>
      replayFinal(
        simulation,
        preset.demo.entries.filter((e) => e.at <= preset.demo.still),
        { until: preset.demo.still },
      ),
    clock: { event: { type: 'tick' }, step: 1, realMs: 1000, runs: () => true, note: TIME_NOTE },
    codec: clusterSceneCodec(preset.events),
  };
  return simulation;
}

/** One simulation per widget instance on the chapter page: its own start, transcript and scene codec. */
export const ORCHESTRATOR: Record<SceneId, Simulation<ClusterState, ClusterEvent>> = {
  scaling: simulationOf(PRESETS.scaling),
  healing: simulationOf(PRESETS.healing),
  rollout: simulationOf(PRESETS.rollout),
  sandbox: simulationOf(PRESETS.sandbox),
};
