import { componentProps } from '@/components/mdx/component-props';
import { buildSearchIndex } from '@/lib/search/build-index';

// Written once at build time (a static file under `output: 'export'` too) and downloaded only
// when a reader opens the search dialog.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await buildSearchIndex(componentProps));
}
