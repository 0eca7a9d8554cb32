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

struct TokenTestResult;

/// What is rotated: the private_key_jwt signing key, or the mutual TLS transport certificate.
enum class RotationKind {
    SigningKey, ///< private_key_jwt: the key in the registered jwks / jwks_uri
    SelfSignedTls, ///< self_signed_tls_client_auth: the certificate in the jwks' x5c
    /// tls_client_auth: a certificate from the CA, matched by the AS on its subject DN. With a
    /// new subject (the default: the CN gets a rotation suffix) the AS is switched to it and then
    /// refuses the old certificate; with the same subject the AS cannot tell the two apart.
    TlsClientAuth,
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
    /// Shown as ⚠: the step did what it can, and what it found is a limit the admin must act on
    /// (tls_client_auth with the same subject: the AS still accepts the old certificate).
    bool caution = false;
};

/// What advance() is told beyond "the next step".
struct RotationOptions
{
    /// Step 6 removes a key: it runs only when confirmed.
    bool removalConfirmed = false;
    /// tls_client_auth, step 1: the subject DN (RFC 4514) the new certificate is requested with.
    /// Empty: RotationState::proposedSubjectDn. The old certificate's own subject keeps the AS's
    /// registration as it is, but then the AS cannot refuse the old certificate (RFC 8705 §2.1:
    /// it matches the subject, not the key) until it expires or the CA revokes it.
    QString subjectDn;
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
    /// tls_client_auth: the subject DN the AS has registered (RFC 8705 §2.1.2), when read.
    std::optional<QString> subjectDnAtAs;
    /// tls_client_auth, before step 1: the subject proposed for the new certificate (the old one
    /// with the next rotation suffix on its CN, "CN=billing-service-r2,O=Example Org").
    QString proposedSubjectDn;
    QString asNote; ///< why the AS's view could not be read (state derived without it)
    /// The JWKS to publish at the jwks_uri host for the next step (public keys only): both keys
    /// before the switch, the new one alone for the retirement. Empty when not applicable.
    QByteArray jwksFile;
    QList<RotationCheck> checks; ///< what this session's advance() calls verified
    QList<HttpExchange> exchanges; ///< the calls the last state()/advance() made
    QStringList warnings;

    /// tls_client_auth with a new certificate whose subject differs from the old one's (before
    /// step 1: true, the proposed subject is the default).
    [[nodiscard]] bool newSubject() const;

    /// "Rotation in progress: step 3 of 6 — new key published, not yet verified".
    [[nodiscard]] QString summary() const;
    /// The title of step @p step (1…6) for this rotation's kind: "Generate the new key", …
    [[nodiscard]] QString title(int step) const;
    /// What being at @p nextStep means for this rotation: "new key published, not yet verified".
    [[nodiscard]] QString status(int nextStep) const;
    /// The title of step @p step (1…6) of a signing key's rotation.
    [[nodiscard]] static QString stepTitle(int step);
    /// The title of step @p step for @p kind (tls_client_auth: with or without a new subject).
    [[nodiscard]] static QString stepTitle(int step, RotationKind kind, bool newSubject);
    /// What being at @p nextStep means for a signing key: "new key published, not yet verified".
    [[nodiscard]] static QString stepStatus(int nextStep);
};

/// The key rotation assistant for private_key_jwt and mutual TLS clients (issue 15): a guided
/// sequence, each step verified live before the next is offered:
///  1. generate the new key (for mTLS: a self-signed certificate, or a CSR for the CA) — the
///     old key stays in use;
///  2. publish it beside the old one (RFC 7592 update of the jwks, or the JWKS file for the
///     jwks_uri host);
///  3. verify the AS accepts a token request authenticated with the new key only;
///  4. switch the client to the new key;
///  5. retire the old key at the AS, verify the new key still works and the old one is refused;
///  6. remove the old key from the keychain and its record (after the admin confirmed).
/// tls_client_auth (RFC 8705 §2.1) registers one subject DN, not a key, so the AS can never hold
/// "the old and the new" side by side unless both have the same subject:
///  - new subject (the default): 2 checks the CA's certificate offline (the AS keeps the old
///    subject); 3 registers the new subject, gets a token with the new certificate, and puts
///    the old subject back at once (the old certificate is refused for that moment only, the
///    check says how long); 4 switches the AS and the client together (the AS is put back if it
///    refuses the new certificate); 5 reads the AS's subject and proves the old certificate is
///    refused with a token request;
///  - same subject: 2 checks the AS has that subject registered, 3–4 as for keys, and 5 proves
///    with a token request that the AS still accepts the old certificate and says until when
///    it stays valid (its expiry) and that only the CA can revoke it.
/// Interrupted anywhere, the client keeps working with the key it references (tls_client_auth
/// with a new subject: except between the AS's update and the client's in steps 3 and 4, which
/// the state reports and the next step repairs); the state is derived again from what exists,
/// so a rotation resumes from any session (GUI or CLI).
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
    [[nodiscard]] Later<RotationState> advance(qint64 clientRowId, const RotationOptions &options);
    /// Stops a rotation before the switch: the new key is taken off the AS again (when it was
    /// published there) and removed from the keychain; the client stays as it was.
    [[nodiscard]] Later<RotationState> abandon(qint64 clientRowId);

private:
    struct Context;
    [[nodiscard]] Later<std::shared_ptr<Context>> load(qint64 clientRowId);
    [[nodiscard]] Later<std::shared_ptr<Context>> readAs(std::shared_ptr<Context> c);
    [[nodiscard]] Later<std::shared_ptr<Context>> perform(
        std::shared_ptr<Context> c, const RotationOptions &options);
    [[nodiscard]] Later<std::shared_ptr<Context>> generate(
        std::shared_ptr<Context> c, const QString &subjectDn);
    [[nodiscard]] Later<std::shared_ptr<Context>> publish(std::shared_ptr<Context> c, bool retire);
    /// A token request as @p c's client would make it, authenticated with @p key.
    [[nodiscard]] Later<TokenTestResult> tokenWith(
        const std::shared_ptr<Context> &c, const CertificateRecord &key);
    [[nodiscard]] Later<std::shared_ptr<Context>> verifyToken(
        std::shared_ptr<Context> c, bool withNewKey, bool expectAccepted);
    [[nodiscard]] Later<std::shared_ptr<Context>> switchClient(std::shared_ptr<Context> c);
    [[nodiscard]] Later<std::shared_ptr<Context>> removeOld(std::shared_ptr<Context> c);
    // tls_client_auth (KeyRotationTls.cpp)
    [[nodiscard]] Later<std::shared_ptr<Context>> tlsPublish(std::shared_ptr<Context> c);
    [[nodiscard]] Later<std::shared_ptr<Context>> tlsProbe(std::shared_ptr<Context> c);
    [[nodiscard]] Later<std::shared_ptr<Context>> tlsSwitch(std::shared_ptr<Context> c);
    [[nodiscard]] Later<std::shared_ptr<Context>> tlsRetire(std::shared_ptr<Context> c);
    /// RFC 7592 update of @p c's registration with @p subjectDn as tls_client_auth_subject_dn
    /// (the client's other metadata as stored); c->client takes the saved record.
    [[nodiscard]] Later<std::shared_ptr<Context>> registerSubject(
        std::shared_ptr<Context> c, const QString &subjectDn, int step);
    [[nodiscard]] Later<QByteArray> jwksFor(const std::shared_ptr<Context> &c, bool both);
    [[nodiscard]] Later<void> saveRecord(const std::shared_ptr<Context> &c);
    [[nodiscard]] RotationState stateOf(const std::shared_ptr<Context> &c);
    void derive(Context &c);
};

} // namespace oauthdesk
