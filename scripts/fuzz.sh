#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz/ with clang-19 (ASan + UBSan) in build-fuzz/ and
# runs them.
#
#   scripts/fuzz.sh                      every target briefly (ctest -L fuzz: a few seconds each
#                                        over a copy of the seeds, then the regression replays)
#   scripts/fuzz.sh --time 600 [t...]    the chosen targets (default: all) for 600 s each, up to
#                                        nproc at once; found inputs stay in build-fuzz/corpus-<t>/
#   scripts/fuzz.sh --list               the target names
#
# Either way it ends with executions per second and corpus sizes per target. A crash, leak, UB
# report, timeout or broken FUZZ_CHECK fails the run; the input is in build-fuzz/artifacts/<t>/
# (make it a regression test: tests/fuzz/regressions/README.md).
# OAUTHDESK_FUZZ_SECONDS sets the brief run's seconds per target (default 8).
# Installs nothing itself beyond packaging/install-deps.sh --with-tests when clang++-19 is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${OAUTHDESK_FUZZ_BUILD_DIR:-build-fuzz}
seconds=
targets=()
while (($#)); do
  case "$1" in
    --time) seconds=${2:?--time needs seconds}; shift 2 ;;
    --time=*) seconds=${1#--time=}; shift ;;
    --list) grep -oE 'fuzz_[a-z0-9_]+' <(sed -n '/set(OAUTHDESK_FUZZ_TARGETS/,/)/p' tests/fuzz/CMakeLists.txt); exit 0 ;;
    -h|--help) sed -n '3,17p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [[ -n "$seconds" && ! "$seconds" =~ ^[0-9]+$ ]]; then
  echo "fuzz.sh: --time wants whole seconds, not '$seconds'" >&2; exit 2
fi
if ((${#targets[@]})) && [[ -z "$seconds" ]]; then
  echo "fuzz.sh: naming targets needs --time SECONDS" >&2; exit 2
fi

if ! command -v clang++-19 >/dev/null 2>&1; then
  packaging/install-deps.sh --with-tests
fi

start=$SECONDS
cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 \
  -DOAUTHDESK_FUZZ_SECONDS="${OAUTHDESK_FUZZ_SECONDS:-8}" >/dev/null
cmake --build "$build" -j "$(nproc)"
echo "fuzz.sh: build took $((SECONDS - start)) s"

all=($("$0" --list))
if ((${#targets[@]} == 0)); then targets=("${all[@]}"); fi
for t in "${targets[@]}"; do
  if [[ ! " ${all[*]} " == *" $t "* ]]; then
    echo "fuzz.sh: no target '$t' (have: ${all[*]})" >&2; exit 2
  fi
done

symbolizer=$(command -v llvm-symbolizer-19 || true)
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if [[ -n "$symbolizer" ]]; then
  export ASAN_SYMBOLIZER_PATH=$symbolizer UBSAN_SYMBOLIZER_PATH=$symbolizer
fi

failed=0
start=$SECONDS
if [[ -z "$seconds" ]]; then
  mode=brief
  rm -f "$build"/logs/*.log
  (cd "$build" && ctest -L fuzz -j "$(nproc)" --output-on-failure) || failed=1
else
  mode=long
  mkdir -p "$build/logs"
  run_one() {
    local t=$1
    mkdir -p "$build/corpus-$t" "$build/artifacts/$t"
    # New inputs go to the first folder only: the checked-in seeds are read, never grown.
    local rc=0
    "$build/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$t/" "$build/corpus-$t" "tests/fuzz/corpus/$t" \
      >"$build/logs/$t.log" 2>&1 || rc=$?
    echo "RunFuzzer: exit code $rc" >>"$build/logs/$t.log"   # the line RunFuzzer.cmake writes too
    return $rc
  }
  for t in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= $(nproc))); do wait -n || true; done
    echo "fuzz.sh: $t for $seconds s"
    rm -f "$build/logs/$t.log"
    run_one "$t" &
  done
  wait || true
  for t in "${targets[@]}"; do
    if ! grep -q '^RunFuzzer: exit code 0$' "$build/logs/$t.log" 2>/dev/null; then
      failed=1
      echo "fuzz.sh: $t FAILED; its report:"
      grep -E -A30 '^==[0-9]+==ERROR|runtime error|FUZZ_CHECK failed|ALARM|out-of-memory' "$build/logs/$t.log" | head -50 || true
    fi
  done
fi

# The summary, from libFuzzer's -print_final_stats lines.
printf '\nfuzz.sh: %s run, %d s\n' "$mode" "$((SECONDS - start))"
printf '%-22s %12s %9s %9s %16s  %-12s %s\n' target executions exec/s new-units corpus regressions result
for t in "${targets[@]}"; do
  log="$build/logs/$t.log"
  dir="$build/ctest-corpus/$t"; [[ "$mode" == long ]] && dir="$build/corpus-$t"
  stat() { grep -oE "stat::$1: *[0-9]+" "$log" 2>/dev/null | grep -oE '[0-9]+$' | tail -1; }
  files=$(find "$dir" -type f 2>/dev/null | wc -l)
  bytes=$(find "$dir" -type f -printf '%s\n' 2>/dev/null | awk '{s += $1} END {print s + 0}')
  result=ok
  if [[ ! -f "$log" ]]; then result="not run"
  elif ! grep -q '^RunFuzzer: exit code 0$' "$log"; then
    # libFuzzer names the input it saved (crash-, leak-, timeout-, oom-…).
    result="FAILED: $(grep -o 'Test unit written to .*' "$log" | tail -1 | cut -d' ' -f5)"
  fi
  # The replays (brief mode): how many inputs tests/fuzz/regressions/<t>/ holds and whether they pass.
  kept=$(find "tests/fuzz/regressions/$t" -type f ! -name 'README*' ! -name '.*' 2>/dev/null | wc -l)
  replay="-"
  if [[ "$mode" == brief ]]; then
    replay="$kept ok"
    if ((kept == 0)); then replay="none"
    elif [[ ! -f "$build/logs/${t}_regressions.log" ]]; then replay="not run"
    elif ! grep -q '^RunFuzzer: exit code 0$' "$build/logs/${t}_regressions.log"; then replay="$kept FAILED"
    fi
  fi
  printf '%-22s %12s %9s %9s %16s  %-12s %s\n' "$t" "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" \
    "$(stat new_units_added)" "${files} files/$((bytes / 1024))K" "$replay" "$result"
done
if ((failed)); then
  echo "fuzz.sh: FAILED. Reproduce: $build/<target> <input> (a fuzz run's input is in" \
       "$build/artifacts/<target>/, a replay's in tests/fuzz/regressions/<target>/);" \
       "keep a new one as a test: tests/fuzz/regressions/README.md" >&2
  exit 1
fi
