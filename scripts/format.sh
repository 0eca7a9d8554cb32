#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Lays out every C++ file of the project as .clang-format says (tests/unit/check-format.sh,
# tst_format, checks it).
set -eu
cd "$(dirname "$0")/.."
git ls-files '*.cpp' '*.h' | xargs "${CLANG_FORMAT:-clang-format}" -i
