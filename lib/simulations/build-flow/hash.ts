// A tiny deterministic hash (FNV-1a, 32 bit) for illustrative image, layer and container ids. Real
// Docker uses SHA-256 of the content; what matters here is that the same input always gives the
// same id, so the server-rendered still figure, the client and a shared scene agree.
function fnv(input: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < input.length; index++) {
    hash ^= input.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** `length` hex digits derived from `input` (12 for an image id, 64 for a full container id). */
export function hexId(input: string, length = 12): string {
  let out = '';
  for (let round = 0; out.length < length; round++) out += fnv(`${round}:${input}`).toString(16).padStart(8, '0');
  return out.slice(0, length);
}
