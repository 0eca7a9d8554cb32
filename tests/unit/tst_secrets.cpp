// SPDX-License-Identifier: GPL-3.0-or-later
// SecretBytes, client secret generation, and the one mapping of QtKeychain's errors.
#include "secrets/Keychain.h"
#include "secrets/SecretBytes.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace oauthdesk;

class TestSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretBytesHoldAndCompare()
    {
        SecretBytes a = SecretBytes::fromUtf8(QStringLiteral("s3cr3t-ü"));
        QCOMPARE(a.toUtf8String(), QStringLiteral("s3cr3t-ü"));
        QCOMPARE(a.size(), qsizetype(9));
        SecretBytes b = a.clone();
        QVERIFY(a.equals(b));
        SecretBytes c = SecretBytes::fromUtf8(QStringLiteral("s3cr3t-u"));
        QVERIFY(!a.equals(c));
        QVERIFY(!a.equals(SecretBytes {}));
    }

    void movingLeavesTheSourceEmpty()
    {
        SecretBytes a = SecretBytes::fromUtf8(QStringLiteral("moved"));
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the point of the test
        QCOMPARE(b.toUtf8String(), QStringLiteral("moved"));
        SecretBytes c;
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.toUtf8String(), QStringLiteral("moved"));
        c.wipe();
        QVERIFY(c.isEmpty());
    }

    void generatedSecretsAreStrongAndUrlSafe()
    {
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 500; ++i) {
            auto secret = generateClientSecret();
            QVERIFY(secret);
            const QString text = secret->toUtf8String();
            QVERIFY2(base64url.match(text).hasMatch(), qPrintable(text));
            const QByteArray raw
                = QByteArray::fromBase64(secret->toByteArray(), QByteArray::Base64UrlEncoding);
            QCOMPARE(raw.size(), 32); // 256 bits
            seen.insert(raw);
        }
        QCOMPARE(seen.size(), 500);
    }

    void keysFollowTheNamingScheme()
    {
        const QString uuid = QStringLiteral("0b4f8e0c-6f1e-4d8a-9c57-1f0e2d3c4b5a");
        QCOMPARE(Keychain::clientSecretKey(uuid),
            QStringLiteral("client/") + uuid + QStringLiteral("/client_secret"));
        QCOMPARE(Keychain::registrationTokenKey(uuid),
            QStringLiteral("client/") + uuid + QStringLiteral("/registration_access_token"));
        QCOMPARE(Keychain().service(), QStringLiteral("io.github.oauthdesk.OAuthDesk"));
    }

    void keychainErrorsMapToActions_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const auto row
            = [](const char *name, int e, const char *text, ErrorCode code, const char *mentions) {
                  QTest::newRow(name) << e << QString::fromLatin1(text) << int(code)
                                      << QString::fromLatin1(mentions);
              };
        row("entry not found", QKeychain::EntryNotFound, "Entry not found",
            ErrorCode::SecretNotFound, "no secret");
        row("denied by user", QKeychain::AccessDeniedByUser, "denied", ErrorCode::KeychainDenied,
            "Unlock");
        row("access denied", QKeychain::AccessDenied, "denied", ErrorCode::KeychainDenied,
            "Unlock");
        row("could not delete", QKeychain::CouldNotDeleteEntry, "x", ErrorCode::KeychainDenied,
            "io.github.oauthdesk.OAuthDesk");
        row("no backend", QKeychain::NoBackendAvailable, "", ErrorCode::KeychainUnavailable,
            "Secret Service");
        row("not implemented", QKeychain::NotImplemented, "", ErrorCode::KeychainUnavailable,
            "keychain");
        // docs/architecture.md "Keychain error 7", the cases seen on Debian 12:
        row("no session bus", QKeychain::OtherError, "Cannot autolaunch D-Bus without X11 $DISPLAY",
            ErrorCode::KeychainUnavailable, "Secret Service");
        row("no secrets service", QKeychain::OtherError,
            "The name org.freedesktop.secrets was not provided by any .service files",
            ErrorCode::KeychainUnavailable, "GNOME Keyring");
        row("libsecret missing", QKeychain::OtherError, "Unknown error",
            ErrorCode::KeychainUnavailable, "libsecret-1-0");
        row("no collection", QKeychain::OtherError,
            "Object does not exist at path \"/org/freedesktop/secrets/collection/login\"",
            ErrorCode::KeychainDenied, "login keyring");
        row("other", QKeychain::OtherError, "Disk on fire", ErrorCode::KeychainUnavailable,
            "Disk on fire");
    }

    void keychainErrorsMapToActions()
    {
        QFETCH(int, keychainError);
        QFETCH(QString, errorString);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Error e
            = Keychain::mapError(keychainError, errorString, QStringLiteral("Saving the secret"));
        QCOMPARE(int(e.code), code);
        QVERIFY2(e.message.startsWith(QStringLiteral("Saving the secret ")), qPrintable(e.message));
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
        QCOMPARE(e.detail, errorString); // the raw text stays available to an engineer
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
