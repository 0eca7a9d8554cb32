// SPDX-License-Identifier: GPL-3.0-or-later
// What the store and the AS hand back as plain strings: enum wire strings
// (lib/model/Enums.h fromWire, grantTypesFromWire) and the single-field rules they pass through
// on the way in (lib/policy/Validation.h). Input: the string (UTF-8).
// The store's own row decoding: its JSON columns (lib/store/RowCodec.h), as a damaged file
// would hold them, must read without a crash and what they read must write back the same.
#include "FuzzSupport.h"
#include "model/Enums.h"
#include "policy/Validation.h"
#include "store/RowCodec.h"

#include <QUrl>

using namespace oauthdesk;

namespace {
template <typename Enum> void roundTrip(const QString &wire)
{
    if (const auto v = fromWire<Enum>(wire))
        FUZZ_CHECK(toWire(*v) == wire);
    for (Enum v : allValues<Enum>())
        FUZZ_CHECK(fromWire<Enum>(toWire(v)) == v);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString wire = QString::fromUtf8(fuzz::bytesOf(data, size));
    roundTrip<ApplicationType>(wire);
    roundTrip<GrantType>(wire);
    roundTrip<AuthMethod>(wire);
    roundTrip<PkcePolicy>(wire);
    roundTrip<ClientStatus>(wire);
    roundTrip<Connectivity>(wire);
    roundTrip<CertificatePurpose>(wire);
    roundTrip<AssertionAudience>(wire);
    roundTrip<KeyAlgorithm>(wire);
    roundTrip<CertificateState>(wire);

    QStringList unknown;
    const QList<GrantType> grants = grantTypesFromWire(wire, &unknown);
    // Nothing is dropped silently, and what was read survives a round trip through the store.
    FUZZ_CHECK(grantTypesFromWire(grantTypesToWire(grants)) == grants);
    if (unknown.isEmpty())
        (void)grantTypesFromWire(wire);

    const QString field = QStringLiteral("field");
    (void)checkScope(wire);
    (void)checkHeaderName(wire, field);
    (void)checkHeaderValue(wire, field);
    (void)checkClientSecret(wire);
    (void)checkClientId(wire, ClientIdConstraints::rfc6749());
    (void)checkClientId(wire, ClientIdConstraints::portalStyle());
    for (ApplicationType type : allValues<ApplicationType>())
        (void)checkRedirectUri(wire, type);
    (void)checkServiceUrl(QUrl(wire), field, QStringLiteral("API base URL"));
    (void)isLoopbackHost(wire);

    const QStringList list = listFromJson(QVariant(wire));
    FUZZ_CHECK(listFromJson(QVariant(listToJson(list))) == list);
    const QList<ExtraHeader> headers = headersFromJson(QVariant(wire));
    FUZZ_CHECK(headersFromJson(QVariant(headersToJson(headers))) == headers);
    return 0;
}
