// resource.Quantity, for CPU: what the API server accepts and how it prints a value back.

/** k8s.io/apimachinery's Quantity syntax; anything else fails to decode with this very pattern in the message. */
export const QUANTITY_PATTERN = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
const quantity = new RegExp(QUANTITY_PATTERN);

const SUFFIX: Record<string, number> = { '': 1000, m: 1, k: 1_000_000, M: 1_000_000_000 };

/** A CPU quantity ("500m", "0.5", 1) in millicores, rounded up as the API does; null if not a quantity here. */
export function cpuMillicores(value: string | number): number | null {
  const text = String(value);
  const match = quantity.exec(text);
  if (!match) return null;
  const [, number = '', suffix = ''] = match;
  const scale = SUFFIX[suffix];
  const amount = Number(number);
  if (scale === undefined || !Number.isFinite(amount)) return null;
  return Math.ceil(amount * scale - 1e-9);
}

export function isQuantity(value: string | number): boolean {
  return typeof value === 'number' || quantity.test(value);
}

/** Quantity.String() of a CPU amount: whole cores without a suffix, otherwise millicores. */
export function cpuString(millicores: number): string {
  return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}
