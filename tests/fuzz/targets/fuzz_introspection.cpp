// SPDX-License-Identifier: GPL-3.0-or-later
// Introspection (RFC 7662) and revocation (RFC 7009) answers
// (lib/oauth/TokenIntrospection.h parseIntrospectionResponse, parseRevocationResponse).
// Input: a raw HTTP/1.1 response (FuzzSupport.h exchangeFromHttp).
#include "FuzzSupport.h"
#include "oauth/TokenIntrospection.h"

using namespace oauthdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    const HttpExchange ex = fuzz::exchangeFromHttp(input);
    const unsigned h = fuzz::pick(input);
    RefusalContext context;
    context.endpoint = BackChannelEndpoint::Introspection;
    context.method = (h & 1) ? AuthMethod::PrivateKeyJwt : AuthMethod::ClientSecretBasic;
    context.audienceRule
        = (h & 2) ? AssertionAudience::EndpointCalled : AssertionAudience::TokenEndpoint;

    const auto introspection = parseIntrospectionResponse(ex, context);
    if (introspection) {
        FUZZ_CHECK(ex.status == 200);
        (void)introspection->expiresAt();
        FUZZ_CHECK(!introspection->summary().isEmpty());
    }
    context.endpoint = BackChannelEndpoint::Revocation;
    const auto revocation = parseRevocationResponse(ex, context);
    if (!revocation)
        FUZZ_CHECK(!revocation.error().message.isEmpty());
    fuzz::renderExchange(ex);
    return 0;
}
