// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// The result pane of "Get test token": outcome, latency, scopes, expiry countdown, the decoded
/// JWT with its signature check, the raw exchanges, copy as curl, keep fresh, and Call API.
class TokenTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTestDialog)

public:
    /// Takes ownership of @p tester (reparented to the dialog).
    explicit TokenTestDialog(TokenTester *tester, QWidget *parent = nullptr);

    [[nodiscard]] TokenTester *tester() const { return m_tester; }

public Q_SLOTS:
    void requestAgain();
    void sendApiCall();

Q_SIGNALS:
    /// The API call's answer arrived (tests wait for it).
    void apiAnswered(const oauthdesk::HttpExchange &exchange);

private:
    void showResult(const TokenTestResult &result);
    void showClaims(const TokenTestResult &result);
    void updateCountdown();
    void copyCurl();
    void copyApiCurl();

    TokenTester *m_tester;
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
};

} // namespace oauthdesk
