// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/Pkcs12Export.h"

#include "pki/Certificate.h"
#include "pki/X509Build.h"

#include <QCoreApplication>
#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <vector>

namespace oauthdesk {

namespace {

struct Pkcs12ExportText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Pkcs12Export)
};

constexpr qsizetype kMaxPkcs12Input = 1024 * 1024;

/// OpenSSL's PKCS#12 API wants a NUL-terminated passphrase; this copy is wiped when it dies.
class CPassphrase final
{
public:
    explicit CPassphrase(const SecretBytes &secret)
        : m_text(secret.data(), secret.data() + secret.size())
    {
        m_text.push_back('\0');
    }
    ~CPassphrase() { OPENSSL_cleanse(m_text.data(), m_text.size()); }
    CPassphrase(const CPassphrase &) = delete;
    CPassphrase &operator=(const CPassphrase &) = delete;

    [[nodiscard]] const char *c_str() const { return m_text.data(); }
    [[nodiscard]] int length() const { return int(m_text.size() - 1); }

private:
    std::vector<char> m_text;
};

QByteArray toDer(X509 *cert)
{
    unsigned char *der = nullptr;
    const int size = i2d_X509(cert, &der);
    QByteArray result
        = size > 0 ? QByteArray(reinterpret_cast<const char *>(der), size) : QByteArray();
    OPENSSL_free(der);
    return result;
}

Result<void> checkPassphrase(const SecretBytes &passphrase)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr(
                "Passphrase: required. A PKCS#12 file holds the private key; protect it "
                "with a passphrase."),
            QStringLiteral("passphrase"));
    if (QByteArray::fromRawData(passphrase.data(), passphrase.size()).contains('\0'))
        return fail(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr("Passphrase: must not contain NUL characters."),
            QStringLiteral("passphrase"));
    return {};
}

} // namespace

Result<QByteArray> exportPkcs12(EVP_PKEY *key, const QByteArray &certDer,
    const QList<QByteArray> &chainDer, const SecretBytes &passphrase, Pkcs12Profile profile,
    const QString &friendlyName)
{
    if (auto ok = checkPassphrase(passphrase); !ok)
        return std::unexpected(ok.error());
    Result<X509Ptr> cert = certificateFromDer(certDer);
    if (!cert)
        return std::unexpected(cert.error());
    if (auto ok = certificateMatchesKey(certDer, key); !ok)
        return std::unexpected(ok.error());
    X509StackPtr chain(sk_X509_new_null());
    if (!chain)
        return std::unexpected(
            openSslError(ErrorCode::Internal, Pkcs12ExportText::tr("Out of memory.")));
    for (const QByteArray &der : chainDer) {
        Result<X509Ptr> chainCert = certificateFromDer(der);
        if (!chainCert)
            return fail(ErrorCode::InvalidInput,
                Pkcs12ExportText::tr("A certificate of the chain is damaged."),
                chainCert.error().detail);
        if (sk_X509_push(chain.get(), chainCert->get()) <= 0)
            return std::unexpected(
                openSslError(ErrorCode::Internal, Pkcs12ExportText::tr("Out of memory.")));
        (void)chainCert->release(); // now owned by the stack
    }

    // A cipher NID (AES) makes OpenSSL use PBES2 with PBKDF2-HMAC-SHA256 (RFC 8018); a PBE NID
    // uses PKCS#12's own key derivation (RFC 7292 Appendix B, C).
    const bool modern = profile == Pkcs12Profile::Modern;
    const int pbeNid = modern ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    const int iterations = modern ? 10000 : PKCS12_DEFAULT_ITER;
    const EVP_MD *macDigest = modern ? EVP_sha256() : EVP_sha1();
    const CPassphrase pass(passphrase);
    const QByteArray name = friendlyName.toUtf8();
    // mac_iter -1: no MAC yet; PKCS12_create would pick SHA-1. PKCS12_set_mac sets ours.
    Pkcs12Ptr p12(PKCS12_create_ex(pass.c_str(), name.isEmpty() ? nullptr : name.constData(), key,
        cert->get(), chain.get(), pbeNid, pbeNid, iterations, -1, 0, nullptr, nullptr));
    if (!p12
        || PKCS12_set_mac(p12.get(), pass.c_str(), pass.length(), nullptr, 0, iterations, macDigest)
            != 1)
        return std::unexpected(openSslError(
            ErrorCode::Internal, Pkcs12ExportText::tr("The PKCS#12 file could not be created.")));
    unsigned char *der = nullptr;
    const int size = i2d_PKCS12(p12.get(), &der);
    if (size <= 0)
        return std::unexpected(openSslError(
            ErrorCode::Internal, Pkcs12ExportText::tr("The PKCS#12 file could not be encoded.")));
    QByteArray result(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);

    // docs/architecture.md "Lessons from peer tools": re-open the file before anyone saves it.
    if (auto ok = verifyPkcs12(result, passphrase, key, certDer, chainDer); !ok)
        return fail(ErrorCode::Internal,
            Pkcs12ExportText::tr(
                "The PKCS#12 file did not re-open as written, so it was not saved: %1")
                .arg(ok.error().message),
            ok.error().detail);
    return result;
}

Result<void> verifyPkcs12(const QByteArray &p12Der, const SecretBytes &passphrase,
    const EVP_PKEY *expectedKey, const QByteArray &expectedCertDer,
    const std::optional<QList<QByteArray>> &expectedChainDer)
{
    if (p12Der.size() > kMaxPkcs12Input)
        return fail(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr(
                "The file is larger than 1 MiB; OAuthDesk does not read it as PKCS#12."));
    if (auto ok = checkPassphrase(passphrase); !ok)
        return ok;
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(p12Der.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(p12Der.size())));
    if (!p12 || p != reinterpret_cast<const unsigned char *>(p12Der.constData()) + p12Der.size())
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr("This is not a PKCS#12 (.p12/.pfx) file, or it is "
                                 "truncated.")));
    const CPassphrase pass(passphrase);
    if (PKCS12_mac_present(p12.get())
        && PKCS12_verify_mac(p12.get(), pass.c_str(), pass.length()) != 1)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr("The passphrase does not open this PKCS#12 file. "
                                 "Check the passphrase (it is case-sensitive).")));
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    const int parsed = PKCS12_parse(p12.get(), pass.c_str(), &rawKey, &rawCert, &rawChain);
    PKey key(rawKey);
    X509Ptr cert(rawCert);
    X509StackPtr chain(rawChain);
    if (parsed != 1)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr("The PKCS#12 file could not be opened: it is "
                                 "damaged or uses encryption this OpenSSL does not "
                                 "offer (RC2/RC4 need OpenSSL's legacy provider).")));
    if (!key)
        return fail(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr("The PKCS#12 file holds no private key."));
    if (!expectedKey || EVP_PKEY_eq(key.get(), expectedKey) != 1) {
        ERR_clear_error();
        return fail(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr("The PKCS#12 file holds a different private key than expected."));
    }
    if (!cert || toDer(cert.get()) != expectedCertDer)
        return fail(ErrorCode::InvalidInput,
            Pkcs12ExportText::tr("The PKCS#12 file holds a different certificate than expected."));
    if (expectedChainDer) {
        QList<QByteArray> found;
        for (int i = 0; chain && i < sk_X509_num(chain.get()); ++i)
            found << toDer(sk_X509_value(chain.get(), i));
        QList<QByteArray> expected = *expectedChainDer;
        std::sort(found.begin(), found.end());
        std::sort(expected.begin(), expected.end());
        if (found != expected)
            return fail(ErrorCode::InvalidInput,
                Pkcs12ExportText::tr("The PKCS#12 file holds a different chain than expected (%1 "
                                     "certificates instead of %2, or others).")
                    .arg(found.size())
                    .arg(expected.size()));
    }
    return {};
}

} // namespace oauthdesk
