// SPDX-License-Identifier: GPL-3.0-or-later
// Token endpoint answers and OAuth error answers (lib/oauth/TokenClient.h parseTokenResponse,
// lib/oauth/Explanation.h refusalError, lib/oauth/HttpExchange.h oauthErrorAnswer).
// Input: a raw HTTP/1.1 response (FuzzSupport.h exchangeFromHttp).
#include "FuzzSupport.h"
#include "oauth/Explanation.h"
#include "oauth/TokenClient.h"

using namespace oauthdesk;

namespace {
const QList<AuthMethod> kMethods = { AuthMethod::None, AuthMethod::ClientSecretBasic,
    AuthMethod::ClientSecretPost, AuthMethod::PrivateKeyJwt, AuthMethod::TlsClientAuth,
    AuthMethod::SelfSignedTlsClientAuth };
const QList<QByteArray> kGrants = { "client_credentials", "authorization_code", "refresh_token" };
const QList<AssertionAudience> kAudiences = { AssertionAudience::TokenEndpoint,
    AssertionAudience::Issuer, AssertionAudience::EndpointCalled };
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    const HttpExchange ex = fuzz::exchangeFromHttp(input);
    const unsigned h = fuzz::pick(input);
    RefusalContext context;
    context.method = kMethods.at(h % kMethods.size());
    context.grantType = kGrants.at((h / 8) % kGrants.size());
    context.audienceRule = kAudiences.at((h / 32) % kAudiences.size());
    context.assertionAudience = QStringLiteral("https://as.example.com/token");
    const QStringList requested = { QStringLiteral("accounts:read"), QStringLiteral("openid") };

    const auto token = parseTokenResponse(ex, requested, context);
    if (token) {
        FUZZ_CHECK(token->accessToken && !token->accessToken->isEmpty());
        (void)token->expiresAt();
        (void)token->scopesNotGranted();
        (void)token->scopesNotRequested();
    } else {
        FUZZ_CHECK(!token.error().message.isEmpty());
    }
    for (BackChannelEndpoint endpoint : { BackChannelEndpoint::Token,
             BackChannelEndpoint::Introspection, BackChannelEndpoint::Revocation }) {
        context.endpoint = endpoint;
        const Error refusal = refusalError(ex, context);
        FUZZ_CHECK(!refusal.message.isEmpty());
    }
    fuzz::renderExchange(ex);
    return 0;
}
