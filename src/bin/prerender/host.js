// The embed's part of its start script: inline.rs writes it into loader.js at `__EMBED__`,
// in embeds only (so it runs in that script's scope: `root`, `params`), and the policy allows
// the result by its hash. Lines that start with `//` are left out of the pages.
//
// An embed's host shows or sizes its frame only once it hears the height: WordPress keeps the
// frame hidden until then. The embed is complete without the app, so it says so at once, in
// every protocol browser/src/host.rs speaks (pym.js with `childId`, AMP, Embedly's
// `iframe.resize`, WordPress with `#?secret=`, our embed.js): as soon as it is laid out, on
// load (a frame its host keeps hidden gets no layout of its own), whenever its size changes
// and when pym or WordPress ask. In WordPress's sandbox, which cannot open a tab, links that
// leave the embed go through WordPress. All of this until the app has taken the embed over
// (`html.live`, set in the same task as host.rs starts) and speaks for it, so that no host
// hears two voices. Keep the two in step.
  const pym = params.get('childId');
  const secret = /\?secret=([a-zA-Z0-9]{10})(?![a-zA-Z0-9])/.exec(location.hash)?.[1];
  const src = location.href;
  const live = () => root.classList.contains('live');
  const post = (message) => parent.postMessage(message, '*');
  const send = () => {
    if (live()) return watch.disconnect();
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (pym) post(['pym', pym, 'height', height].join('xPYMx'));
    post({ sentinel: 'amp', type: 'embed-size', height });
    post(JSON.stringify({ src, context: 'iframe.resize', height }));
    if (secret) post({ message: 'height', value: height, secret });
    post({ context: __CONTEXT__, type: 'height', height });
  };
  const watch = new ResizeObserver(send);
  addEventListener('DOMContentLoaded', () => watch.observe(root));
  addEventListener('load', send);
  addEventListener('message', ({ data, source }) => {
    const asked = typeof data === 'string' ? pym && data.startsWith(`pymxPYMx${pym}xPYMxwidthxPYMx`) : secret && data?.message === 'ready' && data.secret === secret;
    if (source === parent && asked) send();
  });
  if (secret && origin === 'null') {
    addEventListener('click', (event) => {
      const link = !live() && event.target.closest?.('a[target=_blank]');
      if (!link) return;
      event.preventDefault();
      post({ message: 'link', value: link.href, secret });
    });
  }
