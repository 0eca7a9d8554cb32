// OAuthDesk live-test authorization server (oidc-provider 8.8.1, jose 5.10.0).
// Started by tests/live/with-as.sh; listens on 127.0.0.1 only. Test use only:
// in-memory storage, fixed client secrets, keys generated at every start.
//
// Env: PORT (required), TLS_KEY, TLS_CERT (PEM file paths, required).

import { readFileSync } from 'node:fs';
import * as https from 'node:https';
import { performance } from 'node:perf_hooks';

import Provider, { errors } from 'oidc-provider';
// oidc-provider 8.8.1 has no "exports" map, so the built-in grant handler can be
// wrapped (see registerGrantType below). Pinned version: re-check on upgrade.
import * as clientCredentialsGrant from 'oidc-provider/lib/actions/grants/client_credentials.js';
import {
  createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify,
} from 'jose';

const PORT = Number.parseInt(process.env.PORT ?? '', 10);
if (!Number.isInteger(PORT) || PORT <= 0 || PORT > 65535) {
  console.error('server.mjs: PORT must be set to a TCP port');
  process.exit(2);
}
if (!process.env.TLS_KEY || !process.env.TLS_CERT) {
  console.error('server.mjs: TLS_KEY and TLS_CERT must be set (PEM file paths)');
  process.exit(2);
}

const ISSUER = `https://127.0.0.1:${PORT}`;
const API_AUDIENCE = 'https://api.oauthdesk.test';
// Optional second resource (request it with resource=...): opaque access tokens,
// which, unlike JWT access tokens, are stored and so can be introspected/revoked.
const OPAQUE_AUDIENCE = 'https://opaque.oauthdesk.test';
const API_SCOPE = 'accounts:read payments:write openid';
const KNOWN_SCOPES = ['openid', 'offline_access', 'accounts:read', 'payments:write'];

// ---- signing keys (fresh every start) -------------------------------------
async function privateJwk(alg, kid, options) {
  const { privateKey } = await generateKeyPair(alg, { extractable: true, ...options });
  return { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' };
}
const rsJwk = await privateJwk('RS256', 'rs-1', { modulusLength: 2048 });
const esJwk = await privateJwk('ES256', 'es-1');

function publicPart(jwk) {
  const {
    d, p, q, dp, dq, qi, ...pub
  } = jwk;
  return pub;
}
const localJwks = createLocalJWKSet({ keys: [rsJwk, esJwk].map(publicPart) });

// ---- clients --------------------------------------------------------------
const ccClient = (clientId, clientSecret, method, scope = 'accounts:read payments:write') => ({
  client_id: clientId,
  client_secret: clientSecret,
  token_endpoint_auth_method: method,
  grant_types: ['client_credentials'],
  response_types: [],
  redirect_uris: [],
  scope,
});

const clients = [
  ccClient('basic-client', 'basic-secret-0123456789abcdef', 'client_secret_basic'),
  ccClient('post-client', 'post-secret-0123456789abcdef', 'client_secret_post'),
  ccClient('short-client', 'short-secret-0123456789abcdef', 'client_secret_basic'),
  ccClient('weird:client', 's3cr3t+/=%&:?', 'client_secret_basic'),
  ccClient('narrow-client', 'narrow-secret-0123456789abcdef', 'client_secret_basic', 'accounts:read'),
];

const accessTokenTTL = (clientId) => (clientId === 'short-client' ? 4 : 300);

// ---- provider -------------------------------------------------------------
const provider = new Provider(ISSUER, {
  clients,
  jwks: { keys: [rsJwk, esJwk] },
  scopes: KNOWN_SCOPES,
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => API_AUDIENCE,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (ctx, resourceIndicator, client) => {
        if (resourceIndicator === OPAQUE_AUDIENCE) {
          return {
            scope: API_SCOPE,
            audience: OPAQUE_AUDIENCE,
            accessTokenFormat: 'opaque',
            accessTokenTTL: accessTokenTTL(client.clientId),
          };
        }
        if (resourceIndicator !== API_AUDIENCE) {
          throw new errors.InvalidTarget('unknown resource indicator');
        }
        return {
          scope: API_SCOPE,
          audience: API_AUDIENCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: accessTokenTTL(client.clientId),
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  ttl: {
    ClientCredentials: (ctx, token, client) => token.resourceServer?.accessTokenTTL
      || accessTokenTTL(client.clientId),
    AccessToken: (ctx, token, client) => token.resourceServer?.accessTokenTTL
      || accessTokenTTL(client.clientId),
  },
  extraTokenClaims: async () => ({ pmid: 'PM-0042', x_test: true }),
  cookies: { keys: ['oauthdesk-live-test-cookie-key-not-secret'] },
});

// The built-in client_credentials grant only validates scopes that appear in
// `scopes` and silently drops unknown ones. Reject unknown scopes (e.g. admin:all)
// with invalid_scope; everything else is the stock handler.
{
  const known = new Set(KNOWN_SCOPES);
  const stock = clientCredentialsGrant.handler;
  const strictHandler = async function strictClientCredentials(ctx, next) {
    const requested = ctx.oidc.params.scope ? ctx.oidc.params.scope.split(' ').filter(Boolean) : [];
    for (const scope of requested) {
      if (!known.has(scope)) {
        throw new errors.InvalidScope('requested scope is not allowed', scope);
      }
    }
    return stock(ctx, next);
  };
  provider.registerGrantType(
    'client_credentials',
    strictHandler,
    new Set([...clientCredentialsGrant.parameters, 'resource']),
    new Set(['resource']),
  );
}

provider.on('server_error', (ctx, err) => {
  console.error(`server_error: ${err?.stack ?? err}`);
});

// ---- protected API --------------------------------------------------------
async function readBody(req, limit = 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function apiError(ctx, status, error, description) {
  ctx.status = status;
  if (status === 401) {
    ctx.set('WWW-Authenticate', `Bearer error="${error}", error_description="${description.replace(/"/g, "'")}"`);
  }
  ctx.body = { error, error_description: description };
}

async function api(ctx) {
  const auth = ctx.get('authorization');
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i.exec(auth);
  if (!match) {
    apiError(ctx, 401, 'invalid_token', auth ? 'malformed Authorization header' : 'missing bearer token');
    return;
  }
  let payload;
  try {
    ({ payload } = await jwtVerify(match[1], localJwks, {
      issuer: ISSUER,
      audience: API_AUDIENCE,
      algorithms: ['RS256', 'ES256'],
    }));
  } catch (err) {
    apiError(ctx, 401, 'invalid_token', `token verification failed: ${err.code ?? err.name}`);
    return;
  }

  if (ctx.path !== '/api/echo') {
    apiError(ctx, 404, 'not_found', 'no such API resource');
    return;
  }
  if (ctx.method !== 'GET' && ctx.method !== 'POST') {
    ctx.set('Allow', 'GET, POST');
    apiError(ctx, 405, 'method_not_allowed', 'use GET or POST');
    return;
  }

  let body = null;
  if (ctx.method === 'POST') {
    let raw;
    try {
      raw = await readBody(ctx.req);
    } catch {
      apiError(ctx, 413, 'invalid_request', 'body too large or unreadable');
      return;
    }
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        apiError(ctx, 400, 'invalid_request', 'body is not valid JSON');
        return;
      }
    }
  }

  ctx.status = 200;
  ctx.body = {
    client_id: payload.client_id ?? null,
    scope: payload.scope ?? null,
    pmid: payload.pmid ?? null,
    x_region: ctx.get('x-region') || null,
    method: ctx.method,
    body,
    headers_seen: Object.keys(ctx.req.headers).map((h) => h.toLowerCase()),
  };
}

// ---- strict client authentication method ----------------------------------
// oidc-provider treats client_secret_basic and client_secret_post as
// interchangeable. Here a client must use exactly its registered method, so a
// test can tell which one the app sent. The form body is read here and handed
// on through ctx.request.body, which oidc-provider uses for an already-read body.
const clientAuthMethod = new Map(clients.map((c) => [c.client_id, c.token_endpoint_auth_method]));
const CLIENT_AUTH_PATHS = new Set(['/token', '/token/introspection', '/token/revocation']);

function basicClientId(header) {
  const m = /^Basic[ ]+(\S+)$/i.exec(header);
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i === -1) return undefined;
  try {
    return decodeURIComponent(decoded.slice(0, i).replace(/\+/g, '%20'));
  } catch {
    return undefined;
  }
}

async function enforceAuthMethod(ctx) {
  if (ctx.method !== 'POST' || !CLIENT_AUTH_PATHS.has(ctx.path)
      || !ctx.is('application/x-www-form-urlencoded')) {
    return true;
  }
  let raw;
  try {
    raw = (await readBody(ctx.req, 56 * 1024)).toString('utf8');
  } catch {
    ctx.status = 400;
    ctx.body = { error: 'invalid_request', error_description: 'failed to read the request body' };
    return false;
  }
  ctx.request.body = raw;
  const form = new URLSearchParams(raw);
  const auth = ctx.get('authorization');
  const viaBasic = /^Basic /i.test(auth);
  const clientId = viaBasic ? basicClientId(auth) : form.get('client_id');
  const registered = clientAuthMethod.get(clientId);
  let used;
  if (viaBasic) used = 'client_secret_basic';
  else if (form.has('client_secret')) used = 'client_secret_post';
  if (!registered || !used || used === registered) return true;

  ctx.status = 401;
  ctx.set('WWW-Authenticate', `Basic realm="${ISSUER}", error="invalid_client", error_description="client authentication failed"`);
  ctx.body = {
    error: 'invalid_client',
    error_description: `client authentication failed (registered method ${registered}, request used ${used})`,
  };
  return false;
}

// ---- timing, logging, API dispatch ----------------------------------------
provider.use(async (ctx, next) => {
  const started = performance.now();
  try {
    if (ctx.path.startsWith('/api/')) {
      await api(ctx);
    } else if (await enforceAuthMethod(ctx)) {
      await next();
    }
  } finally {
    const ms = performance.now() - started;
    ctx.set('X-AS-Processing-Ms', ms.toFixed(3));
    // No query strings, headers, bodies or tokens in the log.
    console.log(`${new Date().toISOString()} ${ctx.method} ${ctx.path} ${ctx.status} ${ms.toFixed(1)}ms`);
  }
});

const server = https.createServer({
  key: readFileSync(process.env.TLS_KEY),
  cert: readFileSync(process.env.TLS_CERT),
}, provider.callback());

server.listen(PORT, '127.0.0.1', () => {
  console.log(`oauthdesk test AS listening on ${ISSUER} (node ${process.version})`);
});

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
