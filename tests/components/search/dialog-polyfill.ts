// jsdom has no modal dialogs; enough of one for the components to run: open/close and the close event.
export function polyfillDialog() {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
