// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/BindingProbe.h"

#include "oauth/TokenSession.h"
#include "oauth/Transport.h"
#include "pki/Certificate.h"
#include "pki/KeyPair.h"
#include "pki/LocalCa.h"
#include "pki/OffThread.h"

#include <QPointer>
#include <memory>

namespace oauthdesk {

namespace {

bool succeeded(const HttpExchange &ex)
{
    return !ex.transportError && ex.status >= 200 && ex.status < 300;
}

/// A certificate the token is not bound to: made once per process, in memory, never stored.
struct ThrowAwayCertificate
{
    QList<QByteArray> chainDer;
    std::shared_ptr<const SecretBytes> keyPkcs8Der;
    QString thumbprint; ///< x5t#S256 (base64url)
};

Result<ThrowAwayCertificate> makeThrowAwayCertificate()
{
    // EC P-256: milliseconds, and any key type would do; it only has to differ from the bound one.
    auto key = generateKey(KeyAlgorithm::EcP256);
    if (!key)
        return std::unexpected(key.error());
    SubjectFields subject;
    subject.commonName = QStringLiteral("OAuthDesk binding probe (throw-away)");
    auto der = createSelfSigned(key->get(), subject, CertificatePurpose::Transport, 1);
    if (!der)
        return std::unexpected(der.error());
    auto pkcs8 = privateKeyToPkcs8Der(key->get());
    if (!pkcs8)
        return std::unexpected(pkcs8.error());
    ThrowAwayCertificate out;
    out.chainDer = { *der };
    out.keyPkcs8Der = std::make_shared<const SecretBytes>(std::move(*pkcs8));
    out.thumbprint = QString::fromLatin1(sha256Thumbprint(*der).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return out;
}

/// The probes still to run, and what they found so far; shared by the steps of one check.
struct Check
{
    QPointer<TokenSession> session;
    HttpRequest plain; ///< the API request without a client certificate
    QString caBundlePath;
    QList<BindingProbeKind> pending;
    BindingReport report;
    Later<BindingReport>::Resolver resolve;
};

void finish(const std::shared_ptr<Check> &check)
{
    check->report.verdict = BindingProbe::verdictOf(check->report.reference, check->report.probes);
    check->resolve(check->report);
}

void record(const std::shared_ptr<Check> &check, BindingProbeKind kind, HttpExchange ex,
    const QString &thumbprint)
{
    ex.request.clientKeyPkcs8Der.reset(); // the throw-away key ends with its probe
    BindingProbeOutcome o;
    o.kind = kind;
    o.answer = BindingProbe::classify(ex);
    o.exchange = std::move(ex);
    o.certificateThumbprint = thumbprint;
    check->report.probes.append(std::move(o));
}

/// One throw-away certificate per process, made on first use and kept in memory only: the
/// transport keeps one access manager per client certificate, so a fresh one per check would
/// grow it with every check of a long session.
std::optional<ThrowAwayCertificate> &throwAwayCertificate()
{
    static std::optional<ThrowAwayCertificate> certificate;
    return certificate;
}

void next(const std::shared_ptr<Check> &check);

void sendWithOtherCertificate(
    const std::shared_ptr<Check> &check, BindingProbeKind kind, const ThrowAwayCertificate &cert)
{
    TokenSession *s = check->session;
    if (!s || !s->transport()) {
        next(check); // answers Cancelled
        return;
    }
    HttpRequest req = check->plain;
    req.clientCertificateChainDer = cert.chainDer;
    req.clientKeyPkcs8Der = cert.keyPkcs8Der;
    const QString thumbprint = cert.thumbprint;
    s->transport()->send(
        std::move(req), check->caBundlePath, s, [check, kind, thumbprint](HttpExchange ex) {
            record(check, kind, std::move(ex), thumbprint);
            next(check);
        });
}

void next(const std::shared_ptr<Check> &check)
{
    TokenSession *session = check->session;
    if (!session || !session->transport()) {
        check->resolve.fail(Error { ErrorCode::Cancelled,
            BindingProbe::tr("The token test was closed before the binding check ended."),
            QStringLiteral("BindingProbe: session gone") });
        return;
    }
    if (check->pending.isEmpty()) {
        finish(check);
        return;
    }
    const BindingProbeKind kind = check->pending.takeFirst();
    switch (kind) {
    case BindingProbeKind::WithoutCertificate:
        // RFC 8705 §3: the same token over TLS without a client certificate.
        session->transport()->send(
            check->plain, check->caBundlePath, session, [check, kind](HttpExchange ex) {
                record(check, kind, std::move(ex), {});
                next(check);
            });
        return;
    case BindingProbeKind::OtherCertificate:
        if (const auto &cached = throwAwayCertificate()) {
            sendWithOtherCertificate(check, kind, *cached);
            return;
        }
        // Key generation never on the caller's (GUI) thread.
        runOffThread<ThrowAwayCertificate>(session, session, makeThrowAwayCertificate,
            [check, kind](Result<ThrowAwayCertificate> cert) {
                if (cert)
                    throwAwayCertificate() = *cert;
                TokenSession *s = check->session;
                if (!cert || !s || !s->transport()) {
                    BindingProbeOutcome o;
                    o.kind = kind;
                    o.answer = BindingProbeOutcome::Answer::Inconclusive;
                    o.exchange.request = check->plain;
                    o.exchange.transportError = cert ? Error { ErrorCode::Cancelled,
                        BindingProbe::tr("The token test was closed."), {} }
                                                     : cert.error();
                    check->report.probes.append(std::move(o));
                    next(check);
                    return;
                }
                sendWithOtherCertificate(check, kind, *cert);
            });
        return;
    }
}

QString statusText(const HttpExchange &ex)
{
    QString s = QStringLiteral("HTTP %1").arg(ex.status);
    if (!ex.reason.isEmpty())
        s += QLatin1Char(' ') + QString::fromUtf8(ex.reason);
    const OAuthErrorAnswer e = oauthErrorAnswer(ex);
    if (!e.code.isEmpty())
        s += QStringLiteral(" (%1)").arg(e.code);
    return s;
}

} // namespace

QList<BindingProbeKind> probesFor(SenderConstraint constraint)
{
    switch (constraint) {
    case SenderConstraint::Certificate:
        return { BindingProbeKind::WithoutCertificate, BindingProbeKind::OtherCertificate };
    case SenderConstraint::None:
        break;
    }
    return {};
}

QString BindingProbeOutcome::message() const
{
    const QString what = kind == BindingProbeKind::WithoutCertificate
        ? BindingProbe::tr("Without the certificate")
        : BindingProbe::tr("With another certificate");
    switch (answer) {
    case Answer::Refused:
        if (exchange.transportError)
            return BindingProbe::tr("%1: refused at the TLS handshake (%2)")
                .arg(what, exchange.transportError->message);
        return BindingProbe::tr("%1: refused, %2").arg(what, statusText(exchange));
    case Answer::Accepted:
        return BindingProbe::tr("%1: accepted, %2").arg(what, statusText(exchange));
    case Answer::Inconclusive:
        if (exchange.transportError)
            return BindingProbe::tr("%1: no answer (%2)")
                .arg(what, exchange.transportError->message);
        return BindingProbe::tr("%1: neither accepted nor refused, %2")
            .arg(what, statusText(exchange));
    }
    return what;
}

QStringList BindingReport::problems() const
{
    QStringList out;
    for (const BindingProbeOutcome &p : probes) {
        if (p.answer != BindingProbeOutcome::Answer::Accepted)
            continue;
        out.append(p.kind == BindingProbeKind::WithoutCertificate
                ? BindingProbe::tr("✘ The API accepted a bound token without its certificate")
                : BindingProbe::tr("✘ The API accepted a bound token with another certificate"));
    }
    return out;
}

QStringList BindingReport::verdictLines() const
{
    switch (verdict) {
    case Verdict::Enforced:
        return { BindingProbe::tr("✔ The API enforces the binding") };
    case Verdict::AcceptedWithoutProof:
        return problems();
    case Verdict::Inconclusive: {
        bool handshakeOnly = !probes.isEmpty();
        for (const BindingProbeOutcome &p : probes)
            handshakeOnly = handshakeOnly && p.answer == BindingProbeOutcome::Answer::Refused
                && p.exchange.transportError;
        if (handshakeOnly)
            return { BindingProbe::tr(
                "? The API turned every probe away at the TLS handshake, so the token was never "
                "presented: it demands a client certificate it trusts, but whether it checks the "
                "token's binding (cnf.x5t#S256) was not tested.") };
        return { BindingProbe::tr(
            "? The API neither accepted nor clearly refused the token without its certificate: "
            "see each probe's answer (a 401 or 403 is a refusal).") };
    }
    case Verdict::ReferenceFailed:
        return { BindingProbe::tr(
            "? The call with the certificate did not succeed (%1), so nothing can be concluded: "
            "make that call work first (path, method, token).")
                     .arg(reference.transportError ? reference.transportError->message
                                                   : statusText(reference)) };
    }
    return {};
}

QString BindingReport::verdictName() const
{
    switch (verdict) {
    case Verdict::Enforced:
        return QStringLiteral("enforced");
    case Verdict::AcceptedWithoutProof:
        return QStringLiteral("not_enforced");
    case Verdict::Inconclusive:
        return QStringLiteral("inconclusive");
    case Verdict::ReferenceFailed:
        return QStringLiteral("reference_failed");
    }
    return {};
}

BindingCheckOffer BindingProbe::offer(const TokenSession &session)
{
    BindingCheckOffer o;
    const auto last = session.lastResult();
    if (!last || !last->ok()) {
        o.reason = tr("Get a token first: the check calls the API with it.");
        return o;
    }
    const auto &binding = last->binding;
    if (!binding || binding->tokenThumbprint.isEmpty()) {
        if (binding && binding->evidence == BindingEvidence::NotVisible)
            o.reason = tr("The access token is opaque: only the AS knows whether it is bound. "
                          "Introspect it; when the "
                          "AS reports a cnf.x5t#S256, the binding check is offered.");
        else
            o.reason = tr("The access token is not sender-constrained (no cnf.x5t#S256, RFC 8705 "
                          "§3): any holder may "
                          "use it, so there is no binding for the API to enforce. "
                          "Certificate-bound tokens come to "
                          "clients set up for them over mutual TLS.");
        return o;
    }
    if (session.credentials().transportCertificateChainDer.isEmpty()) {
        o.reason = tr("The token is bound to a certificate, but the client has no transport "
                      "certificate to call the "
                      "API with for comparison.");
        return o;
    }
    o.constraint = SenderConstraint::Certificate;
    return o;
}

Later<BindingReport> BindingProbe::run(
    TokenSession &session, const QByteArray &method, const QString &path, const QByteArray &body)
{
    const BindingCheckOffer offered = offer(session);
    if (!offered.offered())
        return Later<BindingReport>::failed(Error {
            ErrorCode::NotFound, offered.reason, QStringLiteral("binding check not offered") });
    auto request = session.apiRequest(method, path, body);
    if (!request)
        return Later<BindingReport>::failed(request.error());
    if (!session.transport())
        return Later<BindingReport>::failed(Error { ErrorCode::Internal,
            tr("There is no network connection object to send requests with."),
            QStringLiteral("no Transport") });
    auto [later, resolve] = Later<BindingReport>::make();
    auto check = std::make_shared<Check>();
    check->session = &session;
    check->plain = *request; // apiRequest() adds no client certificate: callApi() does
    check->caBundlePath = session.environment().caBundlePath;
    check->pending = probesFor(offered.constraint);
    check->report.constraint = offered.constraint;
    check->resolve = resolve;
    // The reference: the call as Call API makes it, with the certificate the token is bound to.
    session.callApi(method, path, body, &session, [check](HttpExchange ex) {
        ex.request.clientKeyPkcs8Der.reset(); // the report keeps no private key
        check->report.reference = std::move(ex);
        if (!succeeded(check->report.reference)) {
            check->pending.clear();
            finish(check);
            return;
        }
        next(check);
    });
    return later;
}

BindingProbeOutcome::Answer BindingProbe::classify(const HttpExchange &ex)
{
    if (ex.transportError) {
        // An API that asks for the certificate in the handshake ends it there: a refusal.
        return ex.transportError->code == ErrorCode::TlsFailure
            ? BindingProbeOutcome::Answer::Refused
            : BindingProbeOutcome::Answer::Inconclusive;
    }
    if (ex.status == 401 || ex.status == 403) // RFC 8705 §3 / RFC 6750 §3.1: invalid_token
        return BindingProbeOutcome::Answer::Refused;
    if (ex.status >= 200 && ex.status < 300)
        return BindingProbeOutcome::Answer::Accepted;
    return BindingProbeOutcome::Answer::Inconclusive;
}

BindingReport::Verdict BindingProbe::verdictOf(
    const HttpExchange &reference, const QList<BindingProbeOutcome> &probes)
{
    if (!succeeded(reference))
        return BindingReport::Verdict::ReferenceFailed;
    bool allRefused = !probes.isEmpty();
    bool tokenRefused = false; // a refusal of the token itself, not of the TLS connection
    for (const BindingProbeOutcome &p : probes) {
        if (p.answer == BindingProbeOutcome::Answer::Accepted)
            return BindingReport::Verdict::AcceptedWithoutProof;
        allRefused = allRefused && p.answer == BindingProbeOutcome::Answer::Refused;
        tokenRefused = tokenRefused
            || (p.answer == BindingProbeOutcome::Answer::Refused && !p.exchange.transportError);
    }
    // Refusals at the handshake only: the token never reached the API, the binding is untested.
    return allRefused && tokenRefused ? BindingReport::Verdict::Enforced
                                      : BindingReport::Verdict::Inconclusive;
}

} // namespace oauthdesk
