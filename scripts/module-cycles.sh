#!/usr/bin/env bash
# Checks that no module of the three crates uses another that uses it back (directly or round
# a longer circle): `bash scripts/module-cycles.sh`. Not part of the tests: it needs
# cargo-modules, which takes some ten minutes to build, so install it once by hand:
#   cargo install cargo-modules --locked --version 0.27.0     (0.28 needs a newer rustc)
# cargo-modules lists each target's modules and their `use` edges (its own --acyclic check
# counts a type and its methods as a circle, so the circles are found here instead); a
# module's parent owning it is not a use. Exits non-zero on any circle.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v cargo-modules >/dev/null || { echo "module-cycles: cargo-modules is not installed (see the comment at the top)" >&2; exit 2; }

status=0
for target in "-p model --lib" "-p browser --lib" "-p site --lib" "-p site --bin prerender"; do
  for cfg in "" "--cfg-test"; do
    # shellcheck disable=SC2086
    line=$(cargo modules dependencies $target $cfg --no-owns --no-externs --no-sysroot --no-fns --no-traits --no-types 2>/dev/null | python3 -c '
import re, sys
edges = {}
for line in sys.stdin:
    m = re.match(r"\s*\"([^\"]+)\" -> \"([^\"]+)\" \[label=\"uses\"", line)
    if m and m.group(1) != m.group(2):
        edges.setdefault(m.group(1), set()).add(m.group(2))
        edges.setdefault(m.group(2), set())
# Tarjan: the strongly connected components with more than one module are the circles.
index, low, stack, on, circles = {}, {}, [], set(), []
def visit(v):
    index[v] = low[v] = len(index); stack.append(v); on.add(v)
    for w in edges[v]:
        if w not in index: visit(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        scc = []
        while True:
            w = stack.pop(); on.discard(w); scc.append(w)
            if w == v: break
        if len(scc) > 1: circles.append(" <-> ".join(sorted(scc)))
for v in list(edges):
    if v not in index: visit(v)
if not edges: print("no modules read"); sys.exit(1)
print(f"{len(edges)} modules, {sum(map(len, edges.values()))} use edges: " + ("; ".join(circles) if circles else "no circles"))
sys.exit(1 if circles else 0)
') || status=1
    echo "$target ${cfg:-(no cfg(test))}: $line"
  done
done
exit $status
