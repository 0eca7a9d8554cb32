// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/HttpExchange.h"

#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace oauthdesk {

/// "Request and response": the HTTP exchanges of an action as the token pane shows them
/// (secrets redacted), behind a toggle so they do not crowd the page until asked for.
class ExchangeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeView)

public:
    explicit ExchangeView(QWidget *parent = nullptr);
    /// Shows the toggle when there is something to show; keeps it open or closed as it was.
    void setExchanges(const QList<HttpExchange> &exchanges);
    [[nodiscard]] QString text() const;

private:
    QToolButton *m_toggle;
    QPlainTextEdit *m_text;
};

} // namespace oauthdesk
