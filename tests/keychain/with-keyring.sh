#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs "$@" against a REAL gnome-keyring on its own D-Bus (docs/architecture.md "Test keyring"):
# a fresh HOME per run gets a fresh "login" keyring, created and unlocked with a throwaway
# password; the daemon ends with the bus.
set -eu
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
# No display, so no unlock prompt waits on a hidden X server (docs/architecture.md "Session bus").
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
  printf %s "oauthdesk-ci-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
