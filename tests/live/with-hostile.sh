#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Run a command against the hostile test server (tests/live/hostile/server.mjs): a loopback AS
# that misbehaves on purpose, one path-issuer per scenario (issue 13).
#
#   tests/live/with-hostile.sh <command> [args...]
#
# Creates a throw-away test PKI (plus a wrong-host, an expired and a self-signed server
# certificate), starts the server on 127.0.0.1:<free ports> over HTTPS (and one plain TCP
# recorder, the downgrade target), exports OAUTHDESK_TEST_* for the command, runs it, stops the
# server and exits with the command's exit code. Needs node (>= 18) and openssl, no npm packages.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
# shellcheck source=test-pki.sh
. "$HERE/test-pki.sh"
SERVER="$HERE/hostile/server.mjs"

die() { echo "with-hostile.sh: $*" >&2; exit 1; }

[ "$#" -gt 0 ] || die "usage: $0 <command> [args...]"

# ---- prerequisites ---------------------------------------------------------
command -v node >/dev/null 2>&1 \
  || die "node (>= 18) not found; install nodejs: packaging/install-deps.sh --with-tests does"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) \
  || die "'node -p' failed ($(command -v node)); need a working node >= 18; install nodejs: packaging/install-deps.sh --with-tests does"
[ "$NODE_MAJOR" -ge 18 ] 2>/dev/null \
  || die "node $(node --version 2>/dev/null || echo '?') is too old (need >= 18); install nodejs: packaging/install-deps.sh --with-tests does"
command -v openssl >/dev/null 2>&1 || die "openssl CLI not found"
[ -f "$SERVER" ] || die "$SERVER is missing"

# ---- temp dir + cleanup -----------------------------------------------------
launcher_setup hostile hostile.log 20

# ---- test PKI -----------------------------------------------------------------
# Three bad server certificates: from the test CA but for another host, from the test CA but
# expired (openssl ca, for a validity in the past), and self-signed for 127.0.0.1.
pki() {
  cd "$TMP"
  test_pki_common
  printf '%s\n' \
    'basicConstraints=critical,CA:FALSE' \
    'keyUsage=critical,digitalSignature,keyEncipherment' \
    'extendedKeyUsage=serverAuth' \
    'subjectAltName=DNS:wrong-host.oauthdesk.test' \
    'authorityKeyIdentifier=keyid' > wronghost.ext
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout wronghost.key -out wronghost.csr -subj "/CN=OAuthDesk Hostile Wrong Host"
  openssl x509 -req -in wronghost.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
    -days 2 -extfile wronghost.ext -out wronghost.pem
  printf '%s\n' '[ ca ]' 'default_ca = hostile' '[ hostile ]' 'database = ca-index.txt' \
    'new_certs_dir = .' 'certificate = ca.pem' 'private_key = ca.key' 'serial = ca-serial' \
    'default_md = sha256' 'policy = anything' 'unique_subject = no' \
    '[ anything ]' 'commonName = supplied' > ca.cnf
  : > ca-index.txt
  echo 1000 > ca-serial
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout expired.key -out expired.csr -subj "/CN=OAuthDesk Hostile Expired"
  openssl ca -batch -config ca.cnf -in expired.csr -out expired.pem -notext \
    -startdate 20200101000000Z -enddate 20200201000000Z -extfile server.ext
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout selfsigned.key -out selfsigned.pem -days 2 -subj "/CN=OAuthDesk Hostile Self-Signed" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -addext "extendedKeyUsage=serverAuth"
  rm -f wrong-ca.key ca.srl ./*.csr ca-index.txt* ca-serial* ca.cnf ./*.ext 1000.pem
}
( pki ) >"$TMP/pki.log" 2>&1 || { cat "$TMP/pki.log" >&2; die "creating the test PKI failed"; }

# ---- free ports (127.0.0.1) -------------------------------------------------
PORTS=$(node -e '
const net = require("net");
const servers = [0, 1, 2, 3, 4].map(() => net.createServer());
Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, "127.0.0.1", () => ok(s.address().port)))))
  .then((ports) => { process.stdout.write(ports.join(" ")); servers.forEach((s) => s.close()); });
') || die "could not pick free ports"
# shellcheck disable=SC2086
set -- $PORTS "$@"
PORT=$1 PLAIN_PORT=$2 WRONGHOST_PORT=$3 EXPIRED_PORT=$4 SELFSIGNED_PORT=$5
shift 5

# ---- start the server -------------------------------------------------------
PORT="$PORT" PLAIN_PORT="$PLAIN_PORT" WRONGHOST_PORT="$WRONGHOST_PORT" EXPIRED_PORT="$EXPIRED_PORT" \
  SELFSIGNED_PORT="$SELFSIGNED_PORT" TLS_DIR="$TMP" \
  node "$SERVER" >"$AS_LOG" 2>&1 &
AS_PID=$!

BASE="https://127.0.0.1:$PORT"
DISCOVERY="$BASE/ok/.well-known/openid-configuration"

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
    echo "with-hostile.sh: the hostile test server exited during start-up; its log:" >&2
    cat "$AS_LOG" >&2
    exit 1
  fi
  i=$((i + 1))
  if [ "$i" -ge 200 ]; then
    echo "with-hostile.sh: the hostile test server did not answer $DISCOVERY within 20 s; its log:" >&2
    cat "$AS_LOG" >&2
    exit 1
  fi
  sleep 0.1
done

# ---- run the test -----------------------------------------------------------
export OAUTHDESK_TEST_HOSTILE_BASE="$BASE"
export OAUTHDESK_TEST_CA="$TMP/ca.pem"
export OAUTHDESK_TEST_HOSTILE_PLAIN_PORT="$PLAIN_PORT"
export OAUTHDESK_TEST_HOSTILE_WRONGHOST_PORT="$WRONGHOST_PORT"
export OAUTHDESK_TEST_HOSTILE_EXPIRED_PORT="$EXPIRED_PORT"
export OAUTHDESK_TEST_HOSTILE_SELFSIGNED_PORT="$SELFSIGNED_PORT"
export OAUTHDESK_TEST_AS_LOG="$AS_LOG"

set +e
"$@"
RC=$?
set -e

stop_as
if [ "$RC" -ne 0 ]; then
  echo "with-hostile.sh: command exited with $RC; last 50 lines of the server log ($AS_LOG):" >&2
  tail -n 50 "$AS_LOG" >&2 || true
fi
exit "$RC"
