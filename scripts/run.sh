#!/usr/bin/env bash
# The one run command: installs what is missing, builds the site for release, prints its
# size report and serves it on http://127.0.0.1:${PORT:-8080}/ (Ctrl-C to stop).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

echo "==> trunk build --release"
trunk build --release

echo "==> size report"
node scripts/size-report.mjs dist

echo "==> serving (Ctrl-C to stop)"
exec node scripts/serve.mjs dist "${PORT:-8080}"
