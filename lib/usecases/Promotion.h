// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CertificateRecord.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/Discovery.h"
#include "registry/RegistrationService.h"
#include "secrets/SecretBytes.h"
#include "usecases/UseCase.h"

#include <optional>

namespace oauthdesk {

/// One compared setting of a client pair (issue 15 "UAT → Production").
struct FieldDifference
{
    QString
        field; ///< stable key for scripts ("scopes", "auth_method", "signing_certificate.expiry")
    QString label; ///< what the admin reads ("Scopes")
    QString a; ///< the value in the first environment, readable ("" when absent)
    QString b; ///< the value in the second
    bool differs = false;
    /// Values that always differ between environments (the client ID): shown, not counted.
    bool informational = false;
};

/// The clients of one application called the same in both environments, or one alone.
struct ClientPairDiff
{
    qint64 applicationId = 0;
    QString name;
    std::optional<OAuthClient> a;
    std::optional<OAuthClient> b;
    QList<FieldDifference> fields; ///< every compared field, equal ones too (a side-by-side table)
    [[nodiscard]] bool onlyInA() const { return a && !b; }
    [[nodiscard]] bool onlyInB() const { return b && !a; }
    [[nodiscard]] int differenceCount() const;
    [[nodiscard]] bool differs() const { return onlyInA() || onlyInB() || differenceCount() > 0; }
};

/// Two environments' clients side by side.
struct EnvironmentDiff
{
    Environment a;
    Environment b;
    qint64 applicationId = 0; ///< 0: every application
    QList<ClientPairDiff> pairs; ///< sorted by application, then name
    [[nodiscard]] bool identical() const;
    [[nodiscard]] int differingPairs() const;
};

/// The certificates the diff and the plan read, by row id.
using CertificatesById = QHash<qint64, CertificateRecord>;

/// Whether @p env looks like production: its name says so, or its issuer is not on loopback.
[[nodiscard]] bool isProductionLike(const Environment &env);

/// Pure: pairs @p a's and @p b's clients by (application, name) and compares their settings:
/// application type, grant types, PKCE, scopes, authentication method, redirect URIs, token
/// lifetimes, certificate-bound tokens, the private_key_jwt assertion audience, certificates
/// (subject, key algorithm, expiry, state; never the key) and registration state.
[[nodiscard]] EnvironmentDiff diffEnvironments(const Environment &envA, const Environment &envB,
    const QList<OAuthClient> &clients, const CertificatesById &certificates,
    qint64 applicationId = 0);

/// One line of a promotion plan.
struct PromotionItem
{
    enum class Kind {
        Copied, ///< the same setting in the target
        Fresh, ///< made new for the target (secret, keys, CSR, client ID)
        NotCopied, ///< stays behind (with why and what to do)
        Warning, ///< copied, but worth a look in the target
        Refused, ///< the target AS does not support it: promote refuses until it is changed
    };
    Kind kind = Kind::Copied;
    QString field; ///< stable key ("scopes", "auth_method", "redirect_uris", "client_id")
    QString label; ///< what the admin reads
    QString value; ///< the value concerned ("payments:write")
    QString text; ///< in plain words: what happens, or why not and what to do
};
[[nodiscard]] QString toWire(PromotionItem::Kind kind);

/// What promote() will do for one client and target environment, checked before anything is
/// made (issue 15: "what cannot be copied is listed before Submit").
struct PromotionPlan
{
    OAuthClient source;
    Environment target;
    /// The client to create in the target: the source's settings, its ids and credentials cleared.
    OAuthClient draft;
    std::optional<CertificateRecord> sourceSigning;
    std::optional<CertificateRecord> sourceTransport;
    /// The target AS offers registration (RFC 7591) in its discovery.
    bool targetCanRegister = false;
    /// The target's discovery was known when the plan was made (else support was not checked).
    bool targetMetadataKnown = false;
    QList<PromotionItem> items;
    [[nodiscard]] bool blocked() const;
    [[nodiscard]] QList<PromotionItem> itemsOf(PromotionItem::Kind kind) const;
};

/// Pure: the plan for promoting @p source (of @p sourceEnv, nullptr when it has none) into
/// @p target, against @p metadata (the target's discovery; nullptr when unknown) and the clients
/// already there (@p targetClients).
[[nodiscard]] PromotionPlan planPromotion(const OAuthClient &source, const Environment *sourceEnv,
    const Environment &target, const DiscoveryMetadata *metadata,
    const QList<OAuthClient> &targetClients, const CertificatesById &certificates);

/// How promote() goes about it.
struct PromoteOptions
{
    /// Register the new client at the target AS (only when the plan says it can).
    bool registerAtAs = true;
    /// Without registration: the client ID the target AS issued (required then).
    QString clientId;
    /// Days a fresh self-signed certificate (self_signed_tls_client_auth) is valid.
    int selfSignedDays = 365;
};

/// What promote() made.
struct PromotionResult
{
    OAuthClient client;
    std::optional<CertificateRecord> signing; ///< the fresh signing key (private_key_jwt)
    std::optional<CertificateRecord>
        transport; ///< the fresh transport key and its CSR or certificate
    SecretBytes secretToShow; ///< a fresh secret, shown once
    std::optional<RegistrationOutcome> registration;
    QStringList nextSteps; ///< what the admin still has to do (issue the CSR, configure the secret)
};

/// Issue 15 "UAT → Production": environments' clients compared, and a client promoted to
/// another environment with the same settings and fresh credentials (a new secret, new keys and
/// CSRs: never the source's key or certificate), registered there when the target AS offers it.
class Promotion final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// Clients of @p applicationId (0: every application) in @p envA and @p envB, side by side.
    [[nodiscard]] Later<EnvironmentDiff> diff(qint64 applicationId, qint64 envA, qint64 envB);
    /// The plan for promoting client row @p clientRowId to @p targetEnvironmentId, against the
    /// target's discovery (fetched when it is not cached; a failed fetch leaves support unchecked,
    /// said as a warning). Makes nothing.
    [[nodiscard]] Later<PromotionPlan> plan(qint64 clientRowId, qint64 targetEnvironmentId);
    /// Makes the client of @p plan: fresh keys (and CSR or self-signed certificate), then the
    /// registration at the target AS or the local record. Refuses a blocked plan, naming each
    /// refused item. If the registration fails, the fresh keys are removed again and the error
    /// says what exists.
    [[nodiscard]] Later<PromotionResult> promote(const PromotionPlan &plan, PromoteOptions options);
};

} // namespace oauthdesk
