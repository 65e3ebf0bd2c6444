import { ImageResponse } from 'next/og';
import { missingGlyphs, ogFontFor, ogFontName } from '@/lib/og/og-font';
import { site } from '@/lib/site';

export const ogSize = { width: 1200, height: 630 } as const;

// The site's light theme (app/globals.css): Satori has no CSS variables, so the values are copied.
const colors = {
  bg: '#ffffff',
  fg: '#0f172a',
  muted: '#475569',
  surface: '#f1f5f9',
  line: '#e2e8f0',
  accent: '#2563eb',
  accentStrong: '#1d4ed8',
  accentSoft: '#eff6ff',
};

type Card = { kicker: string; title: string; description: string };

/** The link-preview image for a page: logo and site name, a kicker, the Korean title and summary. */
export async function renderOgCard({ kicker, title, description }: Card): Promise<ImageResponse> {
  const text = [site.name, kicker, title, description].join('');
  // A title the font cannot draw would ship a preview with blank boxes; fail the build instead.
  const missing = await missingGlyphs(text);
  if (missing.length > 0) {
    throw new Error(`Preview image for “${title}”: the font in assets/fonts lacks ${missing.map((c) => `“${c}”`).join(', ')}.`);
  }
  const font = await ogFontFor(text);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: colors.bg,
        fontFamily: ogFontName,
        color: colors.fg,
      }}
    >
      <div style={{ display: 'flex', height: 16, background: colors.accentStrong }} />
      <div style={{ display: 'flex', flex: 1, flexDirection: 'column', padding: '56px 72px 64px' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
          <Logo size={72} />
          <span style={{ fontSize: 38, letterSpacing: '-0.01em' }}>{site.name}</span>
        </div>
        <div style={{ display: 'flex', flex: 1, flexDirection: 'column', justifyContent: 'flex-end' }}>
          <span
            style={{
              display: 'flex',
              alignSelf: 'flex-start',
              padding: '8px 20px',
              borderRadius: 999,
              background: colors.accentSoft,
              color: colors.accentStrong,
              fontSize: 32,
            }}
          >
            {kicker}
          </span>
          <span
            style={{
              marginTop: 24,
              fontSize: titleSize(title),
              lineHeight: 1.15,
              letterSpacing: '-0.02em',
              wordBreak: 'keep-all',
            }}
          >
            {title}
          </span>
          <span
            style={{ marginTop: 28, fontSize: 32, lineHeight: 1.5, color: colors.muted, wordBreak: 'keep-all', lineClamp: 2 }}
          >
            {description}
          </span>
        </div>
      </div>
    </div>,
    { ...ogSize, fonts: [{ name: ogFontName, data: font, weight: 700, style: 'normal' }] },
  );
}

// Long titles (Docker Desktop (Mac/Windows)) step down so they keep to one line at 1200 px.
function titleSize(title: string): number {
  if (title.length <= 12) return 88;
  return title.length <= 20 ? 72 : 60;
}

// The same mark as app/icon.svg, so the preview and the browser tab look alike.
function Logo({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="7" fill={colors.accentStrong} />
      <rect x="5" y="15" width="7" height="6" rx="1.2" fill="#fff" />
      <rect x="12.5" y="15" width="7" height="6" rx="1.2" fill="#bfdbfe" />
      <rect x="20" y="15" width="7" height="6" rx="1.2" fill="#fff" />
      <rect x="12.5" y="8" width="7" height="6" rx="1.2" fill="#fff" />
      <path d="M4 23h24l-2.5 3.5h-19z" fill="#fff" />
    </svg>
  );
}
