// The site's pages and the words of its interface, so that one spec can run in every
// language. The words are read from the app's own string tables (src/strings/<lang>.rs), the
// same ones the pages are rendered from, so a spec names a button the way its reader does.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

export type Lang = 'en' | 'ja' | 'ko';

/** Each language's page, relative to the site root. */
export const LANGS: { tag: Lang; path: string }[] = [
  { tag: 'en', path: './' },
  { tag: 'ja', path: './ja/' },
  { tag: 'ko', path: './ko/' },
];

/** A language's interface strings: every field of `Strings`, arrays as arrays. */
export type Strings = Record<string, string> & { sections: string[]; section_intros: string[]; countries: string[] };

const cache = new Map<Lang, Strings>();

export function strings(lang: Lang): Strings {
  const hit = cache.get(lang);
  if (hit) return hit;
  const source = readFileSync(path.join(ROOT, 'src', 'strings', `${lang}.rs`), 'utf8');
  const literal = /"((?:[^"\\]|\\.)*)"/g;
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  const out: Record<string, unknown> = {};
  for (const m of source.matchAll(/^ {4}(\w+):\s*(\[[\s\S]*?\]|"(?:[^"\\]|\\.)*"),\s*$/gm)) {
    const [, name, value] = m;
    const parts = [...value.matchAll(literal)].map((l) => unescape(l[1]));
    out[name] = value.startsWith('[') ? parts : parts[0];
  }
  if (!out.sections || !out.skip_link) throw new Error(`src/strings/${lang}.rs: could not read the strings`);
  cache.set(lang, out as Strings);
  return out as Strings;
}

/** `{from}`/`{to}`-style templates of the strings, filled in. */
export function fill(template: string, values: Record<string, string>) {
  return template.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? `{${k}}`);
}
