'use client';

import { deferred } from '@/components/widgets/lazy-widgets';

// The exercise's live part (status, hint, solution, the check) is a chunk of its own, requested
// when the reader nears the exercise, never at load (lazy-widgets.tsx's `deferred`).
export const ExerciseLive = deferred(() => import('./exercise-live').then((module) => module.ExerciseLive));
