// The worker's own cache, besides Serwist's precache (which Serwist keeps in step with each build's
// manifest itself): /_next/static/ files a page asked for that the manifest did not list. Named after
// the build, so that activating a new build can tell every cache an old one left behind and delete it.

const runtimePrefix = 'baeumteo-runtime-';

export function runtimeCaches(build: string) {
  return { assets: `${runtimePrefix}assets-${build}` };
}

/** The worker's runtime caches on the device that belong to another build. Other caches are not ours to delete. */
export function outdatedCaches(existing: readonly string[], build: string): string[] {
  const current = new Set(Object.values(runtimeCaches(build)));
  return existing.filter((name) => name.startsWith(runtimePrefix) && !current.has(name));
}
