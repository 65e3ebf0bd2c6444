// Debian's Chromium, never a downloaded browser; flags keep it off a network this machine doesn't have.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Shared by the browser tests and the bench and screenshot tools (scripts/bench/).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
