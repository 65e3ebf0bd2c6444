// Edited manifests: YAML, the Kubernetes schema and the API server's validation, with kubectl's
// words for every failure. Loaded only with the manifest editor (it carries the yaml package and
// the generated schema validators); the terminal reads the verdict the editor stored with the file.
export { checkManifest } from './check';
export { parseYaml } from './yaml-source';
