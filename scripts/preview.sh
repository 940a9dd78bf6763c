#!/usr/bin/env bash
# The editors' preview: installs what is missing, then serves the site on
# http://127.0.0.1:${PORT:-8080}/ and shows every saved edit of data/ (or $DISPUTE_DATA_DIR)
# on the page, validated, within a second or so; a bad edit is reported with its file, entry
# and field in this terminal and on the page, over the last good page (Ctrl-C to stop).
# Extra arguments go to scripts/preview.mjs (--rebuild: build the site first, after a change
# of the code). See scripts/preview.mjs for how.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

exec node scripts/preview.mjs "${PORT:-8080}" "$@"
