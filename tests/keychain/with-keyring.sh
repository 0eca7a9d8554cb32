#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs "$@" against a REAL gnome-keyring in a private D-Bus session (PLATFORM-NOTES §5):
# a fresh HOME per run gets a fresh "login" keyring, created and unlocked with a throwaway
# password; the daemon ends with the bus.
set -eu
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
# No display: an unlock prompt must never wait on an X server nobody sees (PLATFORM-NOTES §9.1).
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
  printf %s "oauthdesk-ci-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
