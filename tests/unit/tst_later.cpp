// SPDX-License-Identifier: GPL-3.0-or-later
// The one "result later" type (lib/core/Later.h): answered once, on the context's thread, never
// after the context died, errors handed on through a chain to its one handler.
#include "core/Later.h"
#include "secrets/SecretBytes.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace oauthdesk;

class TestLater final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersOnceOnTheContextsThread()
    {
        auto [later, resolve] = Later<int>::make();
        QObject context;
        int calls = 0;
        int value = 0;
        QThread *thread = nullptr;
        later.then(&context, [&](Result<int> r) {
            ++calls;
            value = r.value_or(-1);
            thread = QThread::currentThread();
        });
        // Answered from another thread: delivered on the context's (this one's).
        std::unique_ptr<QThread> worker(QThread::create([resolve] {
            resolve(42);
            resolve(43); // a second answer is ignored
        }));
        worker->start();
        QVERIFY(worker->wait(5000));
        QCOMPARE(calls, 0); // not synchronously from the worker
        QTRY_COMPARE(calls, 1);
        QCOMPARE(value, 42);
        QCOMPARE(thread, QThread::currentThread());
        QTest::qWait(20);
        QCOMPARE(calls, 1);
    }

    void aFinishedLaterStillAnswers()
    {
        const Later<QString> ready = Later<QString>::ready(QStringLiteral("done"));
        QObject context;
        QString got;
        ready.then(&context, [&](Result<QString> r) { got = r.value_or(QString()); });
        QTRY_COMPARE(got, QStringLiteral("done")); // attached after it finished: still answered
    }

    void neverRunsAfterTheContextDied()
    {
        // Dies before the answer.
        {
            auto [later, resolve] = Later<int>::make();
            auto context = std::make_unique<QObject>();
            bool ran = false;
            later.then(context.get(), [&ran](Result<int>) { ran = true; });
            context.reset();
            resolve(1);
            QTest::qWait(50);
            QVERIFY(!ran);
        }
        // Dies after the answer was posted, before it was delivered.
        {
            auto [later, resolve] = Later<int>::make();
            auto context = std::make_unique<QObject>();
            bool ran = false;
            later.then(context.get(), [&ran](Result<int>) { ran = true; });
            resolve(1);
            context.reset();
            QTest::qWait(50);
            QVERIFY(!ran);
        }
    }

    void aDroppedResolverAnswersThatItStopped()
    {
        QObject context;
        std::optional<Result<int>> got;
        {
            auto [later, resolve] = Later<int>::make();
            later.then(&context, [&got](Result<int> r) { got = std::move(r); });
        } // the resolver goes without answering (the service holding it went away)
        QTRY_VERIFY(got.has_value());
        QVERIFY(!*got);
        QCOMPARE(got->error().code, ErrorCode::Cancelled);
        QVERIFY(!got->error().message.isEmpty());
    }

    void splitHandlersAndVoid()
    {
        QObject context;
        int values = 0;
        QString error;
        Later<void>::ready({}).then(
            &context, [&values] { ++values; }, [&error](const Error &e) { error = e.message; });
        Later<void>::failed({ ErrorCode::NotFound, QStringLiteral("gone"), {} })
            .then(
                &context, [&values] { ++values; }, [&error](const Error &e) { error = e.message; });
        QTRY_COMPARE(values, 1);
        QTRY_COMPARE(error, QStringLiteral("gone"));
    }

    void andThenHandsAnErrorOnOnce()
    {
        QObject context;
        int secondStepRan = 0;
        std::optional<Result<QString>> got;
        Later<int>::failed({ ErrorCode::KeychainDenied, QStringLiteral("locked"), {} })
            .andThen(&context,
                [&](int v) {
                    ++secondStepRan;
                    return v * 2;
                })
            .andThen(&context,
                [&](int v) -> Result<QString> {
                    ++secondStepRan;
                    return QString::number(v);
                })
            .then(&context, [&](Result<QString> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(secondStepRan, 0); // no step after the error ran
        QCOMPARE(got->error().code, ErrorCode::KeychainDenied);
        QCOMPARE(got->error().message, QStringLiteral("locked"));
    }

    void andThenChainsValuesResultsAndLaters()
    {
        QObject context;
        std::optional<Result<QString>> got;
        auto [inner, resolveInner] = Later<int>::make();
        Later<int>::ready(20)
            .andThen(&context, [](int v) { return v + 1; }) // a plain value
            .andThen(&context, [](int v) -> Result<int> { return v * 2; }) // a Result
            .andThen(&context, [inner = inner](int) { return inner; }) // a Later, answered later
            .andThen(&context, [](int v) { return QString::number(v); })
            .then(&context, [&](Result<QString> r) { got = std::move(r); });
        QTest::qWait(20);
        QVERIFY(!got.has_value()); // waits for the inner one
        resolveInner(42 + 0);
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->value_or(QString()), QStringLiteral("42"));
        // A step that fails stops the chain with its error.
        std::optional<Result<int>> failed;
        Later<int>::ready(1)
            .andThen(&context,
                [](int) -> Result<int> {
                    return fail(ErrorCode::InvalidInput, QStringLiteral("Scope: bad"));
                })
            .andThen(&context, [](int v) { return v; })
            .then(&context, [&](Result<int> r) { failed = std::move(r); });
        QTRY_VERIFY(failed.has_value());
        QCOMPARE(failed->error().message, QStringLiteral("Scope: bad"));
    }

    void moveOnlyValues()
    {
        QObject context;
        std::optional<QByteArray> seen;
        Later<SecretBytes>::ready(SecretBytes::fromUtf8(QStringLiteral("s3cret")))
            .andThen(&context, [](SecretBytes s) { return s.toByteArray(); })
            .then(&context, [&](Result<QByteArray> r) { seen = r.value_or(QByteArray()); });
        QTRY_COMPARE(seen, std::optional<QByteArray>(QByteArray("s3cret")));
    }

    void aChainWhoseContextDiesStops()
    {
        QObject outer;
        std::optional<Result<int>> got;
        auto [first, resolve] = Later<int>::make();
        auto dying = std::make_unique<QObject>();
        bool stepRan = false;
        first
            .andThen(dying.get(),
                [&stepRan](int v) {
                    stepRan = true;
                    return v;
                })
            .then(&outer, [&got](Result<int> r) { got = std::move(r); });
        dying.reset();
        resolve(5);
        QTRY_VERIFY(got.has_value()); // the outer handler hears that it stopped
        QVERIFY(!stepRan);
        QCOMPARE(got->error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestLater)
#include "tst_later.moc"
