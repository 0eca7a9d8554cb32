// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/IdToken.h"
#include "oauth/TokenIntrospection.h"
#include "oauth/TokenTester.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace oauthdesk {

class SignInTester;
class TokenActionsTab;
struct SignInResult;

/// The result pane of "Get test token": outcome, latency, scopes, expiry countdown, the decoded
/// JWT with its signature check, the raw exchanges, copy as curl, keep fresh, and Call API.
class TokenTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTestDialog)

public:
    /// Takes ownership of @p tester (reparented to the dialog).
    explicit TokenTestDialog(TokenTester *tester, QWidget *parent = nullptr);
    /// "Test sign-in" (authorization code + PKCE); takes ownership of @p signIn.
    explicit TokenTestDialog(SignInTester *signIn, QWidget *parent = nullptr);

    [[nodiscard]] TokenTester *tester() const { return m_tester; }
    [[nodiscard]] SignInTester *signInTester() const { return m_signIn; }
    /// The result shown now (first token, renewal, sign-in or refresh).
    [[nodiscard]] const std::optional<TokenTestResult> &result() const { return m_result; }

public Q_SLOTS:
    void requestAgain();
    void sendApiCall();
    /// Sign-in only: the refresh_token grant with the current refresh token.
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
    TokenTestDialog(TokenTester *tester, SignInTester *signIn, QWidget *parent);
    [[nodiscard]] const Environment &environment() const;
    [[nodiscard]] const OAuthClient &client() const;
    [[nodiscard]] Transport *transport() const;
    [[nodiscard]] ClientAuthentication clientAuthentication() const;
    [[nodiscard]] std::optional<DiscoveryMetadata> metadata() const;
    void showSignIn(const SignInResult &result);

    void showResult(const TokenTestResult &result);
    void showFacts(const TokenTestResult &result);
    void showRevoked(TokenKind kind, quintptr token);
    void showIntrospection(TokenKind kind, quintptr token, const QJsonObject &answer);
    void showClaims(const TokenTestResult &result);
    void updateCountdown();
    void copyCurl();
    void copyApiCurl();

    TokenTester *m_tester;
    SignInTester *m_signIn;
    std::optional<TokenTestResult> m_result;
    std::optional<IdTokenCheck> m_idToken;
    QUrl m_authorizationUrl;
    QPushButton *m_refreshNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copyLink = nullptr;
    TokenActionsTab *m_actions = nullptr;
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
    QComboBox *m_apiMethod;
    QLineEdit *m_apiPath;
    QPlainTextEdit *m_apiBody;
    QPushButton *m_apiSend;
    QLabel *m_apiStatus;
    QPlainTextEdit *m_apiResponse;
    QTimer *m_tick;
    std::optional<HttpExchange> m_lastApi;
    std::optional<QDateTime> m_accessRevokedAt; ///< the AS accepted the access token's revocation
};

} // namespace oauthdesk
