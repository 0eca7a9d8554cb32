// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace oauthdesk {

// The store's JSON columns (redirect URI lists, subject alternative names, an environment's
// extra headers): how a value is written and read back. Reading takes whatever the file holds,
// so a damaged column reads as empty or partial, never as a crash (tests/fuzz fuzz_wire).
[[nodiscard]] QString listToJson(const QStringList &list);
[[nodiscard]] QStringList listFromJson(const QVariant &column);
[[nodiscard]] QString headersToJson(const QList<ExtraHeader> &headers);
[[nodiscard]] QList<ExtraHeader> headersFromJson(const QVariant &column);

} // namespace oauthdesk
