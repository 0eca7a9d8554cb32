// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CertificateRecord.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/HttpExchange.h"
#include "usecases/UseCase.h"

#include <QUrl>
#include <optional>

namespace oauthdesk {

/// What is rotated: the private_key_jwt signing key, or the mutual TLS transport certificate.
enum class RotationKind {
    SigningKey, ///< private_key_jwt: the key in the registered jwks / jwks_uri
    SelfSignedTls, ///< self_signed_tls_client_auth: the certificate in the jwks' x5c
    TlsClientAuth, ///< tls_client_auth: a certificate with the same subject DN from the CA
};

/// Where the AS learns the client's keys.
enum class RotationPublication {
    RegisteredJwks, ///< an RFC 7592 update of the registered jwks (registered by OAuthDesk)
    JwksFile, ///< a JWKS file the admin publishes at the client's jwks_uri host
    SubjectDn, ///< tls_client_auth: the registered subject DN (RFC 8705 §2.1.2)
};

/// One live check a step made, in plain words.
struct RotationCheck
{
    int step = 0;
    bool passed = false;
    QString text;
};

/// A key rotation as it stands: derived from what exists (the client's key reference, the
/// application's key records, the keychain, what the AS has registered) and a small record of
/// which key is the new one (beside the data file, never a secret).
struct RotationState
{
    static constexpr int kSteps = 6;

    qint64 clientRowId = 0;
    QString clientName;
    RotationKind kind = RotationKind::SigningKey;
    RotationPublication publication = RotationPublication::RegisteredJwks;
    /// The next step to perform, 1…6; 1 with inProgress false: no rotation started;
    /// kSteps + 1: finished (the old key is gone).
    int nextStep = 1;
    bool inProgress = false;
    [[nodiscard]] bool finished() const { return nextStep > kSteps; }

    std::optional<CertificateRecord> oldKey; ///< what the client authenticates with now (or did)
    std::optional<CertificateRecord> newKey;
    /// The kids the AS's registered jwks (or its jwks_uri) holds now, when it could be read.
    std::optional<QStringList> kidsAtAs;
    QUrl jwksUri; ///< the client's jwks_uri at the AS, when known
    QString asNote; ///< why the AS's view could not be read (state derived without it)
    /// The JWKS to publish at the jwks_uri host for the next step (public keys only): both keys
    /// before the switch, the new one alone for the retirement. Empty when not applicable.
    QByteArray jwksFile;
    QList<RotationCheck> checks; ///< what this session's advance() calls verified
    QList<HttpExchange> exchanges; ///< the calls the last state()/advance() made
    QStringList warnings;

    /// "Rotation in progress: step 3 of 6 — new key published, not yet verified".
    [[nodiscard]] QString summary() const;
    /// The title of step @p step (1…6): "Generate the new key", …
    [[nodiscard]] static QString stepTitle(int step);
    /// What being at @p nextStep means: "new key published, not yet verified".
    [[nodiscard]] static QString stepStatus(int nextStep);
};

/// The key rotation assistant for private_key_jwt and mutual TLS clients (issue 15): a guided
/// sequence, each step verified live before the next is offered:
///  1. generate the new key (for mTLS: a self-signed certificate, or a CSR with the same subject
///     for the CA) — the old key stays in use;
///  2. publish it beside the old one (RFC 7592 update of the jwks, or the JWKS file for the
///     jwks_uri host; tls_client_auth: the subject DN);
///  3. verify the AS accepts a token request authenticated with the new key only;
///  4. switch the client to the new key;
///  5. retire the old key at the AS, verify the new key still works and the old one is refused;
///  6. remove the old key from the keychain and its record (after the admin confirmed).
/// Interrupted anywhere, the client keeps working with the key it references; the state is
/// derived again from what exists, so a rotation resumes from any session (GUI or CLI).
class KeyRotation final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// Where a rotation in progress is remembered for @p dataFile: "<dataFile>.rotations.json"
    /// (client uuid → new and old key uuids, and what the AS cannot tell: verified, published).
    [[nodiscard]] static QString recordPath(const QString &dataFile);

    [[nodiscard]] Later<RotationState> state(qint64 clientRowId);
    /// Performs and verifies the next step; answers the state after it (its checks say what was
    /// verified). Step 6 removes a key: it runs only with @p removalConfirmed.
    [[nodiscard]] Later<RotationState> advance(qint64 clientRowId, bool removalConfirmed = false);
    /// Stops a rotation before the switch: the new key is taken off the AS again (when it was
    /// published there) and removed from the keychain; the client stays as it was.
    [[nodiscard]] Later<RotationState> abandon(qint64 clientRowId);

private:
    struct Context;
    [[nodiscard]] Later<std::shared_ptr<Context>> load(qint64 clientRowId);
    [[nodiscard]] Later<std::shared_ptr<Context>> readAs(std::shared_ptr<Context> c);
    [[nodiscard]] Later<std::shared_ptr<Context>> perform(
        std::shared_ptr<Context> c, bool removalConfirmed);
    [[nodiscard]] Later<std::shared_ptr<Context>> generate(std::shared_ptr<Context> c);
    [[nodiscard]] Later<std::shared_ptr<Context>> publish(std::shared_ptr<Context> c, bool retire);
    [[nodiscard]] Later<std::shared_ptr<Context>> verifyToken(
        std::shared_ptr<Context> c, bool withNewKey, bool expectAccepted);
    [[nodiscard]] Later<std::shared_ptr<Context>> switchClient(std::shared_ptr<Context> c);
    [[nodiscard]] Later<std::shared_ptr<Context>> removeOld(std::shared_ptr<Context> c);
    [[nodiscard]] Later<QByteArray> jwksFor(const std::shared_ptr<Context> &c, bool both);
    [[nodiscard]] Later<void> saveRecord(const std::shared_ptr<Context> &c);
    [[nodiscard]] RotationState stateOf(const std::shared_ptr<Context> &c);
    void derive(Context &c);
};

} // namespace oauthdesk
