#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built tree into a DESTDIR with prefix /usr and validates the desktop integration.
# Usage: packaging/check-install.sh BUILD_DIR DESTDIR [APP_ID] [BUILT_EXECUTABLE]
# Exits non-zero on any missing file, validator error or validator warning.
set -euo pipefail

if (($# < 2)); then
  echo "usage: $0 BUILD_DIR DESTDIR [APP_ID] [BUILT_EXECUTABLE]" >&2
  exit 2
fi
build_dir=$1
destdir=$2
app_id=${3:-io.github.oauthdesk.OAuthDesk}
built_exe=${4:-$build_dir/app/oauthdesk}
cmake_cmd=${CMAKE:-cmake}

fail() { echo "check-install: FAIL: $*" >&2; exit 1; }

# `cmake --install` does not build: without the executable it stops with a confusing
# "file INSTALL cannot find" message, so say what is wrong first.
[[ -x "$built_exe" ]] ||
  fail "$built_exe is missing: build first (cmake --build $build_dir --target oauthdesk)"
for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null ||
    fail "$tool not found: run packaging/install-deps.sh --with-tests"
done

# Start clean so files left by an earlier install cannot hide a missing install rule.
rm -rf -- "$destdir"
mkdir -p -- "$destdir"
DESTDIR=$destdir "$cmake_cmd" --install "$build_dir" --prefix /usr >/dev/null ||
  fail "cmake --install $build_dir failed"

root=$destdir/usr
desktop=$root/share/applications/$app_id.desktop
metainfo=$root/share/metainfo/$app_id.metainfo.xml
icon=$root/share/icons/hicolor/scalable/apps/$app_id.svg
# oauthdesk-cli ships beside the app, with its man page and bash completion (app/cli/).
cli_files=("$root/bin/oauthdesk-cli" "$root/share/man/man1/oauthdesk-cli.1.gz"
  "$root/share/man/man1/oauthdesk.1.gz" "$root/share/doc/oauthdesk/copyright"
  "$root/share/doc/oauthdesk/changelog.gz"
  "$root/share/bash-completion/completions/oauthdesk-cli")
for f in "$root/bin/oauthdesk" "$desktop" "$metainfo" "$icon" "${cli_files[@]}"; do
  [[ -f "$f" ]] || fail "not installed: ${f#"$destdir"}"
  echo "check-install: installed ${f#"$destdir"}"
done
[[ -x "$root/bin/oauthdesk" ]] || fail "/usr/bin/oauthdesk is not executable"
[[ -x "$root/bin/oauthdesk-cli" ]] || fail "/usr/bin/oauthdesk-cli is not executable"

# desktop-file-validate exits 0 on warnings; treat them as failures like appstreamcli does.
echo "check-install: desktop-file-validate ${desktop#"$destdir"}"
dfv_out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$dfv_out"; fail "desktop-file-validate"; }
[[ -z "$dfv_out" ]] && echo "(no messages)" || echo "$dfv_out"
if grep -qE ': (error|warning):' <<<"$dfv_out"; then
  fail "desktop-file-validate reported errors or warnings"
fi

# --no-net: CI and the test run offline; appstreamcli fails on errors and warnings, not on
# info or pedantic notes.
echo "check-install: appstreamcli validate --strict --no-net ${metainfo#"$destdir"}"
appstreamcli validate --strict --no-net "$metainfo" || fail "appstreamcli validate --strict"

echo "check-install: OK"
