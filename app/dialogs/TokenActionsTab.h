// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/Discovery.h"
#include "oauth/TokenIntrospection.h"
#include "oauth/TokenTester.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QTextBrowser;

namespace oauthdesk {

class Transport;

/// "Introspect / revoke" in the result pane: the access or refresh token of the current result
/// sent to the AS's introspection (RFC 7662) or revocation (RFC 7009) endpoint, authenticated as
/// the client with its own method; a revocation is followed by an introspection of the same
/// token. Buttons follow what the AS's discovery offers and what tokens the result has.
class TokenActionsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenActionsTab)

public:
    TokenActionsTab(Transport *transport, Environment environment, ClientAuthentication client,
                    std::function<std::optional<DiscoveryMetadata>()> metadata, QWidget *parent = nullptr);

    /// The tokens to act on (none: every button off).
    void setResult(const std::optional<TokenTestResult> &result);

public Q_SLOTS:
    void introspect(oauthdesk::TokenKind kind);
    void revoke(oauthdesk::TokenKind kind);

Q_SIGNALS:
    void introspected(bool ok, bool active);
    /// The AS's answer about @p kind's token (an active or inactive introspection). @p token
    /// names the token asked about (tokenIdentity()), so that an answer arriving after a newer
    /// token is not read as about that one.
    void introspectionAnswered(oauthdesk::TokenKind kind, quintptr token, const QJsonObject &answer);
    void revoked(bool ok);
    /// The AS accepted the revocation of @p kind's token (@p token as above).
    void tokenRevoked(oauthdesk::TokenKind kind, quintptr token);

public:
    /// Which token of @p result a signal above is about: its in-memory identity, never its value.
    [[nodiscard]] static quintptr tokenIdentity(const std::optional<TokenTestResult> &result, TokenKind kind);

private:
    [[nodiscard]] std::optional<TokenCall> tokenCall(TokenKind kind, bool revocation, QString *why) const;
    void showAction(const QString &html, bool error, const HttpExchange &exchange);
    void updateActions();

    QPointer<Transport> m_transport;
    Environment m_env;
    ClientAuthentication m_client;
    std::function<std::optional<DiscoveryMetadata>()> m_metadata;
    std::optional<TokenTestResult> m_result;
    QPushButton *m_introspectAccess = nullptr;
    QPushButton *m_introspectRefresh = nullptr;
    QPushButton *m_revokeAccess = nullptr;
    QPushButton *m_revokeRefresh = nullptr;
    QTextBrowser *m_actionResult = nullptr;
    QString m_actionPrefix; ///< a revocation's report, kept above the introspection after it
    QString m_lastActionPage;
};

} // namespace oauthdesk
