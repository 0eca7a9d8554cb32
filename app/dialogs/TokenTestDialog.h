// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/IdToken.h"
#include "oauth/SignInTester.h" // tester() and signInTester() hand these out
#include "oauth/TokenIntrospection.h"
#include "oauth/TokenSession.h"
#include "oauth/TokenTester.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace oauthdesk {

class ApiCallTab;
class TokenActionsTab;

/// The result pane of "Get test token" and "Test sign-in", for any TokenSession: outcome,
/// latency, scopes, expiry countdown, the decoded access token with its signature and
/// certificate binding, the ID token of a sign-in, the raw exchanges, copy as curl, and Call
/// API and Introspect / revoke. What differs between sessions (keep fresh, refresh, the
/// browser) follows the session's capabilities.
class TokenTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTestDialog)

public:
    /// Takes ownership of @p session (reparented to the dialog).
    explicit TokenTestDialog(TokenSession *session, QWidget *parent = nullptr);

    [[nodiscard]] TokenSession *session() const { return m_session; }
    /// The session as a "Get test token" tester, or nullptr.
    [[nodiscard]] TokenTester *tester() const;
    /// The session as a "Test sign-in" tester, or nullptr.
    [[nodiscard]] SignInTester *signInTester() const;
    /// The result shown now (first token, renewal, sign-in or refresh).
    [[nodiscard]] const std::optional<TokenTestResult> &result() const { return m_result; }

public Q_SLOTS:
    void requestAgain();
    void sendApiCall();
    /// Capability::Refresh: the refresh_token grant with the current refresh token.
    void refreshNow();
    void cancelSignIn();
    /// RFC 7662 with the client's own authentication.
    void introspect(oauthdesk::TokenKind kind);
    /// RFC 7009, then an introspection of the same token to show it is inactive now.
    void revoke(oauthdesk::TokenKind kind);

Q_SIGNALS:
    /// The API call's answer arrived (tests wait for it).
    void apiAnswered(const oauthdesk::HttpExchange &exchange);
    /// An introspection (also the one after a revocation) answered (tests wait for it).
    void introspected(bool ok, bool active);
    void revoked(bool ok);

private:
    void connectSession();
    void showBusy(const QString &text);
    void showWaitingForBrowser(const QUrl &authorizationUrl, const QString &opening);
    void copyCurl();

    // TokenTestDialogResult.cpp: what the pane shows of a result.
    void showFinished(const TokenTestResult &result);
    void showResult(const TokenTestResult &result);
    void showSignIn(const SignInResult &result);
    void showFacts(const TokenTestResult &result);
    void showRevoked(TokenKind kind, quintptr token);
    void showIntrospection(TokenKind kind, quintptr token, const QJsonObject &answer);
    void showClaims(const TokenTestResult &result);
    void updateCountdown();

    TokenSession *m_session;
    std::optional<TokenTestResult> m_result;
    std::optional<IdTokenCheck> m_idToken;
    QUrl m_authorizationUrl;
    QPushButton *m_refreshNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copyLink = nullptr;
    TokenActionsTab *m_actions = nullptr;
    ApiCallTab *m_api = nullptr;
    QLabel *m_banner;
    QLabel *m_facts;
    QLabel *m_countdown;
    QLabel *m_renewals;
    QCheckBox *m_keepFresh;
    QCheckBox *m_includeSecret;
    QPushButton *m_again;
    QTabWidget *m_tabs;
    QTextBrowser *m_claims;
    QPlainTextEdit *m_exchange;
    QTimer *m_tick;
    std::optional<QDateTime> m_accessRevokedAt; ///< the AS accepted the access token's revocation
};

} // namespace oauthdesk
