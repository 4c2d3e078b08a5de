#!/usr/bin/env bash
# bench/ingest/run.sh — end-to-end ingest figures from ONE session:
#   1. the bare loop (ingest-limit: simdjson + sqlite3 C API, in memory, no network),
#   2. the parser comparison (simdjson vs QJsonDocument, for docs/adr/0005-jetstream-parsing.md),
#   3. the Node peer and this product against the same neutral Jetstream replay server
#      (ingest-peer's run.sh with PRODUCT=ingest_bench).
# Env: SHARED (default /work/shared), BUILD (default build/bench, a Release build with ingest_bench),
#      N (1000000), RUNS (3), WORK (/var/tmp/ge-ingest-bench).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SHARED=${SHARED:-/work/shared}
BUILD=${BUILD:-$ROOT/build/bench}
WORK=${WORK:-/var/tmp/ge-ingest-bench}
export N=${N:-1000000} RUNS=${RUNS:-3}
mkdir -p "$WORK"

if [ ! -x "$BUILD/bench/ingest/ingest_bench" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGE_BUILD_TESTS=OFF -DGE_BUILD_BENCH=ON >/dev/null
  cmake --build "$BUILD" --target ingest_bench parse_compare -j2
fi

# Work on copies: the shared trees are read-only.
# Same relative layout as the shared tree (corpus.mjs reads ../../fixtures/jetstream).
mkdir -p "$WORK/bench/ingest-peer" "$WORK/bench/ingest-limit"
cp -a "$SHARED/bench/ingest-peer/." "$WORK/bench/ingest-peer/"
cp -a "$SHARED/bench/ingest-limit/." "$WORK/bench/ingest-limit/"
ln -sfn "$SHARED/fixtures" "$WORK/fixtures"
CORPUS="$SHARED/fixtures/jetstream/bluesky-jetstream_corpus_expected_v1.jsonl"

if [ "${SKIP_LIMIT:-0}" != 1 ]; then
echo "== bare loop (ingest-limit), this session"
( cd "$WORK/bench/ingest-limit" && CORPUS="$CORPUS" OUTDIR="$WORK/limit" ./build.sh run ) | tail -2
fi

echo "== parser comparison (N=$N)"
( cd "$WORK/bench/ingest-peer" && node corpus.mjs tracked >"$WORK/tracked-dids.txt" )
"$BUILD/bench/ingest/parse_compare" "$CORPUS" "$N" "$WORK/tracked-dids.txt"

echo "== peer vs product against the same replay server"
PRODUCT="$BUILD/bench/ingest/ingest_bench --url \"\$INGEST_URL\" --mode \"\$INGEST_MODE\" --tracked \"\$INGEST_TRACKED\" --db \"\$INGEST_DB\"" \
  ALSO_WS=${ALSO_WS:-0} DBDIR="$WORK/db" bash "$WORK/bench/ingest-peer/run.sh" | tee "$WORK/peer-run.txt"
echo "== product runs (JSON lines: CPU, peak RSS, GUI-thread latency)"
cat "$WORK"/bench/ingest-peer/run/product-*.out
