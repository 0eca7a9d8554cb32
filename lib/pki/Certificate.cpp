// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/Certificate.h"

#include "pki/KeyPair.h"
#include "pki/MemoryBio.h"
#include "pki/X509Build.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace oauthdesk {

namespace {

struct CertificateText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Certificate)
};

// Outside input is size-limited (docs/architecture.md "Input limits"). A leaf + deep chain fits.
constexpr qsizetype kMaxCertificateInput = 1024 * 1024;
constexpr qsizetype kMaxCertificates = 10;

QString nameToString(const X509_NAME *name)
{
    BioPtr out = writeBio();
    // RFC 2253 order and escaping, but UTF-8 left as is instead of \XX escapes.
    if (!out || X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    return QString::fromUtf8(bioContents(out.get()));
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    tm t {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
        QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

QString serialToHex(const ASN1_INTEGER *serial)
{
    BigNumPtr number(ASN1_INTEGER_to_BN(serial, nullptr));
    char *hex = number ? BN_bn2hex(number.get()) : nullptr;
    const QString result = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return result;
}

QStringList keyUsageNames(X509 *cert)
{
    // RFC 5280 §4.2.1.3 names, in the order of the bit string.
    static const std::pair<uint32_t, const char *> bits[] = {
        { KU_DIGITAL_SIGNATURE, "digitalSignature" },
        { KU_NON_REPUDIATION, "nonRepudiation" },
        { KU_KEY_ENCIPHERMENT, "keyEncipherment" },
        { KU_DATA_ENCIPHERMENT, "dataEncipherment" },
        { KU_KEY_AGREEMENT, "keyAgreement" },
        { KU_KEY_CERT_SIGN, "keyCertSign" },
        { KU_CRL_SIGN, "cRLSign" },
        { KU_ENCIPHER_ONLY, "encipherOnly" },
        { KU_DECIPHER_ONLY, "decipherOnly" },
    };
    QStringList names;
    if (!(X509_get_extension_flags(cert) & EXFLAG_KUSAGE))
        return names;
    const uint32_t usage = X509_get_key_usage(cert);
    for (const auto &[bit, name] : bits) {
        if (usage & bit)
            names << QString::fromLatin1(name);
    }
    return names;
}

QString objectName(const ASN1_OBJECT *object)
{
    if (const int nid = OBJ_obj2nid(object); nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2sn(nid));
    char text[128] = {};
    OBJ_obj2txt(text, sizeof text, object, 1);
    return QString::fromLatin1(text);
}

QString asciiOf(const ASN1_STRING *s)
{
    return QString::fromLatin1(
        reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

QString generalName(const GENERAL_NAME *name)
{
    int type = 0;
    const void *value = GENERAL_NAME_get0_value(name, &type);
    const auto *s = static_cast<const ASN1_STRING *>(value);
    switch (type) {
    case GEN_DNS:
        return QStringLiteral("DNS:") + asciiOf(s);
    case GEN_URI:
        return QStringLiteral("URI:") + asciiOf(s);
    case GEN_EMAIL:
        return QStringLiteral("email:") + asciiOf(s);
    case GEN_IPADD: {
        const unsigned char *bytes = ASN1_STRING_get0_data(s);
        QHostAddress address;
        if (ASN1_STRING_length(s) == 4)
            address.setAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16
                | quint32(bytes[2]) << 8 | quint32(bytes[3]));
        else if (ASN1_STRING_length(s) == 16)
            address.setAddress(bytes);
        return QStringLiteral("IP:") + address.toString();
    }
    case GEN_DIRNAME:
        return QStringLiteral("DirName:") + nameToString(static_cast<const X509_NAME *>(value));
    case GEN_RID:
        return QStringLiteral("RID:") + objectName(static_cast<const ASN1_OBJECT *>(value));
    default:
        return QStringLiteral("othername");
    }
}

} // namespace

Result<QList<QByteArray>> parseCertificates(const QByteArray &pemOrDer)
{
    if (pemOrDer.isEmpty())
        return fail(ErrorCode::InvalidInput, CertificateText::tr("The certificate file is empty."));
    if (pemOrDer.size() > kMaxCertificateInput)
        return fail(ErrorCode::InvalidInput,
            CertificateText::tr(
                "The certificate file is larger than 1 MiB; OAuthDesk does not read it. "
                "Export only the certificate and its chain."));
    ERR_clear_error();
    if (!pemOrDer.contains("-----BEGIN")) {
        Result<X509Ptr> cert = certificateFromDer(pemOrDer);
        if (!cert)
            return fail(ErrorCode::InvalidInput,
                CertificateText::tr(
                    "This is neither a PEM certificate nor a DER certificate. Expected "
                    "\"-----BEGIN CERTIFICATE-----\" text or one binary .cer/.der "
                    "certificate."),
                cert.error().detail);
        return QList<QByteArray> { pemOrDer };
    }

    QList<QByteArray> certificates;
    BioPtr in = readBio(pemOrDer.constData(), pemOrDer.size());
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long size = 0;
        if (PEM_read_bio(in.get(), &name, &header, &data, &size) != 1) {
            const unsigned long error = ERR_peek_last_error();
            if (ERR_GET_LIB(error) == ERR_LIB_PEM && ERR_GET_REASON(error) == PEM_R_NO_START_LINE) {
                ERR_clear_error(); // the normal end: no further block
                break;
            }
            return std::unexpected(openSslError(ErrorCode::InvalidInput,
                CertificateText::tr("A PEM block in the file is truncated or "
                                    "damaged (certificate %1).")
                    .arg(certificates.size() + 1)));
        }
        const QByteArray label(name);
        const QByteArray der(reinterpret_cast<const char *>(data), qsizetype(size));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_clear_free(data, size_t(size)); // the bundle may also hold a private key
        if (label != "CERTIFICATE" && label != "X509 CERTIFICATE")
            continue;
        if (Result<X509Ptr> cert = certificateFromDer(der); !cert)
            return fail(ErrorCode::InvalidInput,
                CertificateText::tr("Certificate %1 in the file is damaged.")
                    .arg(certificates.size() + 1),
                cert.error().detail);
        certificates.append(der);
        if (certificates.size() > kMaxCertificates)
            return fail(ErrorCode::InvalidInput,
                CertificateText::tr(
                    "The file holds more than %1 certificates; expected a certificate "
                    "and its chain.")
                    .arg(kMaxCertificates));
    }
    if (certificates.isEmpty())
        return fail(ErrorCode::InvalidInput,
            CertificateText::tr("The PEM file holds no \"CERTIFICATE\" block."));
    return certificates;
}

Result<CertificateInfo> certificateInfo(const QByteArray &der)
{
    Result<X509Ptr> parsed = certificateFromDer(der);
    if (!parsed)
        return std::unexpected(parsed.error());
    X509 *cert = parsed->get();

    CertificateInfo info;
    info.subject = nameToString(X509_get_subject_name(cert));
    info.issuer = nameToString(X509_get_issuer_name(cert));
    info.serialHex = serialToHex(X509_get0_serialNumber(cert));
    info.notBefore = toDateTime(X509_get0_notBefore(cert));
    info.notAfter = toDateTime(X509_get0_notAfter(cert));
    info.keyUsage = keyUsageNames(cert);
    if (ExtendedKeyUsagePtr eku(static_cast<EXTENDED_KEY_USAGE *>(
            X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr)));
        eku) {
        for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i)
            info.extendedKeyUsage << objectName(sk_ASN1_OBJECT_value(eku.get(), i));
    }
    if (GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
            X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
        names) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i)
            info.subjectAltNames << generalName(sk_GENERAL_NAME_value(names.get(), i));
    }
    const QByteArray digest = sha256Thumbprint(der);
    info.sha256ThumbprintHex = QString::fromLatin1(digest.toHex());
    info.x5tS256 = QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const EVP_PKEY *publicKey = X509_get0_pubkey(cert);
    info.keyAlgorithm = keyAlgorithmOf(publicKey);
    info.keyDescription = keyDescription(publicKey);
    info.keyBits = publicKey ? EVP_PKEY_get_bits(publicKey) : 0;
    info.selfSigned = X509_self_signed(cert, 1) == 1;
    if (BasicConstraintsPtr constraints(static_cast<BASIC_CONSTRAINTS *>(
            X509_get_ext_d2i(cert, NID_basic_constraints, nullptr, nullptr)));
        constraints)
        info.ca = constraints->ca != 0;
    ERR_clear_error(); // absent extensions and the self-signature probe leave entries behind
    return info;
}

Result<void> certificateMatchesKey(const QByteArray &der, const EVP_PKEY *key)
{
    Result<X509Ptr> cert = certificateFromDer(der);
    if (!cert)
        return std::unexpected(cert.error());
    const EVP_PKEY *publicKey = X509_get0_pubkey(cert->get());
    if (!key || !publicKey || EVP_PKEY_eq(publicKey, key) != 1) {
        ERR_clear_error();
        return fail(ErrorCode::InvalidInput,
            CertificateText::tr(
                "This certificate does not belong to this key: it certifies a different "
                "public key. Import the certificate the CA issued for this key's CSR."),
            QStringLiteral("certificate key: %1; private key: %2")
                .arg(keyDescription(publicKey), keyDescription(key)));
    }
    return {};
}

Result<PKey> certificatePublicKey(const QByteArray &der)
{
    Result<X509Ptr> cert = certificateFromDer(der);
    if (!cert)
        return std::unexpected(cert.error());
    PKey key(X509_get_pubkey(cert->get()));
    if (!key) {
        ERR_clear_error();
        return fail(ErrorCode::InvalidInput,
            CertificateText::tr("The certificate's public key cannot be read."));
    }
    return key;
}

QByteArray sha256Thumbprint(const QByteArray &der)
{
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256);
}

QByteArray derToPem(const QByteArray &der)
{
    const QByteArray base64 = der.toBase64();
    QByteArray pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n");
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += QByteArrayLiteral("-----END CERTIFICATE-----\n");
    return pem;
}

} // namespace oauthdesk
