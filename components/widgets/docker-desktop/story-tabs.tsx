import { useRef, type KeyboardEvent } from 'react';
import { stories, storyNames, type Story } from '@/lib/simulations/docker-desktop';

type Props = {
  story: Story;
  /** Prefix of the tab and panel ids (tabs `${base}-tab-nginx`, panels `${base}-panel-nginx`). */
  base: string;
  onSelect: (story: Story) => void;
};

// The two stories as tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys, Home and End move
// between them and show the one reached.
export function StoryTabs({ story, base, onSelect }: Props) {
  const tabs = useRef<Partial<Record<Story, HTMLButtonElement | null>>>({});
  const move = (event: KeyboardEvent, index: number) => {
    const last = stories.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = stories[(target + stories.length) % stories.length] as Story;
    tabs.current[next]?.focus();
    onSelect(next);
  };
  return (
    <div role="tablist" aria-label="실습 고르기" className="flex flex-wrap gap-1 border-b border-line">
      {stories.map((candidate, index) => {
        const selected = candidate === story;
        return (
          <button
            key={candidate}
            ref={(element) => {
              tabs.current[candidate] = element;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${candidate}`}
            aria-selected={selected}
            aria-controls={`${base}-panel-${candidate}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(candidate)}
            onKeyDown={(event) => move(event, index)}
            className={`-mb-px min-h-11 rounded-t-lg border px-3 text-sm font-semibold ${selected ? 'border-line border-b-bg bg-bg text-accent-strong' : 'border-transparent text-muted hover:text-fg'}`}
          >
            {`${index + 1}. ${storyNames[candidate]}`}
          </button>
        );
      })}
    </div>
  );
}
