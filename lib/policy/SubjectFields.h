// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace oauthdesk {

/// What a CSR or certificate says about its holder: the subject DN (RFC 5280 §4.1.2.6) and the
/// subject alternative names (§4.2.1.6). Empty optional fields are left out.
struct SubjectFields
{
    QString commonName; ///< CN, required, up to 64 characters
    QString organisation; ///< O, up to 64 characters
    QString organisationalUnit; ///< OU, up to 64 characters
    QString country; ///< C, two-letter ISO 3166 code (e.g. "DE")
    QString organisationIdentifier; ///< organizationIdentifier (2.5.4.97), e.g. "PSDGB-FCA-123456"
    QString serialNumber; ///< serialNumber (2.5.4.5), e.g. a software ID; PrintableString
    QStringList dnsNames; ///< SAN dNSName, ASCII (IDNs in their xn-- form)
    QStringList ipAddresses; ///< SAN iPAddress, IPv4 or IPv6 text
    QStringList uris; ///< SAN uniformResourceIdentifier, absolute, ASCII

    friend bool operator==(const SubjectFields &, const SubjectFields &) = default;
};

/// Checks @p fields against RFC 5280's limits and the string types the DN uses. The first
/// problem is returned as ErrorCode::InvalidInput whose message starts with the field's name
/// ("Country (C): …") and whose detail is its key ("country", "dnsNames[1]"…).
[[nodiscard]] Result<void> validateSubjectFields(const SubjectFields &fields);

} // namespace oauthdesk
