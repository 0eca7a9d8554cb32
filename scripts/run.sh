#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what OAuthDesk needs (Debian 12), builds it, and launches it.
# Extra arguments go to the app, e.g. scripts/run.sh --data-dir /tmp/oauthdesk-demo
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
# The CLI too: it works on the same data file (README "Command line": build/app/cli/oauthdesk-cli).
cmake --build build --target oauthdesk oauthdesk-cli
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
  # The keychain talks to the Secret Service over the session bus; without one, start a bus for
  # this run, not an autolaunched daemon that outlives the app (docs/architecture.md "Session bus").
  exec dbus-run-session -- build/app/oauthdesk "$@"
fi
exec build/app/oauthdesk "$@"
