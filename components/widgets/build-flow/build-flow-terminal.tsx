'use client';

import { attachedTerminal } from '@/components/terminal/attached-terminal';

// Chapter 3's docker terminal on this widget's own state: `docker build` builds in the picture
// (CACHED where it reuses layers), and a container started by button shows in `docker ps`.
export const BuildFlowTerminal = attachedTerminal(
  () => import('@/lib/terminal/docker/build-flow-world').then((module) => module.containerWorld),
  'docker 명령으로 같은 과정 해 보기',
);
