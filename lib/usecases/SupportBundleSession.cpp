// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/SupportBundleSession.h"

#include "oauth/Redaction.h"
#include "oauth/SignInTester.h"
#include "oauth/TokenSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <functional>

namespace oauthdesk {

namespace {

void keep(
    QList<std::shared_ptr<const SecretBytes>> &out, const std::shared_ptr<const SecretBytes> &s)
{
    if (s && !s->isEmpty())
        out.append(s);
}

void keep(QList<std::shared_ptr<const SecretBytes>> &out, const QByteArray &value)
{
    if (!value.isEmpty())
        out.append(std::make_shared<const SecretBytes>(SecretBytes::fromBytes(value)));
}

/// The string values of @p names anywhere in the JSON object @p body (nested objects and
/// arrays too).
void jsonMembers(const QJsonValue &v, const QList<QByteArray> &names,
    const std::function<void(const QByteArray &)> &add)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString() && names.contains(it.key().toUtf8()))
                add(it.value().toString().toUtf8());
            else
                jsonMembers(it.value(), names, add);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            jsonMembers(item, names, add);
    }
}

void jsonMembers(const QByteArray &body, const QList<QByteArray> &names,
    const std::function<void(const QByteArray &)> &add)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        jsonMembers(doc.object(), names, add);
}

QByteArray formDecoded(QByteArray s)
{
    return QByteArray::fromPercentEncoding(s.replace('+', ' '));
}

/// The token request that traded the authorization code (RFC 6749 §4.1.3), or -1.
qsizetype codeExchangeIndex(const QList<HttpExchange> &exchanges)
{
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const HttpRequest &r = exchanges.at(i).request;
        if (r.method == "POST" && r.body.split('&').contains("grant_type=authorization_code"))
            return i;
    }
    return -1;
}

} // namespace

QList<QByteArray> SessionRecord::secretValuesOf(const HttpExchange &ex)
{
    const HttpRequest &r = ex.request;
    QList<QByteArray> names
        = r.secretFormFields + r.secretResponseMembers + wellKnownSecretFields();
    QList<QByteArray> out;
    const auto add = [&out](const QByteArray &value) {
        if (!value.isEmpty() && !out.contains(value))
            out.append(value);
    };
    // The credential of an Authorization-style header (the scheme, "Basic"/"Bearer", is not).
    static const QList<QByteArray> kAlwaysSecret { "authorization", "proxy-authorization", "dpop" };
    for (const auto &[name, value] : r.headers) {
        bool secret = kAlwaysSecret.contains(name.toLower());
        for (const QByteArray &listed : r.secretHeaders)
            secret = secret || name.compare(listed, Qt::CaseInsensitive) == 0;
        if (!secret)
            continue;
        const qsizetype space = value.indexOf(' ');
        add(space > 0 ? value.mid(space + 1).trimmed() : value);
    }
    if (r.body.startsWith('{')) {
        jsonMembers(r.body, names, add);
    } else {
        for (const QByteArray &part : r.body.split('&')) {
            const qsizetype eq = part.indexOf('=');
            if (eq > 0 && names.contains(formDecoded(part.left(eq))))
                add(formDecoded(part.mid(eq + 1)));
        }
    }
    if (r.url.hasQuery()) {
        for (const auto &[name, value] : QUrlQuery(r.url).queryItems(QUrl::FullyDecoded)) {
            if (names.contains(name.toUtf8()))
                add(value.toUtf8());
        }
    }
    jsonMembers(ex.responseBody, names, add);
    return out;
}

SessionRecord SessionRecord::of(const TokenSession &session, const TokenTestResult &result)
{
    SessionRecord r;
    r.kind = session.can(TokenSession::Capability::Interactive) ? tr("Test sign-in")
                                                                : tr("Get test token");
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.exchanges = result.exchanges;
    if (r.exchanges.isEmpty() && !result.token.exchange.request.url.isEmpty())
        r.exchanges.append(result.token.exchange);

    const ClientCredentials &c = session.credentials();
    keep(r.secrets, c.clientSecret);
    keep(r.secrets, c.signingKeyPkcs8Der);
    keep(r.secrets, c.transportKeyPkcs8Der);
    if (result.token.result) {
        keep(r.secrets, result.token.result->accessToken);
        keep(r.secrets, result.token.result->refreshToken);
        keep(r.secrets, result.token.result->idToken);
    }
    if (!result.token.clientAssertion.isEmpty()) {
        // The signature is the secret part (it proves the key); header and payload stay readable.
        keep(r.secrets,
            result.token.clientAssertion.mid(result.token.clientAssertion.lastIndexOf('.') + 1));
    }
    // Whatever else the requests and answers carried as secrets: a sign-in's authorization code
    // and PKCE code_verifier (RFC 7636 §4.5), a refresh token sent, a client_secret_post, the
    // whole Basic credential, tokens in the answers.
    //
    // Not secrets, so kept for the reader: the state and the nonce. Both travel in the front
    // channel (the browser's address bar and history, the AS's logs), are single-use and spent
    // once the sign-in finished (SignInTester clears them), and let nobody do anything with them
    // afterwards; the nonce is also a claim of the ID token, whose payload the bundle keeps on
    // purpose. Kept, they let a vendor match the authorization request to its callback and ID
    // token ("state mismatch", "nonce mismatch"). The code_challenge is public by design
    // (RFC 7636 §4.2); only its verifier proves anything.
    for (const HttpExchange &ex : std::as_const(r.exchanges)) {
        for (const QByteArray &value : secretValuesOf(ex))
            keep(r.secrets, value);
    }

    QString note = result.ok() ? tr("Token received.") : result.token.result.error().message;
    if (const SignInResult *signIn = session.lastSignIn();
        signIn && !signIn->refreshed && !signIn->authorizationUrl.isEmpty()) {
        BrowserStep step;
        step.authorizationUrl = signIn->authorizationUrl;
        step.redirectUri = signIn->redirectUri;
        const qsizetype code = codeExchangeIndex(r.exchanges);
        step.position = code >= 0 ? code : r.exchanges.size();
        if (signIn->callbackError) {
            step.outcome = tr("The browser came back to %1 with an error: %2")
                               .arg(signIn->redirectUri.toString(), signIn->callbackError->message);
        } else if (code >= 0) {
            step.outcome = tr(
                "The browser came back to %1 with an authorization code (redacted here), which "
                "the next exchange traded at the token endpoint.")
                               .arg(signIn->redirectUri.toString());
        } else {
            step.outcome = tr("The browser did not come back to %1: %2")
                               .arg(signIn->redirectUri.toString(), note);
        }
        r.browserSteps.append(step);
    }
    if (const SignInResult *signIn = session.lastSignIn();
        signIn && result.ok() && signIn->idToken && !signIn->idToken->ok()) {
        QStringList failed;
        for (const Check &check : signIn->idToken->checks) {
            if (!check.passed)
                failed.append(check.text);
        }
        note = tr("Token received, but the ID token did not check out: %1")
                   .arg(failed.join(QLatin1Char(' ')));
    }
    r.note = note;
    return r;
}

void SessionRecord::append(SessionRecord next)
{
    Q_ASSERT(isSealed == next.isSealed);
    const qsizetype offset = exchanges.size();
    exchanges += next.exchanges;
    for (BrowserStep step : std::as_const(next.browserSteps)) {
        step.position += offset;
        browserSteps.append(step);
    }
    secrets += next.secrets;
    note = next.note;
    if (!next.kind.isEmpty())
        kind = next.kind;
    finishedAt = next.finishedAt;
    const qsizetype drop = exchanges.size() - kMaxExchanges;
    if (drop <= 0)
        return;
    exchanges.remove(0, drop);
    QList<BrowserStep> kept;
    for (BrowserStep step : std::as_const(browserSteps)) {
        step.position -= drop; // a step before an exchange that went goes too
        if (step.position >= 0)
            kept.append(step);
    }
    browserSteps = kept;
}

SessionRecord SessionRecord::sealed() const
{
    if (isSealed)
        return *this;
    QList<QByteArray> raw;
    for (const auto &s : secrets) {
        if (s)
            raw.append(s->toByteArray());
    }
    const QByteArray marker = sharingMarker();
    const auto scrub
        = [&raw, &marker](const QByteArray &text) { return scrubSecrets(text, raw, marker); };
    const auto scrubText
        = [&scrub](const QString &text) { return QString::fromUtf8(scrub(text.toUtf8())); };
    const auto scrubUrl = [&scrub](const QUrl &url) {
        return url.isEmpty() ? url : QUrl::fromEncoded(scrub(url.toEncoded()), QUrl::TolerantMode);
    };

    SessionRecord out;
    out.kind = kind;
    out.finishedAt = finishedAt;
    out.note = scrubText(note);
    out.isSealed = true;
    for (const HttpExchange &recorded : exchanges) {
        HttpExchange ex = redactedForSharing(recorded);
        ex.request.url = scrubUrl(ex.request.url);
        for (auto &h : ex.request.headers)
            h.second = scrub(h.second);
        ex.request.body = scrub(ex.request.body);
        ex.reason = scrub(ex.reason);
        for (auto &h : ex.responseHeaders)
            h.second = scrub(h.second);
        ex.responseBody = scrub(ex.responseBody);
        ex.tls = scrubText(ex.tls);
        if (ex.transportError) {
            ex.transportError->message = scrubText(ex.transportError->message);
            ex.transportError->detail = scrubText(ex.transportError->detail);
        }
        out.exchanges.append(std::move(ex));
    }
    for (BrowserStep step : browserSteps) {
        // The same rules as for the exchanges' URLs (a code in a query is redacted).
        HttpExchange carrier;
        carrier.request.url = step.authorizationUrl;
        step.authorizationUrl = scrubUrl(redactedForSharing(carrier).request.url);
        step.redirectUri = scrubUrl(step.redirectUri);
        step.outcome = scrubText(step.outcome);
        out.browserSteps.append(step);
    }
    for (QByteArray &s : raw)
        s.fill('\0');
    return out;
}

} // namespace oauthdesk
