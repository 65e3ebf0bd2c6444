// `/` and Ctrl/⌘+K open search, except while the reader is typing somewhere: then `/` is a
// character and Ctrl+K belongs to the field.
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    // Radios, checkboxes and buttons take no text, so the shortcut still works from them.
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return false;
  if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) return true;
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}
