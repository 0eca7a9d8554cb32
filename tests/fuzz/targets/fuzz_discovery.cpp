// SPDX-License-Identifier: GPL-3.0-or-later
// Discovery documents (OIDC Discovery §3, RFC 8414; lib/oauth/Discovery.h parseDiscovery,
// scopesSupported). Input: the document. It is checked against the corpus issuer and against
// the issuer it names itself, so the checks after the issuer comparison are reached too.
#include "FuzzSupport.h"
#include "SeedMaterial.h"
#include "oauth/Discovery.h"
#include "policy/Validation.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace oauthdesk;

namespace {
void check(const QByteArray &document, const QUrl &issuer)
{
    const auto metadata = parseDiscovery(document, issuer);
    if (!metadata) {
        FUZZ_CHECK(!metadata.error().message.isEmpty());
        return;
    }
    FUZZ_CHECK(metadata->issuer == issuer.toString());
    for (const bool mtls : { false, true }) {
        for (const auto &[name, plain] :
            { std::pair { QStringLiteral("token_endpoint"), metadata->tokenEndpoint },
                std::pair {
                    QStringLiteral("introspection_endpoint"), metadata->introspectionEndpoint },
                std::pair {
                    QStringLiteral("revocation_endpoint"), metadata->revocationEndpoint } }) {
            const QUrl url = metadata->endpointFor(name, plain, mtls);
            // Whatever endpoint is used was checked: absolute https (http only on loopback).
            if (!url.isEmpty())
                FUZZ_CHECK(!checkServiceUrl(
                    url, QStringLiteral("token_endpoint"), QStringLiteral("Token endpoint")));
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document = fuzz::bytesOf(data, size);
    check(document, QUrl(QString::fromLatin1(fuzz::kIssuer)));
    const QJsonValue named
        = QJsonDocument::fromJson(document).object().value(QLatin1String("issuer"));
    if (named.isString())
        check(document, QUrl(named.toString()));
    for (const QString &scope : scopesSupported(document))
        FUZZ_CHECK(!checkScope(scope));
    return 0;
}
