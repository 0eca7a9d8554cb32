// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Store.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <memory>
#include <type_traits>

namespace oauthdesk {

/// Runs every Store call on one worker thread so the GUI thread never waits for SQLite
/// (docs/architecture.md "Async work"). Results come back as futures; the Store's change
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
    /// The same, answering @p done(Result<int>) on this object's thread while @p context lives.
    template <typename Done> void open(const QString &path, QObject *context, Done done)
    {
        deliver(open(path), context, std::move(done));
    }

    /// Runs @p work(Store&) on the worker thread and calls @p done(result) on this object's
    /// thread, unless @p context was destroyed meanwhile. The GUI uses this form: the answer is
    /// posted to this object (which outlives the worker), so no continuation can race the
    /// future's completion (Qt 6.4's QFuture::then(context) can miss one that finishes while
    /// it is being attached).
    template <typename Work, typename Done> void run(Work work, QObject *context, Done done)
    {
        deliver(run(std::move(work)), context, std::move(done));
    }

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
    void certificateRemoved(qint64 id);

private:
    [[nodiscard]] static Error notOpen();

    template <typename R, typename Done>
    void deliver(QFuture<R> future, QObject *context, Done done)
    {
        // The worker finishes the future; this thread learns of it through a watcher parented
        // to this object, and hands the result over only if the context still exists.
        auto *watcher = new QFutureWatcher<R>(this);
        QPointer<QObject> guard(context);
        connect(watcher, &QFutureWatcherBase::finished, this,
            [watcher, guard, done = std::move(done)]() mutable {
                watcher->deleteLater();
                if (!guard)
                    return;
                QFuture<R> f = watcher->future();
                if (f.resultCount() > 0)
                    done(f.takeResult());
                else // the worker stopped before answering (shutdown)
                    done(R(std::unexpect, notOpen()));
            });
        watcher->setFuture(std::move(future));
    }

    QThread m_thread;
    QObject *m_worker; ///< lives in m_thread; the context all store work runs in
    std::unique_ptr<Store> m_store; ///< touched only on m_thread
};

} // namespace oauthdesk
