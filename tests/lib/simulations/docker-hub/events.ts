import fc from 'fast-check';
import type { DockerHubEvent, MachineId } from '@/lib/simulations/docker-hub';

// Random reader events for the property tests: picks resolved against a fixed menu.

const machines: MachineId[] = ['lead', 'minji', 'junho'];
const queries = ['', 'ruby', 'myteam', 'nginx', 'x', 'RUBY', '루비', 'r'.repeat(41)];
const names = ['ruby', 'rubyfast/ruby-turbo', 'acmecloud/ruby-runtime', 'postgres', 'nginx', 'myteam/myapp', 'unknown'];

export const menu = fc.array(fc.tuple(fc.nat(10), fc.nat(100)), { maxLength: 60 });

export function resolve([pick, extra]: [number, number]): DockerHubEvent {
  if (pick < 2) return { type: 'search', query: queries[extra % queries.length] ?? '' };
  if (pick < 4) return { type: 'select', name: names[extra % names.length] ?? '' };
  if (pick < 6) return { type: 'build' };
  if (pick < 8) return { type: 'push' };
  return { type: 'pull', machine: machines[extra % machines.length] ?? 'lead' };
}
