# shellcheck shell=bash
# Sourced by scripts/setup.sh, scripts/test.sh and scripts/run.sh (and handy in a shell:
# `source scripts/env.sh`). Puts the project's pinned tools first on PATH.
#
# node_modules/.bin comes FIRST so npm's binaryen 132 wasm-opt wins over any other one
# (Debian's binaryen 108 builds a wasm that loads as a blank page; Trunk.toml pins
# version_132 and refuses anything else). Then ~/.cargo/bin for trunk and wasm-bindgen.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

case ":${PATH}:" in
  *":${HOME}/.cargo/bin:"*) ;;
  *) PATH="${HOME}/.cargo/bin:${PATH}" ;;
esac
# Always (re)place node_modules/.bin at the very front.
PATH="${ROOT}/node_modules/.bin:${PATH//${ROOT}\/node_modules\/.bin:/}"
export PATH

# Debian's chromium and chromedriver: used by wasm-bindgen-test-runner (via chromedriver on
# PATH / CHROMEDRIVER), by Playwright (playwright.config.ts) and by Lighthouse (CHROME_PATH).
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_PATH=/usr/bin/chromium
# Playwright must never try to download its own browser build: none can be fetched here.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Capabilities for wasm-bindgen-test-runner's chromedriver session (Chromium binary and the
# closed-network flags); the runner adds headless, no-sandbox and disable-dev-shm-usage.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${ROOT}/webdriver.json"
