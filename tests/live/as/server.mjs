// OAuthDesk live-test authorization server (oidc-provider 8.8.1, jose 5.10.0).
// Started by tests/live/with-as.sh; listens on 127.0.0.1 only. Test use only:
// in-memory storage, fixed client secrets, keys generated at every start.
//
// Env: PORT (required), TLS_KEY, TLS_CERT (PEM file paths, required),
//      CLIENT_CA (PEM file path, required: the CA that tls_client_auth client
//      certificates must chain to), INITIAL_ACCESS_TOKEN (required: the static
//      initial access token for dynamic client registration), TLS_CA (optional PEM
//      file path: the CA of TLS_CERT, trusted when the AS fetches a jwks_uri from
//      itself, i.e. from /test-jwks/), SSA_KEY (optional PEM file path: the private or
//      public key, EC P-256, that software statements (RFC 7591 §2.3) must be signed with;
//      without it every software_statement is refused).
//
// Authorization code flow without a person: the interaction URL is /test-interaction/<uid>,
// handled here: it logs in the fixed user "test-user" and consents to everything requested;
// login_hint=deny makes it decline instead (access_denied back at the redirect URI). The
// public client "native-client" (native, auth method none, PKCE S256, redirect URI
// http://127.0.0.1/callback on any port) gets access, ID and (rotating) refresh tokens.
// Software statements in dynamic registration are verified against SSA_KEY (see below).
// Everything observable is documented in README.md next to this file.

import {
  X509Certificate, createHash, createPublicKey, randomBytes, timingSafeEqual,
} from 'node:crypto';
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
if (!process.env.CLIENT_CA) {
  console.error('server.mjs: CLIENT_CA must be set (PEM file path of the client CA)');
  process.exit(2);
}
const INITIAL_ACCESS_TOKEN = process.env.INITIAL_ACCESS_TOKEN ?? '';
if (INITIAL_ACCESS_TOKEN.length < 16) {
  console.error('server.mjs: INITIAL_ACCESS_TOKEN must be set (>= 16 characters)');
  process.exit(2);
}
const CLIENT_CA_PEM = readFileSync(process.env.CLIENT_CA);
const SERVER_CA_PEM = process.env.TLS_CA ? readFileSync(process.env.TLS_CA) : undefined;

const ISSUER = `https://127.0.0.1:${PORT}`;
const API_AUDIENCE = 'https://api.oauthdesk.test';
// Optional second resource (request it with resource=...): opaque access tokens,
// which, unlike JWT access tokens, are stored and so can be introspected/revoked.
const OPAQUE_AUDIENCE = 'https://opaque.oauthdesk.test';
const API_SCOPE = 'accounts:read payments:write openid';
const KNOWN_SCOPES = ['openid', 'offline_access', 'profile', 'email', 'accounts:read', 'payments:write'];
// OAUTHDESK_AS_PROFILE=production (tests/live/with-two-as.sh starts one beside the default AS):
// a stricter "Production" AS that refuses what the default one allows: no client_secret_post
// method and no payments:write scope (static clients lose them too; post-client is absent).
const PRODUCTION = process.env.OAUTHDESK_AS_PROFILE === 'production';
if (PRODUCTION) KNOWN_SCOPES.splice(KNOWN_SCOPES.indexOf('payments:write'), 1);
// Scopes that are not API scopes: an authorization request with openid and only these gets
// no default resource, so its access token is an opaque one for the userinfo endpoint.
const OIDC_SCOPES = new Set(['openid', 'offline_access', 'profile', 'email']);

// ---- the test user (authorization code flow) -------------------------------
const TEST_USER = {
  sub: 'test-user',
  name: 'Test User',
  preferred_username: 'test-user',
  email: 'test-user@oauthdesk.test',
  email_verified: true,
};
// login_hint value that makes the test interaction decline (access_denied).
const DENY_LOGIN_HINT = 'deny';

// ---- software statements (RFC 7591 §2.3) -----------------------------------
// A software_statement in a registration (POST /reg) or update (PUT /reg/<id>) body must be
// a JWS signed ES256 with SSA_KEY and "iss" SSA_ISSUER; its claims then take precedence over
// the plain JSON metadata. oidc-provider 8.8.1 does not support software statements itself
// (it drops the member silently); this server checks them before oidc-provider sees the body.
const SSA_ISSUER = 'https://ssa.oauthdesk.test';
const SSA_PUBLIC_KEY = process.env.SSA_KEY ? createPublicKey(readFileSync(process.env.SSA_KEY)) : undefined;

// ---- expiring client secrets (OAUTHDESK_AS_SECRET_LIFETIME) -----------------
// Unset (the default): oidc-provider's own behaviour, secrets never expire
// (client_secret_expires_at 0) and an RFC 7592 PUT keeps the secret. Set to a whole number of
// seconds, not 0 (negative: a secret that is already expired when it is issued):
//  - POST /reg: a client that gets a secret gets client_secret_expires_at = now + lifetime;
//  - PUT /reg/<id> WITHOUT client_secret, for a client that has one: secret rotation, a new
//    secret expiring now + lifetime (RFC 7592 defines no rotation; this is what the app's
//    "rotate at the AS" asks for); a PUT that sends the current secret keeps it and its date;
//    a PUT that gives a client its first secret (e.g. private_key_jwt -> client_secret_basic):
//    now + lifetime.
// oidc-provider 8.8.1 hard-codes client_secret_expires_at 0 (lib/actions/registration.js) and has
// no lifetime option. Its hook that may change a client's properties before they are validated
// and stored is a registration policy (features.registration.policies), run only for initial
// access tokens kept in its adapter (initialAccessToken: true) and inherited by the registration
// access tokens issued with them. So in this mode INITIAL_ACCESS_TOKEN is saved as such a token
// carrying the policy (same value for the app) instead of being compared as a string. Stored
// client and answer (client.metadata()) agree, and oidc-provider itself refuses an expired
// secret: 400 invalid_client "could not authenticate the client - its client secret is
// expired" (Client#checkClientSecretExpiration, after its 15 s clock tolerance).
const SECRET_LIFETIME = process.env.OAUTHDESK_AS_SECRET_LIFETIME
  ? Number(process.env.OAUTHDESK_AS_SECRET_LIFETIME) : undefined;
if (SECRET_LIFETIME !== undefined && (!Number.isSafeInteger(SECRET_LIFETIME) || SECRET_LIFETIME === 0)) {
  console.error('server.mjs: OAUTHDESK_AS_SECRET_LIFETIME must be a whole number of seconds other than 0 (unset: never expire)');
  process.exit(2);
}
const EXPIRING_SECRET_POLICY = 'oauthdesk-expiring-secret';
const expiringSecrets = SECRET_LIFETIME === undefined ? undefined : {
  registration: {
    initialAccessToken: true,
    policies: {
      async [EXPIRING_SECRET_POLICY](ctx, properties) {
        if (!ctx.oidc.provider.Client.needsSecret(properties)) return;
        const hadSecret = ctx.oidc.route === 'client_update' && Boolean(ctx.oidc.client.clientSecret);
        const rotate = hadSecret && !('client_secret' in ctx.oidc.body);
        if (hadSecret && !rotate) return; // the current secret was sent: kept, with its date
        // eslint-disable-next-line no-param-reassign
        if (rotate) properties.client_secret = randomBytes(64).toString('base64url'); // as secretFactory
        const expiresAt = Math.floor(Date.now() / 1000) + SECRET_LIFETIME;
        // eslint-disable-next-line no-param-reassign
        properties.client_secret_expires_at = Math.max(expiresAt, 1); // 0 would mean "never"
        console.log(`registration: ${rotate ? 'rotated secret' : 'secret'} expires at ${properties.client_secret_expires_at}`);
      },
    },
  },
  install: (p) => new p.InitialAccessToken({ jti: INITIAL_ACCESS_TOKEN, policies: [EXPIRING_SECRET_POLICY] }).save(),
};

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
  // Public native client for the authorization code flow with PKCE (RFC 8252): any port of
  // http://127.0.0.1/callback is accepted (oidc-provider ignores the port of loopback
  // redirect URIs for native clients).
  {
    client_id: 'native-client',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: ['http://127.0.0.1/callback'],
    scope: 'openid offline_access profile email accounts:read',
  },
];
if (PRODUCTION) {
  clients.splice(clients.findIndex((c) => c.client_id === 'post-client'), 1);
  for (const c of clients) c.scope = c.scope?.split(' ').filter((x) => KNOWN_SCOPES.includes(x)).join(' ');
}

const accessTokenTTL = (clientId) => (clientId === 'short-client' ? 4 : 300);

// ---- mutual TLS (RFC 8705) -------------------------------------------------
// The HTTPS server asks for a client certificate but never rejects the handshake
// (rejectUnauthorized: false): no certificate (all the secret-based tests) and
// self-signed certificates (self_signed_tls_client_auth) get through, and
// socket.authorized says whether the certificate chains to CLIENT_CA (tls_client_auth).
function peerCertificate(ctx) {
  const { socket } = ctx;
  if (!socket || typeof socket.getPeerCertificate !== 'function') return undefined;
  if (typeof socket.getPeerX509Certificate === 'function') {
    return socket.getPeerX509Certificate() ?? undefined;
  }
  const peer = socket.getPeerCertificate();
  return peer && peer.raw ? new X509Certificate(peer.raw) : undefined;
}

const b64url = (buf) => buf.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const certThumbprint = (cert) => b64url(createHash('sha256').update(cert.raw).digest());

// Distinguished names. tls_client_auth_subject_dn must be the RFC 4514 string of the
// certificate subject: RDNs in reverse order of the DER encoding, comma-separated
// (what `openssl x509 -noout -subject -nameopt RFC2253` prints), e.g. a certificate made
// with `openssl req -subj "/O=Example Org/CN=billing-service"` is
// "CN=billing-service,O=Example Org". Compared per RDN after normalisation: attribute
// types case-insensitively (OIDs and E/emailAddress aliases allowed), values
// unescaped (\, \+ \2C ...), NFKC, trimmed, inner whitespace collapsed, case-insensitive.
// The order of the RDNs matters; the order inside a multi-valued RDN (a+b) does not.
const DN_TYPE_ALIASES = new Map(Object.entries({
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'TITLE',
  '2.5.4.42': 'GIVENNAME',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'EMAILADDRESS',
  E: 'EMAILADDRESS',
  EMAIL: 'EMAILADDRESS',
  S: 'ST',
  STATEORPROVINCENAME: 'ST',
  COMMONNAME: 'CN',
  ORGANIZATIONNAME: 'O',
  ORGANIZATIONALUNITNAME: 'OU',
  COUNTRYNAME: 'C',
  LOCALITYNAME: 'L',
  DOMAINCOMPONENT: 'DC',
  USERID: 'UID',
}));

// Splits on unescaped separator characters (`seps`), keeping escapes in the parts.
function splitUnescaped(str, seps) {
  const parts = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < str.length; i += 1) {
    const ch = str[i];
    if (ch === '\\' && i + 1 < str.length) {
      cur += ch + str[i + 1];
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
      cur += ch;
    } else if (!quoted && seps.includes(ch)) {
      parts.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  parts.push(cur);
  return parts;
}

function unescapeDnValue(raw) {
  let v = raw.trim();
  if (v.startsWith('#')) return v.toLowerCase(); // BER hex string: compared literally
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1); // RFC 1779 quoting
  const bytes = [];
  for (let i = 0; i < v.length; i += 1) {
    const ch = v[i];
    if (ch === '\\' && i + 1 < v.length) {
      const hex = v.slice(i + 1, i + 3);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(v[i + 1], 'utf8'));
        i += 1;
      }
    } else {
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8').normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function normaliseAva(ava) {
  const eq = ava.indexOf('=');
  if (eq <= 0) return undefined;
  let type = ava.slice(0, eq).trim().toUpperCase();
  if (type.startsWith('OID.')) type = type.slice(4);
  type = DN_TYPE_ALIASES.get(type) ?? type;
  return `${type}=${unescapeDnValue(ava.slice(eq + 1))}`;
}

// RDN strings -> normalised form ("CN=x|O=y", multi-valued RDNs sorted and joined by "+").
function normaliseRdns(rdns) {
  const out = [];
  for (const rdn of rdns) {
    if (!rdn.trim()) return undefined;
    const avas = splitUnescaped(rdn, '+').map(normaliseAva);
    if (avas.some((a) => a === undefined)) return undefined;
    out.push(avas.sort().join('+'));
  }
  return out.join('|');
}

// An RFC 4514 string, e.g. "CN=billing-service,O=Example Org" (";" also separates RDNs).
const normaliseRfc4514 = (dn) => normaliseRdns(splitUnescaped(dn, ',;'));
// Node's X509Certificate.subject: one RDN per line in DER order, RFC 2253 escaping,
// multi-valued RDNs joined by " + ". Reversed into RFC 4514 order.
const certSubjectRdns = (cert) => cert.subject.split('\n').filter((l) => l.length).reverse();
const certSubjectNormalised = (cert) => normaliseRdns(certSubjectRdns(cert));
// RFC 4514 display form of a certificate subject (reported by /api/echo and in the log).
const certSubjectRfc4514 = (cert) => certSubjectRdns(cert)
  .map((rdn) => splitUnescaped(rdn, '+').map((a) => a.trim()).join('+'))
  .join(',');

function sanUris(cert) {
  const san = cert.subjectAltName ?? '';
  const uris = [];
  const re = /(?:^|, )URI:("(?:[^"\\]|\\.)*"|[^,]*)/g;
  let m;
  while ((m = re.exec(san)) !== null) {
    uris.push(m[1].startsWith('"') ? JSON.parse(m[1]) : m[1]);
  }
  return uris;
}

function certificateSubjectMatches(ctx, property, expected) {
  const cert = peerCertificate(ctx);
  if (!cert) return false;
  let ok = false;
  switch (property) {
    case 'tls_client_auth_subject_dn': {
      const want = normaliseRfc4514(String(expected));
      ok = want !== undefined && want === certSubjectNormalised(cert);
      if (!ok) {
        console.log(`mtls: tls_client_auth_subject_dn mismatch: registered ${JSON.stringify(expected)}, certificate subject (RFC 4514) ${JSON.stringify(certSubjectRfc4514(cert))}`);
      }
      return ok;
    }
    case 'tls_client_auth_san_dns':
      ok = cert.checkHost(String(expected), { subject: 'never', wildcards: false }) !== undefined;
      break;
    case 'tls_client_auth_san_ip':
      ok = cert.checkIP(String(expected)) !== undefined;
      break;
    case 'tls_client_auth_san_email':
      ok = cert.checkEmail(String(expected), { subject: 'never' }) !== undefined;
      break;
    case 'tls_client_auth_san_uri':
      ok = sanUris(cert).includes(String(expected));
      break;
    default:
      ok = false;
  }
  if (!ok) {
    console.log(`mtls: ${property} mismatch: registered ${JSON.stringify(expected)}, certificate SAN ${JSON.stringify(cert.subjectAltName ?? null)}`);
  }
  return ok;
}

// ---- test JWKS host (for jwks_uri registrations) ---------------------------
// PUT /test-jwks/<name> stores a JWKS (JSON object with a "keys" array, <= 64 KiB);
// GET serves it; DELETE removes it. oidc-provider caches a fetched jwks_uri for at
// least 60 s; a PUT or DELETE drops the cached key sets of the clients registered with
// that URL, so their next request fetches it again (rotation takes effect at once).
const testJwks = new Map();
const jwksUriClients = new Map(); // jwks_uri -> Set(client_id)
const TEST_JWKS_NAME = /^\/test-jwks\/([A-Za-z0-9._~-]{1,128})$/;

// ---- provider -------------------------------------------------------------
const serverCaAgent = SERVER_CA_PEM ? new https.Agent({ ca: SERVER_CA_PEM }) : undefined;

const provider = new Provider(ISSUER, {
  clients,
  clientAuthMethods: [
    'client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt',
    'tls_client_auth', 'self_signed_tls_client_auth', 'none',
  ].filter((m) => !(PRODUCTION && m === 'client_secret_post')),
  enabledJWA: {
    clientAuthSigningAlgValues: [
      'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512',
      'ES256', 'ES384', 'ES512', 'EdDSA', 'HS256', 'HS384', 'HS512',
    ],
  },
  // jwks_uri fetches from the AS itself (/test-jwks/) must trust the test CA.
  httpOptions: (url) => (serverCaAgent && url.origin === ISSUER ? { agent: serverCaAgent } : {}),
  jwks: { keys: [rsJwk, esJwk] },
  scopes: KNOWN_SCOPES,
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email', 'email_verified'],
  },
  // The ID token carries the claims of the granted scopes even when the access token is
  // one for the userinfo endpoint.
  conformIdTokenClaims: false,
  findAccount: async (ctx, sub) => (sub === TEST_USER.sub ? {
    accountId: sub,
    claims: async () => ({ ...TEST_USER }),
  } : undefined),
  interactions: {
    url: async (ctx, interaction) => `/test-interaction/${interaction.uid}`,
  },
  // Every client allowed the refresh_token grant gets a refresh token from the code
  // exchange (stock oidc-provider: only with offline_access, which it keeps only when the
  // request has prompt=consent). Public clients' refresh tokens rotate on use (stock).
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  extraClientMetadata: { properties: ['software_statement', 'software_id', 'software_version'] },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    registration: {
      enabled: true,
      initialAccessToken: INITIAL_ACCESS_TOKEN,
      issueRegistrationAccessToken: true,
      ...expiringSecrets?.registration, // OAUTHDESK_AS_SECRET_LIFETIME (see above)
    },
    // A new registration access token on every update (RFC 7592 §2.2 allows it): the app must keep it.
    registrationManagement: { enabled: true, rotateRegistrationAccessToken: true },
    mTLS: {
      enabled: true,
      certificateBoundAccessTokens: true,
      selfSignedTlsClientAuth: true,
      tlsClientAuth: true,
      getCertificate: peerCertificate,
      certificateAuthorized: (ctx) => ctx.socket?.authorized === true,
      certificateSubjectMatches,
    },
    resourceIndicators: {
      enabled: true,
      // The API, except for authorization requests with openid and OIDC scopes only (their
      // access token is for userinfo, which refuses tokens with an audience).
      defaultResource: async (ctx) => {
        const { route, params } = ctx.oidc ?? {};
        if (['authorization', 'resume', 'pushed_authorization_request'].includes(route)
            && typeof params?.scope === 'string') {
          const scopes = params.scope.split(' ').filter(Boolean);
          if (scopes.includes('openid') && scopes.every((s) => OIDC_SCOPES.has(s))) return undefined;
        }
        return API_AUDIENCE;
      },
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
    AuthorizationCode: 60,
    IdToken: 3600,
    RefreshToken: 24 * 3600,
    Interaction: 600,
    Session: 3600,
    Grant: 24 * 3600,
  },
  extraTokenClaims: async () => ({ pmid: 'PM-0042', x_test: true }),
  cookies: { keys: ['oauthdesk-live-test-cookie-key-not-secret'] },
});
await expiringSecrets?.install(provider); // OAUTHDESK_AS_SECRET_LIFETIME (see above)

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

// Why a request failed (oidc-provider keeps error_detail out of the response body).
for (const event of [
  'grant.error', 'introspection.error', 'revocation.error', 'registration_create.error',
  'registration_read.error', 'registration_update.error', 'registration_delete.error',
  'discovery.error', 'jwks.error', 'authorization.error', 'userinfo.error',
]) {
  provider.on(event, (ctx, err) => {
    const detail = err?.error_detail ?? err?.error_description ?? err?.message;
    console.log(`${event}: ${err?.error ?? err?.name}${detail ? ` (${detail})` : ''}`);
  });
}

// Remember which dynamically registered clients use which jwks_uri (see /test-jwks/).
for (const event of ['registration_create.success', 'registration_update.success']) {
  provider.on(event, (ctx, client) => {
    if (!client?.jwksUri) return;
    if (!jwksUriClients.has(client.jwksUri)) jwksUriClients.set(client.jwksUri, new Set());
    jwksUriClients.get(client.jwksUri).add(client.clientId);
  });
}

async function markJwksStale(uri) {
  for (const clientId of jwksUriClients.get(uri) ?? []) {
    try {
      const client = await provider.Client.find(clientId);
      if (client?.jwksUri === uri && client.asymmetricKeyStore) {
        // Drop the cached keys and mark them stale: the next use re-fetches the jwks_uri.
        client.asymmetricKeyStore.clear();
        client.asymmetricKeyStore.freshUntil = undefined;
      }
    } catch {
      // deleted or invalid client: nothing to refresh
    }
  }
}

async function testJwksHost(ctx) {
  const m = TEST_JWKS_NAME.exec(ctx.path);
  ctx.set('Cache-Control', 'no-store');
  if (!m) {
    ctx.status = 404;
    ctx.body = { error: 'not_found', error_description: 'use /test-jwks/<name> ([A-Za-z0-9._~-], <= 128 characters)' };
    return;
  }
  const name = m[1];
  const uri = `${ISSUER}/test-jwks/${name}`;
  switch (ctx.method) {
    case 'GET':
    case 'HEAD':
      if (!testJwks.has(name)) {
        ctx.status = 404;
        ctx.body = { error: 'not_found', error_description: 'no JWKS stored under this name' };
        return;
      }
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = testJwks.get(name);
      return;
    case 'PUT': {
      let jwks;
      try {
        jwks = JSON.parse((await readBody(ctx.req, 64 * 1024)).toString('utf8'));
      } catch {
        ctx.status = 400;
        ctx.body = { error: 'invalid_request', error_description: 'body must be a JWKS JSON object of at most 64 KiB' };
        return;
      }
      if (!jwks || typeof jwks !== 'object' || Array.isArray(jwks) || !Array.isArray(jwks.keys)) {
        ctx.status = 400;
        ctx.body = { error: 'invalid_request', error_description: 'body must be a JSON object with a "keys" array' };
        return;
      }
      testJwks.set(name, JSON.stringify(jwks));
      await markJwksStale(uri);
      ctx.status = 200;
      ctx.body = { jwks_uri: uri, keys: jwks.keys.length };
      return;
    }
    case 'DELETE':
      testJwks.delete(name);
      await markJwksStale(uri);
      ctx.status = 204;
      return;
    default:
      ctx.set('Allow', 'GET, HEAD, PUT, DELETE');
      ctx.status = 405;
      ctx.body = { error: 'method_not_allowed', error_description: 'use GET, PUT or DELETE' };
  }
}

// RFC 8705 §5: mtls_endpoint_aliases. oidc-provider 8.8.1 does not publish them; this
// server takes client certificates on every endpoint, so the aliases are the same URLs.
const MTLS_ALIASED = [
  'token_endpoint', 'revocation_endpoint', 'introspection_endpoint', 'userinfo_endpoint',
  'pushed_authorization_request_endpoint', 'device_authorization_endpoint',
  'backchannel_authentication_endpoint',
];
function addMtlsAliases(ctx) {
  const body = ctx.body;
  if (ctx.status !== 200 || !body || typeof body !== 'object' || body.mtls_endpoint_aliases) return;
  const aliases = {};
  for (const key of MTLS_ALIASED) {
    if (typeof body[key] === 'string') aliases[key] = body[key];
  }
  body.mtls_endpoint_aliases = aliases;
}

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

  // /api/strict/echo enforces the certificate binding below; /api/lax/echo ignores it (an API
  // that does not check RFC 8705 §3, for the negative binding test); /api/echo reports it.
  const ECHO_PATHS = ['/api/echo', '/api/strict/echo', '/api/lax/echo'];
  if (!ECHO_PATHS.includes(ctx.path)) {
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

  // RFC 8705 §3: a certificate-bound token (cnf.x5t#S256) must come with that certificate.
  // Reported, not enforced: cnf_ok is null for unbound tokens, else whether the TLS client
  // certificate of this request has that thumbprint (false without a certificate).
  const cert = peerCertificate(ctx);
  const boundTo = payload.cnf && typeof payload.cnf === 'object' ? payload.cnf['x5t#S256'] : undefined;
  const certX5t = cert ? certThumbprint(cert) : null;
  if (ctx.path === '/api/strict/echo' && boundTo !== undefined && boundTo !== certX5t) {
    // RFC 8705 §3: a mismatch is refused as RFC 6750 invalid_token, 401.
    apiError(ctx, 401, 'invalid_token', certX5t ? 'the token is bound to another certificate'
      : 'the token is certificate-bound; present its certificate');
    return;
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
    cnf_ok: boundTo === undefined ? null : boundTo === certX5t,
    cnf_x5t_s256: boundTo ?? null,
    client_cert_x5t_s256: certX5t,
    client_cert_subject: cert ? certSubjectRfc4514(cert) : null,
    client_cert_authorized: cert ? ctx.socket.authorized === true : null,
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

// ---- test interaction (authorization code flow without a person) ---------
// GET /test-interaction/<uid>: the "login page". It logs in TEST_USER (prompt login) and
// consents to all requested scopes and claims (prompt consent), then sends the browser back
// to the authorization endpoint (303). With login_hint=deny it declines: the client's
// redirect URI gets error=access_denied&error_description=The test user declined.
const TEST_INTERACTION = /^\/test-interaction\/([A-Za-z0-9_-]{1,64})$/;

async function testInteraction(ctx) {
  ctx.set('Cache-Control', 'no-store');
  const m = TEST_INTERACTION.exec(ctx.path);
  if (!m) {
    ctx.status = 404;
    ctx.body = { error: 'not_found', error_description: 'no such interaction' };
    return;
  }
  if (ctx.method !== 'GET') {
    ctx.set('Allow', 'GET');
    ctx.status = 405;
    ctx.body = { error: 'method_not_allowed', error_description: 'use GET' };
    return;
  }
  let details;
  try {
    details = await provider.interactionDetails(ctx.req, ctx.res);
  } catch (err) {
    ctx.status = 400;
    ctx.body = { error: err.error ?? 'invalid_request', error_description: err.error_description ?? 'interaction not found' };
    return;
  }
  if (details.uid !== m[1]) {
    ctx.status = 400;
    ctx.body = { error: 'invalid_request', error_description: 'interaction cookie does not match the URL' };
    return;
  }
  const { prompt, params, session } = details;
  let result;
  if (params.login_hint === DENY_LOGIN_HINT) {
    result = { error: 'access_denied', error_description: 'The test user declined.' };
  } else if (prompt.name === 'login') {
    result = { login: { accountId: TEST_USER.sub } };
  } else if (prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    result = { consent: { grantId: await grant.save() } };
  } else {
    result = { error: 'access_denied', error_description: `the test interaction does not handle prompt ${prompt.name}` };
  }
  console.log(`interaction: prompt ${prompt.name} -> ${result.error ?? Object.keys(result).join(',')}`);
  const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: true });
  ctx.status = 303;
  ctx.redirect(returnTo);
}

// ---- software statements on registration -----------------------------------
const bearerToken = (ctx) => /^Bearer[ ]+(\S+)$/i.exec(ctx.get('authorization'))?.[1];

function sameSecret(a, b) {
  const x = createHash('sha256').update(String(a)).digest();
  const y = createHash('sha256').update(String(b)).digest();
  return timingSafeEqual(x, y);
}

function ssaError(ctx, error, description) {
  console.log(`registration: ${error} (${description})`);
  ctx.status = 400;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { error, error_description: description };
}

const SSA_REGISTERED_CLAIMS = new Set(['iss', 'sub', 'aud', 'iat', 'exp', 'nbf', 'jti']);

// Verifies a software_statement in POST /reg or PUT /reg/<client_id> and merges its claims
// into the body. Only for requests carrying a valid initial / registration access token, so
// that unauthenticated requests get oidc-provider's own errors. Returns false if it answered.
async function checkSoftwareStatement(ctx) {
  const create = ctx.method === 'POST' && ctx.path === '/reg';
  const update = ctx.method === 'PUT' && /^\/reg\/[^/]+$/.test(ctx.path);
  if ((!create && !update) || !ctx.is('application/json')) return true;
  const token = bearerToken(ctx);
  if (!token) return true;
  if (create && !sameSecret(token, INITIAL_ACCESS_TOKEN)) return true;
  if (update) {
    const rat = await provider.RegistrationAccessToken.find(token);
    if (!rat || rat.clientId !== decodeURIComponent(ctx.path.slice('/reg/'.length))) return true;
  }
  let raw;
  try {
    raw = (await readBody(ctx.req, 56 * 1024)).toString('utf8');
  } catch {
    ctx.status = 400;
    ctx.body = { error: 'invalid_request', error_description: 'failed to read the request body' };
    return false;
  }
  ctx.request.body = raw; // oidc-provider parses it from here (the stream is consumed)
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    return true; // oidc-provider answers invalid_request
  }
  if (!body || typeof body !== 'object' || !('software_statement' in body)) return true;
  const statement = body.software_statement;
  if (typeof statement !== 'string') {
    ssaError(ctx, 'invalid_software_statement', 'software_statement must be a JWT (string)');
    return false;
  }
  if (!SSA_PUBLIC_KEY) {
    ssaError(ctx, 'unapproved_software_statement', 'this server has no software statement key (SSA_KEY)');
    return false;
  }
  let payload;
  try {
    ({ payload } = await jwtVerify(statement, SSA_PUBLIC_KEY, { algorithms: ['ES256'] }));
  } catch (err) {
    ssaError(ctx, 'invalid_software_statement', `software statement verification failed: ${err.code ?? err.name}`);
    return false;
  }
  if (payload.iss !== SSA_ISSUER) {
    ssaError(ctx, 'unapproved_software_statement', `software statement issuer is not trusted (expected ${SSA_ISSUER})`);
    return false;
  }
  // RFC 7591 §2.3: the statement's claims take precedence; the statement itself is stored and
  // returned unmodified.
  const merged = { ...body };
  for (const [k, v] of Object.entries(payload)) {
    if (!SSA_REGISTERED_CLAIMS.has(k)) merged[k] = v;
  }
  merged.software_statement = statement;
  ctx.request.body = JSON.stringify(merged);
  return true;
}

// ---- timing, logging, API dispatch ----------------------------------------
provider.use(async (ctx, next) => {
  const started = performance.now();
  try {
    if (ctx.path.startsWith('/api/')) {
      await api(ctx);
    } else if (ctx.path.startsWith('/test-jwks/')) {
      await testJwksHost(ctx);
    } else if (ctx.path.startsWith('/test-interaction/')) {
      await testInteraction(ctx);
    } else if (await enforceAuthMethod(ctx) && await checkSoftwareStatement(ctx)) {
      await next();
      if (ctx.path === '/.well-known/openid-configuration'
          || ctx.path === '/.well-known/oauth-authorization-server') {
        addMtlsAliases(ctx);
      }
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
  // Ask for a client certificate, never require one (see "mutual TLS" above).
  ca: [CLIENT_CA_PEM],
  requestCert: true,
  rejectUnauthorized: false,
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
