export const site = {
  name: '컨테이너 배움터',
  description:
    '도커와 쿠버네티스를 처음 만나는 분을 위한 한국어 강의입니다. 직접 눌러 보는 그림으로 컨테이너가 실제로 하는 일을 배웁니다.',
  // The canonical origin for absolute URLs in metadata; set SITE_URL when deploying elsewhere.
  url: process.env.SITE_URL ?? 'http://localhost:3000',
} as const;

// Next.js replaces a parent's openGraph object instead of merging it, so every page spreads these in.
export const openGraphDefaults = { siteName: site.name, locale: 'ko_KR' } as const;

// The same goes for twitter: each page that sets a title spreads these in, or the large card is lost.
export const twitterDefaults = { card: 'summary_large_image' } as const;

/** An absolute URL on the site, for sitemaps and structured data that must not be relative. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, site.url).toString();
}
