// The preview's script on every page it serves (scripts/preview.mjs adds the tag; no build
// writes it): the page loads again as soon as the preview has rendered the data again, or
// its banner (a located error, a build under way) has changed. An external file of the site's
// own origin, so the pages' Content Security Policy allows it as it stands.
const shown = document.querySelector('script[data-preview-version]')?.dataset.previewVersion;
const events = new EventSource('/__preview/events');
// The preview sends its version on every connection (so a page rendered just before it
// connected still catches up) and again at every change.
events.addEventListener('message', (event) => {
  if (event.data === shown) return;
  events.close();
  location.reload();
});
