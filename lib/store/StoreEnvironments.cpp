// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowCodec.h"
#include "store/Store.h"
#include "store/StoreInternal.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace oauthdesk {

using namespace storedetail;

namespace {

// environments.assertion_aud_issuer (schema 5) was 0/1 for token endpoint/issuer; 2 is the
// endpoint called. The integers are the store's, kept stable; anything else reads as the default.
int audienceColumn(AssertionAudience a)
{
    switch (a) {
    case AssertionAudience::TokenEndpoint:
        return 0;
    case AssertionAudience::Issuer:
        return 1;
    case AssertionAudience::EndpointCalled:
        return 2;
    }
    return 0;
}

AssertionAudience audienceFromColumn(const QVariant &v)
{
    switch (v.toInt()) {
    case 1:
        return AssertionAudience::Issuer;
    case 2:
        return AssertionAudience::EndpointCalled;
    default:
        return AssertionAudience::TokenEndpoint;
    }
}

} // namespace

Result<QList<Environment>> Store::environments()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, issuer, connectivity, api_base_url, headers_json, ca_bundle_path,"
            " discovery_json, discovery_fetched_at, created_at, assertion_aud_issuer, uuid, client_ca_pem FROM environments"
            " ORDER BY name COLLATE NOCASE")))
        return sqlFailure(q.lastError(), tr("Environments could not be read."));
    QList<Environment> out;
    while (q.next()) {
        Environment e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.issuer = QUrl(q.value(2).toString());
        e.connectivity = enumFrom(q.value(3), Connectivity::Tls);
        e.apiBaseUrl = QUrl(q.value(4).toString());
        e.headers = headersFromJson(q.value(5));
        e.caBundlePath = q.value(6).toString();
        e.discoveryDocument = q.value(7).toByteArray();
        e.discoveryFetchedAt = optionalDate(q.value(8));
        e.createdAt = fromEpochMs(q.value(9));
        e.assertionAudience = audienceFromColumn(q.value(10));
        e.uuid = q.value(11).toString();
        e.clientCaPem = q.value(12).toByteArray();
        out.append(std::move(e));
    }
    return out;
}

Result<Environment> Store::saveEnvironment(Environment env)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString what = tr("Environment \"%1\" was not saved.").arg(env.name);
    if (!tx.isActive())
        return sqlFailure(m_db.lastError(), what);
    if (env.id == 0) {
        if (!env.createdAt.isValid())
            env.createdAt = QDateTime::currentDateTimeUtc();
        q.prepare(QStringLiteral(
            "INSERT INTO environments (name, issuer, connectivity, api_base_url, headers_json,"
            " ca_bundle_path, discovery_json, discovery_fetched_at, assertion_aud_issuer, client_ca_pem, created_at, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE environments SET name = ?, issuer = ?, connectivity = ?, api_base_url = ?,"
            " headers_json = ?, ca_bundle_path = ?, discovery_json = ?, discovery_fetched_at = ?,"
            " assertion_aud_issuer = ?, client_ca_pem = ? WHERE id = ?"));
    }
    q.addBindValue(text(env.name.trimmed()));
    q.addBindValue(text(env.issuer.toString()));
    q.addBindValue(toWire(env.connectivity));
    q.addBindValue(text(env.apiBaseUrl.toString()));
    q.addBindValue(headersToJson(env.headers));
    q.addBindValue(text(env.caBundlePath));
    q.addBindValue(env.discoveryDocument.isNull() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                  : QVariant(env.discoveryDocument));
    q.addBindValue(optionalEpoch(env.discoveryFetchedAt));
    q.addBindValue(audienceColumn(env.assertionAudience));
    q.addBindValue(env.clientCaPem.isEmpty()
            ? QVariant(QMetaType(QMetaType::QByteArray)) // NULL: not recorded
            : QVariant(env.clientCaPem));
    if (env.id == 0) {
        q.addBindValue(toEpochMs(env.createdAt));
        // Given once, at insert (keychain keys hang on it); an update never changes it.
        if (env.uuid.isEmpty())
            env.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.addBindValue(env.uuid);
    } else {
        q.addBindValue(env.id);
    }
    if (!q.exec())
        return sqlFailure(q.lastError(), what);
    if (env.id == 0)
        env.id = q.lastInsertId().toLongLong();
    else if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, what + QLatin1Char(' ') + tr("It no longer exists."));
    else if (auto created = storedCreatedAt("environments", env.id); !created)
        return std::unexpected(created.error());
    else
        env.createdAt = *created;
    if (env.uuid.isEmpty()) { // an update keeps the stable id the insert gave
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("SELECT uuid FROM environments WHERE id = ?"));
        u.addBindValue(env.id);
        if (!u.exec() || !u.next())
            return sqlFailure(u.lastError(), what);
        env.uuid = u.value(0).toString();
    }
    if (!tx.commit())
        return sqlFailure(m_db.lastError(), what);
    env.name = env.name.trimmed();
    env.createdAt = fromEpochMs(toEpochMs(env.createdAt));
    Q_EMIT environmentSaved(env);
    return env;
}

Result<Environment> Store::saveDiscovery(qint64 environmentId, const QUrl &issuer,
    const QByteArray &document, const QDateTime &fetchedAt)
{
    const QString what = tr("The discovery document was not cached.");
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return sqlFailure(m_db.lastError(), what);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "UPDATE environments SET discovery_json = ?, discovery_fetched_at = ? WHERE id = ? AND issuer = ?"));
        q.addBindValue(document);
        q.addBindValue(toEpochMs(fetchedAt));
        q.addBindValue(environmentId);
        q.addBindValue(text(issuer.toString()));
        if (!q.exec())
            return sqlFailure(q.lastError(), what);
        if (q.numRowsAffected() == 0)
            return fail(ErrorCode::Conflict,
                what + QLatin1Char(' ') + tr("The environment changed meanwhile; fetch again."));
        if (!tx.commit())
            return sqlFailure(m_db.lastError(), what);
    }
    auto all = environments();
    if (!all)
        return std::unexpected(all.error());
    for (const Environment &e : *all) {
        if (e.id == environmentId) {
            Q_EMIT environmentSaved(e);
            return e;
        }
    }
    return fail(ErrorCode::NotFound, what);
}

Result<void> Store::removeEnvironment(qint64 id)
{
    auto r = removeRow("environments", id, tr("The environment was not deleted."));
    if (r)
        Q_EMIT environmentRemoved(id);
    return r;
}

} // namespace oauthdesk
