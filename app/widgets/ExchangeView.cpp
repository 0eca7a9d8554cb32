// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ExchangeView.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace oauthdesk {

ExchangeView::ExchangeView(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("exchangeView"));
    m_toggle->setObjectName(QStringLiteral("exchangeToggle"));
    m_toggle->setText(tr("Request and response"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_text->setObjectName(QStringLiteral("exchangeText"));
    m_text->setAccessibleName(tr("Requests and responses, as sent and received"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(120);
    m_text->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text, 1);
    layout->setAlignment(Qt::AlignTop);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_text->setVisible(on);
    });
    hide();
}

void ExchangeView::setExchanges(const QList<HttpExchange> &exchanges)
{
    QStringList parts;
    for (const HttpExchange &ex : exchanges) {
        parts.append(QStringLiteral("──── %1 ms").arg(ex.elapsedMs));
        parts.append(ex.requestText());
        parts.append(ex.responseText());
    }
    m_text->setPlainText(parts.join(QStringLiteral("\n\n")));
    setVisible(!exchanges.isEmpty());
}

QString ExchangeView::text() const
{
    return m_text->toPlainText();
}

} // namespace oauthdesk
