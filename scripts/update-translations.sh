#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites translations/oauthdesk_de.ts from every tr() in app/ (app/cli too) and lib/, then
# fills in the German of translations/oauthdesk_de.tsv (README "Translations").
# tests/unit/check-translations.py (tst_translations) runs the same lupdate and fails on strings
# this has not put in the .ts yet.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$root"
"$lupdate" -silent -no-obsolete -locations none app lib -ts translations/oauthdesk_de.ts
python3 translations/fill-ts.py translations/oauthdesk_de.ts translations/oauthdesk_de.tsv
# Once more, so the file is in lupdate's own layout (what it writes is what is committed).
"$lupdate" -silent -no-obsolete -locations none app lib -ts translations/oauthdesk_de.ts
