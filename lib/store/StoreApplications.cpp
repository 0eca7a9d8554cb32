// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"
#include "store/StoreInternal.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace oauthdesk {

using namespace storedetail;

Result<QList<Application>> Store::applications()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, description, organisation_id, created_at"
                               " FROM applications ORDER BY name COLLATE NOCASE, id")))
        return sqlFailure(q.lastError(), tr("Applications could not be read."));
    QList<Application> out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), fromEpochMs(q.value(4)) });
    }
    return out;
}

Result<Application> Store::saveApplication(Application app)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString what = tr("Application \"%1\" was not saved.").arg(app.name);
    if (!tx.isActive())
        return sqlFailure(m_db.lastError(), what);
    if (app.id == 0) {
        if (!app.createdAt.isValid())
            app.createdAt = QDateTime::currentDateTimeUtc();
        q.prepare(QStringLiteral("INSERT INTO applications (name, description, organisation_id,"
                                 " created_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(text(app.name.trimmed()));
        q.addBindValue(text(app.description));
        q.addBindValue(text(app.organisationId));
        q.addBindValue(toEpochMs(app.createdAt));
    } else {
        q.prepare(QStringLiteral("UPDATE applications SET name = ?, description = ?,"
                                 " organisation_id = ? WHERE id = ?"));
        q.addBindValue(text(app.name.trimmed()));
        q.addBindValue(text(app.description));
        q.addBindValue(text(app.organisationId));
        q.addBindValue(app.id);
    }
    if (!q.exec())
        return sqlFailure(q.lastError(), what);
    if (app.id == 0)
        app.id = q.lastInsertId().toLongLong();
    else if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, what + QLatin1Char(' ') + tr("It no longer exists."));
    else if (auto created = storedCreatedAt("applications", app.id); !created)
        return std::unexpected(created.error());
    else
        app.createdAt = *created;
    if (!tx.commit())
        return sqlFailure(m_db.lastError(), what);
    app.name = app.name.trimmed();
    app.createdAt = fromEpochMs(toEpochMs(app.createdAt));
    Q_EMIT applicationSaved(app);
    return app;
}

Result<void> Store::removeApplication(qint64 id)
{
    auto r = removeRow("applications", id, tr("The application was not deleted."));
    if (r)
        Q_EMIT applicationRemoved(id);
    return r;
}

} // namespace oauthdesk
