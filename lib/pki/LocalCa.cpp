// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/LocalCa.h"

#include "pki/CertificateRequest.h"
#include "pki/KeyPair.h"
#include "pki/X509Build.h"

#include <QCoreApplication>
#include <openssl/err.h>

namespace oauthdesk {

namespace {

struct LocalCaText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::LocalCa)
};

Result<void> addLeafExtensions(
    X509 *cert, X509 *issuer, CertificatePurpose purpose, const EVP_PKEY *key)
{
    X509V3_CTX ctx {};
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    // RFC 5280 §4.2.1.9 / §4.2.1.2 / §4.2.1.1: an end-entity certificate, identified by its key.
    QList<std::pair<int, QByteArray>> extensions = {
        { NID_basic_constraints, QByteArrayLiteral("critical,CA:FALSE") },
        { NID_subject_key_identifier, QByteArrayLiteral("hash") },
    };
    if (issuer != cert)
        extensions.append({ NID_authority_key_identifier, QByteArrayLiteral("keyid:always") });
    extensions += purposeExtensions(purpose, key);
    for (const auto &[nid, value] : extensions) {
        if (auto ok = addExtension(cert, &ctx, nid, value); !ok)
            return ok;
    }
    return {};
}

Result<void> requireSupportedKey(const EVP_PKEY *key)
{
    if (!keyAlgorithmOf(key))
        return fail(ErrorCode::InvalidInput,
            LocalCaText::tr(
                "The certificate request is for a %1 key; OAuthDesk issues certificates "
                "only for RSA 2048, 3072, 4096 and EC P-256, P-384 keys.")
                .arg(keyDescription(key)));
    return {};
}

} // namespace

Result<QByteArray> createSelfSigned(
    EVP_PKEY *key, const SubjectFields &fields, CertificatePurpose purpose, int days)
{
    if (!key)
        return fail(
            ErrorCode::InvalidInput, LocalCaText::tr("No key was given for the certificate."));
    Result<X509NamePtr> name = subjectName(fields);
    if (!name)
        return std::unexpected(name.error());
    Result<GeneralNamesPtr> altNames = subjectAltNames(fields);
    if (!altNames)
        return std::unexpected(altNames.error());

    X509Ptr cert(X509_new());
    if (!cert)
        return std::unexpected(
            openSslError(ErrorCode::Internal, LocalCaText::tr("Out of memory.")));
    if (auto ok = setSerialAndValidity(cert.get(), days); !ok)
        return std::unexpected(ok.error());
    if (X509_set_subject_name(cert.get(), name->get()) != 1
        || X509_set_issuer_name(cert.get(), name->get()) != 1
        || X509_set_pubkey(cert.get(), key) != 1
        || (sk_GENERAL_NAME_num(altNames->get()) > 0
            && X509_add1_ext_i2d(
                   cert.get(), NID_subject_alt_name, altNames->get(), 0, X509V3_ADD_APPEND)
                != 1))
        return std::unexpected(openSslError(
            ErrorCode::Internal, LocalCaText::tr("The certificate could not be built.")));
    if (auto ok = addLeafExtensions(cert.get(), cert.get(), purpose, key); !ok)
        return std::unexpected(ok.error());
    return signAndEncode(cert.get(), key);
}

Result<LocalCa> createLocalCa(const QString &name, int days)
{
    SubjectFields fields;
    fields.commonName = name;
    fields.organisationalUnit = QStringLiteral("OAuthDesk development CA");
    Result<X509NamePtr> subject = subjectName(fields);
    if (!subject)
        return std::unexpected(subject.error());
    // P-256: fast to make and to verify, accepted by every TLS stack an AS runs on.
    Result<PKey> key = generateKey(KeyAlgorithm::EcP256);
    if (!key)
        return std::unexpected(key.error());

    X509Ptr cert(X509_new());
    if (!cert)
        return std::unexpected(
            openSslError(ErrorCode::Internal, LocalCaText::tr("Out of memory.")));
    if (auto ok = setSerialAndValidity(cert.get(), days); !ok)
        return std::unexpected(ok.error());
    if (X509_set_subject_name(cert.get(), subject->get()) != 1
        || X509_set_issuer_name(cert.get(), subject->get()) != 1
        || X509_set_pubkey(cert.get(), key->get()) != 1)
        return std::unexpected(openSslError(
            ErrorCode::Internal, LocalCaText::tr("The CA certificate could not be built.")));
    X509V3_CTX ctx {};
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    // RFC 5280 §4.2.1.9, §4.2.1.3: a CA that signs only end-entity certificates (pathlen 0).
    const std::pair<int, QByteArray> extensions[] = {
        { NID_basic_constraints, QByteArrayLiteral("critical,CA:TRUE,pathlen:0") },
        { NID_key_usage, QByteArrayLiteral("critical,keyCertSign,cRLSign") },
        { NID_subject_key_identifier, QByteArrayLiteral("hash") },
        { NID_authority_key_identifier, QByteArrayLiteral("keyid:always") },
    };
    for (const auto &[nid, value] : extensions) {
        if (auto ok = addExtension(cert.get(), &ctx, nid, value); !ok)
            return std::unexpected(ok.error());
    }
    Result<QByteArray> der = signAndEncode(cert.get(), key->get());
    if (!der)
        return std::unexpected(der.error());
    return LocalCa { std::move(*key), std::move(*der) };
}

Result<QByteArray> issueFromCsr(
    const LocalCa &ca, const QByteArray &csr, CertificatePurpose purpose, int days)
{
    Result<X509ReqPtr> req = verifiedCsr(csr);
    if (!req)
        return std::unexpected(req.error());
    Result<X509Ptr> caCert = certificateFromDer(ca.certificateDer);
    if (!caCert)
        return std::unexpected(caCert.error());
    if (!ca.key || X509_check_private_key(caCert->get(), ca.key.get()) != 1)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            LocalCaText::tr("The local CA's key does not match its "
                            "certificate. Create the local CA again.")));
    EVP_PKEY *subjectKey = X509_REQ_get0_pubkey(req->get());
    if (auto ok = requireSupportedKey(subjectKey); !ok)
        return std::unexpected(ok.error());

    X509Ptr cert(X509_new());
    if (!cert)
        return std::unexpected(
            openSslError(ErrorCode::Internal, LocalCaText::tr("Out of memory.")));
    if (auto ok = setSerialAndValidity(cert.get(), days); !ok)
        return std::unexpected(ok.error());
    if (ASN1_TIME_compare(X509_get0_notAfter(caCert->get()), X509_get0_notAfter(cert.get())) < 0)
        return fail(ErrorCode::InvalidInput,
            LocalCaText::tr(
                "Validity: %1 days would outlast the local CA's own certificate. Choose "
                "fewer days, or create a new local CA.")
                .arg(days),
            QStringLiteral("days"));
    if (X509_set_subject_name(cert.get(), X509_REQ_get_subject_name(req->get())) != 1
        || X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert->get())) != 1
        || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return std::unexpected(openSslError(
            ErrorCode::Internal, LocalCaText::tr("The certificate could not be built.")));

    // Only the SANs are taken from the extension request: key usage and basic constraints
    // are the CA's decision, never the requester's.
    X509ExtensionsPtr requested(X509_REQ_get_extensions(req->get()));
    ERR_clear_error(); // a CSR without an extension request is fine
    for (int i = 0; requested && i < sk_X509_EXTENSION_num(requested.get()); ++i) {
        X509_EXTENSION *extension = sk_X509_EXTENSION_value(requested.get(), i);
        if (OBJ_obj2nid(X509_EXTENSION_get_object(extension)) == NID_subject_alt_name
            && X509_add_ext(cert.get(), extension, -1) != 1)
            return std::unexpected(openSslError(ErrorCode::Internal,
                LocalCaText::tr("The subject alternative names could not be "
                                "copied from the request.")));
    }
    if (auto ok = addLeafExtensions(cert.get(), caCert->get(), purpose, subjectKey); !ok)
        return std::unexpected(ok.error());
    return signAndEncode(cert.get(), ca.key.get());
}

} // namespace oauthdesk
