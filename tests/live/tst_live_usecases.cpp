// SPDX-License-Identifier: GPL-3.0-or-later
// The walk "test token from the button to the pane", through the use cases, against the REAL
// local AS (oidc-provider, tests/live/with-as.sh): a client and its secret saved through the
// Workspace, the session opened by TokenTests, the token checked, the discovery the session
// fetched cached by the one writer (Environments), then a second session that uses the cache.
#include "../support/AwaitLater.h"
#include "usecases/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

namespace {

std::optional<TokenTestResult> run(TokenSession &session)
{
    QSignalSpy finished(&session, &TokenSession::finished);
    session.start();
    if (!finished.wait(20000))
        return std::nullopt;
    return finished.first().first().value<TokenTestResult>();
}

} // namespace

class TestLiveUseCases final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_appId = 0;
    Environment m_env;

    Result<OAuthClient> saveClient(
        const QString &clientId, AuthMethod method, const QString &secret)
    {
        OAuthClient c;
        c.applicationId = m_appId;
        c.environmentId = m_env.id;
        c.name = clientId;
        c.clientId = clientId;
        c.applicationType = ApplicationType::MachineToMachine;
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = method;
        c.scopes = { QStringLiteral("accounts:read") };
        return wait(m_ws->clients().save(c, SecretBytes::fromUtf8(secret)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("OAUTHDESK_TEST_ISSUER"),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        qRegisterMetaType<TokenTestResult>();
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_live_usecases"), nullptr);
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Live"), {}, {}, {} }));
        QVERIFY(app);
        m_appId = app->id;
        Environment e;
        e.name = QStringLiteral("Live AS");
        e.issuer = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
        e.apiBaseUrl = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_API"));
        e.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
        auto env = wait(m_ws->environments().save(e));
        QVERIFY2(env, why(env).constData());
        m_env = *env;
        QVERIFY(m_env.discoveryDocument.isEmpty()); // nothing cached yet
    }

    void cleanupTestCase() { m_ws.reset(); }

    void aTestTokenGoesDownThroughTheUseCasesAndComesBackOnce()
    {
        for (const auto &[clientId, method, secret] :
            { std::tuple { QStringLiteral("basic-client"), AuthMethod::ClientSecretBasic,
                  QStringLiteral("basic-secret-0123456789abcdef") },
                std::tuple { QStringLiteral("post-client"), AuthMethod::ClientSecretPost,
                    QStringLiteral("post-secret-0123456789abcdef") } }) {
            auto client = saveClient(clientId, method, secret);
            QVERIFY2(client, why(client).constData());
            auto session = wait(m_ws->tokenTests().open(client->id, {}));
            QVERIFY2(session, why(session).constData());
            QVERIFY(!(*session)->can(TokenSession::Capability::Interactive));
            QCOMPARE((*session)->client().clientId, clientId);
            const auto result = run(**session);
            QVERIFY(result);
            QVERIFY2(result->ok(),
                qPrintable(result->ok() ? QString() : result->token.result.error().message));
            QCOMPARE(result->token.result->grantedScopes,
                QStringList { QStringLiteral("accounts:read") });
            QVERIFY(result->signature); // the JWT's signature was checked against the AS's JWKS
        }
        // The first session fetched discovery; it reached the store through the one writer.
        QTRY_VERIFY_WITH_TIMEOUT(!m_ws->environments()
                                      .byId(m_env.id)
                                      .value_or(Environment {})
                                      .discoveryDocument.isEmpty(),
            5000);
        auto stored = wait(m_ws->environments().find(m_env.name));
        QVERIFY(stored);
        QVERIFY(stored->discoveryDocument.contains("token_endpoint"));
    }

    void aScopeOverrideAndAWrongSecretAreSaidPlainly()
    {
        auto client = saveClient(QStringLiteral("short-client"), AuthMethod::ClientSecretBasic,
            QStringLiteral("not-the-secret"));
        QVERIFY(client);
        TokenTests::Options options;
        options.scopes = { QStringLiteral("payments:write") };
        auto session = wait(m_ws->tokenTests().open(client->id, options));
        QVERIFY(session);
        QCOMPARE((*session)->client().scopes, options.scopes);
        const auto result = run(**session);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->token.result.error().code, ErrorCode::Rejected);
        QVERIFY2(result->token.result.error().message.contains(QStringLiteral("secret")),
            qPrintable(result->token.result.error().message));
    }

    void refreshingDiscoveryGoesThroughTheOneCache()
    {
        auto refreshed = wait(m_ws->environments().refreshDiscovery(m_env.id));
        QVERIFY2(refreshed, why(refreshed).constData());
        QVERIFY(refreshed->discovery.metadata);
        QCOMPARE(
            refreshed->discovery.metadata->issuer, qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
        QVERIFY(refreshed->environment.discoveryFetchedAt.has_value());
        QVERIFY(!Registrations::endpoint(refreshed->environment)
                     .isEmpty()); // the test AS offers registration
    }
};

QTEST_GUILESS_MAIN(TestLiveUseCases)
#include "tst_live_usecases.moc"
