'use client';

import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { fragmentId } from '@/lib/browser/safe-decode';
import { loadDefinitions, type GlossaryDefinition } from './definitions';
import { TextWithCode } from './inline-code';

export const glossaryPopoverId = 'glossary-popover';
const definitionId = 'glossary-popover-definition';
// The one link the popover sits beside carries this anchor name while it is shown.
const anchorName = '--glossary-term';
// A pointer passing over a term on its way elsewhere opens nothing; one leaving for the popover
// crosses the small gap between them before it closes (WCAG 1.4.13: the popover is hoverable).
const hoverOpenDelay = 200;
const hoverCloseDelay = 300;

type Shown = { id: string; entry: GlossaryDefinition };
type Opened = { link: HTMLAnchorElement; via: 'focus' | 'hover' | 'tap' };

function termLink(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a.glossary-link') : null;
}

function contains(element: Element | null | undefined, target: EventTarget | null): boolean {
  return target instanceof Node && element?.contains(target) === true;
}

// Hint popovers (hover and focus help) leave an open menu or dialog alone; where a browser does not
// know them yet, an auto popover behaves the same for this one (Escape and a tap elsewhere close it).
function popoverType(element: HTMLElement): 'hint' | 'auto' {
  element.popover = 'hint';
  return element.popover === 'hint' ? 'hint' : 'auto';
}

/**
 * The definition of a glossary term, shown where the term is: on hover, on keyboard focus and on a
 * first tap (a second tap, or 용어집에서 보기 inside, follows the link). One listener set for every
 * term on the page (remark-glossary-links.ts marks them). The link stays a plain link to /glossary:
 * without JavaScript, or without the Popover API, nothing here runs and the link just navigates.
 * While the popover is shown the term is described by the definition (aria-describedby), and focus
 * never leaves the term: the popover is in the top layer, anchored to it, so nothing on the page moves.
 */
export function GlossaryPopover() {
  const popoverRef = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const popover = popoverRef.current;
    if (!popover || typeof popover.showPopover !== 'function') return;
    popover.popover = popoverType(popover);

    let opened: Opened | null = null;
    // The link the reader is reaching for right now; a load that finishes after they moved on shows nothing.
    let reaching: HTMLAnchorElement | null = null;
    let keyboard = true;
    let touchDown: { link: HTMLAnchorElement | null; wasOpen: boolean } | null = null;
    let openTimer: ReturnType<typeof setTimeout> | undefined;
    let closeTimer: ReturnType<typeof setTimeout> | undefined;
    let prefetched = false;

    const prefetch = () => {
      if (prefetched) return;
      prefetched = true;
      loadDefinitions().catch(() => {});
    };

    const detach = () => {
      if (!opened) return;
      opened.link.removeAttribute('aria-describedby');
      opened.link.style.removeProperty('anchor-name');
      opened = null;
    };

    const close = () => {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      reaching = null;
      detach();
      // A no-op when it is already hidden (light dismiss may have closed it first).
      popover.hidePopover();
    };

    const open = async (link: HTMLAnchorElement, via: Opened['via']) => {
      if (opened?.link === link) {
        // Shown on hover and now focused: it stays until focus leaves, wherever the pointer goes.
        if (via === 'focus') opened.via = via;
        return;
      }
      reaching = link;
      const id = fragmentId(link.hash);
      const entry = await loadDefinitions().then(
        (definitions) => definitions.get(id),
        () => undefined,
      );
      if (reaching !== link) return;
      if (!entry) {
        // A tap held back the navigation to show the definition; with none to show, go on to the glossary.
        if (via === 'tap') window.location.assign(link.href);
        reaching = null;
        return;
      }
      close();
      flushSync(() => setShown({ id, entry }));
      link.style.setProperty('anchor-name', anchorName);
      link.setAttribute('aria-describedby', definitionId);
      opened = { link, via };
      popover.showPopover();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      keyboard = true;
      if (event.key === 'Escape' && opened) close();
    };

    const onPointerDown = (event: PointerEvent) => {
      keyboard = false;
      const link = event.pointerType === 'touch' ? termLink(event.target) : null;
      // Read before the popover's light dismiss closes it on this same tap.
      touchDown = event.pointerType === 'touch' ? { link, wasOpen: link !== null && opened?.link === link } : null;
      if (link) prefetch();
    };

    const onClick = (event: MouseEvent) => {
      const link = termLink(event.target);
      const down = touchDown;
      touchDown = null;
      if (!link || down?.link !== link || down.wasOpen) return;
      event.preventDefault();
      void open(link, 'tap');
    };

    const onFocusIn = (event: FocusEvent) => {
      // A keyboard reader tabs through the header first, so the definitions are usually here before
      // the first term is reached (and its description is read with it).
      prefetch();
      const link = termLink(event.target);
      if (link && keyboard) void open(link, 'focus');
    };

    const onFocusOut = (event: FocusEvent) => {
      const link = termLink(event.target);
      if (!link) return;
      if (reaching === link && opened?.link !== link) reaching = null;
      if (opened?.link === link && opened.via === 'focus' && !contains(popover, event.relatedTarget)) close();
    };

    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const link = termLink(event.target);
      if (link || contains(popover, event.target)) clearTimeout(closeTimer);
      if (!link || opened?.link === link) return;
      prefetch();
      clearTimeout(openTimer);
      openTimer = setTimeout(() => void open(link, 'hover'), hoverOpenDelay);
    };

    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const link = termLink(event.target);
      if (!link && !contains(popover, event.target)) return;
      const to = event.relatedTarget;
      if (contains(popover, to) || contains(link, to) || contains(opened?.link, to)) return;
      clearTimeout(openTimer);
      if (reaching === link && opened?.link !== link) reaching = null;
      if (opened?.via === 'hover') {
        clearTimeout(closeTimer);
        closeTimer = setTimeout(close, hoverCloseDelay);
      }
    };

    // Escape and a tap or click elsewhere close the popover by themselves (light dismiss). A hide
    // and show in one task (moving to another term) arrive as a single toggle whose new state is open.
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'closed') detach();
    };

    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    popover.addEventListener('toggle', onToggle);
    return () => {
      close();
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      popover.removeEventListener('toggle', onToggle);
    };
  }, []);

  return (
    <div
      ref={popoverRef}
      id={glossaryPopoverId}
      popover="auto"
      className={
        // Without anchor positioning it sits at the foot of the screen; with it, just below (or above) the term.
        'fixed inset-x-2 top-auto bottom-2 m-auto w-max max-w-[min(22rem,calc(100vw-1rem))] rounded-lg border border-line ' +
        'bg-bg px-4 py-3 text-left text-sm leading-6 text-fg shadow-lg transition-opacity duration-150 ' +
        'motion-reduce:transition-none starting:open:opacity-0 print:hidden ' +
        'supports-[anchor-name:--a]:inset-auto supports-[anchor-name:--a]:mx-2 supports-[anchor-name:--a]:my-1.5 ' +
        'supports-[anchor-name:--a]:[position-anchor:--glossary-term] ' +
        'supports-[anchor-name:--a]:[position-area:block-end_span-all] ' +
        'supports-[anchor-name:--a]:[position-try-fallbacks:flip-block]'
      }
    >
      {shown && (
        <>
          <p className="font-bold">
            {shown.entry.term}
            {shown.entry.english !== shown.entry.term && (
              <span lang="en" className="ml-2 font-normal text-muted">
                {shown.entry.english}
              </span>
            )}
          </p>
          <p id={definitionId} className="mt-1">
            <TextWithCode text={shown.entry.definition} />
          </p>
          <a
            href={`/glossary#${shown.id}`}
            className="mt-1 inline-block py-1 font-semibold text-accent-strong underline underline-offset-2"
          >
            용어집에서 보기
          </a>
        </>
      )}
    </div>
  );
}
