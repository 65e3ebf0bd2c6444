// The base images a Dockerfile here may start from: official images on Docker Hub, with a rough
// size on disk and pull time (a home connection; not measured on any one machine). Only Ruby's tags
// are checked, against the versions that have images (3.2 to 4.0); for the others any tag is taken
// to exist. Any other repository is not on the simulated Hub, as a typo would not be on the real one.

const MB = 1_000_000;

type Known = { sizeBytes: number; ms: number; tags?: RegExp };

const known: Readonly<Record<string, Known>> = {
  'library/ruby': {
    sizeBytes: 220 * MB,
    ms: 9_000,
    tags: /^(latest|slim|alpine|(3\.[2-4]|4\.0)(\.\d+)?(-(slim|alpine))?(-(trixie|bookworm)|-?alpine3\.\d+)?)$/,
  },
  'library/node': { sizeBytes: 80 * MB, ms: 5_000 },
  'library/debian': { sizeBytes: 78 * MB, ms: 4_000 },
  'library/ubuntu': { sizeBytes: 78 * MB, ms: 4_000 },
  'library/alpine': { sizeBytes: 8 * MB, ms: 1_000 },
  'library/busybox': { sizeBytes: 4 * MB, ms: 1_000 },
  'library/python': { sizeBytes: 120 * MB, ms: 6_000 },
  'library/golang': { sizeBytes: 300 * MB, ms: 12_000 },
  'library/nginx': { sizeBytes: 190 * MB, ms: 6_000 },
  'library/postgres': { sizeBytes: 450 * MB, ms: 15_000 },
  'library/redis': { sizeBytes: 130 * MB, ms: 5_000 },
};

export type ImageReference = { repository: string; tag: string; normalized: string; familiar: string };

/** `ruby:3.4` → docker.io/library/ruby:3.4, as BuildKit names the step; no tag means `latest`. */
export function normalize(reference: string): ImageReference {
  const withoutDigest = reference.split('@')[0] ?? reference;
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > withoutDigest.lastIndexOf('/');
  const name = (hasTag ? withoutDigest.slice(0, colon) : withoutDigest).toLowerCase();
  const tag = hasTag ? withoutDigest.slice(colon + 1) : 'latest';
  const parts = name.split('/');
  const domain = parts.length > 1 && /[.:]/.test(parts[0] as string) ? (parts.shift() as string) : 'docker.io';
  const path = parts.length === 1 && domain === 'docker.io' ? `library/${parts[0]}` : parts.join('/');
  return {
    repository: path,
    tag,
    normalized: `${domain}/${path}:${tag}`,
    familiar: hasTag ? withoutDigest : `${withoutDigest}:latest`,
  };
}

/** The pull BuildKit would do for `reference`, or the error it would stop with. */
export function resolveBase(reference: string): { sizeBytes: number; ms: number } | { error: string } {
  const image = normalize(reference);
  const entry = known[image.repository];
  if (!entry || !image.normalized.startsWith('docker.io/')) {
    return {
      error: `${image.familiar}: failed to resolve source metadata for ${image.normalized}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
    };
  }
  if (entry.tags && !entry.tags.test(image.tag)) {
    return {
      error: `${image.familiar}: failed to resolve source metadata for ${image.normalized}: ${image.normalized}: not found`,
    };
  }
  return { sizeBytes: entry.sizeBytes, ms: entry.ms };
}
