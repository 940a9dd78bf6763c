// The site is installable: Chromium reports no installability error, the manifest has what an
// app needs, and every declared icon exists at its declared size.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../playwright.config';
import { expect, pngSize, test } from './fixtures';

test.describe('installable', () => {
  test.skip(({ isMobile }) => isMobile, 'the manifest is the same for every screen; once is enough');

  test('the manifest has the fields an app needs and every icon has its declared size', async ({ page, request }) => {
    await page.goto('./');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('manifest.webmanifest');
    const res = await request.get(href!);
    expect(res.headers()['content-type']).toContain('application/manifest+json');
    const manifest = await res.json();
    for (const field of [
      'name',
      'short_name',
      'description',
      'start_url',
      'scope',
      'display',
      'theme_color',
      'background_color',
      'lang',
      'icons',
    ]) {
      expect(manifest[field], field).toBeTruthy();
    }
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveCount(1);
    await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveCount(1);

    const purposes = new Set<string>();
    for (const icon of manifest.icons) {
      const file = await request.get(icon.src);
      expect(file.ok(), icon.src).toBe(true);
      purposes.add(`${icon.purpose}:${icon.sizes}`);
      if (icon.type === 'image/png') {
        const [w, h] = pngSize(await file.body());
        expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
      } else {
        expect(icon.type).toBe('image/svg+xml');
        expect(await file.text()).toContain('<svg');
      }
    }
    for (const wanted of ['any:192x192', 'any:512x512', 'maskable:192x192', 'maskable:512x512', 'any:any']) {
      expect([...purposes]).toContain(wanted);
    }
  });

  test("Chromium's DevTools protocol reports no installability errors", async ({ baseURL }) => {
    // Playwright's usual contexts are off the record, where Chromium never offers to
    // install ("in-incognito"); a reader's browser has a profile, so test with one.
    const profile = mkdtempSync(path.join(tmpdir(), 'explainer-install-'));
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, headless: true, baseURL });
    try {
      const page = await context.newPage();
      await page.goto('./');
      await page.evaluate(() => navigator.serviceWorker.ready);
      const client = await context.newCDPSession(page);
      const { installabilityErrors } = await client.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
