import { describe, expect, it } from 'vitest';
import { maxPayloadLength, readScene, sceneUrl, type SceneCodec } from '@/lib/share/scene-link';

// A toy codec: a list of small numbers.
const numbers: SceneCodec<number[]> = {
  version: 2,
  encode: (scene) => scene.join('-'),
  decode: (payload) => {
    const parts = payload.split('-').map(Number);
    return parts.every((n) => Number.isInteger(n) && n >= 0 && n < 10) ? parts : null;
  },
};

const search = (url: string) => new URL(url).search;

describe('scene links', () => {
  it('round-trip: the link scrolls to its widget and reads back the same scene', () => {
    const url = sceneUrl('https://example.test/learn/kubernetes?old=1#top', 'demo-widget', numbers, [3, 1, 4]);
    expect(url).toBe('https://example.test/learn/kubernetes?scene=demo-widget.2.3-1-4#demo-widget');
    expect(readScene(search(url), 'demo-widget', numbers)).toEqual({ status: 'ok', scene: [3, 1, 4] });
  });

  it('leaves other widgets on the page alone', () => {
    const url = sceneUrl('https://example.test/learn/x', 'demo-widget', numbers, [1]);
    expect(readScene(search(url), 'other-widget', numbers)).toEqual({ status: 'none' });
    expect(readScene('', 'demo-widget', numbers)).toEqual({ status: 'none' });
    expect(readScene('?q=도커', 'demo-widget', numbers)).toEqual({ status: 'none' });
  });

  it('tells an outdated format from a broken link', () => {
    expect(readScene('?scene=demo-widget.1.3-1', 'demo-widget', numbers)).toEqual({ status: 'outdated' });
    for (const broken of [
      'demo-widget',
      'demo-widget.2',
      'demo-widget.x.1',
      'demo-widget.2.1.2',
      'demo-widget.2.99',
      'demo-widget.2.<script>',
    ]) {
      expect(readScene(`?scene=${encodeURIComponent(broken)}`, 'demo-widget', numbers), broken).toEqual({ status: 'invalid' });
    }
    expect(readScene(`?scene=demo-widget.2.${'1-'.repeat(maxPayloadLength)}1`, 'demo-widget', numbers)).toEqual({
      status: 'invalid',
    });
  });

  it('survives a codec that throws and malformed percent-encoding', () => {
    const throwing: SceneCodec<number> = {
      version: 1,
      encode: String,
      decode: () => {
        throw new Error('boom');
      },
    };
    expect(readScene('?scene=w.1.5', 'w', throwing)).toEqual({ status: 'invalid' });
    expect(readScene('?scene=%E0%A4%A', 'w', throwing)).toEqual({ status: 'none' });
  });

  it('refuses to make a link that would not survive the URL', () => {
    const unsafe: SceneCodec<string> = { version: 1, encode: (s) => s, decode: (s) => s };
    expect(() => sceneUrl('https://example.test/', 'w', unsafe, 'a b')).toThrow(/URL-safe/);
    expect(() => sceneUrl('https://example.test/', 'Bad Name', unsafe, 'a')).toThrow(/kebab-case/);
  });
});
