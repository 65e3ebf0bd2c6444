import { ControlButton } from './control-button';

type Props = {
  canReset: boolean;
  canBack: boolean;
  canForward: boolean;
  onReset: () => void;
  onBack: () => void;
  onForward: () => void;
};

// 처음부터 · 이전 단계 · 다음 단계 for widgets that are played one step at a time. Unavailable
// buttons are aria-disabled, not disabled, so focus stays on a button that just stopped applying.
export function StepControls({ canReset, canBack, canForward, onReset, onBack, onForward }: Props) {
  const buttons = [
    { label: '처음부터', enabled: canReset, onClick: onReset },
    { label: '이전 단계', enabled: canBack, onClick: onBack },
    { label: '다음 단계', enabled: canForward, onClick: onForward, primary: true },
  ];
  return (
    <div role="group" aria-label="단계 이동" className="flex flex-wrap gap-2">
      {buttons.map((button) => (
        <ControlButton
          key={button.label}
          variant={button.primary ? 'primary' : 'secondary'}
          aria-disabled={!button.enabled}
          onClick={() => button.enabled && button.onClick()}
        >
          {button.label}
        </ControlButton>
      ))}
    </div>
  );
}
