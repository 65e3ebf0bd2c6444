import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';

// Written once at build time (out/manifest.webmanifest), so a static export serves it as a plain file.
export const dynamic = 'force-static';

// A manifest has one theme colour; the pages' <meta name="theme-color"> pair (app/layout.tsx) gives
// the dark one, and browsers prefer those tags over this while a page is open.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: '배움터',
    description: site.description,
    lang: 'ko',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    id: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#ffffff',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
