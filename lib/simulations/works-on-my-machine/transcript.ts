import { introduction, narrate } from './narrate';
import { playTour } from './tour';

// The text version of the tour, for readers without JavaScript, print and anyone who prefers to read.
export function transcript(): string[] {
  return [introduction, ...playTour().slice(1).map(narrate)];
}
