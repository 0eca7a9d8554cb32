#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a release .deb and its -dbgsym .ddeb (scripts/package.sh runs this):
#  - lintian reports no error and no warning (info and pedantic tags are printed, not fatal);
#  - the executables in the .deb are stripped (no .debug_info section) and each has a build ID
#    whose debug file is in the .ddeb;
#  - the installed AppStream metainfo passes `appstreamcli validate --strict`, and the desktop
#    file desktop-file-validate, both from the unpacked .deb.
# Usage: tests/packaging/check-deb.sh DEB DDEB
set -euo pipefail
if (($# != 2)); then echo "usage: $0 DEB DDEB" >&2; exit 2; fi
deb=$(realpath "$1")
ddeb=$(realpath "$2")
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
for tool in lintian dpkg-deb readelf appstreamcli desktop-file-validate; do
  command -v "$tool" >/dev/null || fail "$tool not found: run packaging/install-deps.sh --with-packaging"
done
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT

echo "check-deb: lintian $(basename "$deb")"
# Root may run lintian only with --allow-root; the tags it prints are the report.
lintian_args=(--no-tag-display-limit --display-info)
[[ "$(id -u)" == 0 ]] && lintian_args+=(--allow-root)
lintian "${lintian_args[@]}" "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -qE '^[EW]: ' "$work/lintian.txt"; then
  fail "lintian reported errors or warnings (above)"
fi
echo "check-deb: lintian: no errors, no warnings"

dpkg-deb -x "$deb" "$work/deb"
dpkg-deb -x "$ddeb" "$work/ddeb"
for exe in usr/bin/oauthdesk usr/bin/oauthdesk-cli; do
  f="$work/deb/$exe"
  [[ -x "$f" ]] || fail "$exe is not in the package"
  if readelf -S "$f" | grep -q '\.debug_info'; then
    fail "$exe is not stripped (it has .debug_info)"
  fi
  id=$(readelf -n "$f" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')
  [[ -n "$id" ]] || fail "$exe has no build ID"
  dbg="$work/ddeb/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"
  [[ -f "$dbg" ]] || fail "$exe: no debug file for build ID $id in $(basename "$ddeb")"
  # A debug file's .interp is NOBITS, so readelf says "Unable to find program interpreter name".
  readelf -S "$dbg" 2>/dev/null | grep -q '\.debug_info' || fail "$dbg holds no .debug_info"
  echo "check-deb: $exe stripped ($(du -h "$f" | cut -f1)), debug info in the .ddeb by build ID $id"
done

metainfo=$(ls "$work"/deb/usr/share/metainfo/*.metainfo.xml)
echo "check-deb: appstreamcli validate --strict --no-net ${metainfo#"$work/deb"}"
appstreamcli validate --strict --no-net "$metainfo" || fail "appstreamcli validate --strict"
desktop=$(ls "$work"/deb/usr/share/applications/*.desktop)
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate"; }
[[ -z "$out" ]] || { echo "$out"; fail "desktop-file-validate reported messages"; }
echo "check-deb: OK ($(du -h "$deb" | cut -f1) .deb, $(du -h "$ddeb" | cut -f1) .ddeb)"
