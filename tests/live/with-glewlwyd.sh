#!/bin/sh
# Run a command against a real, local Glewlwyd (Debian's glewlwyd 2.7.5) OpenID provider.
#
#   tests/live/with-glewlwyd.sh <command> [args...]
#
# Creates a throw-away test PKI, a config file and a SQLite database (the Debian package's
# own init script) in a temporary folder, starts /usr/bin/glewlwyd as a plain process (not
# the system service) on 127.0.0.1:<free port> over HTTPS, asking every connection for a
# client certificate issued by the test client CA; then configures it through its admin REST
# API (admin login with the password scheme, scopes, an OIDC plugin instance, a test user, a
# registrar client whose client_credentials token is the initial access token for RFC 7591,
# a tls_client_auth client with a certificate from the test client CA), exports
# OAUTHDESK_TEST_* for the command, runs it, stops Glewlwyd and exits with the command's exit
# code. Same variables as with-as.sh where they make sense.
#
# Exported: OAUTHDESK_TEST_ISSUER (https://127.0.0.1:<port>/api/oidc, a path issuer),
# OAUTHDESK_TEST_CA, OAUTHDESK_TEST_WRONG_CA, OAUTHDESK_TEST_CLIENT_CA(_KEY), OAUTHDESK_TEST_IAT
# (an access token with the scope oauthdesk-register, valid 1 h), OAUTHDESK_TEST_AS_LOG,
# OAUTHDESK_TEST_MTLS_CLIENT_ID / _CERT / _KEY (a tls_client_auth client created through the admin
# API, as RFC 7591 cannot create one here, and its certificate, PEM, and key, PKCS#8 PEM), and for
# TestBrowser's login OAUTHDESK_TEST_AS_KIND=glewlwyd, OAUTHDESK_TEST_LOGIN_API
# (https://127.0.0.1:<port>/api), OAUTHDESK_TEST_USER, OAUTHDESK_TEST_PASSWORD. No protected API,
# JWKS host or software statements (OAUTHDESK_TEST_API, _JWKS_HOST, _SSA_*): Glewlwyd has none.
#
# How Glewlwyd 2.7.5 answers differently from the RFCs (tst_live_interop prints each as a
# "DEVIATION" warning when it meets it):
# - RFC 7591: redirect_uris are required of every client, also client_credentials-only ones
#   (400 invalid_redirect_uri "redirect_uris is mandatory and must be an array of strings");
#   a registration answers 200, not 201; response_types [] becomes ["code"], and the client
#   then also has the authorization_code grant; the scope asked for is echoed but ignored (every
#   registered client gets register-client-credentials-scope); tls_client_auth and
#   self_signed_tls_client_auth cannot be registered (400 invalid_client_metadata
#   "token_endpoint_auth_method must have one of the following values: 'none',
#   'client_secret_post', 'client_secret_basic', 'client_secret_jwt', 'private_key_jwt'"),
#   although discovery offers tls_client_auth (the plugin does authenticate a tls_client_auth
#   client created through the admin API: OAUTHDESK_TEST_MTLS_CLIENT_ID);
#   "token_endpoint_auth_method": "none" registers a confidential client unless the
#   non-standard "client_confidential": false is sent.
# - RFC 7592: the read-back has token_endpoint_auth_method as an array (["client_secret_basic"]),
#   no scope, application_type, client_id_issued_at or registration_client_uri; DELETE answers
#   200 with an empty body, not 204.
# - RFC 6749 §5.2: a wrong client secret at the token endpoint gets 403 with an empty body (no
#   invalid_client); an unknown scope gets 400 {"error":"scope_invalid"} (not invalid_scope).
# - RFC 7523 / RFC 7521 §5.2: a client assertion's aud must be the endpoint called
#   (<issuer>/token, <issuer>/introspect, <issuer>/revoke); the token endpoint's URL is refused
#   at introspection and revocation (a bare 401). An assertion is only accepted when
#   request-parameter-allow is on.
# - RFC 8414: grant_types_supported lists only authorization_code and implicit; the
#   introspection/revocation auth methods list only client_secret_basic, although
#   client_secret_post, private_key_jwt and certificates work there too.
# - RFC 8252 §7.3: a loopback redirect URI must match exactly, port included (403 otherwise).
# - RFC 8705: no self-signed client certificate ever reaches the plugin (see the plugin below);
#   tokens issued with tls_client_auth are bound (cnf.x5t#S256), but discovery does not say
#   tls_client_certificate_bound_access_tokens (§3.3: absent means false).
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
# shellcheck source=test-pki.sh
. "$HERE/test-pki.sh"

die() { echo "with-glewlwyd.sh: $*" >&2; exit 1; }

[ "$#" -gt 0 ] || die "usage: $0 <command> [args...]"

# ---- prerequisites ---------------------------------------------------------
GLEWLWYD=${GLEWLWYD:-/usr/bin/glewlwyd}
GLEWLWYD_LIB=${GLEWLWYD_LIB:-/usr/lib/glewlwyd}
GLEWLWYD_SCHEMA=${GLEWLWYD_SCHEMA:-/usr/share/dbconfig-common/data/glewlwyd/install/sqlite3}
[ -x "$GLEWLWYD" ] \
  || die "glewlwyd not found at $GLEWLWYD; install glewlwyd: packaging/install-deps.sh --with-tests does"
[ -f "$GLEWLWYD_LIB/plugin/libprotocol_oidc.so" ] \
  || die "$GLEWLWYD_LIB/plugin/libprotocol_oidc.so missing; reinstall glewlwyd"
[ -f "$GLEWLWYD_SCHEMA" ] \
  || die "the SQLite init script $GLEWLWYD_SCHEMA is missing; reinstall glewlwyd"
command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found (a dependency of glewlwyd)"
command -v curl >/dev/null 2>&1 \
  || die "curl not found; install curl: packaging/install-deps.sh --with-tests does"
command -v openssl >/dev/null 2>&1 || die "openssl CLI not found"

# ---- temp dir + cleanup -----------------------------------------------------
# Glewlwyd unloads its modules and endpoints on TERM: about a second.
launcher_setup glewlwyd glewlwyd.log 50

# ---- test PKI (as with-as.sh, plus Glewlwyd's own token-signing key) --------------
pki() {
  cd "$TMP"
  test_pki_common
  # The pre-provisioned tls_client_auth client's transport certificate (see "mTLS client"
  # below): EC P-256, unencrypted PKCS#8 PEM key, issued by the client CA, fixed subject DN.
  printf '%s\n' \
    'basicConstraints=critical,CA:FALSE' \
    'keyUsage=critical,digitalSignature' \
    'extendedKeyUsage=clientAuth' \
    'authorityKeyIdentifier=keyid' > mtls-client.ext
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out mtls-client.key
  openssl req -new -key mtls-client.key -out mtls-client.csr \
    -subj "/O=OAuthDesk Live Test/CN=oauthdesk-mtls-client"
  openssl x509 -req -in mtls-client.csr -CA client-ca.pem -CAkey client-ca.key -CAcreateserial \
    -days 2 -sha256 -extfile mtls-client.ext -out mtls-client.pem
  # The OIDC plugin's token-signing key pair (RS256), PEM.
  openssl req -x509 -newkey rsa:2048 -nodes -keyout sign.key -out sign.pem -days 2 \
    -subj "/CN=OAuthDesk Glewlwyd token signing"
  # Secrets of this run: the registrar client's secret and the test user's password.
  openssl rand -hex 24 > registrar-secret.txt
  openssl rand -hex 16 > user-password.txt
  rm -f wrong-ca.key ca.srl client-ca.srl server.csr mtls-client.csr
}
( pki ) >"$TMP/pki.log" 2>&1 || { cat "$TMP/pki.log" >&2; die "creating the test PKI failed"; }

# ---- free port (127.0.0.1) --------------------------------------------------
if command -v python3 >/dev/null 2>&1; then
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()') \
    || die "could not pick a free port"
elif command -v node >/dev/null 2>&1; then
  PORT=$(node -e '
const s = require("net").createServer();
s.listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close(); });
') || die "could not pick a free port"
else
  die "python3 or node is needed to pick a free port"
fi

BASE="https://127.0.0.1:$PORT"
API="$BASE/api"
PLUGIN=oidc
ISSUER="$API/$PLUGIN"  # a path issuer: discovery at $ISSUER/.well-known/openid-configuration
DISCOVERY="$ISSUER/.well-known/openid-configuration"

# ---- database and config ------------------------------------------------------
# The Debian package's SQLite init script: the schema, the admin user (password "password"),
# the scopes g_admin, g_profile, openid and the database user and client backends.
sqlite3 "$TMP/glewlwyd.db" <"$GLEWLWYD_SCHEMA" >"$TMP/sqlite.log" 2>&1 \
  || { cat "$TMP/sqlite.log" >&2; die "initialising the SQLite database failed"; }

cat >"$TMP/glewlwyd.conf" <<EOF
# OAuthDesk live tests (tests/live/with-glewlwyd.sh); thrown away after the run.
port=$PORT
bind_address="127.0.0.1"
external_url="$BASE"
login_url="login.html"
api_prefix="api"
cookie_secure=1
cookie_same_site="strict"
session_expiration=3600
session_key="GLEWLWYD2_SESSION_ID"
admin_session_authentication="cookie"
profile_session_authentication="cookie"
allow_multiple_user_per_session=true
login_api_enabled=true
max_post_size=1048576
admin_scope="g_admin"
profile_scope="g_profile"
user_module_path="$GLEWLWYD_LIB/user"
client_module_path="$GLEWLWYD_LIB/client"
user_auth_scheme_module_path="$GLEWLWYD_LIB/scheme"
plugin_module_path="$GLEWLWYD_LIB/plugin"
use_secure_connection=true
secure_connection_key_file="$TMP/server.key"
secure_connection_pem_file="$TMP/server.pem"
# Setting a CA makes the TLS layer request client certificates (RFC 8705).
secure_connection_ca_file="$TMP/client-ca.pem"
hash_algorithm="SHA512"
database =
{
  type = "sqlite3"
  path = "$TMP/glewlwyd.db"
};
EOF

# ---- start the AS -------------------------------------------------------------
# INFO, not DEBUG: Glewlwyd logs tokens at DEBUG, and the log tail is printed on failure
# (GLEWLWYD_LOG_LEVEL=DEBUG when diagnosing by hand).
"$GLEWLWYD" -c "$TMP/glewlwyd.conf" -m console -l "${GLEWLWYD_LOG_LEVEL:-INFO}" >"$AS_LOG" 2>&1 &
AS_PID=$!

probe() {
  curl --cacert "$TMP/ca.pem" -fsS -o /dev/null --max-time 2 "$BASE/config" 2>/dev/null
}

fail_with_log() {
  echo "with-glewlwyd.sh: $*; last 50 lines of its log ($AS_LOG):" >&2
  tail -n 50 "$AS_LOG" >&2 || true
  exit 1
}

i=0
until probe; do
  if ! kill -0 "$AS_PID" 2>/dev/null; then
    fail_with_log "Glewlwyd exited during start-up"
  fi
  i=$((i + 1))
  if [ "$i" -ge 200 ]; then
    fail_with_log "Glewlwyd did not answer $BASE/config within 20 s"
  fi
  sleep 0.1
done

# ---- configuration through the admin REST API ---------------------------------------
# JSON string of a file's content (PEM: no quotes or backslashes, newlines become \n).
json_file() { awk 'BEGIN { printf "\"" } { printf "%s\\n", $0 } END { printf "\"" }' "$1"; }
# Value of a top-level string member of a JSON object (enough for the answers used here).
json_member() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

JAR="$TMP/admin.cookies"
# admin <method> <path under /api> [json body]: one admin API call with the admin session;
# any answer but 200 ends the run. A body (it may hold the run's secrets) goes to curl through
# a file, never on its command line, where `ps` would show it.
admin() {
  out="$TMP/admin.out"
  if [ "$#" -ge 3 ]; then
    (umask 077; printf '%s' "$3" > "$TMP/admin.body")
    code=$(curl --cacert "$TMP/ca.pem" -sS -o "$out" -w '%{http_code}' -b "$JAR" -c "$JAR" \
      -X "$1" -H 'Content-Type: application/json' --data-binary "@$TMP/admin.body" "$API$2") || code=000
    rm -f "$TMP/admin.body"
  else
    code=$(curl --cacert "$TMP/ca.pem" -sS -o "$out" -w '%{http_code}' -b "$JAR" -c "$JAR" \
      -X "$1" "$API$2") || code=000
  fi
  if [ "$code" != 200 ]; then
    echo "with-glewlwyd.sh: admin API $1 $API$2 answered $code: $(head -c 2000 "$out" 2>/dev/null)" >&2
    fail_with_log "configuring Glewlwyd failed"
  fi
}

# Admin login with the password scheme (the admin user of the init script).
admin POST /auth/ '{"username":"admin","password":"password"}'

# API scopes (the user's and the clients'); oauthdesk-register is what the initial access
# token must carry at the registration endpoint.
for scope in accounts:read payments:write oauthdesk-register; do
  admin POST /scope "{\"name\":\"$scope\",\"display_name\":\"$scope\",\"description\":\"OAuthDesk live test scope\",\"password_required\":false,\"password_max_age\":0,\"scheme\":{}}"
done

# The OIDC plugin instance (libprotocol_oidc, parameter names as in glewlwyd 2.7.5's
# src/plugin/protocol_oidc.c):
# - grants: authorization code (PKCE S256 allowed, plain not), client credentials, refresh;
# - private_key_jwt with the client's inline jwks (request-parameter-allow + client-jwks-parameter);
# - RFC 7662/7009 for the token's own client (introspection-revocation-allow-target-client);
# - RFC 7591 with an access token carrying oauthdesk-register (not used up by a registration),
#   RFC 7592 management; registered clients get the scopes accounts:read payments:write;
# - mutual TLS from the TLS session with the RFC 8705 endpoint aliases (/mtls/...).
#   self_signed_tls_client_auth stays off: Glewlwyd's TLS layer (ulfius 2.7) drops every
#   client certificate that does not verify against secure_connection_ca_file, so a
#   self-signed one never reaches the plugin (its docs: "Self-signed certificates couldn't
#   be tested in TLS sessions"). Off, discovery does not offer it.
PLUGIN_JSON=$(cat <<EOF
{"module":"oidc","name":"$PLUGIN","display_name":"OAuthDesk live test OIDC","enabled":true,"parameters":{
 "iss":"$ISSUER","jwt-type":"rsa","jwt-key-size":"256","key":$(json_file "$TMP/sign.key"),"cert":$(json_file "$TMP/sign.pem"),
 "jwks-show":true,"access-token-duration":3600,"refresh-token-duration":86400,"code-duration":60,
 "refresh-token-rolling":true,"allow-non-oidc":true,"subject-type":"public",
 "auth-type-code-enabled":true,"auth-type-client-enabled":true,"auth-type-refresh-enabled":true,
 "auth-type-token-enabled":false,"auth-type-none-enabled":false,"auth-type-password-enabled":false,
 "auth-type-device-enabled":false,
 "allowed-scope":["openid","accounts:read","payments:write"],"scope":[],
 "pkce-allowed":true,"pkce-method-plain-allowed":false,
 "introspection-revocation-allowed":true,"introspection-revocation-allow-target-client":true,
 "introspection-revocation-auth-scope":[],
 "register-client-allowed":true,"register-client-auth-scope":["oauthdesk-register"],
 "register-client-credentials-scope":["accounts:read","payments:write"],
 "register-client-management-allowed":true,"register-client-token-one-use":false,
 "register-default-properties":{},
 "request-parameter-allow":true,"request-maximum-exp":3600,
 "client-jwks-parameter":"jwks","client-jwks_uri-parameter":"jwks_uri","client-pubkey-parameter":"pubkey",
 "client-cert-source":"TLS","client-cert-use-endpoint-aliases":true,"client-cert-self-signed-allowed":false,
 "oauth-as-iss-id":true}}
EOF
)
admin POST /mod/plugin "$PLUGIN_JSON"

# The test user (database backend) for the authorization code flow: password scheme.
USER_NAME=oauthdesk-test
USER_PASSWORD=$(cat "$TMP/user-password.txt")
admin POST /user/ "{\"username\":\"$USER_NAME\",\"name\":\"OAuthDesk Test User\",\"email\":\"test-user@oauthdesk.test\",\"password\":\"$USER_PASSWORD\",\"scope\":[\"openid\",\"accounts:read\",\"payments:write\",\"g_profile\"],\"enabled\":true}"

# The registrar: a confidential client_credentials client with the scope oauthdesk-register.
REGISTRAR_SECRET=$(cat "$TMP/registrar-secret.txt")
admin POST /client/ "{\"client_id\":\"oauthdesk-registrar\",\"name\":\"OAuthDesk live test registrar\",\"confidential\":true,\"client_secret\":\"$REGISTRAR_SECRET\",\"token_endpoint_auth_method\":[\"client_secret_basic\"],\"authorization_type\":[\"client_credentials\"],\"scope\":[\"oauthdesk-register\"],\"redirect_uri\":[],\"enabled\":true}"

# mTLS client (RFC 8705 §2.1 tls_client_auth), created here because Glewlwyd's RFC 7591
# endpoint refuses tls_client_auth (see the header). glewlwyd 2.7.5's
# src/plugin/protocol_oidc.c, check_client_certificate_valid(): a request to /mtls/... with a
# TLS client certificate and a client_id form field authenticates that client when its
# token_endpoint_auth_method has "tls_client_auth" and its tls_client_auth_subject_dn equals
# (case-insensitively) the certificate's RFC 4514 subject (gnutls_x509_crt_get_dn3); the
# certificate's SHA-256 thumbprint then becomes the access token's cnf.x5t#S256.
# The database client backend only stores properties listed in its data-format (the init
# script lists tls_client_auth_san_* but not tls_client_auth_subject_dn), so add that one
# to the backend's parameters and reset (reload) the backend, all through the admin API.
admin GET /mod/client/database
if ! grep -q '"tls_client_auth_subject_dn"' "$TMP/admin.out"; then
  sed 's/"data-format":{/"data-format":{"tls_client_auth_subject_dn":{"multiple":false,"read":true,"write":true},/' \
    "$TMP/admin.out" >"$TMP/client-module.json"
  grep -q '"tls_client_auth_subject_dn"' "$TMP/client-module.json" \
    || { cat "$TMP/admin.out" >&2; fail_with_log "the database client backend's parameters have no data-format"; }
  admin PUT /mod/client/database "$(cat "$TMP/client-module.json")"
  admin PUT /mod/client/database/reset
fi
MTLS_CLIENT_ID=oauthdesk-mtls
MTLS_SUBJECT_DN=$(openssl x509 -in "$TMP/mtls-client.pem" -noout -subject -nameopt RFC2253 | sed 's/^subject= *//')
[ "$MTLS_SUBJECT_DN" = "CN=oauthdesk-mtls-client,O=OAuthDesk Live Test" ] \
  || die "unexpected subject DN of the mTLS client certificate: $MTLS_SUBJECT_DN"
admin POST /client/ "{\"client_id\":\"$MTLS_CLIENT_ID\",\"name\":\"OAuthDesk live test tls_client_auth\",\"confidential\":true,\"token_endpoint_auth_method\":[\"tls_client_auth\"],\"tls_client_auth_subject_dn\":\"$MTLS_SUBJECT_DN\",\"authorization_type\":[\"client_credentials\"],\"scope\":[\"accounts:read\",\"payments:write\"],\"redirect_uri\":[],\"enabled\":true}"
# The stored client has the subject DN (a property left out of data-format is dropped silently).
admin GET "/client/$MTLS_CLIENT_ID"
grep -q '"tls_client_auth_subject_dn":"CN=oauthdesk-mtls-client' "$TMP/admin.out" \
  || { cat "$TMP/admin.out" >&2; fail_with_log "the mTLS client was stored without tls_client_auth_subject_dn"; }

# Discovery answers now (the plugin is loaded).
curl --cacert "$TMP/ca.pem" -fsS -o "$TMP/discovery.json" --max-time 5 "$DISCOVERY" \
  || fail_with_log "discovery $DISCOVERY does not answer"

# The initial access token: the registrar's client_credentials access token (a JWT, 1 h).
# The registrar's credentials reach curl through a config file, not its command line.
(umask 077; printf 'user = "oauthdesk-registrar:%s"\n' "$REGISTRAR_SECRET" > "$TMP/registrar.curlrc")
curl --cacert "$TMP/ca.pem" -sS -o "$TMP/iat.json" --max-time 5 -K "$TMP/registrar.curlrc" \
  -d grant_type=client_credentials -d scope=oauthdesk-register "$ISSUER/token" \
  || fail_with_log "the registrar's token request failed"
rm -f "$TMP/registrar.curlrc"
IAT=$(json_member access_token <"$TMP/iat.json")
[ -n "$IAT" ] || { cat "$TMP/iat.json" >&2; fail_with_log "no initial access token from $ISSUER/token"; }

# ---- run the test -----------------------------------------------------------
export OAUTHDESK_TEST_AS_KIND=glewlwyd
export OAUTHDESK_TEST_ISSUER="$ISSUER"
export OAUTHDESK_TEST_CA="$TMP/ca.pem"
export OAUTHDESK_TEST_WRONG_CA="$TMP/wrong-ca.pem"
export OAUTHDESK_TEST_AS_LOG="$AS_LOG"
export OAUTHDESK_TEST_CLIENT_CA="$TMP/client-ca.pem"
export OAUTHDESK_TEST_CLIENT_CA_KEY="$TMP/client-ca.key"
export OAUTHDESK_TEST_IAT="$IAT"
# The pre-provisioned tls_client_auth client (client_credentials, accounts:read payments:write)
# and its transport certificate (PEM) and key (PKCS#8 PEM), issued by OAUTHDESK_TEST_CLIENT_CA.
export OAUTHDESK_TEST_MTLS_CLIENT_ID="$MTLS_CLIENT_ID"
export OAUTHDESK_TEST_MTLS_CLIENT_CERT="$TMP/mtls-client.pem"
export OAUTHDESK_TEST_MTLS_CLIENT_KEY="$TMP/mtls-client.key"
# The browser login (TestBrowser): Glewlwyd's login API and the test user.
export OAUTHDESK_TEST_LOGIN_API="$API"
export OAUTHDESK_TEST_USER="$USER_NAME"
export OAUTHDESK_TEST_PASSWORD="$USER_PASSWORD"

set +e
"$@"
RC=$?
set -e

stop_as
if [ "$RC" -ne 0 ]; then
  echo "with-glewlwyd.sh: command exited with $RC; last 50 lines of the Glewlwyd log ($AS_LOG):" >&2
  tail -n 50 "$AS_LOG" >&2 || true
fi
exit "$RC"
