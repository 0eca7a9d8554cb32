#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks on a generated store of 10,000 clients in 100 applications:
#   1. start-up to the first mapped main window under Xvfb, timed by waitmap (16 runs, median),
#      as docs/architecture.md "Start-up timing" describes; the window is shown once its data
#      has loaded, so this is start-up to a populated window;
#   2. load time, filter latency per keystroke and RSS, measured inside the app's own widgets;
#   3. repeated test-token requests against the local real AS (tests/live/with-as.sh): OAuthDesk's
#      warm request versus curl each time, and OAuthDesk's overhead above the AS's processing;
#   4. key generation: generateKey() in-process versus the openssl genpkey program (RSA 3072,
#      EC P-256), and the largest event-loop gap while RSA 4096 is generated off the GUI thread.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --with-tests
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build-bench -j "$(nproc)" --target oauthdesk generate_store bench_mainwindow waitmap bench_token bench_signin bench_keygen bench_doctor
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
build-bench/tests/bench/generate_store --data-dir "$data" --clients "${CLIENTS:-10000}" --applications "${APPLICATIONS:-100}"

echo "== start-up to a mapped, populated main window (ms, ${RUNS:-16} runs after one warm-up) =="
export HOME="$data/home"; mkdir -p "$HOME"
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
  build-bench/tests/bench/waitmap "OAuthDesk" 10000 build-bench/app/oauthdesk --data-dir "$0" >/dev/null
  for i in $(seq 1 "$1"); do
    build-bench/tests/bench/waitmap "OAuthDesk" 10000 build-bench/app/oauthdesk --data-dir "$0" 2>>"$0/waitmap.err" || echo "run $i failed" >&2
  done' "$data" "${RUNS:-16}" 2>"$data/bench.err" > "$data/startup.txt"
grep -E '^[0-9.]+$' "$data/startup.txt" | sort -n | awk '{a[NR]=$1} END {printf "min %.1f  median %.1f  max %.1f  (n=%d)\n", a[1], (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[NR], NR}'
grep -h -e failed -e TIMEOUT -e early "$data/bench.err" "$data/startup.txt" "$data/waitmap.err" 2>/dev/null || true

echo "== load, filter per keystroke, memory (offscreen) =="
QT_QPA_PLATFORM=offscreen build-bench/tests/bench/bench_mainwindow --data-dir "$data" --rounds "${ROUNDS:-5}" 2>/dev/null

echo "== test-token requests against the local authorization server =="
tests/live/with-as.sh build-bench/tests/bench/bench_token --requests "${TOKEN_REQUESTS:-50}"

echo "== test sign-in, registration and introspection against the local authorization server =="
tests/live/with-as.sh build-bench/tests/bench/bench_signin --runs "${SIGNIN_RUNS:-20}"

echo "== key generation: in-process vs openssl genpkey; event-loop stall during RSA 4096 =="
build-bench/tests/bench/bench_keygen

echo "== preflight doctor: one client and --all over 100 clients (goal < 1 s per client) =="
tests/keychain/with-keyring.sh tests/live/with-as.sh build-bench/tests/bench/bench_doctor \
  --clients "${DOCTOR_CLIENTS:-100}" --rounds "${DOCTOR_ROUNDS:-5}"
