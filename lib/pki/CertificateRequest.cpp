// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/CertificateRequest.h"

#include "pki/MemoryBio.h"
#include "pki/X509Build.h"

#include <QCoreApplication>
#include <QStringList>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace oauthdesk {

namespace {

struct CertificateRequestText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::CertificateRequest)
};

constexpr qsizetype kMaxCsrInput = 64 * 1024;

QString shellQuote(const QString &text)
{
    static const QString safe
        = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=,@+");
    bool plain = !text.isEmpty();
    for (const QChar c : text)
        plain = plain && safe.contains(c);
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// `openssl req -subj` syntax: /type=value, with '/' and '\' in values escaped by a backslash.
QString subjArgument(const SubjectFields &f)
{
    const std::pair<const char *, QString> parts[] = {
        { "C", f.country.trimmed().toUpper() },
        { "O", f.organisation.trimmed() },
        { "OU", f.organisationalUnit.trimmed() },
        { "organizationIdentifier", f.organisationIdentifier.trimmed() },
        { "serialNumber", f.serialNumber.trimmed() },
        { "CN", f.commonName.trimmed() },
    };
    QString subj;
    for (const auto &[type, value] : parts) {
        if (value.isEmpty())
            continue;
        QString escaped = value;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'/', QStringLiteral("\\/"));
        subj += u'/' + QString::fromLatin1(type) + u'=' + escaped;
    }
    return subj;
}

QString sanArgument(const SubjectFields &f)
{
    QStringList names;
    for (const QString &dns : f.dnsNames)
        names << QStringLiteral("DNS:") + dns.trimmed();
    for (const QString &ip : f.ipAddresses)
        names << QStringLiteral("IP:") + ip.trimmed();
    for (const QString &uri : f.uris)
        names << QStringLiteral("URI:") + uri.trimmed();
    return names.join(u',');
}

} // namespace

Result<QByteArray> createCsrPem(
    EVP_PKEY *key, const SubjectFields &fields, CertificatePurpose purpose)
{
    if (!key)
        return fail(ErrorCode::InvalidInput,
            CertificateRequestText::tr("No key was given for the certificate request."));
    Result<X509NamePtr> name = subjectName(fields);
    if (!name)
        return std::unexpected(name.error());
    Result<GeneralNamesPtr> altNames = subjectAltNames(fields);
    if (!altNames)
        return std::unexpected(altNames.error());

    X509ReqPtr req(X509_REQ_new());
    if (!req || X509_REQ_set_version(req.get(), X509_REQ_VERSION_1) != 1
        || X509_REQ_set_subject_name(req.get(), name->get()) != 1
        || X509_REQ_set_pubkey(req.get(), key) != 1)
        return std::unexpected(openSslError(ErrorCode::Internal,
            CertificateRequestText::tr("The certificate request could not be built.")));

    // PKCS#9 extensionRequest (RFC 2986 §4.1): what we ask the CA to put in the certificate.
    STACK_OF(X509_EXTENSION) *raw = nullptr;
    X509ExtensionsPtr extensions;
    bool ok = true;
    if (sk_GENERAL_NAME_num(altNames->get()) > 0)
        ok = X509V3_add1_i2d(&raw, NID_subject_alt_name, altNames->get(), 0, X509V3_ADD_APPEND)
            == 1;
    extensions.reset(raw);
    X509V3_CTX ctx {};
    X509V3_set_ctx(&ctx, nullptr, nullptr, req.get(), nullptr, 0);
    for (const auto &[nid, value] : purposeExtensions(purpose, key)) {
        if (!ok)
            break;
        X509_EXTENSION *extension = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value.constData());
        if (!extensions)
            extensions.reset(sk_X509_EXTENSION_new_null());
        ok = extension && extensions && sk_X509_EXTENSION_push(extensions.get(), extension) > 0;
        if (!ok)
            X509_EXTENSION_free(extension);
    }
    if (!ok || (extensions && X509_REQ_add_extensions(req.get(), extensions.get()) != 1))
        return std::unexpected(openSslError(ErrorCode::Internal,
            CertificateRequestText::tr("The certificate request's extensions could not "
                                       "be added.")));

    if (X509_REQ_sign(req.get(), key, EVP_sha256()) <= 0)
        return std::unexpected(openSslError(ErrorCode::Internal,
            CertificateRequestText::tr("Signing the certificate request failed.")));
    BioPtr out = writeBio();
    if (!out || PEM_write_bio_X509_REQ(out.get(), req.get()) != 1)
        return std::unexpected(openSslError(ErrorCode::Internal,
            CertificateRequestText::tr("The certificate request could not be written.")));
    return bioContents(out.get());
}

QString opensslReqCommand(const SubjectFields &fields, KeyAlgorithm algorithm,
    CertificatePurpose purpose, const QString &keyFile)
{
    QStringList args = { QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-new"),
        QStringLiteral("-newkey") };
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        args << QStringLiteral("rsa:2048");
        break;
    case KeyAlgorithm::Rsa3072:
        args << QStringLiteral("rsa:3072");
        break;
    case KeyAlgorithm::Rsa4096:
        args << QStringLiteral("rsa:4096");
        break;
    case KeyAlgorithm::EcP256:
        args << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
             << QStringLiteral("ec_paramgen_curve:P-256");
        break;
    case KeyAlgorithm::EcP384:
        args << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
             << QStringLiteral("ec_paramgen_curve:P-384");
        break;
    }
    // -nodes: accepted by OpenSSL 1.1 and 3 alike (3's -noenc is its new name).
    args << QStringLiteral("-nodes") << QStringLiteral("-keyout")
         << shellQuote(keyFile.isEmpty() ? QStringLiteral("key.pem") : keyFile)
         << QStringLiteral("-sha256") << QStringLiteral("-utf8") << QStringLiteral("-subj")
         << shellQuote(subjArgument(fields));
    if (const QString san = sanArgument(fields); !san.isEmpty())
        args << QStringLiteral("-addext") << shellQuote(QStringLiteral("subjectAltName=") + san);
    switch (purpose) {
    case CertificatePurpose::Signing:
        args << QStringLiteral("-addext")
             << shellQuote(QStringLiteral("keyUsage=critical,digitalSignature"));
        break;
    case CertificatePurpose::Transport: {
        const bool rsa = algorithm == KeyAlgorithm::Rsa2048 || algorithm == KeyAlgorithm::Rsa3072
            || algorithm == KeyAlgorithm::Rsa4096;
        args << QStringLiteral("-addext")
             << shellQuote(rsa
                        ? QStringLiteral("keyUsage=critical,digitalSignature,keyEncipherment")
                        : QStringLiteral("keyUsage=critical,digitalSignature"))
             << QStringLiteral("-addext") << QStringLiteral("extendedKeyUsage=clientAuth");
        break;
    }
    }
    args << QStringLiteral("-out") << QStringLiteral("request.csr");
    return args.join(u' ');
}

Result<X509ReqPtr> verifiedCsr(const QByteArray &pemOrDer)
{
    if (pemOrDer.size() > kMaxCsrInput)
        return fail(ErrorCode::InvalidInput,
            CertificateRequestText::tr(
                "The file is too large to be a certificate request (over 64 KiB)."));
    ERR_clear_error();
    X509ReqPtr req;
    if (pemOrDer.contains("-----BEGIN")) {
        BioPtr in = readBio(pemOrDer.constData(), pemOrDer.size());
        req.reset(PEM_read_bio_X509_REQ(in.get(), nullptr, nullptr, nullptr));
    } else {
        const auto *p = reinterpret_cast<const unsigned char *>(pemOrDer.constData());
        req.reset(d2i_X509_REQ(nullptr, &p, long(pemOrDer.size())));
    }
    if (!req)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            CertificateRequestText::tr("This is not a certificate request (PKCS#10 "
                                       "\"CERTIFICATE REQUEST\"), or it is damaged.")));
    EVP_PKEY *publicKey = X509_REQ_get0_pubkey(req.get());
    if (!publicKey || X509_REQ_verify(req.get(), publicKey) != 1)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            CertificateRequestText::tr("The certificate request's signature does not "
                                       "verify: it was changed after signing, or not "
                                       "signed with its own key. Create the CSR again.")));
    return req;
}

} // namespace oauthdesk
