// `kubectl apply --validate=strict` rejects a field the schema does not know (a misspelt `replcias`
// would otherwise be dropped without a word). kubernetes-models' validators check only the fields
// they know, so this records which fields a validator reads: anything in the manifest it never
// read is unknown. Maps (labels, resource lists) are walked by key, so all their keys count as read.
type Validating = { prototype: { validate(this: unknown): void } };

export function unknownFields(Model: Validating, manifest: unknown): string[] {
  const read = new Set<string>();
  const maps = new Set<string>();
  const watch = (value: unknown, at: string): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    return new Proxy(value, {
      get(target, key) {
        const child = `${at}/${String(key)}`;
        if (typeof key === 'string') read.add(child);
        return watch(Reflect.get(target, key), child);
      },
      ownKeys(target) {
        maps.add(at);
        return Reflect.ownKeys(target);
      },
    });
  };
  Model.prototype.validate.call(watch(manifest, ''));

  const unknown: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const path = `${at}/${key}`;
      if (!Array.isArray(value) && !maps.has(at) && !read.has(path)) unknown.push(path);
      walk(child, path);
    }
  };
  walk(manifest, '');
  return unknown;
}
