import { z } from 'zod';
import { PRESETS, type SceneId } from '@/lib/simulations/orchestrator';
import { exerciseAnchor, exerciseIds, type ExerciseId } from '@/lib/exercises/ids';
import { terminalAnchor, terminalWorldIds } from '../terminal/world-ids';
import { goalsHeadingId } from './goals';

// What a chapter may write on each registered component, checked at build time against the MDX
// attributes (lib/mdx/check-component-props.ts): a typo such as <Orchestrator scene="heeling" />
// fails the build with file, line and attribute instead of silently falling back to a default.
// `anchors` are the element ids the component renders, so `#orchestrator-scaling` links can be
// checked like heading links. The registry (registry.ts) must provide exactly these names.

const text = z.string().trim().min(1, 'must not be empty');
const slugLike = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by hyphens');
const none = z.strictObject({});

const sceneIds = Object.keys(PRESETS) as [SceneId, ...SceneId[]];
const exerciseIdList = exerciseIds as [ExerciseId, ...ExerciseId[]];

type Entry<Schema extends z.ZodType> = { props: Schema; anchors?: (props: z.output<Schema>) => string[] };
const entry = <Schema extends z.ZodType>(value: Entry<Schema>) => value;

export const componentProps = {
  Callout: entry({ props: z.strictObject({ type: z.enum(['note', 'tip', 'warning']).optional(), title: text.optional() }) }),
  Figure: entry({ props: z.strictObject({ caption: text }) }),
  Goals: entry({ props: none, anchors: () => [goalsHeadingId] }),
  Quiz: entry({ props: z.strictObject({ id: slugLike }) }),
  Question: entry({ props: z.strictObject({ id: slugLike, answer: text }) }),
  Prompt: entry({ props: none }),
  Choice: entry({ props: z.strictObject({ value: text }) }),
  Explain: entry({ props: z.strictObject({ value: text }) }),
  VmContainerDiagram: entry({ props: none }),
  // The instance ids below are the ids the widget frames carry (and scene links point at).
  // `terminal` attaches a docker terminal that runs on the widget's own state (chapters 3 and 4).
  BuildFlow: entry({
    props: z
      .strictObject({ variant: z.enum(['full', 'compact']).default('full'), terminal: z.literal(true).optional() })
      .refine(({ variant, terminal }) => !terminal || variant === 'full', {
        message: 'terminal needs variant="full"',
        path: ['terminal'],
      }),
    anchors: ({ variant, terminal }) => [`build-flow-${variant}`, ...(terminal ? [terminalAnchor('container')] : [])],
  }),
  DockerHub: entry({
    props: z.strictObject({ terminal: z.literal(true).optional() }),
    anchors: ({ terminal }) => (terminal ? [terminalAnchor('docker-hub')] : []),
  }),
  DockerDesktop: entry({ props: none }),
  VmVsContainer: entry({ props: none }),
  WorksOnMyMachine: entry({ props: none }),
  Orchestrator: entry({
    // `terminal` attaches a kubectl terminal; only the sandbox has every control kubectl can reach.
    props: z
      .strictObject({ scene: z.enum(sceneIds).default('sandbox'), terminal: z.literal(true).optional() })
      .refine(({ scene, terminal }) => !terminal || scene === 'sandbox', {
        message: 'terminal needs scene="sandbox"',
        path: ['terminal'],
      }),
    anchors: ({ scene, terminal }) => [`orchestrator-${scene}`, ...(terminal ? [terminalAnchor('kubernetes')] : [])],
  }),
  // A 실습 과제: `id` names its check in lib/exercises (an unknown id fails the build), `title` follows "실습 과제: ".
  Exercise: entry({
    props: z.strictObject({ id: z.enum(exerciseIdList), title: text }),
    anchors: ({ id }) => [exerciseAnchor(id)],
  }),
  ExerciseHint: entry({ props: none }),
  ExerciseSolution: entry({ props: none }),
  Terminal: entry({
    props: z.strictObject({ world: z.enum(terminalWorldIds) }),
    anchors: ({ world }) => [terminalAnchor(world)],
  }),
};

export type ContentComponentName = keyof typeof componentProps;
/** The attributes each component accepts, as the schema reads them. */
export type ContentComponentProps = { [Name in ContentComponentName]: z.input<(typeof componentProps)[Name]['props']> };
