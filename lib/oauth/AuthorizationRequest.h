// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "oauth/LoopbackListener.h"
#include "secrets/SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace oauthdesk {

/// The front-channel request of the authorization code flow (RFC 6749 §4.1.1, RFC 7636 §4.3,
/// OIDC Core §3.1.2.1).
struct AuthorizationRequest
{
    QUrl authorizationEndpoint;
    QString clientId;
    QUrl redirectUri;
    QStringList scopes;
    QByteArray state;
    QByteArray nonce; ///< empty: none sent (only with the openid scope)
    QByteArray codeChallenge; ///< S256 (RFC 7636 §4.2)
    QString loginHint; ///< OIDC login_hint; empty: none
};

/// The URL the browser opens: the endpoint's own query kept (RFC 6749 §3.1), then
/// response_type=code, client_id, redirect_uri, scope, state, nonce, code_challenge,
/// code_challenge_method=S256, login_hint, each form-encoded.
[[nodiscard]] QUrl authorizationUrl(const AuthorizationRequest &r);

/// The first of @p redirectUris that a loopback listener can serve (RFC 8252 §7.3): http on
/// 127.0.0.1, [::1] or localhost. std::nullopt when there is none.
[[nodiscard]] std::optional<QUrl> loopbackRedirectUri(const QStringList &redirectUris);

/// What the callback must match.
struct CallbackExpectation
{
    QByteArray state;
    QString issuer; ///< RFC 9207: "iss", when present, must equal it
    bool issRequired = false; ///< the AS advertises authorization_response_iss_parameter_supported
};

/// Checks a callback in the order that keeps forged answers out: state (RFC 6749 §10.12), iss
/// (RFC 9207 §2.4), then the AS's error (in plain words, RFC 6749 §4.1.2.1), then the code.
/// Answers the code on success.
[[nodiscard]] Result<std::shared_ptr<const SecretBytes>> checkCallback(
    const AuthorizationCallback &callback, const CallbackExpectation &expected);

/// What an RFC 6749 §4.1.2.1 / OIDC Core §3.1.2.6 error code means to an admin.
[[nodiscard]] QString explainAuthorizationError(const QString &error);

} // namespace oauthdesk
