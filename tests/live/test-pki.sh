#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What the live-test launchers (with-as.sh, with-glewlwyd.sh, with-hostile.sh) share, sourced:
# their temporary folder and AS shutdown (launcher_setup, below), and the throw-away test PKI
# they start from, called in the folder it writes to:
#   ca.pem/ca.key            the test CA the suites trust (OAUTHDESK_TEST_CA)
#   server.pem/server.key    the AS's certificate for 127.0.0.1 and localhost, from that CA
#   wrong-ca.pem             an unrelated CA (its key thrown away), for "wrong CA must fail"
#   client-ca.pem/.key       the client CA for RFC 8705 tls_client_auth (EC P-256, PKCS#8 PEM)
# Valid for two days; the openssl CLI is the test harness's, never the product's.
test_pki_common() {
  # Test CA
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 \
    -subj "/CN=OAuthDesk Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash"
  # Server certificate for 127.0.0.1 / localhost
  printf '%s\n' \
    'basicConstraints=critical,CA:FALSE' \
    'keyUsage=critical,digitalSignature,keyEncipherment' \
    'extendedKeyUsage=serverAuth' \
    'subjectAltName=IP:127.0.0.1,DNS:localhost' \
    'authorityKeyIdentifier=keyid' > server.ext
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout server.key -out server.csr -subj "/CN=127.0.0.1"
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
    -days 2 -extfile server.ext -out server.pem
  # Unrelated CA (for the "wrong CA must fail" tests); its key is thrown away.
  openssl req -x509 -newkey rsa:2048 -nodes -keyout wrong-ca.key -out wrong-ca.pem -days 2 \
    -subj "/CN=OAuthDesk Unrelated Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"
  # Client CA (certificate-based client authentication, RFC 8705 tls_client_auth):
  # EC P-256 key in unencrypted PKCS#8 PEM; the tests issue client certificates with it.
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out client-ca.key
  openssl req -x509 -new -key client-ca.key -out client-ca.pem -days 2 -sha256 \
    -subj "/CN=OAuthDesk Test Client CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash"
}

# The launchers' temporary folder and the AS stopped by its PID at exit: TERM, then KILL after
# the given tenths of a second.
#   launcher_setup <name> <log file name> <tenths>   sets TMP, AS_PID (empty), AS_LOG
launcher_setup() {
  TMP=$(mktemp -d "${TMPDIR:-/tmp}/oauthdesk-$1.XXXXXX")
  AS_PID=
  AS_LOG="$TMP/$2"
  AS_STOP_TENTHS=$3
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
}

stop_as() {
  if [ -n "$AS_PID" ] && kill -0 "$AS_PID" 2>/dev/null; then
    kill -TERM "$AS_PID" 2>/dev/null || true
    i=0
    while kill -0 "$AS_PID" 2>/dev/null && [ "$i" -lt "$AS_STOP_TENTHS" ]; do
      sleep 0.1; i=$((i + 1))
    done
    if kill -0 "$AS_PID" 2>/dev/null; then
      kill -KILL "$AS_PID" 2>/dev/null || true
    fi
  fi
  if [ -n "$AS_PID" ]; then
    wait "$AS_PID" 2>/dev/null || true
  fi
  AS_PID=
}

cleanup() {
  stop_as
  rm -rf "$TMP"
}
