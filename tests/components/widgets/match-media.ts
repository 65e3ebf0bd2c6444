import { vi } from 'vitest';

// jsdom has no matchMedia; widgets ask it for prefers-reduced-motion (components/widgets/shared/use-reduced-motion.ts).
export function mockMatchMedia(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: reduce && query.includes('prefers-reduced-motion'),
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}
