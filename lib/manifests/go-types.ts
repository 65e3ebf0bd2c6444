// The Go struct and field type behind each field a reader of the chapter's manifests is likely to
// mistype, from k8s.io/api (apps/v1, core/v1, autoscaling/v2). encoding/json names them in its
// error: "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32".
// Keyed by kind and the JSON path without list indices.

type GoField = readonly [struct: string, type: string];

const COMMON: Record<string, GoField> = {
  'metadata.name': ['ObjectMeta', 'string'],
  'metadata.labels': ['ObjectMeta', 'map[string]string'],
  'metadata.annotations': ['ObjectMeta', 'map[string]string'],
};

const POD = (prefix: string): Record<string, GoField> => ({
  [`${prefix}.metadata.labels`]: ['ObjectMeta', 'map[string]string'],
  [`${prefix}.spec.containers`]: ['PodSpec', '[]v1.Container'],
  [`${prefix}.spec.imagePullSecrets`]: ['PodSpec', '[]v1.LocalObjectReference'],
  [`${prefix}.spec.terminationGracePeriodSeconds`]: ['PodSpec', 'int64'],
  [`${prefix}.spec.containers.name`]: ['Container', 'string'],
  [`${prefix}.spec.containers.image`]: ['Container', 'string'],
  [`${prefix}.spec.containers.ports`]: ['Container', '[]v1.ContainerPort'],
  [`${prefix}.spec.containers.ports.containerPort`]: ['ContainerPort', 'int32'],
  [`${prefix}.spec.containers.envFrom`]: ['Container', '[]v1.EnvFromSource'],
  [`${prefix}.spec.containers.resources`]: ['Container', 'v1.ResourceRequirements'],
  [`${prefix}.spec.containers.resources.requests`]: ['ResourceRequirements', 'v1.ResourceList'],
  [`${prefix}.spec.containers.resources.limits`]: ['ResourceRequirements', 'v1.ResourceList'],
  [`${prefix}.spec.containers.readinessProbe`]: ['Container', 'v1.Probe'],
  [`${prefix}.spec.containers.livenessProbe`]: ['Container', 'v1.Probe'],
  [`${prefix}.spec.containers.readinessProbe.periodSeconds`]: ['Probe', 'int32'],
  [`${prefix}.spec.containers.readinessProbe.initialDelaySeconds`]: ['Probe', 'int32'],
  [`${prefix}.spec.containers.readinessProbe.httpGet.path`]: ['HTTPGetAction', 'string'],
  [`${prefix}.spec.containers.livenessProbe.periodSeconds`]: ['Probe', 'int32'],
  [`${prefix}.spec.containers.livenessProbe.initialDelaySeconds`]: ['Probe', 'int32'],
  [`${prefix}.spec.containers.livenessProbe.httpGet.path`]: ['HTTPGetAction', 'string'],
});

const BY_KIND: Record<string, Record<string, GoField>> = {
  Deployment: {
    ...COMMON,
    spec: ['Deployment', 'v1.DeploymentSpec'],
    'spec.replicas': ['DeploymentSpec', 'int32'],
    'spec.minReadySeconds': ['DeploymentSpec', 'int32'],
    'spec.revisionHistoryLimit': ['DeploymentSpec', 'int32'],
    'spec.progressDeadlineSeconds': ['DeploymentSpec', 'int32'],
    'spec.paused': ['DeploymentSpec', 'bool'],
    'spec.selector': ['DeploymentSpec', 'v1.LabelSelector'],
    'spec.selector.matchLabels': ['LabelSelector', 'map[string]string'],
    'spec.strategy': ['DeploymentSpec', 'v1.DeploymentStrategy'],
    'spec.strategy.type': ['DeploymentStrategy', 'v1.DeploymentStrategyType'],
    'spec.template': ['DeploymentSpec', 'v1.PodTemplateSpec'],
    ...POD('spec.template'),
  },
  Service: {
    ...COMMON,
    spec: ['Service', 'v1.ServiceSpec'],
    'spec.selector': ['ServiceSpec', 'map[string]string'],
    'spec.ports': ['ServiceSpec', '[]v1.ServicePort'],
    'spec.ports.port': ['ServicePort', 'int32'],
    'spec.ports.name': ['ServicePort', 'string'],
    'spec.type': ['ServiceSpec', 'v1.ServiceType'],
  },
  HorizontalPodAutoscaler: {
    ...COMMON,
    spec: ['HorizontalPodAutoscaler', 'v2.HorizontalPodAutoscalerSpec'],
    'spec.minReplicas': ['HorizontalPodAutoscalerSpec', 'int32'],
    'spec.maxReplicas': ['HorizontalPodAutoscalerSpec', 'int32'],
    'spec.metrics': ['HorizontalPodAutoscalerSpec', '[]v2.MetricSpec'],
    'spec.scaleTargetRef.name': ['CrossVersionObjectReference', 'string'],
    'spec.scaleTargetRef.kind': ['CrossVersionObjectReference', 'string'],
    'spec.metrics.resource.target.averageUtilization': ['MetricTarget', 'int32'],
    'spec.metrics.resource.name': ['ResourceMetricSource', 'v1.ResourceName'],
  },
};

/** The Go struct and type of a field, when it is one the table knows. */
export function goFieldOf(kind: string, goPath: string): GoField | null {
  const table = BY_KIND[kind];
  if (!table) return null;
  // A label's or a resource's value: the map's element type.
  const mapValue = /^(.*\.(labels|annotations|matchLabels|selector))\.[^.]+$/.exec(goPath);
  if (mapValue?.[1] && table[mapValue[1]]?.[1] === 'map[string]string') return [table[mapValue[1]]![0], 'string'];
  return table[goPath] ?? null;
}

/** What encoding/json calls a JSON value of the wrong type. */
export function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'boolean') return 'bool';
  return typeof value; // "string" | "number"
}
