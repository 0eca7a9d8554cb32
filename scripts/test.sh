#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything the build and the tests need (Debian 12), builds with warnings as errors,
# and runs every test suite: unit, gui (offscreen), keychain, live, bench (correctness of the
# benchmark run). Then builds again with AddressSanitizer and UndefinedBehaviorSanitizer and runs
# the unit, gui, keychain and live suites there, leak detection on, halting on the first error.
# Extra arguments go to both ctest runs (e.g. -L unit). OAUTHDESK_SKIP_SANITIZED=1 skips the
# second build (a quick local run; CI never sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
packaging/install-deps.sh --with-tests
build=${OAUTHDESK_BUILD_DIR:-build-tests}
asan_build=${OAUTHDESK_ASAN_BUILD_DIR:-build-asan}

# A fresh HOME spares the user's settings and keyring (docs/architecture.md "Test keyring").
export HOME="$(mktemp -d)"
export QT_QPA_PLATFORM=offscreen

start=$SECONDS
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOAUTHDESK_WERROR=ON
cmake --build "$build" -j "$(nproc)"
(cd "$build" && ctest --output-on-failure -j "$(nproc)" "$@")
echo "test.sh: plain build and tests took $((SECONDS - start)) s"

# --- fuzz suite (tests/fuzz, issue 13) ---------------------------------------------------------
# Every libFuzzer target briefly, built with clang-19 in build-fuzz/ (scripts/fuzz.sh).
# OAUTHDESK_SKIP_FUZZ=1 skips it.
if [[ "${OAUTHDESK_SKIP_FUZZ:-}" == 1 ]]; then
  echo "test.sh: fuzz suite skipped (OAUTHDESK_SKIP_FUZZ=1)"
else
  start=$SECONDS
  scripts/fuzz.sh
  echo "test.sh: fuzz build and runs took $((SECONDS - start)) s"
fi
# --- end fuzz suite ----------------------------------------------------------------------------

if [[ "${OAUTHDESK_SKIP_SANITIZED:-}" == 1 ]]; then
  echo "test.sh: sanitized build skipped (OAUTHDESK_SKIP_SANITIZED=1)"
  exit 0
fi
start=$SECONDS
# Debug: no optimiser to hide a use-after-free behind a register. The benchmarks are built but
# not run here (their figures would be the sanitizer's).
cmake -S . -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DOAUTHDESK_WERROR=ON -DOAUTHDESK_SANITIZE=ON
cmake --build "$asan_build" -j "$(nproc)"
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp
(cd "$asan_build" && ctest --output-on-failure -j "$(nproc)" -L 'unit|gui|keychain|live' "$@")
echo "test.sh: sanitized build and tests took $((SECONDS - start)) s"
