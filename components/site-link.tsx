import Link from 'next/link';
import type { ComponentProps } from 'react';

// Every page is a static file the service worker precaches, so prefetching a link's page when the
// link scrolls into view only downloads and decodes that page's payload a second time, on the main
// thread, while the reader's own page is still loading. A click fetches it then (from the cache).
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
