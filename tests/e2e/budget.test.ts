import { describe, expect, it } from 'vitest';
import { chapterSlugs } from '../../content/manifest';
import { measurePage } from '@/lib/chromium/measure-page';
import { baseURL } from './browser';

// Bytes, not time: the budget a chapter page may load before fonts (which are the system's).
const budget = { js: 170 * 1024, total: 300 * 1024 };

describe('page weight budget', () => {
  it.each(chapterSlugs)('/learn/%s stays within the JavaScript and total budgets', async (slug) => {
    const weight = await measurePage(`${baseURL}/learn/${slug}`);
    // A page measured before its scripts arrived would pass vacuously.
    expect(weight.scripts).toBeGreaterThan(0);
    expect(weight.js).toBeLessThanOrEqual(budget.js);
    expect(weight.total).toBeLessThanOrEqual(budget.total);
  });
});
