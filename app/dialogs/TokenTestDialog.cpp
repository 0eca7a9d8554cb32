// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/TokenTestDialog.h"

#include "dialogs/TokenActionsTab.h"
#include "oauth/SignInTester.h"
#include "widgets/ClaimsTable.h"
#include "oauth/Transport.h"
#include "widgets/SecretClipboard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {

QString prettyBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject() || doc.isArray())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

} // namespace

TokenTestDialog::TokenTestDialog(TokenTester *tester, QWidget *parent)
    : TokenTestDialog(tester, nullptr, parent)
{
}

TokenTestDialog::TokenTestDialog(SignInTester *signIn, QWidget *parent)
    : TokenTestDialog(nullptr, signIn, parent)
{
}

TokenTestDialog::TokenTestDialog(TokenTester *tester, SignInTester *signIn, QWidget *parent)
    : QDialog(parent)
    , m_tester(tester)
    , m_signIn(signIn)
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
    , m_apiMethod(new QComboBox(this))
    , m_apiPath(new QLineEdit(this))
    , m_apiBody(new QPlainTextEdit(this))
    , m_apiSend(new QPushButton(tr("Se&nd"), this))
    , m_apiStatus(new QLabel(this))
    , m_apiResponse(new QPlainTextEdit(this))
    , m_tick(new QTimer(this))
{
    if (m_tester)
        m_tester->setParent(this);
    else
        m_signIn->setParent(this);
    setObjectName(QStringLiteral("tokenTestDialog"));
    setWindowTitle(m_signIn ? tr("Test sign-in: %1 at %2").arg(client().name, environment().name)
                            : tr("Test token: %1 at %2").arg(client().name, environment().name));
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
    m_keepFresh->setToolTip(tr("Request a new token shortly before this one expires, with the same headers."));
    m_includeSecret->setObjectName(QStringLiteral("includeSecret"));
    m_again->setObjectName(QStringLiteral("getTokenAgain"));
    auto *copyCurlButton = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy as &curl"), this);
    copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));

    m_refreshNow = new QPushButton(tr("&Refresh now"), this);
    m_refreshNow->setObjectName(QStringLiteral("refreshNow"));
    m_refreshNow->setToolTip(tr("Use the refresh token (refresh_token grant) for a new access token"));
    m_cancel = new QPushButton(tr("Cancel sign-in"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    m_copyLink = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy sign-in &link"), this);
    m_copyLink->setObjectName(QStringLiteral("copySignInLink"));
    m_copyLink->setToolTip(tr("Open it in another browser (or a private window) if the default one is not right"));
    m_refreshNow->setVisible(m_signIn);
    m_refreshNow->setEnabled(false);
    m_cancel->hide();
    m_copyLink->hide();
    m_keepFresh->setVisible(!m_signIn);
    if (m_signIn)
        m_again->setText(tr("&Sign in again"));
    auto *copyToken = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy access t&oken"), this);
    copyToken->setObjectName(QStringLiteral("copyAccessToken"));
    copyToken->setToolTip(tr("Copies the access token, marked as a secret for clipboard managers; cleared after 30 seconds"));
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

    auto *api = new QWidget(this);
    auto *apiLayout = new QVBoxLayout(api);
    auto *apiRow = new QHBoxLayout;
    m_apiMethod->setObjectName(QStringLiteral("apiMethod"));
    m_apiMethod->addItems({ QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE") });
    m_apiPath->setObjectName(QStringLiteral("apiPath"));
    m_apiPath->setAccessibleName(tr("API path"));
    m_apiPath->setPlaceholderText(tr("path under %1, e.g. /accounts").arg(environment().apiBaseUrl.toString()));
    m_apiSend->setObjectName(QStringLiteral("apiSend"));
    auto *apiCurl = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy as curl"), api);
    apiCurl->setObjectName(QStringLiteral("apiCopyCurl"));
    apiRow->addWidget(m_apiMethod);
    apiRow->addWidget(m_apiPath, 1);
    apiRow->addWidget(m_apiSend);
    apiRow->addWidget(apiCurl);
    apiLayout->addLayout(apiRow);
    QStringList headerNames;
    for (const auto &h : environment().headers)
        headerNames.append(h.name + QStringLiteral(": ") + h.value);
    auto *apiHeaders = new QLabel(tr("Sent with Authorization: Bearer … %1").arg(headerNames.isEmpty() ? QString() : QStringLiteral("and ") + headerNames.join(QStringLiteral(", "))), api);
    apiHeaders->setObjectName(QStringLiteral("apiHeaders"));
    apiHeaders->setWordWrap(true);
    apiLayout->addWidget(apiHeaders);
    m_apiBody->setObjectName(QStringLiteral("apiBody"));
    m_apiBody->setPlaceholderText(tr("request body (JSON), for POST, PUT and PATCH"));
    m_apiBody->setMaximumHeight(90);
    m_apiBody->setFont(mono);
    apiLayout->addWidget(m_apiBody);
    m_apiStatus->setObjectName(QStringLiteral("apiStatus"));
    m_apiStatus->setTextFormat(Qt::PlainText);
    m_apiStatus->setWordWrap(true);
    apiLayout->addWidget(m_apiStatus);
    m_apiResponse->setObjectName(QStringLiteral("apiResponse"));
    m_apiResponse->setReadOnly(true);
    m_apiResponse->setFont(mono);
    apiLayout->addWidget(m_apiResponse, 1);
    m_tabs->addTab(api, tr("Call &API"));
    m_actions = new TokenActionsTab(transport(), environment(), clientAuthentication(), [this] { return metadata(); }, this);
    connect(m_actions, &TokenActionsTab::introspected, this, &TokenTestDialog::introspected);
    connect(m_actions, &TokenActionsTab::revoked, this, &TokenTestDialog::revoked);
    connect(m_actions, &TokenActionsTab::tokenRevoked, this, &TokenTestDialog::showRevoked);
    connect(m_actions, &TokenActionsTab::introspectionAnswered, this, &TokenTestDialog::showIntrospection);
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
    connect(m_keepFresh, &QCheckBox::toggled, this, [this](bool on) {
        if (m_tester)
            m_tester->setKeepFresh(on);
    });
    connect(m_keepFresh, &QCheckBox::toggled, this, &TokenTestDialog::updateCountdown);
    connect(copyCurlButton, &QPushButton::clicked, this, &TokenTestDialog::copyCurl);
    connect(m_apiSend, &QPushButton::clicked, this, &TokenTestDialog::sendApiCall);
    connect(m_apiPath, &QLineEdit::returnPressed, this, &TokenTestDialog::sendApiCall);
    connect(apiCurl, &QPushButton::clicked, this, &TokenTestDialog::copyApiCurl);
    auto busy = [this](const QString &text) {
        m_again->setEnabled(false);
        m_refreshNow->setEnabled(false);
        m_banner->setStyleSheet(QStringLiteral("background: #eceff1; color: #263238; border-radius: 4px;"));
        m_banner->setText(text);
    };
    if (m_tester) {
        m_cancel->setText(tr("&Cancel request"));
        m_cancel->setToolTip(tr("Stop waiting for the authorization server"));
        connect(m_tester, &TokenTester::started, this, [this, busy] {
            const int seconds = m_tester->transport() ? m_tester->transport()->deadlineMs() / 1000 : 30;
            busy(tr("Requesting a token from %1… (each request gives up after %2 s; Cancel request stops it now)")
                     .arg(environment().issuer.toString())
                     .arg(seconds));
            m_cancel->show();
        });
        connect(m_tester, &TokenTester::finished, this, [this](const TokenTestResult &r) {
            m_cancel->hide();
            showResult(r);
        });
        connect(m_cancel, &QPushButton::clicked, m_tester, &TokenTester::cancel);
        connect(m_tester, &TokenTester::renewalCancelled, this, [this] {
            m_cancel->hide();
            m_again->setEnabled(true);
            m_banner->setStyleSheet(QStringLiteral("background: #fff3e0; color: #e65100; border-radius: 4px;"));
            m_banner->setText(tr("Renewal cancelled: the token below is still the current one; keep fresh tries again "
                                 "when it is due."));
        });
    } else {
        connect(m_signIn, &SignInTester::started, this,
                [this, busy] { busy(tr("Preparing the sign-in at %1…").arg(environment().issuer.toString())); });
        connect(m_signIn, &SignInTester::waitingForBrowser, this, [this, busy](const QUrl &url) {
            m_authorizationUrl = url;
            QString text = tr("Waiting for you to sign in in the browser… OAuthDesk listens on %1 for the answer (one "
                              "callback only; PKCE S256). Cancel if you closed the browser.")
                               .arg(m_signIn->redirectUri().toString());
            if (const QString hint = m_signIn->waitingHint(); !hint.isEmpty())
                text += QLatin1Char('\n') + hint;
            busy(text);
            m_cancel->show();
            m_copyLink->show();
        });
        connect(m_signIn, &SignInTester::browserNotOpened, this, [this, busy](const QUrl &url, const QString &why) {
            m_authorizationUrl = url;
            QString text = tr("OAuthDesk could not open a web browser here%1. Copy the sign-in link and open it in a "
                              "browser on this computer; OAuthDesk keeps listening on %2 for the answer (Cancel to stop).")
                               .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'),
                                    m_signIn->redirectUri().toString());
            if (const QString hint = m_signIn->waitingHint(); !hint.isEmpty())
                text += QLatin1Char('\n') + hint;
            busy(text);
            m_cancel->show();
            m_copyLink->show();
        });
        connect(m_signIn, &SignInTester::exchanging, this,
                [this, busy] { busy(tr("Signed in; exchanging the authorization code for tokens…")); });
        connect(m_signIn, &SignInTester::finished, this, &TokenTestDialog::showSignIn);
        connect(m_cancel, &QPushButton::clicked, this, &TokenTestDialog::cancelSignIn);
        connect(m_refreshNow, &QPushButton::clicked, this, &TokenTestDialog::refreshNow);
        connect(m_copyLink, &QPushButton::clicked, this, [this] {
            // The link carries state, nonce and the PKCE challenge, none of them secret.
            QApplication::clipboard()->setText(m_authorizationUrl.toString(QUrl::FullyEncoded));
            m_renewals->setText(tr("Sign-in link copied"));
        });
    }
    // Enter in the API path sends the call; it must not also press a default button.
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TokenTestDialog::updateCountdown);
    m_tick->start();
}

void TokenTestDialog::requestAgain()
{
    if (m_tester)
        m_tester->start();
    else if (!m_signIn->isBusy())
        m_signIn->start();
}

void TokenTestDialog::refreshNow()
{
    if (m_signIn && m_signIn->canRefresh())
        m_signIn->refresh();
}

void TokenTestDialog::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel();
}

const Environment &TokenTestDialog::environment() const
{
    return m_tester ? m_tester->environment() : m_signIn->environment();
}

const OAuthClient &TokenTestDialog::client() const
{
    return m_tester ? m_tester->client() : m_signIn->client();
}

Transport *TokenTestDialog::transport() const
{
    return m_tester ? m_tester->transport() : m_signIn->transport();
}

std::optional<DiscoveryMetadata> TokenTestDialog::metadata() const
{
    return m_tester ? m_tester->metadata() : m_signIn->metadata();
}

ClientAuthentication TokenTestDialog::clientAuthentication() const
{
    const ClientCredentials &cred = m_tester ? m_tester->credentials() : m_signIn->credentials();
    return { client().clientId, client().authMethod, cred.clientSecret, withAudienceRule(cred, environment()) };
}

void TokenTestDialog::showSignIn(const SignInResult &r)
{
    m_cancel->hide();
    m_copyLink->hide();
    m_idToken = r.idToken;
    showResult(r.token);
    if (r.ok()) {
        m_banner->setText(r.refreshed ? tr("Tokens refreshed in %1 ms (refresh_token grant).").arg(r.token.token.exchange.elapsedMs)
                                      : tr("Signed in; tokens received in %1 ms.").arg(r.token.token.exchange.elapsedMs));
    } else if (r.token.ok() && r.idToken) {
        // Tokens came, but the ID token failed a check: the sign-in is rejected (OIDC Core §3.1.3.7).
        QStringList failed;
        for (const Check &c : r.idToken->checks) {
            if (!c.passed)
                failed.append(c.name + QStringLiteral(": ") + c.text);
        }
        m_banner->setStyleSheet(QStringLiteral("background: #ffebee; color: #b71c1c; border-radius: 4px;"));
        m_banner->setText(tr("Tokens received, but the ID token was NOT accepted, so this sign-in is rejected. %1")
                              .arg(failed.join(QStringLiteral("; "))));
    } else if (r.callbackError) {
        m_banner->setText(tr("Sign-in failed. %1").arg(r.callbackError->message)
                          + (r.callbackError->detail.isEmpty() ? QString() : QStringLiteral("\n(") + r.callbackError->detail + QLatin1Char(')')));
    }
    if (r.token.ok() && r.idToken) {
        const bool good = r.idToken->ok();
        m_facts->setText(m_facts->text()
                         + QStringLiteral("<br><span style='color:%1'>%2 %3</span>")
                               .arg(good ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"),
                                    good ? QStringLiteral("✔") : QStringLiteral("✘"),
                                    good ? tr("ID token verified (signature, iss, aud, nonce, exp): signed in as <b>%1</b>.")
                                               .arg(r.idToken->subject().toHtmlEscaped())
                                         : tr("ID token NOT accepted: see the checks on the Token tab.")));
    }
    // Refresh belongs to the tokens on screen: not after a cancelled or failed attempt.
    m_refreshNow->setEnabled(m_signIn->canRefresh() && r.ok());
    m_actions->setResult(m_result);
}

void TokenTestDialog::introspect(TokenKind kind)
{
    m_actions->introspect(kind);
}

void TokenTestDialog::revoke(TokenKind kind)
{
    m_actions->revoke(kind);
}

void TokenTestDialog::showResult(const TokenTestResult &r)
{
    m_result = r;
    m_accessRevokedAt.reset();
    m_again->setEnabled(true);
    m_actions->setResult(m_result);
    const qint64 latency = r.token.exchange.elapsedMs;
    if (!r.ok()) {
        const Error &e = r.token.result.error();
        m_banner->setStyleSheet(QStringLiteral("background: #ffebee; color: #b71c1c; border-radius: 4px;"));
        m_banner->setText(tr("No token. %1").arg(e.message) + (e.detail.isEmpty() ? QString() : QStringLiteral("\n(") + e.detail + QLatin1Char(')')));
        m_facts->setText(r.token.exchange.status ? tr("HTTP %1 after %2 ms").arg(r.token.exchange.status).arg(latency) : QString());
    } else {
        m_banner->setStyleSheet(QStringLiteral("background: #e8f5e9; color: #1b5e20; border-radius: 4px;"));
        m_banner->setText(r.renewal == 0 ? tr("Token received in %1 ms.").arg(latency)
                                         : tr("Token renewed in %1 ms (renewal %2).").arg(latency).arg(r.renewal));
        showFacts(r);
    }
    if (r.renewal > 0)
        m_renewals->setText(tr("Renewed %1 time(s), last at %2").arg(r.renewal).arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
    showClaims(r);
    QString raw;
    for (const HttpExchange &ex : r.exchanges) {
        raw += QStringLiteral("──── %1 ms %2\n").arg(ex.elapsedMs).arg(ex.tls);
        raw += ex.requestText(false) + QStringLiteral("\n\n") + ex.responseText() + QStringLiteral("\n\n");
    }
    m_exchange->setPlainText(raw);
    updateCountdown();
}

void TokenTestDialog::showFacts(const TokenTestResult &r)
{
    const TokenResponse &t = *r.token.result;
    QString facts = tr("<b>Token type:</b> %1 &nbsp; <b>Granted scope:</b> <code>%2</code>")
                        .arg(t.tokenType.toHtmlEscaped(), t.grantedScopes.join(QLatin1Char(' ')).toHtmlEscaped());
    if (t.scopeWasOmitted)
        facts += tr(" (omitted by the AS: as requested)");
    QStringList missing = t.scopesNotGranted();
    // offline_access asks for a refresh token; many ASs issue one without echoing the scope.
    if (t.refreshToken)
        missing.removeAll(QStringLiteral("offline_access"));
    const QStringList extra = t.scopesNotRequested();
    if (!missing.isEmpty() || !extra.isEmpty()) {
        facts += QStringLiteral("<br><span style='color:#e65100'>⚠ ");
        if (!missing.isEmpty())
            facts += tr("Requested but not granted: %1. ").arg(missing.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!extra.isEmpty())
            facts += tr("Granted without being asked: %1.").arg(extra.join(QStringLiteral(", ")).toHtmlEscaped());
        facts += QStringLiteral("</span>");
    }
    if (t.refreshTokenKept)
        facts += tr("<br>Refresh token: the AS did not issue a new one, so the one it issued before stays in use (RFC 6749 §6).");
    if (r.binding) {
        using V = CertificateBinding::Verdict;
        const V v = r.binding->verdict();
        const QString colour = v == V::Bound ? QStringLiteral("#1b5e20")
            : v == V::Unknown                ? QStringLiteral("#e65100")
            : r.binding->good()              ? QStringLiteral("#455a64")
                                             : QStringLiteral("#b71c1c");
        const QString mark = v == V::Bound ? QStringLiteral("✔") : v == V::Unknown ? QStringLiteral("?") : r.binding->good() ? QString() : QStringLiteral("✘");
        facts += QStringLiteral("<br><span style='color:%1'>%2 %3</span>").arg(colour, mark, r.binding->message().toHtmlEscaped());
    }
    if (r.signature) {
        const bool valid = r.signature->status == SignatureStatus::Valid;
        facts += QStringLiteral("<br><span style='color:%1'>%2 %3</span>")
                     .arg(valid ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"),
                          valid ? QStringLiteral("✔") : QStringLiteral("✘"), r.signature->message.toHtmlEscaped());
    } else if (!r.jwksProblem.isEmpty()) {
        facts += QStringLiteral("<br><span style='color:#e65100'>⚠ %1</span>").arg(r.jwksProblem.toHtmlEscaped());
    } else if (!r.jwt) {
        facts += tr("<br>Opaque access token (not a JWT): only the AS can read it; introspection shows its claims.");
    }
    m_facts->setText(facts);
}

void TokenTestDialog::showRevoked(TokenKind kind, quintptr token)
{
    // About a token shown before this one (a renewal came meanwhile): not about what is on screen.
    if (!m_result || !m_result->ok() || token != TokenActionsTab::tokenIdentity(m_result, kind))
        return;
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::LongFormat);
    if (kind == TokenKind::AccessToken) {
        m_accessRevokedAt = QDateTime::currentDateTimeUtc();
        m_banner->setStyleSheet(QStringLiteral("background: #fff3e0; color: #e65100; border-radius: 4px;"));
        m_banner->setText(tr("Access token revoked at %1 (RFC 7009): the AS accepted the revocation; the "
                             "introspection on the Introspect / revoke tab says whether it still accepts the token.")
                              .arg(at));
    } else {
        m_banner->setStyleSheet(QStringLiteral("background: #fff3e0; color: #e65100; border-radius: 4px;"));
        m_banner->setText(tr("Refresh token revoked at %1 (RFC 7009): a refresh with it will be refused; the "
                             "access token may stay valid until it expires.")
                              .arg(at));
    }
    updateCountdown();
}

void TokenTestDialog::showIntrospection(TokenKind kind, quintptr token, const QJsonObject &answer)
{
    // An opaque access token's certificate binding is settled by what the AS says of it, if the
    // answer is about the token on screen.
    if (kind != TokenKind::AccessToken || !m_result || !m_result->ok() || !m_result->binding
        || token != TokenActionsTab::tokenIdentity(m_result, kind))
        return;
    const BindingEvidence before = m_result->binding->evidence;
    m_result->binding->settleFromIntrospection(answer);
    if (m_result->binding->evidence != before || before == BindingEvidence::Introspection)
        showFacts(*m_result);
}

void TokenTestDialog::showClaims(const TokenTestResult &r)
{
    if (!r.ok()) {
        m_claims->setHtml(tr("<p>No token to show. The raw exchange has the authorization server's answer.</p>"));
        return;
    }
    QString html;
    if (!r.jwt) {
        html = tr("<p><b>Opaque access token</b> (%1 characters). It is not a JWT, so its content is only "
                  "known to the AS: Introspect shows what the AS says about it.</p>")
                   .arg(r.token.result->accessToken->size());
    } else {
        html = tr("<h3>Header</h3>") + claimsTableHtml(r.jwt->header, false) + tr("<h3>Claims</h3>") + claimsTableHtml(r.jwt->claims, true);
    }
    if (r.clientAssertion) {
        html += tr("<h3>Client assertion sent (private_key_jwt)</h3>") + claimsTableHtml(r.clientAssertion->header, false)
            + claimsTableHtml(r.clientAssertion->claims, false);
    }
    if (m_signIn && m_idToken) {
        html += tr("<h3>ID token (OpenID Connect)</h3><table cellspacing=3>");
        for (const Check &c : m_idToken->checks) {
            html += QStringLiteral("<tr><td style='color:%1'>%2</td><td><code>%3</code></td><td>%4</td></tr>")
                        .arg(c.passed ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"),
                             c.passed ? QStringLiteral("✔") : QStringLiteral("✘"), c.name.toHtmlEscaped(), c.text.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (m_idToken->decoded)
            html += claimsTableHtml(m_idToken->decoded->claims, true);
    }
    m_claims->setHtml(html);
}

void TokenTestDialog::updateCountdown()
{
    const auto &last = m_result;
    if (m_accessRevokedAt) {
        m_countdown->setText(tr("Revoked at %1").arg(QLocale().toString(m_accessRevokedAt->toLocalTime().time(), QLocale::LongFormat)));
        m_countdown->setStyleSheet(QStringLiteral("color: #e65100;"));
        return;
    }
    if (!last || !last->ok() || !last->token.result->expiresAt()) {
        m_countdown->clear();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(*last->token.result->expiresAt());
    QString text = left > 0 ? tr("Expires in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
                            : tr("Expired %1 s ago").arg(-left);
    if (const auto due = m_tester ? m_tester->renewalDueAt() : std::nullopt)
        text += tr(" · renewal in %1 s").arg(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(*due)));
    m_countdown->setText(text);
    m_countdown->setStyleSheet(left > 0 ? QString() : QStringLiteral("color: #b71c1c;"));
}

void TokenTestDialog::copyCurl()
{
    const auto &last = m_result;
    if (!last)
        return;
    const bool secrets = m_includeSecret->isChecked();
    const QString curl = last->token.exchange.curl(secrets, environment().caBundlePath);
    if (secrets) {
        copySecretToClipboard(curl); // marked secret, cleared after 30 s
        m_includeSecret->setChecked(false); // one copy at a time
    } else {
        QApplication::clipboard()->setText(curl);
    }
    m_renewals->setText(secrets ? tr("curl copied, with the secret (cleared in 30 s)") : tr("curl copied (secret redacted)"));
}

void TokenTestDialog::sendApiCall()
{
    m_apiSend->setEnabled(false);
    m_apiStatus->setText(tr("Calling…"));
    auto answered = [this](HttpExchange ex) {
                          m_apiSend->setEnabled(true);
                          if (ex.transportError) {
                              m_apiStatus->setText(ex.transportError->message);
                              m_apiStatus->setStyleSheet(QStringLiteral("color: #b71c1c;"));
                              m_apiResponse->clear();
                          } else {
                              m_apiStatus->setStyleSheet(ex.status < 400 ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
                              m_apiStatus->setText(tr("HTTP %1 %2 in %3 ms").arg(ex.status).arg(QString::fromUtf8(ex.reason)).arg(ex.elapsedMs));
                              QString text;
                              for (const auto &h : ex.responseHeaders)
                                  text += QString::fromUtf8(h.first + ": " + h.second) + QLatin1Char('\n');
                              m_apiResponse->setPlainText(text + QLatin1Char('\n') + prettyBody(ex.responseBody));
                          }
                          m_lastApi = ex;
                          Q_EMIT apiAnswered(ex);
    };
    const QByteArray method = m_apiMethod->currentText().toLatin1();
    const QByteArray body = m_apiBody->toPlainText().toUtf8();
    if (m_tester) {
        m_tester->callApi(method, m_apiPath->text().trimmed(), body, this, answered);
        return;
    }
    auto req = apiRequestFor(environment(), m_result, method, m_apiPath->text().trimmed(), body);
    if (!req) {
        HttpExchange ex;
        ex.transportError = req.error();
        answered(ex);
        return;
    }
    if (transport())
        transport()->send(*req, environment().caBundlePath, this, answered);
}

void TokenTestDialog::copyApiCurl()
{
    auto req = apiRequestFor(environment(), m_result, m_apiMethod->currentText().toLatin1(), m_apiPath->text().trimmed(),
                             m_apiBody->toPlainText().toUtf8());
    if (!req) {
        m_apiStatus->setText(req.error().message);
        return;
    }
    HttpExchange ex;
    ex.request = *req;
    const bool secrets = m_includeSecret->isChecked();
    const QString curl = ex.curl(secrets, environment().caBundlePath);
    if (secrets) {
        copySecretToClipboard(curl);
        m_includeSecret->setChecked(false);
    } else {
        QApplication::clipboard()->setText(curl);
    }
    m_apiStatus->setText(secrets ? tr("curl copied, with the token (cleared in 30 s)") : tr("curl copied (token redacted)"));
}

} // namespace oauthdesk
