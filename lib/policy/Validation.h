// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "model/Enums.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"

#include <QList>
#include <QString>
#include <optional>

namespace oauthdesk {

/// One thing wrong with an input: which field, and what to do about it in plain words.
struct Problem
{
    QString field; ///< a name from `fields::` below, with "[i]" for list entries
    QString message; ///< names the field for the admin and says what to do
    friend bool operator==(const Problem &, const Problem &) = default;
};
using Problems = QList<Problem>;

/// Field names shared by the rules and the forms that mark fields (one spelling each).
namespace fields {
inline constexpr QLatin1String name("name");
inline constexpr QLatin1String description("description");
inline constexpr QLatin1String clientId("clientId");
inline constexpr QLatin1String applicationId("applicationId");
inline constexpr QLatin1String grantTypes("grantTypes");
inline constexpr QLatin1String authMethod("authMethod");
inline constexpr QLatin1String pkce("pkce");
inline constexpr QLatin1String redirectUris("redirectUris");
inline constexpr QLatin1String postLogoutRedirectUris("postLogoutRedirectUris");
inline constexpr QLatin1String scopes("scopes");
inline constexpr QLatin1String accessTokenLifetime("accessTokenLifetime");
inline constexpr QLatin1String refreshTokenLifetime("refreshTokenLifetime");
inline constexpr QLatin1String issuer("issuer");
inline constexpr QLatin1String apiBaseUrl("apiBaseUrl");
inline constexpr QLatin1String headers("headers");
inline constexpr QLatin1String caBundlePath("caBundlePath");
inline constexpr QLatin1String clientSecret("clientSecret");
inline constexpr QLatin1String newApplicationName("newApplicationName");
inline constexpr QLatin1String signingCertificate("signingCertificate");
inline constexpr QLatin1String transportCertificate("transportCertificate");
} // namespace fields

/// What the AS accepts as a client ID. The default is RFC 6749 Appendix A.1 (1–255 visible
/// ASCII characters); `portalStyle()` is the stricter rule the portal guides use.
struct ClientIdConstraints
{
    int minLength = 1;
    int maxLength = 255;
    QString pattern; ///< anchored regular expression; empty = visible ASCII (%x20-7E)
    QString description; ///< the rule in words, quoted in the message

    [[nodiscard]] static ClientIdConstraints rfc6749();
    /// a–z, 0–9 and single dashes, 3–36 characters (docs/architecture.md "OAuth client").
    [[nodiscard]] static ClientIdConstraints portalStyle();
};

/// Token lifetime bounds the wizard and the rules share.
struct LifetimeBounds
{
    static constexpr int accessMin = 60; // 1 minute
    static constexpr int accessMax = 24 * 3600; // 1 day
    static constexpr int accessDefault = 3600; // 1 hour (docs/architecture.md "OAuth client")
    static constexpr int refreshMin = 5 * 60; // 5 minutes
    static constexpr int refreshMax = 90 * 86400; // 90 days
    static constexpr int refreshDefault = 30 * 86400;
};

[[nodiscard]] Problems validateApplication(const Application &app);
[[nodiscard]] Problems validateClient(
    const OAuthClient &client, const ClientIdConstraints &ids = ClientIdConstraints::rfc6749());
[[nodiscard]] Problems validateEnvironment(const Environment &env);

// The single rules, for forms that check one field as the admin types.
[[nodiscard]] std::optional<Problem> checkClientId(
    const QString &clientId, const ClientIdConstraints &ids);
[[nodiscard]] std::optional<Problem> checkGrantType(GrantType grant, ApplicationType type);
[[nodiscard]] std::optional<Problem> checkRedirectUri(
    const QString &uri, ApplicationType type, const QString &field = QString(fields::redirectUris));
[[nodiscard]] std::optional<Problem> checkScope(const QString &scope);
/// Absolute https URL; http only for 127.0.0.1, [::1] or localhost. @p label names the field.
[[nodiscard]] std::optional<Problem> checkServiceUrl(
    const QUrl &url, const QString &field, const QString &label);
/// RFC 9110 §5.6.2 token syntax, and not a header OAuthDesk sets itself.
[[nodiscard]] std::optional<Problem> checkHeaderName(const QString &name, const QString &field);
/// RFC 9110 §5.5: no CR, LF or NUL; no leading/trailing whitespace.
[[nodiscard]] std::optional<Problem> checkHeaderValue(const QString &value, const QString &field);

/// Whether a client authenticates with a client secret (client_secret_basic or
/// client_secret_post, RFC 6749 §2.3.1), and so has one in the keychain: the one home of this
/// rule for the registry, the token requests and the screens.
[[nodiscard]] bool usesClientSecret(AuthMethod method);
/// Whether a client authenticates with its transport certificate (RFC 8705 §2: tls_client_auth
/// or self_signed_tls_client_auth), so every call to the AS goes over mutual TLS.
[[nodiscard]] bool authenticatesWithCertificate(AuthMethod method);

/// A client secret pasted from the AS: present, on one line, no surrounding spaces.
[[nodiscard]] std::optional<Problem> checkClientSecret(const QString &secret);

/// True for 127.0.0.0/8, [::1] and "localhost".
[[nodiscard]] bool isLoopbackHost(const QString &host);

} // namespace oauthdesk
