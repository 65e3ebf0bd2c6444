'use client';

import { useEffect } from 'react';

/** The contents' links; both copies (the sidebar and the phone's box) are marked. */
const tocLinks = 'nav[aria-label="이 장의 내용"] a[href^="#"]';

// The table of contents marks the section the reader is in (aria-current="location"): the last
// heading whose top has passed the first third of the screen, or the first one before any has.
// Read on scroll, once per frame, straight from the DOM: nothing re-renders.
export function MarkCurrentSection() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(tocLinks)];
    const ids = [...new Set(links.map((link) => targetOf(link)))];
    const headings = ids.map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => heading !== null);
    if (headings.length === 0) return;
    let frame = 0;
    let current = '';
    const mark = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      const reached = headings.filter((heading) => heading.getBoundingClientRect().top <= line).at(-1) ?? headings[0];
      const id = reached?.id ?? '';
      if (id === current) return;
      current = id;
      for (const link of links) {
        if (targetOf(link) === id) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(mark);
    };
    mark();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);
  return null;
}

// The id the link points at, as the page wrote it (`link.hash` would be percent-encoded).
function targetOf(link: HTMLAnchorElement): string {
  return (link.getAttribute('href') ?? '').slice(1);
}
