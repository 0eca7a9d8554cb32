// SPDX-License-Identifier: GPL-3.0-or-later
// Dynamic client registration answers (RFC 7591, RFC 7592; lib/oauth/Registration.h
// parseRegistrationResponse, parseRegistrationDelete, registrationError, compareMetadata,
// applyRegistration). Input: a raw HTTP/1.1 response (FuzzSupport.h exchangeFromHttp).
#include "FuzzSupport.h"
#include "oauth/Registration.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace oauthdesk;

namespace {
OAuthClient requestedClient()
{
    OAuthClient c;
    c.name = QStringLiteral("Reporting");
    c.applicationType = ApplicationType::Native;
    c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
    c.authMethod = AuthMethod::None;
    c.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
    c.scopes = { QStringLiteral("openid"), QStringLiteral("accounts:read") };
    return c;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    const HttpExchange ex = fuzz::exchangeFromHttp(input);
    static const OAuthClient client = requestedClient();
    static const QJsonObject requested
        = registrationMetadata(RegistrationInput { client, {}, {}, {} });

    for (RegistrationStep step : { RegistrationStep::Register, RegistrationStep::Read,
             RegistrationStep::Update, RegistrationStep::Delete }) {
        const auto registered = parseRegistrationResponse(ex, step);
        if (registered) {
            FUZZ_CHECK(!registered->clientId.isEmpty());
            // What is kept as metadata has its secrets removed.
            FUZZ_CHECK(!registered->metadata.contains(QLatin1String("client_secret")));
            FUZZ_CHECK(!registered->metadata.contains(QLatin1String("registration_access_token")));
            for (const MetadataDifference &d : compareMetadata(requested, registered->metadata))
                FUZZ_CHECK(!d.field.isEmpty());
            (void)applyRegistration(client, *registered);
        }
        const Error error = registrationError(ex, step);
        FUZZ_CHECK(!error.message.isEmpty());
    }
    (void)parseRegistrationDelete(ex);
    // compareMetadata() on anything the AS may send back, both ways round.
    const QJsonObject granted = QJsonDocument::fromJson(ex.responseBody).object();
    (void)compareMetadata(requested, granted);
    (void)compareMetadata(granted, requested);
    FUZZ_CHECK(compareMetadata(granted, granted).isEmpty());
    fuzz::renderExchange(ex);
    return 0;
}
