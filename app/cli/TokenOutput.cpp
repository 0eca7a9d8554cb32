// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenOutput.h"

#include "CliText.h"
#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace oauthdesk::cli {

namespace {

QString evidenceName(BindingEvidence e)
{
    switch (e) {
    case BindingEvidence::Token:
        return QStringLiteral("token");
    case BindingEvidence::NotVisible:
        return QStringLiteral("not_visible");
    case BindingEvidence::Introspection:
        return QStringLiteral("introspection");
    }
    return {};
}

QJsonObject jwtJson(const DecodedJwt &jwt)
{
    return { { QStringLiteral("header"), jwt.header }, { QStringLiteral("claims"), jwt.claims } };
}

QJsonObject signatureJson(const SignatureCheck &s)
{
    return { { QStringLiteral("status"), signatureStatusName(s.status) },
        { QStringLiteral("valid"), s.status == SignatureStatus::Valid },
        { QStringLiteral("alg"), s.alg }, { QStringLiteral("kid"), s.kid },
        { QStringLiteral("message"), s.message }, { QStringLiteral("detail"), s.detail } };
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Claims one per line, times in words as the pane shows them.
QString claimsText(const QJsonObject &claims)
{
    Fields f;
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text = v.isString() ? v.toString()
            : v.isObject()          ? compact(v.toObject())
            : v.isArray()
            ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
            : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                           : QStringLiteral("null");
        const QString key = it.key();
        if (v.isDouble()
            && (key == QLatin1String("exp") || key == QLatin1String("iat")
                || key == QLatin1String("nbf") || key == QLatin1String("auth_time")))
            text += QStringLiteral(" (")
                + isoTime(QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC))
                + QLatin1Char(')');
        f.append({ key, text });
    }
    QString out = renderFields(f);
    out.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    return QStringLiteral("  ") + out.trimmed();
}

} // namespace

QString verdictName(CertificateBinding::Verdict v)
{
    using V = CertificateBinding::Verdict;
    switch (v) {
    case V::Bound:
        return QStringLiteral("bound");
    case V::NotBound:
        return QStringLiteral("not_bound");
    case V::Missing:
        return QStringLiteral("missing");
    case V::OtherCertificate:
        return QStringLiteral("other_certificate");
    case V::NothingPresented:
        return QStringLiteral("nothing_presented");
    case V::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString signatureStatusName(SignatureStatus s)
{
    switch (s) {
    case SignatureStatus::Valid:
        return QStringLiteral("valid");
    case SignatureStatus::Invalid:
        return QStringLiteral("invalid");
    case SignatureStatus::NoMatchingKey:
        return QStringLiteral("no_matching_key");
    case SignatureStatus::UnsupportedAlgorithm:
        return QStringLiteral("unsupported_algorithm");
    case SignatureStatus::BadKeySet:
        return QStringLiteral("bad_key_set");
    }
    return {};
}

QStringList failedChecks(const TokenTestResult &r, const SignInResult *signIn)
{
    QStringList out;
    if (!r.ok())
        return out;
    if (r.jwt) {
        if (!r.signature)
            out.append(
                CliText::tr("The access token's signature could not be checked: %1")
                    .arg(r.jwksProblem.isEmpty() ? CliText::tr("no key set") : r.jwksProblem));
        else if (r.signature->status != SignatureStatus::Valid)
            out.append(r.signature->message);
    }
    if (r.binding && !r.binding->good()
        && r.binding->verdict() != CertificateBinding::Verdict::Unknown)
        out.append(r.binding->message());
    if (signIn && signIn->idToken && !signIn->idToken->ok()) {
        for (const Check &c : signIn->idToken->checks) {
            if (!c.passed)
                out.append(CliText::tr("ID token %1: %2").arg(c.name, c.text));
        }
        if (!signIn->idToken->signature.message.isEmpty()
            && signIn->idToken->signature.status != SignatureStatus::Valid)
            out.append(
                CliText::tr("ID token signature: %1").arg(signIn->idToken->signature.message));
    }
    return out;
}

QJsonObject tokenJson(const TokenSession &session, const TokenTestResult &r,
    const SignInResult *signIn, bool includeSecrets, bool includeExchanges)
{
    const OAuthClient &c = session.client();
    const Environment &e = session.environment();
    const HttpExchange &ex = r.token.exchange;
    const QStringList failed = failedChecks(r, signIn);
    QJsonObject o {
        { QStringLiteral("ok"), r.ok() && failed.isEmpty() && (!signIn || signIn->ok()) },
        { QStringLiteral("client"),
            QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
                { QStringLiteral("clientId"), c.clientId },
                { QStringLiteral("authMethod"), toWire(c.authMethod) } } },
        { QStringLiteral("environment"),
            QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("name"), e.name },
                { QStringLiteral("issuer"), e.issuer.toString() } } },
        { QStringLiteral("tokenEndpoint"), ex.request.url.toString() },
        { QStringLiteral("status"), ex.status },
        { QStringLiteral("latencyMs"), ex.elapsedMs },
        { QStringLiteral("tls"), ex.tls },
        { QStringLiteral("clientCertificatePresented"),
            !ex.request.clientCertificateChainDer.isEmpty() },
        { QStringLiteral("checksFailed"), jsonStrings(failed) },
        { QStringLiteral("curl"), ex.curl(includeSecrets, e.caBundlePath) },
    };
    if (!r.ok()) {
        o.insert(QStringLiteral("error"), toJson(r.token.result.error()));
    } else {
        const TokenResponse &t = *r.token.result;
        o.insert(QStringLiteral("tokenType"), t.tokenType);
        o.insert(QStringLiteral("expiresIn"),
            t.expiresIn ? QJsonValue(*t.expiresIn) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("expiresAt"), jsonTime(t.expiresAt()));
        o.insert(QStringLiteral("scopes"),
            QJsonObject { { QStringLiteral("requested"), jsonStrings(t.requestedScopes) },
                { QStringLiteral("granted"), jsonStrings(t.grantedScopes) },
                { QStringLiteral("notGranted"), jsonStrings(t.scopesNotGranted()) },
                { QStringLiteral("notRequested"), jsonStrings(t.scopesNotRequested()) },
                { QStringLiteral("omitted"), t.scopeWasOmitted } });
        o.insert(QStringLiteral("accessTokenFormat"),
            r.jwt ? QStringLiteral("jwt") : QStringLiteral("opaque"));
        o.insert(QStringLiteral("refreshToken"), bool(t.refreshToken));
        o.insert(QStringLiteral("idToken"), bool(t.idToken));
        if (includeSecrets) {
            o.insert(QStringLiteral("accessToken"),
                t.accessToken ? t.accessToken->toUtf8String() : QString());
            if (t.refreshToken)
                o.insert(QStringLiteral("refreshTokenValue"), t.refreshToken->toUtf8String());
            if (t.idToken)
                o.insert(QStringLiteral("idTokenValue"), t.idToken->toUtf8String());
        }
    }
    if (r.jwt)
        o.insert(QStringLiteral("jwt"), jwtJson(*r.jwt));
    if (r.signature)
        o.insert(QStringLiteral("signature"), signatureJson(*r.signature));
    else if (r.jwt)
        o.insert(QStringLiteral("signature"),
            QJsonObject { { QStringLiteral("status"), QStringLiteral("not_checked") },
                { QStringLiteral("valid"), false }, { QStringLiteral("message"), r.jwksProblem } });
    if (r.binding) {
        const CertificateBinding &b = *r.binding;
        o.insert(QStringLiteral("binding"),
            QJsonObject { { QStringLiteral("verdict"), verdictName(b.verdict()) },
                { QStringLiteral("good"), b.good() }, { QStringLiteral("bound"), b.bound() },
                { QStringLiteral("expected"), b.expected },
                { QStringLiteral("presentedThumbprint"), b.presentedThumbprint },
                { QStringLiteral("tokenThumbprint"), b.tokenThumbprint },
                { QStringLiteral("evidence"), evidenceName(b.evidence) },
                { QStringLiteral("message"), b.message() } });
    }
    if (r.clientAssertion)
        o.insert(QStringLiteral("clientAssertion"), jwtJson(*r.clientAssertion));
    if (signIn) {
        o.insert(QStringLiteral("authorizationUrl"), signIn->authorizationUrl.toString());
        o.insert(QStringLiteral("redirectUri"), signIn->redirectUri.toString());
        if (signIn->callbackError)
            o.insert(QStringLiteral("callbackError"), toJson(*signIn->callbackError));
        if (signIn->idToken) {
            const IdTokenCheck &id = *signIn->idToken;
            QJsonArray checks;
            for (const Check &ch : id.checks)
                checks.append(QJsonObject { { QStringLiteral("name"), ch.name },
                    { QStringLiteral("passed"), ch.passed }, { QStringLiteral("text"), ch.text } });
            QJsonObject idJson { { QStringLiteral("ok"), id.ok() },
                { QStringLiteral("subject"), id.subject() },
                { QStringLiteral("signature"), signatureJson(id.signature) },
                { QStringLiteral("checks"), checks } };
            if (id.decoded)
                idJson.insert(QStringLiteral("jwt"), jwtJson(*id.decoded));
            o.insert(QStringLiteral("idTokenCheck"), idJson);
        }
    }
    if (includeExchanges) {
        QJsonArray exchanges;
        for (const HttpExchange &x : r.exchanges)
            exchanges.append(toJson(x, true, includeSecrets));
        o.insert(QStringLiteral("exchanges"), exchanges);
    }
    return o;
}

QString tokenText(const TokenSession &session, const TokenTestResult &r, const SignInResult *signIn,
    bool includeSecrets, bool verbose)
{
    QString out;
    if (verbose) {
        for (const HttpExchange &x : r.exchanges)
            out += exchangeText(x, includeSecrets) + QLatin1Char('\n');
    }
    if (!r.ok())
        return out; // the error itself goes to stderr
    const TokenResponse &t = *r.token.result;
    const HttpExchange &ex = r.token.exchange;
    out += CliText::tr("✔ Token from %1 in %2 ms (%3%4)\n")
               .arg(ex.request.url.toString())
               .arg(ex.elapsedMs)
               .arg(toWire(session.client().authMethod),
                   ex.request.clientCertificateChainDer.isEmpty()
                       ? QString()
                       : CliText::tr(", client certificate presented"));
    Fields f { { CliText::tr("Token type"), t.tokenType },
        { CliText::tr("Expires"),
            t.expiresIn ? CliText::tr("in %1 s (%2)").arg(*t.expiresIn).arg(isoTime(t.expiresAt()))
                        : CliText::tr("not said") },
        { CliText::tr("Scopes"),
            t.grantedScopes.isEmpty() ? CliText::tr("(none)")
                                      : t.grantedScopes.join(QLatin1Char(' ')) } };
    if (!t.scopesNotGranted().isEmpty())
        f.append({ CliText::tr("Not granted"), t.scopesNotGranted().join(QLatin1Char(' ')) });
    if (!t.scopesNotRequested().isEmpty())
        f.append({ CliText::tr("Not asked for"), t.scopesNotRequested().join(QLatin1Char(' ')) });
    f.append({ CliText::tr("Access token"),
        r.jwt ? CliText::tr("JWT")
              : CliText::tr("opaque (only the AS can read it; introspect it)") });
    if (r.signature)
        f.append({ CliText::tr("Signature"),
            (r.signature->status == SignatureStatus::Valid ? QStringLiteral("✔ ")
                                                           : QStringLiteral("✘ "))
                + r.signature->message });
    else if (r.jwt)
        f.append({ CliText::tr("Signature"),
            QStringLiteral("✘ ") + CliText::tr("not checked: %1").arg(r.jwksProblem) });
    if (r.binding)
        f.append({ CliText::tr("Binding"),
            (r.binding->good() ? QStringLiteral("✔ ") : QStringLiteral("✘ "))
                + r.binding->message() });
    if (r.clientAssertion)
        f.append({ CliText::tr("Assertion sent"),
            CliText::tr("%1, kid %2, aud %3")
                .arg(r.clientAssertion->alg, r.clientAssertion->kid,
                    r.clientAssertion->claims.value(QLatin1String("aud"))
                        .toVariant()
                        .toString()) });
    f.append({ CliText::tr("TLS"), ex.tls });
    if (t.refreshToken)
        f.append({ CliText::tr("Refresh token"), CliText::tr("issued") });
    out += renderFields(f);
    if (r.jwt) {
        out += CliText::tr("Header:  %1\n").arg(compact(r.jwt->header));
        out += CliText::tr("Claims:\n") + claimsText(r.jwt->claims) + QLatin1Char('\n');
    }
    if (signIn && signIn->idToken) {
        const IdTokenCheck &id = *signIn->idToken;
        out += (id.ok() ? CliText::tr("✔ ID token of %1 verified\n")
                        : CliText::tr("✘ ID token does not check out (%1)\n"))
                   .arg(id.subject());
        for (const Check &c : id.checks)
            out += QStringLiteral("  ") + (c.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ "))
                + c.text + QLatin1Char('\n');
    }
    if (includeSecrets && t.accessToken)
        out += CliText::tr("Access token: %1\n").arg(t.accessToken->toUtf8String());
    return out;
}

QJsonObject introspectionJson(const Introspection &i)
{
    return { { QStringLiteral("active"), i.active }, { QStringLiteral("summary"), i.summary() },
        { QStringLiteral("expiresAt"), jsonTime(i.expiresAt()) },
        { QStringLiteral("claims"), i.claims } };
}

QString introspectionText(const Introspection &i)
{
    QString out = (i.active ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + i.summary()
        + QLatin1Char('\n');
    if (!i.claims.isEmpty())
        out += claimsText(i.claims) + QLatin1Char('\n');
    return out;
}

} // namespace oauthdesk::cli
