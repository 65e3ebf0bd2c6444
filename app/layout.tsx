import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/layout/skip-link';
import { ServiceWorkerUpdates } from '@/components/offline/service-worker-updates';
import { openGraphDefaults, site, twitterDefaults } from '@/lib/site';
import { themeScript } from '@/lib/theme/theme-script';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  openGraph: { ...openGraphDefaults, type: 'website' },
  twitter: twitterDefaults,
  // Listed here, not left to the app/icon.svg convention, which Next drops once `icons` is set. The
  // SVG is the tab icon; favicon.ico and the touch icon (public/, scripts/icons/make-icons.ts) are
  // for browsers and phones that want a bitmap, some of which ask for them by name at the root.
  icons: {
    icon: [
      { url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
    ],
    apple: '/apple-touch-icon.png',
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before hydration, so the attribute differs from the server's by design.
    <html lang="ko" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh antialiased">
        <SkipLink />
        {children}
        <ServiceWorkerUpdates />
      </body>
    </html>
  );
}
