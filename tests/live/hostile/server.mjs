// SPDX-License-Identifier: GPL-3.0-or-later
// OAuthDesk hostile-server suite: a loopback authorization server that misbehaves on purpose
// (tests/live/tst_live_hostile.cpp, issue 13). Started by tests/live/with-hostile.sh; listens on
// 127.0.0.1 only and needs nothing beyond node's built-in modules (no npm packages).
//
// Every scenario is its own path-issuer, https://127.0.0.1:PORT/<scenario>, with its own
// /.well-known/openid-configuration, /token and /jwks. What the server saw (requests, bytes on
// the plain listener, requests that reached the "other" servers) is served as JSON at
// /_control/records and cleared by POST /_control/reset; the test asserts on it.
//
// Env: PORT (main HTTPS), PLAIN_PORT (plain TCP recorder, the downgrade target),
//      WRONGHOST_PORT, EXPIRED_PORT, SELFSIGNED_PORT (HTTPS with a bad certificate each),
//      TLS_DIR (folder with server.{key,pem}, wronghost.{key,pem}, expired.{key,pem},
//      selfsigned.{key,pem}, made by with-hostile.sh).

import {
  createHmac, generateKeyPairSync, randomUUID, sign,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as https from 'node:https';
import * as net from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function port(name) {
  const p = Number.parseInt(process.env[name] ?? '', 10);
  if (!Number.isInteger(p) || p <= 0 || p > 65535) {
    console.error(`hostile/server.mjs: ${name} must be set to a TCP port`);
    process.exit(2);
  }
  return p;
}
const PORT = port('PORT');
const PLAIN_PORT = port('PLAIN_PORT');
const WRONGHOST_PORT = port('WRONGHOST_PORT');
const EXPIRED_PORT = port('EXPIRED_PORT');
const SELFSIGNED_PORT = port('SELFSIGNED_PORT');
const TLS_DIR = process.env.TLS_DIR;
if (!TLS_DIR) {
  console.error('hostile/server.mjs: TLS_DIR must be set (folder with the test PKI)');
  process.exit(2);
}
const tls = (name) => ({
  key: readFileSync(join(TLS_DIR, `${name}.key`)),
  cert: readFileSync(join(TLS_DIR, `${name}.pem`)),
});

const BASE = `https://127.0.0.1:${PORT}`;
const log = (...args) => console.log(new Date().toISOString(), ...args);

// ---- keys ---------------------------------------------------------------------------------
const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const KEYS = {
  a: { ...rsa(), kid: 'rs-a', alg: 'RS256' },          // the AS's normal signing key
  b: { ...ec(), kid: 'es-b', alg: 'ES256' },           // a second published key
  rotated: { ...ec(), kid: 'es-rotated', alg: 'ES256' }, // published only after the rotation
  forger: { ...rsa(), kid: 'rs-a', alg: 'RS256' },     // NOT published: claims kid rs-a
  dup1: { ...rsa(), kid: 'dup', alg: 'RS256' },
  dup2: { ...rsa(), kid: 'dup', alg: 'RS256' },
};
function jwk(k, extra = {}) {
  return { ...k.publicKey.export({ format: 'jwk' }), kid: k.kid, use: 'sig', alg: k.alg, ...extra };
}
const b64u = (b) => Buffer.from(b).toString('base64url');

/// A compact JWS over @p payload: alg RS256/ES256 with @p key, "ES256-DER" (wrong encoding),
/// "HS256" keyed with @p hmacKey, or "none".
function jws(header, payload, key, how = header.alg) {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  let sig;
  switch (how) {
    case 'RS256': sig = sign('sha256', Buffer.from(input), key.privateKey); break;
    case 'ES256': sig = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' }); break;
    case 'ES256-DER': sig = sign('sha256', Buffer.from(input), key.privateKey); break;
    case 'HS256': sig = createHmac('sha256', key).update(input).digest(); break;
    case 'none': sig = Buffer.alloc(0); break;
    default: throw new Error(`unknown signing ${how}`);
  }
  return `${input}.${b64u(sig)}`;
}
function claims(scenario, clientId) {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: `${BASE}/${scenario}`, sub: clientId, client_id: clientId, aud: 'https://api.oauthdesk.test',
    iat: now, exp: now + 300, jti: randomUUID(), scope: 'accounts:read',
  };
}
const signedBy = (k, scenario, clientId, header = {}) => jws({ alg: k.alg, typ: 'at+jwt', kid: k.kid, ...header },
  claims(scenario, clientId), k);

// ---- what was seen --------------------------------------------------------------------------
let records;
let state;
function reset() {
  records = { requests: [], plain: { connections: 0, bytes: 0, first: '' }, streamed: {} };
  state = { rotated: false, rotationTokens: 0 };
}
reset();

// ---- helpers --------------------------------------------------------------------------------
function json(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
function raw(res, status, contentType, body, headers = {}) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'binary');
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': buf.length, ...headers });
  res.end(buf);
}
function clientIdOf(req, body) {
  const auth = req.headers.authorization ?? '';
  if (auth.startsWith('Basic ')) {
    const decoded = Buffer.from(auth.slice(6), 'base64').toString('utf8');
    return decodeURIComponent(decoded.split(':')[0].replace(/\+/g, ' '));
  }
  return new URLSearchParams(body).get('client_id') ?? 'unknown';
}
/// Writes @p total bytes of @p filler after @p prefix, respecting back-pressure, and records how
/// many bytes the socket took before the client went away.
function stream(res, scenario, prefix, total, headers) {
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(64 * 1024, ' ');
  let written = 0;
  res.write(prefix);
  written += prefix.length;
  const pump = () => {
    while (written < total) {
      written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  res.on('close', () => {
    records.streamed[scenario] = { written, complete: written >= total };
    log(scenario, 'stream closed after', written, 'bytes');
  });
  pump();
}

function discovery(scenario) {
  const issuer = `${BASE}/${scenario}`;
  return {
    issuer,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    scopes_supported: ['accounts:read'],
    response_types_supported: ['code'],
  };
}
const publicJwks = () => ({ keys: [jwk(KEYS.a), jwk(KEYS.b)] });
const tokenAnswer = (accessToken, extra = {}) => ({
  access_token: accessToken, token_type: 'Bearer', expires_in: 300, scope: 'accounts:read', ...extra,
});

// ---- scenarios ------------------------------------------------------------------------------
// Each: discovery(scenario) → document (default above), token(req, res, ctx), jwks(req, res).
// ctx = { scenario, clientId, body }.
const S = {};
const good = (ctx) => tokenAnswer(signedBy(KEYS.a, ctx.scenario, ctx.clientId));

S.ok = { token: (req, res, ctx) => json(res, 200, good(ctx)) };

// Timing
S.trickle = {
  token: (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{');
    const t = setInterval(() => res.write(' '), 300);
    res.on('close', () => clearInterval(t));
  },
};
S.silent = { token: () => { /* accepted, read, never answered */ } };
S['headers-then-silence'] = {
  token: (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 500 });
    res.flushHeaders(); // the status line and headers, then nothing
  },
};
S['silent-discovery'] = { discoveryHangs: true };

// Downgrade: the https issuer names a clear-text token endpoint (the plain recorder).
S.downgrade = {
  discovery: (sc) => ({ ...discovery(sc), token_endpoint: `http://127.0.0.1:${PLAIN_PORT}/token` }),
};
S['downgrade-alias'] = {
  discovery: (sc) => ({ ...discovery(sc),
    mtls_endpoint_aliases: { token_endpoint: `http://127.0.0.1:${PLAIN_PORT}/mtls/token` } }),
};

// Size
S['huge-body'] = {
  token: (req, res, ctx) => stream(res, ctx.scenario, '{"access_token":"', 500 * 1024 * 1024,
    { 'Content-Type': 'application/json' }),
};
S['huge-discovery'] = {
  discoveryHandler: (req, res, sc) => stream(res, sc, `{"issuer":"${BASE}/${sc}","pad":"`, 500 * 1024 * 1024,
    { 'Content-Type': 'application/json' }),
};
let bomb;
S['gzip-bomb'] = {
  token: (req, res, ctx) => {
    bomb ??= gzipSync(Buffer.concat([Buffer.from(`{"token_type":"Bearer","pad":"`),
      Buffer.alloc(50 * 1024 * 1024, 'A'), Buffer.from(`","access_token":"x"}`)]), { level: 9 });
    raw(res, 200, 'application/json', bomb, { 'Content-Encoding': 'gzip' });
    log(ctx.scenario, 'sent', bomb.length, 'gzip bytes');
  },
};
S['huge-header'] = {
  token: (req, res, ctx) => json(res, 200, good(ctx), { 'X-Hostile': 'h'.repeat(100 * 1024) }),
};
S['many-headers'] = {
  token: (req, res, ctx) => {
    const headers = {};
    for (let i = 0; i < 5000; ++i) headers[`X-Hostile-${i}`] = String(i);
    json(res, 200, good(ctx), headers);
  },
};

// Body shapes
S['bad-utf8'] = {
  token: (req, res, ctx) => raw(res, 200, 'application/json', Buffer.concat([
    Buffer.from('{"access_token":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
    Buffer.from(`${signedBy(KEYS.a, ctx.scenario, ctx.clientId)}","token_type":"Bearer","expires_in":300}`)])),
};
S['bad-utf8-error'] = {
  token: (req, res) => raw(res, 400, 'application/json', Buffer.concat([
    Buffer.from('{"error":"invalid_request","error_description":"bad '),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' bytes"}')])),
};
S['dup-keys'] = {
  token: (req, res, ctx) => raw(res, 200, 'application/json',
    `{"access_token":"${signedBy(KEYS.a, ctx.scenario, ctx.clientId)}","token_type":"Bearer",`
    + '"access_token":"second-opaque-token","expires_in":300,"expires_in":99999999999,'
    + '"token_type":"Bearer"}'),
};
for (const [name, literal] of Object.entries({
  '1e300': '1e300', negative: '-300', string: '"3600"', 'huge-int': '100000000000000000000000000000',
  int64max: '9223372036854775807', zero: '0', tiny: '1e-300', fraction: '299.9', one: '1', null: 'null',
})) {
  S[`expires-${name}`] = {
    token: (req, res, ctx) => raw(res, 200, 'application/json',
      `{"access_token":"${signedBy(KEYS.a, ctx.scenario, ctx.clientId)}","token_type":"Bearer","expires_in":${literal}}`),
  };
}
S['html-200'] = {
  token: (req, res) => raw(res, 200, 'text/html; charset=utf-8',
    '<!doctype html><html><body><form action="/login">Sign in</form></body></html>'),
};
S['tokenless-200'] = { token: (req, res) => json(res, 200, { token_type: 'Bearer', expires_in: 300 }) };
S['error-200'] = { token: (req, res) => json(res, 200, { error: 'x' }) };
S['array-200'] = { token: (req, res) => json(res, 200, [{ access_token: 'in-an-array', token_type: 'Bearer' }]) };
S['number-token-200'] = { token: (req, res) => json(res, 200, { access_token: 12345, token_type: 'Bearer' }) };
S['no-token-type'] = { token: (req, res, ctx) => json(res, 200, { access_token: signedBy(KEYS.a, ctx.scenario, ctx.clientId), expires_in: 300 }) };
S['id-token-cc'] = {
  token: (req, res, ctx) => json(res, 200, { ...good(ctx),
    id_token: jws({ alg: 'RS256', kid: 'rs-a' }, { ...claims(ctx.scenario, ctx.clientId), aud: ctx.clientId, nonce: 'n' }, KEYS.a),
    refresh_token: 'unexpected-refresh-token' }),
};
S['long-error'] = {
  token: (req, res) => json(res, 400, {
    error: 'invalid_client',
    error_description: `\u202eevil\u0000\u001b[31m${'x'.repeat(20000)}`,
  }),
};
S['set-cookie'] = {
  token: (req, res, ctx) => json(res, 200, good(ctx),
    { 'Set-Cookie': 'hostile_session=planted-by-set-cookie; Path=/; Secure; HttpOnly' }),
};
S['reset'] = { token: (req, res) => req.socket.destroy() };
S['short-body'] = {
  token: (req, res, ctx) => {
    const text = JSON.stringify(good(ctx));
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': text.length + 1000 });
    res.write(text.slice(0, 20));
    setTimeout(() => req.socket.destroy(), 50);
  },
};

// JWKS and signatures
S.rotation = {
  token: (req, res, ctx) => {
    state.rotationTokens += 1;
    if (state.rotationTokens >= 2) state.rotated = true;
    json(res, 200, tokenAnswer(signedBy(state.rotated ? KEYS.rotated : KEYS.a, ctx.scenario, ctx.clientId)));
  },
  jwks: (req, res) => json(res, 200, { keys: [jwk(state.rotated ? KEYS.rotated : KEYS.a)] }),
};
S['alg-none'] = {
  token: (req, res, ctx) => json(res, 200, tokenAnswer(jws({ alg: 'none', kid: 'rs-a' }, claims(ctx.scenario, ctx.clientId), null))),
};
S['hs256-pubkey'] = {
  token: (req, res, ctx) => json(res, 200, tokenAnswer(jws({ alg: 'HS256', kid: 'rs-a' }, claims(ctx.scenario, ctx.clientId),
    KEYS.a.publicKey.export({ type: 'spki', format: 'pem' })))),
};
S.forged = { token: (req, res, ctx) => json(res, 200, tokenAnswer(signedBy(KEYS.forger, ctx.scenario, ctx.clientId))) };
S['no-kid-foreign'] = {
  token: (req, res, ctx) => json(res, 200, tokenAnswer(jws({ alg: 'RS256' }, claims(ctx.scenario, ctx.clientId), KEYS.forger))),
};
S['no-kid'] = {
  token: (req, res, ctx) => json(res, 200, tokenAnswer(jws({ alg: 'RS256' }, claims(ctx.scenario, ctx.clientId), KEYS.a))),
};
S['dup-kid'] = {
  token: (req, res, ctx) => json(res, 200, tokenAnswer(signedBy(KEYS.dup2, ctx.scenario, ctx.clientId))),
  jwks: (req, res) => json(res, 200, { keys: [jwk(KEYS.dup1), jwk(KEYS.dup2)] }),
};
S['dup-kid-foreign'] = {
  token: (req, res, ctx) => json(res, 200, tokenAnswer(signedBy({ ...KEYS.forger, kid: 'dup' }, ctx.scenario, ctx.clientId))),
  jwks: (req, res) => json(res, 200, { keys: [jwk(KEYS.dup1), jwk(KEYS.dup2)] }),
};
S['es256-der'] = {
  token: (req, res, ctx) => json(res, 200, tokenAnswer(jws({ alg: 'ES256', kid: 'es-b' }, claims(ctx.scenario, ctx.clientId), KEYS.b, 'ES256-DER'))),
};
S['alg-confusion-ec'] = { // RS256 header naming the EC key
  token: (req, res, ctx) => json(res, 200, tokenAnswer(jws({ alg: 'RS256', kid: 'es-b' }, claims(ctx.scenario, ctx.clientId), KEYS.a))),
};
S['jwks-garbage'] = {
  token: (req, res, ctx) => json(res, 200, good(ctx)),
  jwks: (req, res) => raw(res, 200, 'application/json', '{"keys":[{"kty":"RSA","n":'),
};
S['jwks-huge'] = {
  token: (req, res, ctx) => json(res, 200, good(ctx)),
  jwks: (req, res, sc) => stream(res, `${sc}/jwks`, '{"keys":[],"pad":"', 500 * 1024 * 1024, { 'Content-Type': 'application/json' }),
};
S['jwks-500'] = {
  token: (req, res, ctx) => json(res, 200, good(ctx)),
  jwks: (req, res) => raw(res, 500, 'text/plain', 'boom'),
};
S['jwks-redirect'] = {
  token: (req, res, ctx) => json(res, 200, good(ctx)),
  jwks: (req, res) => raw(res, 302, 'text/plain', '', { Location: `${BASE}/redirect-target/jwks` }),
};

// Redirects
for (const code of [302, 307, 308]) {
  S[`redirect-${code}`] = {
    token: (req, res) => raw(res, code, 'text/plain', '', { Location: `${BASE}/redirect-target/token` }),
  };
}
S['redirect-discovery'] = {
  discoveryHandler: (req, res) => raw(res, 302, 'text/plain', '',
    { Location: `${BASE}/redirect-target/.well-known/openid-configuration` }),
};
S['redirect-target'] = { token: (req, res, ctx) => json(res, 200, good(ctx)) };

// TLS: the token endpoint on the server whose certificate names another host.
S['tls-token-wronghost'] = {
  discovery: (sc) => ({ ...discovery(sc), token_endpoint: `https://127.0.0.1:${WRONGHOST_PORT}/${sc}/token` }),
};
S.tls = {}; // the issuer the bad-certificate servers answer for

// ---- the request handler (all HTTPS servers) ------------------------------------------------
function handler(server) {
  return (req, res) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => { size += c.length; if (size <= 64 * 1024) chunks.push(c); });
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url, BASE);
      if (url.pathname === '/_control/records' && server === 'main') return json(res, 200, records);
      if (url.pathname === '/_control/reset' && server === 'main') { reset(); return json(res, 200, { ok: true }); }
      if (url.pathname === '/_control/ping') return json(res, 200, { ok: true });
      const m = /^\/([^/]+)(\/.*)$/.exec(url.pathname);
      const scenario = m?.[1];
      const rest = m?.[2];
      records.requests.push({
        server, scenario, path: url.pathname, method: req.method,
        authorization: req.headers.authorization ?? null, cookie: req.headers.cookie ?? null, body, at: Date.now(),
      });
      const sc = S[scenario];
      if (!sc) return json(res, 404, { error: 'not_found', scenario });
      log(server, req.method, url.pathname);
      if (rest === '/.well-known/openid-configuration') {
        if (sc.discoveryHangs) return undefined;
        if (sc.discoveryHandler) return sc.discoveryHandler(req, res, scenario);
        return json(res, 200, (sc.discovery ?? discovery)(scenario));
      }
      if (rest === '/jwks') return (sc.jwks ?? ((q, r) => json(r, 200, publicJwks())))(req, res, scenario);
      if (rest === '/token' && req.method === 'POST') {
        const ctx = { scenario, clientId: clientIdOf(req, body), body };
        return (sc.token ?? ((q, r, c) => json(r, 200, good(c))))(req, res, ctx);
      }
      return json(res, 404, { error: 'not_found', path: url.pathname });
    });
  };
}

function listen(server, p, name) {
  server.on('clientError', (err, socket) => { log(name, 'client error', err.code ?? err.message); socket.destroy(); });
  server.on('tlsClientError', (err) => log(name, 'TLS client error', err.code ?? err.message));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, '127.0.0.1', () => { log(`${name} listening on 127.0.0.1:${p}`); resolve(); });
  });
}

const servers = [
  [https.createServer(tls('server'), handler('main')), PORT, 'main'],
  [https.createServer(tls('wronghost'), handler('wronghost')), WRONGHOST_PORT, 'wronghost'],
  [https.createServer(tls('expired'), handler('expired')), EXPIRED_PORT, 'expired'],
  [https.createServer(tls('selfsigned'), handler('selfsigned')), SELFSIGNED_PORT, 'selfsigned'],
];
// The downgrade target: a plain TCP listener that only records; any byte is a leak.
const plain = net.createServer((socket) => {
  records.plain.connections += 1;
  socket.on('data', (d) => {
    records.plain.bytes += d.length;
    if (records.plain.first.length < 512) records.plain.first += d.toString('latin1').slice(0, 512);
  });
  socket.on('error', () => {});
  setTimeout(() => socket.destroy(), 2000);
});
servers.push([plain, PLAIN_PORT, 'plain']);
for (const [srv] of servers) if (srv instanceof https.Server) srv.keepAliveTimeout = 4000;

try {
  await Promise.all(servers.map(([srv, p, name]) => listen(srv, p, name)));
} catch (err) {
  console.error('hostile/server.mjs: could not listen:', err.message);
  process.exit(1);
}
log(`hostile AS ready at ${BASE}/<scenario> (${Object.keys(S).length} scenarios)`);

const stop = () => { log('stopping'); for (const [srv] of servers) srv.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
