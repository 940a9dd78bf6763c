#!/usr/bin/env bash
# The one test command (also what CI runs, through .ci/run):
#   the JavaScript and TypeScript's formatting, lint and import cycles (Biome, madge)
#   -> Rust formatting and lints (native and wasm)
#   -> native tests of every crate -> wasm island tests in headless Chromium
#   -> release build (no public address) -> release build with a public address
#   -> release build of hostile data -> release build of a next edition -> size report
#   -> Playwright browser tests of the built sites (desktop + phone).
# Stops at the first failing step and exits non-zero.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

STEPS=()
CURRENT=""
START=$SECONDS
step() {
  CURRENT="$1"
  echo
  echo "==> $1"
}
finish_step() { STEPS+=("ok    $CURRENT"); }
# On failure, say which step failed. On success print nothing more, so the output ends
# with the test runners' own summary lines (Playwright's is last).
on_exit() {
  local rc=$?
  if [[ $rc -ne 0 ]]; then
    echo
    echo "==> summary ($((SECONDS - START)) s)"
    local s
    for s in "${STEPS[@]+"${STEPS[@]}"}"; do echo "  $s"; done
    echo "  FAILED $CURRENT (exit $rc)"
  fi
}
trap on_exit EXIT

# The JavaScript and TypeScript's formatting, lint and import order (Biome, biome.jsonc), and
# no module of the scripts, the browser files or the specs importing one that imports it back
# (madge): seconds, with nothing to compile.
step "JavaScript and TypeScript: npx --no -- biome ci ."
npx --no -- biome ci .
finish_step

step "JavaScript and TypeScript import cycles: npx --no -- madge --circular --extensions js,mjs,cjs,ts scripts public tests/e2e"
npx --no -- madge --circular --extensions js,mjs,cjs,ts scripts public tests/e2e
finish_step

# Formatting and lints first: they take seconds and name the line. Clippy runs for both
# builds the code has: native (the site, the pre-renderer, the tests) and the wasm (the
# browser crate with its hydrate feature, and the model without its loading code).
step "Rust formatting: cargo fmt --all --check"
cargo fmt --all --check
finish_step

step "Leptos views' formatting: leptosfmt --check src browser/src (leptosfmt.toml)"
leptosfmt --check --quiet src browser/src
finish_step

step "Rust lints, native: cargo clippy --workspace --all-targets --profile prerender -- -D warnings"
cargo clippy --workspace --all-targets --profile prerender -- -D warnings
finish_step

step "Rust lints, wasm: cargo clippy -p browser (hydrate) and -p model (no loading code) --target wasm32-unknown-unknown -- -D warnings"
cargo clippy -p browser --target wasm32-unknown-unknown --features hydrate --all-targets -- -D warnings
cargo clippy -p model --target wasm32-unknown-unknown --no-default-features --lib -- -D warnings
finish_step

# The pre-renderer's profile, so the build below reuses what the tests compiled.
step "native tests (the model, the browser crate and the site with its pre-renderer): cargo test --profile prerender"
cargo test --profile prerender
finish_step

step "wasm component tests (headless Chromium): cargo test --target wasm32-unknown-unknown -p browser --features hydrate --test components"
cargo test --target wasm32-unknown-unknown -p browser --features hydrate --test components
finish_step

step "release build: trunk build --release"
trunk build --release
finish_step

# The same site built with a public address, so the tests can check both kinds of head
# (absolute link-preview, oEmbed and sitemap URLs only with an address). The address is
# where Playwright serves this build (E2E_PORT + 2, tests/e2e/hosts/origins.ts), so the
# oEmbed files it writes really load there, for a host page and a real WordPress.
export E2E_PORT="${E2E_PORT:-4173}"
ADDRESSED_PORT=$((E2E_PORT + 2))
step "release build with a public address: SITE_URL=http://127.0.0.1:$ADDRESSED_PORT/ trunk build --release --dist target/site-with-address"
SITE_URL="http://127.0.0.1:$ADDRESSED_PORT/" trunk build --release --dist target/site-with-address
finish_step

# The site built from an edited copy of the data whose texts try to end or hide the pages'
# inline scripts, for the hostile-inputs spec (only the two crates that bake
# the data are compiled again, here and at the next usual build).
step "release build of hostile data: node scripts/hostile-site.mjs target/site-hostile"
node scripts/hostile-site.mjs target/site-hostile
finish_step

# Edition B of the two-edition specs (editions, since): a newer edition built from an edited
# copy of the data (a changed statement, a new event, a correction), with the same address as
# the build above, which is edition A.
step "release build of a next edition: node scripts/next-edition-site.mjs target/site-edition-b"
node scripts/next-edition-site.mjs target/site-edition-b
finish_step

step "size report: node scripts/size-report.mjs dist"
node scripts/size-report.mjs dist
finish_step

step "browser tests: npx playwright test (all steps before passed in $((SECONDS - START)) s)"
npx --no playwright test
finish_step
