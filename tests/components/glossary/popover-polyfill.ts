// jsdom has no Popover API; enough of one for the popover component to run: show and hide, each
// announced by a toggle event with its new state, as browsers do. jsdom's own style sheet hides every
// [popover] (its :popover-open never matches), so a shown one is displayed by an inline style.
const shown = new WeakSet<HTMLElement>();

export function polyfillPopover() {
  const proto = HTMLElement.prototype;
  if (typeof proto.showPopover === 'function') return;
  proto.showPopover = function showPopover(this: HTMLElement) {
    if (shown.has(this)) return;
    shown.add(this);
    this.style.display = 'block';
    this.dispatchEvent(Object.assign(new Event('toggle'), { newState: 'open' }));
  };
  proto.hidePopover = function hidePopover(this: HTMLElement) {
    if (!shown.has(this)) return;
    shown.delete(this);
    this.style.removeProperty('display');
    this.dispatchEvent(Object.assign(new Event('toggle'), { newState: 'closed' }));
  };
}

export function isShown(element: HTMLElement): boolean {
  return shown.has(element);
}
