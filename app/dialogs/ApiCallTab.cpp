// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ApiCallTab.h"

#include "oauth/TokenSession.h"
#include "widgets/SecretClipboard.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSizePolicy>
#include <QTextCursor>
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

ApiCallTab::ApiCallTab(
    TokenSession *session, std::function<bool()> takeIncludeSecrets, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_takeIncludeSecrets(std::move(takeIncludeSecrets))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Se&nd"), this))
    , m_status(new QLabel(this))
    , m_called(new QLabel(this))
    , m_response(new QPlainTextEdit(this))
    , m_checkBinding(new QPushButton(tr("Check the &binding"), this))
    , m_bindingNote(new QLabel(this))
    , m_bindingVerdict(new QLabel(this))
{
    setObjectName(QStringLiteral("apiCallTab"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    const Environment &env = session->environment();
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_method->setObjectName(QStringLiteral("apiMethod"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->addItems({ QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE") });
    m_path->setObjectName(QStringLiteral("apiPath"));
    m_path->setAccessibleName(tr("API path"));
    m_path->setPlaceholderText(env.apiBaseUrl.isEmpty()
            ? tr("no API base URL: set one in Settings → Environments first")
            : tr("path under %1, e.g. /accounts").arg(env.apiBaseUrl.toString()));
    m_send->setObjectName(QStringLiteral("apiSend"));
    auto *curl
        = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy as curl"), this);
    curl->setObjectName(QStringLiteral("apiCopyCurl"));
    row->addWidget(m_method);
    row->addWidget(m_path, 1);
    row->addWidget(m_send);
    row->addWidget(curl);
    layout->addLayout(row);
    QStringList headerNames;
    for (const auto &h : env.headers)
        headerNames.append(h.name + QStringLiteral(": ") + h.value);
    auto *headers
        = new QLabel(headerNames.isEmpty() ? tr("Sent with Authorization: Bearer …")
                                           : tr("Sent with Authorization: Bearer … and %1")
                                                 .arg(headerNames.join(QStringLiteral(", "))),
            this);
    headers->setObjectName(QStringLiteral("apiHeaders"));
    headers->setWordWrap(true);
    layout->addWidget(headers);
    m_body->setObjectName(QStringLiteral("apiBody"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setPlaceholderText(tr("request body (JSON), for POST, PUT and PATCH"));
    m_body->setMaximumHeight(90);
    m_body->setFont(mono);
    layout->addWidget(m_body);
    m_called->setObjectName(QStringLiteral("apiCalled"));
    m_called->setTextFormat(Qt::PlainText);
    m_called->setWordWrap(true);
    m_called->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_called->setAccessibleName(tr("Request sent"));
    m_called->setVisible(false);
    layout->addWidget(m_called);
    m_status->setObjectName(QStringLiteral("apiStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    // Issue 15: "Check the binding" after a successful call with a bound token, its verdict below.
    auto *bindingRow = new QHBoxLayout;
    m_checkBinding->setObjectName(QStringLiteral("apiCheckBinding"));
    m_checkBinding->setToolTip(
        tr("Calls the API again with the same token without the client certificate, and with "
           "another certificate: an API that enforces RFC 8705 refuses both."));
    m_checkBinding->setVisible(false);
    m_checkBinding->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_bindingNote->setObjectName(QStringLiteral("apiBindingNote"));
    m_bindingNote->setTextFormat(Qt::PlainText);
    m_bindingNote->setWordWrap(true);
    m_bindingNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_bindingNote->setVisible(false);
    bindingRow->addWidget(m_checkBinding);
    bindingRow->addWidget(m_bindingNote, 1);
    bindingRow->addStretch();
    layout->addLayout(bindingRow);
    m_bindingVerdict->setObjectName(QStringLiteral("apiBindingVerdict"));
    m_bindingVerdict->setTextFormat(Qt::PlainText);
    m_bindingVerdict->setWordWrap(true);
    m_bindingVerdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bindingVerdict->setVisible(false);
    layout->addWidget(m_bindingVerdict);
    m_response->setObjectName(QStringLiteral("apiResponse"));
    m_response->setAccessibleName(tr("API response"));
    m_response->setReadOnly(true);
    m_response->setFont(mono);
    layout->addWidget(m_response, 1);

    connect(m_send, &QPushButton::clicked, this, &ApiCallTab::send);
    connect(m_path, &QLineEdit::returnPressed, this, &ApiCallTab::send);
    connect(curl, &QPushButton::clicked, this, &ApiCallTab::copyCurl);
    connect(m_checkBinding, &QPushButton::clicked, this, &ApiCallTab::checkBinding);
}

void ApiCallTab::send()
{
    if (!m_session)
        return;
    m_send->setEnabled(false);
    m_status->setText(tr("Calling…"));
    m_sentMethod = m_method->currentText().toLatin1();
    m_sentPath = m_path->text().trimmed();
    m_sentBody = m_body->toPlainText().toUtf8();
    m_checkBinding->setVisible(false);
    m_bindingNote->setVisible(false);
    m_bindingVerdict->setVisible(false);
    m_session->callApi(m_method->currentText().toLatin1(), m_path->text().trimmed(),
        m_body->toPlainText().toUtf8(), this, [this](HttpExchange ex) { showAnswer(ex); });
}

void ApiCallTab::showAnswer(const HttpExchange &ex)
{
    m_send->setEnabled(true);
    // What was really called: the base URL joined with the path, as sent (no token in it).
    if (!ex.request.url.isEmpty()) {
        m_called->setText(QStringLiteral("%1 %2").arg(QString::fromLatin1(ex.request.method),
            ex.request.url.toDisplayString(QUrl::RemoveUserInfo)));
        m_called->setVisible(true);
    }
    if (ex.transportError) {
        m_status->setText(ex.transportError->message);
        m_status->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette()));
        m_response->clear();
    } else {
        m_status->setStyleSheet(
            tones::labelStyle(ex.status < 400 ? tones::Tone::Good : tones::Tone::Bad, palette()));
        m_status->setText(tr("HTTP %1 %2 in %3 ms")
                              .arg(ex.status)
                              .arg(QString::fromUtf8(ex.reason))
                              .arg(ex.elapsedMs));
        QString text;
        for (const auto &h : ex.responseHeaders)
            text += QString::fromUtf8(h.first + ": " + h.second) + QLatin1Char('\n');
        m_response->setPlainText(text + QLatin1Char('\n') + prettyBody(ex.responseBody));
    }
    offerBindingCheck(ex);
    Q_EMIT answered(ex);
}

void ApiCallTab::copyCurl()
{
    if (!m_session)
        return;
    auto req = m_session->apiRequest(m_method->currentText().toLatin1(), m_path->text().trimmed(),
        m_body->toPlainText().toUtf8());
    if (!req) {
        m_status->setText(req.error().message);
        return;
    }
    HttpExchange ex;
    ex.request = *req;
    const bool secrets = m_takeIncludeSecrets && m_takeIncludeSecrets();
    const QString curl = ex.curl(secrets, m_session->environment().caBundlePath);
    if (secrets)
        copySecretToClipboard(curl); // marked secret, cleared after 30 s
    else
        QApplication::clipboard()->setText(curl);
    m_status->setText(secrets ? tr("curl copied, with the token (cleared in 30 s)")
                              : tr("curl copied (token redacted)"));
}

void ApiCallTab::offerBindingCheck(const HttpExchange &ex)
{
    if (!m_session || ex.transportError || ex.status < 200 || ex.status >= 300)
        return; // the check repeats a call that worked
    const BindingCheckOffer offer = BindingProbe::offer(*m_session);
    m_checkBinding->setVisible(offer.offered());
    m_checkBinding->setEnabled(true);
    m_bindingNote->setVisible(!offer.offered());
    m_bindingNote->setText(
        offer.offered() ? QString() : tr("Binding check not offered: %1").arg(offer.reason));
}

void ApiCallTab::checkBinding()
{
    if (!m_session)
        return;
    m_checkBinding->setEnabled(false);
    m_send->setEnabled(false);
    m_bindingVerdict->setVisible(true);
    m_bindingVerdict->setStyleSheet(QString());
    m_bindingVerdict->setText(
        tr("Checking the binding: the same call without the certificate, then with another one…"));
    BindingProbe::run(*m_session, m_sentMethod, m_sentPath, m_sentBody)
        .then(
            this, [this](const BindingReport &report) { showBindingReport(report); },
            [this](const Error &e) {
                m_checkBinding->setEnabled(true);
                m_send->setEnabled(true);
                m_bindingVerdict->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette()));
                m_bindingVerdict->setText(e.message);
            });
}

void ApiCallTab::showBindingReport(const BindingReport &report)
{
    m_checkBinding->setEnabled(true);
    m_send->setEnabled(true);
    QStringList lines = report.verdictLines();
    for (const BindingProbeOutcome &p : report.probes)
        lines.append(QStringLiteral("    ") + p.message());
    m_bindingVerdict->setText(lines.join(QLatin1Char('\n')));
    const tones::Tone tone = report.enforced()                           ? tones::Tone::Good
        : report.verdict == BindingReport::Verdict::AcceptedWithoutProof ? tones::Tone::Bad
                                                                         : tones::Tone::Warning;
    m_bindingVerdict->setStyleSheet(tones::labelStyle(tone, palette(), true));
    // The exchanges of the check under the answer: the reference call, then each probe.
    QString text = m_response->toPlainText();
    const QString heading = tr("── Binding check ──");
    text += QLatin1String("\n\n");
    const int headingAt = int(text.size());
    text += heading + QLatin1Char('\n');
    const auto exchangeText = [](const QString &title, const HttpExchange &ex) {
        QString t = title + QLatin1Char('\n') + ex.requestText() + QLatin1Char('\n');
        if (ex.transportError)
            t += ex.transportError->message + QLatin1Char('\n');
        else
            t += ex.responseText() + QLatin1Char('\n');
        return t;
    };
    text += exchangeText(tr("With the certificate:"), report.reference);
    for (const BindingProbeOutcome &p : report.probes)
        text += QLatin1Char('\n') + exchangeText(p.message(), p.exchange);
    m_response->setPlainText(text);
    // Scrolled so that the check's exchanges start at the top of the view.
    m_response->moveCursor(QTextCursor::End);
    m_response->ensureCursorVisible();
    QTextCursor at = m_response->textCursor();
    at.setPosition(headingAt);
    m_response->setTextCursor(at);
    m_response->ensureCursorVisible();
    Q_EMIT bindingChecked(report);
}

} // namespace oauthdesk
