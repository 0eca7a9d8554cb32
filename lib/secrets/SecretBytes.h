// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace oauthdesk {

/// Secret material (client secrets, tokens, private keys) held in memory only.
///
/// Move-only; the bytes are wiped with OPENSSL_cleanse when the value dies or is moved from.
/// It owns a plain buffer, never a QByteArray: wiping an implicitly shared array could land on
/// a detached copy (docs/architecture.md "Secrets"). There is deliberately no QDebug operator and
/// no implicit conversion; toByteArray() is for the edge (QtKeychain, the wire) only.
class SecretBytes final
{
public:
    SecretBytes() = default;
    /// Copies @p bytes; the caller wipes its own copy if it must.
    static SecretBytes fromBytes(const QByteArray &bytes);
    static SecretBytes fromUtf8(const QString &text);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    [[nodiscard]] bool isEmpty() const { return m_bytes.empty(); }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_bytes.size()); }
    [[nodiscard]] const char *data() const { return m_bytes.data(); }
    /// A copy for the edge (QtKeychain, an HTTP body). Keep its lifetime short.
    [[nodiscard]] QByteArray toByteArray() const;
    [[nodiscard]] QString toUtf8String() const;
    /// An independent copy (explicit, so copies are visible in review).
    [[nodiscard]] SecretBytes clone() const;
    /// Constant-time comparison (CRYPTO_memcmp).
    [[nodiscard]] bool equals(const SecretBytes &other) const;
    void wipe();

private:
    std::vector<char> m_bytes;
};

/// A new client secret for an admin to configure into their AS: 256 bits from OpenSSL's CSPRNG,
/// base64url without padding (43 characters, RFC 4648 §5), so it is safe in URLs, forms and
/// HTTP Basic (RFC 6749 §2.3.1).
[[nodiscard]] Result<SecretBytes> generateClientSecret();

} // namespace oauthdesk
