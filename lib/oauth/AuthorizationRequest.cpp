// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/AuthorizationRequest.h"

#include "oauth/HttpExchange.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <openssl/crypto.h>

namespace oauthdesk {

namespace {

struct SignInTesterText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::SignInTester)
};

} // namespace

QUrl authorizationUrl(const AuthorizationRequest &r)
{
    QList<QPair<QByteArray, QByteArray>> fields {
        { "response_type", "code" },
        { "client_id", r.clientId.toUtf8() },
        { "redirect_uri", r.redirectUri.toString(QUrl::FullyEncoded).toUtf8() },
    };
    if (!r.scopes.isEmpty())
        fields.emplace_back("scope", r.scopes.join(QLatin1Char(' ')).toUtf8());
    fields.emplace_back("state", r.state);
    if (!r.nonce.isEmpty())
        fields.emplace_back("nonce", r.nonce);
    fields.emplace_back("code_challenge", r.codeChallenge);
    fields.emplace_back("code_challenge_method", "S256");
    if (!r.loginHint.isEmpty())
        fields.emplace_back("login_hint", r.loginHint.toUtf8());
    QUrl url = r.authorizationEndpoint;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query += '&';
    query += formBody(fields);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

std::optional<QUrl> loopbackRedirectUri(const QStringList &redirectUris)
{
    // An IP literal first (RFC 8252 §8.3: "localhost" is NOT RECOMMENDED, it may resolve to ::1
    // while the listener binds 127.0.0.1); "localhost" only when there is no literal.
    std::optional<QUrl> named;
    for (const QString &uri : redirectUris) {
        const QUrl url(uri.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.hasFragment())
            continue;
        const QString host = url.host();
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
            if (!named)
                named = url;
            continue;
        }
        QHostAddress address;
        if (address.setAddress(host) && address.isLoopback())
            return url;
    }
    return named;
}

Result<std::shared_ptr<const SecretBytes>> checkCallback(
    const AuthorizationCallback &cb, const CallbackExpectation &expected)
{
    const QByteArray state = cb.state.toUtf8();
    const bool stateMatches = cb.hasState && !expected.state.isEmpty()
        && state.size() == expected.state.size()
        && CRYPTO_memcmp(state.constData(), expected.state.constData(), size_t(state.size())) == 0;
    if (!stateMatches) {
        return fail(ErrorCode::ProtocolError,
            cb.hasState ? SignInTesterText::tr("The browser came back with a state that does not "
                                               "belong to this sign-in: the answer is "
                                               "from another (older) attempt, or was forged. "
                                               "Nothing was exchanged; start the test again.")
                        : SignInTesterText::tr("The browser came back without the state parameter, "
                                               "so the answer cannot be tied to this "
                                               "sign-in (RFC 6749 §10.12). Nothing was exchanged."),
            cb.isError() ? QStringLiteral("state mismatch; error=%1").arg(cb.error.left(100))
                         : QStringLiteral("state mismatch"));
    }
    if (cb.hasIss && cb.iss != expected.issuer) {
        return fail(ErrorCode::ProtocolError,
            SignInTesterText::tr("The answer says it comes from the issuer \"%1\", not \"%2\" that "
                                 "this sign-in was sent to. It may "
                                 "come from another authorization server (a mix-up attack, RFC "
                                 "9207); nothing was exchanged.")
                .arg(cb.iss.left(200), expected.issuer),
            QStringLiteral("iss=%1").arg(cb.iss.left(200)));
    }
    if (!cb.hasIss && expected.issRequired) {
        return fail(ErrorCode::ProtocolError,
            SignInTesterText::tr("The answer has no \"iss\" parameter although the authorization "
                                 "server says it always sends one "
                                 "(authorization_response_iss_parameter_supported, RFC 9207). "
                                 "Nothing was exchanged."),
            QStringLiteral("iss missing"));
    }
    if (cb.isError()) {
        const OAuthErrorAnswer answer
            = oauthErrorAnswer(cb.error, cb.errorDescription, cb.errorUri);
        QString message = explainAuthorizationError(answer.code);
        if (!answer.description.isEmpty())
            message += QLatin1Char(' ')
                + SignInTesterText::tr("The authorization server said: \"%1\".")
                      .arg(answer.description);
        return fail(ErrorCode::Rejected, message, answer.detail);
    }
    if (!cb.code || cb.code->isEmpty()) {
        return fail(ErrorCode::ProtocolError,
            SignInTesterText::tr(
                "The browser came back without an authorization code and without an error."),
            QStringLiteral("parameters: ") + cb.queryKeys.join(QLatin1Char(',')).left(300));
    }
    return cb.code;
}

QString explainAuthorizationError(const QString &error)
{
    if (error == QLatin1String("access_denied"))
        return SignInTesterText::tr("Access was denied: the user declined, or the authorization "
                                    "server refused this sign-in (access_denied).");
    if (error == QLatin1String("login_required"))
        return SignInTesterText::tr("The authorization server needs the user to sign in, but could "
                                    "not show its sign-in page (login_required).");
    if (error == QLatin1String("consent_required"))
        return SignInTesterText::tr("The user has not consented to what this client asks for, and "
                                    "the authorization server could not ask (consent_required).");
    if (error == QLatin1String("interaction_required"))
        return SignInTesterText::tr("The authorization server needs the user to do something "
                                    "(interaction_required), but could not ask.");
    if (error == QLatin1String("invalid_scope"))
        return SignInTesterText::tr("The authorization server refused the requested scopes "
                                    "(invalid_scope): ask only for scopes this client is allowed.");
    if (error == QLatin1String("unauthorized_client"))
        return SignInTesterText::tr(
            "This client is not allowed to use the authorization code grant at the authorization "
            "server (unauthorized_client): enable it there.");
    if (error == QLatin1String("invalid_request"))
        return SignInTesterText::tr("The authorization server says the sign-in request is "
                                    "malformed (invalid_request): check the client's "
                                    "redirect URIs and PKCE settings there.");
    if (error == QLatin1String("unsupported_response_type"))
        return SignInTesterText::tr("The authorization server does not allow this client to get an "
                                    "authorization code (unsupported_response_type).");
    if (error == QLatin1String("server_error"))
        return SignInTesterText::tr("The authorization server had an internal error "
                                    "(server_error). Try again later, or ask its operators.");
    if (error == QLatin1String("temporarily_unavailable"))
        return SignInTesterText::tr("The authorization server is temporarily unavailable "
                                    "(temporarily_unavailable). Try again in a while.");
    return SignInTesterText::tr("The authorization server answered with the error \"%1\".")
        .arg(error.left(100));
}

} // namespace oauthdesk
