// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Later.h"
#include "oauth/HttpExchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oauthdesk {

class TokenSession;

/// What a token is bound to, so that a stolen copy is useless (a sender constraint).
enum class SenderConstraint {
    None, ///< a bearer token: whoever holds it can use it
    Certificate, ///< RFC 8705 §3: cnf.x5t#S256, the client's TLS certificate
    // DPoP (RFC 9449, cnf.jkt) once OAuthDesk gets DPoP-bound tokens: its probes go in
    // BindingProbeKind below, the rest of the check stays as it is.
};

/// One negative probe: the same API call, with the same token, without what it is bound to.
enum class BindingProbeKind {
    WithoutCertificate, ///< plain TLS, no client certificate in the handshake
    OtherCertificate, ///< a throw-away self-signed certificate the token is not bound to
    // DPoP later: WithoutDpopProof, DpopProofOfAnotherKey.
};

/// The probes that test @p constraint (empty for None).
[[nodiscard]] QList<BindingProbeKind> probesFor(SenderConstraint constraint);

/// Whether the binding check can run for a session's current token, and if not, why not.
struct BindingCheckOffer
{
    SenderConstraint constraint = SenderConstraint::None;
    QString reason; ///< why it is not offered (empty when it is)
    [[nodiscard]] bool offered() const { return constraint != SenderConstraint::None; }
};

/// What one probe got back, and what that means.
struct BindingProbeOutcome
{
    enum class Answer {
        Refused, ///< 401 or 403, or the TLS handshake failed: the binding held
        Accepted, ///< 2xx: the API took the token without what it is bound to
        Inconclusive ///< another status, or no answer: neither way
    };
    BindingProbeKind kind = BindingProbeKind::WithoutCertificate;
    Answer answer = Answer::Inconclusive;
    HttpExchange exchange; ///< the probe's request (token redacted in every rendering) and answer
    QString certificateThumbprint; ///< OtherCertificate: x5t#S256 of the throw-away certificate
    /// "Without the certificate: refused, HTTP 401 Unauthorized (invalid_token)".
    [[nodiscard]] QString message() const;
};

/// The check's answer: the reference call (with the certificate), each probe, the verdict.
struct BindingReport
{
    enum class Verdict {
        Enforced, ///< every probe was refused
        AcceptedWithoutProof, ///< some probe was accepted (see problems())
        Inconclusive, ///< none accepted, but not all refused (a 404, a 500, a timeout)
        ReferenceFailed, ///< the call with the certificate itself did not succeed
    };
    SenderConstraint constraint = SenderConstraint::Certificate;
    HttpExchange reference;
    QList<BindingProbeOutcome> probes;
    Verdict verdict = Verdict::Inconclusive;

    [[nodiscard]] bool enforced() const { return verdict == Verdict::Enforced; }
    /// "✔ The API enforces the binding", "✘ The API accepted a bound token without its
    /// certificate", … one line per finding, the verdict's first.
    [[nodiscard]] QStringList verdictLines() const;
    /// The accepted probes in words ("The API accepted a bound token with another certificate").
    [[nodiscard]] QStringList problems() const;
    /// Stable words for scripts: "enforced", "not_enforced", "inconclusive", "reference_failed".
    [[nodiscard]] QString verdictName() const;
};

/// The negative sender-constraint test (issue 15): after a successful API call with a
/// certificate-bound token, the same call again with the same token over plain TLS without the
/// client certificate, and with another certificate (made here, in memory, off the calling
/// thread, and forgotten afterwards). An API that honours RFC 8705 §3 refuses both.
class BindingProbe final
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::BindingProbe)

public:
    /// Whether @p session's current token is sender-constrained: its binding as the token
    /// inspector read it (a JWT's cnf.x5t#S256, or an opaque token's introspection).
    [[nodiscard]] static BindingCheckOffer offer(const TokenSession &session);

    /// Runs the reference call and the probes of offer(session) for @p method @p path @p body
    /// (as TokenSession::callApi takes them), one after the other, and answers with the report.
    /// Not offered: ErrorCode::NotFound with offer().reason. The answer comes on @p session's
    /// thread; if @p session goes first, the Later says it stopped.
    [[nodiscard]] static Later<BindingReport> run(TokenSession &session, const QByteArray &method,
        const QString &path, const QByteArray &body);

    /// What @p exchange of a probe means (exposed for the tests).
    [[nodiscard]] static BindingProbeOutcome::Answer classify(const HttpExchange &exchange);
    /// The verdict from a reference call and the probes' answers.
    [[nodiscard]] static BindingReport::Verdict verdictOf(
        const HttpExchange &reference, const QList<BindingProbeOutcome> &probes);
};

} // namespace oauthdesk
