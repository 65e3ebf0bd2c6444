'use client';

import { useEffect } from 'react';

/** The contents' links; both copies (the sidebar and the phone's box) are marked. */
const tocLinks = 'nav[aria-label="이 장의 내용"] a[href^="#"]';

// The table of contents marks the section the reader is in (aria-current="location"): the last
// heading whose top has passed the first third of the screen, or the first one before any has.
// Read on scroll, once per frame, straight from the DOM: nothing re-renders. A chapter's sections
// are laid out only near the screen (content-visibility, lib/mdx/rehype-sections.ts), and asking
// where a heading inside a section not laid out is lays the section out: so the sections' own boxes
// are read first, and only the headings of the one the line is in.
export function MarkCurrentSection() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(tocLinks)];
    const ids = [...new Set(links.map((link) => targetOf(link)))];
    const headings = ids.map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => heading !== null);
    if (headings.length === 0) return;
    const boxOf = new Map(headings.map((heading) => [heading, heading.closest('[data-section]') ?? heading]));
    const sections = [...new Set(boxOf.values())];
    let frame = 0;
    let current = '';
    const mark = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      const passed = (element: Element) => element.getBoundingClientRect().top <= line;
      const section = sections.filter(passed).at(-1);
      const reached = headings.filter((heading) => boxOf.get(heading) === section && passed(heading)).at(-1);
      const id = (reached ?? headings.find((heading) => boxOf.get(heading) === section) ?? headings[0])?.id ?? '';
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
