// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/KeyPair.h"

#include "pki/MemoryBio.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace oauthdesk {

namespace {

struct KeyPairText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::KeyPair)
};

// Private keys and PEM files are small; anything bigger is not one (docs/architecture.md
// "Input limits": every input from outside is size-limited).
constexpr qsizetype kMaxKeyInput = 64 * 1024;

// PBKDF2-HMAC-SHA256 iterations for an exported, encrypted key (OWASP 2023 recommendation).
constexpr int kPbkdf2Iterations = 600000;

// docs/architecture.md "OpenSSL ownership": returning 0 from the progress callback aborts
// generation, and OpenSSL fails with an empty queue: generateKey() says "cancelled" from its flag.
int keygenProgress(EVP_PKEY_CTX *ctx)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(EVP_PKEY_CTX_get_app_data(ctx));
    return cancel && cancel->load() ? 0 : 1;
}

std::unexpected<Error> cancelled()
{
    ERR_clear_error();
    return fail(ErrorCode::Cancelled, KeyPairText::tr("Key generation was cancelled."));
}

int curveNid(const EVP_PKEY *key)
{
    char name[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1)
        return NID_undef;
    const int nid = OBJ_sn2nid(name);
    return nid != NID_undef ? nid : EC_curve_nist2nid(name);
}

SecretBytes secretFrom(const unsigned char *data, qsizetype size)
{
    return SecretBytes::fromBytes(viewOf(data, size));
}

Result<PKey> keyFromInfo(const PKCS8_PRIV_KEY_INFO *info)
{
    PKey key(EVP_PKCS82PKEY_ex(info, nullptr, nullptr));
    if (!key)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            KeyPairText::tr(
                "The PKCS#8 structure holds no private key OpenSSL can use. The key type may "
                "be unsupported, or the file damaged.")));
    return key;
}

Result<PKey> keyFromEncrypted(const X509_SIG *encrypted, const SecretBytes *passphrase)
{
    if (!passphrase || passphrase->isEmpty())
        return fail(ErrorCode::InvalidInput,
            KeyPairText::tr("This private key is encrypted. Enter the passphrase it was exported "
                            "with."));
    Pkcs8InfoPtr info(
        PKCS8_decrypt_ex(encrypted, passphrase->data(), int(passphrase->size()), nullptr, nullptr));
    if (!info)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            KeyPairText::tr(
                "The passphrase does not open this private key. Check the passphrase (it is "
                "case-sensitive); if it is right, the file is damaged.")));
    return keyFromInfo(info.get());
}

Result<PKey> keyFromDer(const unsigned char *der, long size, const SecretBytes *passphrase)
{
    const unsigned char *const end = der + size;
    const unsigned char *p = der;
    if (Pkcs8InfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, size)); info && p == end)
        return keyFromInfo(info.get());
    ERR_clear_error();
    p = der;
    if (X509SigPtr encrypted(d2i_X509_SIG(nullptr, &p, size)); encrypted && p == end)
        return keyFromEncrypted(encrypted.get(), passphrase);
    return std::unexpected(openSslError(ErrorCode::InvalidInput,
        KeyPairText::tr(
            "This is not a PKCS#8 private key, or it is truncated or damaged. Expected a "
            "\"PRIVATE KEY\" or \"ENCRYPTED PRIVATE KEY\" in PEM, or its DER form.")));
}

Result<PKey> keyFromPem(const SecretBytes &pem, const SecretBytes *passphrase)
{
    BioPtr in = readBio(pem.data(), pem.size());
    char *name = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long size = 0;
    if (PEM_read_bio(in.get(), &name, &header, &data, &size) != 1)
        return std::unexpected(openSslError(ErrorCode::InvalidInput,
            KeyPairText::tr(
                "The PEM text is truncated or damaged: no complete \"-----BEGIN …-----\" to "
                "\"-----END …-----\" block was found.")));
    const QByteArray label(name);
    OPENSSL_free(name);
    OPENSSL_free(header);
    Result<PKey> result = [&]() -> Result<PKey> {
        if (label == "PRIVATE KEY" || label == "ENCRYPTED PRIVATE KEY")
            return keyFromDer(data, size, passphrase);
        if (label == "RSA PRIVATE KEY" || label == "EC PRIVATE KEY")
            return fail(ErrorCode::InvalidInput,
                KeyPairText::tr(
                    "This is a traditional (PKCS#1 or SEC 1) private key, not PKCS#8. "
                    "Convert it with: openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem"),
                QString::fromLatin1(label));
        return fail(ErrorCode::InvalidInput,
            KeyPairText::tr("The PEM block is not a private key (it is \"%1\").")
                .arg(QString::fromLatin1(label)));
    }();
    OPENSSL_clear_free(data, size_t(size));
    return result;
}

} // namespace

Result<PKey> generateKey(KeyAlgorithm algorithm, const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        return cancelled();

    const bool rsa = algorithm == KeyAlgorithm::Rsa2048 || algorithm == KeyAlgorithm::Rsa3072
        || algorithm == KeyAlgorithm::Rsa4096;
    PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "EC", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return std::unexpected(openSslError(ErrorCode::Internal,
            KeyPairText::tr("OpenSSL cannot generate %1 keys here.").arg(toWire(algorithm))));

    size_t bits = 0;
    unsigned int exponent = 65537; // RFC 8017 practice; the only exponent ASes expect
    char p256[] = "P-256";
    char p384[] = "P-384";
    OSSL_PARAM params[3]
        = { OSSL_PARAM_construct_end(), OSSL_PARAM_construct_end(), OSSL_PARAM_construct_end() };
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        bits = 2048;
        break;
    case KeyAlgorithm::Rsa3072:
        bits = 3072;
        break;
    case KeyAlgorithm::Rsa4096:
        bits = 4096;
        break;
    case KeyAlgorithm::EcP256:
        params[0] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, p256, 0);
        break;
    case KeyAlgorithm::EcP384:
        params[0] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, p384, 0);
        break;
    }
    if (rsa) {
        params[0] = OSSL_PARAM_construct_size_t(OSSL_PKEY_PARAM_RSA_BITS, &bits);
        params[1] = OSSL_PARAM_construct_uint(OSSL_PKEY_PARAM_RSA_E, &exponent);
    }
    if (EVP_PKEY_CTX_set_params(ctx.get(), params) != 1)
        return std::unexpected(openSslError(ErrorCode::Internal,
            KeyPairText::tr("OpenSSL refused the parameters for a %1 key.")
                .arg(toWire(algorithm))));

    if (cancel) {
        EVP_PKEY_CTX_set_app_data(ctx.get(), const_cast<std::atomic_bool *>(cancel));
        EVP_PKEY_CTX_set_cb(ctx.get(), keygenProgress);
    }
    EVP_PKEY *raw = nullptr;
    const int ok = EVP_PKEY_generate(ctx.get(), &raw);
    PKey key(raw);
    if (cancel && cancel->load())
        return cancelled();
    if (ok != 1 || !key)
        return std::unexpected(openSslError(ErrorCode::Internal,
            KeyPairText::tr("Generating the %1 key failed.").arg(toWire(algorithm))));
    // A peer tool made RSA keys for EC (docs/architecture.md "Lessons from peer tools").
    // Never hand back a key that is not exactly what was asked for.
    if (keyAlgorithmOf(key.get()) != algorithm)
        return fail(ErrorCode::Internal,
            KeyPairText::tr("OpenSSL made a different key than the %1 asked for.")
                .arg(toWire(algorithm)),
            keyDescription(key.get()));
    return key;
}

QFuture<Result<SharedPKey>> generateKeyAsync(
    KeyAlgorithm algorithm, std::shared_ptr<std::atomic_bool> cancel)
{
    return QtConcurrent::run([algorithm, cancel = std::move(cancel)]() -> Result<SharedPKey> {
        Result<PKey> key = generateKey(algorithm, cancel.get());
        OPENSSL_thread_stop(); // the pool thread's random generator, not left until thread exit
        if (!key)
            return std::unexpected(std::move(key.error()));
        return SharedPKey(key->release(), EVP_PKEY_free);
    });
}

std::optional<KeyAlgorithm> keyAlgorithmOf(const EVP_PKEY *key)
{
    if (!key)
        return std::nullopt;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        switch (EVP_PKEY_get_bits(key)) {
        case 2048:
            return KeyAlgorithm::Rsa2048;
        case 3072:
            return KeyAlgorithm::Rsa3072;
        case 4096:
            return KeyAlgorithm::Rsa4096;
        default:
            return std::nullopt;
        }
    case EVP_PKEY_EC:
        switch (curveNid(key)) {
        case NID_X9_62_prime256v1:
            return KeyAlgorithm::EcP256;
        case NID_secp384r1:
            return KeyAlgorithm::EcP384;
        default:
            return std::nullopt;
        }
    default:
        return std::nullopt;
    }
}

QString keyDescription(const EVP_PKEY *key)
{
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_EC: {
        const int nid = curveNid(key);
        const char *nist = EC_curve_nid2nist(nid);
        return QStringLiteral("EC ")
            + QString::fromLatin1(nist ? nist
                    : nid != NID_undef ? OBJ_nid2sn(nid)
                                       : "?");
    }
    default:
        return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    }
}

Result<SecretBytes> privateKeyToPkcs8Der(const EVP_PKEY *key)
{
    Pkcs8InfoPtr info(key ? EVP_PKEY2PKCS8(key) : nullptr);
    unsigned char *der = nullptr;
    const int size = info ? i2d_PKCS8_PRIV_KEY_INFO(info.get(), &der) : -1;
    if (size <= 0)
        return std::unexpected(openSslError(ErrorCode::Internal,
            KeyPairText::tr("The private key could not be encoded as "
                            "PKCS#8.")));
    SecretBytes result = secretFrom(der, size);
    OPENSSL_clear_free(der, size_t(size));
    return result;
}

Result<QByteArray> privateKeyToPkcs8Pem(const EVP_PKEY *key, const SecretBytes *passphrase)
{
    Pkcs8InfoPtr info(key ? EVP_PKEY2PKCS8(key) : nullptr);
    BioPtr out = writeBio();
    if (!info || !out)
        return std::unexpected(openSslError(ErrorCode::Internal,
            KeyPairText::tr("The private key could not be encoded as "
                            "PKCS#8.")));
    if (!passphrase || passphrase->isEmpty()) {
        if (PEM_write_bio_PKCS8_PRIV_KEY_INFO(out.get(), info.get()) != 1)
            return std::unexpected(openSslError(ErrorCode::Internal,
                KeyPairText::tr("The private key could not be written as "
                                "PEM.")));
        return bioContents(out.get());
    }
    // pbe_nid -1 + a cipher = PBES2 (RFC 8018 §6.2); OpenSSL 3 picks PBKDF2 with HMAC-SHA256.
    X509SigPtr encrypted(PKCS8_encrypt_ex(-1, EVP_aes_256_cbc(), passphrase->data(),
        int(passphrase->size()), nullptr, 0, kPbkdf2Iterations, info.get(), nullptr, nullptr));
    if (!encrypted || PEM_write_bio_PKCS8(out.get(), encrypted.get()) != 1)
        return std::unexpected(openSslError(
            ErrorCode::Internal, KeyPairText::tr("The private key could not be encrypted.")));
    return bioContents(out.get());
}

Result<PKey> privateKeyFromPkcs8(const SecretBytes &derOrPem, const SecretBytes *passphrase)
{
    if (derOrPem.isEmpty())
        return fail(ErrorCode::InvalidInput, KeyPairText::tr("The private key file is empty."));
    if (derOrPem.size() > kMaxKeyInput)
        return fail(ErrorCode::InvalidInput,
            KeyPairText::tr("The file is too large to be a private key (over 64 KiB)."));
    ERR_clear_error();
    const bool pem
        = QByteArray::fromRawData(derOrPem.data(), derOrPem.size()).contains("-----BEGIN");
    if (pem)
        return keyFromPem(derOrPem, passphrase);
    return keyFromDer(reinterpret_cast<const unsigned char *>(derOrPem.data()),
        long(derOrPem.size()), passphrase);
}

QByteArray publicKeyPem(const EVP_PKEY *key)
{
    BioPtr out = writeBio();
    if (!key || !out || PEM_write_bio_PUBKEY(out.get(), key) != 1) {
        ERR_clear_error();
        return {};
    }
    return bioContents(out.get());
}

} // namespace oauthdesk
