// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AsyncStore.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <memory>

using namespace oauthdesk;

namespace {

template <typename T> QByteArray errorText(const Result<T> &r)
{
    if (r)
        return QByteArray("(no error)");
    return (r.error().message + QStringLiteral(" | ") + r.error().detail).toUtf8();
}

// Fails the current test (from the calling test function) when a Result holds an error.
#define VERIFY_OK(r) QVERIFY2((r).has_value(), errorText(r).constData())

#define OPEN_STORE(var, path)                                                                      \
    std::unique_ptr<Store> var;                                                                    \
    {                                                                                              \
        auto opened_ = Store::open(path);                                                          \
        VERIFY_OK(opened_);                                                                        \
        var = std::move(*opened_);                                                                 \
    }

// A raw SQLite connection beside the Store, closed and removed when it goes out of scope so
// the file can be checked afterwards (QSqlDatabase::removeDatabase).
class RawDb final
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_ok = m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDb)

    [[nodiscard]] bool isOpen() const { return m_ok; }
    [[nodiscard]] QSqlDatabase &db() { return m_db; }

    /// Runs @p sql; returns the error text, empty on success.
    QString exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return q.lastError().text() + QStringLiteral(" in: ") + sql;
        return {};
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QStringList tables()
    {
        QStringList out;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                  " AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
            while (q.next())
                out.append(q.value(0).toString());
        }
        return out;
    }
    QStringList columns(const QString &table)
    {
        QStringList out;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA table_info(") + table + QLatin1Char(')'))) {
            while (q.next())
                out.append(q.value(1).toString());
        }
        return out;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_ok = false;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Millisecond precision, as the store keeps it.
QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

Application sampleApplication(const QString &name = QStringLiteral("Partner Portal"))
{
    Application a;
    a.name = name;
    a.description = QStringLiteral("Orders and invoices for partners — ünïcödé");
    a.organisationId = QStringLiteral("org-4711");
    a.createdAt = at("2024-03-01T10:15:30.123Z");
    return a;
}

Environment sampleEnvironment(const QString &name = QStringLiteral("UAT"))
{
    Environment e;
    e.name = name;
    e.issuer = QUrl(QStringLiteral("https://auth.uat.example.com/realms/partners"));
    e.connectivity = Connectivity::MutualTls;
    e.apiBaseUrl = QUrl(QStringLiteral("https://api.uat.example.com/v1"));
    e.headers = {
        { QStringLiteral("X-Region"), QStringLiteral("2"),
            { { QStringLiteral("1"), QStringLiteral("EMEA") },
                { QStringLiteral("2"), QStringLiteral("APAC") } } },
        { QStringLiteral("X-Partner-Id"), QStringLiteral("acme \"42\""), {} },
    };
    e.caBundlePath = QStringLiteral("/etc/ssl/certs/uat-ca.pem");
    // The store keeps the bytes as given (Environments checks them before a save).
    e.clientCaPem = QByteArray("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n");
    e.assertionAudience = AssertionAudience::EndpointCalled;
    e.discoveryDocument = QByteArray("{\"issuer\":\"https://auth.uat.example.com/realms/partners\","
                                     "\"token_endpoint\":\"https://auth.uat.example.com/token\"}");
    e.discoveryFetchedAt = at("2024-03-02T08:00:00.456Z");
    e.createdAt = at("2024-03-01T09:00:00.001Z");
    return e;
}

OAuthClient sampleClient(qint64 applicationId, std::optional<qint64> environmentId,
    const QString &clientId = QStringLiteral("orders-web"))
{
    OAuthClient c;
    c.applicationId = applicationId;
    c.environmentId = environmentId;
    c.clientId = clientId;
    c.name = QStringLiteral("Orders web");
    c.description = QStringLiteral("The partner-facing order site");
    c.applicationType = ApplicationType::Web;
    c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
    c.pkce = PkcePolicy::Required;
    c.redirectUris = { QStringLiteral("https://orders.example.com/callback"),
        QStringLiteral("https://orders.example.com/callback?alt=\"1\"") };
    c.postLogoutRedirectUris = { QStringLiteral("https://orders.example.com/bye") };
    c.scopes = { QStringLiteral("openid"), QStringLiteral("orders.read"),
        QStringLiteral("orders:write") };
    c.accessTokenLifetimeSeconds = 900;
    c.refreshTokenLifetimeSeconds = 86400;
    c.authMethod = AuthMethod::PrivateKeyJwt;
    c.certificateBoundTokens = true;
    c.status = ClientStatus::Approved;
    c.createdAt = at("2024-03-03T12:00:00.789Z");
    c.registrationClientUri = QUrl(QStringLiteral("https://auth.example.com/register/orders-web"));
    c.clientIdIssuedAt = at("2024-03-03T12:00:01.000Z");
    c.clientSecretExpiresAt = at("2025-03-03T12:00:00.000Z");
    return c;
}

CertificateRecord sampleCertificate(qint64 applicationId, CertificatePurpose purpose)
{
    CertificateRecord c;
    c.applicationId = applicationId;
    c.purpose = purpose;
    c.keyAlgorithm = KeyAlgorithm::EcP384;
    c.subjectDn = QStringLiteral("CN=orders,O=Acme,C=DE");
    c.subjectAltNames
        = { QStringLiteral("DNS:orders.example.com"), QStringLiteral("URI:spiffe://acme/orders") };
    c.csrPem = QByteArray("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n"
                          "-----END CERTIFICATE REQUEST-----\n");
    c.certificatePem = QByteArray("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n");
    c.chainPem = QByteArray("-----BEGIN CERTIFICATE-----\nMIID\n-----END CERTIFICATE-----\n");
    c.serialNumber = QStringLiteral("0A:1B:2C");
    c.notBefore = at("2024-01-01T00:00:00.000Z");
    c.notAfter = at("2025-01-01T00:00:00.000Z");
    c.sha256Thumbprint
        = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    c.kid = QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    c.state = CertificateState::Issued;
    c.createdAt = at("2024-01-01T00:00:00.500Z");
    return c;
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openCreatesLatestVersion();
    void resolvePath();
    void applicationRoundTrip();
    void applicationUpdateVsInsert();
    void environmentRoundTrip();
    void environmentNameIsUnique();
    void clientRoundTrip();
    void clientUpdateVsInsert();
    void certificateRoundTrip();
    void certificateUpdateOfMissingRow();
    void updateWithoutCreatedAtKeepsIt();
    void remove();
    void deletingApplicationCascades();
    void deletingEnvironmentUnlinksClients();
    void clientIdUniquePerEnvironment();
    void snapshot();
    void keychainJournal();
    void discoveryCacheNeverOverwritesAnEdit();
    void migrationFromVersion1();
    void migrationFromVersion8();
    void refusesNewerSchema();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void saveClientsIsAllOrNothing_data();
    void saveClientsIsAllOrNothing();
    void changeSignals();
    void noSecretColumns();
    void asyncRunBeforeOpen();
    void asyncOpenAndSave();
    void asyncOpenFailure();
    void asyncCallbacks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
}

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("oauthdesk.sqlite"));
}

void TestStore::cleanup()
{
    // Every Store and raw connection a test made must be gone by now.
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    m_dir.reset();
}

void TestStore::openCreatesLatestVersion()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b/oauthdesk.sqlite"));
    QVERIFY(!QFileInfo::exists(nested));
    {
        OPEN_STORE(store, nested);
        QVERIFY(QFileInfo::exists(nested));
        QCOMPARE(store->path(), QFileInfo(nested).absoluteFilePath());
        QCOMPARE(store->schemaVersion(), latestSchemaVersion());
        QCOMPARE(latestSchemaVersion(), schemaMigrations().constLast().version);
        QCOMPARE(latestSchemaVersion(), 9);
        // Regression (issue 13): every commit is durable (FULL), not just consistent (NORMAL),
        // so a power loss cannot take back a write whose secret is already in the keychain.
        QCOMPARE(store->synchronousMode(), 2);
        QCOMPARE(store->integrityCheck().value(), QStringLiteral("ok"));
    }
    // Reopening an up-to-date file changes nothing; each migration is recorded once.
    {
        OPEN_STORE(store, nested);
        QCOMPARE(store->schemaVersion(), latestSchemaVersion());
    }
    RawDb raw(nested);
    QVERIFY(raw.isOpen());
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT version, description, applied_at FROM schema_version"
                                  " ORDER BY version")));
    int expected = 0;
    while (q.next()) {
        const Migration &m = schemaMigrations().at(expected);
        QCOMPARE(q.value(0).toInt(), m.version);
        QCOMPARE(q.value(1).toString(), m.why);
        QVERIFY(q.value(2).toLongLong() > 0);
        ++expected;
    }
    QCOMPARE(expected, schemaMigrations().size());
    QCOMPARE(raw.tables(),
        (QStringList { QStringLiteral("applications"), QStringLiteral("certificates"),
            QStringLiteral("clients"), QStringLiteral("environments"),
            QStringLiteral("keychain_journal"), QStringLiteral("local_ca"),
            QStringLiteral("schema_version") }));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestStore::resolvePath()
{
    QCOMPARE(
        Store::resolvePath(m_dir->path()), m_dir->filePath(QStringLiteral("oauthdesk.sqlite")));
    const QByteArray old = qgetenv("OAUTHDESK_DATA_DIR");
    qputenv("OAUTHDESK_DATA_DIR", m_dir->filePath(QStringLiteral("env")).toLocal8Bit());
    QCOMPARE(
        Store::resolvePath(QString()), m_dir->filePath(QStringLiteral("env/oauthdesk.sqlite")));
    // The command line wins over the environment.
    QCOMPARE(Store::resolvePath(m_dir->filePath(QStringLiteral("cli"))),
        m_dir->filePath(QStringLiteral("cli/oauthdesk.sqlite")));
    qunsetenv("OAUTHDESK_DATA_DIR");
    QCOMPARE(Store::resolvePath(QString()), Store::defaultPath());
    // Test mode keeps the default out of the real data folder.
    QVERIFY2(
        Store::defaultPath().contains(QLatin1String(".qttest")), qPrintable(Store::defaultPath()));
    if (!old.isNull())
        qputenv("OAUTHDESK_DATA_DIR", old);
}

void TestStore::applicationRoundTrip()
{
    OPEN_STORE(store, m_path);
    Application a = sampleApplication();
    a.name = QStringLiteral("  Partner Portal  "); // stored trimmed
    auto saved = store->saveApplication(a);
    VERIFY_OK(saved);
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->name, QStringLiteral("Partner Portal"));
    QCOMPARE(saved->description, a.description);
    QCOMPARE(saved->organisationId, a.organisationId);
    QCOMPARE(saved->createdAt, a.createdAt);

    // Without a creation time the store stamps one.
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    Application b;
    b.name = QStringLiteral("Another");
    auto savedB = store->saveApplication(b);
    VERIFY_OK(savedB);
    QVERIFY(savedB->createdAt >= before);
    QVERIFY(savedB->createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY(savedB->id != saved->id);

    // Read back through a fresh Store: what was returned is what is on disk.
    store.reset();
    OPEN_STORE(again, m_path);
    auto apps = again->applications();
    VERIFY_OK(apps);
    QCOMPARE(apps->size(), 2);
    QCOMPARE(apps->at(0), *savedB); // ordered by name: "Another" < "Partner Portal"
    QCOMPARE(apps->at(1), *saved);
}

void TestStore::applicationUpdateVsInsert()
{
    OPEN_STORE(store, m_path);
    auto saved = store->saveApplication(sampleApplication());
    VERIFY_OK(saved);

    Application changed = *saved;
    changed.name = QStringLiteral("Renamed");
    changed.description = QStringLiteral("new text");
    changed.organisationId.clear();
    auto updated = store->saveApplication(changed);
    VERIFY_OK(updated);
    QCOMPARE(updated->id, saved->id);
    auto apps = store->applications();
    VERIFY_OK(apps);
    QCOMPARE(apps->size(), 1);
    QCOMPARE(apps->first(), changed);

    // id 0 always inserts, even with the same content.
    Application copy = changed;
    copy.id = 0;
    auto inserted = store->saveApplication(copy);
    VERIFY_OK(inserted);
    QVERIFY(inserted->id != saved->id);
    QCOMPARE(store->applications()->size(), 2);

    // Updating a row that does not exist is NotFound, and inserts nothing.
    Application ghost = changed;
    ghost.id = 99999;
    auto missing = store->saveApplication(ghost);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(!missing.error().message.isEmpty());
    QCOMPARE(store->applications()->size(), 2);

    // The schema's CHECK refuses a blank name.
    Application blank;
    blank.name = QStringLiteral("   ");
    auto refused = store->saveApplication(blank);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(store->applications()->size(), 2);
}

void TestStore::environmentRoundTrip()
{
    OPEN_STORE(store, m_path);
    const Environment full = sampleEnvironment();
    auto saved = store->saveEnvironment(full);
    VERIFY_OK(saved);
    QVERIFY(saved->id > 0);
    Environment expected = full;
    expected.id = saved->id;
    QVERIFY(!QUuid::fromString(saved->uuid).isNull()); // given at insert
    expected.uuid = saved->uuid;
    QCOMPARE(*saved, expected);

    // Minimal: no headers, no discovery document, no fetch date, plain TLS.
    Environment minimal;
    minimal.name = QStringLiteral("Dev");
    minimal.issuer = QUrl(QStringLiteral("http://127.0.0.1:8080/realms/dev"));
    minimal.createdAt = at("2024-05-05T05:05:05.005Z");
    auto savedMinimal = store->saveEnvironment(minimal);
    VERIFY_OK(savedMinimal);

    // A binary discovery cache survives too (it is a BLOB).
    Environment binary = sampleEnvironment(QStringLiteral("Binary"));
    binary.discoveryDocument = QByteArray("\x00\x01\xfe\xff{}", 6);
    binary.discoveryFetchedAt.reset();
    auto savedBinary = store->saveEnvironment(binary);
    VERIFY_OK(savedBinary);

    store.reset();
    OPEN_STORE(again, m_path);
    auto envs = again->environments();
    VERIFY_OK(envs);
    QCOMPARE(envs->size(), 3); // ordered by name: Binary, Dev, UAT
    QCOMPARE(envs->at(0).discoveryDocument, binary.discoveryDocument);
    QVERIFY(!envs->at(0).discoveryFetchedAt.has_value());
    QCOMPARE(envs->at(0), *savedBinary);

    const Environment &dev = envs->at(1);
    QCOMPARE(dev, *savedMinimal);
    QVERIFY(dev.headers.isEmpty());
    QVERIFY(dev.discoveryDocument.isEmpty());
    QVERIFY(!dev.discoveryFetchedAt.has_value());
    QCOMPARE(dev.connectivity, Connectivity::Tls);

    const Environment &uat = envs->at(2);
    QCOMPARE(uat, expected);
    QCOMPARE(uat.headers.size(), 2);
    QCOMPARE(uat.headers[0].choices.size(), 2);
    QCOMPARE(uat.headers[0].choices[1].label, QStringLiteral("APAC"));
    QCOMPARE(uat.headers[1].value, QStringLiteral("acme \"42\""));
    QVERIFY(uat.discoveryFetchedAt.has_value());
    QCOMPARE(*uat.discoveryFetchedAt, *full.discoveryFetchedAt);

    // Update keeps the id and replaces the headers.
    Environment changed = uat;
    changed.headers.removeFirst();
    changed.discoveryFetchedAt.reset();
    changed.connectivity = Connectivity::Tls;
    changed.clientCaPem.clear(); // no longer recorded: NULL again
    changed.uuid.clear(); // an update never changes the stable id, even when the caller lost it
    auto updated = again->saveEnvironment(changed);
    VERIFY_OK(updated);
    QCOMPARE(updated->id, uat.id);
    changed.uuid = uat.uuid;
    envs = again->environments();
    VERIFY_OK(envs);
    QCOMPARE(envs->size(), 3);
    QCOMPARE(envs->at(2), changed);
    QVERIFY(envs->at(2).clientCaPem.isEmpty());
    QCOMPARE(envs->at(0).clientCaPem, binary.clientCaPem); // the others keep theirs
}

void TestStore::environmentNameIsUnique()
{
    OPEN_STORE(store, m_path);
    VERIFY_OK(store->saveEnvironment(sampleEnvironment(QStringLiteral("UAT"))));
    auto dup = store->saveEnvironment(sampleEnvironment(QStringLiteral("uat")));
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
    QCOMPARE(store->environments()->size(), 1);
}

void TestStore::clientRoundTrip()
{
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    auto env = store->saveEnvironment(sampleEnvironment());
    VERIFY_OK(env);
    auto signing = store->saveCertificate(sampleCertificate(app->id, CertificatePurpose::Signing));
    VERIFY_OK(signing);
    auto transport
        = store->saveCertificate(sampleCertificate(app->id, CertificatePurpose::Transport));
    VERIFY_OK(transport);

    OAuthClient full = sampleClient(app->id, env->id);
    full.signingCertificateId = signing->id;
    full.transportCertificateId = transport->id;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto saved = store->saveClient(full);
    VERIFY_OK(saved);
    QVERIFY(saved->id > 0);
    QVERIFY(saved->updatedAt >= before);
    QCOMPARE(saved->createdAt, full.createdAt);
    OAuthClient expected = full;
    expected.id = saved->id;
    expected.updatedAt = saved->updatedAt;
    QVERIFY(QUuid::fromString(saved->uuid).version() == QUuid::Random); // given at insert
    expected.uuid = saved->uuid;
    QCOMPARE(*saved, expected);

    // Everything optional left empty.
    OAuthClient minimal;
    minimal.applicationId = app->id;
    minimal.clientId = QStringLiteral("svc");
    minimal.name = QStringLiteral("Service");
    minimal.grantTypes = { GrantType::ClientCredentials };
    auto savedMinimal = store->saveClient(minimal);
    VERIFY_OK(savedMinimal);
    QVERIFY(savedMinimal->createdAt.isValid());

    store.reset();
    OPEN_STORE(again, m_path);
    auto one = again->client(saved->id);
    VERIFY_OK(one);
    QCOMPARE(*one, *saved);
    QCOMPARE(one->environmentId, std::optional<qint64>(env->id));
    QCOMPARE(one->signingCertificateId, std::optional<qint64>(signing->id));
    QCOMPARE(one->transportCertificateId, std::optional<qint64>(transport->id));
    QCOMPARE(one->refreshTokenLifetimeSeconds, std::optional<int>(86400));
    QCOMPARE(one->redirectUris, full.redirectUris);
    QCOMPARE(one->scopes, full.scopes);
    QVERIFY(one->certificateBoundTokens);

    auto two = again->client(savedMinimal->id);
    VERIFY_OK(two);
    QCOMPARE(*two, *savedMinimal);
    QVERIFY(!two->environmentId.has_value());
    QVERIFY(!two->refreshTokenLifetimeSeconds.has_value());
    QVERIFY(!two->signingCertificateId.has_value());
    QVERIFY(!two->transportCertificateId.has_value());
    QVERIFY(!two->clientIdIssuedAt.has_value());
    QVERIFY(two->redirectUris.isEmpty());
    QVERIFY(two->postLogoutRedirectUris.isEmpty());
    QVERIFY(two->scopes.isEmpty());
    QVERIFY(two->registrationClientUri.isEmpty());
    QVERIFY(!two->certificateBoundTokens);

    auto all = again->clients();
    VERIFY_OK(all);
    QCOMPARE(*all, (QList<OAuthClient> { *saved, *savedMinimal }));

    auto gone = again->client(123456);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

void TestStore::clientUpdateVsInsert()
{
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    auto saved = store->saveClient(sampleClient(app->id, std::nullopt));
    VERIFY_OK(saved);

    OAuthClient changed = *saved;
    changed.scopes = { QStringLiteral("openid") };
    changed.refreshTokenLifetimeSeconds.reset();
    changed.clientIdIssuedAt.reset();
    changed.status = ClientStatus::Disabled;
    QTest::qWait(5); // so updatedAt moves
    auto updated = store->saveClient(changed);
    VERIFY_OK(updated);
    QCOMPARE(updated->id, saved->id);
    QCOMPARE(updated->createdAt, saved->createdAt);
    QVERIFY(updated->updatedAt > saved->updatedAt);
    auto all = store->clients();
    VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first(), *updated);
    QCOMPARE(all->first().status, ClientStatus::Disabled);
    QVERIFY(!all->first().refreshTokenLifetimeSeconds.has_value());

    OAuthClient ghost = changed;
    ghost.id = 4242;
    auto missing = store->saveClient(ghost);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(store->clients()->size(), 1);
}

void TestStore::certificateRoundTrip()
{
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    auto other = store->saveApplication(sampleApplication(QStringLiteral("Other")));
    VERIFY_OK(other);

    const CertificateRecord full = sampleCertificate(app->id, CertificatePurpose::Transport);
    auto saved = store->saveCertificate(full);
    VERIFY_OK(saved);
    QVERIFY(saved->id > 0);
    CertificateRecord expected = full;
    expected.id = saved->id;
    QCOMPARE(saved->uuid.size(), 36); // given at insert: names the key in the keychain
    expected.uuid = saved->uuid;
    QCOMPARE(*saved, expected);

    CertificateRecord keyOnly;
    keyOnly.applicationId = app->id;
    keyOnly.keyAlgorithm = KeyAlgorithm::Rsa3072;
    auto savedKeyOnly = store->saveCertificate(keyOnly);
    VERIFY_OK(savedKeyOnly);

    auto forOther
        = store->saveCertificate(sampleCertificate(other->id, CertificatePurpose::Signing));
    VERIFY_OK(forOther);

    store.reset();
    OPEN_STORE(again, m_path);
    auto certs = again->certificates(app->id);
    VERIFY_OK(certs);
    QCOMPARE(*certs, (QList<CertificateRecord> { expected, *savedKeyOnly }));
    QVERIFY(!certs->at(1).notBefore.has_value());
    QVERIFY(!certs->at(1).notAfter.has_value());
    QCOMPARE(certs->at(1).state, CertificateState::KeyOnly);
    QVERIFY(certs->at(1).subjectAltNames.isEmpty());
    QCOMPARE(again->certificates(other->id)->size(), 1);

    // Update: same id, new state.
    CertificateRecord expired = certs->at(0);
    expired.state = CertificateState::Expired;
    auto updated = again->saveCertificate(expired);
    VERIFY_OK(updated);
    QCOMPARE(updated->id, expected.id);
    certs = again->certificates(app->id);
    VERIFY_OK(certs);
    QCOMPARE(certs->size(), 2);
    QCOMPARE(certs->at(0), expired);

    // A certificate for an application that does not exist is refused (foreign key).
    auto orphan = again->saveCertificate(sampleCertificate(777, CertificatePurpose::Signing));
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().code, ErrorCode::InvalidInput);
}

void TestStore::certificateUpdateOfMissingRow()
{
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    QSignalSpy saved(store.get(), &Store::certificateSaved);
    CertificateRecord ghost = sampleCertificate(app->id, CertificatePurpose::Signing);
    ghost.id = 31337;
    auto r = store->saveCertificate(ghost);
    // Every other save*() answers an update of a missing row with NotFound.
    QVERIFY(!r);
    QCOMPARE(saved.count(), 0);
    QVERIFY(store->certificates(app->id)->isEmpty());
}

void TestStore::updateWithoutCreatedAtKeepsIt()
{
    // An edit form that builds the row afresh may leave createdAt unset; "returns the row as
    // stored" (Store.h) means the creation time on disk and in the answer stays the original.
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    Application edit = *app;
    edit.createdAt = QDateTime();
    auto updated = store->saveApplication(edit);
    VERIFY_OK(updated);
    QCOMPARE(store->applications()->first().createdAt, app->createdAt); // disk keeps it
    QCOMPARE(updated->createdAt, app->createdAt);

    auto client = store->saveClient(sampleClient(app->id, std::nullopt));
    VERIFY_OK(client);
    OAuthClient clientEdit = *client;
    clientEdit.createdAt = QDateTime();
    VERIFY_OK(store->saveClient(clientEdit));
    QCOMPARE(store->client(client->id)->createdAt, client->createdAt);
}

void TestStore::remove()
{
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    auto env = store->saveEnvironment(sampleEnvironment());
    VERIFY_OK(env);
    auto a = store->saveClient(sampleClient(app->id, env->id, QStringLiteral("a")));
    VERIFY_OK(a);
    auto b = store->saveClient(sampleClient(app->id, env->id, QStringLiteral("b")));
    VERIFY_OK(b);

    VERIFY_OK(store->removeClient(a->id));
    auto rest = store->clients();
    VERIFY_OK(rest);
    QCOMPARE(*rest, QList<OAuthClient> { *b });
    QCOMPARE(store->client(a->id).error().code, ErrorCode::NotFound);

    auto again = store->removeClient(a->id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QVERIFY(!again.error().message.isEmpty());
    QCOMPARE(store->removeApplication(9999).error().code, ErrorCode::NotFound);
    QCOMPARE(store->removeEnvironment(9999).error().code, ErrorCode::NotFound);

    VERIFY_OK(store->removeEnvironment(env->id));
    QVERIFY(store->environments()->isEmpty());
    VERIFY_OK(store->removeApplication(app->id));
    QVERIFY(store->applications()->isEmpty());
    QVERIFY(store->clients()->isEmpty());
}

void TestStore::deletingApplicationCascades()
{
    OPEN_STORE(store, m_path);
    auto doomed = store->saveApplication(sampleApplication(QStringLiteral("Doomed")));
    VERIFY_OK(doomed);
    auto kept = store->saveApplication(sampleApplication(QStringLiteral("Kept")));
    VERIFY_OK(kept);
    auto cert = store->saveCertificate(sampleCertificate(doomed->id, CertificatePurpose::Signing));
    VERIFY_OK(cert);
    OAuthClient withCert = sampleClient(doomed->id, std::nullopt, QStringLiteral("d1"));
    withCert.signingCertificateId = cert->id;
    auto saved = store->saveClients(
        { withCert, sampleClient(doomed->id, std::nullopt, QStringLiteral("d2")),
            sampleClient(kept->id, std::nullopt, QStringLiteral("k1")) });
    VERIFY_OK(saved);
    QCOMPARE(saved->size(), 3);

    QSignalSpy removed(store.get(), &Store::applicationRemoved);
    VERIFY_OK(store->removeApplication(doomed->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), doomed->id);

    auto clients = store->clients();
    VERIFY_OK(clients);
    QCOMPARE(*clients, QList<OAuthClient> { saved->at(2) });
    QVERIFY(store->certificates(doomed->id)->isEmpty());
    auto apps = store->applications();
    VERIFY_OK(apps);
    QCOMPARE(apps->size(), 1);
    QCOMPARE(apps->first().id, kept->id);
}

void TestStore::deletingEnvironmentUnlinksClients()
{
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    auto uat = store->saveEnvironment(sampleEnvironment(QStringLiteral("UAT")));
    VERIFY_OK(uat);
    auto prod = store->saveEnvironment(sampleEnvironment(QStringLiteral("Production")));
    VERIFY_OK(prod);
    auto inUat = store->saveClient(sampleClient(app->id, uat->id, QStringLiteral("x")));
    VERIFY_OK(inUat);
    auto inProd = store->saveClient(sampleClient(app->id, prod->id, QStringLiteral("x")));
    VERIFY_OK(inProd);

    QSignalSpy removed(store.get(), &Store::environmentRemoved);
    VERIFY_OK(store->removeEnvironment(uat->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), uat->id);

    auto unlinked = store->client(inUat->id);
    VERIFY_OK(unlinked);
    QVERIFY(!unlinked->environmentId.has_value());
    QCOMPARE(unlinked->clientId, QStringLiteral("x")); // the client itself stays
    auto untouched = store->client(inProd->id);
    VERIFY_OK(untouched);
    QCOMPARE(untouched->environmentId, std::optional<qint64>(prod->id));
}

void TestStore::clientIdUniquePerEnvironment()
{
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    auto uat = store->saveEnvironment(sampleEnvironment(QStringLiteral("UAT")));
    VERIFY_OK(uat);
    auto prod = store->saveEnvironment(sampleEnvironment(QStringLiteral("Production")));
    VERIFY_OK(prod);

    auto first = store->saveClient(sampleClient(app->id, uat->id, QStringLiteral("orders")));
    VERIFY_OK(first);
    // The same client ID at another AS is fine.
    auto elsewhere = store->saveClient(sampleClient(app->id, prod->id, QStringLiteral("orders")));
    VERIFY_OK(elsewhere);

    QSignalSpy spy(store.get(), &Store::clientsSaved);
    auto clash = store->saveClient(sampleClient(app->id, uat->id, QStringLiteral("orders")));
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, ErrorCode::Conflict);
    QVERIFY(!clash.error().message.isEmpty());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(store->clients()->size(), 2);

    // Moving a client onto a taken (environment, client ID) pair is a conflict too.
    OAuthClient moved = *elsewhere;
    moved.environmentId = uat->id;
    auto moveClash = store->saveClient(moved);
    QVERIFY(!moveClash);
    QCOMPARE(moveClash.error().code, ErrorCode::Conflict);
    QCOMPARE(store->client(elsewhere->id)->environmentId, std::optional<qint64>(prod->id));
}

void TestStore::discoveryCacheNeverOverwritesAnEdit()
{
    OPEN_STORE(store, m_path);
    auto env = store->saveEnvironment(sampleEnvironment());
    VERIFY_OK(env);
    // An admin edits the environment while a discovery fetch for the old issuer is in flight.
    Environment edited = *env;
    edited.name = QStringLiteral("UAT renamed");
    edited.issuer = QUrl(QStringLiteral("https://other.example.com"));
    VERIFY_OK(store->saveEnvironment(edited));
    auto stale = store->saveDiscovery(
        env->id, env->issuer, R"({"issuer":"old"})", QDateTime::currentDateTimeUtc());
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(store->environments()->first().name, QStringLiteral("UAT renamed"));
    // For the current issuer the document is cached, and nothing else changes.
    QSignalSpy saved(store.get(), &Store::environmentSaved);
    auto fresh = store->saveDiscovery(
        env->id, edited.issuer, R"({"issuer":"new"})", QDateTime::currentDateTimeUtc());
    VERIFY_OK(fresh);
    QCOMPARE(fresh->name, QStringLiteral("UAT renamed"));
    QCOMPARE(fresh->discoveryDocument, QByteArray(R"({"issuer":"new"})"));
    QVERIFY(fresh->discoveryFetchedAt.has_value());
    QCOMPARE(saved.size(), 1);
}

void TestStore::keychainJournal()
{
    OPEN_STORE(store, m_path);
    QVERIFY(store->keychainJournal().value().isEmpty());
    auto app = store->saveApplication({ 0, QStringLiteral("Journal"), {}, {}, {} });
    QVERIFY(app);
    auto client
        = store->saveClient(sampleClient(app->id, std::nullopt, QStringLiteral("journal-1")));
    QVERIFY(client);
    const QString owned
        = QStringLiteral("client/") + client->uuid + QStringLiteral("/client_secret");
    const QString orphan
        = QStringLiteral("client/00000000-0000-4000-8000-000000000000/client_secret");
    QVERIFY(store->journalKeychainWrite({ owned, orphan }));
    QVERIFY(store->journalKeychainWrite({ owned })); // again: one line per entry
    QCOMPARE(store->keychainJournal().value().size(), 2);
    QCOMPARE(store->ownsKeychainUuid(client->uuid).value(), true);
    QCOMPARE(
        store->ownsKeychainUuid(QStringLiteral("00000000-0000-4000-8000-000000000000")).value(),
        false);
    QVERIFY(store->clearKeychainJournal({ owned }));
    QCOMPARE(store->keychainJournal().value(), QStringList { orphan });
}

void TestStore::snapshot()
{
    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    auto env = store->saveEnvironment(sampleEnvironment());
    VERIFY_OK(env);
    auto client = store->saveClient(sampleClient(app->id, env->id));
    VERIFY_OK(client);
    auto s = store->snapshot();
    VERIFY_OK(s);
    QCOMPARE(s->applications, QList<Application> { *app });
    QCOMPARE(s->environments, QList<Environment> { *env });
    // The snapshot carries the list columns only (Store::clientList()); nothing else leaks in.
    OAuthClient listed;
    listed.id = client->id;
    listed.uuid = client->uuid;
    listed.applicationId = client->applicationId;
    listed.environmentId = client->environmentId;
    listed.clientId = client->clientId;
    listed.name = client->name;
    listed.applicationType = client->applicationType;
    listed.grantTypes = client->grantTypes;
    listed.status = client->status;
    listed.createdAt = client->createdAt;
    QCOMPARE(s->clients, QList<OAuthClient> { listed });
    QCOMPARE(store->clientList().value(), QList<OAuthClient> { listed });
    QVERIFY(*client != listed); // the sample fills more than the list shows
    // The read transaction is over: writes still work afterwards.
    VERIFY_OK(store->removeClient(client->id));
}

void TestStore::migrationFromVersion1()
{
    qint64 appId = 0;
    qint64 envId = 0;
    Application app;
    Environment env;
    {
        auto opened = Store::open(m_path, 1);
        VERIFY_OK(opened);
        std::unique_ptr<Store> store = std::move(*opened);
        QCOMPARE(store->schemaVersion(), 1);
        // Applications were the same at version 1; environments gained a column in version 5,
        // so the version-1 row is written with version-1 columns.
        auto a = store->saveApplication(sampleApplication());
        VERIFY_OK(a);
        app = *a;
        appId = a->id;
    }
    {
        RawDb raw(m_path);
        const QString err = raw.exec(QStringLiteral(
            "INSERT INTO environments (name, issuer, connectivity, api_base_url, headers_json, ca_bundle_path, created_at)"
            " VALUES ('UAT', 'https://auth.uat.example.com', 'mtls', '', '[]', '', 1700000000000)"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        envId = raw.scalar(QStringLiteral("SELECT id FROM environments")).toLongLong();
        env.id = envId;
        env.name = QStringLiteral("UAT");
        env.issuer = QUrl(QStringLiteral("https://auth.uat.example.com"));
        env.connectivity = Connectivity::MutualTls;
        env.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        env.assertionAudience
            = AssertionAudience::TokenEndpoint; // version 5's default for existing rows
    }
    {
        RawDb raw(m_path);
        QVERIFY(raw.isOpen());
        QVERIFY(!raw.tables().contains(QStringLiteral("certificates")));
        QVERIFY(!raw.columns(QStringLiteral("clients"))
                     .contains(QStringLiteral("signing_certificate_id")));
        // Version 1's clients table, written as an OAuthDesk 1 would have written it.
        const QString err = raw.exec(
            QStringLiteral("INSERT INTO clients (application_id, environment_id, client_id, name,"
                           " description, application_type, grant_types, pkce, redirect_uris_json,"
                           " post_logout_redirect_uris_json, scopes, access_token_lifetime,"
                           " refresh_token_lifetime, auth_method, status, created_at, updated_at,"
                           " registration_client_uri, client_id_issued_at) VALUES (%1, %2,"
                           " 'legacy-spa', 'Legacy SPA', 'from v1', 'spa',"
                           " 'authorization_code refresh_token', 'required',"
                           " '[\"https://spa.example.com/cb\"]', '[]', 'openid profile', 600,"
                           " 7200, 'none', 'active', 1700000000000, 1700000001000,"
                           " 'https://auth.example.com/register/legacy-spa', NULL)")
                .arg(appId)
                .arg(envId));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    OPEN_STORE(store, m_path);
    QCOMPARE(store->schemaVersion(), latestSchemaVersion());
    QCOMPARE(*store->applications(), QList<Application> { app });
    auto migratedEnvs = store->environments();
    VERIFY_OK(migratedEnvs);
    QCOMPARE(migratedEnvs->size(), 1);
    // Version 6 gave the existing environment a stable id for its keychain entries.
    QVERIFY(!QUuid::fromString(migratedEnvs->first().uuid).isNull());
    env.uuid = migratedEnvs->first().uuid;
    QCOMPARE(*migratedEnvs, QList<Environment> { env });
    auto clients = store->clients();
    VERIFY_OK(clients);
    QCOMPARE(clients->size(), 1);
    const OAuthClient &c = clients->first();
    QCOMPARE(c.applicationId, appId);
    QCOMPARE(c.environmentId, std::optional<qint64>(envId));
    QCOMPARE(c.clientId, QStringLiteral("legacy-spa"));
    QCOMPARE(c.name, QStringLiteral("Legacy SPA"));
    QCOMPARE(c.description, QStringLiteral("from v1"));
    QCOMPARE(c.applicationType, ApplicationType::SinglePage);
    QCOMPARE(
        c.grantTypes, (QList<GrantType> { GrantType::AuthorizationCode, GrantType::RefreshToken }));
    QCOMPARE(c.pkce, PkcePolicy::Required);
    QCOMPARE(c.redirectUris, QStringList { QStringLiteral("https://spa.example.com/cb") });
    QVERIFY(c.postLogoutRedirectUris.isEmpty());
    QCOMPARE(c.scopes, (QStringList { QStringLiteral("openid"), QStringLiteral("profile") }));
    QCOMPARE(c.accessTokenLifetimeSeconds, 600);
    QCOMPARE(c.refreshTokenLifetimeSeconds, std::optional<int>(7200));
    QCOMPARE(c.authMethod, AuthMethod::None);
    QCOMPARE(c.status, ClientStatus::Active);
    QCOMPARE(c.createdAt, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    QCOMPARE(c.updatedAt, QDateTime::fromMSecsSinceEpoch(1700000001000, Qt::UTC));
    QCOMPARE(c.registrationClientUri,
        QUrl(QStringLiteral("https://auth.example.com/register/legacy-spa")));
    QVERIFY(!c.clientIdIssuedAt.has_value());
    // What version 2 added starts out empty.
    QVERIFY(!c.signingCertificateId.has_value());
    QVERIFY(!c.transportCertificateId.has_value());
    QVERIFY(!c.certificateBoundTokens);

    // And version 2's features work on the migrated file.
    auto cert = store->saveCertificate(sampleCertificate(appId, CertificatePurpose::Signing));
    VERIFY_OK(cert);
    OAuthClient linked = c;
    linked.signingCertificateId = cert->id;
    VERIFY_OK(store->saveClient(linked));
    QCOMPARE(store->client(c.id)->signingCertificateId, std::optional<qint64>(cert->id));
    store.reset();

    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT group_concat(version, ',') FROM"
                                       " (SELECT version FROM schema_version ORDER BY version)"))
                 .toString(),
        QStringLiteral("1,2,3,4,5,6,7,8,9"));
    // Version 3 gave the client made at version 1 a UUID of its own (its keychain key).
    const QString uuid
        = raw.scalar(QStringLiteral("SELECT uuid FROM clients WHERE id = %1").arg(c.id)).toString();
    QCOMPARE(uuid.size(), 36);
    QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(uuid));
}

// --- issue 15 gap HB (begin) ---
void TestStore::migrationFromVersion8()
{
    // An OAuthDesk at schema 8 wrote an environment; version 9 adds the client CA the AS trusts,
    // unset (NULL) for it, and keeps everything else.
    Environment before;
    {
        auto opened = Store::open(m_path, 8);
        VERIFY_OK(opened);
        std::unique_ptr<Store> store = std::move(*opened);
        QCOMPARE(store->schemaVersion(), 8);
    }
    {
        RawDb raw(m_path);
        QVERIFY(raw.isOpen());
        QVERIFY(
            !raw.columns(QStringLiteral("environments")).contains(QStringLiteral("client_ca_pem")));
        const QString err = raw.exec(QStringLiteral(
            "INSERT INTO environments (name, issuer, connectivity, api_base_url, headers_json, ca_bundle_path,"
            " discovery_json, discovery_fetched_at, created_at, assertion_aud_issuer, uuid) VALUES ('UAT',"
            " 'https://auth.uat.example.com', 'mtls', 'https://api.uat.example.com', '[]', '/etc/uat-ca.pem',"
            " NULL, NULL, 1700000000000, 1, '11111111-2222-4333-8444-555555555555')"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        before.id = raw.scalar(QStringLiteral("SELECT id FROM environments")).toLongLong();
        before.uuid = QStringLiteral("11111111-2222-4333-8444-555555555555");
        before.name = QStringLiteral("UAT");
        before.issuer = QUrl(QStringLiteral("https://auth.uat.example.com"));
        before.connectivity = Connectivity::MutualTls;
        before.apiBaseUrl = QUrl(QStringLiteral("https://api.uat.example.com"));
        before.caBundlePath = QStringLiteral("/etc/uat-ca.pem");
        before.assertionAudience = AssertionAudience::Issuer;
        before.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    }
    {
        OPEN_STORE(store, m_path);
        QCOMPARE(store->schemaVersion(), 9);
        auto envs = store->environments();
        VERIFY_OK(envs);
        QCOMPARE(*envs, QList<Environment> { before }); // clientCaPem empty: not recorded
        QVERIFY(envs->first().clientCaPem.isEmpty());
        // The migrated row takes a client CA, and gives it back after a reopen.
        Environment withCa = envs->first();
        withCa.clientCaPem
            = QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        VERIFY_OK(store->saveEnvironment(withCa));
    }
    OPEN_STORE(store, m_path);
    QCOMPARE(store->environments()->first().clientCaPem,
        QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"));
    store.reset();
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT description FROM schema_version WHERE version = 9"))
                 .toString(),
        schemaMigrations().at(8).why);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT typeof(client_ca_pem) FROM environments")).toString(),
        QStringLiteral("blob"));
}
// --- issue 15 gap HB (end) ---

void TestStore::refusesNewerSchema()
{
    {
        OPEN_STORE(store, m_path);
        VERIFY_OK(store->saveApplication(sampleApplication()));
    }
    {
        RawDb raw(m_path);
        QVERIFY(raw.isOpen());
        const QString err = raw.exec(QStringLiteral(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (99,'future',0)"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    // Closing the last connection checkpointed the WAL into the main file and removed it.
    const QString wal = m_path + QStringLiteral("-wal");
    const QString shm = m_path + QStringLiteral("-shm");
    const bool walBefore = QFileInfo::exists(wal);
    const bool shmBefore = QFileInfo::exists(shm);
    QVERIFY(!walBefore);
    const QByteArray before = fileBytes(m_path);
    QVERIFY(!before.isEmpty());
    const QDateTime modifiedBefore = QFileInfo(m_path).lastModified();

    auto opened = Store::open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::SchemaTooNew);
    QVERIFY2(opened.error().message.contains(QLatin1String("newer")),
        qPrintable(opened.error().message));
    QVERIFY2(
        opened.error().message.contains(QLatin1String("99")), qPrintable(opened.error().message));

    QCOMPARE(QSqlDatabase::connectionNames(), QStringList()); // the refused Store cleaned up
    QCOMPARE(QFileInfo::exists(wal), walBefore);
    QCOMPARE(QFileInfo::exists(shm), shmBefore);
    const QByteArray after = fileBytes(m_path);
    QCOMPARE(after.size(), before.size());
    QVERIFY2(after == before, "the newer file was modified");
    QCOMPARE(QFileInfo(m_path).lastModified(), modifiedBefore);
}

void TestStore::refusesForeignFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("other program's SQLite") << QStringLiteral("sqlite");
    QTest::newRow("not SQLite at all") << QStringLiteral("text");
}

void TestStore::refusesForeignFiles()
{
    QFETCH(QString, kind);
    if (kind == QLatin1String("sqlite")) {
        RawDb raw(m_path);
        QVERIFY(raw.isOpen());
        QString err = raw.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY,"
                                              " url TEXT)"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = raw.exec(
            QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.com')"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    } else {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("This is a shopping list, not a database.\n").repeated(200));
    }
    const QByteArray before = fileBytes(m_path);
    QVERIFY(!before.isEmpty());

    auto opened = Store::open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::StoreUnavailable);
    QVERIFY2(opened.error().message.contains(QLatin1String("OAuthDesk")),
        qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QLatin1String("untouched")),
        qPrintable(opened.error().message));
    QVERIFY(fileBytes(m_path) == before);
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal")));
}

void TestStore::saveClientsIsAllOrNothing_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<int>("code");
    QTest::newRow("foreign key: missing application")
        << QStringLiteral("fk") << int(ErrorCode::InvalidInput);
    QTest::newRow("duplicate client ID in the batch")
        << QStringLiteral("dup") << int(ErrorCode::Conflict);
    QTest::newRow("blank name (CHECK)") << QStringLiteral("check") << int(ErrorCode::InvalidInput);
}

void TestStore::saveClientsIsAllOrNothing()
{
    QFETCH(QString, breakage);
    QFETCH(int, code);

    OPEN_STORE(store, m_path);
    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    auto env = store->saveEnvironment(sampleEnvironment());
    VERIFY_OK(env);
    auto existing = store->saveClient(sampleClient(app->id, env->id, QStringLiteral("existing")));
    VERIFY_OK(existing);

    // The batch updates the existing row first, then inserts; the last insert is broken.
    OAuthClient renamed = *existing;
    renamed.name = QStringLiteral("Renamed in the batch");
    QList<OAuthClient> batch { renamed, sampleClient(app->id, env->id, QStringLiteral("new-1")),
        sampleClient(app->id, env->id, QStringLiteral("new-2")) };
    OAuthClient broken = sampleClient(app->id, env->id, QStringLiteral("new-3"));
    if (breakage == QLatin1String("fk"))
        broken.applicationId = 424242;
    else if (breakage == QLatin1String("dup"))
        broken.clientId = QStringLiteral("new-1");
    else
        broken.name = QStringLiteral("   ");
    batch.append(broken);

    QSignalSpy spy(store.get(), &Store::clientsSaved);
    auto r = store->saveClients(batch);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(spy.count(), 0);

    auto all = store->clients();
    VERIFY_OK(all);
    QCOMPARE(*all, QList<OAuthClient> { *existing }); // no new row, and the update rolled back

    // The store is still usable: the same batch without the broken row goes through whole.
    batch.removeLast();
    auto ok = store->saveClients(batch);
    VERIFY_OK(ok);
    QCOMPARE(ok->size(), 3);
    QCOMPARE(store->clients()->size(), 3);
    QCOMPARE(store->client(existing->id)->name, renamed.name);
}

void TestStore::changeSignals()
{
    OPEN_STORE(store, m_path);
    QSignalSpy appSaved(store.get(), &Store::applicationSaved);
    QSignalSpy envSaved(store.get(), &Store::environmentSaved);
    QSignalSpy clientsSaved(store.get(), &Store::clientsSaved);
    QSignalSpy clientRemoved(store.get(), &Store::clientRemoved);
    QSignalSpy certSaved(store.get(), &Store::certificateSaved);
    QVERIFY(appSaved.isValid() && envSaved.isValid() && clientsSaved.isValid()
        && clientRemoved.isValid() && certSaved.isValid());

    auto app = store->saveApplication(sampleApplication());
    VERIFY_OK(app);
    QCOMPARE(appSaved.count(), 1);
    QCOMPARE(appSaved.at(0).at(0).value<Application>(), *app);
    QVERIFY(appSaved.at(0).at(0).value<Application>().id > 0);

    auto env = store->saveEnvironment(sampleEnvironment());
    VERIFY_OK(env);
    QCOMPARE(envSaved.count(), 1);
    QCOMPARE(envSaved.at(0).at(0).value<Environment>(), *env);

    auto cert = store->saveCertificate(sampleCertificate(app->id, CertificatePurpose::Signing));
    VERIFY_OK(cert);
    QCOMPARE(certSaved.count(), 1);
    QCOMPARE(certSaved.at(0).at(0).value<CertificateRecord>(), *cert);

    // One signal per batch, carrying the rows as stored (ids and timestamps filled in).
    auto saved = store->saveClients({ sampleClient(app->id, env->id, QStringLiteral("one")),
        sampleClient(app->id, env->id, QStringLiteral("two")) });
    VERIFY_OK(saved);
    QCOMPARE(clientsSaved.count(), 1);
    const auto payload = clientsSaved.at(0).at(0).value<QList<OAuthClient>>();
    QCOMPARE(payload, *saved);
    QCOMPARE(payload.size(), 2);
    QVERIFY(payload[0].id > 0 && payload[1].id > 0 && payload[0].id != payload[1].id);
    QVERIFY(payload[0].updatedAt.isValid());

    auto single = store->saveClient(sampleClient(app->id, env->id, QStringLiteral("three")));
    VERIFY_OK(single);
    QCOMPARE(clientsSaved.count(), 2);
    QCOMPARE(clientsSaved.at(1).at(0).value<QList<OAuthClient>>(), QList<OAuthClient> { *single });

    VERIFY_OK(store->removeClient(saved->at(0).id));
    QCOMPARE(clientRemoved.count(), 1);
    QCOMPARE(clientRemoved.at(0).at(0).value<qint64>(), saved->at(0).id);

    // Failures announce nothing.
    Application blank;
    blank.name = QStringLiteral(" ");
    QVERIFY(!store->saveApplication(blank));
    QVERIFY(!store->removeClient(saved->at(0).id));
    QVERIFY(!store->saveEnvironment(sampleEnvironment())); // duplicate name
    QCOMPARE(appSaved.count(), 1);
    QCOMPARE(clientRemoved.count(), 1);
    QCOMPARE(envSaved.count(), 1);
    QCOMPARE(clientsSaved.count(), 2);
}

void TestStore::noSecretColumns()
{
    {
        OPEN_STORE(store, m_path);
    }
    // Secrets live in the keychain (docs/architecture.md "Secrets"); these are the only columns
    // whose names merely look like secrets. A new one must be added here on purpose.
    const QSet<QString> allowed { QStringLiteral("access_token_lifetime"),
        QStringLiteral("refresh_token_lifetime"), QStringLiteral("certificate_bound_tokens"),
        // when the secret expires (RFC 7591), a date: the secret is in the keychain
        QStringLiteral("client_secret_expires_at") };
    const QStringList suspicious { QStringLiteral("secret"), QStringLiteral("password"),
        QStringLiteral("passwd"), QStringLiteral("private_key"), QStringLiteral("privatekey"),
        QStringLiteral("token"), QStringLiteral("credential"), QStringLiteral("pkcs12"),
        QStringLiteral("pkcs8") };

    RawDb raw(m_path);
    QVERIFY(raw.isOpen());
    const QStringList tables = raw.tables();
    QCOMPARE(tables.size(), 7); // keychain_journal holds entry names, never values; local_ca holds
                                // the CA's certificate; its key is in the keychain
    QSet<QString> allowedSeen;
    int columnCount = 0;
    for (const QString &table : tables) {
        const QStringList columns = raw.columns(table);
        QVERIFY2(!columns.isEmpty(), qPrintable(table));
        for (const QString &column : columns) {
            ++columnCount;
            const QString lower = column.toLower();
            if (allowed.contains(lower)) {
                allowedSeen.insert(lower);
                continue;
            }
            for (const QString &word : suspicious) {
                QVERIFY2(!lower.contains(word),
                    qPrintable(QStringLiteral("%1.%2 looks like a secret").arg(table, column)));
            }
        }
    }
    QVERIFY(columnCount > 40);
    QCOMPARE(allowedSeen, allowed); // the allow-list names real columns, not stale ones
    // registration_client_uri is the RFC 7592 URL, not the registration access token.
    QVERIFY(
        raw.columns(QStringLiteral("clients")).contains(QStringLiteral("registration_client_uri")));
}

void TestStore::asyncRunBeforeOpen()
{
    AsyncStore async;
    auto future = async.run([](Store &s) { return s.applications(); });
    QTRY_VERIFY(future.isFinished());
    const auto r = future.result();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::StoreUnavailable);
    QVERIFY(!r.error().message.isEmpty());
}

void TestStore::asyncOpenAndSave()
{
    AsyncStore async;
    QSignalSpy saved(&async, &AsyncStore::applicationSaved);
    QVERIFY(saved.isValid());
    QThread *emittedOn = nullptr;
    connect(&async, &AsyncStore::applicationSaved, this,
        [&emittedOn] { emittedOn = QThread::currentThread(); });

    QFutureWatcher<Result<int>> watcher;
    QSignalSpy opened(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(async.open(m_path));
    QVERIFY(opened.count() == 1 || opened.wait(10000));
    const Result<int> version = watcher.result();
    VERIFY_OK(version);
    QCOMPARE(*version, latestSchemaVersion());
    QVERIFY(QFileInfo::exists(m_path));

    std::atomic<QThread *> workedOn { nullptr };
    auto future = async.run([&workedOn](Store &s) {
        workedOn = QThread::currentThread();
        return s.saveApplication(sampleApplication());
    });
    QTRY_VERIFY(future.isFinished());
    const Result<Application> app = future.result();
    VERIFY_OK(app);
    QVERIFY(app->id > 0);
    QVERIFY(workedOn.load() != nullptr);
    QVERIFY(workedOn.load() != QThread::currentThread()); // SQLite ran on the worker

    QVERIFY(saved.count() == 1 || saved.wait(10000));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<Application>(), *app);
    QCOMPARE(emittedOn, QThread::currentThread()); // re-emitted on the test thread

    auto list = async.run([](Store &s) { return s.applications(); });
    QTRY_VERIFY(list.isFinished());
    VERIFY_OK(list.result());
    QCOMPARE(list.result().value(), QList<Application> { *app });
}

void TestStore::asyncOpenFailure()
{
    {
        RawDb raw(m_path);
        QVERIFY(raw.isOpen());
        const QString err = raw.exec(QStringLiteral("CREATE TABLE foreign_stuff (x)"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    AsyncStore async;
    auto open = async.open(m_path);
    QTRY_VERIFY(open.isFinished());
    QVERIFY(!open.result());
    QCOMPARE(open.result().error().code, ErrorCode::StoreUnavailable);
    // A failed open leaves no store behind: later work is refused, not run on a null Store.
    auto work = async.run([](Store &s) { return s.clients(); });
    QTRY_VERIFY(work.isFinished());
    QVERIFY(!work.result());
    QCOMPARE(work.result().error().code, ErrorCode::StoreUnavailable);
}

void TestStore::asyncCallbacks()
{
    AsyncStore async;
    QObject context;
    std::optional<Result<int>> version;
    QThread *openedOn = nullptr;
    async.open(m_path, &context, [&](Result<int> r) {
        openedOn = QThread::currentThread();
        version = std::move(r);
    });
    QTRY_VERIFY(version.has_value());
    VERIFY_OK(*version);
    QCOMPARE(**version, latestSchemaVersion());
    QCOMPARE(openedOn, QThread::currentThread());

    std::optional<Result<Application>> saved;
    async.run([](Store &s) { return s.saveApplication(sampleApplication()); }, &context,
        [&](Result<Application> r) { saved = std::move(r); });
    QTRY_VERIFY(saved.has_value());
    VERIFY_OK(*saved);
    QVERIFY((*saved)->id > 0);

    // When the context dies before the answer arrives, the answer is dropped, not delivered to
    // a dangling receiver; the work itself still happens.
    bool called = false;
    auto gone = std::make_unique<QObject>();
    async.run([](Store &s) { return s.saveApplication(sampleApplication(QStringLiteral("B"))); },
        gone.get(), [&](Result<Application>) { called = true; });
    gone.reset();
    auto probe = async.run([](Store &s) { return s.applications(); });
    QTRY_VERIFY(probe.isFinished());
    QCOMPARE(probe.result().value().size(), 2);
    QTest::qWait(50); // let any (wrong) delivery through
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
