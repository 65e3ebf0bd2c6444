import { useId, useState } from 'react';
import {
  badgeLabels,
  maxQueryLength,
  searchResults,
  selectedListing,
  type Badge,
  type DockerHubEvent,
  type DockerHubState,
  type Listing,
} from '@/lib/simulations/docker-hub';
import { ControlButton } from '../shared/control-button';
import type { Controls } from './controls';

type Props = { state: DockerHubState; controls?: Controls<DockerHubEvent> };

const badgeStyle: Record<Badge, string> = {
  official: 'bg-ok-soft text-ok ring-ok',
  verified: 'bg-accent-soft text-accent-strong ring-accent',
  none: 'bg-warn-soft text-warn ring-warn',
  private: 'bg-surface text-fg ring-line',
};

export function BadgeMark({ badge }: { badge: Badge }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${badgeStyle[badge]}`}>
      {badgeLabels[badge]}
    </span>
  );
}

// Docker Hub's search page in miniature: names, badges, example pull counts; one result opened.
export function HubSearch({ state, controls }: Props) {
  const id = useId();
  const results = searchResults(state);
  const selected = selectedListing(state);
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0 space-y-2">
      <h3 id={`${id}-title`} className="text-sm font-semibold text-fg">
        1. Docker Hub에서 찾기
      </h3>
      {controls ? (
        <SearchForm query={state.query} controls={controls} />
      ) : (
        state.query && <p className="text-xs text-muted">검색어: {state.query}</p>
      )}
      <p className="text-xs text-muted">이름, 내려받기 횟수, 날짜는 설명을 위한 예시입니다.</p>
      {results.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-3 text-sm text-muted">검색어에 맞는 이미지가 없습니다.</p>
      ) : (
        <ul aria-label="검색 결과" className="space-y-1.5">
          {results.map((listing) => (
            <li
              key={listing.name}
              className={`flex flex-wrap items-center gap-x-2 gap-y-1 rounded-lg border px-2.5 py-1.5 text-xs ${listing.name === state.selected ? 'border-accent bg-accent-soft' : 'border-line bg-bg'}`}
            >
              {controls ? (
                <ControlButton
                  className="min-h-9 px-2 font-mono text-[0.8125rem]"
                  aria-pressed={listing.name === state.selected}
                  onClick={() => controls.send({ type: 'select', name: listing.name })}
                >
                  {listing.name}
                </ControlButton>
              ) : (
                <span className="font-mono text-[0.8125rem] font-semibold text-fg">{listing.name}</span>
              )}
              <BadgeMark badge={listing.badge} />
              <span className="ml-auto text-muted">내려받기 {listing.pulls}</span>
            </li>
          ))}
        </ul>
      )}
      {selected && <ListingDetail listing={selected} />}
    </section>
  );
}

// The query is sent when the reader searches (Enter or 검색), not letter by letter: one step, one
// sentence. The box follows the simulation when 이전 단계 or 처음부터 changes the query.
function SearchForm({ query, controls }: { query: string; controls: Controls<DockerHubEvent> }) {
  const [draft, setDraft] = useState(query);
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    setDraft(query);
  }
  const event = { type: 'search', query: draft.trim() } as const;
  const enabled = controls.can(event);
  return (
    <form
      role="search"
      aria-label="Docker Hub 검색"
      className="flex items-end gap-2"
      onSubmit={(submit) => {
        submit.preventDefault();
        if (enabled) controls.send(event);
      }}
    >
      <label className="block min-w-0 flex-1 text-xs text-muted">
        이미지 검색
        <input
          type="search"
          value={draft}
          maxLength={maxQueryLength}
          onChange={(change) => setDraft(change.target.value)}
          className="mt-1 block min-h-11 w-full rounded-lg border border-line bg-bg px-3 text-sm text-fg"
          placeholder="예: ruby"
        />
      </label>
      <ControlButton type="submit" aria-disabled={!enabled}>
        검색
      </ControlButton>
    </form>
  );
}

function ListingDetail({ listing }: { listing: Listing }) {
  return (
    <div className="space-y-1.5 rounded-lg border border-line bg-surface p-3 text-xs text-fg">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm font-semibold">{listing.name}</span>
        <BadgeMark badge={listing.badge} />
      </p>
      <p>{listing.summary}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-muted">게시자</dt>
        <dd>{listing.publisher}</dd>
        <dt className="text-muted">태그</dt>
        <dd className="font-mono">{listing.tags.join(', ')}</dd>
        <dt className="text-muted">업데이트</dt>
        <dd>{listing.updated}</dd>
        <dt className="text-muted">내려받기</dt>
        <dd>{listing.pulls}회</dd>
      </dl>
      {listing.risks && (
        <div className="rounded-md border border-warn bg-warn-soft p-2">
          <p className="font-semibold text-warn">실행하기 전에 멈추세요</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-4">
            {listing.risks.map((risk) => (
              <li key={risk}>{risk}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
