// SPDX-License-Identifier: GPL-3.0-or-later
// Generated the node-* vectors ONCE with Node's built-in crypto (an implementation independent of
// cjose/OpenSSL-in-process). Kept for provenance; re-running makes new keys and new files.
// Usage: node generate-node-vectors.mjs   (in this directory)
import crypto from 'node:crypto';
import fs from 'node:fs';

const b64u = (buf) => Buffer.from(buf).toString('base64url');
const rsa = () => crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = (pub, kid, alg) => ({ kid, use: 'sig', alg, ...pub.export({ format: 'jwk' }) });

const claims = {
  iss: 'https://as.example.com',
  sub: 'orders-client-1',
  aud: 'oauthdesk-test',
  iat: 1700000000,
  exp: 1700003600,
};

function token(alg, kid, privateKey, signOpts, hash = 'sha256') {
  const header = { alg, typ: 'JWT', kid };
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify({ ...claims, jti: alg }))}`;
  const sig = crypto.sign(hash, Buffer.from(input), { key: privateKey, ...signOpts });
  return `${input}.${b64u(sig)}`;
}

const rs = rsa(), ps = rsa(), es = ec();
fs.writeFileSync('node-rs256.jwt', token('RS256', 'rs-1', rs.privateKey, {}));
fs.writeFileSync('node-ps256.jwt', token('PS256', 'ps-1', ps.privateKey,
  { padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }));
fs.writeFileSync('node-es256.jwt', token('ES256', 'es-1', es.privateKey, { dsaEncoding: 'ieee-p1363' }));
// Same key, ASN.1 DER signature: what RFC 7518 §3.4 forbids; must not verify.
fs.writeFileSync('node-es256-der.jwt', token('ES256', 'es-1', es.privateKey, { dsaEncoding: 'der' }));
fs.writeFileSync('node-ps256.pub.pem', ps.publicKey.export({ type: 'spki', format: 'pem' }));

const set = (a, b, c) => JSON.stringify({ keys: [jwk(a, 'rs-1', 'RS256'), jwk(b, 'ps-1', 'PS256'), jwk(c, 'es-1', 'ES256')] }, null, 2) + '\n';
fs.writeFileSync('node.jwks.json', set(rs.publicKey, ps.publicKey, es.publicKey));
// Same kids, different keys: the "right kid, wrong key" case.
fs.writeFileSync('node-other.jwks.json', set(rsa().publicKey, rsa().publicKey, ec().publicKey));

// PS256 with a 20-byte salt under its own key: RFC 7518 §3.5 fixes the salt at the hash size
// (32), so this must not verify. (Added after the files above; written by this block alone.)
const psSalt = rsa();
fs.writeFileSync('node-ps256-salt20.jwt', token('PS256', 'ps-salt20', psSalt.privateKey,
  { padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 }));
fs.writeFileSync('node-ps256-salt20.jwks.json',
  JSON.stringify({ keys: [jwk(psSalt.publicKey, 'ps-salt20', 'PS256')] }, null, 2) + '\n');
