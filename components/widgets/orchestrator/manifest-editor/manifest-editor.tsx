'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CodeEditor, type EditorProblem } from '@/components/editor/code-editor';
import { checkManifest } from '@/lib/manifests';
import type { ClusterEvent, ClusterState, ManifestCheck } from '@/lib/simulations/orchestrator';
import { runApply, WORKDIR } from '@/lib/terminal/kubectl/apply';
import { MANIFESTS } from '@/lib/terminal/kubectl/manifests';
import type { OutputLine } from '@/lib/terminal/program';
import { ControlButton } from '../../shared/control-button';

// The chapter's three manifests, editable beside the cluster they describe. What is typed is the
// file in the terminal's directory (state.files, with the validator's verdict), so `kubectl apply
// -f deployment.yaml` there and 적용 here do the same thing and print the same words.

export const EDITABLE = ['deployment.yaml', 'service.yaml', 'hpa.yaml'] as const;
type FileName = (typeof EDITABLE)[number];

type Props = {
  state: ClusterState;
  send: (event: ClusterEvent) => void;
  now: number;
};

const WRITE_DELAY_MS = 400;

function check(file: FileName, text: string): ManifestCheck {
  return checkManifest(file, text, { defaultText: MANIFESTS[file]!.text });
}

/** The shared editor shows one problem a file: the first, with the API server's last line (the one that says what is wrong). */
function problemOf(verdict: ManifestCheck): EditorProblem | null {
  if (verdict.ok) return null;
  const first = verdict.problems[0];
  if (!first) return null;
  const more = verdict.problems.length > 1 ? ` (문제 ${verdict.problems.length}개 가운데 첫째입니다.)` : '';
  return { line: first.line, message: verdict.error.split('\n').at(-1) ?? '', explanation: `${first.hint}${more}` };
}

export default function ManifestEditor({ state, send, now }: Props) {
  const base = useId();
  const [file, setFile] = useState<FileName>('deployment.yaml');
  const textOf = (name: FileName) => state.files?.[name]?.text ?? MANIFESTS[name]!.text;
  const [drafts, setDrafts] = useState<Partial<Record<FileName, string>>>({});
  const text = drafts[file] ?? textOf(file);
  const verdict = useMemo(() => check(file, text), [file, text]);
  const [result, setResult] = useState<{ file: FileName; output: readonly OutputLine[]; exitCode: number } | null>(null);
  const pending = useRef<number | null>(null);

  // The file is written a moment after the reader stops typing (and at once before 적용 or on
  // leaving the editor), so the terminal sees what the editor shows without a state per keystroke.
  const write = (name: FileName, value: string) => {
    const unchanged =
      state.files?.[name]?.text === value || (state.files?.[name] === undefined && value === MANIFESTS[name]!.text);
    if (!unchanged) send({ type: 'write-manifest', file: name, text: value, check: check(name, value) });
    // From now on the file in the state is what the editor shows (a reset of the widget resets it too).
    setDrafts((all) => {
      const rest = { ...all };
      delete rest[name];
      return rest;
    });
  };
  const flush = () => {
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = null;
    const draft = drafts[file];
    if (draft !== undefined) write(file, draft);
  };
  useEffect(
    () => () => {
      if (pending.current !== null) window.clearTimeout(pending.current);
    },
    [],
  );

  const change = (value: string) => {
    setDrafts((all) => ({ ...all, [file]: value }));
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => {
      pending.current = null;
      write(file, value);
    }, WRITE_DELAY_MS);
  };

  const apply = () => {
    flush();
    // The state with the file as written, so the output is exactly what the terminal would print now.
    const current =
      state.files?.[file]?.text === text ? state : { ...state, files: { ...state.files, [file]: { text, check: verdict } } };
    const outcome = runApply(current, ['-f', file], WORKDIR);
    for (const event of outcome.events) send(event);
    setResult({ file, output: outcome.output, exitCode: outcome.exitCode });
  };

  const reset = () => {
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = null;
    write(file, MANIFESTS[file]!.text);
    setResult(null);
  };

  return (
    <section aria-labelledby={`${base}-heading`} className="space-y-3 rounded-lg border border-line p-3">
      <h3 id={`${base}-heading`} className="text-sm font-semibold text-fg">
        매니페스트 편집
      </h3>
      <p className="text-xs leading-5 text-muted">
        고친 파일은 아래 터미널의 <code className="font-mono">{WORKDIR}</code>에 있는 파일입니다. 적용을 누르거나 터미널에서{' '}
        <code className="font-mono">kubectl apply -f {file}</code>를 입력하면 옆 클러스터에 적용됩니다.
      </p>
      <CodeEditor
        label="매니페스트 편집기"
        files={EDITABLE.map((name) => ({ name, value: name === file ? text : textOf(name), language: 'yaml' as const }))}
        active={file}
        onSelect={(name) => {
          flush();
          setFile(name as FileName);
        }}
        onChange={(_, value) => change(value)}
        onReset={reset}
        changed={text !== MANIFESTS[file]!.text}
        problems={{ [file]: problemOf(verdict) }}
        onBlur={flush}
        note={
          verdict.ok
            ? `검사: 스키마와 검증 규칙에 맞습니다.${verdict.unmodelled.length > 0 ? ` ${verdict.unmodelled.join(' ')}` : ''}`
            : undefined
        }
      />
      <div className="flex flex-wrap gap-2">
        <ControlButton variant="primary" className="min-h-9 px-3 text-sm" onClick={apply}>
          적용
        </ControlButton>
      </div>
      <div role="status" aria-label="적용 결과" className="min-h-0">
        {result && (
          <div className="space-y-1">
            <p className="text-xs text-muted">
              {result.file} 적용 결과({now}초 시점): {result.exitCode === 0 ? '성공' : '실패'}
            </p>
            <pre className="overflow-x-auto rounded-md bg-code p-2 font-mono text-xs leading-5 whitespace-pre-wrap text-fg">
              {result.output
                .filter((line) => line.stream !== 'hint')
                .map((line) => line.text)
                .join('\n')}
            </pre>
            {result.output
              .filter((line) => line.stream === 'hint')
              .map((line, index) => (
                <p key={index} className="text-xs leading-5 text-fg">
                  {line.text}
                </p>
              ))}
          </div>
        )}
      </div>
    </section>
  );
}
