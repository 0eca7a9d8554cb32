// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/DoctorFinding.h"
#include "usecases/UseCase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace oauthdesk {

/// The doctor's findings for one client, in the order they were checked.
struct DoctorReport
{
    qint64 clientId = 0; ///< the client's row id
    QString clientName;
    QString environmentName;
    QDateTime checkedAt;
    QList<DoctorFinding> findings;

    /// True when any finding is a failure.
    [[nodiscard]] bool failed() const;
    [[nodiscard]] int count(DoctorFinding::Outcome outcome) const;
    [[nodiscard]] QJsonObject toJson() const;
    /// Grouped by area, one mark per line (✔ ! ✘ –) and the fix under each non-pass line.
    [[nodiscard]] QString toText() const;

    /// The area names in the order reports show them.
    [[nodiscard]] static QStringList areas();
    /// "pass", "warning", "failure", "skipped" (the JSON's words).
    [[nodiscard]] static QString outcomeName(DoctorFinding::Outcome outcome);
};

/// The preflight doctor: checks a client's whole chain (environment, the AS's metadata, keys
/// and certificates, secrets, a live token) and reports each finding with the fix. It never
/// changes anything: no saves, no registration writes, no keychain writes (it reads only; the
/// RFC 7592 read of the registered client is a GET).
class Doctor final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    struct Options
    {
        /// Ask the AS for a test token (and check its certificate binding); off for speed or
        /// offline use (the Live findings are then "skipped").
        bool live = true;
        /// The environment's discovery is fetched fresh (true) or the cached document used
        /// when the fetch is not possible.
        bool fetchDiscovery = true;
        /// A PEM file of the CAs the AS trusts for client certificates (tls_client_auth): the
        /// transport certificate's chain is checked against it. Empty: the environment's
        /// "Client CA the AS trusts" (Environment::clientCaPem) is used; when that is not
        /// recorded either, the check is skipped and says how to set it.
        QString clientCaBundlePath;
    };

    /// The report for the client with row id @p clientRowId. Fails only when the client
    /// cannot be read at all; every problem with it is a finding.
    [[nodiscard]] Later<DoctorReport> check(qint64 clientRowId, Options options);
    /// Every client of @p environmentId (or every client at all when empty), one report each,
    /// in the store's order. The environment-level checks run once per environment.
    [[nodiscard]] Later<QList<DoctorReport>> checkAll(
        std::optional<qint64> environmentId, Options options);
};

} // namespace oauthdesk
