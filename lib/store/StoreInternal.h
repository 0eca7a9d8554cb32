// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the files that implement Store (Store.cpp, StoreApplications.cpp, ...):
// how a value becomes a column and back, and how an SQL error becomes an Error. Not part of
// the store's API; include it only from lib/store.

#include "core/Result.h"
#include "model/Enums.h"

#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <optional>

namespace oauthdesk::storedetail {

[[nodiscard]] std::unexpected<Error> sqlFailure(const QSqlError &e, const QString &what);

[[nodiscard]] QString text(const QString &s);

[[nodiscard]] qint64 toEpochMs(const QDateTime &t);
[[nodiscard]] QDateTime fromEpochMs(const QVariant &v);
[[nodiscard]] QVariant optionalEpoch(const std::optional<QDateTime> &t);
[[nodiscard]] std::optional<QDateTime> optionalDate(const QVariant &v);
[[nodiscard]] QVariant optionalId(const std::optional<qint64> &id);
[[nodiscard]] std::optional<qint64> optionalIdFrom(const QVariant &v);

template <typename Enum> Enum enumFrom(const QVariant &v, Enum fallback)
{
    return fromWire<Enum>(v.toString()).value_or(fallback);
}

} // namespace oauthdesk::storedetail
