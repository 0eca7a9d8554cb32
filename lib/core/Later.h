// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace oauthdesk {

template <typename T> class Later;

namespace laterdetail {
template <typename X> struct IsLater : std::false_type
{
};
template <typename X> struct IsLater<Later<X>> : std::true_type
{
};
template <typename X> struct IsResult : std::false_type
{
};
template <typename X> struct IsResult<Result<X>> : std::true_type
{
};

/// What then() hands on when the work was dropped without an answer (its resolver destroyed,
/// e.g. the service that held it went away at shutdown).
inline Error stoppedBeforeAnswering()
{
    return Error { ErrorCode::Cancelled,
        QCoreApplication::translate(
            "oauthdesk::Later", "The operation stopped before it answered."),
        QStringLiteral("Later: resolver destroyed without a result") };
}
} // namespace laterdetail

/// "A result later": the one async answer type of the use cases (docs/architecture.md "The
/// use-case layer"). A use case returns a Later<T>; the caller attaches what to do with the
/// Result<T> through then(context, …), which runs on @p context's thread, exactly once, and
/// never after @p context was destroyed (the KeePassXC runThenCallback mechanism: a
/// QFutureWatcher parented to the context, so the context's death takes the callback with it;
/// unlike Qt 6.4's QFuture::then(context, …) it cannot miss a future that finishes while it is
/// being attached).
///
/// Errors are handed on once: andThen() chains the next step, which runs only on success, and
/// an error anywhere in the chain reaches the one handler at its end.
///
///     workspace.clients().remove(id)
///         .then(this, [this] { statusBar()->showMessage(tr("Deleted")); },
///               [this](const Error &e) { reportFailure(e); });
///
/// A Later has one consumer: attach one then(), andThen() or forwardTo() (results may be
/// move-only, such as SecretBytes).
template <typename T> class Later
{
public:
    using Value = T;
    using ResultType = Result<T>;

    /// The producing side: call it (once) with the result; later calls are ignored. Copyable, so
    /// it can be the `done` callback of the services below the use cases. Destroying every copy
    /// without answering answers "stopped before it answered".
    class Resolver
    {
    public:
        void operator()(ResultType result) const { resolve(std::move(result)); }
        void resolve(ResultType result) const
        {
            if (!m_state || m_state->done.exchange(true))
                return;
            m_state->promise.addResult(std::move(result));
            m_state->promise.finish();
        }
        void fail(Error error) const { resolve(ResultType(std::unexpect, std::move(error))); }
        [[nodiscard]] bool resolved() const { return m_state && m_state->done.load(); }

    private:
        friend class Later;
        struct State
        {
            QPromise<ResultType> promise;
            std::atomic_bool done { false };
            ~State()
            {
                if (!done.load()) { // dropped: the waiters hear that it stopped
                    promise.addResult(
                        ResultType(std::unexpect, laterdetail::stoppedBeforeAnswering()));
                    promise.finish();
                }
            }
        };
        std::shared_ptr<State> m_state;
    };

    /// A pending Later and the resolver that answers it.
    [[nodiscard]] static std::pair<Later, Resolver> make()
    {
        Resolver r;
        r.m_state = std::make_shared<typename Resolver::State>();
        r.m_state->promise.start();
        return { Later(r.m_state->promise.future()), r };
    }
    [[nodiscard]] static Later ready(ResultType result)
    {
        auto [later, resolve] = make();
        resolve(std::move(result));
        return later;
    }
    [[nodiscard]] static Later failed(Error error)
    {
        return ready(ResultType(std::unexpect, std::move(error)));
    }
    /// The result of a QFuture that already carries a Result<T> (AsyncStore::run, QtConcurrent).
    [[nodiscard]] static Later fromFuture(QFuture<ResultType> future)
    {
        return Later(std::move(future));
    }

    [[nodiscard]] bool isFinished() const { return m_future.isFinished(); }

    /// Calls @p done(Result<T>) on @p context's thread once the result is there, unless
    /// @p context is destroyed first.
    template <typename Done>
    requires std::is_invocable_v<Done, ResultType>
    void then(QObject *context, Done done) const
    {
        Q_ASSERT(context);
        auto *watcher = new QFutureWatcher<ResultType>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
            [watcher, done = std::move(done)]() mutable {
                watcher->deleteLater();
                QFuture<ResultType> f = watcher->future();
                if (f.resultCount() > 0)
                    done(f.takeResult());
                else
                    done(ResultType(std::unexpect, laterdetail::stoppedBeforeAnswering()));
            });
        watcher->setFuture(m_future);
    }

    /// The same, split: @p onValue(T) (or onValue() for Later<void>) on success, @p onError(Error)
    /// otherwise.
    template <typename OnValue, typename OnError>
    requires std::is_invocable_v<OnError, const Error &>
    void then(QObject *context, OnValue onValue, OnError onError) const
    {
        then(context,
            [onValue = std::move(onValue), onError = std::move(onError)](ResultType r) mutable {
                if (!r) {
                    onError(r.error());
                    return;
                }
                if constexpr (std::is_void_v<T>)
                    onValue();
                else
                    onValue(std::move(*r));
            });
    }

    /// The next step, run on @p context's thread with the value only when this one succeeded;
    /// @p next returns a Later<U>, a Result<U>, or a plain U. An error skips the step and is the
    /// result of the chain. If @p context dies, the chain answers "stopped before it answered".
    template <typename Next> [[nodiscard]] auto andThen(QObject *context, Next next) const
    {
        using R = decltype(invokeNext(next, std::declval<ResultType &>()));
        if constexpr (laterdetail::IsLater<R>::value) {
            using U = typename R::Value;
            auto [out, resolve] = Later<U>::make();
            then(context, [resolve, next = std::move(next)](ResultType r) mutable {
                if (!r) {
                    resolve.fail(r.error());
                    return;
                }
                invokeNext(next, r).forwardTo(resolve);
            });
            return out;
        } else if constexpr (laterdetail::IsResult<R>::value) {
            using U = typename R::value_type;
            auto [out, resolve] = Later<U>::make();
            then(context, [resolve, next = std::move(next)](ResultType r) mutable {
                if (!r)
                    resolve.fail(r.error());
                else
                    resolve(invokeNext(next, r));
            });
            return out;
        } else {
            using U = R;
            auto [out, resolve] = Later<U>::make();
            then(context, [resolve, next = std::move(next)](ResultType r) mutable {
                if (!r) {
                    resolve.fail(r.error());
                } else if constexpr (std::is_void_v<U>) {
                    invokeNext(next, r);
                    resolve(Result<void> {});
                } else {
                    resolve(invokeNext(next, r));
                }
            });
            return out;
        }
    }

    /// Answers @p resolver with this result, whenever it comes, from whatever thread finishes it
    /// (no context: it only hands a value from one promise to the other).
    template <typename R> void forwardTo(R resolver) const
    {
        QFuture<ResultType> f = m_future;
        if (f.isFinished()) {
            resolver(takeFrom(f));
            return;
        }
        // Called on a context's thread (inside a then() callback); the watcher lives there and
        // touches no context, only the two promises.
        auto *watcher = new QFutureWatcher<ResultType>();
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, resolver]() {
            QFuture<ResultType> done = watcher->future();
            resolver(takeFrom(done));
            watcher->deleteLater();
        });
        watcher->setFuture(f);
    }

    /// The underlying future (tests; the CLI waits on it in its own event loop).
    [[nodiscard]] QFuture<ResultType> future() const { return m_future; }

private:
    template <typename> friend class Later;
    explicit Later(QFuture<ResultType> future)
        : m_future(std::move(future))
    { }
    static ResultType takeFrom(QFuture<ResultType> &f)
    {
        if (f.resultCount() > 0)
            return f.takeResult();
        return ResultType(std::unexpect, laterdetail::stoppedBeforeAnswering());
    }
    template <typename Next> static decltype(auto) invokeNext(Next &next, ResultType &r)
    {
        if constexpr (std::is_void_v<T>)
            return next();
        else
            return next(std::move(*r));
    }

    QFuture<ResultType> m_future;
};

} // namespace oauthdesk
