// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AsyncStore.h"

#include <QCoreApplication>

namespace oauthdesk {

AsyncStore::AsyncStore(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("oauthdesk-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AsyncStore::~AsyncStore()
{
    // The Store (and its SQLite connection) must die on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Error AsyncStore::notOpen()
{
    return Error { ErrorCode::StoreUnavailable,
        QCoreApplication::translate("oauthdesk::AsyncStore", "The data file is not open."), {} };
}

QFuture<Result<int>> AsyncStore::open(const QString &path)
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    QFuture<Result<int>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [this, promise, path] {
            auto opened = Store::open(path);
            if (!opened) {
                promise->addResult(std::unexpected(opened.error()));
                promise->finish();
                return;
            }
            m_store = std::move(*opened);
            Store *s = m_store.get();
            // Signal to signal: queued across threads, so views hear of changes on their thread.
            connect(s, &Store::applicationSaved, this, &AsyncStore::applicationSaved);
            connect(s, &Store::applicationRemoved, this, &AsyncStore::applicationRemoved);
            connect(s, &Store::environmentSaved, this, &AsyncStore::environmentSaved);
            connect(s, &Store::environmentRemoved, this, &AsyncStore::environmentRemoved);
            connect(s, &Store::clientsSaved, this, &AsyncStore::clientsSaved);
            connect(s, &Store::clientRemoved, this, &AsyncStore::clientRemoved);
            connect(s, &Store::certificateSaved, this, &AsyncStore::certificateSaved);
            connect(s, &Store::certificateRemoved, this, &AsyncStore::certificateRemoved);
            promise->addResult(s->schemaVersion());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace oauthdesk
