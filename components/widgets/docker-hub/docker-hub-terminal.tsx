'use client';

import { attachedTerminal } from '@/components/terminal/attached-terminal';

// Chapter 4's docker terminal on this widget's own state: `docker search`, `tag` and `push` are
// the widget's search and push, and a push made by button shows in the terminal's world.
export const DockerHubTerminal = attachedTerminal(
  () => import('@/lib/terminal/docker/docker-hub-world').then((module) => module.dockerHubWorld),
  'docker 명령으로 같은 일 해 보기',
);
