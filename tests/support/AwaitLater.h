// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting in a test for a use case's answer (a Later<T>), in the event loop.
#pragma once

#include "core/Later.h"

#include <QTest>
#include <optional>

namespace oauthdesk::test {

/// @p later's answer, or a Timeout error after @p ms.
template <typename T> Result<T> wait(Later<T> later, int ms = 30000)
{
    QObject context;
    std::optional<Result<T>> out;
    later.then(&context, [&out](Result<T> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
        return fail(ErrorCode::Timeout, QStringLiteral("no answer within %1 ms").arg(ms));
    return std::move(*out);
}

/// The error text of @p r (empty on success), for QVERIFY2.
template <typename T> QByteArray why(const Result<T> &r)
{
    return r ? QByteArray() : (r.error().message + QLatin1Char(' ') + r.error().detail).toUtf8();
}

} // namespace oauthdesk::test
