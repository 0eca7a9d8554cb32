// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/OAuthClient.h"
#include "oauth/DoctorFinding.h"
#include "pki/CertificateChecks.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <optional>

namespace oauthdesk {

struct CertificateBinding;

/// The preflight doctor's pure checks: values in, findings out, nothing asked of anyone.
namespace doctor {

/// Certificates (and secrets) that expire within this many days are a warning.
inline constexpr int kExpiryWarningDays = 30;
/// Clock skew against the AS beyond this many seconds is a warning (tokens' iat/nbf/exp).
inline constexpr int kMaxClockSkewSeconds = 30;

[[nodiscard]] DoctorFinding finding(const QString &check, const QString &area,
    DoctorFinding::Outcome outcome, const QString &title, const QString &detail = {},
    const QString &fix = {});

// Environment ---------------------------------------------------------------------------

/// env.issuer: the document's "issuer" is identical to the configured one (RFC 8414 §3.3).
[[nodiscard]] DoctorFinding checkIssuer(const QJsonObject &metadata, const QUrl &configured);
/// tls.expiry: the server certificate (leaf of @p chainDer) is valid at @p now, and not for less
/// than kExpiryWarningDays.
[[nodiscard]] DoctorFinding checkServerCertificate(
    const QList<QByteArray> &chainDer, const QDateTime &now);
/// env.clock: the HTTP Date (RFC 9110 §6.6.1, IMF-fixdate) of an answer against @p localNow.
[[nodiscard]] DoctorFinding checkClockSkew(const QByteArray &dateHeader, const QDateTime &localNow);

// Client vs AS --------------------------------------------------------------------------

/// as.auth_method, as.grant_types, as.response_types, as.pkce, as.signing_alg, as.scopes: the
/// client's settings against the AS's metadata (RFC 8414 §2 defaults where a member is absent).
/// @p signingAlg is the JWS algorithm of the client's signing key (private_key_jwt), if known.
[[nodiscard]] QList<DoctorFinding> checkAgainstMetadata(
    const OAuthClient &client, const QJsonObject &metadata, const QString &signingAlg);
/// client.redirect_uris: exact URIs (RFC 6749 §3.1.2: absolute, no fragment; no wildcards),
/// and for native clients RFC 8252's rules (§7.3 loopback by IP literal, §8.3 not "localhost",
/// http only on loopback, §7.1 private-use schemes in reverse domain order).
[[nodiscard]] DoctorFinding checkRedirectUris(const OAuthClient &client);
/// The problems of one redirect URI for @p type (empty: none); @p warningsOut gets the lesser ones.
[[nodiscard]] QStringList redirectUriProblems(
    const QString &uri, ApplicationType type, QStringList *warningsOut);

// Keys and certificates -----------------------------------------------------------------

/// What a certificate is for, for the check ids ("keys.signing.*", "keys.transport.*").
enum class KeyRole { Signing, Transport };
[[nodiscard]] QString roleId(KeyRole role);

/// keys.<role>.key_match, .validity, .key_usage, .eku (transport), .strength, .signature,
/// .chain. @p chainSkipReason: why the chain cannot be checked when @p facts has no verdict;
/// @p trustedCaSource: where the trusted CAs come from, in words ("environment UAT's Client CA
/// the AS trusts", "--client-ca ca.pem"), said in the chain finding.
[[nodiscard]] QList<DoctorFinding> checkCertificate(const CertificateFacts &facts, KeyRole role,
    const QDateTime &now, const QString &chainSkipReason, const QString &trustedCaSource = {});
/// The JWS algorithm OAuthDesk signs with for @p facts' key (RS256, ES256, ES384), empty if none.
[[nodiscard]] QString signingAlgorithmFor(const CertificateFacts &facts);

/// The public JWK of a PEM SubjectPublicKeyInfo.
[[nodiscard]] Result<QJsonObject> publicJwkFromPem(const QByteArray &pem);
/// The public key members of two JWKs are the same key (RSA n/e, EC crv/x/y, OKP crv/x).
[[nodiscard]] bool sameJwkKey(const QJsonObject &a, const QJsonObject &b);
/// keys.jwks: @p jwks (a JWK Set the AS has for the client, from @p source) has a key with
/// @p kid, and it is the same key as @p publicKeyPem (compared by value, not by kid alone).
[[nodiscard]] DoctorFinding checkJwks(const QJsonObject &jwks, const QString &kid,
    const QByteArray &publicKeyPem, const QString &source);

// Secrets and live ----------------------------------------------------------------------

/// secret.expiry: client_secret_expires_at (RFC 7591 §3.2.1; unset: never expires).
[[nodiscard]] DoctorFinding checkSecretExpiry(
    const std::optional<QDateTime> &expiresAt, const QDateTime &now);
/// live.binding: RFC 8705 §3.1, the token's cnf.x5t#S256 equals the transport certificate's.
[[nodiscard]] DoctorFinding checkBinding(const CertificateBinding &binding);

} // namespace doctor
} // namespace oauthdesk
