// SPDX-License-Identifier: GPL-3.0-or-later
// Keychain against a REAL gnome-keyring in a private D-Bus session
// (tests/keychain/with-keyring.sh). `secret-tool` (libsecret-tools) confirms every entry from
// outside OAuthDesk.
#include "secrets/Keychain.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <optional>

using namespace oauthdesk;

namespace {

/// QtKeychain's libsecret entry as another program sees it: attributes server=<service>,
/// user=<key>; binary data is stored base64-encoded (attribute type=base64).
std::optional<QByteArray> lookupFromOutside(const QString &service, const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"),
            key });
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return QByteArray::fromBase64(p.readAllStandardOutput().trimmed());
}

template <typename T> struct Answer
{
    int calls = 0;
    std::optional<Result<T>> result;
};

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    QObject m_context;

    Result<void> write(Keychain &k, const QString &key, const QString &secret)
    {
        Answer<void> a;
        k.write(key, SecretBytes::fromUtf8(secret), &m_context, [&a](Result<void> r) {
            ++a.calls;
            a.result = std::move(r);
        });
        if (!QTest::qWaitFor([&] { return a.calls > 0; }, 15000))
            return fail(ErrorCode::Internal, QStringLiteral("no answer"));
        return *a.result;
    }
    Result<SecretBytes> read(Keychain &k, const QString &key)
    {
        Answer<SecretBytes> a;
        k.read(key, &m_context, [&a](Result<SecretBytes> r) {
            ++a.calls;
            a.result = std::move(r);
        });
        if (!QTest::qWaitFor([&] { return a.calls > 0; }, 15000))
            return fail(ErrorCode::Internal, QStringLiteral("no answer"));
        return std::move(*a.result);
    }
    Result<void> remove(Keychain &k, const QString &key)
    {
        Answer<void> a;
        k.remove(key, &m_context, [&a](Result<void> r) {
            ++a.calls;
            a.result = std::move(r);
        });
        if (!QTest::qWaitFor([&] { return a.calls > 0; }, 15000))
            return fail(ErrorCode::Internal, QStringLiteral("no answer"));
        return *a.result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh (ctest does)");
        m_service = QStringLiteral("io.github.oauthdesk.OAuthDesk.test-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void writeReadRotateDelete()
    {
        Keychain k(m_service, nullptr);
        const QString key
            = Keychain::clientSecretKey(QUuid::createUuid().toString(QUuid::WithoutBraces));

        auto w = write(k, key, QStringLiteral("first-secret"));
        QVERIFY2(w,
            qPrintable(
                w ? QString() : w.error().message + QStringLiteral(" / ") + w.error().detail));
        QCOMPARE(lookupFromOutside(m_service, key), std::optional<QByteArray>("first-secret"));
        auto r = read(k, key);
        QVERIFY(r);
        QCOMPARE(r->toUtf8String(), QStringLiteral("first-secret"));

        // Rotation replaces the entry in place: one write, the old value is gone.
        QVERIFY(write(k, key, QStringLiteral("second-secret")));
        QCOMPARE(read(k, key)->toUtf8String(), QStringLiteral("second-secret"));
        QCOMPARE(lookupFromOutside(m_service, key), std::optional<QByteArray>("second-secret"));

        QVERIFY(remove(k, key));
        QCOMPARE(lookupFromOutside(m_service, key), std::nullopt);
        auto gone = read(k, key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::SecretNotFound);
        // Removing what is not there is what the caller wanted: success.
        QVERIFY(remove(k, key));
    }

    void entriesAreSeparatePerKey()
    {
        Keychain k(m_service, nullptr);
        const QString a
            = Keychain::clientSecretKey(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString b
            = Keychain::clientSecretKey(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(write(k, a, QStringLiteral("secret-a")));
        QVERIFY(write(k, b, QStringLiteral("secret-b")));
        QCOMPARE(read(k, a)->toUtf8String(), QStringLiteral("secret-a"));
        QCOMPARE(read(k, b)->toUtf8String(), QStringLiteral("secret-b"));
        QVERIFY(remove(k, a));
        QCOMPARE(read(k, b)->toUtf8String(), QStringLiteral("secret-b"));
        QVERIFY(remove(k, b));
    }

    void aTimeoutAnswersOnceAndDropsTheLateResult()
    {
        // A zero timeout fires before the Secret Service can answer: the caller hears
        // KeychainTimeout exactly once, and the job's late "finished" is dropped.
        Keychain k(m_service, nullptr);
        k.setTimeout(std::chrono::milliseconds(0));
        const QString key
            = Keychain::clientSecretKey(QUuid::createUuid().toString(QUuid::WithoutBraces));
        Answer<SecretBytes> a;
        k.read(key, &m_context, [&a](Result<SecretBytes> r) {
            ++a.calls;
            a.result = std::move(r);
        });
        QTRY_COMPARE(a.calls, 1);
        QVERIFY(!*a.result);
        QCOMPARE(a.result->error().code, ErrorCode::KeychainTimeout);
        QVERIFY2(a.result->error().message.contains(QStringLiteral("unlock")),
            qPrintable(a.result->error().message));
        QTest::qWait(500); // the real answer (EntryNotFound) arrives meanwhile
        QCOMPARE(a.calls, 1);
    }

    void noAnswerForAGoneContext()
    {
        Keychain k(m_service, nullptr);
        int calls = 0;
        {
            QObject shortLived;
            k.read(Keychain::clientSecretKey(QStringLiteral("nobody")), &shortLived,
                [&calls](Result<SecretBytes>) { ++calls; });
        }
        QTest::qWait(500);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
