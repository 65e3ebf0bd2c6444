import type { ReactNode } from 'react';
import { WidgetFrame } from '@/components/widgets/shared/widget-frame';
import { terminalAnchor } from './world-ids';

// A chapter's own terminal, framed like the widgets. `data-terminal` names its world for the
// code blocks' "터미널에서 실행", whether or not the terminal's code has loaded yet.
export function TerminalFrame({ world, children }: { world: string; children?: ReactNode }) {
  return (
    <div data-terminal={world}>
      <WidgetFrame id={terminalAnchor(world)} caption="터미널에서 직접 해 보기">
        {children ?? (
          <p className="text-sm text-muted">
            자바스크립트가 켜져 있으면 이 자리에서 이 장의 명령을 직접 입력해 볼 수 있습니다. 명령은 본문의 코드 블록에 있습니다.
          </p>
        )}
      </WidgetFrame>
    </div>
  );
}
