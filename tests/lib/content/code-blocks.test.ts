import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { chapters } from './chapter-files';

// Everything a chapter shows must work as written: YAML that parses (and Kubernetes manifests
// that name their apiVersion and kind), Dockerfiles made only of real instructions.

// A block with include="path" already holds that project file's text, titled with its path
// (lib/mdx/remark-include-files.ts), so the file itself is what is checked.
const blocks = chapters.flatMap((chapter) =>
  chapter.model.codeBlocks.map((code) => ({
    ...code,
    where: `${chapter.file}:${code.line}`,
    title: /title="([^"]+)"/.exec(code.meta ?? '')?.[1],
  })),
);

const yamlBlocks = blocks.filter((block) => block.lang === 'yaml');
const dockerfiles = blocks.filter((block) => block.lang === 'dockerfile');

// https://docs.docker.com/reference/dockerfile/#overview
const instructions = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

// Joins continuation lines (ending in a backslash) and drops comments and blank lines.
function dockerInstructions(source: string): string[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (current === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) current += line.slice(0, -1) + ' ';
    else {
      logical.push(current + line);
      current = '';
    }
  }
  if (current) logical.push(current);
  return logical;
}

describe('code shown in the chapters', () => {
  it('includes the YAML and Dockerfiles the course promises', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(3);
    expect(dockerfiles.length).toBeGreaterThanOrEqual(1);
  });

  it.each(yamlBlocks.map((block) => [block.where, block] as const))('parses YAML at %s', (_, block) => {
    const documents = parseAllDocuments(block.value);
    const errors = (Array.isArray(documents) ? documents : [documents]).flatMap((document) => document.errors);
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('gives every Kubernetes manifest an apiVersion, a kind and a metadata.name', () => {
    const problems: string[] = [];
    for (const block of yamlBlocks) {
      if (block.title?.startsWith('compose')) continue;
      for (const document of parseAllDocuments(block.value) as ReturnType<typeof parseAllDocuments> & unknown[]) {
        const manifest = document.toJS() as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };
        if (typeof manifest.apiVersion !== 'string') problems.push(`${block.where}: no apiVersion`);
        if (typeof manifest.kind !== 'string') problems.push(`${block.where}: no kind`);
        if (typeof manifest.metadata?.name !== 'string') problems.push(`${block.where}: no metadata.name`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses current API versions: apps/v1 Deployments, autoscaling/v2 HPAs', () => {
    const manifests = yamlBlocks.flatMap((block) =>
      (parseAllDocuments(block.value) as unknown as { toJS(): Record<string, unknown> }[]).map((document) => document.toJS()),
    );
    const deployment = manifests.find((manifest) => manifest.kind === 'Deployment');
    const hpa = manifests.find((manifest) => manifest.kind === 'HorizontalPodAutoscaler');
    expect(deployment?.apiVersion).toBe('apps/v1');
    expect(hpa?.apiVersion).toBe('autoscaling/v2');
    // The HPA must point at the Deployment shown next to it.
    const target = (hpa?.spec as { scaleTargetRef?: { kind?: string; name?: string } })?.scaleTargetRef;
    expect(target).toMatchObject({ kind: 'Deployment', name: (deployment?.metadata as { name: string }).name });
  });

  it('writes compose.yaml in the current Compose format (services, no obsolete version key)', () => {
    const compose = yamlBlocks.filter((block) => block.title === 'compose.yaml');
    expect(compose.length).toBeGreaterThan(0);
    for (const block of compose) {
      const file = parseAllDocuments(block.value)[0]?.toJS() as Record<string, unknown>;
      expect(file).not.toHaveProperty('version');
      expect(file).toHaveProperty('services');
    }
  });

  it.each(dockerfiles.map((block) => [block.where, block] as const))('Dockerfile at %s starts with FROM and uses only real instructions', (_, block) => {
    const lines = dockerInstructions(block.value);
    const keywords = lines.map((line) => line.split(/\s+/)[0]?.toUpperCase() ?? '');
    // ARG may come before FROM to parameterise the base image; nothing else may.
    expect(keywords.find((keyword) => keyword !== 'ARG')).toBe('FROM');
    expect(keywords.filter((keyword) => !instructions.has(keyword))).toEqual([]);
  });

  it('titles Dockerfile blocks Dockerfile, never a YAML name', () => {
    const named = blocks.filter((block) => block.lang === 'dockerfile' && block.title !== undefined);
    for (const block of named) expect(block.title).toBe('Dockerfile');
  });
});
