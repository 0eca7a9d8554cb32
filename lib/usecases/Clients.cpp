// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Clients.h"

#include "registry/ClientRegistry.h"
#include "store/AsyncStore.h"
#include "usecases/Workspace.h"

namespace oauthdesk {

Later<OAuthClient> Clients::get(qint64 id)
{
    return Later<OAuthClient>::fromFuture(
        workspace().store().run([id](Store &s) { return s.client(id); }));
}

Later<QList<OAuthClient>> Clients::list()
{
    return Later<QList<OAuthClient>>::fromFuture(
        workspace().store().run([](Store &s) { return s.clients(); }));
}

Later<OAuthClient> Clients::find(const QString &idNameOrClientId)
{
    return list().andThen(this, [idNameOrClientId](const QList<OAuthClient> &all) {
        return pickByName(
            all, idNameOrClientId,
            [](const OAuthClient &c) {
                return QStringList { c.name, c.clientId };
            },
            tr("client"));
    });
}

Later<OAuthClient> Clients::save(
    OAuthClient client, std::optional<SecretBytes> secret, std::optional<AuthMethod> previousMethod)
{
    auto [later, resolve] = Later<OAuthClient>::make();
    workspace().clientRegistry().save(
        std::move(client), std::move(secret), this, resolve, previousMethod);
    return later;
}

Later<void> Clients::remove(qint64 id)
{
    // The whole row: its keychain entries are named by its uuid and method.
    return get(id).andThen(this, [this](const OAuthClient &client) {
        auto [later, resolve] = Later<void>::make();
        workspace().clientRegistry().remove(client, this, resolve);
        return later;
    });
}

Later<SecretBytes> Clients::readSecret(const OAuthClient &client)
{
    auto [later, resolve] = Later<SecretBytes>::make();
    workspace().clientRegistry().readSecret(client, this, resolve);
    return later;
}

Later<void> Clients::rotateSecret(
    const OAuthClient &client, SecretBytes newSecret, std::function<void()> storedLate)
{
    auto [later, resolve] = Later<void>::make();
    workspace().clientRegistry().rotateSecret(
        client, std::move(newSecret), this, resolve, std::move(storedLate));
    return later;
}

} // namespace oauthdesk
