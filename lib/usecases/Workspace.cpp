// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Workspace.h"

#include "oauth/Transport.h"
#include "registry/CertificateRegistry.h"
#include "registry/ClientRegistry.h"
#include "registry/RegistrationService.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"

namespace oauthdesk {

UseCase::UseCase(Workspace &workspace)
    : m_workspace(workspace)
{ }

Workspace::Workspace(QObject *parent)
    : Workspace(QString::fromLatin1(Keychain::kService), parent)
{ }

Workspace::Workspace(const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<AsyncStore>())
    , m_keychain(std::make_unique<Keychain>(keychainService, nullptr))
    , m_transport(std::make_unique<Transport>())
    , m_clientRegistry(std::make_unique<ClientRegistry>(m_store.get(), m_keychain.get()))
    , m_certificateRegistry(std::make_unique<CertificateRegistry>(m_store.get(), m_keychain.get()))
    , m_registrationService(
          std::make_unique<RegistrationService>(m_transport.get(), m_clientRegistry.get()))
    , m_applications(std::make_unique<Applications>(*this))
    , m_environments(std::make_unique<Environments>(*this))
    , m_clients(std::make_unique<Clients>(*this))
    , m_certificates(std::make_unique<Certificates>(*this))
    , m_registrations(std::make_unique<Registrations>(*this))
    , m_tokenTests(std::make_unique<TokenTests>(*this))
    , m_submissions(std::make_unique<ClientSubmissions>(*this))
{
    wire();
}

Workspace::~Workspace() = default;

void Workspace::wire()
{
    AsyncStore *s = m_store.get();
    connect(s, &AsyncStore::applicationSaved, this, &Workspace::applicationSaved);
    connect(s, &AsyncStore::applicationRemoved, this, &Workspace::applicationRemoved);
    connect(s, &AsyncStore::environmentSaved, this, &Workspace::environmentSaved);
    connect(s, &AsyncStore::environmentRemoved, this, &Workspace::environmentRemoved);
    connect(s, &AsyncStore::clientsSaved, this, &Workspace::clientsSaved);
    connect(s, &AsyncStore::clientRemoved, this, &Workspace::clientRemoved);
    connect(s, &AsyncStore::certificateSaved, this, &Workspace::certificateSaved);
    connect(s, &AsyncStore::certificateRemoved, this, &Workspace::certificateRemoved);
    connect(m_clientRegistry.get(), &ClientRegistry::warning, this, &Workspace::warning);
}

QString Workspace::resolvePath(const QString &commandLineDir)
{
    return Store::resolvePath(commandLineDir);
}

Later<int> Workspace::open(const QString &path)
{
    m_path = path;
    return Later<int>::fromFuture(m_store->open(path));
}

Later<StoreSnapshot> Workspace::snapshot()
{
    return Later<StoreSnapshot>::fromFuture(m_store->run([](Store &s) {
        return s.snapshot();
    })).andThen(this, [this](StoreSnapshot snapshot) {
        m_environments->adopt(snapshot.environments);
        return snapshot;
    });
}

Later<int> Workspace::recoverInterruptedWrites()
{
    auto [later, resolve] = Later<int>::make();
    m_clientRegistry->recoverInterruptedWrites(this, resolve);
    return later;
}

QString Workspace::keychainService() const
{
    return m_keychain->service();
}

} // namespace oauthdesk
