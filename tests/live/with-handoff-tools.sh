#!/bin/sh
# Run a command with the hand-off pack's runners on PATH: newman (Postman collections) and
# bru (@usebruno/cli, Bruno collections), pinned in tests/live/handoff/package-lock.json.
#
#   tests/live/with-handoff-tools.sh <command> [args...]
#
# Installs them with npm ci when node_modules is missing or older than the lock file (one
# install at a time: ctest runs tests in parallel, and two installs into one node_modules
# delete each other's files), exports OAUTHDESK_NEWMAN and OAUTHDESK_BRU, then execs the command.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
TOOLS="$HERE/handoff"

die() { echo "with-handoff-tools.sh: $*" >&2; exit 1; }

[ "$#" -gt 0 ] || die "usage: $0 <command> [args...]"
command -v node >/dev/null 2>&1 \
  || die "node (>= 18) not found; install nodejs npm: packaging/install-deps.sh --with-tests does"

(
flock 9 || die "could not lock $TOOLS"
if [ ! -f "$TOOLS/node_modules/.package-lock.json" ] \
   || [ "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]; then
  command -v npm >/dev/null 2>&1 \
    || die "npm not found; install nodejs npm: packaging/install-deps.sh --with-tests does"
  echo "with-handoff-tools.sh: installing newman and @usebruno/cli (npm ci)" >&2
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || die "npm ci failed in $TOOLS"
fi
) 9<"$TOOLS" || exit 1

OAUTHDESK_NEWMAN="$TOOLS/node_modules/.bin/newman"
OAUTHDESK_BRU="$TOOLS/node_modules/.bin/bru"
[ -x "$OAUTHDESK_NEWMAN" ] || die "$OAUTHDESK_NEWMAN missing after npm ci"
[ -x "$OAUTHDESK_BRU" ] || die "$OAUTHDESK_BRU missing after npm ci"
export OAUTHDESK_NEWMAN OAUTHDESK_BRU
exec "$@"
