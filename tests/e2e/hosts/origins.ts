// The three origins of the embed specs, shared by playwright.config.ts (which starts the two
// servers) and the specs. As on the web, the explainer, the article that embeds it and a
// stranger's frame on that article each have their own origin:
//   SITE    the explainer (scripts/serve.mjs), the specs' baseURL;
//   HOSTS   the newsroom's article (tests/e2e/hosts/serve.mjs), reached as `localhost`;
//   THIRD   the same host server reached as 127.0.0.1: another origin again, for a hostile frame.
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOSTS_PORT = Number(process.env.E2E_HOSTS_PORT ?? SITE_PORT + 1);
export const SITE = `http://127.0.0.1:${SITE_PORT}`;
export const HOSTS = `http://localhost:${HOSTS_PORT}`;
export const THIRD = `http://127.0.0.1:${HOSTS_PORT}`;
