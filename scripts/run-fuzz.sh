#!/usr/bin/env bash
# scripts/run-fuzz.sh [SECONDS]  — builds the libFuzzer targets with clang (+ASan/UBSan) and runs them
# for SECONDS in total (default 60): three quarters for the Jetstream parser, one quarter for the
# WebSocket frame decoder. Seeds: the real captures and the kept regression inputs. A crash input is
# copied to tests/data/jetstream/fuzz-regressions/ (parser; replayed by tst_jetstreamparser) or
# tests/data/net/fuzz-regressions/ (frames; replayed by tst_websocketframedecoder); the script
# exits non-zero.
set -euo pipefail
SECONDS_TO_RUN=${1:-60}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${GE_FUZZ_BUILD_DIR:-$ROOT/build/fuzz}
CORPUS=${GE_FUZZ_CORPUS_DIR:-$BUILD/corpus-jetstream}
REGRESSIONS=$ROOT/tests/data/jetstream/fuzz-regressions

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DGE_BUILD_FUZZ=ON -DGE_BUILD_TESTS=ON -DGE_BUILD_BENCH=OFF -DGE_SANITIZE=ON >/dev/null
cmake --build "$BUILD" --target fuzz_jetstream_parser fuzz_websocket_frames -j"${GE_FUZZ_JOBS:-2}"
WS_SECONDS=$((SECONDS_TO_RUN / 4))
[ "$WS_SECONDS" -ge 1 ] || WS_SECONDS=1
PARSER_SECONDS=$((SECONDS_TO_RUN - WS_SECONDS))
[ "$PARSER_SECONDS" -ge 1 ] || PARSER_SECONDS=1

# Seed corpus: one file per real event line, plus the regression inputs.
mkdir -p "$CORPUS"
i=0
for f in "$ROOT"/tests/data/jetstream/*.jsonl; do
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    printf '%s' "$line" >"$CORPUS/seed-$i.json"
    i=$((i + 1))
  done <"$f"
done
cp "$REGRESSIONS"/* "$CORPUS"/ 2>/dev/null || true

# run_fuzzer TARGET CORPUS SECONDS MAX_LEN REGRESSIONS: runs one libFuzzer target; a crash, timeout
# or out-of-memory input is kept in REGRESSIONS (replayed by that target's unit test) and the script
# exits non-zero.
run_fuzzer() {
  local target=$1 corpus=$2 seconds=$3 max_len=$4 regressions=$5
  local artifacts=$BUILD/fuzz-artifacts-$target status=0 kept=0 a
  mkdir -p "$artifacts"
  rm -f "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* # only this run's findings
  "$BUILD/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/" -print_final_stats=1 || status=$?
  # Each kind on its own: `ls` of all three globs fails when any one kind is absent.
  for a in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
    [ -e "$a" ] || continue
    cp "$a" "$regressions/$(basename "$a")"
    echo "kept regression input: ${regressions#"$ROOT"/}/$(basename "$a")"
    kept=1
  done
  [ "$kept" -eq 0 ] || exit 1
  [ "$status" -eq 0 ] || exit "$status"
}

run_fuzzer fuzz_jetstream_parser "$CORPUS" "$PARSER_SECONDS" 8192 "$REGRESSIONS"

# WebSocket frame decoder: byte 0 = options, byte 1 = chunking seed, then the server's frame stream.
# Seeds: the kept inputs (synthetic seeds, corpus samples, regressions) in tests/data/net/fuzz-regressions.
WS_CORPUS=${GE_FUZZ_WS_CORPUS_DIR:-$BUILD/corpus-websocket}
WS_REGRESSIONS=$ROOT/tests/data/net/fuzz-regressions
mkdir -p "$WS_CORPUS" "$WS_REGRESSIONS"
find "$WS_REGRESSIONS" -type f ! -name '*.md' -exec cp {} "$WS_CORPUS"/ \; 2>/dev/null || true
run_fuzzer fuzz_websocket_frames "$WS_CORPUS" "$WS_SECONDS" 4096 "$WS_REGRESSIONS"
