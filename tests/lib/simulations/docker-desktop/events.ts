import fc from 'fast-check';
import { systems, targets, type NginxEvent, type TeamEvent } from '@/lib/simulations/docker-desktop';

// Random reader events for the property tests: picks resolved against a fixed menu, including
// values no control offers.

export const menu = fc.array(fc.tuple(fc.nat(10), fc.nat(10)), { maxLength: 60 });

export function nginxEvent([pick, extra]: [number, number]): NginxEvent {
  if (pick < 4) return { type: 'advance' };
  if (pick < 6) return { type: 'run' };
  if (pick < 8) return { type: 'open-browser' };
  return { type: 'choose-os', os: systems[extra % 2] ?? 'mac' };
}

export function teamEvent([pick, extra]: [number, number]): TeamEvent {
  if (pick < 3) return { type: 'publish' };
  return { type: 'deploy', target: targets[extra % targets.length] ?? 'mac' };
}
