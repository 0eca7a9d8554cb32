#!/bin/sh
# Run a command against a real, local OpenID provider (tests/live/as/server.mjs).
#
#   tests/live/with-as.sh <command> [args...]
#
# Creates a throw-away test PKI, starts the AS on 127.0.0.1:<free port> over
# HTTPS, exports OAUTHDESK_TEST_* for the command, runs it, stops the AS and
# exits with the command's exit code.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
# shellcheck source=test-pki.sh
. "$HERE/test-pki.sh"
AS_DIR="$HERE/as"

die() { echo "with-as.sh: $*" >&2; exit 1; }

[ "$#" -gt 0 ] || die "usage: $0 <command> [args...]"

# ---- prerequisites ---------------------------------------------------------
command -v node >/dev/null 2>&1 \
  || die "node (>= 18) not found; install nodejs npm: packaging/install-deps.sh --with-tests does"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) \
  || die "'node -p' failed ($(command -v node)); need a working node >= 18; install nodejs npm: packaging/install-deps.sh --with-tests does"
[ "$NODE_MAJOR" -ge 18 ] 2>/dev/null \
  || die "node $(node --version 2>/dev/null || echo '?') is too old (need >= 18); install nodejs npm: packaging/install-deps.sh --with-tests does"
command -v openssl >/dev/null 2>&1 || die "openssl CLI not found"

# ---- dependencies (npm ci only when missing or the lockfile changed) --------
# ctest runs the tests that use this script in parallel: one npm ci at a time (a lock on
# $AS_DIR), else two installs into the same node_modules delete each other's files.
(
flock 9 || die "could not lock $AS_DIR"
if [ ! -f "$AS_DIR/node_modules/.package-lock.json" ] \
   || [ "$AS_DIR/package-lock.json" -nt "$AS_DIR/node_modules/.package-lock.json" ]; then
  command -v npm >/dev/null 2>&1 \
    || die "npm not found; install nodejs npm: packaging/install-deps.sh --with-tests does"
  echo "with-as.sh: installing test AS dependencies (npm ci)" >&2
  (cd "$AS_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || die "npm ci failed in $AS_DIR"
fi
) 9<"$AS_DIR" || exit 1

# ---- temp dir + cleanup -----------------------------------------------------
launcher_setup as as.log 20

# ---- test PKI -----------------------------------------------------------------
pki() {
  cd "$TMP"
  test_pki_common
  # Software statement signing key (RFC 7591 §2.3): EC P-256, unencrypted PKCS#8 PEM.
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ssa.key
  # Initial access token for dynamic client registration (RFC 7591).
  openssl rand -hex 32 > iat.txt
  rm -f wrong-ca.key ca.srl server.csr
}
( pki ) >"$TMP/pki.log" 2>&1 || { cat "$TMP/pki.log" >&2; die "creating the test PKI failed"; }

# ---- free port (127.0.0.1) --------------------------------------------------
PORT=$(node -e '
const s = require("net").createServer();
s.listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close(); });
') || die "could not pick a free port"

IAT=$(cat "$TMP/iat.txt")

# ---- start the AS -------------------------------------------------------------
PORT="$PORT" TLS_KEY="$TMP/server.key" TLS_CERT="$TMP/server.pem" TLS_CA="$TMP/ca.pem" \
  CLIENT_CA="$TMP/client-ca.pem" INITIAL_ACCESS_TOKEN="$IAT" SSA_KEY="$TMP/ssa.key" \
  node "$AS_DIR/server.mjs" >"$AS_LOG" 2>&1 &
AS_PID=$!

ISSUER="https://127.0.0.1:$PORT"
DISCOVERY="$ISSUER/.well-known/openid-configuration"

probe() {
  if command -v curl >/dev/null 2>&1; then
    curl --cacert "$TMP/ca.pem" -fsS -o /dev/null --max-time 2 "$DISCOVERY" 2>/dev/null
  else
    CA="$TMP/ca.pem" URL="$DISCOVERY" node -e '
const https = require("https");
const req = https.get(process.env.URL, { ca: require("fs").readFileSync(process.env.CA), timeout: 2000 },
  (res) => { res.resume(); process.exit(res.statusCode === 200 ? 0 : 1); });
req.on("error", () => process.exit(1));
req.on("timeout", () => { req.destroy(); process.exit(1); });
' 2>/dev/null
  fi
}

i=0
until probe; do
  if ! kill -0 "$AS_PID" 2>/dev/null; then
    echo "with-as.sh: the test AS exited during start-up; its log:" >&2
    cat "$AS_LOG" >&2
    exit 1
  fi
  i=$((i + 1))
  if [ "$i" -ge 200 ]; then
    echo "with-as.sh: the test AS did not answer $DISCOVERY within 20 s; its log:" >&2
    cat "$AS_LOG" >&2
    exit 1
  fi
  sleep 0.1
done

# ---- run the test -----------------------------------------------------------
export OAUTHDESK_TEST_ISSUER="$ISSUER"
export OAUTHDESK_TEST_CA="$TMP/ca.pem"
export OAUTHDESK_TEST_WRONG_CA="$TMP/wrong-ca.pem"
export OAUTHDESK_TEST_API="$ISSUER/api"
export OAUTHDESK_TEST_AS_LOG="$AS_LOG"
export OAUTHDESK_TEST_CLIENT_CA="$TMP/client-ca.pem"
export OAUTHDESK_TEST_CLIENT_CA_KEY="$TMP/client-ca.key"
export OAUTHDESK_TEST_IAT="$IAT"
export OAUTHDESK_TEST_JWKS_HOST="$ISSUER/test-jwks"
export OAUTHDESK_TEST_SSA_KEY="$TMP/ssa.key"
export OAUTHDESK_TEST_SSA_ISSUER="https://ssa.oauthdesk.test"
# Which AS this is, for the test harness's browser login only (TestBrowser): server.mjs
# signs in its fixed user "test-user" without a login form, so there is no password.
export OAUTHDESK_TEST_AS_KIND=oidc-provider
export OAUTHDESK_TEST_USER=test-user

set +e
"$@"
RC=$?
set -e

stop_as
if [ "$RC" -ne 0 ]; then
  echo "with-as.sh: command exited with $RC; last 50 lines of the AS log ($AS_LOG):" >&2
  tail -n 50 "$AS_LOG" >&2 || true
fi
exit "$RC"
