import {
  HPA,
  MAX_SURGE,
  MAX_UNAVAILABLE,
  POD_REQUESTS,
  type ClusterEvent,
  type ClusterState,
} from '@/lib/simulations/orchestrator';
import { POD_LIMITS } from './objects';
import { imageOf } from './world-facts';

// The manifest files in the reader's working directory: the chapter's configmap.yaml,
// deployment.yaml, service.yaml and hpa.yaml. The Deployment's image and resources are the
// widget's (web:1.0, the simulation's requests), so what `apply` reports is true of the cluster
// drawn beside the terminal; the file says so in its first comment.

export interface Manifest {
  /** The object `apply` prints: "deployment.apps/web". */
  object: string;
  text: string;
  /** The events applying it sends, given the cluster now: [] when it is unchanged. */
  apply: (state: ClusterState) => ClusterEvent[];
}

const deploymentText = () => `# 이 연습 클러스터의 디플로이먼트입니다. 본문의 매니페스트와 같은 구조에, 옆 그림과 같은
# 이미지(${imageOf('v1')})와 리소스 요청(CPU ${POD_REQUESTS.cpu}m, 메모리 ${POD_REQUESTS.memory}Mi)을 씁니다.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  selector:
    matchLabels:
      app: web
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: ${MAX_SURGE}
      maxUnavailable: ${MAX_UNAVAILABLE}
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ${imageOf('v1')}
          ports:
            - containerPort: 3000
          envFrom:
            - configMapRef:
                name: web-config
            - secretRef:
                name: web-secrets
          resources:
            requests:
              cpu: ${POD_REQUESTS.cpu}m
              memory: ${POD_REQUESTS.memory}Mi
            limits:
              cpu: "${POD_LIMITS.cpu}"
          readinessProbe:
            httpGet:
              path: /up
              port: 3000
            periodSeconds: 5
`;

export const MANIFESTS: Readonly<Record<string, Manifest>> = {
  'configmap.yaml': {
    object: 'configmap/web-config',
    text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  RAILS_ENV: production
  RAILS_LOG_LEVEL: info
`,
    apply: () => [],
  },
  'deployment.yaml': {
    object: 'deployment.apps/web',
    text: deploymentText(),
    apply: (state) => (state.deployment.version === 'v1' ? [] : [{ type: 'deploy-version', version: 'v1' }]),
  },
  'service.yaml': {
    object: 'service/web',
    text: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 3000
`,
    apply: () => [],
  },
  'hpa.yaml': {
    object: 'horizontalpodautoscaler.autoscaling/web',
    text: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: ${HPA.minReplicas}
  maxReplicas: ${HPA.maxReplicas}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: ${HPA.targetUtilization}
`,
    apply: () => [],
  },
};
