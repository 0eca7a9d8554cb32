// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oauthdesk {

/// One numbered step of the schema. Steps are applied in order, each in its own transaction,
/// and recorded in `schema_version`; a step is never edited once released, only followed.
struct Migration
{
    int version;
    QString why; ///< recorded in schema_version.description
    QStringList statements; ///< run in order
};

/// The ordered list of migrations (XCA's database_schema.cpp shape).
[[nodiscard]] const QList<Migration> &schemaMigrations();

/// The schema version this build writes: the last migration's number.
[[nodiscard]] int latestSchemaVersion();

} // namespace oauthdesk
