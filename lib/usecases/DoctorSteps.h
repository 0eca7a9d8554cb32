// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's steps that ask someone (the AS, the keychain, the store): each reads only.
#pragma once

#include "model/CertificateRecord.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/Registration.h"
#include "pki/CertificateChecks.h"
#include "usecases/Doctor.h"

#include <QJsonObject>
#include <optional>

namespace oauthdesk {

class Workspace;

namespace doctorsteps {

/// What the environment's checks found, shared by every client of the environment in one run.
struct EnvironmentProbe
{
    QList<DoctorFinding> findings;
    QJsonObject metadata; ///< the discovery document (fresh, else the cached one); empty: none
    QByteArray document;
    bool reachable = false; ///< discovery answered now
};

[[nodiscard]] Later<EnvironmentProbe> probeEnvironment(
    Workspace &ws, QObject *context, const Environment &env, bool fetch);

/// The keys and certificates of a client, read and checked.
struct KeyCheck
{
    QList<DoctorFinding> findings;
    std::optional<CertificateRecord> signingRecord;
    std::optional<CertificateFacts> signing;
    std::optional<CertificateRecord> transportRecord;
    std::optional<CertificateFacts> transport;
};

[[nodiscard]] Later<KeyCheck> checkKeys(Workspace &ws, QObject *context, const OAuthClient &client,
    const std::optional<Environment> &env, const QString &clientCaBundlePath);

/// The client as the AS has it (RFC 7592 read), when OAuthDesk registered it.
struct RegistrationView
{
    QList<DoctorFinding> findings;
    std::optional<RegisteredClient> registered;
    QString unknownBecause; ///< why registered is unset
};

[[nodiscard]] Later<RegistrationView> readRegistration(Workspace &ws, QObject *context,
    const OAuthClient &client, const std::optional<Environment> &env);

/// keys.jwks: the AS's JWKS for the client against its signing key.
[[nodiscard]] Later<QList<DoctorFinding>> checkRegisteredJwks(Workspace &ws, QObject *context,
    const OAuthClient &client, const std::optional<Environment> &env, const KeyCheck &keys,
    const RegistrationView &registration);

/// secret.present and secret.expiry.
[[nodiscard]] Later<QList<DoctorFinding>> checkSecrets(Workspace &ws, QObject *context,
    const OAuthClient &client, const RegistrationView &registration);

/// live.token and live.binding.
[[nodiscard]] Later<QList<DoctorFinding>> checkLive(Workspace &ws, QObject *context,
    const OAuthClient &client, const std::optional<Environment> &env, const EnvironmentProbe &probe,
    bool live);

} // namespace doctorsteps
} // namespace oauthdesk
