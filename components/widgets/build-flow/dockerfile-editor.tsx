'use client';

import { useCallback, useEffect, useState, type RefObject } from 'react';
import { CodeEditor, type EditorFile, type EditorProblem } from '@/components/editor/code-editor';
import { explain } from '@/lib/dockerfile';
import {
  building,
  dockerfilePath,
  editablePaths,
  initialFiles,
  planBuild,
  type BuildContext,
  type BuildFlowEvent,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';

type Props = {
  state: BuildFlowState;
  send: (event: BuildFlowEvent) => void;
  /** Set to this editor's "apply what is typed now", so 빌드 builds exactly what is on screen. */
  flushRef: RefObject<(() => void) | null>;
};

/** How long the reader may pause mid-word before the picture follows what they typed. */
const settleMs = 500;

const languageOf = (path: string): EditorFile['language'] =>
  path === dockerfilePath ? 'dockerfile' : path.endsWith('.rb') || path === 'Gemfile' ? 'ruby' : 'text';

/** What BuildKit would stop at with these files: a parse error, a base image, a COPY source. */
function problemOf(files: BuildContext): EditorProblem | null {
  const planned = planBuild(files);
  if (!planned.ok) return planned.problem;
  const failing = planned.plan.steps.find((step) => step.failure !== null);
  if (!failing?.failure) return null;
  const message = `failed to compute cache key: ${failing.failure}`;
  return {
    line: failing.line + 1,
    message,
    explanation: `${explain(failing.failure)} 빌드하면 이 줄에서 멈추고, 전에 만든 이미지는 그대로 남습니다.`,
  };
}

// The build context in the shared editor. What the reader types is the widget's state after a
// short pause (or at once when they press 빌드 or leave the text box): each change is one `write`
// event, so the picture, the narration, the terminal's `docker build` and a shared link all read
// the same files. While a build runs the files are read-only: BuildKit has already read them.
export function DockerfileEditor({ state, send, flushRef }: Props) {
  const [active, setActive] = useState(dockerfilePath);
  const [pending, setPending] = useState<Readonly<Record<string, string>>>({});
  const running = building(state);
  const files: BuildContext = { ...state.files, ...pending };

  const flush = useCallback(() => {
    if (running) return;
    for (const [path, text] of Object.entries(pending)) send({ type: 'write', path, text });
    setPending({});
  }, [pending, running, send]);

  useEffect(() => {
    flushRef.current = flush;
    return () => {
      flushRef.current = null;
    };
  }, [flush, flushRef]);

  useEffect(() => {
    if (Object.keys(pending).length === 0 || running) return;
    const timer = setTimeout(flush, settleMs);
    return () => clearTimeout(timer);
  }, [pending, running, flush]);

  const problem = problemOf(files);
  const changed = editablePaths.some((path) => files[path] !== initialFiles[path]);
  return (
    <CodeEditor
      label="빌드 컨텍스트 편집기"
      files={editablePaths.map((path) => ({ name: path, value: files[path] ?? '', language: languageOf(path) }))}
      active={active}
      onSelect={setActive}
      onChange={(path, text) => setPending((current) => ({ ...current, [path]: text }))}
      onReset={() => {
        setPending({});
        for (const path of editablePaths) {
          if (state.files[path] !== initialFiles[path]) send({ type: 'write', path, text: initialFiles[path] ?? '' });
        }
      }}
      changed={changed}
      problems={{ [dockerfilePath]: problem }}
      readOnly={running}
      readOnlyReason="빌드하는 동안에는 고칠 수 없습니다. 빌드는 시작할 때의 파일을 읽습니다."
      note="Gemfile과 Gemfile.lock은 줄여서 보여 줍니다. bin/rails, config/ 같은 앱의 나머지 파일은 고칠 수 없지만 빌드 컨텍스트에 들어 있습니다."
      onBlur={flush}
    />
  );
}
