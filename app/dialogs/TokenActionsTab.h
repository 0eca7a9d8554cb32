// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/TokenIntrospection.h"
#include "oauth/TokenSession.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QPushButton;
class QTextBrowser;

namespace oauthdesk {

/// "Introspect / revoke" in the result pane: the access or refresh token of the current result
/// sent to the AS's introspection (RFC 7662) or revocation (RFC 7009) endpoint by the session,
/// authenticated as the client with its own method; a revocation is followed by an
/// introspection of the same token. Buttons follow what the AS's discovery offers and what
/// tokens the result has.
class TokenActionsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenActionsTab)

public:
    /// Acts through @p session, which must outlive the tab (the result pane owns both).
    explicit TokenActionsTab(TokenSession *session, QWidget *parent = nullptr);

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
    void introspectionAnswered(
        oauthdesk::TokenKind kind, quintptr token, const QJsonObject &answer);
    void revoked(bool ok);
    /// The AS accepted the revocation of @p kind's token (@p token as above).
    void tokenRevoked(oauthdesk::TokenKind kind, quintptr token);

public:
    /// Which token of @p result a signal above is about: its in-memory identity, never its value.
    [[nodiscard]] static quintptr tokenIdentity(
        const std::optional<TokenTestResult> &result, TokenKind kind);

private:
    void showAction(const QString &html, bool error, const HttpExchange &exchange);
    void updateActions();

    QPointer<TokenSession> m_session;
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
