import fc from 'fast-check';
import { stories, targets, type DesktopEvent, type Os } from '@/lib/simulations/docker-desktop';

// Random reader events for the property tests: picks resolved against a fixed menu.

const systems: Os[] = ['mac', 'windows'];

export const menu = fc.array(fc.tuple(fc.nat(10), fc.nat(10)), { maxLength: 60 });

export function resolve([pick, extra]: [number, number]): DesktopEvent {
  if (pick < 3) return { type: 'advance' };
  if (pick < 4) return { type: 'run' };
  if (pick < 5) return { type: 'open-browser' };
  if (pick < 6) return { type: 'choose-os', os: systems[extra % 2] ?? 'mac' };
  if (pick < 7) return { type: 'publish' };
  if (pick < 9) return { type: 'deploy', target: targets[extra % targets.length] ?? 'mac' };
  return { type: 'story', story: stories[extra % 2] ?? 'nginx' };
}
