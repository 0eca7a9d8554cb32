// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace oauthdesk {

/// One thing the preflight doctor looked at, and what it found (issue 15 "Preflight doctor").
struct DoctorFinding
{
    enum class Outcome { Pass, Warning, Failure, Skipped };

    QString check; ///< stable id, e.g. "tls.chain", "keys.transport.eku" (scripts key on it)
    QString area; ///< "Environment", "Client vs AS", "Keys and certificates", "Secrets", "Live"
    Outcome outcome = Outcome::Pass;
    QString title; ///< one line in plain words
    QString detail; ///< what was seen (values, dates); for Skipped, why it could not apply
    QString fix; ///< what to do (empty for a pass)
};

/// The area names (stable, untranslated: they are keys in JSON; screens translate them).
namespace doctorarea {
inline const QString environment = QStringLiteral("Environment");
inline const QString clientVsAs = QStringLiteral("Client vs AS");
inline const QString keys = QStringLiteral("Keys and certificates");
inline const QString secrets = QStringLiteral("Secrets");
inline const QString live = QStringLiteral("Live");
} // namespace doctorarea

} // namespace oauthdesk
