import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import type { ContentComponentName, ContentComponentProps } from './component-props';
import {
  BuildFlow,
  DockerDesktop,
  DockerHub,
  Orchestrator,
  VmVsContainer,
  WorksOnMyMachine,
} from '@/components/widgets/lazy-widgets';
import { Terminal } from '@/components/terminal/lazy-terminal';
import { Exercise, ExerciseHint, ExerciseSolution } from '@/components/exercises/exercise';
import { Choice, Explain, Prompt, Question, Quiz } from '../quiz/quiz';
import { VmContainerDiagram } from '../figures/vm-container-diagram';
import { Callout } from './callout';
import { Figure } from './figure';
import { Goals } from './goals';
import { CodeBlock } from './code-block';
import { H2, H3 } from './heading';

// The one map MDX sees: HTML element overrides (lowercase) and the components a chapter may use
// by name (capitalised), exactly those component-props.ts describes. Content never imports code;
// anything not here fails the build.
const components = {
  h2: H2,
  h3: H3,
  pre: CodeBlock,
  Callout,
  BuildFlow,
  DockerHub,
  DockerDesktop,
  Figure,
  Goals,
  Quiz,
  Question,
  Prompt,
  Choice,
  Explain,
  VmContainerDiagram,
  VmVsContainer,
  WorksOnMyMachine,
  Orchestrator,
  Terminal,
  Exercise,
  ExerciseHint,
  ExerciseSolution,
} satisfies MDXComponents;

// Every component component-props.ts describes is here, and takes what its schema lets a chapter write.
type Fits = {
  [Name in ContentComponentName]: ContentComponentProps[Name] extends Omit<ComponentProps<(typeof components)[Name]>, 'children'>
    ? (typeof components)[Name]
    : never;
};
export const mdxComponents: typeof components & Fits = components;
