// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Enums.h"
#include "pki/OpenSsl.h"
#include "secrets/SecretBytes.h"

#include <QByteArray>
#include <QFuture>
#include <atomic>
#include <memory>
#include <optional>

namespace oauthdesk {

/// A key shared between threads: what generateKeyAsync() hands back, because QFuture in
/// Qt 6.4 needs copyable results and PKey is move-only.
using SharedPKey = std::shared_ptr<EVP_PKEY>;

/// Generates a key pair of exactly @p algorithm: RSA 2048/3072/4096 with e = 65537, or EC on
/// P-256/P-384 (named curve). CPU-heavy for RSA: call it off the GUI thread.
///
/// When @p cancel is given and becomes true, generation stops at OpenSSL's next progress
/// callback and the result is an Error with ErrorCode::Cancelled.
[[nodiscard]] Result<PKey> generateKey(
    KeyAlgorithm algorithm, const std::atomic_bool *cancel = nullptr);

/// generateKey() on Qt's global thread pool (docs/architecture.md "Async work").
/// Setting @p cancel to true makes the future finish soon with ErrorCode::Cancelled.
[[nodiscard]] QFuture<Result<SharedPKey>> generateKeyAsync(
    KeyAlgorithm algorithm, std::shared_ptr<std::atomic_bool> cancel = {});

/// Which of our algorithms @p key is; std::nullopt for anything else (RSA 1024, Ed25519,
/// brainpool curves, RSA-PSS-only keys…).
[[nodiscard]] std::optional<KeyAlgorithm> keyAlgorithmOf(const EVP_PKEY *key);

/// What the admin reads for a key: "RSA 3072", "EC P-256", "ED25519".
[[nodiscard]] QString keyDescription(const EVP_PKEY *key);

/// The private key as unencrypted PKCS#8 DER (RFC 5208 PrivateKeyInfo): what the keychain holds.
[[nodiscard]] Result<SecretBytes> privateKeyToPkcs8Der(const EVP_PKEY *key);

/// The private key as PKCS#8 PEM. With a non-empty @p passphrase it is encrypted
/// ("ENCRYPTED PRIVATE KEY", RFC 5958 §3): PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC.
/// Without one it is "PRIVATE KEY" in clear: only for an export the admin asked for.
[[nodiscard]] Result<QByteArray> privateKeyToPkcs8Pem(
    const EVP_PKEY *key, const SecretBytes *passphrase = nullptr);

/// Reads a PKCS#8 private key, DER or PEM, encrypted (needs @p passphrase) or not.
/// Errors name the cause: not a key, damaged or truncated, encrypted but no passphrase,
/// wrong passphrase. Inputs over 64 KiB are refused.
[[nodiscard]] Result<PKey> privateKeyFromPkcs8(
    const SecretBytes &derOrPem, const SecretBytes *passphrase = nullptr);

/// The public key as PEM SubjectPublicKeyInfo ("PUBLIC KEY").
[[nodiscard]] QByteArray publicKeyPem(const EVP_PKEY *key);

} // namespace oauthdesk
