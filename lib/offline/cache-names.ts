// The worker's own caches, besides Serwist's precache (which Serwist keeps in step with each build's
// manifest itself). Named after the build, so that activating a new build can tell every cache the
// old one left behind and delete it: a reader never gets a page or chunk from two builds at once.

const runtimePrefix = 'baeumteo-runtime-';

export function runtimeCaches(build: string) {
  return { pages: `${runtimePrefix}pages-${build}`, assets: `${runtimePrefix}assets-${build}` };
}

/** The worker's runtime caches on the device that belong to another build. Other caches are not ours to delete. */
export function outdatedCaches(existing: readonly string[], build: string): string[] {
  const current = new Set(Object.values(runtimeCaches(build)));
  return existing.filter((name) => name.startsWith(runtimePrefix) && !current.has(name));
}
