// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/HttpExchange.h"
#include "oauth/TokenInspector.h"
#include "secrets/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>

namespace oauthdesk {

class TokenSession;

/// The front-channel step of a sign-in (RFC 6749 §4.1.1): the authorization request the
/// system browser was sent to, and how it came back to the loopback listener. OAuthDesk did not
/// make this request, the browser did, so it is no HttpExchange; a support bundle lists it
/// between the exchanges before and after it.
struct BrowserStep
{
    /// As sent: response_type, client_id, redirect_uri, scope, state, nonce, code_challenge.
    QUrl authorizationUrl;
    QUrl redirectUri; ///< the loopback listener's URI the browser was to come back to
    QString outcome; ///< in plain words: back with a code, back with an error, or not back
    /// How many of the record's exchanges came before it (discovery, when it was fetched).
    qsizetype position = 0;

    friend bool operator==(const BrowserStep &, const BrowserStep &) = default;
};

/// What a test session ("Get test token" or "Test sign-in") sent and got back, for a support
/// bundle: its exchanges as recorded, the sign-in's browser step, and every secret the session
/// used (client secret, keys, tokens, the assertion's signature, the authorization code, the
/// PKCE code_verifier), so that the bundle can prove none of them reaches the file. In memory
/// only.
struct SessionRecord
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::SessionRecord)

public:
    QList<HttpExchange> exchanges;
    QList<BrowserStep> browserSteps;
    QList<std::shared_ptr<const SecretBytes>> secrets;
    /// How the session ended ("Token received.", the error), or why there are no exchanges.
    QString note;
    QString kind; ///< "Get test token" or "Test sign-in"; empty when none ran
    QDateTime finishedAt; ///< when its last attempt finished (UTC); invalid when none ran
    /// Redacted for sharing and scrubbed already (sealed()): secrets is empty, and nothing may
    /// redact it again (a second redaction would blank the JWT payloads the first one kept).
    bool isSealed = false;

    /// The most exchanges a record keeps: a session kept fresh for hours renews its token again
    /// and again; the oldest exchanges go first.
    static constexpr qsizetype kMaxExchanges = 60;

    [[nodiscard]] bool hasExchanges() const
    {
        return !exchanges.isEmpty() || !browserSteps.isEmpty();
    }

    /// What @p session sent and got back in its attempt @p result (its finished() answer), and
    /// every secret it used. Call it from a finished() slot: a sign-in's browser step comes
    /// from the session's lastSignIn().
    [[nodiscard]] static SessionRecord of(
        const TokenSession &session, const TokenTestResult &result);

    /// @p next, a later attempt of the same session (a refresh, a renewal, a new sign-in): its
    /// exchanges and browser steps after these, its secrets with these; its note and time.
    /// Both sealed or both not.
    void append(SessionRecord next);

    /// This record as it may be kept or shared: every exchange through redactedForSharing()
    /// (oauth/Redaction.h, JWT payloads kept), then every spelling of every secret scrubbed
    /// from every part of it and of the browser steps and the note (scrubSecrets()); the
    /// secrets themselves dropped. A sealed record comes back as it is.
    [[nodiscard]] SessionRecord sealed() const;

    /// Every secret value @p exchange carries, in the request (secret headers' credentials,
    /// secret form fields, query items and JSON members: the request's own lists and
    /// wellKnownSecretFields()) and in the answer (its secret JSON members: tokens, a
    /// registration's client_secret and registration_access_token).
    [[nodiscard]] static QList<QByteArray> secretValuesOf(const HttpExchange &exchange);
};

} // namespace oauthdesk
