#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Run a command against TWO local OpenID providers (tests/live/as/server.mjs), "UAT" and a
# stricter "Production" (OAUTHDESK_AS_PROFILE=production: no client_secret_post, no
# payments:write scope), for the UAT → Production tests (issue 15).
#
#   tests/live/with-two-as.sh <command> [args...]
#
# Each AS is started by with-as.sh (its own port, test PKI, initial access token, log), one
# inside the other. The command sees the UAT AS as OAUTHDESK_TEST_* (as under with-as.sh) and
# the Production AS as the same names with OAUTHDESK_PROD_* (OAUTHDESK_PROD_ISSUER,
# OAUTHDESK_PROD_CA, OAUTHDESK_PROD_IAT, OAUTHDESK_PROD_API, OAUTHDESK_PROD_AS_LOG, …).
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
[ "$#" -gt 0 ] || { echo "usage: $0 <command> [args...]" >&2; exit 1; }

# Outer: UAT (the default profile). Inner: Production. Innermost: the command, with the
# inner AS's variables renamed to OAUTHDESK_PROD_* and the outer's restored.
unset OAUTHDESK_AS_PROFILE
exec "$HERE/with-as.sh" sh -c '
  for v in $(env | sed -n "s/^\(OAUTHDESK_TEST_[A-Z_]*\)=.*/\1/p"); do
    eval "export OAUTHDESK_UAT_SAVED_${v#OAUTHDESK_TEST_}=\"\$$v\""
  done
  OAUTHDESK_AS_PROFILE=production exec "$0" sh -c '"'"'
    unset OAUTHDESK_AS_PROFILE
    for v in $(env | sed -n "s/^\(OAUTHDESK_TEST_[A-Z_]*\)=.*/\1/p"); do
      eval "export OAUTHDESK_PROD_${v#OAUTHDESK_TEST_}=\"\$$v\""
    done
    for v in $(env | sed -n "s/^\(OAUTHDESK_UAT_SAVED_[A-Z_]*\)=.*/\1/p"); do
      eval "export OAUTHDESK_TEST_${v#OAUTHDESK_UAT_SAVED_}=\"\$$v\""
      unset "$v"
    done
    exec "$@"
  '"'"' sh "$@"
' "$HERE/with-as.sh" "$@"
