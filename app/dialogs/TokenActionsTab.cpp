// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/TokenActionsTab.h"

#include "widgets/ClaimsTable.h"
#include "widgets/Tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace oauthdesk {

TokenActionsTab::TokenActionsTab(TokenSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("tokenActions"));
    QWidget *w = this;
    auto *layout = new QVBoxLayout(w);
    auto *row = new QHBoxLayout;
    m_introspectAccess = new QPushButton(tr("Introspect access token"), w);
    m_introspectAccess->setObjectName(QStringLiteral("introspectAccess"));
    m_introspectRefresh = new QPushButton(tr("Introspect refresh token"), w);
    m_introspectRefresh->setObjectName(QStringLiteral("introspectRefresh"));
    m_revokeAccess = new QPushButton(tr("Revoke access token"), w);
    m_revokeAccess->setObjectName(QStringLiteral("revokeAccess"));
    m_revokeRefresh = new QPushButton(tr("Revoke refresh token"), w);
    m_revokeRefresh->setObjectName(QStringLiteral("revokeRefresh"));
    for (QPushButton *b :
        { m_introspectAccess, m_introspectRefresh, m_revokeAccess, m_revokeRefresh })
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
    auto *note = new QLabel(
        tr("Sent to the AS's introspection (RFC 7662) and revocation (RFC 7009) endpoints, "
           "authenticated as this client with its own method. A revocation is followed by an "
           "introspection of the same token."),
        w);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_actionResult = new QTextBrowser(w);
    m_actionResult->setObjectName(QStringLiteral("tokenActionResult"));
    m_actionResult->setOpenLinks(false);
    layout->addWidget(m_actionResult, 1);
    connect(m_introspectAccess, &QPushButton::clicked, this,
        [this] { introspect(TokenKind::AccessToken); });
    connect(m_introspectRefresh, &QPushButton::clicked, this,
        [this] { introspect(TokenKind::RefreshToken); });
    connect(
        m_revokeAccess, &QPushButton::clicked, this, [this] { revoke(TokenKind::AccessToken); });
    connect(
        m_revokeRefresh, &QPushButton::clicked, this, [this] { revoke(TokenKind::RefreshToken); });
    updateActions();
}

quintptr TokenActionsTab::tokenIdentity(
    const std::optional<TokenTestResult> &result, TokenKind kind)
{
    if (!result || !result->ok())
        return 0;
    const TokenResponse &t = *result->token.result;
    return quintptr(kind == TokenKind::RefreshToken ? t.refreshToken.get() : t.accessToken.get());
}

void TokenActionsTab::setResult(const std::optional<TokenTestResult> &result)
{
    m_result = result;
    updateActions();
}

void TokenActionsTab::updateActions()
{
    if (!m_introspectAccess)
        return;
    const bool ok = m_result && m_result->ok();
    const bool hasRefresh = ok && m_result->token.result->refreshToken;
    const bool canIntrospect = m_session && m_session->canIntrospect();
    const bool canRevoke = m_session && m_session->canRevoke();
    m_introspectAccess->setEnabled(ok && canIntrospect);
    m_introspectRefresh->setEnabled(hasRefresh && canIntrospect);
    m_revokeAccess->setEnabled(ok && canRevoke);
    m_revokeRefresh->setEnabled(hasRefresh && canRevoke);
    const QString none = tr("The AS publishes no %1 endpoint in its discovery metadata.");
    m_introspectAccess->setToolTip(
        canIntrospect ? QString() : none.arg(QStringLiteral("introspection")));
    m_revokeAccess->setToolTip(canRevoke ? QString() : none.arg(QStringLiteral("revocation")));
}

void TokenActionsTab::showAction(const QString &html, bool error, const HttpExchange &exchange)
{
    QString page
        = QStringLiteral("<p style='color:%1'>%2</p>")
              .arg(tones::css(error ? tones::Tone::Bad : tones::Tone::Good, palette()), html);
    if (exchange.status || exchange.transportError) {
        page += QStringLiteral("<pre>%1\n\n%2</pre>")
                    .arg(exchange.requestText().toHtmlEscaped(),
                        exchange.responseText().toHtmlEscaped());
    }
    m_actionResult->setHtml(m_actionPrefix + page);
    m_actionPrefix.clear();
    m_lastActionPage = page;
}

void TokenActionsTab::introspect(TokenKind kind)
{
    const TokenTestResult result = m_result.value_or(TokenTestResult {});
    if (!m_session) {
        Q_EMIT introspected(false, false);
        return;
    }
    if (auto call = m_session->tokenCall(result, kind, BackChannelEndpoint::Introspection); !call) {
        showAction(call.error().message.toHtmlEscaped(), true, {});
        Q_EMIT introspected(false, false);
        return;
    }
    m_actionResult->setHtml(tr("<p>Asking the AS about the token…</p>"));
    // The token stays alive until its answer, so its identity cannot be reused by a newer one.
    const std::shared_ptr<const SecretBytes> asked = kind == TokenKind::RefreshToken
        ? result.token.result->refreshToken
        : result.token.result->accessToken;
    const quintptr token = quintptr(asked.get());
    m_session->introspect(result, kind, this, [this, kind, token, asked](IntrospectionOutcome o) {
        if (!o.result) {
            showAction(o.result.error().message.toHtmlEscaped(), true, o.exchange);
            Q_EMIT introspected(false, false);
            return;
        }
        QString html = (o.result->active ? QStringLiteral("✔ ") : QStringLiteral("✘ "))
            + o.result->summary().toHtmlEscaped();
        html += QStringLiteral("</p>") + claimsTableHtml(o.result->claims, true)
            + QStringLiteral("<p>");
        showAction(html, !o.result->active, o.exchange);
        Q_EMIT introspectionAnswered(kind, token, o.result->claims);
        Q_EMIT introspected(true, o.result->active);
    });
}

void TokenActionsTab::revoke(TokenKind kind)
{
    const TokenTestResult result = m_result.value_or(TokenTestResult {});
    if (!m_session) {
        Q_EMIT revoked(false);
        return;
    }
    if (auto call = m_session->tokenCall(result, kind, BackChannelEndpoint::Revocation); !call) {
        showAction(call.error().message.toHtmlEscaped(), true, {});
        Q_EMIT revoked(false);
        return;
    }
    m_actionResult->setHtml(tr("<p>Revoking…</p>"));
    const std::shared_ptr<const SecretBytes> asked = kind == TokenKind::RefreshToken
        ? result.token.result->refreshToken
        : result.token.result->accessToken;
    const quintptr token = quintptr(asked.get()); // alive until the answer, as above
    m_session->revoke(result, kind, this, [this, kind, token, asked](RevocationOutcome o) {
        if (!o.result) {
            showAction(o.result.error().message.toHtmlEscaped(), true, o.exchange);
            Q_EMIT revoked(false);
            return;
        }
        showAction(
            tr("✔ Revoked (HTTP %1). Checking with an introspection…").arg(o.exchange.status),
            false, o.exchange);
        Q_EMIT tokenRevoked(kind, token);
        Q_EMIT revoked(true);
        if (m_session && m_session->canIntrospect()) {
            // The revocation stays on screen above the introspection that follows it.
            m_actionPrefix = m_lastActionPage + QStringLiteral("<hr>");
            introspect(kind);
        }
    });
}

} // namespace oauthdesk
