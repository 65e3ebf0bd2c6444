// A tiny deterministic hash (FNV-1a, 32 bit) for illustrative layer and container ids. Real Docker
// uses SHA-256 of the content; what matters here is that the same input always gives the same id,
// so the server-rendered still figure and the client agree.
export function shortHash(input: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < input.length; index++) {
    hash ^= input.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0') + ((Math.imul(hash, 31) >>> 0) % 0xffff).toString(16).padStart(4, '0');
}
