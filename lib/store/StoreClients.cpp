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

const QString kClientColumns = QStringLiteral(
    "id, application_id, environment_id, client_id, name, description, application_type,"
    " grant_types, pkce, redirect_uris_json, post_logout_redirect_uris_json, scopes,"
    " access_token_lifetime, refresh_token_lifetime, auth_method, status, created_at,"
    " updated_at, registration_client_uri, client_id_issued_at, signing_certificate_id,"
    " transport_certificate_id, certificate_bound_tokens, uuid, client_secret_expires_at");

OAuthClient clientFromRow(const QSqlQuery &q)
{
    OAuthClient c;
    c.id = q.value(0).toLongLong();
    c.applicationId = q.value(1).toLongLong();
    c.environmentId = optionalIdFrom(q.value(2));
    c.clientId = q.value(3).toString();
    c.name = q.value(4).toString();
    c.description = q.value(5).toString();
    c.applicationType = enumFrom(q.value(6), ApplicationType::MachineToMachine);
    c.grantTypes = grantTypesFromWire(q.value(7).toString());
    c.pkce = enumFrom(q.value(8), PkcePolicy::Optional);
    c.redirectUris = listFromJson(q.value(9));
    c.postLogoutRedirectUris = listFromJson(q.value(10));
    c.scopes = q.value(11).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.accessTokenLifetimeSeconds = q.value(12).toInt();
    if (!q.value(13).isNull())
        c.refreshTokenLifetimeSeconds = q.value(13).toInt();
    // An unknown method (a newer file, a hand edit) must never make OAuthDesk send a secret.
    c.authMethod = enumFrom(q.value(14), AuthMethod::None);
    c.status = enumFrom(q.value(15), ClientStatus::Active);
    c.createdAt = fromEpochMs(q.value(16));
    c.updatedAt = fromEpochMs(q.value(17));
    c.registrationClientUri = QUrl(q.value(18).toString());
    c.clientIdIssuedAt = optionalDate(q.value(19));
    c.signingCertificateId = optionalIdFrom(q.value(20));
    c.transportCertificateId = optionalIdFrom(q.value(21));
    c.certificateBoundTokens = q.value(22).toBool();
    c.uuid = q.value(23).toString();
    c.clientSecretExpiresAt = optionalDate(q.value(24));
    return c;
}

} // namespace

Result<QList<OAuthClient>> Store::clients()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kClientColumns
            + QStringLiteral(" FROM clients ORDER BY id")))
        return sqlFailure(q.lastError(), tr("Clients could not be read."));
    QList<OAuthClient> out;
    while (q.next())
        out.append(clientFromRow(q));
    return out;
}

Result<QList<OAuthClient>> Store::clientList()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, application_id, environment_id, client_id, name,"
                           " application_type, grant_types, status, created_at, uuid FROM clients"
                           " ORDER BY id")))
        return sqlFailure(q.lastError(), tr("Clients could not be read."));
    QList<OAuthClient> out;
    while (q.next()) {
        OAuthClient c;
        c.id = q.value(0).toLongLong();
        c.applicationId = q.value(1).toLongLong();
        c.environmentId = optionalIdFrom(q.value(2));
        c.clientId = q.value(3).toString();
        c.name = q.value(4).toString();
        c.applicationType = enumFrom(q.value(5), ApplicationType::MachineToMachine);
        c.grantTypes = grantTypesFromWire(q.value(6).toString());
        c.status = enumFrom(q.value(7), ClientStatus::Active);
        c.createdAt = fromEpochMs(q.value(8));
        c.uuid = q.value(9).toString();
        out.append(std::move(c));
    }
    return out;
}

Result<OAuthClient> Store::client(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT ") + kClientColumns + QStringLiteral(" FROM clients WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q.lastError(), tr("The client could not be read."));
    if (!q.next())
        return fail(
            ErrorCode::NotFound, tr("The client no longer exists; it may have been deleted."));
    return clientFromRow(q);
}

Result<OAuthClient> Store::writeClient(OAuthClient c)
{
    QSqlQuery q(m_db);
    const QString what = tr("Client \"%1\" was not saved.").arg(c.name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.id == 0 && !c.createdAt.isValid())
        c.createdAt = now;
    c.updatedAt = now;
    if (c.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO clients (application_id, environment_id, client_id, name, description,"
            " application_type, grant_types, pkce, redirect_uris_json,"
            " post_logout_redirect_uris_json, scopes, access_token_lifetime,"
            " refresh_token_lifetime, auth_method, status, created_at, updated_at,"
            " registration_client_uri, client_id_issued_at, signing_certificate_id,"
            " transport_certificate_id, certificate_bound_tokens, client_secret_expires_at, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE clients SET application_id = ?, environment_id = ?, client_id = ?, name = ?,"
            " description = ?, application_type = ?, grant_types = ?, pkce = ?,"
            " redirect_uris_json = ?, post_logout_redirect_uris_json = ?, scopes = ?,"
            " access_token_lifetime = ?, refresh_token_lifetime = ?, auth_method = ?, status = ?,"
            " updated_at = ?, registration_client_uri = ?,"
            " client_id_issued_at = ?, signing_certificate_id = ?, transport_certificate_id = ?,"
            " certificate_bound_tokens = ?, client_secret_expires_at = ? WHERE id = ?"));
    }
    q.addBindValue(c.applicationId);
    q.addBindValue(optionalId(c.environmentId));
    q.addBindValue(text(c.clientId));
    q.addBindValue(text(c.name.trimmed()));
    q.addBindValue(text(c.description));
    q.addBindValue(toWire(c.applicationType));
    q.addBindValue(grantTypesToWire(c.grantTypes));
    q.addBindValue(toWire(c.pkce));
    q.addBindValue(listToJson(c.redirectUris));
    q.addBindValue(listToJson(c.postLogoutRedirectUris));
    q.addBindValue(text(c.scopes.join(QLatin1Char(' '))));
    q.addBindValue(c.accessTokenLifetimeSeconds);
    q.addBindValue(c.refreshTokenLifetimeSeconds ? QVariant(*c.refreshTokenLifetimeSeconds)
                                                 : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(toWire(c.authMethod));
    q.addBindValue(toWire(c.status));
    if (c.id == 0) // created_at is written once; an update never moves it
        q.addBindValue(toEpochMs(c.createdAt));
    q.addBindValue(toEpochMs(c.updatedAt));
    q.addBindValue(text(c.registrationClientUri.toString()));
    q.addBindValue(optionalEpoch(c.clientIdIssuedAt));
    q.addBindValue(optionalId(c.signingCertificateId));
    q.addBindValue(optionalId(c.transportCertificateId));
    q.addBindValue(c.certificateBoundTokens ? 1 : 0);
    q.addBindValue(optionalEpoch(c.clientSecretExpiresAt));
    if (c.id == 0) {
        // The uuid is given once, at insert; an update never changes it (keychain keys hang on it).
        if (c.uuid.isEmpty())
            c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.addBindValue(c.uuid);
    } else {
        q.addBindValue(c.id);
    }
    if (!q.exec())
        return sqlFailure(q.lastError(), what);
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();
    else if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, what + QLatin1Char(' ') + tr("It no longer exists."));
    else if (auto created = storedCreatedAt("clients", c.id); !created)
        return std::unexpected(created.error());
    else
        c.createdAt = *created;
    if (c.uuid.isEmpty()) {
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("SELECT uuid FROM clients WHERE id = ?"));
        u.addBindValue(c.id);
        if (!u.exec() || !u.next())
            return sqlFailure(u.lastError(), what);
        c.uuid = u.value(0).toString();
    }
    c.name = c.name.trimmed();
    c.createdAt = fromEpochMs(toEpochMs(c.createdAt));
    c.updatedAt = fromEpochMs(toEpochMs(c.updatedAt));
    return c;
}

Result<OAuthClient> Store::saveClient(OAuthClient client)
{
    auto saved = saveClients({ std::move(client) });
    if (!saved)
        return std::unexpected(saved.error());
    return saved->constFirst();
}

Result<QList<OAuthClient>> Store::saveClients(QList<OAuthClient> clients)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return sqlFailure(m_db.lastError(), tr("The clients were not saved."));
    for (auto &c : clients) {
        auto written = writeClient(std::move(c));
        if (!written)
            return std::unexpected(written.error()); // the transaction rolls everything back
        c = std::move(*written);
    }
    if (!tx.commit())
        return sqlFailure(m_db.lastError(), tr("The clients were not saved."));
    Q_EMIT clientsSaved(clients);
    return clients;
}

Result<void> Store::removeClient(qint64 id)
{
    auto r = removeRow("clients", id, tr("The client was not deleted."));
    if (r)
        Q_EMIT clientRemoved(id);
    return r;
}

} // namespace oauthdesk
