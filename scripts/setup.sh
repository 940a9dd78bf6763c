#!/usr/bin/env bash
# Installs only what is missing for building and testing the explainer, one line per item.
# Safe to run again and again: every step checks first. Called by scripts/test.sh and
# scripts/run.sh; see ../shared/TOOLCHAIN.md for why each version is what it is.
#
#   rustup target wasm32-unknown-unknown
#   rustup components rustfmt, clippy (the test command checks formatting and lints)
#   trunk 0.21.x                 (0.22 needs a newer rustc)
#   leptosfmt 0.1.33             formats the view! macros, which rustfmt leaves alone
#   wasm-bindgen-cli             exactly the wasm-bindgen version in Cargo.lock
#   chromium + chromium-driver   Debian's, for wasm-bindgen-test-runner and Playwright
#   fonts-noto-cjk               so screenshots of the Japanese and Korean pages show glyphs
#   pngquant                     Debian's, makes the link-preview images small (share-images)
#   wordpress, mariadb-server, apache2, libapache2-mod-php, php-mysql, php-cli
#                                Debian's WordPress 6.1, for the spec that embeds the explainer
#                                in a real one (tests/e2e/wordpress.spec.ts starts its own
#                                database and web server on loopback ports; nothing here runs)
#   nginx, libnginx-mod-http-brotli-static, caddy
#                                Debian's, for the spec that serves the build with the
#                                configurations it ships (tests/e2e/hosting.spec.ts); installed
#                                without starting them, their services stopped and disabled
#   npm dev dependencies         npm ci (Playwright, axe-core, binaryen 132's wasm-opt, ajv, sirv,
#                                Biome, madge)
#   crates                       cargo fetch (Trunk builds offline)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

die() { echo "setup: error: $*" >&2; exit 1; }

SUDO=""
[[ "$(id -u)" -eq 0 ]] || SUDO="sudo"

# apt-get install "$@" with no service started: Debian starts a server package's service
# (apache2, nginx, caddy: on :80) as it installs it, and this machine only needs the programs.
# A policy-rc.d that refuses every start is in place while apt runs, unless the machine
# already has one (left as it is).
apt_install() {
  if [[ -n "$SUDO" ]] && ! command -v sudo >/dev/null 2>&1; then
    die "not root and no sudo: install $* by hand"
  fi
  local policy_added=""
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# scripts/setup.sh: no service starts while it installs packages\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
  fi
  local rc=0
  $SUDO apt-get update && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" || rc=$?
  [[ -z "$policy_added" ]] || $SUDO rm -f /usr/sbin/policy-rc.d
  [[ $rc -eq 0 ]] || die "apt-get install $* failed ($rc)"
}

for tool in rustup cargo node npm; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not on PATH; install it first"
done

# --- wasm target --------------------------------------------------------------------------
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  echo "ok: rustup target wasm32-unknown-unknown already installed"
else
  echo "installing rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# --- rustfmt and clippy -------------------------------------------------------------------
for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$component-"; then
    echo "ok: rustup component $component already installed"
  else
    echo "installing rustup component $component"
    rustup component add "$component"
  fi
done

# --- trunk 0.21.x -------------------------------------------------------------------------
trunk_version="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$trunk_version" == 0.21.* ]]; then
  echo "ok: trunk $trunk_version already installed"
else
  echo "installing trunk ^0.21 (found: ${trunk_version:-none}; takes ~7 min)"
  cargo install trunk --locked --version '^0.21'
fi

# --- leptosfmt 0.1.33 --------------------------------------------------------------------
leptosfmt_version="$(leptosfmt --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$leptosfmt_version" == 0.1.33 ]]; then
  echo "ok: leptosfmt $leptosfmt_version already installed"
else
  echo "installing leptosfmt 0.1.33 (found: ${leptosfmt_version:-none}; takes ~2 min)"
  cargo install leptosfmt --locked --version 0.1.33
fi

# --- wasm-bindgen-cli = the wasm-bindgen version in Cargo.lock ---------------------------
[[ -f Cargo.lock ]] || die "Cargo.lock is missing; it pins the wasm-bindgen version"
wbg_wanted="$(awk '
  /^\[\[package\]\]/ { name = "" }
  /^name = /         { name = $3; gsub(/"/, "", name) }
  /^version = / && name == "wasm-bindgen" { v = $3; gsub(/"/, "", v); print v; exit }
' Cargo.lock)"
[[ -n "$wbg_wanted" ]] || die "no wasm-bindgen package found in Cargo.lock"
wbg_have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
runner_have="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$wbg_have" == "$wbg_wanted" && "$runner_have" == "$wbg_wanted" ]]; then
  echo "ok: wasm-bindgen-cli $wbg_have already installed (matches Cargo.lock)"
else
  echo "installing wasm-bindgen-cli $wbg_wanted (found: ${wbg_have:-none}; takes ~2 min)"
  # No --locked: the CLI's own lockfile asks for a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$wbg_wanted" --force
fi

# --- Debian chromium + chromedriver, CJK fonts, pngquant and WordPress ---------------------
# The fonts are for the Japanese and Korean screenshots the tests save: without them the
# headless browser draws every kanji and Hangul as an empty box. pngquant writes the
# link-preview images as small palette PNGs (scripts/make-share-images.mjs). WordPress with
# Apache, mod_php and MariaDB is the real host of tests/e2e/wordpress.spec.ts.
apt_missing=()
[[ -x /usr/bin/chromium ]] || apt_missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || apt_missing+=(chromium-driver)
[[ -x /usr/bin/pngquant ]] || apt_missing+=(pngquant)
wordpress_packages=(wordpress mariadb-server apache2 libapache2-mod-php php-mysql php-cli)
for package in fonts-noto-cjk "${wordpress_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || apt_missing+=("$package")
done
if [[ ${#apt_missing[@]} -eq 0 ]]; then
  # Debian's wrapper prints a harmless "[: ... unexpected operator" line on stderr.
  echo "ok: $(/usr/bin/chromium --version 2>/dev/null | awk '{print $1, $2}'), chromedriver, fonts-noto-cjk, pngquant and ${wordpress_packages[*]} already installed"
else
  echo "installing ${apt_missing[*]} (apt; no service is started)"
  apt_install "${apt_missing[@]}"
fi

# --- nginx (with brotli static) and Caddy, for the hosting spec ---------------------------
# tests/e2e/hosting.spec.ts serves the build with the configurations it ships (nginx.conf,
# Caddyfile, .htaccess) on loopback ports, as private instances it starts and stops; Apache is
# installed above. Installed with no service started (apt_install), and should their units run
# or be enabled all the same (a machine with systemd), they are stopped and disabled, so
# nothing of theirs listens on :80 or :443. (Apache's own service is never touched here: a
# machine may serve a real site with it.)
server_packages=(nginx libnginx-mod-http-brotli-static caddy)
server_missing=()
for package in "${server_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || server_missing+=("$package")
done
if [[ ${#server_missing[@]} -eq 0 ]]; then
  echo "ok: ${server_packages[*]} already installed"
else
  echo "installing ${server_missing[*]} (apt; their services are not started)"
  apt_install "${server_missing[@]}"
fi
# Never left running as system services (checked every run: a unit someone started by hand).
if [[ -d /run/systemd/system ]]; then
  for unit in nginx caddy; do
    if systemctl is-active --quiet "$unit" 2>/dev/null || systemctl is-enabled --quiet "$unit" 2>/dev/null; then
      echo "stopping and disabling the $unit service"
      $SUDO systemctl disable --now "$unit" >/dev/null 2>&1 || true
    fi
  done
fi
for pidfile in /run/nginx.pid; do
  if [[ -s "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "stopping the system nginx (pid $(cat "$pidfile"))"
    kill "$(cat "$pidfile")" || true
  fi
done

# --- npm dev dependencies -----------------------------------------------------------------
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Biome's version as package.json pins it, and as installed (none if it is not).
biome_wanted="$(node -p "require('./package.json').devDependencies['@biomejs/biome']")"
biome_have="$(node_modules/.bin/biome --version 2>/dev/null | awk '{print $2}' || true)"
if [[ -d node_modules && -f node_modules/.package-lock.json \
      && ! package-lock.json -nt node_modules/.package-lock.json \
      && "$biome_have" == "$biome_wanted" && -x node_modules/.bin/madge ]]; then
  echo "ok: npm dev dependencies already installed (node_modules up to date with package-lock.json; Biome $biome_have)"
else
  echo "installing npm dev dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
if [[ "$wasm_opt_version" != *"version 132"* ]]; then
  die "wasm-opt on PATH is '$(command -v wasm-opt || echo none)' reporting '${wasm_opt_version:-nothing}';
       binaryen 132 from npm is required (node_modules/.bin/wasm-opt). Debian's binaryen builds a
       wasm that loads as a blank page. Run 'npm ci' and 'source scripts/env.sh'."
fi
echo "ok: $wasm_opt_version at $(command -v wasm-opt)"

# --- crates (Trunk runs cargo with --offline) ---------------------------------------------
echo "fetching crates (cargo fetch)"
cargo fetch --quiet
echo "setup: done"
