// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Application.h"
#include "model/CertificateRecord.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "model/Snapshot.h"

#include <QObject>
#include <QSqlDatabase>
#include <memory>

namespace oauthdesk {

/// The workspace's local development CA: its certificate here, its key in the keychain.
struct LocalCaRecord
{
    QString uuid;
    QByteArray certificateDer;
};

/// The SQLite file holding everything that is not a secret (docs/architecture.md "Store").
///
/// Synchronous and bound to the thread that opened it; the GUI reaches it through AsyncStore.
/// Every write runs in one transaction and, once committed, is announced by a signal carrying
/// the saved rows, so views update those rows instead of reloading.
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    /// Opens (creating if needed) the store at @p path and migrates it to @p targetVersion
    /// (default: the latest). A file written by a newer OAuthDesk is refused and left untouched.
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(
        const QString &path, int targetVersion = -1);
    ~Store() override;

    /// Where the data lives when nothing overrides it: QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString defaultPath();
    /// The store path for this process: @p commandLineDir, else $OAUTHDESK_DATA_DIR, else
    /// defaultPath()'s folder; the file inside is always "oauthdesk.sqlite".
    [[nodiscard]] static QString resolvePath(const QString &commandLineDir);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    /// This connection's PRAGMA synchronous (2 = FULL: every commit is on disk when it returns).
    [[nodiscard]] int synchronousMode() const;
    /// PRAGMA integrity_check: "ok", or what SQLite found wrong.
    [[nodiscard]] Result<QString> integrityCheck();

    /// Keychain entries about to be written ahead of the row that will own them (the names,
    /// never the values), so that a save interrupted between the two leaves a trace.
    [[nodiscard]] Result<void> journalKeychainWrite(const QStringList &keys);
    [[nodiscard]] Result<void> clearKeychainJournal(const QStringList &keys);
    [[nodiscard]] Result<QStringList> keychainJournal();
    /// Whether a client, certificate, environment or the local CA has @p uuid: its keychain
    /// entries are in use.
    [[nodiscard]] Result<bool> ownsKeychainUuid(const QString &uuid);

    [[nodiscard]] Result<StoreSnapshot> snapshot();
    [[nodiscard]] Result<QList<Application>> applications();
    [[nodiscard]] Result<QList<Environment>> environments();
    [[nodiscard]] Result<QList<OAuthClient>> clients();
    /// Clients with only what the client table shows and searches filled in: id, uuid,
    /// application, environment, client ID, name, type, grant types, status, created. Less than
    /// half the cost of clients() for 10,000 rows (start-up reads this). Never save such a row
    /// back: edit a row read with client(id).
    [[nodiscard]] Result<QList<OAuthClient>> clientList();
    [[nodiscard]] Result<OAuthClient> client(qint64 id);
    [[nodiscard]] Result<QList<CertificateRecord>> certificates(qint64 applicationId);

    /// Inserts when id == 0, updates otherwise; returns the row as stored (id, timestamps).
    [[nodiscard]] Result<Application> saveApplication(Application app);
    /// Deletes the application with its clients and certificates.
    [[nodiscard]] Result<void> removeApplication(qint64 id);
    [[nodiscard]] Result<Environment> saveEnvironment(Environment env);
    [[nodiscard]] Result<void> removeEnvironment(qint64 id);
    /// Caches a discovery document: only the two discovery columns, and only while the
    /// environment's issuer is still @p issuer (an edit made meanwhile is never overwritten).
    [[nodiscard]] Result<Environment> saveDiscovery(qint64 environmentId, const QUrl &issuer,
        const QByteArray &document, const QDateTime &fetchedAt);
    [[nodiscard]] Result<OAuthClient> saveClient(OAuthClient client);
    /// All or nothing: when one row fails, none is written.
    [[nodiscard]] Result<QList<OAuthClient>> saveClients(QList<OAuthClient> clients);
    [[nodiscard]] Result<void> removeClient(qint64 id);
    [[nodiscard]] Result<CertificateRecord> saveCertificate(CertificateRecord cert);
    [[nodiscard]] Result<void> removeCertificate(qint64 id);
    [[nodiscard]] Result<std::optional<LocalCaRecord>> localCa();
    [[nodiscard]] Result<void> saveLocalCa(const LocalCaRecord &ca);

Q_SIGNALS:
    void applicationSaved(const oauthdesk::Application &app);
    void applicationRemoved(qint64 id);
    void environmentSaved(const oauthdesk::Environment &env);
    void environmentRemoved(qint64 id);
    void clientsSaved(const QList<oauthdesk::OAuthClient> &clients);
    void clientRemoved(qint64 id);
    void certificateSaved(const oauthdesk::CertificateRecord &cert);
    void certificateRemoved(qint64 id);

private:
    Store(QString path, QString connectionName);
    [[nodiscard]] Result<void> migrate(int from, int to);
    [[nodiscard]] Result<OAuthClient> writeClient(OAuthClient client);
    [[nodiscard]] Result<void> removeRow(const char *table, qint64 id, const QString &what);
    /// created_at as stored: updates never change it, whatever the caller passed.
    [[nodiscard]] Result<QDateTime> storedCreatedAt(const char *table, qint64 id);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace oauthdesk
