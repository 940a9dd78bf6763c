// Browser tests of the built site (dist/), run by scripts/test.sh after `trunk build --release`.
// Uses Debian's Chromium: Playwright's own browser builds cannot be downloaded here
// (never run `npx playwright install`).

import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { ADDRESSED, ADDRESSED_PORT, HOSTS, HOSTS_PORT, SITE_PORT as PORT, SITE } from './tests/e2e/hosts/origins';

const BASE_URL = `${SITE}/`;

// Debian's Chromium with the project's closed-network flags (scripts/chromium.mjs).
// Playwright adds --headless itself and runs each browser with a fresh user-data-dir.
export const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/playwright/results',
  reporter: [['list'], ['html', { outputFolder: 'target/playwright/report', open: 'never' }]],
  workers: 2,
  retries: 0,
  // A timeout only stops a test that hangs; it measures nothing (speed is the benchmark's).
  // An axe scan of the whole Japanese or Korean page, in both color schemes, takes about
  // 20 s on a 2-core machine, close to Playwright's default of 30 s.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    launchOptions,
    // Headless Chromium advances smooth scrolling (the stylesheet's `scroll-behavior:
    // smooth`) only as it paints, and often leaves it half done; tests that assert where
    // the page scrolled to would then depend on timing. Reduced motion turns it off, the
    // way a reader who asked for it gets the page.
    contextOptions: { reducedMotion: 'reduce' },
  },
  webServer: [
    {
      // E2E_DIST serves another build (a second checkout, a preview) with the same tests.
      command: `node scripts/serve.mjs ${process.env.E2E_DIST ?? 'dist'} ${PORT}`,
      url: BASE_URL,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      timeout: 30_000,
    },
    {
      // A newsroom's site on another origin, with the host pages the embed specs put the
      // explainer into (tests/e2e/hosts/). E2E_HOSTS_PORT picks its port (default E2E_PORT + 1).
      command: `node tests/e2e/hosts/serve.mjs ${HOSTS_PORT}`,
      url: `${HOSTS}/`,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      timeout: 30_000,
    },
    // The build with a public address at that address (scripts/test.sh builds it), for the
    // specs of what editors read from it: oEmbed in a host page and in a real WordPress. A
    // run of other specs works without it.
    ...(existsSync('target/site-with-address')
      ? [
          {
            command: `node scripts/serve.mjs target/site-with-address ${ADDRESSED_PORT}`,
            url: `${ADDRESSED}/`,
            reuseExistingServer: false,
            stdout: 'pipe' as const,
            stderr: 'pipe' as const,
            timeout: 30_000,
          },
        ]
      : []),
  ],
  projects: [
    {
      name: 'desktop',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions,
      },
    },
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        launchOptions,
      },
    },
  ],
});
