// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Later.h"
#include "model/CertificateRecord.h"
#include "model/Snapshot.h"
#include "usecases/Applications.h"
#include "usecases/Certificates.h"
#include "usecases/ClientSubmission.h"
#include "usecases/Clients.h"
#include "usecases/Environments.h"
#include "usecases/Registrations.h"
#include "usecases/TokenTests.h"

#include <QObject>
#include <memory>

namespace oauthdesk {

class AsyncStore;
class CertificateRegistry;
class ClientRegistry;
class Keychain;
class RegistrationService;
class Transport;

/// One admin's workspace: the store, the keychain, the network and the use cases over them,
/// built once by each front end (app/main.cpp, app/cli/main.cpp) and handed to its screens or
/// commands as this one object (docs/architecture.md "The use-case layer"). The front ends talk
/// to the use cases only; the parts below them are reachable here for tests.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// The app's keychain entries (Keychain::kService).
    explicit Workspace(QObject *parent = nullptr);
    /// Another keychain service name, for tests that must not touch the app's entries.
    Workspace(const QString &keychainService, QObject *parent);
    ~Workspace() override;

    /// The data file for this process: @p commandLineDir, else $OAUTHDESK_DATA_DIR, else the
    /// per-user data folder; the file inside is always "oauthdesk.sqlite".
    [[nodiscard]] static QString resolvePath(const QString &commandLineDir);
    /// Opens (creating and migrating if needed) the data file; answers its schema version.
    [[nodiscard]] Later<int> open(const QString &path);
    [[nodiscard]] QString path() const { return m_path; }
    /// Everything the main window shows, read in one transaction; Environments adopts its list.
    [[nodiscard]] Later<StoreSnapshot> snapshot();
    /// Keychain entries of saves interrupted before their row was stored: removed, and counted.
    [[nodiscard]] Later<int> recoverInterruptedWrites();
    /// Where the keychain entries live (Help → About, the Done page).
    [[nodiscard]] QString keychainService() const;

    [[nodiscard]] Applications &applications() { return *m_applications; }
    [[nodiscard]] Environments &environments() { return *m_environments; }
    [[nodiscard]] Clients &clients() { return *m_clients; }
    [[nodiscard]] Certificates &certificates() { return *m_certificates; }
    [[nodiscard]] Registrations &registrations() { return *m_registrations; }
    [[nodiscard]] TokenTests &tokenTests() { return *m_tokenTests; }
    [[nodiscard]] ClientSubmissions &submissions() { return *m_submissions; }

    // The parts under the use cases (tests, benchmarks, and the use cases themselves).
    [[nodiscard]] AsyncStore &store() const { return *m_store; }
    [[nodiscard]] Keychain &keychain() const { return *m_keychain; }
    [[nodiscard]] Transport &transport() const { return *m_transport; }
    [[nodiscard]] ClientRegistry &clientRegistry() const { return *m_clientRegistry; }
    [[nodiscard]] CertificateRegistry &certificateRegistry() const
    {
        return *m_certificateRegistry;
    }
    [[nodiscard]] RegistrationService &registrationService() const
    {
        return *m_registrationService;
    }

Q_SIGNALS:
    // Every committed write, announced with the rows as saved (views update those rows).
    void applicationSaved(const oauthdesk::Application &app);
    void applicationRemoved(qint64 id);
    void environmentSaved(const oauthdesk::Environment &env);
    void environmentRemoved(qint64 id);
    void clientsSaved(const QList<oauthdesk::OAuthClient> &clients);
    void clientRemoved(qint64 id);
    void certificateSaved(const oauthdesk::CertificateRecord &cert);
    void certificateRemoved(qint64 id);
    /// Something the admin should know that did not stop an operation (keychain leftovers).
    void warning(const QString &message);

private:
    void wire();

    QString m_path;
    // Declared in the order they are built; destroyed in reverse (use cases first).
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<ClientRegistry> m_clientRegistry;
    std::unique_ptr<CertificateRegistry> m_certificateRegistry;
    std::unique_ptr<RegistrationService> m_registrationService;
    std::unique_ptr<Applications> m_applications;
    std::unique_ptr<Environments> m_environments;
    std::unique_ptr<Clients> m_clients;
    std::unique_ptr<Certificates> m_certificates;
    std::unique_ptr<Registrations> m_registrations;
    std::unique_ptr<TokenTests> m_tokenTests;
    std::unique_ptr<ClientSubmissions> m_submissions;
};

} // namespace oauthdesk
