#!/bin/sh
# Analyses a gold set and scores it: scripts/eval.sh seeds | heldout | blind | blind2 | blind3 | blind4 | devset | polnear-dev | polnear-train [--verbose]
set -e
cd "$(dirname "$0")/.."
SHARED=${PARLEY_SHARED:-../shared}
which=${1:-seeds}; shift || true
out=$(mktemp -d)
case "$which" in
  seeds)
    node bin/parley.js analyze "$SHARED/seeds" --out "$out" --no-progress 2>/dev/null
    node "$SHARED/eval/score.mjs" --gold "$SHARED/gold" --pred "$out" "$@" ;;
  heldout)
    # Our own articles on other conflicts, with gold in the shared format: a check for seed-fitting.
    node bin/parley.js analyze test/fixtures/heldout/articles --out "$out" --no-progress 2>/dev/null
    node "$SHARED/eval/score.mjs" --gold test/fixtures/heldout/gold --pred "$out" "$@" ;;
  blind)
    # Articles written and annotated by annotators who never saw Parley's output (December 2026).
    node bin/parley.js analyze test/fixtures/blind/articles --out "$out" --no-progress 2>/dev/null
    node "$SHARED/eval/score.mjs" --gold test/fixtures/blind/gold --pred "$out" "$@" ;;
  blind2)
    # A second independent set (December 2026), kept for measuring only: never read its errors.
    node bin/parley.js analyze test/fixtures/blind2/articles --out "$out" --no-progress 2>/dev/null
    node "$SHARED/eval/score.mjs" --gold test/fixtures/blind2/gold --pred "$out" "$@" ;;
  blind3)
    # A third independent set (December 2026, written by an annotator who saw neither Parley's code
    # nor its output): first measured at commit 42fa616, then used for development like blind.
    node bin/parley.js analyze test/fixtures/blind3/articles --out "$out" --no-progress 2>/dev/null
    node "$SHARED/eval/score.mjs" --gold test/fixtures/blind3/gold --pred "$out" "$@" ;;
  blind4)
    # A fourth independent set (December 2026, written by an annotator who saw neither Parley's code
    # nor its output), kept for measuring only like blind2: first measured at commit b51527d.
    node bin/parley.js analyze test/fixtures/blind4/articles --out "$out" --no-progress 2>/dev/null
    node "$SHARED/eval/score.mjs" --gold test/fixtures/blind4/gold --pred "$out" "$@" ;;
  devset)
    # Invented articles covering every event type, stance and figure shape: a development set.
    node bin/parley.js analyze test/fixtures/devset/articles --out "$out" --no-progress 2>/dev/null
    node "$SHARED/eval/score.mjs" --gold test/fixtures/devset/gold --pred "$out" "$@" ;;
  polnear-dev|polnear-train)
    split=${which#polnear-}
    node bin/parley.js analyze "$SHARED/corpora/polnear/text/$split" --out "$out" --no-progress 2>/dev/null
    node "$SHARED/eval/score_polnear.mjs" --gold "$SHARED/corpora/polnear/polnear_$split.jsonl" --pred "$out" "$@" ;;
  *) echo "usage: scripts/eval.sh seeds|heldout|blind|blind2|blind3|blind4|devset|polnear-dev|polnear-train [scorer flags]" >&2; exit 2 ;;
esac
rm -rf "$out"
