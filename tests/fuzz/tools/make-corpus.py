#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the fuzz suite's seed corpus (tests/fuzz/corpus/<target>/) and SeedMaterial.h.

Run once; the output is checked in. Test data only: the keys below protect nothing. Keys and
certificates come from the openssl command line (as an admin would make them), the JWTs are
signed with Python's cryptography package. Re-running makes new keys, so the corpus, the
PKCS#12 seeds and SeedMaterial.h must always be regenerated together.
"""
import base64, json, os, pathlib, shutil, subprocess, tempfile

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, utils

HERE = pathlib.Path(__file__).resolve().parent.parent
CORPUS = HERE / "corpus"
ISSUER = "https://as.example.com"
CLIENT = "native-client"
NONCE = "n-0S6_WzA2Mj"
IAT = 1767225600  # 2026-01-01T00:00:00Z; the harnesses check ID tokens at IAT + 10 s
PASS = "fuzz-passphrase"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def uint(n, size):
    return n.to_bytes(size, "big")


def sh(*args, cwd):
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write(target, name, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def http(status, reason, headers, body):
    head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    return (head + "\r\n").encode() + (body.encode() if isinstance(body, str) else body)


def jsonr(status, reason, obj, extra=()):
    return http(status, reason, [("Content-Type", "application/json;charset=UTF-8"), ("Cache-Control", "no-store"), *extra],
                json.dumps(obj, indent=1))


def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    t = pathlib.Path(tempfile.mkdtemp())
    # Keys and certificates with the openssl command line.
    sh("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa.pem", cwd=t)
    sh("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec.pem", cwd=t)
    sh("openssl", "req", "-x509", "-new", "-key", "ec.pem", "-subj", "/CN=OAuthDesk Fuzz CA/O=Example/C=DE",
       "-days", "3650", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
       "-out", "ca.pem", cwd=t)
    sh("openssl", "req", "-new", "-key", "rsa.pem", "-subj", "/CN=fuzz-client/O=Example/C=DE",
       "-addext", "subjectAltName=DNS:client.example.com,IP:127.0.0.1,URI:https://client.example.com/id,email:admin@example.com",
       "-addext", "keyUsage=critical,digitalSignature", "-addext", "extendedKeyUsage=clientAuth",
       "-out", "client.csr", cwd=t)
    (t / "ext.cnf").write_text("subjectAltName=DNS:client.example.com,IP:127.0.0.1\n"
                               "keyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n")
    sh("openssl", "x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ec.pem", "-CAcreateserial",
       "-days", "3650", "-extfile", "ext.cnf", "-out", "client.pem", cwd=t)
    sh("openssl", "req", "-x509", "-new", "-key", "rsa.pem", "-subj", "/CN=self-signed signing key",
       "-days", "3650", "-out", "self.pem", cwd=t)
    sh("openssl", "pkcs8", "-topk8", "-in", "rsa.pem", "-v2", "aes-256-cbc", "-v2prf", "hmacWithSHA256",
       "-iter", "2048", "-passout", "pass:" + PASS, "-out", "rsa-enc.pem", cwd=t)
    sh("openssl", "pkcs8", "-topk8", "-in", "ec.pem", "-nocrypt", "-outform", "DER", "-out", "ec.der", cwd=t)
    sh("openssl", "pkcs8", "-topk8", "-in", "rsa.pem", "-nocrypt", "-outform", "DER", "-out", "rsa.der", cwd=t)
    sh("openssl", "pkey", "-in", "rsa.pem", "-traditional", "-out", "rsa-traditional.pem", cwd=t)
    sh("openssl", "x509", "-in", "client.pem", "-outform", "DER", "-out", "client.der", cwd=t)
    sh("openssl", "req", "-in", "client.csr", "-outform", "DER", "-out", "client.csr.der", cwd=t)
    sh("openssl", "pkcs12", "-export", "-inkey", "rsa.pem", "-in", "client.pem", "-certfile", "ca.pem",
       "-name", "fuzz-client", "-passout", "pass:" + PASS, "-keypbe", "AES-256-CBC", "-certpbe", "AES-256-CBC",
       "-macalg", "sha256", "-iter", "2048", "-out", "modern.p12", cwd=t)
    sh("openssl", "pkcs12", "-export", "-inkey", "rsa.pem", "-in", "client.pem", "-certfile", "ca.pem",
       "-name", "fuzz-client", "-passout", "pass:" + PASS, "-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-3DES",
       "-macalg", "sha1", "-iter", "2048", "-out", "compatible.p12", cwd=t)
    sh("openssl", "pkcs12", "-export", "-inkey", "rsa.pem", "-in", "client.pem",
       "-name", "fuzz-client", "-passout", "pass:" + PASS, "-iter", "2048", "-out", "nochain.p12", cwd=t)
    r = lambda n: (t / n).read_bytes()

    rsa = serialization.load_pem_private_key(r("rsa.pem"), None)
    eck = serialization.load_pem_private_key(r("ec.pem"), None)
    rn = rsa.public_key().public_numbers()
    en = eck.public_key().public_numbers()
    x5c = base64.b64encode(r("client.der")).decode()
    rsa_jwk = {"kty": "RSA", "kid": "rs-1", "use": "sig", "n": b64u(uint(rn.n, 256)), "e": b64u(uint(rn.e, 3)), "x5c": [x5c]}
    ec_jwk = {"kty": "EC", "kid": "ec-1", "use": "sig", "alg": "ES256", "crv": "P-256",
              "x": b64u(uint(en.x, 32)), "y": b64u(uint(en.y, 32))}
    enc_jwk = {"kty": "RSA", "kid": "enc-1", "use": "enc", "n": rsa_jwk["n"], "e": rsa_jwk["e"]}
    jwks = json.dumps({"keys": [rsa_jwk, ec_jwk, enc_jwk]})

    def jwt(alg, claims, kid=None, typ="JWT"):
        header = {"alg": alg, "typ": typ}
        if kid:
            header["kid"] = kid
        si = (b64u(json.dumps(header, separators=(",", ":")).encode()) + "." +
              b64u(json.dumps(claims, separators=(",", ":")).encode())).encode()
        if alg == "RS256":
            sig = rsa.sign(si, padding.PKCS1v15(), hashes.SHA256())
        elif alg == "PS256":
            sig = rsa.sign(si, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
        elif alg == "ES256":
            rr, ss = utils.decode_dss_signature(eck.sign(si, ec.ECDSA(hashes.SHA256())))
            sig = uint(rr, 32) + uint(ss, 32)
        elif alg == "HS256":
            sig = b"\x01" * 32
        else:
            sig = b""
        return si.decode() + "." + b64u(sig)

    access = {"iss": ISSUER, "sub": "svc-reporting", "aud": "https://api.example.com", "client_id": "svc-reporting",
              "scope": "accounts:read payments:write", "iat": IAT, "exp": IAT + 3600, "jti": "a1b2c3",
              "cnf": {"x5t#S256": "bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2"}}
    idt = {"iss": ISSUER, "sub": "alice", "aud": CLIENT, "azp": CLIENT, "iat": IAT, "exp": IAT + 300,
           "nonce": NONCE, "auth_time": IAT - 5, "email": "alice@example.com"}
    tok_rs = jwt("RS256", access, "rs-1")
    tok_ps = jwt("PS256", access, "rs-1")
    tok_es = jwt("ES256", access, "ec-1")
    tok_nokid = jwt("RS256", access)
    id_rs = jwt("RS256", idt, "rs-1")
    id_es = jwt("ES256", dict(idt, aud=[CLIENT, "other"]), "ec-1")

    # fuzz_jwt: "<compact JWS>\n<JWK Set>" (the JWK Set part optional).
    for name, tok in [("rs256", tok_rs), ("ps256", tok_ps), ("es256", tok_es), ("rs256-nokid", tok_nokid),
                      ("none", jwt("none", access)), ("hs256", jwt("HS256", access, "rs-1")),
                      ("at-jwt", jwt("RS256", access, "rs-1", typ="at+jwt"))]:
        write("fuzz_jwt", name, tok + "\n" + jwks)
    write("fuzz_jwt", "token-only", tok_es)
    write("fuzz_jwt", "opaque", "2YotnFZFEjr1zCsicMWpAA")
    # fuzz_jwks: a JWK Set, checked against SeedMaterial.h's fixed tokens.
    write("fuzz_jwks", "all", jwks)
    write("fuzz_jwks", "rsa-only", json.dumps({"keys": [rsa_jwk]}, indent=2))
    write("fuzz_jwks", "ec-only", json.dumps({"keys": [ec_jwk]}))
    write("fuzz_jwks", "rsa-alg-ps256", json.dumps({"keys": [dict(rsa_jwk, alg="PS256")]}))
    write("fuzz_jwks", "ec-nokid", json.dumps({"keys": [{k: v for k, v in ec_jwk.items() if k != "kid"}]}))
    write("fuzz_jwks", "oct", json.dumps({"keys": [{"kty": "oct", "kid": "hs", "k": "c2VjcmV0"}]}))
    # fuzz_id_token: the same shape as fuzz_jwt.
    write("fuzz_id_token", "rs256", id_rs + "\n" + jwks)
    write("fuzz_id_token", "es256-two-aud", id_es + "\n" + jwks)
    write("fuzz_id_token", "no-nonce", jwt("RS256", {k: v for k, v in idt.items() if k != "nonce"}, "rs-1") + "\n" + jwks)
    write("fuzz_id_token", "expired", jwt("ES256", dict(idt, exp=IAT - 120), "ec-1") + "\n" + jwks)

    # Answers of the AS: a raw HTTP/1.1 response (status line, headers, blank line, body).
    tr = "fuzz_token_response"
    write(tr, "ok-jwt", jsonr(200, "OK", {"access_token": tok_rs, "token_type": "Bearer", "expires_in": 3600,
                                           "scope": "accounts:read payments:write"}))
    write(tr, "ok-refresh-id", jsonr(200, "OK", {"access_token": "2YotnFZFEjr1zCsicMWpAA", "token_type": "bearer",
                                                  "expires_in": 300, "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA",
                                                  "id_token": id_rs, "scope": "openid offline_access"}))
    write(tr, "ok-no-scope", jsonr(200, "OK", {"access_token": "opaque-token", "token_type": "DPoP"}))
    write(tr, "invalid-client", jsonr(401, "Unauthorized", {"error": "invalid_client", "error_description": "Client authentication failed"},
                                      [("WWW-Authenticate", 'Basic realm="as", error="invalid_client"')]))
    write(tr, "invalid-scope", jsonr(400, "Bad Request", {"error": "invalid_scope", "error_description": "payments:write",
                                                          "error_uri": "https://as.example.com/errors#scope"}))
    write(tr, "invalid-grant", jsonr(400, "Bad Request", {"error": "invalid_grant"}))
    write(tr, "html-200", http(200, "OK", [("Content-Type", "text/html; charset=utf-8")], "<html><body>Login</body></html>"))
    write(tr, "redirect", http(302, "Found", [("Location", "https://login.example.com/?next=/token"), ("Content-Length", "0")], ""))
    write(tr, "server-error", http(503, "Service Unavailable", [("Retry-After", "30")], ""))
    it = "fuzz_introspection"
    write(it, "active", jsonr(200, "OK", {"active": True, "scope": "accounts:read", "client_id": "svc-reporting",
                                          "username": "alice", "token_type": "Bearer", "exp": IAT + 3600, "iat": IAT,
                                          "nbf": IAT, "sub": "alice", "aud": ["https://api.example.com"], "iss": ISSUER,
                                          "jti": "a1b2c3", "cnf": {"x5t#S256": "bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2"}}))
    write(it, "inactive", jsonr(200, "OK", {"active": False}))
    write(it, "unauthorized", jsonr(401, "Unauthorized", {"error": "invalid_client"}))
    write(it, "revoked", http(200, "OK", [("Content-Length", "0")], ""))
    write(it, "unsupported-token-type", jsonr(400, "Bad Request", {"error": "unsupported_token_type"}))
    write(it, "active-string", jsonr(200, "OK", {"active": "true", "exp": "soon"}))
    rg = "fuzz_registration"
    reg = {"client_id": "s6BhdRkqt3", "client_secret": "cf136dc3c1fc93f31185e5885805d", "client_id_issued_at": IAT,
           "client_secret_expires_at": 0, "registration_access_token": "this.is.an.access.token.value.ffx83",
           "registration_client_uri": "https://as.example.com/register/s6BhdRkqt3",
           "token_endpoint_auth_method": "client_secret_basic", "grant_types": ["authorization_code", "refresh_token"],
           "response_types": ["code"], "redirect_uris": ["http://127.0.0.1/callback"], "client_name": "Reporting",
           "scope": "openid accounts:read", "application_type": "native"}
    write(rg, "registered", jsonr(201, "Created", reg))
    write(rg, "read", jsonr(200, "OK", dict(reg, scope="openid")))
    write(rg, "pkjwt", jsonr(201, "Created", dict({k: v for k, v in reg.items() if k != "client_secret"},
                                                  token_endpoint_auth_method="private_key_jwt", jwks={"keys": [ec_jwk]},
                                                  tls_client_certificate_bound_access_tokens=True)))
    write(rg, "invalid-redirect", jsonr(400, "Bad Request", {"error": "invalid_redirect_uri",
                                                             "error_description": "http redirect URIs are not allowed"}))
    write(rg, "invalid-metadata", jsonr(400, "Bad Request", {"error": "invalid_client_metadata", "error_description": "scope"}))
    write(rg, "deleted", http(204, "No Content", [], ""))
    write(rg, "forbidden", http(403, "Forbidden", [("Content-Type", "text/plain")], "initial access token required"))
    ds = "fuzz_discovery"
    ep = lambda p: ISSUER + p
    oidc = {"issuer": ISSUER, "authorization_endpoint": ep("/authorize"), "token_endpoint": ep("/token"),
            "userinfo_endpoint": ep("/userinfo"), "jwks_uri": ep("/jwks"), "registration_endpoint": ep("/register"),
            "introspection_endpoint": ep("/introspect"), "revocation_endpoint": ep("/revoke"),
            "scopes_supported": ["openid", "offline_access", "accounts:read", "payments:write"],
            "response_types_supported": ["code"], "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "private_key_jwt", "tls_client_auth"],
            "code_challenge_methods_supported": ["S256"], "id_token_signing_alg_values_supported": ["RS256", "ES256"],
            "authorization_response_iss_parameter_supported": True,
            "mtls_endpoint_aliases": {"token_endpoint": "https://mtls.as.example.com/token",
                                      "introspection_endpoint": "https://mtls.as.example.com/introspect"}}
    write(ds, "openid-configuration", json.dumps(oidc, indent=2))
    write(ds, "rfc8414", json.dumps({"issuer": ISSUER, "token_endpoint": ep("/oauth2/token"),
                                     "grant_types_supported": ["client_credentials"], "scopes_supported": ["a", "b c", 3]}))
    write(ds, "loopback", json.dumps({"issuer": "http://127.0.0.1:8443/realms/test", "token_endpoint": "http://127.0.0.1:8443/realms/test/token"}))
    write(ds, "wrong-issuer", json.dumps({"issuer": "https://evil.example.com", "token_endpoint": "https://evil.example.com/token"}))
    # PKI imports.
    pk = "fuzz_pem_pkcs8"
    write(pk, "rsa.pem", r("rsa.pem"))
    write(pk, "ec.pem", r("ec.pem"))
    write(pk, "rsa-encrypted.pem", r("rsa-enc.pem"))
    write(pk, "ec.der", r("ec.der"))
    write(pk, "rsa-traditional.pem", r("rsa-traditional.pem"))
    ce = "fuzz_certificate"
    write(ce, "client.pem", r("client.pem"))
    write(ce, "client.der", r("client.der"))
    write(ce, "chain.pem", r("client.pem") + r("ca.pem"))
    write(ce, "self-signed.pem", r("self.pem"))
    write(ce, "key-and-cert.pem", r("ec.pem") + r("ca.pem"))
    cs = "fuzz_csr"
    write(cs, "client.csr", r("client.csr"))
    write(cs, "client.csr.der", r("client.csr.der"))
    p = "fuzz_pkcs12"
    write(p, "modern.p12", r("modern.p12"))
    write(p, "compatible.p12", r("compatible.p12"))
    write(p, "nochain.p12", r("nochain.p12"))
    cb = "fuzz_callback"
    write(cb, "code", "code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj&iss=https%3A%2F%2Fas.example.com")
    write(cb, "denied", "error=access_denied&error_description=The+user+said+no&state=af0ifjsldkj&iss=https%3A%2F%2Fas.example.com")
    write(cb, "no-iss", "state=af0ifjsldkj&code=abc+def%20ghi&session_state=xyz")
    write(cb, "error-uri", "error=invalid_request&error_uri=https%3A%2F%2Fas.example.com%2Fhelp&state=wrong")
    write(cb, "html", "code=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=af0ifjsldkj&error_description=%26lt%3B%22")
    wi = "fuzz_wire"
    write(wi, "grants", "authorization_code refresh_token")
    write(wi, "grants-unknown", "client_credentials  urn:ietf:params:oauth:grant-type:jwt-bearer password")
    write(wi, "method", "private_key_jwt")
    write(wi, "tls", "self_signed_tls_client_auth")
    write(wi, "header", "X-Region")
    write(wi, "url", "https://api.example.com:8443/v1?x=1")

    # SeedMaterial.h: what the harnesses check fuzzed input against.
    def cstr(s):
        return "\n".join('    "' + line.replace("\\", "\\\\").replace('"', '\\"') + '\\n"' for line in s.splitlines())
    header = f"""// SPDX-License-Identifier: GPL-3.0-or-later
// Generated by tests/fuzz/tools/make-corpus.py together with tests/fuzz/corpus/: test data only.
#pragma once

namespace oauthdesk::fuzz {{

inline constexpr const char kIssuer[] = "{ISSUER}";
inline constexpr const char kClientId[] = "{CLIENT}";
inline constexpr const char kNonce[] = "{NONCE}";
inline constexpr long long kIdTokenNow = {IAT + 10};
inline constexpr const char kPassphrase[] = "{PASS}";

/// Access tokens signed with the corpus keys (kid rs-1: RSA 2048, kid ec-1: EC P-256).
inline constexpr const char *kSignedTokens[] = {{
    "{tok_rs}",
    "{tok_ps}",
    "{tok_es}",
    "{tok_nokid}",
}};

/// The corpus JWK Set (rs-1 with x5c, ec-1, enc-1).
inline constexpr const char kJwks[] = R"({jwks})";

/// The RSA key (PKCS#8 PEM) and its certificate (issued by the CA below): what the PKCS#12 seeds hold.
inline constexpr const char kClientKeyPem[] =
{cstr(r("rsa.pem").decode())};
inline constexpr const char kClientCertPem[] =
{cstr(r("client.pem").decode())};
inline constexpr const char kCaCertPem[] =
{cstr(r("ca.pem").decode())};

}} // namespace oauthdesk::fuzz
"""
    (HERE / "SeedMaterial.h").write_text(header)
    shutil.rmtree(t)


if __name__ == "__main__":
    main()
