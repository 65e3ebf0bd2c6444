'use client';

import { LinkIcon } from '@/components/icons';
import { useState } from 'react';
import { sceneUrl, type SceneCodec, type SceneRead } from '@/lib/share/scene-link';
import { copyText, pageUrl } from '@/components/share/clipboard';
import { ControlButton } from './control-button';

export type Unshareable = 'too-long' | 'not-carried';

const unshareableText: Record<Unshareable, string> = {
  'too-long': '지금 장면은 기록이 너무 길어 링크로 만들 수 없습니다. 처음부터 다시 해 보세요.',
  'not-carried': '직접 편집한 내용은 장면 링크에 담을 수 없어, 지금 장면은 공유할 수 없습니다.',
};

type ButtonProps<Scene> = {
  instance: string;
  codec: SceneCodec<Scene>;
  /** The scene now on screen. */
  scene: Scene;
  /** Why it cannot be put in a link, when it cannot. */
  unshareable?: Unshareable;
};

/** "이 장면 공유": copies a link that opens this widget exactly as it is now. */
export function ShareSceneButton<Scene>({ instance, codec, scene, unshareable }: ButtonProps<Scene>) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function share() {
    if (unshareable) return;
    setStatus((await copyText(sceneUrl(pageUrl(), instance, codec, scene))) ? 'copied' : 'failed');
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <ControlButton onClick={share} onBlur={() => setStatus('idle')} aria-disabled={unshareable !== undefined || undefined}>
        <LinkIcon className="size-4" />
        {status === 'copied' ? '장면 링크 복사됨' : '이 장면 공유'}
      </ControlButton>
      <span role="status" className="text-xs text-muted">
        {unshareable
          ? unshareableText[unshareable]
          : status === 'copied'
            ? '이 장면을 여는 링크를 복사했습니다.'
            : status === 'failed'
              ? '링크를 복사하지 못했습니다.'
              : ''}
      </span>
    </div>
  );
}

/** A polite word about a shared scene: opened, or why it could not be and what shows instead. */
export function SharedSceneNote<Scene>({ read }: { read: SceneRead<Scene> }) {
  if (read.status === 'none') return null;
  const text =
    read.status === 'ok'
      ? '공유받은 장면을 그대로 열었습니다. 재생을 누르면 이어서 진행되고, 처음부터를 누르면 처음 상태로 돌아갑니다.'
      : read.status === 'outdated'
        ? '공유받은 장면은 예전 형식의 링크라 열 수 없었습니다. 대신 처음 상태를 보여 드립니다.'
        : read.status === 'newer'
          ? '공유받은 장면은 이 페이지보다 새 형식의 링크라 열 수 없었습니다. 페이지를 새로 고친 뒤 다시 열어 보세요. 지금은 처음 상태를 보여 드립니다.'
          : '공유받은 장면 링크가 올바르지 않아 열 수 없었습니다. 대신 처음 상태를 보여 드립니다.';
  return (
    <p
      role="status"
      className={`rounded-lg border px-3 py-2 text-sm text-fg ${read.status === 'ok' ? 'border-accent bg-accent-soft' : 'border-warn bg-warn-soft'}`}
    >
      {text}
    </p>
  );
}
