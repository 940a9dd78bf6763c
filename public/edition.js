// The one line an edition's copy shows when a newer edition exists (issue 28):
// "Edition of 3 December 2026 · Updated since: see the latest", with a link to the latest.
// boot.js imports this only on a page or embed served from an edition's folder
// (`<site>/editions/<YYYY-MM-DD>/`, where scripts/publish.mjs keeps every edition), once the
// page is taken over; the latest never loads it and never asks for editions.json.
//
// It reads the site's `editions.json` (publish.mjs writes it at the site's root, two folders
// above this file, whatever the language folder of the page) when the browser is idle, so it
// costs the first paint nothing; the line is fixed at the bottom of the window, over the
// page, so nothing on the page moves (the page gains room below its end for it).
//
// A missing or malformed editions.json, or no network, shows nothing and logs nothing: the
// file is read through quiet.js, which asks a worker for it.

import { quietly } from './quiet.js';

const HERE = new URL('./', import.meta.url);
const LIST = new URL('../../editions.json', HERE).href;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

notice();

/** The newest edition's date by the site's editions.json, or null. */
async function newest() {
  const latest = (await quietly(LIST))?.latest;
  return typeof latest === 'string' && DATE.test(latest) ? latest : null;
}

async function notice() {
  const own = HERE.pathname.match(/\/editions\/(\d{4}-\d{2}-\d{2})\/$/)?.[1];
  const words = document.querySelector('script[data-newer]')?.dataset;
  const shown = document.querySelector('.as-of .edition time')?.textContent;
  if (!own || !words?.newer || !words.seeLatest || !shown) return;
  await new Promise((resolve) =>
    window.requestIdleCallback ? requestIdleCallback(resolve, { timeout: 5000 }) : setTimeout(resolve, 1000),
  );
  const latest = await newest();
  if (!latest || latest <= own) return;

  // The same page at the latest (a language's page for an embed: an embed's address alone
  // is no page for a reader), in a new tab from an embed, as every link leaving it.
  const embed = document.documentElement.dataset.embed;
  const path = location.pathname.startsWith(HERE.pathname) ? location.pathname.slice(HERE.pathname.length) : '';
  const folder = path.includes('/') ? path.slice(0, path.indexOf('/') + 1) : '';
  const lang = folder === 'embed/' ? '' : folder;
  const link = document.createElement('a');
  link.href = new URL(embed ? lang : path.replace(/(^|\/)index\.html$/, '$1'), new URL('../../', HERE)).href;
  link.textContent = words.seeLatest;
  if (embed) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  const [before, after = ''] = words.newer.split('{date}');
  const line = document.createElement('p');
  line.className = 'edition-notice';
  line.setAttribute('role', 'status');
  line.append(`${before}${shown}${after} `, link);
  document.documentElement.classList.add('edition-newer');
  document.body.append(line);
}
