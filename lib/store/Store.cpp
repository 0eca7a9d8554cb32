// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "store/RowCodec.h"

#include "store/Schema.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace oauthdesk {

namespace {

const QString kFileName = QStringLiteral("oauthdesk.sqlite");

QString tr(const char *text)
{
    return QCoreApplication::translate("oauthdesk::Store", text);
}

std::unexpected<Error> sqlFailure(const QSqlError &e, const QString &what)
{
    const QString text = e.databaseText();
    if (text.contains(QLatin1String("UNIQUE constraint failed"))) {
        return fail(ErrorCode::Conflict, what + QLatin1Char(' ')
                                             + tr("An entry with the same name or client ID "
                                                  "already exists; choose another."),
                    e.text());
    }
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
        return fail(ErrorCode::InvalidInput, what + QLatin1Char(' ')
                                                 + tr("It refers to an application, environment "
                                                      "or certificate that no longer exists."),
                    e.text());
    }
    if (text.contains(QLatin1String("CHECK constraint failed"))
        || text.contains(QLatin1String("NOT NULL constraint failed"))) {
        return fail(ErrorCode::InvalidInput,
                    what + QLatin1Char(' ') + tr("A required field is empty or invalid."),
                    e.text());
    }
    return fail(ErrorCode::StoreUnavailable,
                what + QLatin1Char(' ')
                    + tr("The data file could not be written; check the disk has space and the "
                         "file is writable."),
                e.text());
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns take "" instead.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

qint64 toEpochMs(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }
QDateTime fromEpochMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
QVariant optionalEpoch(const std::optional<QDateTime> &t)
{
    return t ? QVariant(toEpochMs(*t)) : QVariant(QMetaType(QMetaType::LongLong));
}
std::optional<QDateTime> optionalDate(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return fromEpochMs(v);
}
QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}
std::optional<qint64> optionalIdFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

template <typename Enum>
Enum enumFrom(const QVariant &v, Enum fallback)
{
    return fromWire<Enum>(v.toString()).value_or(fallback);
}

// environments.assertion_aud_issuer (schema 5) was 0/1 for token endpoint/issuer; 2 is the
// endpoint called. The integers are the store's, kept stable; anything else reads as the default.
int audienceColumn(AssertionAudience a)
{
    switch (a) {
    case AssertionAudience::TokenEndpoint: return 0;
    case AssertionAudience::Issuer: return 1;
    case AssertionAudience::EndpointCalled: return 2;
    }
    return 0;
}

AssertionAudience audienceFromColumn(const QVariant &v)
{
    switch (v.toInt()) {
    case 1: return AssertionAudience::Issuer;
    case 2: return AssertionAudience::EndpointCalled;
    default: return AssertionAudience::TokenEndpoint;
    }
}

const QString kClientColumns = QStringLiteral(
    "id, application_id, environment_id, client_id, name, description, application_type,"
    " grant_types, pkce, redirect_uris_json, post_logout_redirect_uris_json, scopes,"
    " access_token_lifetime, refresh_token_lifetime, auth_method, status, created_at,"
    " updated_at, registration_client_uri, client_id_issued_at, signing_certificate_id,"
    " transport_certificate_id, certificate_bound_tokens, uuid");

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
    return c;
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

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
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(kFileName);
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

    const QString connection = QStringLiteral("oauthdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
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
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
            return fail(ErrorCode::StoreUnavailable, tr("The data file's version could not be read."),
                        q.lastError().text());
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

    if (!hasVersionTable && !q.exec(QStringLiteral(
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

Result<void> Store::journalKeychainWrite(const QStringList &keys)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO keychain_journal (key, created_at) VALUES (?, ?)"));
    for (const QString &key : keys) {
        q.addBindValue(key);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return sqlFailure(q.lastError(), tr("The keychain journal could not be written; nothing was saved."));
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

Result<QList<Environment>> Store::environments()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, issuer, connectivity, api_base_url, headers_json, ca_bundle_path,"
            " discovery_json, discovery_fetched_at, created_at, assertion_aud_issuer, uuid FROM environments"
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
        out.append(std::move(e));
    }
    return out;
}

Result<QList<OAuthClient>> Store::clients()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kClientColumns + QStringLiteral(" FROM clients ORDER BY id")))
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
    if (!q.exec(QStringLiteral("SELECT id, application_id, environment_id, client_id, name,"
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
    q.prepare(QStringLiteral("SELECT ") + kClientColumns + QStringLiteral(" FROM clients WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q.lastError(), tr("The client could not be read."));
    if (!q.next())
        return fail(ErrorCode::NotFound, tr("The client no longer exists; it may have been deleted."));
    return clientFromRow(q);
}

Result<QList<CertificateRecord>> Store::certificates(qint64 applicationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, application_id, purpose, key_algorithm, subject_dn, subject_alt_names_json,"
        " csr_pem, certificate_pem, chain_pem, serial_number, not_before, not_after,"
        " sha256_thumbprint, kid, state, created_at, uuid FROM certificates WHERE application_id = ?"
        " ORDER BY id"));
    q.addBindValue(applicationId);
    if (!q.exec())
        return sqlFailure(q.lastError(), tr("Certificates could not be read."));
    QList<CertificateRecord> out;
    while (q.next()) {
        CertificateRecord c;
        c.id = q.value(0).toLongLong();
        c.applicationId = q.value(1).toLongLong();
        c.purpose = enumFrom(q.value(2), CertificatePurpose::Signing);
        c.keyAlgorithm = enumFrom(q.value(3), KeyAlgorithm::Rsa2048);
        c.subjectDn = q.value(4).toString();
        c.subjectAltNames = listFromJson(q.value(5));
        c.csrPem = q.value(6).toByteArray();
        c.certificatePem = q.value(7).toByteArray();
        c.chainPem = q.value(8).toByteArray();
        c.serialNumber = q.value(9).toString();
        c.notBefore = optionalDate(q.value(10));
        c.notAfter = optionalDate(q.value(11));
        c.sha256Thumbprint = q.value(12).toString();
        c.kid = q.value(13).toString();
        c.state = enumFrom(q.value(14), CertificateState::KeyOnly);
        c.createdAt = fromEpochMs(q.value(15));
        c.uuid = q.value(16).toString();
        out.append(std::move(c));
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

Result<QDateTime> Store::storedCreatedAt(const char *table, qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT created_at FROM ") + QLatin1String(table) + QStringLiteral(" WHERE id = ?"));
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
    q.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(table) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q.lastError(), what);
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, what + QLatin1Char(' ') + tr("It no longer exists."));
    if (!tx.commit())
        return sqlFailure(m_db.lastError(), what);
    return {};
}

Result<void> Store::removeApplication(qint64 id)
{
    auto r = removeRow("applications", id, tr("The application was not deleted."));
    if (r)
        Q_EMIT applicationRemoved(id);
    return r;
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
            " ca_bundle_path, discovery_json, discovery_fetched_at, assertion_aud_issuer, created_at, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE environments SET name = ?, issuer = ?, connectivity = ?, api_base_url = ?,"
            " headers_json = ?, ca_bundle_path = ?, discovery_json = ?, discovery_fetched_at = ?,"
            " assertion_aud_issuer = ? WHERE id = ?"));
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

Result<Environment> Store::saveDiscovery(qint64 environmentId, const QUrl &issuer, const QByteArray &document,
                                         const QDateTime &fetchedAt)
{
    const QString what = tr("The discovery document was not cached.");
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return sqlFailure(m_db.lastError(), what);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE environments SET discovery_json = ?, discovery_fetched_at = ? WHERE id = ? AND issuer = ?"));
        q.addBindValue(document);
        q.addBindValue(toEpochMs(fetchedAt));
        q.addBindValue(environmentId);
        q.addBindValue(text(issuer.toString()));
        if (!q.exec())
            return sqlFailure(q.lastError(), what);
        if (q.numRowsAffected() == 0)
            return fail(ErrorCode::Conflict, what + QLatin1Char(' ') + tr("The environment changed meanwhile; fetch again."));
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

Result<void> Store::removeCertificate(qint64 id)
{
    auto r = removeRow("certificates", id, tr("The certificate was not deleted."));
    if (r)
        Q_EMIT certificateRemoved(id);
    return r;
}

Result<std::optional<LocalCaRecord>> Store::localCa()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT uuid, certificate_der FROM local_ca WHERE id = 1")))
        return sqlFailure(q.lastError(), tr("The local CA could not be read."));
    if (!q.next())
        return std::optional<LocalCaRecord> {};
    return std::optional<LocalCaRecord>(LocalCaRecord { q.value(0).toString(), q.value(1).toByteArray() });
}

Result<void> Store::saveLocalCa(const LocalCaRecord &ca)
{
    Transaction tx(m_db);
    const QString what = tr("The local CA was not saved.");
    if (!tx.isActive())
        return sqlFailure(m_db.lastError(), what);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO local_ca (id, uuid, certificate_der, created_at) VALUES (1, ?, ?, ?)"));
    q.addBindValue(ca.uuid);
    q.addBindValue(ca.certificateDer);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !tx.commit())
        return sqlFailure(q.lastError(), what);
    return {};
}

Result<void> Store::removeEnvironment(qint64 id)
{
    auto r = removeRow("environments", id, tr("The environment was not deleted."));
    if (r)
        Q_EMIT environmentRemoved(id);
    return r;
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
            " transport_certificate_id, certificate_bound_tokens, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE clients SET application_id = ?, environment_id = ?, client_id = ?, name = ?,"
            " description = ?, application_type = ?, grant_types = ?, pkce = ?,"
            " redirect_uris_json = ?, post_logout_redirect_uris_json = ?, scopes = ?,"
            " access_token_lifetime = ?, refresh_token_lifetime = ?, auth_method = ?, status = ?,"
            " updated_at = ?, registration_client_uri = ?,"
            " client_id_issued_at = ?, signing_certificate_id = ?, transport_certificate_id = ?,"
            " certificate_bound_tokens = ? WHERE id = ?"));
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

Result<CertificateRecord> Store::saveCertificate(CertificateRecord c)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString what = tr("The certificate record was not saved.");
    if (!tx.isActive())
        return sqlFailure(m_db.lastError(), what);
    if (c.id == 0 && !c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    if (c.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO certificates (application_id, purpose, key_algorithm, subject_dn,"
            " subject_alt_names_json, csr_pem, certificate_pem, chain_pem, serial_number,"
            " not_before, not_after, sha256_thumbprint, kid, state, created_at, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE certificates SET application_id = ?, purpose = ?, key_algorithm = ?,"
            " subject_dn = ?, subject_alt_names_json = ?, csr_pem = ?, certificate_pem = ?,"
            " chain_pem = ?, serial_number = ?, not_before = ?, not_after = ?,"
            " sha256_thumbprint = ?, kid = ?, state = ? WHERE id = ?"));
    }
    q.addBindValue(c.applicationId);
    q.addBindValue(toWire(c.purpose));
    q.addBindValue(toWire(c.keyAlgorithm));
    q.addBindValue(text(c.subjectDn));
    q.addBindValue(listToJson(c.subjectAltNames));
    q.addBindValue(c.csrPem);
    q.addBindValue(c.certificatePem);
    q.addBindValue(c.chainPem);
    q.addBindValue(text(c.serialNumber));
    q.addBindValue(optionalEpoch(c.notBefore));
    q.addBindValue(optionalEpoch(c.notAfter));
    q.addBindValue(text(c.sha256Thumbprint));
    q.addBindValue(text(c.kid));
    q.addBindValue(toWire(c.state));
    if (c.id == 0) {
        q.addBindValue(toEpochMs(c.createdAt));
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
    else if (auto created = storedCreatedAt("certificates", c.id); !created)
        return std::unexpected(created.error());
    else
        c.createdAt = *created;
    if (!tx.commit())
        return sqlFailure(m_db.lastError(), what);
    c.createdAt = fromEpochMs(toEpochMs(c.createdAt));
    Q_EMIT certificateSaved(c);
    return c;
}

} // namespace oauthdesk
