// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/JwsVerifier.h"
#include "jose/Jwt.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace oauthdesk {

/// One line of a token check: what was checked, whether it passed, and in plain words why.
struct Check
{
    QString
        name; ///< what was checked: "signature", "iss", "aud", "azp", "sub", "exp", "iat", "nonce"
    bool passed = false;
    QString text; ///< plain words, e.g. "Audience contains this client (native-client)."
};

/// An OpenID Connect ID token, checked as OIDC Core §3.1.3.7 asks.
struct IdTokenCheck
{
    std::optional<DecodedJwt> decoded;
    SignatureCheck signature;
    QList<Check> checks;
    [[nodiscard]] bool ok() const;
    [[nodiscard]] QString subject() const; ///< "sub", when decoded
};

/// Leeway for exp and iat against this machine's clock, in seconds.
inline constexpr qint64 kIdTokenLeewaySeconds = 60;

/// Checks @p idToken: signature against @p jwks (the AS's JWK Set; empty: not available, the
/// check fails), iss == @p issuer, aud contains @p clientId (and azp == @p clientId when aud
/// has several values or azp is present), sub present, exp after @p now (60 s leeway), iat
/// present and not after @p now + 60 s, and nonce equal to @p expectedNonce (when empty, no
/// nonce is required: a refreshed ID token, OIDC Core §12.2). @p now invalid: the current time.
[[nodiscard]] IdTokenCheck checkIdToken(const QByteArray &idToken, const QByteArray &jwks,
    const QString &issuer, const QString &clientId, const QByteArray &expectedNonce,
    QDateTime now = {});

} // namespace oauthdesk
