import { imageName } from './recipe';
import { findImage, type BuildFlowState } from './state';

// The docker command a step stands for, so the reader links what they watch to what they will type.
export function commandFor(state: BuildFlowState): string | null {
  const step = state.step;
  if (!step) return null;
  switch (step.type) {
    case 'layer':
      return `docker build -t ${imageName}:${state.build ? state.builds + 1 : state.builds} .`;
    case 'run': {
      const container = state.containers.find((candidate) => candidate.id === step.containerId);
      const image = container ? findImage(state, container.imageId) : null;
      return image ? `docker run -d --name ${step.name} ${image.tag}` : null;
    }
    case 'stop':
      return `docker stop ${step.name}`;
    case 'remove':
      return `docker rm ${step.name}`;
    default:
      return null;
  }
}
