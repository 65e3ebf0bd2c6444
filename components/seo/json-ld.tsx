import { serializeJsonLd } from '@/lib/seo/structured-data';

// A data block, not a script: browsers never run it, so the strict CSP needs no hash for it.
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
