// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/X509Build.h"

#include <QCoreApplication>
#include <openssl/err.h>
#include <openssl/objects.h>

namespace oauthdesk {

namespace {

struct X509BuildText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::X509Build)
};

bool addEntry(X509_NAME *name, int nid, const QString &value)
{
    const QByteArray utf8 = value.trimmed().toUtf8();
    if (utf8.isEmpty())
        return true;
    return X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()), -1, 0)
        == 1;
}

bool pushName(GENERAL_NAMES *names, int type, ASN1_STRING *value)
{
    if (!value)
        return false;
    GENERAL_NAME *name = GENERAL_NAME_new();
    if (!name) {
        ASN1_STRING_free(value);
        return false;
    }
    GENERAL_NAME_set0_value(name, type, value);
    if (sk_GENERAL_NAME_push(names, name) <= 0) {
        GENERAL_NAME_free(name);
        return false;
    }
    return true;
}

ASN1_STRING *ia5(const QString &text)
{
    const QByteArray ascii = text.trimmed().toLatin1();
    ASN1_STRING *s = ASN1_IA5STRING_new();
    if (s && ASN1_STRING_set(s, ascii.constData(), int(ascii.size())) != 1) {
        ASN1_STRING_free(s);
        return nullptr;
    }
    return s;
}

} // namespace

Result<X509NamePtr> subjectName(const SubjectFields &f)
{
    if (auto ok = validateSubjectFields(f); !ok)
        return std::unexpected(ok.error());
    X509NamePtr name(X509_NAME_new());
    const bool ok = name && addEntry(name.get(), NID_countryName, f.country.toUpper())
        && addEntry(name.get(), NID_organizationName, f.organisation)
        && addEntry(name.get(), NID_organizationalUnitName, f.organisationalUnit)
        && addEntry(name.get(), NID_organizationIdentifier, f.organisationIdentifier)
        && addEntry(name.get(), NID_serialNumber, f.serialNumber)
        && addEntry(name.get(), NID_commonName, f.commonName);
    if (!ok)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            X509BuildText::tr("The subject name could not be built from these "
                              "fields; check them for unusual characters.")));
    return name;
}

Result<GeneralNamesPtr> subjectAltNames(const SubjectFields &f)
{
    if (auto ok = validateSubjectFields(f); !ok)
        return std::unexpected(ok.error());
    GeneralNamesPtr names(GENERAL_NAMES_new());
    bool ok = bool(names);
    for (const QString &dns : f.dnsNames)
        ok = ok && pushName(names.get(), GEN_DNS, ia5(dns));
    for (const QString &ip : f.ipAddresses)
        ok = ok
            && pushName(names.get(), GEN_IPADD, a2i_IPADDRESS(ip.trimmed().toLatin1().constData()));
    for (const QString &uri : f.uris)
        ok = ok && pushName(names.get(), GEN_URI, ia5(uri));
    if (!ok)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            X509BuildText::tr("The subject alternative names could not be "
                              "encoded; check the DNS names, IP addresses and "
                              "URIs.")));
    return names;
}

QList<std::pair<int, QByteArray>> purposeExtensions(CertificatePurpose purpose, const EVP_PKEY *key)
{
    switch (purpose) {
    case CertificatePurpose::Signing:
        // Client assertions (RFC 7523) and request objects: signatures only.
        return { { NID_key_usage, QByteArrayLiteral("critical,digitalSignature") } };
    case CertificatePurpose::Transport:
        // TLS client authentication (RFC 8705 §2); keyEncipherment only means something for
        // RSA key transport, so EC keys do not claim it.
        return { { NID_key_usage,
                     EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA
                         ? QByteArrayLiteral("critical,digitalSignature,keyEncipherment")
                         : QByteArrayLiteral("critical,digitalSignature") },
            { NID_ext_key_usage, QByteArrayLiteral("clientAuth") } };
    }
    return {};
}

Result<void> addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QByteArray &value)
{
    X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, ctx, nid, value.constData()));
    if (!extension || X509_add_ext(cert, extension.get(), -1) != 1)
        return std::unexpected(openSslError(ErrorCode::Internal,
            X509BuildText::tr("The certificate extension %1 could not be added.")
                .arg(QString::fromLatin1(OBJ_nid2sn(nid)))));
    return {};
}

Result<void> setSerialAndValidity(X509 *cert, int days)
{
    if (days < 1 || days > kMaxValidityDays)
        return fail(ErrorCode::InvalidInput,
            X509BuildText::tr("Validity: choose 1 to %1 days (%2 was given).")
                .arg(kMaxValidityDays)
                .arg(days),
            QStringLiteral("days"));
    BigNumPtr serial(BN_new());
    Asn1StringPtr serialInteger;
    if (serial && BN_rand(serial.get(), 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ODD) == 1)
        serialInteger.reset(BN_to_ASN1_INTEGER(serial.get(), nullptr));
    const bool ok = serialInteger && X509_set_version(cert, X509_VERSION_3) == 1
        && X509_set_serialNumber(cert, serialInteger.get()) == 1
        && X509_gmtime_adj(X509_getm_notBefore(cert), -5 * 60)
        && X509_time_adj_ex(X509_getm_notAfter(cert), days, 0, nullptr);
    if (!ok)
        return std::unexpected(openSslError(ErrorCode::Internal,
            X509BuildText::tr("The serial number or validity could not be "
                              "set.")));
    return {};
}

Result<QByteArray> signAndEncode(X509 *cert, EVP_PKEY *signer)
{
    if (X509_sign(cert, signer, EVP_sha256()) <= 0)
        return std::unexpected(openSslError(
            ErrorCode::Internal, X509BuildText::tr("Signing the certificate failed.")));
    unsigned char *der = nullptr;
    const int size = i2d_X509(cert, &der);
    if (size <= 0)
        return std::unexpected(openSslError(
            ErrorCode::Internal, X509BuildText::tr("The certificate could not be encoded.")));
    QByteArray result(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return result;
}

Result<X509Ptr> certificateFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            X509BuildText::tr("This is not a DER-encoded X.509 certificate, or "
                              "it is truncated or has trailing bytes.")));
    return cert;
}

} // namespace oauthdesk
