// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace oauthdesk {

/// An application: owns OAuth clients and certificates (docs/architecture.md "Application").
struct Application
{
    qint64 id = 0; ///< store row id; 0 until saved
    QString name;
    QString description;
    QString organisationId; ///< optional, empty when not known
    QDateTime createdAt;

    friend bool operator==(const Application &, const Application &) = default;
};

} // namespace oauthdesk
