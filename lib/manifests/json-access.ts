import type { Json, Path } from './yaml-source';

export const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or undefined where the object has none. */
export function at(value: Json, path: Path): Json | undefined {
  let node: Json | undefined = value;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') node = node[step];
    else if (isObject(node) && typeof step === 'string') node = node[step];
    else return undefined;
  }
  return node;
}
