// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/HttpExchange.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace oauthdesk {

class TokenSession;

/// "Call API" in the result pane: a request with the session's current access token to a path
/// under the environment's API base URL, with the environment's headers; its answer, and the
/// same request as curl.
class ApiCallTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCallTab)

public:
    /// Asks @p takeIncludeSecrets whether a curl copy includes the token (and so resets that
    /// choice: one copy at a time). @p session must outlive the tab (the pane owns both).
    ApiCallTab(TokenSession *session, std::function<bool()> takeIncludeSecrets, QWidget *parent = nullptr);

public Q_SLOTS:
    void send();
    void copyCurl();

Q_SIGNALS:
    /// The API call's answer arrived (tests wait for it).
    void answered(const oauthdesk::HttpExchange &exchange);

private:
    void showAnswer(const HttpExchange &exchange);

    QPointer<TokenSession> m_session;
    std::function<bool()> m_takeIncludeSecrets;
    QComboBox *m_method;
    QLineEdit *m_path;
    QPlainTextEdit *m_body;
    QPushButton *m_send;
    QLabel *m_status;
    QPlainTextEdit *m_response;
};

} // namespace oauthdesk
