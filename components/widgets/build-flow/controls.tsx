import { ControlButton } from '../shared/control-button';

export type Action = { label: string; onClick: () => void; enabled: boolean; describedBy?: string; primary?: boolean };

// A row of actions. Unavailable ones are aria-disabled rather than disabled so that focus stays
// put when, say, 빌드 turns into 일시 정지 the moment it is pressed.
export function ActionRow({ label, actions }: { label: string; actions: Action[] }) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-2">
      {actions.map((action, index) => (
        <ControlButton
          // By position, not label: 빌드 turning into 일시 정지 must stay the same focused button.
          key={index}
          variant={action.primary ? 'primary' : 'secondary'}
          aria-disabled={!action.enabled}
          aria-describedby={action.describedBy}
          onClick={() => action.enabled && action.onClick()}
        >
          {action.label}
        </ControlButton>
      ))}
    </div>
  );
}
