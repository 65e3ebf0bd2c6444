// mulberry32: a tiny seeded generator. Same seed, same sequence, so a scene replays exactly.
export function nextRandom(seed: number): { value: number; seed: number } {
  const next = (seed + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, seed: next };
}

// The alphabet Kubernetes uses for generated name suffixes (no vowels, no look-alikes).
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(seed: number, length = 5): { suffix: string; seed: number } {
  let suffix = '';
  let current = seed;
  for (let i = 0; i < length; i += 1) {
    const r = nextRandom(current);
    current = r.seed;
    suffix += ALPHABET[Math.floor(r.value * ALPHABET.length)];
  }
  return { suffix, seed: current };
}
