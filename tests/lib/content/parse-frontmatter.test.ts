import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { parseFrontmatter } from '@/lib/content/parse-frontmatter';

const description = '도커가 무엇인지 처음부터 차근차근 알아보는 장입니다.';

function errorOf(source: string): ContentError {
  try {
    parseFrontmatter(source, 'content/chapters/x.mdx');
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('parseFrontmatter', () => {
  it('returns the validated fields', () => {
    expect(parseFrontmatter(`---\ntitle: 배경\ndescription: ${description}\n---\n본문`, 'x.mdx')).toEqual({ title: '배경', description });
  });

  it.each([
    ['a missing field', `---\ntitle: 배경\n---\n`, 1, 'description', 'is required'],
    ['an empty title', `---\ntitle: ""\ndescription: ${description}\n---\n`, 2, 'title', 'must not be empty'],
    ['a field of the wrong type', `---\ntitle: 3\ndescription: ${description}\n---\n`, 2, 'title', 'must be text'],
    ['a description too short', `---\ntitle: 배경\n\ndescription: 짧음\n---\n`, 4, 'description', 'at least 20'],
    ['an unknown field', `---\ntitle: 배경\ndescription: ${description}\nauthor: 나\n---\n`, 4, 'author', 'not a known field'],
  ])('names the file, line and field for %s', (_, source, line, field, reason) => {
    const error = errorOf(source);
    expect(error).toMatchObject({ file: 'content/chapters/x.mdx', line, field });
    expect(error.message).toContain(`content/chapters/x.mdx:${line}: ${field}: `);
    expect(error.message).toContain(reason);
  });

  it('reports broken YAML with its line', () => {
    const error = errorOf(`---\ntitle: 배경\ndescription: [열림\n---\n`);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^content\/chapters\/x\.mdx:3: invalid YAML/);
  });

  it('reports a file without frontmatter', () => {
    expect(errorOf('# 제목만 있음').message).toBe('content/chapters/x.mdx:1: missing frontmatter: start the file with a --- block');
  });
});
