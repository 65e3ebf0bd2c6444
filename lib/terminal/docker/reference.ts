// Image references read the way distribution/reference reads them: `nginx`, `postgres:17`,
// `myteam/myapp:1.0`, `docker.io/library/ruby:3.4`. A missing tag means `latest`.

export type Reference = {
  /** `nginx`, `myteam/myapp`: what `docker images` shows as REPOSITORY. */
  readonly repository: string;
  readonly tag: string;
};

export type ReferenceResult = { ok: true; reference: Reference } | { ok: false; error: string };

const component = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;

export function parseReference(text: string): ReferenceResult {
  const invalid = { ok: false, error: 'invalid reference format' } as const;
  if (text === '' || text.includes('@')) return invalid;
  const lastSlash = text.lastIndexOf('/');
  const colon = text.lastIndexOf(':');
  const [name, tag] = colon > lastSlash ? [text.slice(0, colon), text.slice(colon + 1)] : [text, 'latest'];
  if (!tagPattern.test(tag)) return invalid;
  let parts = name.split('/');
  if (parts.length > 1 && (parts[0] === 'docker.io' || parts[0] === 'index.docker.io')) parts = parts.slice(1);
  if (parts.length === 2 && parts[0] === 'library') parts = parts.slice(1);
  if (parts.some((part) => part !== part.toLowerCase() && component.test(part.toLowerCase()))) {
    const path = parts.length === 1 ? `library/${parts[0]}` : parts.join('/');
    return { ok: false, error: `invalid reference format: repository name (${path}) must be lowercase` };
  }
  if (parts.length === 0 || !parts.every((part) => component.test(part))) return invalid;
  return { ok: true, reference: { repository: parts.join('/'), tag } };
}

/** `nginx:latest`: the familiar form docker prints. */
export const familiar = (reference: Reference) => `${reference.repository}:${reference.tag}`;

/** `docker.io/library/nginx:latest`: the fully qualified form BuildKit and pulls print. */
export const qualified = (reference: Reference) =>
  `docker.io/${reference.repository.includes('/') ? '' : 'library/'}${familiar(reference)}`;
