// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/BindingProbe.h"
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
    ApiCallTab(
        TokenSession *session, std::function<bool()> takeIncludeSecrets, QWidget *parent = nullptr);

public Q_SLOTS:
    void send();
    void copyCurl();
    /// Issue 15: the negative sender-constraint test of the last successful call (BindingProbe).
    void checkBinding();

Q_SIGNALS:
    /// The API call's answer arrived (tests wait for it).
    void answered(const oauthdesk::HttpExchange &exchange);
    /// The binding check answered (tests wait for it); a check not run answers nothing.
    void bindingChecked(const oauthdesk::BindingReport &report);

private:
    void showAnswer(const HttpExchange &exchange);
    void offerBindingCheck(const HttpExchange &exchange);
    void showBindingReport(const BindingReport &report);

    QPointer<TokenSession> m_session;
    std::function<bool()> m_takeIncludeSecrets;
    QComboBox *m_method;
    QLineEdit *m_path;
    QPlainTextEdit *m_body;
    QPushButton *m_send;
    QLabel *m_status;
    QLabel *m_called; ///< the method and URL of the last call, as sent
    QPlainTextEdit *m_response;
    // The binding check (issue 15): offered after a successful call, for bound tokens only.
    QPushButton *m_checkBinding;
    QLabel *m_bindingNote;
    QLabel *m_bindingVerdict;
    QByteArray m_sentMethod;
    QString m_sentPath;
    QByteArray m_sentBody;
};

} // namespace oauthdesk
