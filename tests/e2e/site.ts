// The site's pages and the words of its interface, so that one spec can run in every
// language. Both are read from the build under test (`languages.json`, which the pre-renderer
// writes from the app's own string tables and page list), so a spec names a button the way
// its reader does, in the build it is testing.

import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.resolve(ROOT, process.env.E2E_DIST ?? 'dist');

export type Lang = 'en' | 'ja' | 'ko';

/** A language's interface strings: every field of `Strings`, arrays as arrays. */
export type Strings = Record<string, string> & { sections: string[]; section_intros: string[]; countries: string[] };

type Languages = { languages: { tag: Lang; name: string; page: string; strings: Strings }[] };
const built: Languages = JSON.parse(readFileSync(path.join(DIST, 'languages.json'), 'utf8'));

/** Each language's page, relative to the site root. */
export const LANGS: { tag: Lang; path: string }[] = built.languages.map((l) => ({ tag: l.tag, path: `./${l.page}` }));

export function strings(lang: Lang): Strings {
  const found = built.languages.find((l) => l.tag === lang);
  if (!found) throw new Error(`${DIST}/languages.json has no ${lang}`);
  return found.strings;
}

/** A date (`YYYY-MM-DD`) as each language's pages write it: "3 December 2026", "2026年12月3日", "2026년 12월 3일". */
export function shownDate(iso: string): Record<Lang, string> {
  const [y, m, d] = iso.split('-').map(Number);
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return { en: `${d} ${month} ${y}`, ja: `${y}年${m}月${d}日`, ko: `${y}년 ${m}월 ${d}일` };
}

/** `{from}`/`{to}`-style templates of the strings, filled in. */
export function fill(template: string, values: Record<string, string>) {
  return template.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? `{${k}}`);
}
