// The origins of the embed specs, shared by playwright.config.ts (which starts the servers),
// scripts/test.sh (which builds the addressed site for ADDRESSED) and the specs. As on the
// web, the explainer, the article that embeds it and a stranger's frame on that article each
// have their own origin:
//   SITE       the explainer (scripts/serve.mjs), the specs' baseURL;
//   HOSTS      the newsroom's article (tests/e2e/hosts/serve.mjs), reached as `localhost`;
//   THIRD      the same host server reached as 127.0.0.1: another origin again, for a hostile frame;
//   ADDRESSED  the explainer built with its public address (SITE_URL, target/site-with-address),
//              whose oEmbed files name their embeds by absolute URL, for the editors that read them;
//   WordPress  a real one (wordpress.spec.ts), reached as `localhost`, with its database: two
//              ports per Playwright project (WORDPRESS_PORTS), since each runs its own.
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOSTS_PORT = Number(process.env.E2E_HOSTS_PORT ?? SITE_PORT + 1);
export const ADDRESSED_PORT = SITE_PORT + 2;
export const SITE = `http://127.0.0.1:${SITE_PORT}`;
export const HOSTS = `http://localhost:${HOSTS_PORT}`;
export const THIRD = `http://127.0.0.1:${HOSTS_PORT}`;
export const ADDRESSED = `http://127.0.0.1:${ADDRESSED_PORT}`;
/** The web server's and the database's port of each project's WordPress. */
export const WORDPRESS_PORTS: Record<string, [number, number]> = {
  desktop: [SITE_PORT + 3, SITE_PORT + 4],
  phone: [SITE_PORT + 5, SITE_PORT + 6],
};
