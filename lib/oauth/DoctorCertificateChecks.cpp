// SPDX-License-Identifier: GPL-3.0-or-later
// The preflight doctor's key, certificate and JWKS checks (split from DoctorChecks.cpp).
#include "jose/Jwk.h"
#include "oauth/DoctorChecks.h"
#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <openssl/pem.h>

namespace oauthdesk::doctor {

namespace {

struct DoctorChecksText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::DoctorChecks)
};

using O = DoctorFinding::Outcome;

QString date(const QDateTime &d)
{
    return d.toUTC().toString(Qt::ISODate);
}

QString listed(const QStringList &l)
{
    return l.isEmpty() ? DoctorChecksText::tr("(none)") : l.join(QStringLiteral(", "));
}

} // namespace

QString roleId(KeyRole role)
{
    return role == KeyRole::Signing ? QStringLiteral("signing") : QStringLiteral("transport");
}

QList<DoctorFinding> checkCertificate(const CertificateFacts &facts, KeyRole role,
    const QDateTime &now, const QString &chainSkipReason, const QString &trustedCaSource)
{
    const QString area = doctorarea::keys;
    const QString p = QStringLiteral("keys.") + roleId(role) + QLatin1Char('.');
    const QString what = role == KeyRole::Signing ? DoctorChecksText::tr("signing")
                                                  : DoctorChecksText::tr("transport");
    QList<DoctorFinding> out;

    if (facts.keyMatchesCertificate == false)
        out.append(finding(p + QStringLiteral("key_match"), area, O::Failure,
            DoctorChecksText::tr("The %1 key in the keychain does not belong to its certificate.")
                .arg(what),
            DoctorChecksText::tr(
                "The certificate certifies another public key: TLS handshakes and signatures "
                "made with this key will be refused."),
            DoctorChecksText::tr(
                "Import the certificate issued for this key, or issue a new one from a CSR of "
                "it.")));
    else if (!facts.keyProblem.isEmpty())
        out.append(finding(p + QStringLiteral("key_match"), area, O::Failure,
            DoctorChecksText::tr("The %1 key could not be read.").arg(what), facts.keyProblem,
            DoctorChecksText::tr("Recreate the key, or restore the keychain entry.")));
    else if (facts.keyMatchesCertificate == true)
        out.append(finding(p + QStringLiteral("key_match"), area, O::Pass,
            DoctorChecksText::tr("The %1 key in the keychain matches its certificate.").arg(what)));
    else
        out.append(finding(p + QStringLiteral("key_match"), area, O::Skipped,
            DoctorChecksText::tr("Key and certificate not compared."),
            DoctorChecksText::tr("The %1 key has no certificate (private_key_jwt needs none).")
                .arg(what)));

    if (facts.keyType == QStringLiteral("RSA") && facts.keyBits < 2048)
        out.append(finding(p + QStringLiteral("strength"), area, O::Failure,
            DoctorChecksText::tr("The %1 key is RSA %2: too weak.").arg(what).arg(facts.keyBits),
            DoctorChecksText::tr(
                "RSA below 2048 bits is refused by current TLS stacks and ASs (NIST SP 800-131A)."),
            DoctorChecksText::tr(
                "Create a new RSA 2048+ or EC P-256 key and certificate, then rotate to it.")));
    else if (facts.keyType == QStringLiteral("EC") && facts.keyBits < 256)
        out.append(finding(p + QStringLiteral("strength"), area, O::Failure,
            DoctorChecksText::tr("The %1 key is EC %2: too weak.").arg(what).arg(facts.keyBits),
            QString(), DoctorChecksText::tr("Create a new EC P-256 key and rotate to it.")));
    else
        out.append(finding(p + QStringLiteral("strength"), area, O::Pass,
            DoctorChecksText::tr("The %1 key is %2 %3.")
                .arg(what, facts.keyType)
                .arg(facts.keyBits)));

    if (!facts.leaf) // the rest is about a certificate
        return out;
    const CertificateInfo &c = *facts.leaf;

    if (c.notAfter < now)
        out.append(finding(p + QStringLiteral("validity"), area, O::Failure,
            DoctorChecksText::tr("The %1 certificate has expired.").arg(what),
            DoctorChecksText::tr("%1 expired on %2.").arg(c.subject, date(c.notAfter)),
            DoctorChecksText::tr(
                "Renew it: a new CSR for the key (or a new key) and the issued certificate "
                "imported.")));
    else if (c.notBefore > now)
        out.append(finding(p + QStringLiteral("validity"), area, O::Failure,
            DoctorChecksText::tr("The %1 certificate is not valid yet.").arg(what),
            DoctorChecksText::tr("%1 is valid from %2.").arg(c.subject, date(c.notBefore)),
            DoctorChecksText::tr("Check this computer's clock, or wait until then.")));
    else if (now.daysTo(c.notAfter) < kExpiryWarningDays)
        out.append(finding(p + QStringLiteral("validity"), area, O::Warning,
            DoctorChecksText::tr(
                "The %1 certificate expires in %n day(s).", nullptr, int(now.daysTo(c.notAfter)))
                .arg(what),
            DoctorChecksText::tr("%1 is valid until %2.").arg(c.subject, date(c.notAfter)),
            DoctorChecksText::tr("Renew it before then.")));
    else
        out.append(finding(p + QStringLiteral("validity"), area, O::Pass,
            DoctorChecksText::tr("The %1 certificate is valid until %2.")
                .arg(what, date(c.notAfter)),
            c.subject));

    // RFC 5280 §4.2.1.3: TLS client authentication and JWS signatures both need digitalSignature.
    if (c.keyUsage.isEmpty() || c.keyUsage.contains(QStringLiteral("digitalSignature")))
        out.append(finding(p + QStringLiteral("key_usage"), area, O::Pass,
            c.keyUsage.isEmpty() ? DoctorChecksText::tr("No key usage restriction.")
                                 : DoctorChecksText::tr("Key usage allows digital signatures."),
            listed(c.keyUsage)));
    else
        out.append(finding(p + QStringLiteral("key_usage"), area, O::Failure,
            DoctorChecksText::tr(
                "The %1 certificate's key usage does not allow digital signatures.")
                .arg(what),
            DoctorChecksText::tr("keyUsage: %1").arg(listed(c.keyUsage)),
            DoctorChecksText::tr("Have the certificate reissued with keyUsage digitalSignature.")));

    if (role == KeyRole::Transport) {
        if (c.extendedKeyUsage.isEmpty()
            || c.extendedKeyUsage.contains(QStringLiteral("clientAuth")))
            out.append(finding(p + QStringLiteral("eku"), area, O::Pass,
                c.extendedKeyUsage.isEmpty()
                    ? DoctorChecksText::tr("No extended key usage restriction.")
                    : DoctorChecksText::tr("Extended key usage allows TLS client authentication."),
                listed(c.extendedKeyUsage)));
        else
            out.append(finding(p + QStringLiteral("eku"), area, O::Failure,
                DoctorChecksText::tr(
                    "The transport certificate is not for TLS client authentication."),
                DoctorChecksText::tr(
                    "extendedKeyUsage: %1 (clientAuth is missing): the AS's TLS stack refuses it.")
                    .arg(listed(c.extendedKeyUsage)),
                DoctorChecksText::tr(
                    "Have the certificate reissued with extendedKeyUsage clientAuth.")));
    }

    if (facts.sha1Signature)
        out.append(finding(p + QStringLiteral("signature"), area, O::Failure,
            DoctorChecksText::tr("The %1 certificate is signed with SHA-1.").arg(what),
            DoctorChecksText::tr(
                "Signature algorithm: %1. SHA-1 signatures are refused by current TLS stacks.")
                .arg(facts.signatureAlgorithm),
            DoctorChecksText::tr("Have the certificate reissued with SHA-256.")));
    else
        out.append(finding(p + QStringLiteral("signature"), area, O::Pass,
            DoctorChecksText::tr("Signed with %1.").arg(facts.signatureAlgorithm)));

    // Who the AS trusts, and where that was said (the environment, or --client-ca).
    const QString trusted
        = listed(facts.trustedCaSubjects).replace(QStringLiteral(", "), QStringLiteral("; "));
    const QString from
        = trustedCaSource.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(trustedCaSource);
    if (!facts.chainVerifies)
        out.append(finding(p + QStringLiteral("chain"), area, O::Skipped,
            DoctorChecksText::tr("Chain to the AS's trusted CA not checked."), chainSkipReason));
    else if (*facts.chainVerifies)
        out.append(finding(p + QStringLiteral("chain"), area, O::Pass,
            DoctorChecksText::tr("The certificate chains to the CA the AS trusts."),
            DoctorChecksText::tr("Issued by %1; the AS trusts %2%3.")
                .arg(c.issuer, trusted, from)));
    else
        out.append(finding(p + QStringLiteral("chain"), area, O::Failure,
            DoctorChecksText::tr("The %1 certificate does not chain to the CA the AS trusts.")
                .arg(what),
            DoctorChecksText::tr("Issued by %1, but the AS trusts %2%3: %4")
                .arg(c.issuer, trusted, from, facts.chainProblem),
            DoctorChecksText::tr(
                "Have it issued by the CA the AS trusts, and import the intermediate certificates "
                "too; or, if the AS trusts another CA, correct the CA recorded (the environment's "
                "\"Client CA the AS trusts\", or --client-ca).")));
    return out;
}

QString signingAlgorithmFor(const CertificateFacts &facts)
{
    if (facts.keyType == QStringLiteral("RSA"))
        return QStringLiteral("RS256");
    if (facts.keyType == QStringLiteral("EC"))
        return facts.keyBits >= 384 ? QStringLiteral("ES384") : QStringLiteral("ES256");
    return {};
}

Result<QJsonObject> publicJwkFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PKey key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return std::unexpected(openSslError(
            ErrorCode::InvalidInput, DoctorChecksText::tr("The public key could not be read.")));
    return publicJwk(key.get());
}

bool sameJwkKey(const QJsonObject &a, const QJsonObject &b)
{
    const QString kty = a.value(QStringLiteral("kty")).toString();
    if (kty.isEmpty() || kty != b.value(QStringLiteral("kty")).toString())
        return false;
    QStringList members;
    if (kty == QStringLiteral("RSA"))
        members = { QStringLiteral("n"), QStringLiteral("e") };
    else if (kty == QStringLiteral("EC"))
        members = { QStringLiteral("crv"), QStringLiteral("x"), QStringLiteral("y") };
    else if (kty == QStringLiteral("OKP"))
        members = { QStringLiteral("crv"), QStringLiteral("x") };
    else
        return false;
    for (const QString &member : members) {
        const QString va = a.value(member).toString();
        if (va.isEmpty() || va != b.value(member).toString())
            return false;
    }
    return true;
}

DoctorFinding checkJwks(const QJsonObject &jwks, const QString &kid, const QByteArray &publicKeyPem,
    const QString &source)
{
    const QString id = QStringLiteral("keys.jwks");
    const QString area = doctorarea::keys;
    auto mine = publicJwkFromPem(publicKeyPem);
    if (!mine)
        return finding(id, area, O::Skipped,
            DoctorChecksText::tr("The JWKS at the AS was not compared."), mine.error().message);
    QStringList kids;
    for (const QJsonValue &v : jwks.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        const QString theirKid = k.value(QStringLiteral("kid")).toString();
        kids.append(theirKid.isEmpty() ? DoctorChecksText::tr("(no kid)") : theirKid);
        if (theirKid != kid)
            continue;
        if (sameJwkKey(k, *mine))
            return finding(id, area, O::Pass,
                DoctorChecksText::tr("The AS has the signing key (kid %1) in %2.")
                    .arg(kid, source));
        return finding(id, area, O::Failure,
            DoctorChecksText::tr("The AS has a different key under the signing key's kid %1.")
                .arg(kid),
            DoctorChecksText::tr("%1 has kid %2, but its public key is not the client's signing "
                                 "key: assertions will "
                                 "fail "
                                 "their signature check.")
                .arg(source, kid),
            DoctorChecksText::tr("Publish the signing key's current public JWK (RFC 7592 update of "
                                 "jwks, or the JWKS "
                                 "file at "
                                 "the jwks_uri host)."));
    }
    return finding(id, area, O::Failure,
        DoctorChecksText::tr("The AS's JWKS has no key with the signing key's kid %1.").arg(kid),
        DoctorChecksText::tr("%1 has the kids: %2.").arg(source, listed(kids)),
        DoctorChecksText::tr("Publish the signing key's public JWK (RFC 7592 update of jwks, or "
                             "the JWKS file at the "
                             "jwks_uri "
                             "host), or select the key the AS has."));
}

} // namespace oauthdesk::doctor
