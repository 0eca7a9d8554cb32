// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>
#include <functional>
#include <openssl/crypto.h>

namespace oauthdesk {

/// Runs OpenSSL work @p work (key derivation, PKCS#12, key generation) on Qt's thread pool and
/// hands its result to @p done on @p owner's thread, only while @p context lives. The pool
/// thread's OpenSSL state (its random generator) is released when the work ends, not at some
/// later thread exit.
template <typename T>
void runOffThread(QObject *owner, QObject *context, std::function<Result<T>()> work,
    std::function<void(Result<T>)> done)
{
    QPointer<QObject> guard(context);
    auto *watcher = new QFutureWatcher<Result<T>>(owner);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, owner, [watcher, guard, done = std::move(done)] {
            watcher->deleteLater();
            if (guard)
                done(watcher->future().result());
        });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() -> Result<T> {
        Result<T> r = work();
        OPENSSL_thread_stop();
        return r;
    }));
}

} // namespace oauthdesk
