// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/JwsVerifier.h"
#include "jose/Jwt.h"
#include "oauth/TokenClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

namespace oauthdesk {

class Transport;

/// Where a token's cnf.x5t#S256 was read: from the token itself (a JWT), nowhere yet (an opaque
/// token: only the AS knows), or from the AS's introspection of it (RFC 7662, RFC 8705 §3.2).
enum class BindingEvidence { Token, NotVisible, Introspection };

/// RFC 8705 §3: is the token bound to the certificate that was presented?
struct CertificateBinding
{
    enum class Verdict {
        Bound, ///< cnf.x5t#S256 matches the certificate presented
        NotBound, ///< no cnf, and none expected: fine
        Missing, ///< no cnf, but the client is set up for bound tokens
        OtherCertificate, ///< bound, to another certificate
        NothingPresented, ///< bound, but no certificate was presented
        Unknown, ///< opaque and not introspected yet
    };
    QString presentedThumbprint; ///< x5t#S256 of the transport certificate sent (empty: none sent)
    QString tokenThumbprint; ///< cnf.x5t#S256 of the token (empty: not bound, or not visible)
    bool expected = false; ///< the client is set up for certificate-bound tokens
    BindingEvidence evidence = BindingEvidence::Token;
    [[nodiscard]] bool bound() const
    {
        return !tokenThumbprint.isEmpty() && tokenThumbprint == presentedThumbprint;
    }
    [[nodiscard]] Verdict verdict() const;
    /// Bound, or unbound as expected: nothing for the admin to fix.
    [[nodiscard]] bool good() const
    {
        return verdict() == Verdict::Bound || verdict() == Verdict::NotBound;
    }
    [[nodiscard]] QString message() const;
    /// Settles an opaque token's binding from the AS's introspection answer (its cnf member);
    /// an inactive answer settles nothing.
    void settleFromIntrospection(const QJsonObject &introspection);
};

/// One token attempt ("Get test token", a sign-in's code exchange or its refresh) and
/// everything the result pane shows about its access token.
struct TokenTestResult
{
    TokenOutcome token;
    QList<HttpExchange> exchanges; ///< discovery (if fetched), token, JWKS (if fetched)
    std::optional<DecodedJwt> jwt; ///< when the access token is a JWT
    std::optional<SignatureCheck> signature;
    std::optional<DecodedJwt> clientAssertion; ///< the private_key_jwt assertion sent, decoded
    std::optional<CertificateBinding> binding; ///< when a certificate was presented or expected
    QString jwksProblem; ///< why the signature could not be checked, if so
    int renewal = 0; ///< 0 for the first token, then 1, 2, … when kept fresh
    [[nodiscard]] bool ok() const { return token.result.has_value(); }
};

/// The one token inspector, for "Get test token" and "Test sign-in" alike: what a token
/// endpoint's answer says about its access token. It decodes the access token (a JWT; an
/// opaque token is shown as such, not as an error), reads its certificate binding against the
/// transport certificate presented (RFC 8705 §3; an opaque token's is unknown until
/// introspected), decodes the private_key_jwt assertion sent (RFC 7523), and checks the
/// signature against the AS's JWKS by kid. The JWKS is fetched once and kept, and fetched again
/// when a token names a kid it lacks (a key rotation).
class TokenInspector final
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::TokenInspector)

public:
    /// Fetches JWKS documents through @p transport, trusting @p caBundlePath as well.
    TokenInspector(Transport *transport, QString caBundlePath);

    /// What @p result says without asking anyone: the client assertion sent, the access token
    /// decoded (or left opaque) and its binding; @p bindingExpected: the client is set up for
    /// certificate-bound tokens. No signature is checked.
    [[nodiscard]] static TokenTestResult read(TokenTestResult result, bool bindingExpected);

    /// Reads @p result, then checks the access token's signature against the JWKS at @p jwksUri.
    /// @p otherJwts (a sign-in's ID token) are checked by the caller against the same keys:
    /// @p done gets the JWKS that has theirs, or an empty one (result.jwksProblem says why).
    /// Answers at once when nothing needs a key, else once the JWKS arrived, unless @p context
    /// is gone by then (the inspector keeps the JWKS it fetched: it must live as long as
    /// @p context, its owner).
    void inspect(TokenTestResult result, bool bindingExpected, const QUrl &jwksUri,
        const QList<QByteArray> &otherJwts, QObject *context,
        std::function<void(TokenTestResult result, QByteArray jwks)> done);

    /// The JWKS fetched last (empty before the first fetch).
    [[nodiscard]] const QByteArray &jwks() const { return m_jwks; }

private:
    QPointer<Transport> m_transport;
    QString m_caBundlePath;
    QByteArray m_jwks;
};

} // namespace oauthdesk
Q_DECLARE_METATYPE(oauthdesk::TokenTestResult)
