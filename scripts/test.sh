#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything the build and the tests need (Debian 12), builds with warnings as errors,
# and runs every test suite: unit, gui (offscreen), bench (correctness of the benchmark run).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --with-tests
build=${OAUTHDESK_BUILD_DIR:-build-tests}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOAUTHDESK_WERROR=ON
cmake --build "$build" -j "$(nproc)"
cd "$build"
# A fresh HOME keeps the tests out of the user's settings and keyring (PLATFORM-NOTES §9.4).
export HOME="$(mktemp -d)"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure -j "$(nproc)" "$@"
