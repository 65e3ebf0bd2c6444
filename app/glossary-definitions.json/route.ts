import { toDefinitionsFile } from '@/components/glossary/definitions';
import { glossary } from '@/content/glossary';

// Written once at build time (a static file under `output: 'export'`) and fetched only when a
// reader first hovers, focuses or taps a glossary term in a chapter.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(toDefinitionsFile(glossary));
}
