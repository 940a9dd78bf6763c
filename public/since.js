// "Since your last visit" (issue 28): a returning reader of the latest sees, at the top of the
// page or embed, which sections and cards changed since the edition they last saw, each
// linked, and a mark on each changed card; one button forgets what the browser keeps.
//
// Only the reader's browser keeps anything, under one key per site folder (the folder of this
// file and of boot.js, so two copies of the explainer on one site keep their own):
//   * localStorage: the edition the reader last saw. boot.js stores the page's edition on a
//     first visit and imports this file only when the stored edition is older than the page's;
//     this file then moves it on to the page's edition, so the next visit shows nothing unless
//     a newer edition comes;
//   * sessionStorage: the edition this tab's list starts from, so that a reload, or the page in
//     another language, in the same tab shows the same list (boot.js reads it first).
// Nothing is sent anywhere: no request carries it, no cookie.
//
// What changed comes from the site's editions.json (scripts/publish.mjs: each published
// edition's digests of each section and each card, by the ids the pages give them), the words
// from languages.json (the plain scripts' words are not in the wasm), both read through
// quiet.js: a missing file or no network shows nothing and logs nothing. A stored edition the
// site does not list shows nothing either.

import { quietly } from './quiet.js';

const ROOT = new URL('./', import.meta.url);
const KEY = `explainer-seen:${ROOT.pathname}`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

since();

async function since() {
  const now = document.querySelector('.as-of .edition time')?.dateTime;
  const main = document.querySelector('main');
  let seen;
  try {
    seen = sessionStorage.getItem(KEY) || localStorage.getItem(KEY);
  } catch {
    return;
  }
  if (!now || !main || !DATE.test(seen ?? '') || seen >= now) return;
  const [list, languages] = await Promise.all([
    quietly(new URL('editions.json', ROOT).href),
    quietly(new URL('languages.json', ROOT).href),
  ]);
  const editions = Array.isArray(list?.editions) ? list.editions : [];
  const before = editions.find((e) => e?.date === seen);
  const current = editions.find((e) => e?.date === now);
  // Offline or no list: try again next visit. Otherwise this visit is seen from here on.
  if (!list && !navigator.onLine) return;
  try {
    localStorage.setItem(KEY, now);
    sessionStorage.setItem(KEY, seen);
  } catch {
    return;
  }
  const lang = document.documentElement.lang;
  const words = languages?.languages?.find?.((l) => l?.tag === lang)?.strings;
  if (!before?.sections || !before.cards || !current?.sections || !current.cards || !words?.since_heading) return;

  // In the page's order: each changed section, with the changed cards it holds under it.
  const inOrder = (els) => [...new Set(els)].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const changed = (kind) => Object.keys(current[kind]).filter((id) => current[kind][id] !== before[kind][id]);
  const cards = inOrder(
    changed('cards')
      .map((id) => document.getElementById(id))
      .filter((el) => el && main.contains(el)),
  );
  const sections = inOrder(
    [...changed('sections').map((id) => document.getElementById(id)), ...cards.map((c) => c.closest('section.section'))].filter(
      (el) => el?.matches('section.section') && main.contains(el),
    ),
  );
  if (!sections.length) return;

  const link = (el, name) => {
    const a = document.createElement('a');
    a.href = `#${el.id}`;
    a.textContent = name.trim();
    return a;
  };
  const title = (card) => card.querySelector('.event-title, h3, h4, dfn');
  const items = document.createElement('ul');
  for (const section of sections) {
    const item = document.createElement('li');
    const heading = document.getElementById(`${section.id}-heading`);
    item.append(link(section, (heading ?? section).textContent ?? section.id));
    const inside = cards.filter((c) => section.contains(c));
    if (inside.length) {
      const sub = document.createElement('ul');
      for (const card of inside) {
        const li = document.createElement('li');
        li.append(link(card, title(card)?.textContent ?? card.id));
        sub.append(li);
      }
      item.append(sub);
    }
    items.append(item);
  }
  // Named before any card is marked, so the list names each as its heading does.
  const marks = cards.map((card) => {
    const mark = document.createElement('span');
    mark.className = 'badge since-mark';
    mark.textContent = card.id in before.cards ? words.since_changed : words.since_new;
    // Beside the card's name (a term's, after its definition term's badges).
    (title(card)?.closest('dt') ?? title(card) ?? card).append(' ', mark);
    return mark;
  });

  const box = document.createElement('section');
  box.className = 'notice since';
  box.setAttribute('aria-labelledby', 'since-heading');
  const heading = document.createElement('h2');
  heading.id = 'since-heading';
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${seen}T00:00Z`),
  );
  heading.textContent = words.since_heading.replace('{date}', date);
  const forget = document.createElement('button');
  forget.type = 'button';
  forget.textContent = words.since_forget;
  forget.addEventListener('click', () => {
    try {
      localStorage.removeItem(KEY);
      sessionStorage.removeItem(KEY);
    } catch {}
    for (const mark of marks) {
      mark.previousSibling?.remove();
      mark.remove();
    }
    box.remove();
    // The button is gone: the reader goes on from the start of the content.
    main.focus({ preventScroll: true });
  });
  box.append(heading, items, forget);
  // At the top of the content, in its column, where a page's notices stand (page and embed alike).
  main.prepend(box);
}
