#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_format: every C++ file of the project is laid out as .clang-format says (README "House
# rules"). On failure it prints what clang-format would change; `scripts/format.sh` applies it.
# Usage: check-format.sh SOURCE_DIR
set -eu
cd "$1"
cf=${CLANG_FORMAT:-clang-format}
if ! command -v "$cf" >/dev/null 2>&1; then
  echo "tst_format: $cf is not installed; packaging/install-deps.sh --with-tests installs it" >&2
  exit 1
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files '*.cpp' '*.h')
else
  files=$(find app lib tests -name node_modules -prune -o \( -name '*.cpp' -o -name '*.h' \) -print)
fi
count=$(printf '%s\n' $files | wc -l)
# shellcheck disable=SC2086 # one word a file: no file name has a space
if "$cf" --dry-run --Werror $files 2>/tmp/tst_format.$$; then
  echo "tst_format: $count files as .clang-format says ($("$cf" --version | sed 's/.*version //'))"
  rm -f /tmp/tst_format.$$
  exit 0
fi
grep -c 'error: code should be clang-formatted' /tmp/tst_format.$$ | sed 's/^/tst_format: places to reformat: /'
head -60 /tmp/tst_format.$$
rm -f /tmp/tst_format.$$
echo "tst_format: run scripts/format.sh and commit the result" >&2
exit 1
