// Shared by the host pages (a newsroom's article in miniature). The query says where the
// explainer lives and what to embed, so one page serves any port and any embed:
//   ?site=http://127.0.0.1:4173   the explainer's origin
//   &embed=embed/timeline.html    the embed, relative to it (repeat for several)
//   &attacker=http://…/attacker.html   also put a hostile frame on the page
// Every message a page accepts is appended to `host.log`, so specs can see what arrived.
(function () {
  'use strict';
  var q = new URLSearchParams(location.search);
  var site = new URL(q.get('site') || 'http://127.0.0.1:4173').origin;
  var embeds = q.getAll('embed');
  window.host = {
    site: site,
    embeds: embeds.length ? embeds : ['embed/index.html'],
    /** An embed's address; only the explainer's own origin. */
    url: function (embed) {
      var url = new URL(embed, site + '/');
      if (url.origin !== site) throw new Error('host.js: embed outside ' + site);
      return url.href;
    },
    log: [],
    /** The iframe's accessible name, as the article's markup would give it. */
    title: 'The wartime labor dispute, explained',
    /** An iframe with these attributes, put into the article's #explainer. */
    frame: function (attributes) {
      var frame = document.createElement('iframe');
      for (var name in attributes) frame.setAttribute(name, attributes[name]);
      document.getElementById('explainer').appendChild(frame);
      return frame;
    },
  };
  var attacker = q.get('attacker');
  if (attacker) {
    document.addEventListener('DOMContentLoaded', function () {
      var frame = document.createElement('iframe');
      frame.title = 'Advertisement';
      frame.height = '120';
      frame.src = attacker;
      document.body.appendChild(frame);
    });
  }
})();
