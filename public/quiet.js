// A JSON file of the site, asked for without a word in the console: the plain scripts that
// read the site's own files after the takeover (edition.js: editions.json; since.js:
// editions.json and languages.json) import it, and show nothing when the file is missing,
// malformed or the reader is offline.
//
// The request is made by a worker started from this same file: Chromium writes a page's failed
// request into its console ("Failed to load resource: … 404"), not a dedicated worker's. Where
// no worker can start (an embed in WordPress's sandbox has an opaque origin), the page asks
// itself.

if (typeof document === 'undefined') {
  // In the worker: one question (a URL), one answer (the file's JSON, or null).
  self.onmessage = async (event) => self.postMessage(await json(event.data));
}

/** The JSON at `url`, or null (missing, malformed, offline). */
async function json(url) {
  try {
    if (!navigator.onLine) return null;
    const response = await fetch(url);
    if (!response.ok) return null;
    return await response.json();
  } catch {
    return null;
  }
}

/** The JSON at `url` (an absolute URL of the site), or null, asked of a worker where one starts. */
export function quietly(url) {
  return new Promise((resolve) => {
    const direct = () => json(url).then(resolve);
    try {
      const worker = new Worker(import.meta.url, { type: 'module' });
      worker.onmessage = (event) => {
        worker.terminate();
        resolve(event.data ?? null);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        direct();
      };
      worker.postMessage(url);
    } catch {
      direct();
    }
  });
}
