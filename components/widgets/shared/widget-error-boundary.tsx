'use client';

import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** Told once when the live widget fails, so the frame can bring the still figure back. */
  onError: () => void;
};

// No exception in a widget may take the chapter's prose down with it: the live part is cut off
// here, and the frame shows its still figure with this note in its place.
export class WidgetErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('A widget failed and fell back to its still figure:', error);
    this.props.onError();
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="status" className="rounded-lg border border-warn bg-warn-soft px-3 py-2 text-sm text-fg">
        이 실습을 실행하다가 문제가 생겨 멈췄습니다. 아래 그림과 단계별 설명으로 같은 내용을 읽을 수 있습니다. 페이지를 새로
        고치면 다시 시도합니다.
      </p>
    );
  }
}
