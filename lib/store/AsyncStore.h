// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Store.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

namespace oauthdesk {

/// Runs every Store call on one worker thread so the GUI thread never waits for SQLite
/// (DESIGN.md "Nothing blocks the GUI thread"). Results come back as futures; the Store's change
/// signals are re-emitted here, on the thread that owns this object.
class AsyncStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncStore)

public:
    explicit AsyncStore(QObject *parent = nullptr);
    ~AsyncStore() override;

    /// Opens the store at @p path on the worker thread.
    [[nodiscard]] QFuture<Result<int>> open(const QString &path);

    /// Runs @p work(Store&) on the worker thread; @p work returns a Result<T>.
    template <typename Work>
    [[nodiscard]] auto run(Work work) -> QFuture<std::invoke_result_t<Work, Store &>>
    {
        using R = std::invoke_result_t<Work, Store &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_worker,
            [this, promise, work = std::move(work)]() mutable {
                if (m_store)
                    promise->addResult(work(*m_store));
                else
                    promise->addResult(R(std::unexpect, notOpen()));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

Q_SIGNALS:
    void applicationSaved(const oauthdesk::Application &app);
    void applicationRemoved(qint64 id);
    void environmentSaved(const oauthdesk::Environment &env);
    void environmentRemoved(qint64 id);
    void clientsSaved(const QList<oauthdesk::OAuthClient> &clients);
    void clientRemoved(qint64 id);
    void certificateSaved(const oauthdesk::CertificateRecord &cert);

private:
    [[nodiscard]] static Error notOpen();

    QThread m_thread;
    QObject *m_worker; ///< lives in m_thread; the context all store work runs in
    std::unique_ptr<Store> m_store; ///< touched only on m_thread
};

} // namespace oauthdesk
