// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/TokenTestDialog.h"

#include "dialogs/ApiCallTab.h"
#include "dialogs/TokenActionsTab.h"
#include "oauth/SignInTester.h"
#include "oauth/TokenTester.h"
#include "oauth/Transport.h"
#include "widgets/SecretClipboard.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace oauthdesk {

using Capability = TokenSession::Capability;

TokenTestDialog::TokenTestDialog(TokenSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_banner(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_renewals(new QLabel(this))
    , m_keepFresh(new QCheckBox(tr("&Keep fresh"), this))
    , m_includeSecret(new QCheckBox(tr("Include &secrets in curl"), this))
    , m_again(new QPushButton(tr("&Get token again"), this))
    , m_tabs(new QTabWidget(this))
    , m_claims(new QTextBrowser(this))
    , m_exchange(new QPlainTextEdit(this))
    , m_tick(new QTimer(this))
{
    m_session->setParent(this);
    const bool interactive = m_session->can(Capability::Interactive);
    const OAuthClient &client = m_session->client();
    const Environment &env = m_session->environment();
    setObjectName(QStringLiteral("tokenTestDialog"));
    setWindowTitle(interactive ? tr("Test sign-in: %1 at %2").arg(client.name, env.name)
                               : tr("Test token: %1 at %2").arg(client.name, env.name));
    resize(900, 680);

    m_banner->setObjectName(QStringLiteral("tokenBanner"));
    m_banner->setTextFormat(Qt::PlainText); // carries text from the AS: never markup
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("tokenFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_countdown->setObjectName(QStringLiteral("tokenCountdown"));
    m_renewals->setObjectName(QStringLiteral("tokenRenewals"));
    m_keepFresh->setObjectName(QStringLiteral("keepFresh"));
    m_keepFresh->setToolTip(
        tr("Request a new token shortly before this one expires, with the same headers."));
    m_keepFresh->setVisible(m_session->can(Capability::KeepFresh));
    m_includeSecret->setObjectName(QStringLiteral("includeSecret"));
    m_again->setObjectName(QStringLiteral("getTokenAgain"));
    if (interactive)
        m_again->setText(tr("&Sign in again"));
    auto *copyCurlButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy as &curl"), this);
    copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));

    m_refreshNow = new QPushButton(tr("&Refresh now"), this);
    m_refreshNow->setObjectName(QStringLiteral("refreshNow"));
    m_refreshNow->setToolTip(
        tr("Use the refresh token (refresh_token grant) for a new access token"));
    m_refreshNow->setVisible(m_session->can(Capability::Refresh));
    m_refreshNow->setEnabled(false);
    m_cancel = new QPushButton(interactive ? tr("Cancel sign-in") : tr("&Cancel request"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    if (!interactive)
        m_cancel->setToolTip(tr("Stop waiting for the authorization server"));
    m_cancel->hide();
    m_copyLink = new QPushButton(
        QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy sign-in &link"), this);
    m_copyLink->setObjectName(QStringLiteral("copySignInLink"));
    m_copyLink->setToolTip(
        tr("Open it in another browser (or a private window) if the default one is not right"));
    m_copyLink->hide();
    auto *copyToken = new QPushButton(
        QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy access t&oken"), this);
    copyToken->setObjectName(QStringLiteral("copyAccessToken"));
    copyToken->setToolTip(tr(
        "Copies the access token, marked as a secret for clipboard managers; cleared after 30 seconds"));
    connect(copyToken, &QPushButton::clicked, this, [this] {
        if (!m_result || !m_result->ok())
            return;
        copySecretToClipboard(m_result->token.result->accessToken->toUtf8String());
        m_renewals->setText(tr("Access token copied (cleared in 30 s)"));
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_again);
    top->addWidget(m_refreshNow);
    top->addWidget(m_cancel);
    top->addWidget(m_copyLink);
    top->addWidget(m_keepFresh);
    top->addStretch(1);
    top->addWidget(copyToken);
    top->addWidget(m_includeSecret);
    top->addWidget(copyCurlButton);

    m_claims->setObjectName(QStringLiteral("tokenClaims"));
    m_claims->setOpenLinks(false);
    m_exchange->setObjectName(QStringLiteral("tokenExchange"));
    m_exchange->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_exchange->setFont(mono);
    m_tabs->setObjectName(QStringLiteral("tokenTabs"));
    m_tabs->addTab(m_claims, tr("&Token"));
    m_tabs->addTab(m_exchange, tr("&Raw exchange"));
    m_api = new ApiCallTab(
        m_session,
        [this] {
            const bool secrets = m_includeSecret->isChecked();
            m_includeSecret->setChecked(false); // one copy at a time
            return secrets;
        },
        this);
    connect(m_api, &ApiCallTab::answered, this, &TokenTestDialog::apiAnswered);
    m_tabs->addTab(m_api, tr("Call &API"));
    m_actions = new TokenActionsTab(m_session, this);
    connect(m_actions, &TokenActionsTab::introspected, this, &TokenTestDialog::introspected);
    connect(m_actions, &TokenActionsTab::revoked, this, &TokenTestDialog::revoked);
    connect(m_actions, &TokenActionsTab::tokenRevoked, this, &TokenTestDialog::showRevoked);
    connect(m_actions, &TokenActionsTab::introspectionAnswered, this,
        &TokenTestDialog::showIntrospection);
    m_tabs->addTab(m_actions, tr("&Introspect / revoke"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *root = new QVBoxLayout(this);
    root->addLayout(top);
    root->addWidget(m_banner);
    root->addWidget(m_facts);
    auto *timing = new QHBoxLayout;
    timing->addWidget(m_countdown);
    timing->addStretch(1);
    timing->addWidget(m_renewals);
    root->addLayout(timing);
    root->addWidget(m_tabs, 1);
    root->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &TokenTestDialog::requestAgain);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    connect(shortcut, &QShortcut::activated, this, &TokenTestDialog::requestAgain);
    connect(m_keepFresh, &QCheckBox::toggled, m_session, &TokenSession::setKeepFresh);
    connect(m_keepFresh, &QCheckBox::toggled, this, &TokenTestDialog::updateCountdown);
    connect(copyCurlButton, &QPushButton::clicked, this, &TokenTestDialog::copyCurl);
    connect(m_cancel, &QPushButton::clicked, this, &TokenTestDialog::cancelSignIn);
    connect(m_refreshNow, &QPushButton::clicked, this, &TokenTestDialog::refreshNow);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        // The link carries state, nonce and the PKCE challenge, none of them secret.
        QApplication::clipboard()->setText(m_authorizationUrl.toString(QUrl::FullyEncoded));
        m_renewals->setText(tr("Sign-in link copied"));
    });
    connectSession();
    // Enter in the API path sends the call; it must not also press a default button.
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TokenTestDialog::updateCountdown);
    m_tick->start();
}

TokenTester *TokenTestDialog::tester() const
{
    return qobject_cast<TokenTester *>(m_session);
}

SignInTester *TokenTestDialog::signInTester() const
{
    return qobject_cast<SignInTester *>(m_session);
}

void TokenTestDialog::connectSession()
{
    const QString issuer = m_session->environment().issuer.toString();
    connect(m_session, &TokenSession::started, this, [this, issuer] {
        if (m_session->can(Capability::Interactive)) {
            showBusy(tr("Preparing the sign-in at %1…").arg(issuer));
            return;
        }
        const int seconds
            = m_session->transport() ? m_session->transport()->deadlineMs() / 1000 : 30;
        showBusy(tr(
            "Requesting a token from %1… (each request gives up after %2 s; Cancel request stops it now)")
                     .arg(issuer)
                     .arg(seconds));
        m_cancel->show();
    });
    connect(m_session, &TokenSession::finished, this, &TokenTestDialog::showFinished);
    connect(m_session, &TokenSession::renewalCancelled, this, [this] {
        m_cancel->hide();
        m_again->setEnabled(true);
        m_banner->setStyleSheet(tones::bannerStyle(tones::Tone::Warning, palette()));
        m_banner->setText(tr(
            "Renewal cancelled: the token below is still the current one; keep fresh tries again "
            "when it is due."));
    });
    connect(m_session, &TokenSession::waitingForBrowser, this, [this](const QUrl &url) {
        showWaitingForBrowser(url,
            tr("Waiting for you to sign in in the browser… OAuthDesk listens on %1 for the answer (one "
               "callback only; PKCE S256). Cancel if you closed the browser.")
                .arg(m_session->redirectUri().toString()));
    });
    connect(m_session, &TokenSession::browserNotOpened, this,
        [this](const QUrl &url, const QString &why) {
            showWaitingForBrowser(url,
                tr("OAuthDesk could not open a web browser here%1. Copy the sign-in link and open it in a "
                   "browser on this computer; OAuthDesk keeps listening on %2 for the answer (Cancel to stop).")
                    .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'),
                        m_session->redirectUri().toString()));
        });
    connect(m_session, &TokenSession::exchanging, this,
        [this] { showBusy(tr("Signed in; exchanging the authorization code for tokens…")); });
}

void TokenTestDialog::showBusy(const QString &text)
{
    m_again->setEnabled(false);
    m_refreshNow->setEnabled(false);
    m_banner->setStyleSheet(tones::bannerStyle(tones::Tone::Neutral, palette()));
    m_banner->setText(text);
}

void TokenTestDialog::showWaitingForBrowser(const QUrl &authorizationUrl, const QString &opening)
{
    m_authorizationUrl = authorizationUrl;
    QString text = opening;
    if (const QString hint = m_session->waitingHint(); !hint.isEmpty())
        text += QLatin1Char('\n') + hint;
    showBusy(text);
    m_cancel->show();
    m_copyLink->show();
}

void TokenTestDialog::requestAgain()
{
    if (!m_session->isBusy())
        m_session->start();
}

void TokenTestDialog::refreshNow()
{
    if (m_session->canRefresh())
        m_session->refresh();
}

void TokenTestDialog::cancelSignIn()
{
    m_session->cancel();
}

void TokenTestDialog::sendApiCall()
{
    m_api->send();
}

void TokenTestDialog::introspect(TokenKind kind)
{
    m_actions->introspect(kind);
}

void TokenTestDialog::revoke(TokenKind kind)
{
    m_actions->revoke(kind);
}

void TokenTestDialog::copyCurl()
{
    if (!m_result)
        return;
    const bool secrets = m_includeSecret->isChecked();
    const QString curl
        = m_result->token.exchange.curl(secrets, m_session->environment().caBundlePath);
    if (secrets) {
        copySecretToClipboard(curl); // marked secret, cleared after 30 s
        m_includeSecret->setChecked(false); // one copy at a time
    } else {
        QApplication::clipboard()->setText(curl);
    }
    m_renewals->setText(secrets ? tr("curl copied, with the secret (cleared in 30 s)")
                                : tr("curl copied (secret redacted)"));
}

} // namespace oauthdesk
