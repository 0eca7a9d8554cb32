#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The throw-away test PKI both live-test launchers (with-as.sh, with-glewlwyd.sh) start from,
# sourced, then called in the folder it writes to:
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
