import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/content/glossary';
import { taughtSeparator, type SearchDocument } from '@/lib/search/engine';
import { defines, homeOf, latinTopics, phraseOf, withTaughtTerms } from '@/lib/search/taught';
import { contentWords, indexTerms } from '@/lib/search/tokenize';

const section = (id: string, text: string) => ({
  id,
  text,
  terms: new Set(contentWords(text).flatMap((word) => indexTerms(word.text))),
});

const doc = (id: string, text: string): SearchDocument => ({ id, url: `/learn/${id}`, place: '', title: '', keywords: '', text });

const pending: GlossaryEntry = {
  id: 'pending',
  term: 'Pending',
  english: 'Pending',
  definition:
    '파드가 아직 실행되지 못한 단계입니다. `kubectl get pods`에 이렇게 보이고, 오래 머물면 `kubectl describe`의 이벤트를 봅니다.',
};

describe('defines', () => {
  it('reads a sentence that says what the name is, or names it', () => {
    expect(defines('Dockerfile은 레시피입니다.', 'Dockerfile')).toBe(true);
    expect(defines('앞 문장입니다. Pending은 아직 배정되지 않았다는 뜻이고, 곧 바뀝니다.', 'Pending')).toBe(true);
    expect(defines('디플로이먼트는 “세 개 실행해 줘”처럼, 같은 파드를 몇 개 유지할지 선언하는 설정입니다.', '디플로이먼트')).toBe(
      true,
    );
    expect(defines('이미지를 나눠 주는 서비스를 레지스트리라고 합니다.', '레지스트리')).toBe(true);
    expect(defines('이것을 의도한 상태(desired state)라고 합니다.', '의도한 상태')).toBe(true);
  });

  it('does not count a sentence that only says something about the name, or uses it mid-sentence', () => {
    expect(defines('Dockerfile은 GitHub에 공개되어 있습니다.', 'Dockerfile')).toBe(false);
    expect(defines('Pending에서 멈춤: 노드가 없습니다.', 'Pending')).toBe(false);
    expect(defines('새 Dockerfile은 레시피입니다.', 'Dockerfile')).toBe(false);
  });
});

describe('latinTopics', () => {
  it('finds commands, products and statuses that open a sentence as its topic', () => {
    expect(latinTopics('먼저 로그인합니다. docker tag는 이미지를 복사하지 않습니다. STATUS는 상태입니다.')).toEqual([
      'docker tag',
      'STATUS',
    ]);
    expect(latinTopics('kubectl get pods는 파드마다 한 줄씩 보여 줍니다.')).toEqual(['kubectl get pods']);
    expect(latinTopics('그다음 docker tag로 붙입니다. 파드는 작습니다.')).toEqual([]);
  });
});

describe('homeOf', () => {
  it('is the first section that defines the term, ahead of one that shares more words with the definition', () => {
    const sections = [
      section('k#mention', '파드가 아직 실행되지 못하면 Pending에서 멈춤: 노드를 늘립니다. kubectl describe의 이벤트를 봅니다.'),
      section('k#reading', 'Pending은 아직 노드에 배정되지 않았다는 뜻이고, 곧 Running이 됩니다.'),
    ];
    expect(homeOf(pending, sections)).toBe('k#reading');
  });

  it('falls back to the section sharing the most words with the definition when none defines it', () => {
    const sections = [
      section('k#a', 'Pending이 보입니다.'),
      section('k#b', 'Pending인 파드가 아직 실행되지 못한 단계에서 kubectl describe의 이벤트를 봅니다.'),
      section('k#c', '전혀 다른 이야기입니다.'),
    ];
    expect(homeOf(pending, sections)).toBe('k#b');
    expect(homeOf(pending, [section('k#c', '전혀 다른 이야기입니다.')])).toBeUndefined();
  });
});

describe('withTaughtTerms', () => {
  it('gives each name one home: glossary terms with the commands their definition quotes, then Latin topics', () => {
    const documents = withTaughtTerms(
      [
        doc('k', 'Pending은 장의 소개에서 말하는 것입니다.'),
        doc('k#reading', 'Pending은 아직 배정되지 않았다는 뜻입니다. kubectl get pods는 한 줄씩 보여 줍니다.'),
        doc('k#later', 'kubectl get pods는 다시 나옵니다. kubectl describe는 설정을 보여 줍니다.'),
        doc('k#summary', 'Pending은 기다리는 단계입니다.'),
      ],
      [pending],
    );
    const taught = (id: string) => documents.find((d) => d.id === id)?.taught?.split(taughtSeparator);
    // The opening and 정리 never teach; kubectl describe is quoted by the definition, so it goes
    // with Pending, although k#later is the first to open a sentence with it.
    expect(taught('k#reading')).toEqual(['pending', 'kubectl get pods', 'kubectl describe']);
    expect(taught('k#later')).toBeUndefined();
    expect(taught('k')).toBeUndefined();
    expect(taught('k#summary')).toBeUndefined();
  });

  it('writes phrases as the query terms that search for them', () => {
    expect(phraseOf('Docker Engine')).toBe('docker engine');
    expect(phraseOf('의도한 상태')).toBe('의도 상태');
  });
});
