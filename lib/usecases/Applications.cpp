// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Applications.h"

#include "registry/ClientRegistry.h"
#include "store/AsyncStore.h"
#include "usecases/Workspace.h"

namespace oauthdesk {

Later<QList<Application>> Applications::list()
{
    return Later<QList<Application>>::fromFuture(
        workspace().store().run([](Store &s) { return s.applications(); }));
}

Later<Application> Applications::find(const QString &idOrName)
{
    return list().andThen(this, [idOrName](const QList<Application> &all) {
        return pickByName(
            all, idOrName, [](const Application &a) { return QStringList { a.name }; },
            tr("application"));
    });
}

Later<Application> Applications::save(Application app)
{
    return Later<Application>::fromFuture(workspace().store().run(
        [app = std::move(app)](Store &s) { return s.saveApplication(app); }));
}

Later<void> Applications::remove(qint64 id)
{
    auto [later, resolve] = Later<void>::make();
    workspace().clientRegistry().removeApplication(id, this, resolve);
    return later;
}

} // namespace oauthdesk
