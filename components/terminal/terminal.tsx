'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TerminalWorld } from '@/lib/terminal/program';
import { ControlButton } from '@/components/widgets/shared/control-button';
import { useSimulation } from '@/components/widgets/shared/use-simulation';
import { serveTerminal } from './run-queue';
import { TerminalLog } from './terminal-log';
import { useTerminal, type SimulationHandle } from './use-terminal';
import { terminalAnchor } from './world-ids';
import { usePublishedState } from '@/components/exercises/observed-states';

type Props<S, E> = {
  world: TerminalWorld<S, E>;
  /** The widget's own simulation hook, when the terminal is attached to a widget showing this world. */
  simulation?: SimulationHandle<S, E>;
};

/** A command line over a world: on its own, or sharing a widget's state (attached). */
export function Terminal<S, E>({ world, simulation }: Props<S, E>) {
  return simulation ? <TerminalView world={world} simulation={simulation} /> : <StandaloneTerminal world={world} />;
}

// Opened paused: the clock starts with the reader's first command that changes or follows the world.
const standaloneOptions = { autoplay: false };

function StandaloneTerminal<S, E>({ world }: { world: TerminalWorld<S, E> }) {
  const simulation = useSimulation(world.simulation, standaloneOptions);
  // For the chapter's exercises; an attached terminal's state is its widget's, published by the frame.
  usePublishedState(terminalAnchor(world.id), simulation.state);
  return <TerminalView world={world} simulation={simulation} />;
}

function TerminalView<S, E>({ world, simulation }: Required<Props<S, E>>) {
  const terminal = useTerminal(world, simulation);
  const inputRef = useRef<HTMLInputElement>(null);
  const keysId = useId();
  const [sent, setSent] = useState(0);
  const { run } = terminal;

  // Lines from a code block's "터미널에서 실행": run them, then hand the keyboard to this terminal.
  useEffect(
    () =>
      serveTerminal(world.id, (lines) => {
        run(lines);
        setSent((count) => count + 1);
      }),
    [world.id, run],
  );
  useEffect(() => {
    if (sent > 0) inputRef.current?.focus();
  }, [sent]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key, ctrlKey, metaKey, shiftKey, altKey } = event;
    const handled = (() => {
      if (key === 'Tab' && !shiftKey && !ctrlKey && !altKey && !metaKey)
        // Tab completes while there is something to complete; otherwise it moves on as usual.
        return terminal.input.trim() !== '' && terminal.completeInput();
      if (key === 'ArrowUp') return terminal.browse('up');
      if (key === 'ArrowDown') return terminal.browse('down');
      if (ctrlKey && !metaKey && !altKey && (key === 'c' || key === 'C')) {
        // With text selected, Ctrl+C copies, as in a terminal emulator.
        const input = event.currentTarget;
        if (input.selectionStart !== input.selectionEnd) return false;
        terminal.stop();
        return true;
      }
      if (ctrlKey && !metaKey && !altKey && (key === 'l' || key === 'L')) {
        terminal.clearScreen();
        return true;
      }
      return false;
    })();
    if (handled) event.preventDefault();
  };

  // The on-screen keys act on the input and give it the focus back, so a phone keeps its keyboard.
  const key = (action: () => unknown) => () => {
    action();
    inputRef.current?.focus();
  };
  const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

  return (
    <div className="space-y-2" data-terminal-live={world.id}>
      <div className="overflow-hidden rounded-lg border border-line bg-code font-mono">
        <TerminalLog entries={terminal.entries} />
        <form
          className="flex flex-wrap items-center gap-x-1 border-t border-line px-3 py-2 text-xs leading-5"
          onSubmit={(event) => {
            event.preventDefault();
            terminal.submitInput();
          }}
        >
          {terminal.prompt !== '' && (
            <span aria-hidden="true" className="whitespace-pre text-muted">
              {terminal.prompt}
            </span>
          )}
          <input
            ref={inputRef}
            aria-label="명령 입력"
            aria-describedby={keysId}
            value={terminal.input}
            onChange={(event) => terminal.setInput(event.target.value)}
            onKeyDown={onKeyDown}
            autoCapitalize="off"
            autoCorrect="off"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="enter"
            placeholder={terminal.following ? undefined : '여기에 명령 입력'}
            className="min-h-8 min-w-[10ch] flex-1 rounded bg-transparent px-1 text-fg placeholder:text-muted"
          />
        </form>
      </div>
      {terminal.following && (
        <p className="text-xs text-muted" role="status">
          명령이 계속 실행 중입니다. Ctrl+C나 아래의 중단 버튼으로 멈춥니다.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <ControlButton className="min-h-9 px-2 text-xs" onPointerDown={keepFocus} onClick={key(terminal.completeInput)}>
          자동 완성 (Tab)
        </ControlButton>
        <ControlButton className="min-h-9 px-2 text-xs" onPointerDown={keepFocus} onClick={key(() => terminal.browse('up'))}>
          이전 명령 (↑)
        </ControlButton>
        <ControlButton className="min-h-9 px-2 text-xs" onPointerDown={keepFocus} onClick={key(() => terminal.browse('down'))}>
          다음 명령 (↓)
        </ControlButton>
        <ControlButton className="min-h-9 px-2 text-xs" onPointerDown={keepFocus} onClick={key(terminal.stop)}>
          중단 (Ctrl+C)
        </ControlButton>
      </div>
      <p id={keysId} className="text-xs leading-5 text-muted">
        실제 도커나 쿠버네티스가 아니라 이 페이지의 시뮬레이션에서 실행됩니다. Tab은 입력할 것이 없으면 다음 요소로 넘어갑니다.
      </p>
    </div>
  );
}
