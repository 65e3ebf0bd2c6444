export {
  createInitialState,
  currentStation,
  needsVm,
  targets,
  teamImage,
  transition,
  trips,
  type DesktopEvent,
  type DesktopState,
  type Os,
  type Station,
  type Step,
  type Target,
  type TripKind,
} from './model';
export { commandFor, hopText, introduction, narrate, osNames, targetNames, terminalLog, vmNames } from './narrate';
export { finishedState, playTour, suggestNext, transcript } from './tour';
