import type { ClusterState } from '@/lib/simulations/orchestrator';
import type { Follow, OutputLine } from '../program';
import { flagError, notFound, unknownType } from './errors';
import { parseFlags, type FlagSpec } from '../flags';
import { deploymentObject, hpaObject, podObject, serviceObject } from './objects';
import { failure, hint, stderr, stdout, type Result } from './output';
import { parseTargets, typeOf, type Kind, type Target } from './resources';
import { matches, parseSelector } from './selector';
import { tableOf, type Row } from './tables';
import { TABLE, tabwrite } from './tabwriter';
import { NAMESPACE } from './world-facts';
import { toYaml, type YamlValue } from './yaml';

export const GET_FLAGS: readonly FlagSpec[] = [
  { name: 'output', short: 'o', kind: 'string' },
  { name: 'watch', short: 'w', kind: 'bool' },
  { name: 'selector', short: 'l', kind: 'string' },
  { name: 'namespace', short: 'n', kind: 'string' },
  { name: 'all-namespaces', short: 'A', kind: 'bool' },
  { name: 'sort-by', kind: 'string' },
  { name: 'show-labels', kind: 'bool' },
  { name: 'no-headers', kind: 'bool' },
];

const ALL: readonly Kind[] = ['pods', 'services', 'deployments', 'replicasets', 'hpa'];
const FORMATS = ['wide', 'yaml', 'name'];

const NO_TYPE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

interface Section {
  kind: Kind;
  rows: Row[];
  header: string[];
  /** Index of AGE among a row's cells (after NAME), or -1. */
  ageColumn: number;
  cells: (row: Row) => string[];
}

function objectOf(state: ClusterState, kind: Kind, name: string): YamlValue | null {
  if (kind === 'pods') {
    const pod = state.pods.find((p) => p.name === name);
    return pod ? podObject(state, pod) : null;
  }
  if (kind === 'deployments') return deploymentObject(state);
  if (kind === 'services' && name === 'web') return serviceObject();
  if (kind === 'hpa') return hpaObject(state);
  return null;
}

export function runGet(state: ClusterState, argv: readonly string[], now: number): Result {
  const parsed = parseFlags(GET_FLAGS, argv);
  if (!parsed.ok) return flagError('get', parsed.error);
  const { values, args } = parsed.parsed;
  if (args.length === 0)
    return failure(NO_TYPE, '무엇을 볼지 종류를 적으세요. 예: kubectl get pods, kubectl get deployments, kubectl get nodes.');
  const output = typeof values.output === 'string' ? values.output : '';
  if (output !== '' && !FORMATS.includes(output)) {
    return failure(
      `error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
      `-o 뒤의 형식 이름이 틀렸습니다. 이 터미널에서는 -o wide, -o yaml, -o name을 쓸 수 있습니다.`,
    );
  }
  const selectorText = typeof values.selector === 'string' ? values.selector : null;
  const selector = selectorText === null ? [] : parseSelector(selectorText);
  if (selector === null) {
    return failure(
      `error: unable to parse requirement: found '${selectorText}', expected: identifier`,
      '레이블 셀렉터는 키=값 꼴로 적습니다. 예: -l app=web.',
    );
  }
  const namespace = typeof values.namespace === 'string' ? values.namespace : NAMESPACE;
  const allNamespaces = values['all-namespaces'] === true;

  const expanded = args.length === 1 && args[0] === 'all' ? ALL.map((kind) => ({ kind, name: null })) : null;
  const targetResult = expanded ? { ok: true as const, targets: expanded } : parseTargets(args);
  if (!targetResult.ok) return targetResult.error === 'unknown-type' ? unknownType(targetResult.word) : failure(NO_TYPE, '');
  const targets: Target[] = targetResult.targets;
  const kinds = [...new Set(targets.map((t) => t.kind))];
  const withKind = kinds.length > 1 || targets.some((t) => t.name !== null && args.some((a) => a.includes('/')));

  const otherNamespace = !allNamespaces && namespace !== NAMESPACE && kinds.some((kind) => typeOf(kind).namespaced);
  const simplified = hint(
    `이 연습 클러스터는 ${NAMESPACE} 네임스페이스의 오브젝트만 시뮬레이션합니다(kube-system의 시스템 파드 등은 없습니다).`,
  );
  if (otherNamespace) {
    return { events: [], output: [...stderr(`No resources found in ${namespace} namespace.`), ...simplified], exitCode: 0 };
  }

  const errors: Result[] = [];
  const sections: Section[] = [];
  const yamlObjects: YamlValue[] = [];
  const names: string[] = [];
  for (const kind of kinds) {
    const table = tableOf(state, kind, now, typeof values['sort-by'] === 'string' ? values['sort-by'] : undefined);
    const wanted = targets.filter((t) => t.kind === kind);
    let rows = table.rows.filter((row) => matches(selector, row.labels));
    if (wanted.some((t) => t.name !== null)) {
      const picked: Row[] = [];
      for (const target of wanted) {
        const row = rows.find((r) => r.name === target.name);
        if (row) picked.push(row);
        else errors.push(notFound(kind, target.name ?? ''));
      }
      rows = picked;
    }
    const prefix = typeOf(kind).prefix;
    const shownName = (row: Row) => (withKind ? `${prefix}/${row.name}` : row.name);
    if (output === 'yaml') {
      for (const row of rows) {
        const object = objectOf(state, kind, row.name);
        if (object) yamlObjects.push(object);
      }
      continue;
    }
    if (output === 'name') {
      names.push(...rows.map((row) => `${prefix}/${row.name}`));
      continue;
    }
    const wide = output === 'wide';
    const labels = values['show-labels'] === true;
    const labelText = (row: Row) => {
      const entries = Object.entries(row.labels).sort(([a], [b]) => (a < b ? -1 : 1));
      return entries.length === 0 ? '<none>' : entries.map(([k, v]) => `${k}=${v}`).join(',');
    };
    sections.push({
      kind,
      rows,
      ageColumn: table.header.indexOf('AGE') - 1,
      header: [
        ...(allNamespaces && typeOf(kind).namespaced ? ['NAMESPACE'] : []),
        ...table.header,
        ...(wide ? table.wideHeader : []),
        ...(labels ? ['LABELS'] : []),
      ],
      cells: (row) => [
        ...(allNamespaces && typeOf(kind).namespaced ? [NAMESPACE] : []),
        shownName(row),
        ...row.cells,
        ...(wide ? row.wide : []),
        ...(labels ? [labelText(row)] : []),
      ],
    });
  }

  const lines: OutputLine[] = [];
  if (output === 'yaml') {
    if (yamlObjects.length === 1) lines.push(...stdout(toYaml(yamlObjects[0]!)));
    else if (yamlObjects.length > 1)
      lines.push(...stdout(toYaml({ apiVersion: 'v1', items: yamlObjects, kind: 'List', metadata: { resourceVersion: '' } })));
    const unsupported = targets.some((t) => !['pods', 'deployments', 'services', 'hpa'].includes(t.kind));
    if (unsupported) lines.push(...hint('이 터미널의 -o yaml은 파드, 디플로이먼트, 서비스, HPA만 보여 줍니다.'));
  } else if (output === 'name') {
    lines.push(...stdout(names.join('\n')).filter((line) => line.text !== ''));
  } else {
    let first = true;
    for (const section of sections) {
      if (section.rows.length === 0) continue;
      if (!first) lines.push({ stream: 'stdout', text: '' });
      first = false;
      const rows = section.rows.map((row) => section.cells(row).join('\t'));
      const table = values['no-headers'] === true ? rows : [section.header.join('\t'), ...rows];
      lines.push(...tabwrite(table, TABLE).map((text) => ({ stream: 'stdout' as const, text })));
    }
  }
  const printed = lines.some((line) => line.stream === 'stdout');
  const errorLines = errors.flatMap((e) => e.output);
  if (!printed && errors.length === 0) {
    const namespaced = kinds.every((kind) => typeOf(kind).namespaced) && !allNamespaces;
    lines.push(...stderr(namespaced ? `No resources found in ${namespace} namespace.` : 'No resources found'));
    if (selectorText !== null)
      lines.push(...hint(`셀렉터 ${selectorText}에 맞는 것이 없습니다. 파드에는 app=web 레이블이 붙어 있습니다.`));
  }
  const follow = values.watch === true && output !== 'yaml' && output !== 'name' ? watch(sections, now) : undefined;
  return { events: [], output: [...lines, ...errorLines], exitCode: errors.length > 0 ? 1 : 0, ...(follow ? { follow } : {}) };
}

/**
 * `-w`: after the table, one row each time an object in it changes (kubectl prints the object on
 * every watch event). Columns keep the widths already printed, as kubectl's tabwriter remembers them.
 */
function watch(sections: readonly Section[], startedAt: number): Follow<ClusterState> {
  const remembered: number[] = [];
  const section = sections[0];
  if (section)
    tabwrite([section.header.join('\t'), ...section.rows.map((row) => section.cells(row).join('\t'))], TABLE, remembered);
  const kind = section?.kind ?? 'pods';
  const ageColumn = section?.ageColumn ?? -1;
  // AGE and "(30s ago)" change every second; a watch prints only real changes to the object.
  const stable = (row: Row) =>
    [row.name, ...row.cells.filter((_, i) => i !== ageColumn), ...row.wide].join('\t').replace(/ \(\S+ ago\)/g, '');
  let last = startedAt;
  return (before, after, now) => {
    if (!section || now < last) return [];
    last = now;
    const key = (row: Row) => (kind === 'events' ? row.cells.join('\t') : row.name);
    const previous = new Map(tableOf(before, kind, now).rows.map((row) => [key(row), row]));
    const changed = tableOf(after, kind, now).rows.filter((row) => {
      const old = previous.get(key(row));
      return old === undefined || (kind !== 'events' && stable(old) !== stable(row));
    });
    return tabwrite(
      changed.map((row) => section.cells(row).join('\t')),
      TABLE,
      remembered,
    ).map((text) => ({ stream: 'stdout' as const, text }));
  };
}
