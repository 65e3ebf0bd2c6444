// A small YAML writer in the style of `kubectl get -o yaml` (sigs.k8s.io/yaml over go-yaml):
// keys sorted, sequences not indented under their key, strings quoted where YAML 1.1 would read
// them as something else (numbers, booleans, timestamps, the empty string).

export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue };

const plainUnsafe =
  /^$|^[\s]|[\s]$|^[-?:,[\]{}#&*!|>'"%@`]|: | #|^(true|false|yes|no|on|off|y|n|null|~)$|^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^\d{4}-\d\d-\d\d/i;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  return plainUnsafe.test(value) ? JSON.stringify(value) : value;
}

function isList(value: YamlValue): value is readonly YamlValue[] {
  return Array.isArray(value);
}

function isMap(value: YamlValue): value is { readonly [key: string]: YamlValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lines(value: YamlValue, indent: string): string[] {
  if (isList(value)) {
    if (value.length === 0) return [];
    return value.flatMap((item: YamlValue) => {
      const inner = isMap(item) || isList(item) ? lines(item, `${indent}  `) : [`${indent}  ${scalar(item)}`];
      if (inner.length === 0) return [`${indent}- ${isList(item) ? '[]' : '{}'}`];
      return [`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1)];
    });
  }
  if (isMap(value)) {
    return Object.keys(value)
      .sort()
      .flatMap((key) => {
        const item = value[key] as YamlValue;
        if (isList(item)) return item.length === 0 ? [`${indent}${key}: []`] : [`${indent}${key}:`, ...lines(item, indent)];
        if (isMap(item)) {
          const inner = lines(item, `${indent}  `);
          return inner.length === 0 ? [`${indent}${key}: {}`] : [`${indent}${key}:`, ...inner];
        }
        return [`${indent}${key}: ${scalar(item)}`];
      });
  }
  return [`${indent}${scalar(value)}`];
}

export function toYaml(value: YamlValue): string {
  return lines(value, '').join('\n');
}
