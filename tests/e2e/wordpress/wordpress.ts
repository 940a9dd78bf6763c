// A real WordPress for the specs: Debian 12's packages (`wordpress` 6.1, Apache with
// mod_php, MariaDB; scripts/setup.sh installs them), run as private instances on loopback
// ports this module owns, in a folder of its own named after the port, and stopped again
// afterwards (what a killed run left there is stopped and removed by the next). Nothing of
// the machine's own Apache or MariaDB is used or changed. The site is installed without the
// web installer (install.php) and WordPress is changed by one must-use plugin only
// (loopback-oembed.php), which lets it fetch oEmbed from the explainer on 127.0.0.1.
//
// What is outside the folder: Debian's WordPress reads its settings from
// /etc/wordpress/config-<name>.php, so one such file, named after the port, is written for
// the run and removed with the rest (this needs root, as CI and these machines are).

import { type ChildProcess, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apacheBase, end, endLeftover, listening, APACHE_MODULES as MODULES, start } from '../../../scripts/local-servers.mjs';

const HERE = __dirname;
const WORDPRESS = '/usr/share/wordpress';

export type WordPress = {
  /** The site's address, `http://localhost:<port>/`. */
  home: string;
  /** Each post's address, by the title it was given. */
  posts: Record<string, string>;
  stop: () => Promise<void>;
};

/**
 * Starts MariaDB on `dbPort` and Apache with WordPress on `port` (both 127.0.0.1), installs
 * the site and publishes `posts` (title → content, as saved by an editor). The site is
 * reached as `localhost`, another site than the explainer's 127.0.0.1, as an article is.
 */
export async function startWordPress(port: number, dbPort: number, posts: Record<string, string>): Promise<WordPress> {
  const php = readdirSync(MODULES).find((f) => /^libphp[\d.]*\.so$/.test(f));
  for (const [what, there] of [
    ["Debian's wordpress package", existsSync(path.join(WORDPRESS, 'wp-load.php'))],
    ['apache2', existsSync('/usr/sbin/apache2')],
    ['libapache2-mod-php', !!php],
    ['mariadb-server', existsSync('/usr/sbin/mariadbd')],
    ['php (php-cli)', existsSync('/usr/bin/php')],
  ] as const) {
    if (!there) throw new Error(`wordpress.ts: ${what} is not installed; run bash scripts/setup.sh`);
  }
  const root = process.getuid?.() === 0;
  const dir = path.join(tmpdir(), `explainer-wordpress-${port}`);
  for (const file of ['server.pid', 'db.pid']) await endLeftover(path.join(dir, file));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  // Apache's workers run as www-data and read the content folder and the settings.
  chmodSync(dir, 0o755);
  const name = `explainer-e2e-${port}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const home = `http://localhost:${port}/`;
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await end(child);
    rmSync(config, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // MariaDB with an empty data folder and no accounts (--skip-grant-tables): a private,
    // loopback-only database that starts in a second, where creating the system tables
    // (mariadb-install-db) takes six.
    mkdirSync(path.join(dir, 'db'));
    children.push(
      start(
        '/usr/sbin/mariadbd',
        [
          '--no-defaults',
          `--datadir=${dir}/db`,
          `--socket=${dir}/db.sock`,
          `--pid-file=${dir}/db.pid`,
          `--log-error=${dir}/db.log`,
          '--bind-address=127.0.0.1',
          `--port=${dbPort}`,
          '--skip-grant-tables',
          '--skip-log-bin',
          '--innodb-buffer-pool-size=32M',
          ...(root ? ['--user=root'] : []),
        ],
        dir,
      ),
    );
    await listening(dbPort, children[0], () => readFileSync(`${dir}/db.log`, 'utf8'));
    run('mariadb', ['--no-defaults', '-h127.0.0.1', `-P${dbPort}`, '-e', 'CREATE DATABASE wordpress']);

    // The content folder: the theme Debian ships, and the one must-use plugin.
    mkdirSync(path.join(dir, 'wp-content', 'mu-plugins'), { recursive: true });
    symlinkSync(path.join(WORDPRESS, 'wp-content', 'themes'), path.join(dir, 'wp-content', 'themes'));
    copyFileSync(path.join(HERE, 'loopback-oembed.php'), path.join(dir, 'wp-content', 'mu-plugins', 'loopback-oembed.php'));
    try {
      writeFileSync(
        config,
        [
          '<?php',
          `// The explainer's WordPress spec, for one run (tests/e2e/wordpress/wordpress.ts); removed after it.`,
          `define('DB_NAME', 'wordpress');`,
          `define('DB_USER', 'explainer');`,
          `define('DB_PASSWORD', '');`,
          `define('DB_HOST', '127.0.0.1:${dbPort}');`,
          `define('WP_CONTENT_DIR', '${dir}/wp-content');`,
          '',
        ].join('\n'),
        { mode: 0o644 },
      );
    } catch (e) {
      throw new Error(`wordpress.ts: cannot write ${config} (Debian's WordPress reads its settings only there; run as root): ${e}`);
    }

    writeFileSync(
      path.join(dir, 'apache.conf'),
      [
        ...apacheBase(dir, port, ['alias', 'dir', 'env', 'mime', 'rewrite']),
        `LoadModule php_module ${MODULES}/${php}`,
        `DocumentRoot ${WORDPRESS}`,
        `DirectoryIndex index.php`,
        `Alias /wp-content ${dir}/wp-content`,
        `<Directory />`,
        `  Require all denied`,
        `  AllowOverride None`,
        `</Directory>`,
        `<Directory ${WORDPRESS}>`,
        `  Require all granted`,
        // WordPress's rewrite rules, as Debian's /etc/wordpress/htaccess gives them: an
        // address that is no file goes to WordPress, which answers /favicon.ico too.
        `  RewriteEngine On`,
        `  RewriteBase /`,
        `  RewriteCond %{REQUEST_FILENAME} !-f`,
        `  RewriteCond %{REQUEST_FILENAME} !-d`,
        `  RewriteRule . /index.php [L]`,
        `</Directory>`,
        `<Directory ${dir}/wp-content>`,
        `  Options FollowSymLinks`,
        `  Require all granted`,
        `</Directory>`,
        `<FilesMatch "\\.php$">`,
        `  SetHandler application/x-httpd-php`,
        `</FilesMatch>`,
        // Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php.
        `SetEnv WORDPRESS_CONFIG ${name}`,
        '',
      ].join('\n'),
    );
    const apache = start('/usr/sbin/apache2', ['-f', `${dir}/apache.conf`, '-DFOREGROUND'], dir);
    children.push(apache);
    await listening(port, apache, () => readFileSync(`${dir}/error.log`, 'utf8'));

    const installed = run('php', [path.join(HERE, 'install.php'), home, JSON.stringify(posts)], { WORDPRESS_CONFIG: name });
    return { home, posts: JSON.parse(installed), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`wordpress.ts: ${command} ${args.join(' ')} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}
