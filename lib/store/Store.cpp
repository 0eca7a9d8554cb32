// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "store/Schema.h"
#include "store/StoreInternal.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace oauthdesk {

using namespace storedetail;

namespace {

const QString kFileName = QStringLiteral("oauthdesk.sqlite");

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Store::~Store()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(kFileName);
}

QString Store::resolvePath(const QString &commandLineDir)
{
    QString dir = commandLineDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("OAUTHDESK_DATA_DIR");
    if (dir.isEmpty())
        return defaultPath();
    return QDir(dir).filePath(kFileName);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0)
        targetVersion = latest;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(ErrorCode::StoreUnavailable,
            tr("The data folder \"%1\" could not be created; check its permissions or "
               "choose another with --data-dir.")
                .arg(info.absolutePath()));
    }

    const QString connection
        = QStringLiteral("oauthdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), connection));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    if (!store->m_db.isValid()) {
        return fail(ErrorCode::StoreUnavailable,
            tr("The SQLite driver for Qt is missing; install libqt6sql6-sqlite."));
    }
    store->m_db.setDatabaseName(store->m_path);
    if (!store->m_db.open()) {
        return fail(ErrorCode::StoreUnavailable,
            tr("The data file \"%1\" could not be opened; check it exists and is "
               "readable.")
                .arg(store->m_path),
            store->m_db.lastError().text());
    }

    // Read the version before anything may write: a newer file must stay byte for byte as it was
    // (journal_mode=WAL below would already change its header).
    QSqlQuery q(store->m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return fail(ErrorCode::StoreUnavailable,
            tr("\"%1\" is not an OAuthDesk data file (or it is damaged). It was left "
               "untouched; move it away or start with --data-dir pointing elsewhere.")
                .arg(store->m_path),
            q.lastError().text());
    }
    bool hasVersionTable = false;
    bool hasOtherTables = false;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name == QLatin1String("schema_version"))
            hasVersionTable = true;
        else if (!name.startsWith(QLatin1String("sqlite_")))
            hasOtherTables = true;
    }
    int version = 0;
    if (hasVersionTable) {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
            || !q.next())
            return fail(ErrorCode::StoreUnavailable,
                tr("The data file's version could not be read."), q.lastError().text());
        version = q.value(0).toInt();
    } else if (hasOtherTables) {
        return fail(ErrorCode::StoreUnavailable,
            tr("\"%1\" is an SQLite file of another program, not OAuthDesk's. It was left "
               "untouched; start with --data-dir pointing elsewhere.")
                .arg(store->m_path));
    }
    q.finish();
    if (version > latest) {
        return fail(ErrorCode::SchemaTooNew,
            tr("This data file was written by a newer OAuthDesk (data version %1; this "
               "program knows up to %2). It was left untouched: update OAuthDesk, or "
               "start with --data-dir pointing elsewhere.")
                .arg(version)
                .arg(latest),
            store->m_path);
    }

    // synchronous = FULL: a commit is on disk before it returns, so a power loss cannot take
    // back a write whose secret is already in the keychain. Admin writes are rare; the cost is
    // one more fsync per commit.
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return fail(ErrorCode::StoreUnavailable,
                tr("The data file \"%1\" could not be prepared; check it is writable.")
                    .arg(store->m_path),
                q.lastError().text());
        }
    }
    q.finish();

    if (!hasVersionTable
        && !q.exec(QStringLiteral(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
            " applied_at INTEGER NOT NULL)"))) {
        return sqlFailure(q.lastError(), tr("The data file could not be initialised."));
    }
    if (version < targetVersion) {
        if (auto r = store->migrate(version, targetVersion); !r)
            return std::unexpected(r.error());
    }
    return store;
}

int Store::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int Store::synchronousMode() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA synchronous")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<QString> Store::integrityCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlFailure(q.lastError(), tr("The data file could not be checked."));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

Result<void> Store::migrate(int from, int to)
{
    for (const Migration &m : schemaMigrations()) {
        if (m.version <= from || m.version > to)
            continue;
        Transaction tx(m_db);
        QSqlQuery q(m_db);
        for (const QString &statement : m.statements) {
            if (!q.exec(statement)) {
                return fail(ErrorCode::StoreUnavailable,
                    tr("The data file could not be upgraded to version %1; it was left "
                       "at version %2.")
                        .arg(m.version)
                        .arg(from),
                    q.lastError().text() + QStringLiteral(" in: ") + statement);
            }
        }
        q.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.why);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !tx.commit())
            return sqlFailure(q.lastError(), tr("The data file could not be upgraded."));
        from = m.version;
    }
    return {};
}

Result<StoreSnapshot> Store::snapshot()
{
    // One read transaction: the three lists are consistent with each other.
    Transaction tx(m_db);
    StoreSnapshot s;
    auto apps = applications();
    if (!apps)
        return std::unexpected(apps.error());
    auto envs = environments();
    if (!envs)
        return std::unexpected(envs.error());
    auto cls = clientList();
    if (!cls)
        return std::unexpected(cls.error());
    s.applications = std::move(*apps);
    s.environments = std::move(*envs);
    s.clients = std::move(*cls);
    return s;
}

Result<QDateTime> Store::storedCreatedAt(const char *table, qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT created_at FROM ") + QLatin1String(table)
        + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlFailure(q.lastError(), tr("The saved row could not be read back."));
    return fromEpochMs(q.value(0));
}

Result<void> Store::removeRow(const char *table, qint64 id, const QString &what)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return sqlFailure(m_db.lastError(), what);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("DELETE FROM ") + QLatin1String(table) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q.lastError(), what);
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, what + QLatin1Char(' ') + tr("It no longer exists."));
    if (!tx.commit())
        return sqlFailure(m_db.lastError(), what);
    return {};
}

} // namespace oauthdesk
