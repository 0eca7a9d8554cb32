// SPDX-License-Identifier: GPL-3.0-or-later
// TokenTestDialog: what the pane shows of a session's result (banner, facts, claims, raw
// exchange, countdown), and how introspection and revocation change it.
#include "dialogs/TokenActionsTab.h"
#include "dialogs/TokenTestDialog.h"
#include "oauth/SignInTester.h"
#include "widgets/ClaimsTable.h"
#include "widgets/TimeFormat.h"
#include "widgets/Tones.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>

namespace oauthdesk {

namespace {

QString factLine(const QString &colour, const QString &mark, const QString &html)
{
    return QStringLiteral("<br><span style='color:%1'>%2 %3</span>").arg(colour, mark, html);
}

} // namespace

void TokenTestDialog::showFinished(const TokenTestResult &r)
{
    m_cancel->hide();
    m_copyLink->hide();
    // Interactive sessions add their part (the ID token, the browser's answer) to the token's.
    const SignInResult *signIn = m_session->lastSignIn();
    m_idToken = signIn ? signIn->idToken : std::nullopt;
    showResult(r);
    if (signIn)
        showSignIn(*signIn);
    // Refresh belongs to the tokens on screen: not after a cancelled, failed or rejected attempt.
    m_refreshNow->setEnabled(m_session->canRefresh() && r.ok() && (!signIn || signIn->ok()));
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
        m_banner->setStyleSheet(tones::bannerStyle(tones::Tone::Bad, palette()));
        m_banner->setText(tr("No token. %1").arg(e.message)
            + (e.detail.isEmpty() ? QString()
                                  : QStringLiteral("\n(") + e.detail + QLatin1Char(')')));
        m_facts->setText(r.token.exchange.status
                ? tr("HTTP %1 after %2 ms").arg(r.token.exchange.status).arg(latency)
                : QString());
    } else {
        m_banner->setStyleSheet(tones::bannerStyle(tones::Tone::Good, palette()));
        m_banner->setText(r.renewal == 0
                ? tr("Token received in %1 ms.").arg(latency)
                : tr("Token renewed in %1 ms (renewal %2).").arg(latency).arg(r.renewal));
        showFacts(r);
    }
    if (r.renewal > 0)
        m_renewals->setText(tr("Renewed %1 time(s), last at %2")
                                .arg(r.renewal)
                                .arg(timeformat::time(QDateTime::currentDateTime())));
    showClaims(r);
    QString raw;
    for (const HttpExchange &ex : r.exchanges) {
        raw += QStringLiteral("──── %1 ms %2\n").arg(ex.elapsedMs).arg(ex.tls);
        raw += ex.requestText(false) + QStringLiteral("\n\n") + ex.responseText()
            + QStringLiteral("\n\n");
    }
    m_exchange->setPlainText(raw);
    updateCountdown();
}

void TokenTestDialog::showSignIn(const SignInResult &r)
{
    if (r.ok()) {
        m_banner->setText(r.refreshed
                ? tr("Tokens refreshed in %1 ms (refresh_token grant).")
                      .arg(r.token.token.exchange.elapsedMs)
                : tr("Signed in; tokens received in %1 ms.").arg(r.token.token.exchange.elapsedMs));
    } else if (r.token.ok() && r.idToken) {
        // Tokens came, but the ID token failed a check: the sign-in is rejected (OIDC Core
        // §3.1.3.7).
        QStringList failed;
        for (const Check &c : r.idToken->checks) {
            if (!c.passed)
                failed.append(c.name + QStringLiteral(": ") + c.text);
        }
        m_banner->setStyleSheet(tones::bannerStyle(tones::Tone::Bad, palette()));
        m_banner->setText(tr(
            "Tokens received, but the ID token was NOT accepted, so this sign-in is rejected. %1")
                              .arg(failed.join(QStringLiteral("; "))));
    } else if (r.callbackError) {
        m_banner->setText(tr("Sign-in failed. %1").arg(r.callbackError->message)
            + (r.callbackError->detail.isEmpty()
                    ? QString()
                    : QStringLiteral("\n(") + r.callbackError->detail + QLatin1Char(')')));
    }
    if (r.token.ok() && r.idToken) {
        const bool good = r.idToken->ok();
        m_facts->setText(m_facts->text()
            + factLine(good ? tones::css(tones::Tone::Good, palette())
                            : tones::css(tones::Tone::Bad, palette()),
                good ? QStringLiteral("✔") : QStringLiteral("✘"),
                good ? tr(
                    "ID token verified (signature, iss, aud, nonce, exp): signed in as <b>%1</b>.")
                           .arg(r.idToken->subject().toHtmlEscaped())
                     : tr("ID token NOT accepted: see the checks on the Token tab.")));
    }
}

void TokenTestDialog::showFacts(const TokenTestResult &r)
{
    const TokenResponse &t = *r.token.result;
    QString facts = tr("<b>Token type:</b> %1 &nbsp; <b>Granted scope:</b> <code>%2</code>")
                        .arg(t.tokenType.toHtmlEscaped(),
                            t.grantedScopes.join(QLatin1Char(' ')).toHtmlEscaped());
    if (t.scopeWasOmitted)
        facts += tr(" (omitted by the AS: as requested)");
    QStringList missing = t.scopesNotGranted();
    // offline_access asks for a refresh token; many ASs issue one without echoing the scope.
    if (t.refreshToken)
        missing.removeAll(QStringLiteral("offline_access"));
    const QStringList extra = t.scopesNotRequested();
    if (!missing.isEmpty() || !extra.isEmpty()) {
        facts += QStringLiteral("<br><span style='color:%1'>⚠ ")
                     .arg(tones::css(tones::Tone::Warning, palette()));
        if (!missing.isEmpty())
            facts += tr("Requested but not granted: %1. ")
                         .arg(missing.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!extra.isEmpty())
            facts += tr("Granted without being asked: %1.")
                         .arg(extra.join(QStringLiteral(", ")).toHtmlEscaped());
        facts += QStringLiteral("</span>");
    }
    if (t.refreshTokenKept)
        facts += tr(
            "<br>Refresh token: the AS did not issue a new one, so the one it issued before stays in use (RFC 6749 §6).");
    if (r.binding) {
        using V = CertificateBinding::Verdict;
        const V v = r.binding->verdict();
        const QString colour = v == V::Bound ? tones::css(tones::Tone::Good, palette())
            : v == V::Unknown                ? tones::css(tones::Tone::Warning, palette())
            : r.binding->good()              ? tones::css(tones::Tone::Muted, palette())
                                             : tones::css(tones::Tone::Bad, palette());
        const QString mark = v == V::Bound ? QStringLiteral("✔")
            : v == V::Unknown              ? QStringLiteral("?")
            : r.binding->good()            ? QString()
                                           : QStringLiteral("✘");
        facts += factLine(colour, mark, r.binding->message().toHtmlEscaped());
    }
    if (r.signature) {
        const bool valid = r.signature->status == SignatureStatus::Valid;
        facts += factLine(valid ? tones::css(tones::Tone::Good, palette())
                                : tones::css(tones::Tone::Bad, palette()),
            valid ? QStringLiteral("✔") : QStringLiteral("✘"),
            r.signature->message.toHtmlEscaped());
    } else if (!r.jwksProblem.isEmpty()) {
        facts += factLine(tones::css(tones::Tone::Warning, palette()), QStringLiteral("⚠"),
            r.jwksProblem.toHtmlEscaped());
    } else if (!r.jwt) {
        facts += tr(
            "<br>Opaque access token (not a JWT): only the AS can read it; introspection shows its claims.");
    }
    m_facts->setText(facts);
}

void TokenTestDialog::showRevoked(TokenKind kind, quintptr token)
{
    // About a token shown before this one (a renewal came meanwhile): not about what is on screen.
    if (!m_result || !m_result->ok() || token != TokenActionsTab::tokenIdentity(m_result, kind))
        return;
    const QString at = timeformat::time(QDateTime::currentDateTime());
    m_banner->setStyleSheet(tones::bannerStyle(tones::Tone::Warning, palette()));
    if (kind == TokenKind::AccessToken) {
        m_accessRevokedAt = QDateTime::currentDateTimeUtc();
        m_banner->setText(tr(
            "Access token revoked at %1 (RFC 7009): the AS accepted the revocation; the "
            "introspection on the Introspect / revoke tab says whether it still accepts the token.")
                              .arg(at));
    } else {
        m_banner->setText(
            tr("Refresh token revoked at %1 (RFC 7009): a refresh with it will be refused; the "
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
        m_claims->setHtml(
            tr("<p>No token to show. The raw exchange has the authorization server's answer.</p>"));
        return;
    }
    QString html;
    if (!r.jwt) {
        html = tr(
            "<p><b>Opaque access token</b> (%1 characters). It is not a JWT, so its content is only "
            "known to the AS: Introspect shows what the AS says about it.</p>")
                   .arg(r.token.result->accessToken->size());
    } else {
        html = tr("<h3>Header</h3>") + claimsTableHtml(r.jwt->header, false) + tr("<h3>Claims</h3>")
            + claimsTableHtml(r.jwt->claims, true);
    }
    if (r.clientAssertion) {
        html += tr("<h3>Client assertion sent (private_key_jwt)</h3>")
            + claimsTableHtml(r.clientAssertion->header, false)
            + claimsTableHtml(r.clientAssertion->claims, false);
    }
    if (m_idToken) {
        html += tr("<h3>ID token (OpenID Connect)</h3><table cellspacing=3>");
        for (const Check &c : m_idToken->checks) {
            html += QStringLiteral(
                "<tr><td style='color:%1'>%2</td><td><code>%3</code></td><td>%4</td></tr>")
                        .arg(c.passed ? tones::css(tones::Tone::Good, palette())
                                      : tones::css(tones::Tone::Bad, palette()),
                            c.passed ? QStringLiteral("✔") : QStringLiteral("✘"),
                            c.name.toHtmlEscaped(), c.text.toHtmlEscaped());
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
        m_countdown->setText(tr("Revoked at %1").arg(timeformat::time(*m_accessRevokedAt)));
        m_countdown->setStyleSheet(tones::labelStyle(tones::Tone::Warning, palette()));
        return;
    }
    if (!last || !last->ok() || !last->token.result->expiresAt()) {
        m_countdown->clear();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(*last->token.result->expiresAt());
    QString text = left > 0
        ? tr("Expires in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
        : tr("Expired %1 s ago").arg(-left);
    if (const auto due = m_session->renewalDueAt())
        text += tr(" · renewal in %1 s")
                    .arg(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(*due)));
    m_countdown->setText(text);
    m_countdown->setStyleSheet(
        left > 0 ? QString() : tones::labelStyle(tones::Tone::Bad, palette()));
}

} // namespace oauthdesk
