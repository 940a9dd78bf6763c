// The host script of the explainer's embed code (README.md, "Embedding"):
//   <div class="wartime-labor-explainer" data-src="https://SITE/embed/timeline.html"
//     data-title="…"></div><script async src="https://SITE/embed.js"></script>
// Puts an iframe into each such placeholder not yet handled (the code may be on a page several
// times; each copy of the script serves the frames it made), then acts only on our messages
// from that frame's window and its src's origin: `height` sizes the frame; `place` (the reader
// opened a card) writes `#explainer=<place>` into the article's address as a history entry,
// `explainer-2=`, `-3=` for further embeds, other fragment parts kept; `scroll` (the embed
// opened at the card the address named) brings the card into view. Back and forward move the
// embeds along. Nothing here evaluates a message or navigates the article.
(function () {
  'use strict';
  var CONTEXT = 'wartime-labor-explainer';
  var PLACE = /^[a-z0-9-]{1,80}$/;
  var embeds = [];

  function clamp(h) {
    return Math.round(Math.min(30000, Math.max(100, h)));
  }

  // The article's fragment in parts: `#a=1&explainer=x` → ['a=1', 'explainer=x'].
  function parts() {
    return location.hash.slice(1).split('&').filter(Boolean);
  }

  // The place the fragment names for `key`, or ''.
  function named(key) {
    var place = '';
    parts().forEach(function (p) {
      if (p.indexOf(key + '=') === 0) place = p.slice(key.length + 1);
    });
    return PLACE.test(place) ? place : '';
  }

  // The key the fragment names last: the embed the reader used last.
  function last() {
    var key = '';
    parts().forEach(function (p) {
      if (/^explainer(-\d+)?=/.test(p)) key = p.split('=')[0];
    });
    return key;
  }

  function add(div) {
    // Claimed first, so no copy of the script takes it twice; numbered by the claims before it.
    var n = document.querySelectorAll('[data-explainer-key]').length + 1;
    var key = n > 1 ? 'explainer-' + n : 'explainer';
    div.setAttribute('data-explainer-key', key);
    var url;
    try {
      url = new URL(div.getAttribute('data-src'), location.href);
    } catch (e) {
      return;
    }
    if (!/^https?:$/.test(url.protocol)) return;
    var initial = url.hash.slice(1);
    if (!PLACE.test(initial)) initial = '';
    var src = url.href;
    url.hash = '';
    var place = named(key);
    var iframe = document.createElement('iframe');
    var f = { el: iframe, key: key, origin: url.origin, base: url.href + '#', initial: initial, place: place || initial };
    iframe.title = div.getAttribute('data-title') || 'The wartime labor dispute, explained';
    // Wanted now if the address opens it at a card, wherever it sits in the article.
    iframe.loading = place ? 'eager' : 'lazy';
    iframe.width = '100%';
    iframe.height = clamp(parseInt(div.getAttribute('data-height'), 10) || 600);
    iframe.style.cssText = 'display:block;border:0';
    iframe.src = place ? f.base + place : src;
    // Anything in the placeholder (a link for readers without scripts) gives way.
    div.textContent = '';
    div.appendChild(iframe);
    embeds.push(f);
    if (place && last() === key) {
      // Into view at once: browsers hold back an off-screen frame's rendering, and so the
      // `scroll` message. A reader who scrolls first keeps their place.
      f.scroll = true;
      iframe.scrollIntoView();
      ['wheel', 'touchmove', 'keydown'].forEach(function (type) {
        addEventListener(type, function () {
          f.scroll = false;
        }, { once: true, passive: true });
      });
    }
  }

  function scan() {
    var all = document.querySelectorAll('div.wartime-labor-explainer[data-src]:not([data-explainer-key])');
    for (var i = 0; i < all.length; i++) add(all[i]);
  }

  addEventListener('message', function (e) {
    var f, d = e.data;
    embeds.forEach(function (x) {
      if (e.source && x.el.contentWindow === e.source) f = x;
    });
    if (!f || e.origin !== f.origin || !d || typeof d !== 'object' || d.context !== CONTEXT) return;
    if (d.type === 'height' && typeof d.height === 'number' && isFinite(d.height)) {
      f.el.height = clamp(d.height);
    } else if (d.type === 'place' && typeof d.place === 'string' && PLACE.test(d.place) && d.place !== f.place) {
      f.place = d.place;
      // At the end, so the fragment names last the embed used last.
      var rest = parts().filter(function (p) {
        return p.indexOf(f.key + '=') !== 0;
      });
      rest.push(f.key + '=' + d.place);
      try {
        history.pushState(history.state, '', '#' + rest.join('&'));
      } catch (err) {
        // An article that may not change its address (a sandboxed preview) keeps it.
      }
    } else if (d.type === 'scroll' && f.scroll && typeof d.top === 'number' && isFinite(d.top)) {
      f.scroll = false;
      scrollTo(pageXOffset, f.el.getBoundingClientRect().top + pageYOffset + Math.max(0, d.top));
    }
  });

  // Back, forward or an edited address: each embed goes where the fragment says (else to its
  // first place), by replacing its address, which adds no history entry.
  function follow() {
    embeds.forEach(function (f) {
      var place = named(f.key) || f.initial;
      if (place !== f.place && f.el.contentWindow) {
        f.place = place;
        f.el.contentWindow.location.replace(f.base + place);
      }
    });
  }
  addEventListener('popstate', follow);
  addEventListener('hashchange', follow);

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
