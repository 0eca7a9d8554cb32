// SPDX-License-Identifier: GPL-3.0-or-later
// The use-case layer (lib/usecases) against the real keyring and a real SQLite file: each job
// goes down through one use case and comes back once, store and keychain kept together.
#include "../support/AwaitLater.h"
#include "secrets/Keychain.h"
#include "store/Store.h"
#include "usecases/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

namespace {

OAuthClient m2mClient(qint64 appId, const QString &name, const QString &clientId)
{
    OAuthClient c;
    c.applicationId = appId;
    c.name = name;
    c.clientId = clientId;
    c.applicationType = ApplicationType::MachineToMachine;
    c.grantTypes = { GrantType::ClientCredentials };
    c.authMethod = AuthMethod::ClientSecretBasic;
    return c;
}

} // namespace

class TestUseCases final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_run = 0;

    /// The keychain's answer for @p key through the workspace's own keychain.
    Result<QByteArray> keychainRead(const QString &key)
    {
        auto [later, resolve] = Later<SecretBytes>::make();
        m_ws->keychain().read(key, this, resolve);
        auto r = wait(later);
        if (!r)
            return std::unexpected(r.error());
        return r->toByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // A keychain service of its own: the app's entries are never touched.
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_usecases"), nullptr);
        auto opened = wait(m_ws->open(m_dir.filePath(QStringLiteral("run%1.sqlite").arg(++m_run))));
        QVERIFY2(opened, why(opened).constData());
    }

    void cleanup() { m_ws.reset(); }

    void submitCreatesTheApplicationThenTheClientWithItsSecret()
    {
        ClientSubmission s;
        s.client = m2mClient(0, QStringLiteral("batch"), QStringLiteral("batch-1"));
        s.secret = SecretBytes::fromUtf8(QStringLiteral("submitted-secret-0123456789"));
        s.newApplicationName = QStringLiteral("  Card issuing ");
        auto outcome = wait(m_ws->submissions().submit(std::move(s)));
        QVERIFY2(outcome, why(outcome).constData());
        QVERIFY2(outcome->client, why(outcome->client).constData());
        QVERIFY(outcome->createdApplication);
        QCOMPARE(outcome->createdApplication->name, QStringLiteral("Card issuing"));
        QCOMPARE(outcome->client->applicationId, outcome->createdApplication->id);
        QCOMPARE(outcome->secretToShow.toByteArray(), QByteArray("submitted-secret-0123456789"));
        QVERIFY(!outcome->registration); // nothing asked of an AS
        // In the store, and its secret in the keychain under the client's uuid.
        auto stored = wait(m_ws->clients().find(QStringLiteral("batch-1")));
        QVERIFY2(stored, why(stored).constData());
        QCOMPARE(stored->id, outcome->client->id);
        QCOMPARE(keychainRead(Keychain::clientSecretKey(stored->uuid)).value_or(QByteArray()),
            QByteArray("submitted-secret-0123456789"));
        // The token tests read the same secret.
        auto credentials = wait(m_ws->tokenTests().credentialsFor(*stored));
        QVERIFY2(credentials, why(credentials).constData());
        QVERIFY(credentials->clientSecret);
        QCOMPARE(
            credentials->clientSecret->toByteArray(), QByteArray("submitted-secret-0123456789"));
    }

    void aFailedSubmitSavesNothingAndSaysWhy()
    {
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Payments"), {}, {}, {} }));
        QVERIFY(app);
        ClientSubmission s;
        s.client = m2mClient(app->id, QStringLiteral("no-secret"), QStringLiteral("no-secret-1"));
        // A secret-based method without a secret: refused before anything is written.
        auto outcome = wait(m_ws->submissions().submit(std::move(s)));
        QVERIFY(outcome);
        QVERIFY(!outcome->client);
        QVERIFY(!outcome->client.error().message.isEmpty());
        QVERIFY(outcome->secretToShow.isEmpty());
        auto all = wait(m_ws->clients().list());
        QVERIFY(all);
        QCOMPARE(all->size(), 0);
    }

    void clientsAreNamedByIdNameOrClientId()
    {
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Cards"), {}, {}, {} }));
        QVERIFY(app);
        for (const auto &[name, id] :
            { std::pair { QStringLiteral("twin"), QStringLiteral("twin-a") },
                std::pair { QStringLiteral("twin"), QStringLiteral("twin-b") } }) {
            auto saved = wait(m_ws->clients().save(
                m2mClient(app->id, name, id), SecretBytes::fromUtf8(QStringLiteral("s-") + id)));
            QVERIFY2(saved, why(saved).constData());
        }
        auto byClientId = wait(m_ws->clients().find(QStringLiteral("twin-b")));
        QVERIFY(byClientId);
        QCOMPARE(byClientId->clientId, QStringLiteral("twin-b"));
        auto byId = wait(m_ws->clients().find(QString::number(byClientId->id)));
        QVERIFY(byId);
        QCOMPARE(byId->clientId, QStringLiteral("twin-b"));
        auto ambiguous = wait(m_ws->clients().find(QStringLiteral("twin")));
        QVERIFY(!ambiguous);
        QCOMPARE(ambiguous.error().code, ErrorCode::Conflict);
        QVERIFY2(ambiguous.error().message.contains(QStringLiteral("2 clients")),
            qPrintable(ambiguous.error().message));
        auto missing = wait(m_ws->clients().find(QStringLiteral("nobody")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("nobody")));
    }

    void deletingAnApplicationRemovesClientAndCertificateKeysFirst()
    {
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Doomed"), {}, {}, {} }));
        QVERIFY(app);
        auto client = wait(
            m_ws->clients().save(m2mClient(app->id, QStringLiteral("c"), QStringLiteral("c-1")),
                SecretBytes::fromUtf8(QStringLiteral("doomed-secret"))));
        QVERIFY2(client, why(client).constData());
        auto key = wait(m_ws->certificates().createKey(
            app->id, CertificatePurpose::Signing, KeyAlgorithm::EcP256));
        QVERIFY2(key, why(key).constData());
        const QString secretKey = Keychain::clientSecretKey(client->uuid);
        const QString privateKey = Keychain::privateKeyKey(key->uuid);
        QVERIFY(keychainRead(secretKey));
        QVERIFY(keychainRead(privateKey));

        QSignalSpy removed(m_ws.get(), &Workspace::applicationRemoved);
        auto done = wait(m_ws->applications().remove(app->id));
        QVERIFY2(done, why(done).constData());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(keychainRead(secretKey).error().code, ErrorCode::SecretNotFound);
        QCOMPARE(keychainRead(privateKey).error().code, ErrorCode::SecretNotFound);
        QCOMPARE(wait(m_ws->clients().list())->size(), 0);
        QCOMPARE(wait(m_ws->certificates().forApplication(app->id))->size(), 0);
    }

    void environmentsAreOneListAndRemovalTakesTheCredentials()
    {
        Environment env;
        env.name = QStringLiteral("UAT");
        env.issuer = QUrl(QStringLiteral("https://auth.uat.example.com"));
        auto saved = wait(m_ws->environments().save(env));
        QVERIFY2(saved, why(saved).constData());
        // Every writer's save reaches the one list the screens read.
        QTRY_VERIFY(m_ws->environments().byId(saved->id).has_value());
        auto stored = wait(m_ws->registrations().storeCredentials(*saved,
            std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(QStringLiteral("iat-value"))),
            std::nullopt));
        QVERIFY2(stored, why(stored).constData());
        QVERIFY(keychainRead(Keychain::initialAccessTokenKey(saved->uuid)));
        // The discovery cache has one writer, and it keeps the issuer rule.
        auto cached = wait(m_ws->environments().cacheDiscovery(
            *saved, QByteArray("{\"issuer\":\"https://auth.uat.example.com\"}")));
        QVERIFY2(cached, why(cached).constData());
        QVERIFY(cached->discoveryFetchedAt.has_value());
        QTRY_VERIFY(!m_ws->environments().byId(saved->id)->discoveryDocument.isEmpty());

        auto removed = wait(m_ws->environments().remove(saved->id));
        QVERIFY2(removed, why(removed).constData());
        QCOMPARE(*removed, QString()); // nothing left behind
        QTRY_VERIFY(!m_ws->environments().byId(saved->id).has_value());
        QCOMPARE(keychainRead(Keychain::initialAccessTokenKey(saved->uuid)).error().code,
            ErrorCode::SecretNotFound);
        auto again = wait(m_ws->environments().remove(saved->id));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }

    void aTestTokenForAClientWithoutEnvironmentSaysWhatToDo()
    {
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Nowhere"), {}, {}, {} }));
        QVERIFY(app);
        auto client = wait(m_ws->clients().save(
            m2mClient(app->id, QStringLiteral("lost"), QStringLiteral("lost-1")),
            SecretBytes::fromUtf8(QStringLiteral("lost-secret"))));
        QVERIFY(client);
        auto session = wait(m_ws->tokenTests().open(client->id, {}));
        QVERIFY(!session);
        QCOMPARE(session.error().code, ErrorCode::InvalidInput);
        QVERIFY2(session.error().message.contains(QStringLiteral("pick its environment")),
            qPrintable(session.error().message));
    }

    void theWorkspaceGoingAwayAnswersEveryWaiter()
    {
        // A Later whose workspace is destroyed before the keychain answered: its waiter hears
        // "stopped" (or the answer), never nothing, and nothing runs on a dead object.
        auto app = wait(m_ws->applications().save(
            Application { 0, QStringLiteral("Short-lived"), {}, {}, {} }));
        QVERIFY(app);
        Later<OAuthClient> pending
            = m_ws->clients().save(m2mClient(app->id, QStringLiteral("x"), QStringLiteral("x-1")),
                SecretBytes::fromUtf8(QStringLiteral("x-secret")));
        m_ws.reset();
        auto answer = wait(pending, 15000);
        QVERIFY(answer.has_value() || answer.error().code != ErrorCode::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestUseCases)
#include "tst_usecases.moc"
