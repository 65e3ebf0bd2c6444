// Copies text, falling back to a hidden textarea where the async Clipboard API is missing
// (plain-HTTP origins, older WebViews). Resolves false instead of throwing, so callers only say so.
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not focused: try the old way below.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

/** The page's address without its fragment or query: what a reader means by "this chapter". */
export function pageUrl(): string {
  return `${location.origin}${location.pathname}`;
}
