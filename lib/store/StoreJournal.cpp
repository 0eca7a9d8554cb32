// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"
#include "store/StoreInternal.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace oauthdesk {

using namespace storedetail;

Result<void> Store::journalKeychainWrite(const QStringList &keys)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO keychain_journal (key, created_at) VALUES (?, ?)"));
    for (const QString &key : keys) {
        q.addBindValue(key);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return sqlFailure(
                q.lastError(), tr("The keychain journal could not be written; nothing was saved."));
    }
    return {};
}

Result<void> Store::clearKeychainJournal(const QStringList &keys)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM keychain_journal WHERE key = ?"));
    for (const QString &key : keys) {
        q.addBindValue(key);
        if (!q.exec())
            return sqlFailure(q.lastError(), tr("The keychain journal could not be cleared."));
    }
    return {};
}

Result<QStringList> Store::keychainJournal()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key FROM keychain_journal ORDER BY created_at")))
        return sqlFailure(q.lastError(), tr("The keychain journal could not be read."));
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}

Result<bool> Store::ownsKeychainUuid(const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE uuid = ?)"
                             " OR EXISTS (SELECT 1 FROM certificates WHERE uuid = ?)"
                             " OR EXISTS (SELECT 1 FROM environments WHERE uuid = ?)"
                             " OR EXISTS (SELECT 1 FROM local_ca WHERE uuid = ?)"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return sqlFailure(q.lastError(), tr("The data file could not be read."));
    return q.value(0).toBool();
}

} // namespace oauthdesk
