'use client';

import dynamic from 'next/dynamic';

// The registry is shared by every chapter page, so a widget imported there directly would ship
// its code to all of them. Loaded this way, only pages that render <Orchestrator> fetch it; the
// server still renders it, so the still figure and transcript are in the HTML.
export const Orchestrator = dynamic(() => import('./orchestrator').then((m) => m.Orchestrator));
