// BuildKit's "did you mean" (util/suggest): the closest option under edit distance 3. Instructions
// are matched without regard to case and answered in the case the reader typed (RUNN → RUN, runn →
// run); flags are matched as written (--From → from).

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

export function suggestion(value: string, options: readonly string[], caseSensitive = false): string | null {
  const lower = caseSensitive ? value : value.toLowerCase();
  let best: string | null = null;
  let least = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    if (candidate === lower) return null;
    const d = distance(lower, candidate);
    if (d < least) {
      least = d;
      best = candidate;
    }
  }
  if (best === null || caseSensitive) return best;
  if (value === value.toLowerCase()) return best;
  if (value === value.toUpperCase()) return best.toUpperCase();
  return best;
}
