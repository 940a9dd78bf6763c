// The publish step as the editions' specs run it (editions, pinned, since): scripts/publish.mjs
// in a process of its own, as an editor runs it.

import { spawnSync } from 'node:child_process';
import path from 'node:path';

const PUBLISH = path.join(__dirname, '..', '..', 'scripts', 'publish.mjs');

/** Publishes the build `dist` into the site folder `site`: the step's status and what it printed. */
export function publish(dist: string, site: string) {
  const run = spawnSync('node', [PUBLISH, dist, site], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}
