import { readIndexFile, searchIndexPath, type LoadedSearch } from '@/lib/search/index-file';

let loading: Promise<LoadedSearch> | undefined;

/** Downloads and reads the index once per page; a failed attempt is forgotten so reopening retries. */
export function loadSearch(): Promise<LoadedSearch> {
  loading ??= fetch(searchIndexPath)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    })
    .then(readIndexFile)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
