// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/IdToken.h"

#include "core/NumericDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace oauthdesk {

namespace {

struct IdTokenText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::IdToken)
};

/// A NumericDate claim (RFC 7519 §2), when it is one.
std::optional<qint64> numericDate(const QJsonObject &claims, QLatin1String name)
{
    return epochSeconds(claims.value(name));
}

QString when(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

bool IdTokenCheck::ok() const
{
    if (!decoded || signature.status != SignatureStatus::Valid || checks.isEmpty())
        return false;
    for (const Check &c : checks) {
        if (!c.passed)
            return false;
    }
    return true;
}

QString IdTokenCheck::subject() const
{
    return decoded ? decoded->claims.value(QLatin1String("sub")).toString() : QString();
}

IdTokenCheck checkIdToken(const QByteArray &idToken, const QByteArray &jwks, const QString &issuer,
    const QString &clientId, const QByteArray &expectedNonce, QDateTime now)
{
    IdTokenCheck out;
    if (!now.isValid())
        now = QDateTime::currentDateTimeUtc();
    auto decoded = decodeJwt(idToken);
    if (!decoded) {
        out.signature.message = decoded.error().message;
        out.checks.append({ QStringLiteral("format"), false,
            IdTokenText::tr("The ID token is not a signed JWT: %1").arg(decoded.error().message) });
        return out;
    }
    out.decoded = *decoded;
    const QJsonObject &c = decoded->claims;

    // Signature (OIDC Core §3.1.3.7 step 6): against the AS's published keys; "none" and HS* never
    // pass.
    if (jwks.isEmpty()) {
        out.signature.status = SignatureStatus::BadKeySet;
        out.signature.alg = decoded->alg;
        out.signature.kid = decoded->kid;
        out.signature.message = IdTokenText::tr(
            "The AS's JWKS is not available, so the signature could not be checked.");
    } else {
        out.signature = verifyJws(idToken, jwks);
    }
    out.checks.append({ QStringLiteral("signature"), out.signature.status == SignatureStatus::Valid,
        out.signature.message });

    // iss (step 2): exactly the issuer identifier.
    const QString iss = c.value(QLatin1String("iss")).toString();
    out.checks.append({ QStringLiteral("iss"), iss == issuer,
        iss == issuer ? IdTokenText::tr("Issued by %1.").arg(issuer)
                      : IdTokenText::tr("Issued by \"%1\", not by this environment's issuer %2.")
                            .arg(iss.left(200), issuer) });

    // aud (step 3): contains this client; azp (steps 4-5) when there are several audiences.
    QStringList audiences;
    const QJsonValue aud = c.value(QLatin1String("aud"));
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        for (const QJsonValue &a : aud.toArray())
            audiences.append(a.toString());
    }
    const bool audOk = audiences.contains(clientId);
    out.checks.append({ QStringLiteral("aud"), audOk,
        audOk ? IdTokenText::tr("Audience contains this client (%1).").arg(clientId)
              : IdTokenText::tr("The audience (%1) does not contain this client (%2): the token "
                                "was issued to someone else.")
                    .arg(audiences.join(QStringLiteral(", ")).left(300), clientId) });
    const bool hasAzp = c.contains(QLatin1String("azp"));
    if (audiences.size() > 1 || hasAzp) {
        const QString azp = c.value(QLatin1String("azp")).toString();
        const bool azpOk = azp == clientId;
        out.checks.append({ QStringLiteral("azp"), azpOk,
            azpOk ? IdTokenText::tr("Authorized party is this client (%1).").arg(clientId)
                : hasAzp
                ? IdTokenText::tr("The authorized party (azp) is \"%1\", not this client (%2).")
                      .arg(azp.left(200), clientId)
                : IdTokenText::tr("The token has several audiences but no authorized party (azp) "
                                  "naming this client.") });
    }

    const QString sub = c.value(QLatin1String("sub")).toString();
    out.checks.append({ QStringLiteral("sub"), !sub.isEmpty(),
        sub.isEmpty() ? IdTokenText::tr("The ID token names no user (no \"sub\").")
                      : IdTokenText::tr("Signed-in user (sub): %1.").arg(sub.left(255)) });

    // exp and iat (steps 9-10), with leeway for clock skew.
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const auto exp = numericDate(c, QLatin1String("exp"));
    if (!exp) {
        out.checks.append({ QStringLiteral("exp"), false,
            IdTokenText::tr("The ID token has no expiry time (exp).") });
    } else {
        const bool live = nowSecs < *exp + kIdTokenLeewaySeconds;
        out.checks.append({ QStringLiteral("exp"), live,
            live ? IdTokenText::tr("Valid until %1.").arg(when(*exp))
                 : IdTokenText::tr("Expired at %1 (this machine's clock says %2).")
                       .arg(when(*exp), when(nowSecs)) });
    }
    const auto iat = numericDate(c, QLatin1String("iat"));
    if (!iat) {
        out.checks.append({ QStringLiteral("iat"), false,
            IdTokenText::tr("The ID token has no issue time (iat).") });
    } else {
        const bool past = *iat <= nowSecs + kIdTokenLeewaySeconds;
        out.checks.append({ QStringLiteral("iat"), past,
            past ? IdTokenText::tr("Issued at %1.").arg(when(*iat))
                 : IdTokenText::tr(
                     "Issued in the future (%1; this machine's clock says %2): check the clocks.")
                       .arg(when(*iat), when(nowSecs)) });
    }

    // nonce (step 11): ties the token to this sign-in, so a replayed token is refused.
    if (!expectedNonce.isEmpty()) {
        const QJsonValue nonce = c.value(QLatin1String("nonce"));
        const bool nonceOk = nonce.isString() && nonce.toString().toUtf8() == expectedNonce;
        out.checks.append({ QStringLiteral("nonce"), nonceOk,
            nonceOk ? IdTokenText::tr("The nonce matches the one sent with this sign-in.")
                : nonce.isString()
                ? IdTokenText::tr("The nonce does not match the one sent with this sign-in: the "
                                  "token may be replayed from another sign-in.")
                : IdTokenText::tr(
                    "The ID token has no nonce, although one was sent with this sign-in.") });
    }
    return out;
}

} // namespace oauthdesk
