// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretBytes.h"

#include <array>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace oauthdesk {

SecretBytes SecretBytes::fromBytes(const QByteArray &bytes)
{
    SecretBytes s;
    s.m_bytes.assign(bytes.cbegin(), bytes.cend());
    return s;
}

SecretBytes SecretBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes s = fromBytes(utf8);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return s;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

QByteArray SecretBytes::toByteArray() const
{
    return QByteArray(m_bytes.data(), qsizetype(m_bytes.size()));
}

QString SecretBytes::toUtf8String() const
{
    return QString::fromUtf8(m_bytes.data(), qsizetype(m_bytes.size()));
}

SecretBytes SecretBytes::clone() const
{
    SecretBytes s;
    s.m_bytes = m_bytes;
    return s;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

Result<SecretBytes> generateClientSecret()
{
    std::array<unsigned char, 32> raw {}; // 256 bits
    if (RAND_bytes(raw.data(), int(raw.size())) != 1) {
        // OpenSSL's DRBG failing means the process cannot make secrets at all; there is no
        // weaker fallback to offer.
        OPENSSL_cleanse(raw.data(), raw.size());
        return fail(ErrorCode::Internal, QStringLiteral("No random bytes for a client secret."),
            QStringLiteral("RAND_bytes failed"));
    }
    QByteArray bytes(reinterpret_cast<const char *>(raw.data()), qsizetype(raw.size()));
    QByteArray encoded
        = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    SecretBytes secret = SecretBytes::fromBytes(encoded);
    OPENSSL_cleanse(raw.data(), raw.size());
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    OPENSSL_cleanse(encoded.data(), size_t(encoded.size()));
    return secret;
}

} // namespace oauthdesk
