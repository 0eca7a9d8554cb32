// SPDX-License-Identifier: GPL-3.0-or-later
// Dynamic client registration against the REAL provider (with-as.sh) with the REAL keychain
// (with-keyring.sh) and a real SQLite file: RegistrationService registers each application type
// (RFC 7591) with the environment's initial access token from the keychain, reads the client
// back, updates it, asks for a secret rotation and deletes it (RFC 7592); bad metadata and a bad
// initial access token are refused in plain words with the field named and nothing saved; and
// an issued secret really gets a token. Then introspection (RFC 7662) and revocation (RFC 7009)
// of an opaque access token with the registered client's own authentication.
#include "jose/Jwk.h"
#include "jose/JwsSigner.h"
#include "oauth/Discovery.h"
#include "oauth/TokenIntrospection.h"
#include "oauth/TokenTester.h"
#include "oauth/Transport.h"
#include "pki/KeyPair.h"
#include "registry/ClientRegistry.h"
#include "registry/RegistrationService.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

template <typename T>
T await(const std::function<void(std::function<void(T)>)> &start, int ms = 30000)
{
    std::optional<T> out;
    start([&out](T r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
        qFatal("no answer within %d ms", ms);
    return std::move(*out);
}

QByteArray why(const Result<OAuthClient> &r)
{
    return r
        ? QByteArray()
        : (r.error().message + QStringLiteral(" [") + r.error().detail + QLatin1Char(']')).toUtf8();
}

} // namespace

class TestLiveRegister final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Transport m_transport;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<ClientRegistry> m_clients;
    std::unique_ptr<RegistrationService> m_service;
    Environment m_env;
    qint64 m_appId = 0;

    OAuthClient draft(ApplicationType type, const QString &name) const
    {
        OAuthClient c;
        c.applicationId = m_appId;
        c.name = name;
        c.applicationType = type;
        switch (type) {
        case ApplicationType::MachineToMachine:
            c.grantTypes = { GrantType::ClientCredentials };
            c.authMethod = AuthMethod::ClientSecretBasic;
            c.scopes = { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };
            break;
        case ApplicationType::Web:
            c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
            c.authMethod = AuthMethod::ClientSecretPost;
            c.redirectUris = { QStringLiteral("https://app.example.com/callback") };
            c.scopes = { QStringLiteral("openid"), QStringLiteral("accounts:read") };
            break;
        case ApplicationType::SinglePage:
            c.grantTypes = { GrantType::AuthorizationCode };
            c.authMethod = AuthMethod::None;
            c.redirectUris = { QStringLiteral("https://spa.example.com/cb") };
            c.scopes = { QStringLiteral("openid") };
            break;
        case ApplicationType::Native:
            c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
            c.authMethod = AuthMethod::None;
            c.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
            c.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access") };
            break;
        }
        return c;
    }

    RegistrationOutcome registerDraft(const OAuthClient &c)
    {
        return await<RegistrationOutcome>([&](auto done) {
            m_service->registerClient(m_env, { c, {}, {}, {} }, this, done);
        });
    }

    QList<OAuthClient> storedClients()
    {
        auto s = Store::open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")));
        if (!s)
            qFatal("store: %s", qPrintable(s.error().message));
        return (*s)->clients().value_or(QList<OAuthClient> {});
    }

    Result<SecretBytes> keychainRead(const QString &key)
    {
        return await<Result<SecretBytes>>([&](auto done) { m_keychain->read(key, this, done); });
    }

    std::optional<TokenTestResult> token(
        const OAuthClient &c, std::shared_ptr<const SecretBytes> secret, QStringList resource = {})
    {
        Q_UNUSED(resource);
        TokenTester tester(&m_transport, m_env, c, std::move(secret));
        QSignalSpy finished(&tester, &TokenTester::finished);
        tester.start();
        if (!finished.wait(20000))
            return std::nullopt;
        return finished.first().first().value<TokenTestResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        m_env.name = QStringLiteral("Live AS");
        m_env.issuer = QUrl(env("OAUTHDESK_TEST_ISSUER"));
        m_env.apiBaseUrl = QUrl(env("OAUTHDESK_TEST_API"));
        m_env.caBundlePath = env("OAUTHDESK_TEST_CA");
        auto discovered = await<DiscoveryOutcome>(
            [&](auto done) { fetchDiscovery(&m_transport, m_env, this, done); });
        QVERIFY2(discovered.metadata,
            qPrintable(discovered.metadata ? QString() : discovered.metadata.error().message));
        QVERIFY(!discovered.metadata->registrationEndpoint.isEmpty());
        m_env.discoveryDocument = discovered.document;
        m_env.discoveryFetchedAt = QDateTime::currentDateTimeUtc();
        const QString path = m_dir.filePath(QStringLiteral("oauthdesk.sqlite"));
        {
            auto s = Store::open(path);
            QVERIFY(s);
            m_appId = (*s)->saveApplication({ 0, QStringLiteral("Payments"), {}, {}, {} })->id;
            auto saved = (*s)->saveEnvironment(m_env);
            QVERIFY(saved);
            m_env = *saved;
        }
        m_store = std::make_unique<AsyncStore>();
        auto opened = m_store->open(path);
        QTRY_VERIFY(opened.isFinished());
        m_keychain = std::make_unique<Keychain>();
        m_clients = std::make_unique<ClientRegistry>(m_store.get(), m_keychain.get());
        m_service = std::make_unique<RegistrationService>(&m_transport, m_clients.get());
        QCOMPARE(RegistrationService::registrationEndpoint(m_env),
            discovered.metadata->registrationEndpoint);
    }

    void withoutInitialAccessTokenRefused()
    {
        // Nothing stored for the environment yet: the AS (which requires one) refuses.
        const RegistrationOutcome o
            = registerDraft(draft(ApplicationType::MachineToMachine, QStringLiteral("no-iat")));
        QVERIFY(!o.client);
        QVERIFY2(o.client.error().message.startsWith(QLatin1String("Initial access token:")),
            qPrintable(o.client.error().message));
        QVERIFY(storedClients().isEmpty());
    }

    void badInitialAccessTokenRefused()
    {
        auto stored = await<Result<void>>([&](auto done) {
            m_service->storeCredentials(m_env,
                std::make_shared<const SecretBytes>(
                    SecretBytes::fromUtf8(QStringLiteral("not-the-token-0123456789"))),
                std::nullopt, this, done);
        });
        QVERIFY(stored);
        const RegistrationOutcome o
            = registerDraft(draft(ApplicationType::MachineToMachine, QStringLiteral("bad-iat")));
        QVERIFY(!o.client);
        QVERIFY2(o.client.error().message.startsWith(QLatin1String("Initial access token:")),
            qPrintable(o.client.error().message));
        QVERIFY(o.client.error().detail.contains(QLatin1String("HTTP 401"))
            || o.client.error().detail.contains(QLatin1String("invalid_token")));
        QCOMPARE(o.exchanges.size(), 1);
        // The token never shows in what the pane displays.
        QVERIFY(!o.exchanges.first().requestText().contains(QLatin1String("not-the-token")));
        QVERIFY(storedClients().isEmpty());

        // The real one, from the keychain, from now on.
        stored = await<Result<void>>([&](auto done) {
            m_service->storeCredentials(m_env,
                std::make_shared<const SecretBytes>(
                    SecretBytes::fromUtf8(env("OAUTHDESK_TEST_IAT"))),
                std::nullopt, this, done);
        });
        QVERIFY(stored);
        auto creds = await<Result<RegistrationCredentials>>(
            [&](auto done) { m_service->readCredentials(m_env, this, done); });
        QVERIFY(creds && creds->initialAccessToken);
        QCOMPARE(creds->initialAccessToken->toUtf8String(), env("OAUTHDESK_TEST_IAT"));
        QVERIFY(!creds->softwareStatement);
    }

    void badMetadataNamesTheField()
    {
        OAuthClient c = draft(ApplicationType::Web, QStringLiteral("fragment"));
        c.redirectUris = { QStringLiteral("https://app.example.com/cb#fragment") };
        RegistrationOutcome o = registerDraft(c);
        QVERIFY(!o.client);
        QVERIFY2(o.client.error().message.startsWith(QLatin1String("Redirect URIs:")),
            qPrintable(o.client.error().message));

        c = draft(ApplicationType::MachineToMachine, QStringLiteral("keyless"));
        c.authMethod
            = AuthMethod::PrivateKeyJwt; // and no jwks or jwks_uri to check assertions with
        o = registerDraft(c);
        QVERIFY(!o.client);
        QVERIFY2(o.client.error().detail.contains(QLatin1String("invalid_client_metadata")),
            qPrintable(o.client.error().detail));
        QVERIFY2(o.client.error().message.startsWith(QLatin1String("Signing key"))
                || o.client.error().message.startsWith(QLatin1String("Authentication method")),
            qPrintable(o.client.error().message));
        QVERIFY(storedClients().isEmpty());
    }

    void notSavedHereMeansDeletedThere()
    {
        // The AS registers it, but the store refuses it (no such application): OAuthDesk deletes
        // it at the AS again, so no client is left there whose secret nobody has.
        OAuthClient c = draft(ApplicationType::MachineToMachine, QStringLiteral("orphan"));
        c.applicationId = 987654;
        auto secretEntries = [] {
            QProcess search;
            search.start(QStringLiteral("secret-tool"),
                { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QString::fromLatin1(Keychain::kService) });
            search.waitForFinished(10000);
            const QByteArray out = search.readAllStandardOutput() + search.readAllStandardError();
            return out.count("/client_secret");
        };
        const int secretsBefore = secretEntries();
        const int before = storedClients().size();
        const RegistrationOutcome o = registerDraft(c);
        QVERIFY(!o.client);
        QVERIFY2(o.warnings.isEmpty(), qPrintable(o.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(o.exchanges.size(), 2);
        QCOMPARE(o.exchanges.at(0).status, 201);
        QCOMPARE(o.exchanges.at(1).request.method, QByteArray("DELETE"));
        QCOMPARE(o.exchanges.at(1).status, 204);
        QCOMPARE(storedClients().size(), before);
        // Its secret went to the keychain first, and was taken out again with the failed save.
        QCOMPARE(secretEntries(), secretsBefore);
    }

    void registerEachTypeAndManage_data()
    {
        QTest::addColumn<ApplicationType>("type");
        QTest::newRow("machine-to-machine") << ApplicationType::MachineToMachine;
        QTest::newRow("web") << ApplicationType::Web;
        QTest::newRow("spa") << ApplicationType::SinglePage;
        QTest::newRow("native") << ApplicationType::Native;
    }

    void registerEachTypeAndManage()
    {
        QFETCH(ApplicationType, type);
        const OAuthClient asked = draft(type, QStringLiteral("Registered ") + toWire(type));
        const RegistrationOutcome o = registerDraft(asked);
        QVERIFY2(o.client, why(o.client).constData());
        QVERIFY2(o.warnings.isEmpty(), qPrintable(o.warnings.join(QLatin1Char('\n'))));
        const OAuthClient &c = *o.client;
        QVERIFY(!c.clientId.isEmpty());
        QVERIFY(c.id > 0);
        QCOMPARE(c.environmentId, std::optional<qint64>(m_env.id));
        QVERIFY(c.registrationClientUri.isValid());
        QVERIFY(c.registrationClientUri.toString().contains(c.clientId));
        QVERIFY(c.clientIdIssuedAt.has_value());
        QVERIFY(qAbs(c.clientIdIssuedAt->secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(c.authMethod, asked.authMethod);
        QCOMPARE(c.grantTypes, asked.grantTypes);
        // Asked for exactly what the AS grants: nothing is reported as different.
        QVERIFY2(o.differences.isEmpty(),
            qPrintable(o.differences.isEmpty() ? QString() : o.differences.first().text));

        // The store has the AS's truth, and no secret; the keychain has the secret and token.
        const QList<OAuthClient> stored = storedClients();
        auto it = std::find_if(
            stored.begin(), stored.end(), [&](const OAuthClient &s) { return s.id == c.id; });
        QVERIFY(it != stored.end());
        QCOMPARE(it->clientId, c.clientId);
        QCOMPARE(it->registrationClientUri, c.registrationClientUri);
        auto rat = keychainRead(Keychain::registrationTokenKey(c.uuid));
        QVERIFY(rat && !rat->isEmpty());
        if (usesClientSecret(c.authMethod)) {
            QVERIFY(o.clientSecret);
            auto secret = keychainRead(Keychain::clientSecretKey(c.uuid));
            QVERIFY(secret);
            QVERIFY(secret->equals(*o.clientSecret));
        } else {
            QVERIFY(!o.clientSecret);
        }
        QDirIterator files(m_dir.path(), QDir::Files);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray all = f.readAll();
            QVERIFY(!all.contains(rat->toByteArray()));
            if (o.clientSecret)
                QVERIFY(!all.contains(o.clientSecret->toByteArray()));
        }

        if (type == ApplicationType::MachineToMachine) {
            // The issued secret, from the keychain, really gets a token.
            auto t = token(c, o.clientSecret);
            QVERIFY(t.has_value());
            QVERIFY2(t->ok(), qPrintable(t->ok() ? QString() : t->token.result.error().message));
        }

        // Read back (RFC 7592 §2.1): the same client, nothing changed at the AS.
        RegistrationOutcome read = await<RegistrationOutcome>(
            [&](auto done) { m_service->refresh(m_env, c, this, done); });
        QVERIFY2(read.client, why(read.client).constData());
        QCOMPARE(read.exchanges.size(), 1);
        QCOMPARE(read.exchanges.first().request.method, QByteArray("GET"));
        QCOMPARE(read.exchanges.first().status, 200);
        QVERIFY(!read.exchanges.first().requestText().contains(rat->toUtf8String()));
        QVERIFY2(read.differences.isEmpty(),
            qPrintable(read.differences.isEmpty() ? QString() : read.differences.first().text));
        QCOMPARE(read.client->clientId, c.clientId);

        // Update (PUT, full metadata): a new name and, for M2M, one scope fewer.
        RegistrationInput edit { *read.client, {}, {}, {} };
        edit.client.name = QStringLiteral("Renamed ") + toWire(type);
        if (type == ApplicationType::MachineToMachine)
            edit.client.scopes = { QStringLiteral("accounts:read") };
        RegistrationOutcome updated = await<RegistrationOutcome>(
            [&](auto done) { m_service->update(m_env, edit, this, done); });
        QVERIFY2(updated.client, why(updated.client).constData());
        QCOMPARE(updated.exchanges.first().request.method, QByteArray("PUT"));
        QCOMPARE(updated.client->name, edit.client.name);
        QCOMPARE(updated.granted.value(QLatin1String("client_name")).toString(), edit.client.name);
        QCOMPARE(updated.client->scopes, edit.client.scopes);
        QVERIFY(!updated.secretChanged);
        // The AS rotates the registration access token on every update: the keychain has the new
        // one.
        auto ratAfterUpdate = keychainRead(Keychain::registrationTokenKey(c.uuid));
        QVERIFY(ratAfterUpdate && !ratAfterUpdate->isEmpty());
        QVERIFY(!ratAfterUpdate->equals(*rat));
        // The current secret went along (RFC 7592 §2.2) but is not shown.
        if (usesClientSecret(c.authMethod))
            QVERIFY(updated.exchanges.first().requestText().contains(
                QLatin1String("\"client_secret\":\"<redacted>\"")));
        QVERIFY(!updated.exchanges.first().responseText().contains(rat->toUtf8String()));
        const auto afterUpdate = storedClients();
        QVERIFY(std::any_of(afterUpdate.begin(), afterUpdate.end(),
            [&](const OAuthClient &s) { return s.id == c.id && s.name == edit.client.name; }));

        if (usesClientSecret(c.authMethod)) {
            // oidc-provider keeps the secret on a PUT: reported as not supported, secret untouched.
            RegistrationOutcome rotated = await<RegistrationOutcome>([&](auto done) {
                m_service->rotateSecret(m_env, { *updated.client, {}, {}, {} }, this, done);
            });
            QVERIFY2(rotated.client, why(rotated.client).constData());
            QVERIFY(!rotated.secretChanged);
            QVERIFY(!rotated.clientSecret);
            QVERIFY(!rotated.warnings.isEmpty());
            QVERIFY(rotated.warnings.first().contains(QLatin1String("does not rotate")));
            QVERIFY(!QJsonDocument::fromJson(rotated.exchanges.first().request.body)
                         .object()
                         .contains(QLatin1String("client_secret")));
            auto still = keychainRead(Keychain::clientSecretKey(c.uuid));
            QVERIFY(still && still->equals(*o.clientSecret));
        }

        // Delete at the AS, then here: the store and keychain entries go too.
        auto [deleted, exchanges]
            = await<std::pair<Result<void>, QList<HttpExchange>>>([&](auto done) {
                  m_service->deleteAtAs(
                      m_env, *updated.client, this, [done](Result<void> r, QList<HttpExchange> ex) {
                          done({ std::move(r), std::move(ex) });
                      });
              });
        QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().message));
        QCOMPARE(exchanges.first().status, 204);
        const auto afterDelete = storedClients();
        QVERIFY(std::none_of(afterDelete.begin(), afterDelete.end(),
            [&](const OAuthClient &s) { return s.id == c.id; }));
        QCOMPARE(keychainRead(Keychain::registrationTokenKey(c.uuid)).error().code,
            ErrorCode::SecretNotFound);
        // At the AS it is gone: its old registration access token no longer reads it.
        RegistrationCall get;
        get.method = "GET";
        get.url = c.registrationClientUri;
        get.bearer = std::make_shared<const SecretBytes>(rat->clone());
        HttpExchange gone = await<HttpExchange>([&](auto done) {
            sendRegistrationCall(&m_transport, get, m_env.caBundlePath, this, done);
        });
        QVERIFY2(
            gone.status == 401 || gone.status == 404, qPrintable(QString::number(gone.status)));
        QVERIFY(!parseRegistrationResponse(gone, RegistrationStep::Read));
    }

    void privateKeyJwtWithInlineJwks()
    {
        auto key = generateKey(KeyAlgorithm::EcP256);
        QVERIFY(key);
        auto jwk = publicJwk(key->get());
        QVERIFY(jwk);
        const QString kid = *jwkThumbprint(*jwk);
        OAuthClient c
            = draft(ApplicationType::MachineToMachine, QStringLiteral("signed-assertions"));
        c.authMethod = AuthMethod::PrivateKeyJwt;
        const QByteArray jwks
            = jwksDocument({ JwksEntry { *jwk, kid, QStringLiteral("ES256"), {} } });
        const RegistrationOutcome o = await<RegistrationOutcome>([&](auto done) {
            m_service->registerClient(m_env, { c, jwks, {}, {} }, this, done);
        });
        QVERIFY2(o.client, why(o.client).constData());
        QVERIFY(!o.clientSecret); // no secret for private_key_jwt
        QCOMPARE(o.client->authMethod, AuthMethod::PrivateKeyJwt);
        QVERIFY2(o.differences.isEmpty(),
            qPrintable(o.differences.isEmpty() ? QString() : o.differences.first().text));
        // The key registered inline really authenticates the client.
        ClientCredentials cred;
        cred.signingKeyPkcs8Der
            = std::make_shared<const SecretBytes>(*privateKeyToPkcs8Der(key->get()));
        cred.signingKid = kid;
        TokenTester tester(&m_transport, m_env, *o.client, cred);
        QSignalSpy finished(&tester, &TokenTester::finished);
        tester.start();
        QVERIFY(finished.wait(20000));
        const auto t = finished.first().first().value<TokenTestResult>();
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.token.result.error().message));
    }

    void softwareStatementFromTheKeychain()
    {
        // An SSA signed by the test SSA issuer's key; its claims override the request
        // (client_name).
        QFile keyFile(env("OAUTHDESK_TEST_SSA_KEY"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        auto ssaKey = privateKeyFromPkcs8(SecretBytes::fromBytes(keyFile.readAll()));
        QVERIFY(ssaKey);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims { { QStringLiteral("iss"), env("OAUTHDESK_TEST_SSA_ISSUER") },
            { QStringLiteral("software_id"), QStringLiteral("oauthdesk-live") },
            { QStringLiteral("software_version"), QStringLiteral("6.0") },
            { QStringLiteral("client_name"), QStringLiteral("Settlement (per SSA)") },
            { QStringLiteral("iat"), now }, { QStringLiteral("exp"), now + 600 } };
        auto ssa = signJws(ssaKey->get(), QStringLiteral("ES256"), {},
            QJsonDocument(claims).toJson(QJsonDocument::Compact));
        QVERIFY(ssa);
        auto stored = await<Result<void>>([&](auto done) {
            m_service->storeCredentials(m_env, std::nullopt,
                std::make_shared<const SecretBytes>(SecretBytes::fromBytes(*ssa)), this, done);
        });
        QVERIFY(stored);
        RegistrationOutcome o
            = registerDraft(draft(ApplicationType::MachineToMachine, QStringLiteral("settlement")));
        QVERIFY2(o.client, why(o.client).constData());
        QCOMPARE(o.granted.value(QLatin1String("software_id")).toString(),
            QStringLiteral("oauthdesk-live"));
        // The AS's answer is the truth: the name from the statement, and the difference listed.
        QCOMPARE(o.client->name, QStringLiteral("Settlement (per SSA)"));
        QCOMPARE(o.differences.size(), 1);
        QCOMPARE(o.differences.first().field, QStringLiteral("client_name"));
        // Sent, but never shown: neither the statement nor the initial access token.
        const QString shown = o.exchanges.first().requestText();
        QVERIFY(shown.contains(QStringLiteral("\"software_statement\":\"<redacted>\"")));
        QVERIFY(!shown.contains(QString::fromLatin1(ssa->left(40))));

        // A statement signed by another key is refused, naming the software statement.
        auto otherKey = generateKey(KeyAlgorithm::EcP256);
        auto forged = signJws(otherKey->get(), QStringLiteral("ES256"), {},
            QJsonDocument(claims).toJson(QJsonDocument::Compact));
        QVERIFY(forged);
        stored = await<Result<void>>([&](auto done) {
            m_service->storeCredentials(m_env, std::nullopt,
                std::make_shared<const SecretBytes>(SecretBytes::fromBytes(*forged)), this, done);
        });
        QVERIFY(stored);
        const int before = storedClients().size();
        o = registerDraft(draft(ApplicationType::MachineToMachine, QStringLiteral("forged")));
        QVERIFY(!o.client);
        QVERIFY2(o.client.error().message.startsWith(QLatin1String("Software statement:")),
            qPrintable(o.client.error().message));
        QVERIFY(o.client.error().detail.contains(QLatin1String("invalid_software_statement")));
        QCOMPARE(storedClients().size(), before);

        // Removed again: later registrations go without one.
        stored = await<Result<void>>([&](auto done) {
            m_service->storeCredentials(
                m_env, std::nullopt, std::shared_ptr<const SecretBytes>(), this, done);
        });
        QVERIFY(stored);
        auto creds = await<Result<RegistrationCredentials>>(
            [&](auto done) { m_service->readCredentials(m_env, this, done); });
        QVERIFY(creds && !creds->softwareStatement && creds->initialAccessToken);
    }

    void introspectRevokeWithRegisteredClient()
    {
        const RegistrationOutcome o = registerDraft(
            draft(ApplicationType::MachineToMachine, QStringLiteral("introspecting")));
        QVERIFY2(o.client, why(o.client).constData());
        // An opaque access token (the AS stores those, so they can be introspected and revoked).
        TokenRequest r;
        r.tokenEndpoint = QUrl(env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/token"));
        r.clientId = o.client->clientId;
        r.authMethod = o.client->authMethod;
        r.clientSecret = o.clientSecret;
        r.credentials.clientSecret = o.clientSecret;
        r.scopes = { QStringLiteral("accounts:read") };
        r.grantFields = { { "resource", "https://opaque.oauthdesk.test" } };
        r.caBundlePath = m_env.caBundlePath;
        TokenOutcome t
            = await<TokenOutcome>([&](auto done) { requestToken(&m_transport, r, this, done); });
        QVERIFY2(t.result,
            qPrintable(t.result ? QString() : t.result.error().message + t.result.error().detail));

        TokenCall call;
        call.endpoint = QUrl(env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/token/introspection"));
        call.tokenEndpoint = r.tokenEndpoint;
        call.client = { o.client->clientId, o.client->authMethod, o.clientSecret, r.credentials };
        call.token = t.result->accessToken;
        IntrospectionOutcome before = await<IntrospectionOutcome>([&](auto done) {
            introspectToken(&m_transport, call, m_env.caBundlePath, this, done);
        });
        QVERIFY2(
            before.result, qPrintable(before.result ? QString() : before.result.error().message));
        QVERIFY(before.result->active);
        QCOMPARE(
            before.result->claims.value(QLatin1String("client_id")).toString(), o.client->clientId);
        QVERIFY(before.result->summary().startsWith(QLatin1String("Active")));
        QVERIFY(!before.exchange.requestText().contains(t.result->accessToken->toUtf8String()));

        TokenCall revoke = call;
        revoke.endpoint = QUrl(env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/token/revocation"));
        RevocationOutcome revoked = await<RevocationOutcome>(
            [&](auto done) { revokeToken(&m_transport, revoke, m_env.caBundlePath, this, done); });
        QVERIFY2(revoked.result,
            qPrintable(revoked.result ? QString() : revoked.result.error().message));
        QCOMPARE(revoked.exchange.status, 200);

        IntrospectionOutcome after = await<IntrospectionOutcome>([&](auto done) {
            introspectToken(&m_transport, call, m_env.caBundlePath, this, done);
        });
        QVERIFY(after.result);
        QVERIFY(!after.result->active);
        QVERIFY(after.result->summary().startsWith(QLatin1String("Inactive")));

        // Another client's credentials are refused in plain words.
        TokenCall wrong = call;
        wrong.client.clientSecret = std::make_shared<const SecretBytes>(
            SecretBytes::fromUtf8(QStringLiteral("wrong-secret-0123456789")));
        IntrospectionOutcome refused = await<IntrospectionOutcome>([&](auto done) {
            introspectToken(&m_transport, wrong, m_env.caBundlePath, this, done);
        });
        QVERIFY(!refused.result);
        QVERIFY(refused.result.error().message.contains(
            QLatin1String("rejected this client's credentials")));
    }
};

QTEST_GUILESS_MAIN(TestLiveRegister)
#include "tst_live_register.moc"
