// The host script of the embed code (README.md, "Embedding"). Frames each
// `div.wartime-labor-explainer` whose data-src is an embed (`[xx/]embed/[name.html]`) of the
// folder this script came from, or of one listed in the script tag's `data-sites`; then acts
// only on our messages from that frame: `height`, `place` (into the article's address as
// `#explainer=<card>`, a history entry only right after the reader's own action), `scroll`.
// Nothing here evaluates a message or navigates the article.
(function () {
  'use strict';
  var CONTEXT = 'wartime-labor-explainer';
  var PLACE = /^[a-z0-9-]{1,80}$/;
  var embeds = [];
  var me = document.currentScript;
  var list = me && me.getAttribute('data-sites');
  var sites = [];
  ((me && (list || me.src)) || '').split(/\s+/).forEach(function (s) {
    try {
      sites.push(new URL(list ? s.replace(/\/?$/, '/') : './', s));
    } catch (_e) {}
  });

  function ours(url) {
    var p = url.pathname;
    return (
      /^https?:$/.test(url.protocol) &&
      sites.some(function (s) {
        return (
          url.origin === s.origin && !p.indexOf(s.pathname) && /^([a-z]{2}\/)?embed\/([a-z0-9-]+\.html)?$/.test(p.slice(s.pathname.length))
        );
      })
    );
  }

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
    var url;
    try {
      url = new URL(div.getAttribute('data-src'), location.href);
    } catch (_e) {
      return;
    }
    if (!ours(url)) return;
    // Claimed first, so no copy of the script takes it twice; numbered by the claims before it.
    var n = document.querySelectorAll('[data-explainer-key]').length + 1;
    var key = n > 1 ? 'explainer-' + n : 'explainer';
    div.setAttribute('data-explainer-key', key);
    var initial = url.hash.slice(1);
    if (!PLACE.test(initial)) initial = '';
    var src = url.href;
    url.hash = '';
    var place = named(key);
    var iframe = document.createElement('iframe');
    var f = { el: iframe, key: key, origin: url.origin, base: url.href + '#', initial: initial, place: place || initial };
    iframe.title = div.getAttribute('data-title') || 'The wartime labor dispute, explained';
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
      // Into view at once (an off-screen frame is held back), unless the reader scrolls first.
      f.scroll = true;
      iframe.scrollIntoView();
      ['wheel', 'touchmove', 'keydown'].forEach(function (type) {
        addEventListener(
          type,
          function () {
            f.scroll = false;
          },
          { once: true, passive: true }
        );
      });
    }
  }

  function scan() {
    var all = document.querySelectorAll('div.wartime-labor-explainer[data-src]:not([data-explainer-key])');
    var i;
    for (i = 0; i < all.length; i++) add(all[i]);
  }

  addEventListener('message', function (e) {
    var d = e.data;
    var f, rest, a;
    embeds.forEach(function (x) {
      if (e.source && x.el.contentWindow === e.source) f = x;
    });
    if (!f || e.origin !== f.origin || !d || typeof d !== 'object' || d.context !== CONTEXT) return;
    if (d.type === 'height' && typeof d.height === 'number' && Number.isFinite(d.height)) {
      f.el.height = clamp(d.height);
    } else if (d.type === 'place' && typeof d.place === 'string' && PLACE.test(d.place) && d.place !== f.place) {
      f.place = d.place;
      // At the end, so the fragment names last the embed used last.
      rest = parts().filter(function (p) {
        return p.indexOf(f.key + '=') !== 0;
      });
      rest.push(f.key + '=' + d.place);
      // The reader's click in the frame activates the article too, for a few seconds.
      a = navigator.userActivation;
      try {
        history[a && a.isActive ? 'pushState' : 'replaceState'](history.state, '', '#' + rest.join('&'));
      } catch (_err) {
        // An article that may not change its address (a sandboxed preview) keeps it.
      }
    } else if (d.type === 'scroll' && f.scroll && typeof d.top === 'number' && Number.isFinite(d.top)) {
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
