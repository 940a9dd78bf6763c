// Debian's Chromium, as every tool of this project launches it (Playwright, the icon and
// share-image scripts, the Lighthouse benchmark): as root, headless, on a closed network
// (../shared/TOOLCHAIN.md, trap 5). Without the background-networking flags Chromium floods
// the network with refused connections. Headless mode is each tool's own flag.
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
