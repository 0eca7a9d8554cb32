// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/CertificateChecks.h"

#include "pki/KeyPair.h"
#include "pki/OpenSsl.h"
#include "pki/X509Build.h"

#include <QCoreApplication>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace oauthdesk {

namespace {

struct CertificateChecksText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::CertificateChecks)
};

bool signedWithSha1(X509 *cert)
{
    int mdNid = NID_undef, pkNid = NID_undef;
    if (!OBJ_find_sigid_algs(X509_get_signature_nid(cert), &mdNid, &pkNid))
        return false;
    return mdNid == NID_sha1;
}

void describeKey(EVP_PKEY *key, CertificateFacts &facts)
{
    facts.keyBits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA"))
        facts.keyType = QStringLiteral("RSA");
    else if (EVP_PKEY_is_a(key, "EC"))
        facts.keyType = QStringLiteral("EC");
    else
        facts.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

} // namespace

Result<CertificateFacts> inspectCertificate(const QList<QByteArray> &chainDer,
    const SecretBytes *privateKeyPkcs8, const QList<QByteArray> &trustedCaDer)
{
    CertificateFacts facts;
    PKey privateKey(nullptr);
    if (privateKeyPkcs8) {
        if (auto key = privateKeyFromPkcs8(*privateKeyPkcs8))
            privateKey = std::move(*key);
        else
            facts.keyProblem = key.error().message;
    }
    if (chainDer.isEmpty()) {
        if (!privateKey)
            return fail(ErrorCode::InvalidInput,
                CertificateChecksText::tr("Neither a certificate nor a readable key to check."),
                facts.keyProblem);
        describeKey(privateKey.get(), facts);
        facts.publicKeyPem = publicKeyPem(privateKey.get());
        return facts;
    }
    auto info = certificateInfo(chainDer.first());
    if (!info)
        return std::unexpected(info.error());
    facts.leaf = *info;
    auto leaf = certificateFromDer(chainDer.first());
    if (!leaf)
        return std::unexpected(leaf.error());
    facts.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(leaf->get())));
    facts.sha1Signature = signedWithSha1(leaf->get());
    X509StackPtr untrusted(sk_X509_new_null());
    for (qsizetype i = 1; i < chainDer.size(); ++i) {
        auto c = certificateFromDer(chainDer[i]);
        if (!c)
            return std::unexpected(c.error());
        if (signedWithSha1(c->get()) && X509_check_issued(c->get(), c->get()) != X509_V_OK)
            facts.sha1Signature = true; // a self-signed root's own signature does not matter
        sk_X509_push(untrusted.get(), c->release());
    }
    auto publicKey = certificatePublicKey(chainDer.first());
    if (!publicKey)
        return std::unexpected(publicKey.error());
    describeKey(publicKey->get(), facts);
    if (privateKey) {
        facts.keyMatchesCertificate
            = certificateMatchesKey(chainDer.first(), privateKey.get()).has_value();
        facts.publicKeyPem = publicKeyPem(privateKey.get());
    } else {
        facts.publicKeyPem = publicKeyPem(publicKey->get());
    }
    if (!trustedCaDer.isEmpty()) {
        std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(
            X509_STORE_new(), &X509_STORE_free);
        for (const QByteArray &der : trustedCaDer) {
            if (auto ca = certificateFromDer(der))
                X509_STORE_add_cert(store.get(), ca->get()); // takes its own reference
            if (auto caInfo = certificateInfo(der))
                facts.trustedCaSubjects.append(caInfo->subject);
        }
        std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(
            X509_STORE_CTX_new(), &X509_STORE_CTX_free);
        if (!store || !ctx
            || !X509_STORE_CTX_init(ctx.get(), store.get(), leaf->get(), untrusted.get()))
            return std::unexpected(openSslError(ErrorCode::Internal,
                CertificateChecksText::tr("Could not set up the chain check.")));
        const bool ok = X509_verify_cert(ctx.get()) == 1;
        facts.chainVerifies = ok;
        if (!ok)
            facts.chainProblem = QString::fromLatin1(
                X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    }
    return facts;
}

} // namespace oauthdesk
