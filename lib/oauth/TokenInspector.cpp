// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/TokenInspector.h"

#include "jose/Jwk.h"
#include "oauth/Transport.h"

#include <QCryptographicHash>
#include <algorithm>
#include <memory>

namespace oauthdesk {

namespace {

/// RFC 8705 §3.1: the confirmation member naming the certificate a token is bound to.
QString x5tS256Of(const QJsonObject &claims)
{
    return claims.value(QLatin1String("cnf"))
        .toObject()
        .value(QLatin1String("x5t#S256"))
        .toString();
}

} // namespace

CertificateBinding::Verdict CertificateBinding::verdict() const
{
    if (bound())
        return Verdict::Bound;
    if (tokenThumbprint.isEmpty()) {
        if (evidence == BindingEvidence::NotVisible)
            return Verdict::Unknown;
        return expected ? Verdict::Missing : Verdict::NotBound;
    }
    return presentedThumbprint.isEmpty() ? Verdict::NothingPresented : Verdict::OtherCertificate;
}

namespace {
struct TokenTesterText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::TokenTester)
};
} // namespace

QString CertificateBinding::message() const
{
    const bool introspected = evidence == BindingEvidence::Introspection;
    switch (verdict()) {
    case Verdict::Bound:
        return introspected
            ? TokenTesterText::tr("Certificate-bound (from the AS's introspection): cnf.x5t#S256 "
                                  "matches the transport "
                                  "certificate presented (RFC 8705 §3).")
            : TokenTesterText::tr("Certificate-bound: cnf.x5t#S256 matches the transport "
                                  "certificate presented (RFC 8705 §3).");
    case Verdict::Unknown:
        return TokenTesterText::tr("Certificate binding unknown until introspected: the access "
                                   "token is opaque, so only the AS knows "
                                   "its cnf.x5t#S256. Introspect the access token to settle it.");
    case Verdict::Missing:
        return introspected
            ? TokenTesterText::tr(
                "NOT certificate-bound: the client is set up for certificate-bound tokens, but the "
                "AS's introspection of the token has no cnf.x5t#S256. Check the AS's "
                "certificate-bound tokens setting.")
            : TokenTesterText::tr(
                "NOT certificate-bound: the client is set up for certificate-bound tokens, but the "
                "token has no cnf.x5t#S256. Check the AS's certificate-bound tokens setting.");
    case Verdict::NotBound:
        return introspected
            ? TokenTesterText::tr(
                "Not certificate-bound (the AS's introspection has no cnf.x5t#S256).")
            : TokenTesterText::tr("Not certificate-bound (no cnf.x5t#S256 in the token).");
    case Verdict::NothingPresented:
        return TokenTesterText::tr(
            "The token is bound to a certificate (cnf.x5t#S256), but none was presented.");
    case Verdict::OtherCertificate:
        return TokenTesterText::tr(
            "Bound to ANOTHER certificate: cnf.x5t#S256 is %1, the presented certificate's is %2.")
            .arg(tokenThumbprint, presentedThumbprint);
    }
    return {};
}

void CertificateBinding::settleFromIntrospection(const QJsonObject &introspection)
{
    if (evidence == BindingEvidence::Token
        || introspection.value(QLatin1String("active")) != QJsonValue(true))
        return;
    tokenThumbprint = x5tS256Of(introspection);
    evidence = BindingEvidence::Introspection;
}

TokenInspector::TokenInspector(Transport *transport, QString caBundlePath)
    : m_transport(transport)
    , m_caBundlePath(std::move(caBundlePath))
{ }

TokenTestResult TokenInspector::read(TokenTestResult result, bool bindingExpected)
{
    if (!result.token.result)
        return result;
    if (!result.token.clientAssertion.isEmpty()) {
        if (auto a = decodeJwt(result.token.clientAssertion))
            result.clientAssertion = *a;
    }
    const QList<QByteArray> &presented = result.token.exchange.request.clientCertificateChainDer;
    if (!presented.isEmpty() || bindingExpected) {
        CertificateBinding b;
        b.expected = bindingExpected;
        if (!presented.isEmpty()) // RFC 8705 §3.1: base64url SHA-256 of the certificate's DER
            b.presentedThumbprint = QString::fromLatin1(
                base64Url(QCryptographicHash::hash(presented.first(), QCryptographicHash::Sha256)));
        result.binding = b;
    }
    const QByteArray token = result.token.result->accessToken
        ? result.token.result->accessToken->toByteArray()
        : QByteArray();
    if (!looksLikeJwt(token)) {
        // Opaque: shown as opaque, not as an error; its binding only the AS can tell.
        if (result.binding)
            result.binding->evidence = BindingEvidence::NotVisible;
        return result;
    }
    auto decoded = decodeJwt(token);
    if (!decoded) {
        result.jwksProblem = decoded.error().message;
        return result;
    }
    result.jwt = *decoded;
    if (result.binding) // RFC 8705 §3.1: cnf.x5t#S256 in the token
        result.binding->tokenThumbprint = x5tS256Of(decoded->claims);
    return result;
}

void TokenInspector::inspect(TokenTestResult result, bool bindingExpected, const QUrl &jwksUri,
    const QList<QByteArray> &otherJwts, QObject *context,
    std::function<void(TokenTestResult, QByteArray)> done)
{
    result = read(std::move(result), bindingExpected);
    if (!result.ok()) {
        done(std::move(result), {});
        return;
    }
    // The JWTs that need a key: the access token (when it decoded) and the caller's others.
    const QByteArray access
        = result.jwt ? result.token.result->accessToken->toByteArray() : QByteArray();
    QList<QByteArray> signedTokens = otherJwts;
    signedTokens.removeAll(QByteArray());
    if (!access.isEmpty())
        signedTokens.prepend(access);
    if (signedTokens.isEmpty()) {
        done(std::move(result), {});
        return;
    }
    auto verify = [access](TokenTestResult r, const QByteArray &jwks) {
        if (!access.isEmpty() && !jwks.isEmpty())
            r.signature = verifyJws(access, jwks);
        return r;
    };
    const bool keysKnown = !m_jwks.isEmpty()
        && std::all_of(signedTokens.cbegin(), signedTokens.cend(), [this](const QByteArray &t) {
               return verifyJws(t, m_jwks).status != SignatureStatus::NoMatchingKey;
           });
    if (keysKnown) {
        done(verify(std::move(result), m_jwks), m_jwks);
        return;
    }
    if (jwksUri.isEmpty() || !m_transport) {
        result.jwksProblem
            = tr("The AS publishes no jwks_uri, so the signature cannot be checked.");
        done(std::move(result), {});
        return;
    }
    // Fetch (or re-fetch, after a key rotation) the AS's JWKS.
    HttpRequest req;
    req.url = jwksUri;
    req.headers = { { "Accept", "application/json" } };
    req.maxResponseBytes = kMaxJwksSize;
    auto pending = std::make_shared<TokenTestResult>(std::move(result));
    m_transport->send(req, m_caBundlePath, context, [this, pending, verify, done](HttpExchange ex) {
        pending->exchanges.append(ex);
        if (ex.transportError || ex.status != 200) {
            pending->jwksProblem = ex.transportError ? ex.transportError->message
                                                     : tr("The JWKS at %1 answered HTTP %2.")
                                                           .arg(ex.request.url.toString())
                                                           .arg(ex.status);
            done(std::move(*pending), {});
            return;
        }
        m_jwks = ex.responseBody;
        done(verify(std::move(*pending), m_jwks), m_jwks);
    });
}

} // namespace oauthdesk
