#!/bin/sh
# Scores the attribution stage on a slice of PolNeAR train (develop here, check on dev):
#   scripts/attributions-train.sh [FIRST] [COUNT] [scorer flags]   (default: articles 0..199)
set -e
cd "$(dirname "$0")/.."
SHARED=${PARLEY_SHARED:-../shared}
first=${1:-0}; count=${2:-200}; shift 2 2>/dev/null || shift $#
corpus="$SHARED/corpora/polnear"
work=$(mktemp -d)
mkdir -p "$work/text" "$work/out"
ls "$corpus/text/train" | sort | tail -n +"$((first + 1))" | head -n "$count" > "$work/list"
while read -r f; do ln -s "$(realpath "$corpus/text/train/$f")" "$work/text/$f"; done < "$work/list"
node bin/parley.js analyze "$work/text" --out "$work/out" --no-progress 2>/dev/null
sed 's/\.txt$//' "$work/list" > "$work/ids"
node -e '
const fs = require("fs");
const ids = new Set(fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean));
const lines = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((l) => l && ids.has(JSON.parse(l).doc_id));
fs.writeFileSync(process.argv[3], lines.join("\n") + "\n");
' "$work/ids" "$corpus/polnear_train.jsonl" "$work/gold.jsonl"
node "$SHARED/eval/score_polnear.mjs" --gold "$work/gold.jsonl" --pred "$work/out" "$@"
rm -rf "$work"
