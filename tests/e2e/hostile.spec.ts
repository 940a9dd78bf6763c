// What a hostile editor, host page, frame or client could do to the explainer (issue 24), and
// what must hold all the same:
//   * pages built from data whose texts try to end or hide a script read whole, styled and
//     taken over (scripts/hostile-site.mjs builds them, scripts/test.sh runs it);
//   * a link with any number of unknown parameters gets a short notice;
//   * a giant message from any frame is not copied into an embed's wasm;
//   * the embed code frames only the explainer's embeds, and only the reader's own moves add
//     steps to the article's history;
//   * raw HTTP requests the local server could trip on get a quick, confined answer, and
//     every spelling of a path gets the build's one compressed file;
//   * a half-deployed update (a new sw.js beside the old pages) never installs.
// Each test starts the servers it needs on free ports and stops them, so nothing it does
// (a server hung by a request, a worker of another build) reaches another spec.

import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Locator } from '@playwright/test';
import { expect, test, watch } from './fixtures';
import { HOSTS, SITE, SITE_PORT, THIRD } from './hosts/origins';
import { rebuildWorker, serveAnywhere } from './servers';
import { fill, strings } from './site';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.resolve(ROOT, process.env.E2E_DIST ?? 'dist');
const HOSTILE_SITE = path.join(ROOT, 'target', 'site-hostile');
const en = strings('en');

/** Stops a server for good, even one whose event loop a request has hung. */
function stopHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill();
    setTimeout(() => child.kill('SIGKILL'), 2000).unref();
  });
}

/**
 * A page in a browser context of its own, for a site on another address than the specs' (the
 * `page` fixture holds pages to the specs' server), watched by the fixtures' checks: no request
 * but to that site and `origins`, no console error or warning, no uncaught exception, no
 * policy violation. `problems()` lists any.
 */
async function ownPage(browser: Browser, baseURL: string, origins: string[] = []) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const { problems } = await watch(page, { siteOrigin: new URL(baseURL).origin, alsoAllowedOrigins: origins });
  return { context, page, problems };
}

/** The document inside an iframe of the article, once the wasm has taken it over. */
async function liveFrame(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  await expect(frame.locator('html.live')).toBeAttached();
  return frame;
}

test.describe('hostile inputs', () => {
  test.skip(({ isMobile }) => isMobile, 'what is checked here is the same on every screen; once is enough');

  test.describe('data whose texts try to end or hide a script', () => {
    let server: Awaited<ReturnType<typeof serveAnywhere>>;
    test.beforeAll(async () => {
      if (!existsSync(path.join(HOSTILE_SITE, 'index.html'))) {
        throw new Error(`${HOSTILE_SITE} is missing: build it with node scripts/hostile-site.mjs (scripts/test.sh does)`);
      }
      server = await serveAnywhere(HOSTILE_SITE);
    });
    test.afterAll(async () => server && (await stopHard(server.child)));

    const published = () => JSON.parse(readFileSync(path.join(HOSTILE_SITE, 'data', 'dispute.json'), 'utf8'));

    for (const [lang, dir] of [
      ['en', './'],
      ['ja', './ja/'],
      ['ko', './ko/'],
    ] as const) {
      test(`the ${lang} page reads whole, styled and taken over, with the texts as written in its head`, async ({ browser }) => {
        const data = published();
        const title: string = data.meta.title[lang];
        const licence: string = data.meta.licence[lang];
        const reports: string[] = data.sources.map((s: { title: Record<string, string> }) => s.title[lang]);
        // The copy is hostile indeed (scripts/hostile-site.mjs).
        expect(title).toContain('<!--<script>');
        expect(title).toContain('</script>');
        for (const text of [licence, ...reports]) expect(text).toContain('</script>');

        const { context, page, problems } = await ownPage(browser, server.url);
        try {
          await page.goto(dir);
          // Everything after the head is there: the title, every section and the footer.
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
          for (const id of ['overview', 'timeline', 'positions', 'foundation', 'gaps', 'whos-who', 'glossary', 'sources']) {
            await expect(page.locator(`section#${id} h2`)).toBeAttached();
          }
          await expect(page.locator('footer')).toBeVisible();
          // Styled by the page's own stylesheet (the browser's default body margin is 8px).
          expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
          await expect(page.locator('html.live')).toBeAttached();

          // The page as the HTML parser reads it when served (before boot.js adds the app's
          // module): its head holds its two scripts, its body none, and the texts exactly: as
          // element text, in attributes and in the JSON-LD.
          const parsed = await page.evaluate(async () => {
            const doc = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
            return [
              doc.head.querySelectorAll('script').length,
              doc.body.querySelectorAll('script').length,
              doc.querySelectorAll('body section').length,
            ];
          });
          expect(parsed).toEqual([2, 0, 8]);
          expect(await page.title()).toBe(title);
          await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
          await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('title', title);
          const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
          expect(ld.headline).toBe(title);
          expect(ld.license).toBe(licence);
          expect(ld.isBasedOn.map((r: { name: string }) => r.name)).toEqual(reports);
          expect(problems()).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }

    test('an embed reads whole and taken over, and the embed code names the frame with the title as text', async ({ browser }) => {
      const title: string = published().meta.title.en;
      const { context, page, problems } = await ownPage(browser, server.url);
      try {
        await page.goto('./embed/gaps.html');
        expect(await page.title()).toBe(`${en.sections[4]} — ${title}`);
        await expect(page.locator('html.live')).toBeAttached();
        await expect(page.locator('section#gaps h2')).toBeVisible();
        // The embed code dialog of the page writes the title into an attribute of its snippet.
        await page.goto('./#gaps');
        await expect(page.locator('html.live')).toBeAttached();
        await page.getByRole('button', { name: `${en.embed_button} ${en.sections[4]}` }).click();
        const escaped = title.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
        const snippet = await page.getByRole('dialog').getByLabel(en.embed_script, { exact: true }).inputValue();
        expect(snippet).toContain(escaped);
        expect(snippet).not.toContain(title);
        expect(problems()).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  test('a link with hundreds of unknown parameters lists the first ten and counts the rest', async ({ page }) => {
    // Offline the worker answers any query, however long; here the server's limit allows 400.
    const unknown = Array.from({ length: 400 }, (_, i) => `p${i}=${i}`);
    await page.goto(`./?${unknown.join('&')}&p3=again&by=party#positions`);
    await expect(page.locator('html.live')).toBeAttached();
    const notice = page.getByRole('status').filter({ hasText: en.unknown_setting });
    await expect(notice.locator('li')).toHaveCount(10);
    await expect(notice.locator('li').first()).toHaveText('p0=0');
    await expect(notice.locator('li').nth(3)).toHaveText('p3=3 ×2');
    await expect(notice).toContainText(fill(en.more_settings, { n: '390' }));
    // The setting after them still counts.
    await expect(page.locator('#positions article.party-card:visible')).toHaveCount(4);
  });

  test.describe('frames', () => {
    test.use({ alsoAllowedOrigins: [HOSTS, THIRD] });

    test('a giant message from the article or any frame is never copied into the embed', async ({ page }) => {
      // Each document's wasm memory, as wasm-bindgen instantiates it (boot.js compiles the
      // module first, so it is WebAssembly.instantiate(module) that makes the instance).
      await page.context().addInitScript(() => {
        const instantiate = WebAssembly.instantiate;
        WebAssembly.instantiate = async function (this: unknown, ...args: Parameters<typeof instantiate>) {
          const made = await (instantiate as (...a: unknown[]) => Promise<unknown>).apply(this, args);
          const instance = made instanceof WebAssembly.Instance ? made : (made as WebAssembly.WebAssemblyInstantiatedSource).instance;
          Object.assign(window, { wasmMemory: instance.exports.memory });
          return made;
        } as typeof instantiate;
      });
      await page.goto(`${HOSTS}/embedjs.html?${new URLSearchParams({ site: SITE, embed: 'embed/gaps.html' })}`);
      const iframe = page.locator('.wartime-labor-explainer iframe');
      await iframe.scrollIntoViewIfNeeded();
      const frame = await liveFrame(iframe);
      const memory = () => frame.evaluate(() => (window as unknown as { wasmMemory: WebAssembly.Memory }).wasmMemory.buffer.byteLength);
      const before = await memory();

      // 64 million characters, as a string and in the fields the embed reads, from the page
      // the embed is in (which it answers) and from a stranger's frame beside it.
      await frame.evaluate(() => {
        Object.assign(window, {
          received: new Promise((resolve) => addEventListener('message', (e) => e.data === 'sent' && resolve(true))),
        });
      });
      const post = () => {
        const big = 'x'.repeat(64_000_000);
        const embed = document.querySelector<HTMLIFrameElement>('.wartime-labor-explainer iframe')!.contentWindow!;
        for (const message of [
          big,
          `pymxPYMxexplainerxPYMxwidthxPYMx${big}`,
          { message: big, secret: big },
          { message: 'ready', secret: big },
        ]) {
          embed.postMessage(message, '*');
        }
        embed.postMessage('sent', '*');
      };
      await page.evaluate(post);
      // Messages from one window arrive in order: once `sent` has, the others were handled.
      await frame.evaluate(() => (window as unknown as { received: Promise<boolean> }).received);
      expect(await memory(), 'wasm memory after the article posted 64 MB strings').toBeLessThan(before + 8 * 1024 * 1024);
      expect(await frame.evaluate(() => document.documentElement.classList.contains('live'))).toBe(true);
    });
  });

  test.describe("the embed code on an article with readers' comments", () => {
    test.use({ alsoAllowedOrigins: [HOSTS, THIRD] });

    test("frames only the explainer's embeds, never an address a comment names", async ({ page }) => {
      const other = `http://localhost:${SITE_PORT}`; // the explainer's server, but another origin
      const bad = [
        `${THIRD}/attacker.html`,
        `${SITE}/`,
        `${SITE}/index.html`,
        `${SITE}/data/dispute.json`,
        `${SITE}/embed/../index.html`,
        `${SITE}/embed/%2e%2e/index.html`,
        `${SITE}/embed/gaps.html/../../sw.js`,
        `${SITE}/embedded/gaps.html`,
        `${SITE}/embed/sub/gaps.html`,
        `${other}/embed/gaps.html`,
        'javascript:parent.document.title="pwned"',
        'data:text/html,<p>x</p>',
        '//example.invalid/embed/gaps.html',
      ];
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      const query = new URLSearchParams({ site: SITE });
      for (const b of bad) query.append('bad', b);
      query.append('embed', 'embed/gaps.html');
      query.append('embed', 'ja/embed/timeline.html?theme=dark');
      await page.goto(`${HOSTS}/comments.html?${query}`);

      // The article's own two embeds are framed…
      const embeds = page.locator('#embeds iframe');
      await expect(embeds).toHaveCount(2);
      await expect(embeds.nth(1)).toHaveAttribute('src', `${SITE}/ja/embed/timeline.html?theme=dark`);
      await liveFrame(embeds.first());
      // …and no comment: each keeps its link, at its own height.
      const comments = page.locator('#comments .wartime-labor-explainer');
      await expect(comments).toHaveCount(bad.length);
      await expect(comments.locator('iframe')).toHaveCount(0);
      await expect(comments.getByRole('link', { name: 'A comment' })).toHaveCount(bad.length);
      for (const c of await comments.all()) await expect(c).not.toHaveAttribute('data-explainer-key');
      expect(page.frames()).toHaveLength(3);
      expect(requested.filter((u) => [THIRD, other, 'http://example.invalid'].includes(new URL(u).origin))).toEqual([]);
    });

    test('a host that lists the sites it frames gets exactly those', async ({ page }) => {
      // The host lists a third origin only (as a newsroom mirroring the explainer would):
      // embeds there are framed, the script's own site no longer is.
      await page.route(`${THIRD}/mirror/embed/gaps.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Mirror</title><p>The mirrored embed.</p>' }),
      );
      const query = new URLSearchParams({ site: SITE, sites: `${THIRD}/mirror` });
      query.append('embed', `${THIRD}/mirror/embed/gaps.html`);
      query.append('embed', `${SITE}/embed/timeline.html`);
      query.append('embed', `${THIRD}/embed/gaps.html`);
      await page.goto(`${HOSTS}/comments.html?${query}`);
      const embeds = page.locator('#embeds .wartime-labor-explainer');
      await expect(embeds.nth(0).locator('iframe')).toHaveAttribute('src', `${THIRD}/mirror/embed/gaps.html`);
      await expect(page.frameLocator('#embeds iframe').getByText('The mirrored embed.')).toBeVisible();
      await expect(embeds.locator('iframe')).toHaveCount(1);
    });

    test("only the reader's own move adds a step to the article's history; the embed's others replace it", async ({ page }) => {
      // The embed opens an event by itself once it is taken over, with no reader action
      // before it, as a page could make it do. (Playwright runs its scripts in a page, every
      // evaluate and expect, as user gestures: none may touch the article before that move.)
      await page.context().addInitScript(() => {
        // The article's history as it opened, read without an action of Playwright's.
        if (location.pathname.endsWith('/embedjs.html')) Object.assign(window, { opened: history.length });
        if (!location.pathname.endsWith('/embed/timeline.html')) return;
        addEventListener('DOMContentLoaded', () => {
          new MutationObserver((_, watch) => {
            if (!document.documentElement.classList.contains('live')) return;
            watch.disconnect();
            setTimeout(() => document.querySelector<HTMLDetailsElement>('#event-public-hearing > details')!.setAttribute('open', ''));
          }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
        });
      });
      // The article's address as opened, written out: read back from the page after `goto`,
      // it could already hold the embed's move on a busy machine (the embed starts as soon as
      // its frame has loaded, which is also when the article's load event lets `goto` return).
      const start = `${HOSTS}/embedjs.html?${new URLSearchParams({ site: SITE, embed: 'embed/timeline.html' })}`;
      await page.goto(start);
      // Waited for by its navigation event: an `expect` would run a script in the article
      // as a user gesture, and activate it.
      await page.waitForURL(`${start}#explainer=event-public-hearing`);
      const iframe = page.locator('.wartime-labor-explainer iframe');
      const frame = await liveFrame(iframe);
      // The reader's click: a step of its own.
      await iframe.scrollIntoViewIfNeeded();
      await frame.locator('#event-phone-call > details > summary').click();
      await expect(page).toHaveURL(`${start}#explainer=event-phone-call`);
      // One entry more than the article opened with: the click's. The embed's own move
      // replaced the article's address.
      const [opened, now] = await page.evaluate(() => [(window as unknown as { opened: number }).opened, history.length]);
      expect(now).toBe(opened + 1);
      await page.goBack();
      await expect(page).toHaveURL(`${start}#explainer=event-public-hearing`);
    });
  });

  test.describe('raw HTTP requests to the local server', () => {
    let copy: string;
    let server: Awaited<ReturnType<typeof serveAnywhere>>;
    // Set while a test has its own server: a test skipped before its beforeEach (on a
    // phone-sized project) has none to stop.
    let started = false;
    test.beforeEach(async () => {
      // A copy whose folder is named `dist`, so a sibling `distx` shares its name's start.
      copy = path.join(mkdtempSync(path.join(tmpdir(), 'explainer-raw-')), 'dist');
      cpSync(DIST, copy, { recursive: true });
      server = await serveAnywhere(copy);
      started = true;
    });
    test.afterEach(async () => {
      if (!started) return;
      started = false;
      await stopHard(server.child);
      rmSync(path.dirname(copy), { recursive: true, force: true });
    });

    type Raw = { status: number; headers: Record<string, string>; body: Buffer } | 'no answer';
    /**
     * Sends `target` exactly as written (no client resolves its `..` or `\`); 'no answer'
     * after `wait` ms (a hung server; a compression job on a busy machine may take seconds).
     */
    function raw(target: string, headers: Record<string, string> = {}, wait = 20_000): Promise<Raw> {
      const { port } = new URL(server.url);
      return new Promise((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          const lines = [
            `GET ${target} HTTP/1.1`,
            'Host: 127.0.0.1',
            'Connection: close',
            ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
          ];
          socket.write(`${lines.join('\r\n')}\r\n\r\n`);
        });
        const chunks: Buffer[] = [];
        socket.setTimeout(wait, () => {
          socket.destroy();
          resolve('no answer');
        });
        socket.on('data', (c) => chunks.push(c));
        socket.on('error', reject);
        socket.on('end', () => {
          const all = Buffer.concat(chunks);
          const split = all.indexOf('\r\n\r\n');
          const [statusLine, ...fields] = all.subarray(0, split).toString('latin1').split('\r\n');
          const parsed: Record<string, string> = {};
          for (const f of fields) parsed[f.slice(0, f.indexOf(':')).toLowerCase()] = f.slice(f.indexOf(':') + 1).trim();
          resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: all.subarray(split + 4) });
        });
      });
    }
    const status = (r: Raw) => (r === 'no answer' ? r : r.status);

    test('malformed and escaping paths get a quick 400 or 404, and the server keeps answering', async () => {
      const sibling = `/a%2f..%2f..%2f${path.basename(copy)}x%2fb/../index.html`;
      const cases: [string, number][] = [
        [sibling, 404],
        ['/x%ZZ/../index.html', 400],
        ['/%00/index.html', 400],
        ['/\\example.com/..', 404],
        ['/..%5cindex.html', 404],
        ['/ja/%2e%2e/index.html', 404],
        ['*', 400],
      ];
      for (const [target, expected] of cases) {
        const r = await raw(target);
        expect(status(r), target).toBe(expected);
        if (r !== 'no answer') expect(r.headers.location, target).toBeUndefined();
        // The server is still there for everyone else.
        expect(status(await raw('/')), `a page after ${target}`).toBe(200);
      }
      // Never a redirect to another host, however the path begins.
      for (const target of ['//example.com', '/\\example.com', '//ja']) {
        const r = await raw(target);
        if (r !== 'no answer' && r.headers.location) expect(r.headers.location, target).toMatch(/^\/[^/\\]/);
      }
    });

    test('a path is the file it names: its type and headers, whatever its spelling', async () => {
      for (const target of ['/index%2ehtml', '/%69ndex.html', '//index.html', 'http://127.0.0.1/index.html']) {
        const r = await raw(target);
        expect(status(r), target).toBe(200);
        if (r === 'no answer') continue;
        expect(r.headers['content-type'], target).toBe('text/html; charset=utf-8');
        expect(r.headers['content-security-policy'], target).toContain("'sha256-");
      }
      const r = await raw('/ja');
      expect(status(r)).toBe(301);
      if (r !== 'no answer') expect(r.headers.location).toBe('/ja/');
    });

    test("every spelling of a path gets the build's own brotli file", async () => {
      // The server compresses nothing: it sends the .br sibling scripts/serving.mjs wrote.
      const wasm = readdirSync(copy).find((f) => f.endsWith('_bg.wasm'))!;
      const built = readFileSync(path.join(copy, `${wasm}.br`));
      const encoded = (i: number) => `/${[...wasm].map((c, j) => (j === i ? `%${c.charCodeAt(0).toString(16)}` : c)).join('')}`;
      for (const s of [`/${wasm}`, `//${wasm}`, `///${wasm}`, ...Array.from({ length: 4 }, (_, i) => encoded(i))]) {
        const r = await raw(s, { 'Accept-Encoding': 'br' });
        expect(status(r), s).toBe(200);
        if (r === 'no answer') continue;
        expect(r.headers['content-encoding'], s).toBe('br');
        expect(r.body.equals(built), s).toBe(true);
      }
    });
  });

  test.describe('an update deployed by halves', () => {
    test('a new sw.js beside the old pages never installs: the old build keeps serving, online and offline', async ({ browser }) => {
      // Two installs of a whole build, on a machine that may be busy.
      test.setTimeout(180_000);
      // Build A: a copy of the build, served and installed. Build B: A with its wasm renamed
      // (a new hashed name, as any change makes), a marker on its pages and its own worker.
      const work = mkdtempSync(path.join(tmpdir(), 'explainer-halves-'));
      const a = path.join(work, 'a');
      const b = path.join(work, 'b');
      const site = path.join(work, 'site');
      cpSync(DIST, a, { recursive: true });
      cpSync(DIST, b, { recursive: true });
      const wasmA = readdirSync(a).find((f) => f.endsWith('_bg.wasm'))!;
      const wasmB = wasmA.replace('_bg.wasm', 'b_bg.wasm');
      renameSync(path.join(b, wasmA), path.join(b, wasmB));
      const pages = (dir: string): string[] =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .map((f) => path.join(dir, f));
      for (const file of pages(b)) {
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replaceAll(wasmA, wasmB).replace('<body>', '<body><p id="build-marker">Build B</p>'),
        );
      }
      await rebuildWorker(b);
      cpSync(a, site, { recursive: true });

      const server = await serveAnywhere(site);
      const { context, page, problems } = await ownPage(browser, server.url);
      try {
        await page.goto('./#timeline');
        await expect(page.locator('html.live')).toBeAttached();
        await page.evaluate(() => navigator.serviceWorker.ready);
        await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
        const cachesA = await page.evaluate(() => caches.keys());

        // Half of B deployed: its files and worker are up, A's wasm is gone, but the pages
        // are still A's (the upload of the pages has not happened yet).
        cpSync(b, site, { recursive: true, filter: (src) => !src.endsWith('.html') });
        rmSync(path.join(site, wasmA));
        await page.evaluate(async () => {
          const registration = (await navigator.serviceWorker.getRegistration())!;
          await registration.update().catch(() => {});
        });
        // The new worker's install fails on A's pages (their bytes are not B's): nothing
        // waits, and the page offers no update.
        await expect
          .poll(
            () =>
              page.evaluate(async () => {
                const r = (await navigator.serviceWorker.getRegistration())!;
                return [Boolean(r.installing), Boolean(r.waiting)];
              }),
            { timeout: 60_000, message: 'a worker installing or waiting' },
          )
          .toEqual([false, false]);
        await expect(page.locator('#update-prompt')).toHaveCount(0);
        expect(await page.evaluate(() => caches.keys())).toEqual(cachesA);

        // A reload and going offline both get build A, whole: its page, its wasm, its controls.
        for (const offline of [false, true]) {
          await context.setOffline(offline);
          await page.reload();
          await expect(page.locator('html.live')).toBeAttached();
          await expect(page.locator('#build-marker')).toHaveCount(0);
          const by = page.locator('#positions').getByRole('button', { name: en.by_party });
          await by.click();
          await expect(by).toHaveAttribute('aria-pressed', 'true');
          await expect(page.locator('#positions article.party-card:visible')).toHaveCount(4);
        }
        await context.setOffline(false);
        expect(problems()).toEqual([]);
      } finally {
        await context.close();
        await stopHard(server.child);
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});
