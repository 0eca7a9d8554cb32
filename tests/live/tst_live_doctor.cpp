// SPDX-License-Identifier: GPL-3.0-or-later
// The preflight doctor (issue 15) against the REAL local AS (oidc-provider, with-as.sh) and the
// real keyring: healthy clients (a secret one, a registered private_key_jwt one, a registered
// self-signed mTLS one with bound tokens) have no failure; an expired transport certificate, a
// serverAuth-only one, a keychain key that is not the certificate's, a registered JWKS without the
// signing key's kid and a jwks_uri JWKS without it are each named with their check id; nothing
// is written by the doctor; and the CLI's doctor exits 0 on a healthy client and 9 on a failing
// one. An environment's "Client CA the AS trusts" (issue 15 gap HB): a tls_client_auth client whose
// certificate the suite's client CA issued passes the chain check (and the AS agrees: a live token)
// when the environment records that CA, fails naming both CAs when it records another, is skipped
// with how to set it when it records none; and the CLI sets, shows and clears it.
#include "../support/AwaitLater.h"
#include "../support/DoctorCerts.h"
#include "jose/Jwk.h"
#include "oauth/Transport.h"
#include "pki/Certificate.h"
#include "pki/LocalCa.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "usecases/Doctor.h"
#include "usecases/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;
using O = DoctorFinding::Outcome;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

const DoctorFinding *byId(const DoctorReport &r, const QString &id)
{
    for (const DoctorFinding &f : r.findings) {
        if (f.check == id)
            return &f;
    }
    return nullptr;
}

QByteArray failures(const DoctorReport &r)
{
    QStringList out;
    for (const DoctorFinding &f : r.findings) {
        if (f.outcome == O::Failure)
            out.append(f.check + QStringLiteral(": ") + f.title + QStringLiteral(" — ") + f.detail);
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class TestLiveDoctor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_appId = 0;
    Environment m_env;

    Result<SecretBytes> readKey(const QString &key)
    {
        std::optional<Result<SecretBytes>> out;
        QObject ctx;
        m_ws->keychain().read(key, &ctx, [&out](Result<SecretBytes> r) { out = std::move(r); });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
        return out ? std::move(*out)
                   : Result<SecretBytes>(fail(ErrorCode::Timeout, QStringLiteral("keychain read")));
    }
    bool writeKey(const QString &key, const SecretBytes &secret)
    {
        std::optional<Result<void>> out;
        QObject ctx;
        m_ws->keychain().write(key, secret, &ctx, [&out](Result<void> r) { out = std::move(r); });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
        return out && out->has_value();
    }

    OAuthClient baseClient(const QString &name)
    {
        OAuthClient c;
        c.applicationId = m_appId;
        c.environmentId = m_env.id;
        c.name = name;
        c.clientId = name;
        c.applicationType = ApplicationType::MachineToMachine;
        c.grantTypes = { GrantType::ClientCredentials };
        c.scopes = { QStringLiteral("accounts:read") };
        return c;
    }

    DoctorReport doctor(qint64 clientId, bool live = true)
    {
        Doctor d(*m_ws);
        Doctor::Options o;
        o.live = live;
        auto r = wait(d.check(clientId, o), 60000);
        if (!r)
            qFatal("doctor: %s", why(r).constData());
        return *r;
    }

    /// A transport key whose certificate is made here from the key in the keychain with @p spec,
    /// for a self_signed_tls_client_auth client that is not registered (the doctor looks at it
    /// offline).
    Result<OAuthClient> transportClient(
        const QString &name, const test::CertSpec &spec, bool swapKeyAfterwards = false)
    {
        auto record = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Transport, KeyAlgorithm::Rsa2048));
        if (!record)
            return std::unexpected(record.error());
        auto pkcs8 = readKey(Keychain::privateKeyKey(record->uuid));
        if (!pkcs8)
            return std::unexpected(pkcs8.error());
        auto key = privateKeyFromPkcs8(*pkcs8);
        if (!key)
            return std::unexpected(key.error());
        const QByteArray der = test::selfSigned(key->get(), spec);
        auto imported = wait(m_ws->certificates().importCertificate(*record, derToPem(der)));
        if (!imported)
            return std::unexpected(imported.error());
        if (swapKeyAfterwards) { // the keychain entry replaced by another key: the mix-up the
                                 // doctor must find
            PKey other = test::makeKey(2048);
            if (!writeKey(Keychain::privateKeyKey(record->uuid), test::pkcs8(other.get())))
                return fail(ErrorCode::Internal, QStringLiteral("keychain write"));
        }
        OAuthClient c = baseClient(name);
        c.authMethod = AuthMethod::SelfSignedTlsClientAuth;
        c.transportCertificateId = imported->id;
        c.certificateBoundTokens = true;
        return wait(m_ws->clients().save(c, std::nullopt));
    }

    /// A private_key_jwt client registered at the AS with @p jwksOverride (empty: its own key's
    /// JWKS).
    Result<OAuthClient> registeredSigningClient(
        const QString &name, const QByteArray &jwksOverride = {})
    {
        auto record = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Signing, KeyAlgorithm::EcP256));
        if (!record)
            return std::unexpected(record.error());
        OAuthClient c = baseClient(name);
        c.clientId.clear();
        c.authMethod = AuthMethod::PrivateKeyJwt;
        c.signingCertificateId = record->id;
        auto input = wait(m_ws->registrations().inputFor(c));
        if (!input)
            return std::unexpected(input.error());
        if (!jwksOverride.isEmpty())
            input->jwks = jwksOverride;
        auto outcome = wait(m_ws->registrations().registerClient(m_env, *input), 60000);
        if (!outcome)
            return std::unexpected(outcome.error());
        return outcome->client;
    }

    QByteArray otherKeysJwks(const QString &kid)
    {
        PKey other = test::makeKey(0);
        JwksEntry e;
        e.publicJwk = *publicJwk(other.get());
        e.kid = kid;
        e.alg = QStringLiteral("ES256");
        return jwksDocument({ e });
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// Another environment on the same AS, with @p clientCaPem as its client CA, discovered and
    /// able to register (the suite's initial access token).
    Result<Environment> environmentWithClientCa(const QString &name, const QByteArray &clientCaPem)
    {
        Environment e;
        e.name = name;
        e.issuer = m_env.issuer;
        e.apiBaseUrl = m_env.apiBaseUrl;
        e.caBundlePath = m_env.caBundlePath;
        e.clientCaPem = clientCaPem;
        auto saved = wait(m_ws->environments().save(e));
        if (!saved)
            return saved;
        auto refreshed = wait(m_ws->environments().refreshDiscovery(saved->id));
        if (!refreshed)
            return std::unexpected(refreshed.error());
        auto stored = wait(m_ws->registrations().storeCredentials(refreshed->environment,
            std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(env("OAUTHDESK_TEST_IAT"))),
            std::nullopt));
        if (!stored)
            return std::unexpected(stored.error());
        return refreshed->environment;
    }

    /// A transport key made in the keychain, its CSR issued by the suite's client CA (the CA
    /// the test AS trusts for tls_client_auth), the certificate imported.
    Result<CertificateRecord> suiteCaTransportCertificate(const QString &cn)
    {
        auto record = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Transport, KeyAlgorithm::EcP256));
        if (!record)
            return record;
        SubjectFields subject;
        subject.commonName = cn;
        subject.organisation = QStringLiteral("Example Org");
        auto csr = wait(m_ws->certificates().createCsr(*record, subject));
        if (!csr)
            return csr;
        auto caKey = privateKeyFromPkcs8(
            SecretBytes::fromBytes(readFile(env("OAUTHDESK_TEST_CLIENT_CA_KEY"))));
        auto caCert = parseCertificates(readFile(env("OAUTHDESK_TEST_CLIENT_CA")));
        if (!caKey)
            return std::unexpected(caKey.error());
        if (!caCert)
            return std::unexpected(caCert.error());
        LocalCa ca { std::move(*caKey), caCert->first() };
        auto issued = issueFromCsr(ca, csr->csrPem, CertificatePurpose::Transport, 1);
        if (!issued)
            return std::unexpected(issued.error());
        return wait(m_ws->certificates().importCertificate(*csr, derToPem(*issued)));
    }

    int runCli(const QStringList &args, QByteArray *out = nullptr, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("cli")));
        p.setProcessEnvironment(e);
        if (input.isEmpty())
            p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(OAUTHDESK_CLI_PATH), args);
        if (!p.waitForStarted(10000))
            return -1;
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            return -2;
        }
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        qRegisterMetaType<TokenTestResult>();
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_live_doctor"), nullptr);
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Doctor"), {}, {}, {} }));
        QVERIFY(app);
        m_appId = app->id;
        Environment e;
        e.name = QStringLiteral("Live AS");
        e.issuer = QUrl(env("OAUTHDESK_TEST_ISSUER"));
        e.apiBaseUrl = QUrl(env("OAUTHDESK_TEST_API"));
        e.caBundlePath = env("OAUTHDESK_TEST_CA");
        auto saved = wait(m_ws->environments().save(e));
        QVERIFY2(saved, why(saved).constData());
        auto refreshed = wait(m_ws->environments().refreshDiscovery(saved->id));
        QVERIFY2(refreshed, why(refreshed).constData());
        m_env = refreshed->environment;
        QVERIFY(wait(m_ws->registrations().storeCredentials(m_env,
            std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(env("OAUTHDESK_TEST_IAT"))),
            std::nullopt)));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void aHealthySecretClientHasNoFailure()
    {
        OAuthClient c = baseClient(QStringLiteral("basic-client"));
        c.authMethod = AuthMethod::ClientSecretBasic;
        auto saved = wait(m_ws->clients().save(
            c, SecretBytes::fromUtf8(QStringLiteral("basic-secret-0123456789abcdef"))));
        QVERIFY2(saved, why(saved).constData());
        const DoctorReport r = doctor(saved->id);
        QVERIFY2(!r.failed(), failures(r).constData());
        for (const char *id :
            { "env.discovery", "env.issuer", "tls.chain", "env.clock", "as.auth_method",
                "as.grant_types", "as.scopes", "secret.present", "live.token" }) {
            const DoctorFinding *f = byId(r, QString::fromLatin1(id));
            QVERIFY2(f, id);
            QVERIFY2(f->outcome == O::Pass,
                qPrintable(f->check + QLatin1Char(' ') + f->title + QLatin1Char(' ') + f->detail));
        }
        // The suite's server certificate is made for two days: the doctor warns about it.
        QCOMPARE(byId(r, QStringLiteral("tls.expiry"))->outcome, O::Warning);
        QCOMPARE(byId(r, QStringLiteral("secret.expiry"))->outcome,
            O::Skipped); // not registered by OAuthDesk: unknown
        QCOMPARE(byId(r, QStringLiteral("keys.none"))->outcome, O::Skipped);
        QCOMPARE(r.environmentName, m_env.name);

        // A wrong secret: the live check names it, and the doctor changed nothing.
        auto wrong = wait(m_ws->clients().save(baseClient(QStringLiteral("post-client")),
            SecretBytes::fromUtf8(QStringLiteral("wrong-secret-0000"))));
        QVERIFY(wrong);
        const auto before = wait(m_ws->snapshot());
        const DoctorReport bad = doctor(wrong->id);
        QCOMPARE(byId(bad, QStringLiteral("live.token"))->outcome, O::Failure);
        const auto after = wait(m_ws->snapshot());
        QVERIFY(before && after);
        QCOMPARE(after->clients, before->clients);
        QCOMPARE(after->environments, before->environments);
    }

    void aSecretMissingFromTheKeychainIsAFindingNotALostReport()
    {
        OAuthClient c = baseClient(QStringLiteral("basic-client"));
        c.name = QStringLiteral("lost-secret");
        c.clientId = QStringLiteral("lost-secret-id");
        c.authMethod = AuthMethod::ClientSecretBasic;
        auto saved = wait(m_ws->clients().save(
            c, SecretBytes::fromUtf8(QStringLiteral("basic-secret-0123456789abcdef"))));
        QVERIFY2(saved, why(saved).constData());
        std::optional<Result<void>> removed;
        QObject ctx;
        m_ws->keychain().remove(Keychain::clientSecretKey(saved->uuid), &ctx,
            [&removed](Result<void> r) { removed = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 20000));
        QVERIFY(removed->has_value());

        const DoctorReport r = doctor(saved->id); // live: the default
        QVERIFY(r.failed());
        QCOMPARE(byId(r, QStringLiteral("secret.present"))->outcome, O::Failure);
        QCOMPARE(byId(r, QStringLiteral("live.token"))->outcome, O::Failure);
        QVERIFY(byId(r, QStringLiteral("env.discovery"))); // the rest of the report is there
        QCOMPARE(byId(r, QStringLiteral("env.discovery"))->outcome, O::Pass);

        // --all goes on past it: every client of the environment has its report.
        auto all = wait(Doctor(*m_ws).checkAll(m_env.id, Doctor::Options {}));
        QVERIFY2(all, why(all).constData());
        const auto clients = wait(m_ws->clients().list());
        QVERIFY(clients);
        qsizetype inEnv = 0;
        for (const OAuthClient &k : *clients)
            inEnv += k.environmentId == m_env.id ? 1 : 0;
        QCOMPARE(all->size(), inEnv);
    }

    void aRegisteredSigningClientHasTheAsJwks()
    {
        auto c = registeredSigningClient(QStringLiteral("doctor-signed"));
        QVERIFY2(c, why(c).constData());
        const DoctorReport r = doctor(c->id);
        QVERIFY2(!r.failed(), failures(r).constData());
        for (const char *id : { "as.registration", "as.signing_alg", "keys.signing.present",
                 "keys.signing.strength", "keys.jwks", "secret.registration_token", "live.token" })
            QVERIFY2(byId(r, QString::fromLatin1(id))
                    && byId(r, QString::fromLatin1(id))->outcome == O::Pass,
                id);
    }

    void aRegisteredJwksWithoutTheKidIsNamed()
    {
        auto c = registeredSigningClient(QStringLiteral("doctor-wrong-jwks"),
            otherKeysJwks(QStringLiteral("someone-elses-key")));
        QVERIFY2(c, why(c).constData());
        const DoctorReport r = doctor(c->id);
        const DoctorFinding *f = byId(r, QStringLiteral("keys.jwks"));
        QVERIFY(f);
        QCOMPARE(f->outcome, O::Failure);
        QVERIFY2(f->detail.contains(QStringLiteral("someone-elses-key")), qPrintable(f->detail));
        QCOMPARE(byId(r, QStringLiteral("live.token"))->outcome,
            O::Failure); // the AS agrees: the assertion fails
        QVERIFY(r.failed());
    }

    void aJwksUriWithoutTheKidIsNamed()
    {
        // Registered with a jwks_uri at the test JWKS host that serves another key under another
        // kid.
        const QString jwksUri = env("OAUTHDESK_TEST_JWKS_HOST") + QStringLiteral("/doctor-")
            + QString::number(QDateTime::currentMSecsSinceEpoch());
        HttpRequest put;
        put.method = "PUT";
        put.url = QUrl(jwksUri);
        put.headers = { { "Content-Type", "application/json" } };
        put.body = otherKeysJwks(QStringLiteral("published-other"));
        std::optional<HttpExchange> published;
        QObject ctx;
        m_ws->transport().send(
            put, m_env.caBundlePath, &ctx, [&](HttpExchange x) { published = x; });
        QVERIFY(QTest::qWaitFor([&] { return published.has_value(); }, 20000));
        QCOMPARE(published->status, 200);

        auto record = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Signing, KeyAlgorithm::EcP256));
        QVERIFY(record);
        HttpRequest reg;
        reg.method = "POST";
        reg.url = QUrl(env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/reg"));
        reg.headers = { { "Content-Type", "application/json" },
            { "Authorization", "Bearer " + env("OAUTHDESK_TEST_IAT").toLatin1() } };
        reg.body = QJsonDocument(QJsonObject { { QStringLiteral("token_endpoint_auth_method"),
                                                   QStringLiteral("private_key_jwt") },
                                     { QStringLiteral("jwks_uri"), jwksUri },
                                     { QStringLiteral("grant_types"),
                                         QJsonArray { QStringLiteral("client_credentials") } },
                                     { QStringLiteral("response_types"), QJsonArray {} },
                                     { QStringLiteral("scope"), QStringLiteral("accounts:read") } })
                       .toJson(QJsonDocument::Compact);
        std::optional<HttpExchange> registered;
        m_ws->transport().send(
            reg, m_env.caBundlePath, &ctx, [&](HttpExchange x) { registered = x; });
        QVERIFY(QTest::qWaitFor([&] { return registered.has_value(); }, 20000));
        QCOMPARE(registered->status, 201);
        const QJsonObject answer = QJsonDocument::fromJson(registered->responseBody).object();
        OAuthClient c = baseClient(QStringLiteral("doctor-jwks-uri"));
        c.clientId = answer.value(QStringLiteral("client_id")).toString();
        c.authMethod = AuthMethod::PrivateKeyJwt;
        c.signingCertificateId = record->id;
        c.registrationClientUri
            = QUrl(answer.value(QStringLiteral("registration_client_uri")).toString());
        auto saved = wait(m_ws->clients().save(c, std::nullopt));
        QVERIFY2(saved, why(saved).constData());
        QVERIFY(writeKey(Keychain::registrationTokenKey(saved->uuid),
            SecretBytes::fromUtf8(
                answer.value(QStringLiteral("registration_access_token")).toString())));

        const DoctorReport r = doctor(saved->id, false);
        const DoctorFinding *f = byId(r, QStringLiteral("keys.jwks"));
        QVERIFY(f);
        QCOMPARE(f->outcome, O::Failure);
        QVERIFY2(
            f->detail.contains(jwksUri) && f->detail.contains(QStringLiteral("published-other")),
            qPrintable(f->detail));
        QCOMPARE(byId(r, QStringLiteral("live.token"))->outcome, O::Skipped); // --no-live
    }

    void aHealthyBoundMtlsClientIsBound()
    {
        auto record = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Transport, KeyAlgorithm::EcP256));
        QVERIFY(record);
        SubjectFields subject;
        subject.commonName = QStringLiteral("doctor-mtls");
        auto cert = wait(m_ws->certificates().selfSign(*record, subject, 90));
        QVERIFY2(cert, why(cert).constData());
        OAuthClient c = baseClient(QStringLiteral("doctor-mtls"));
        c.clientId.clear();
        c.authMethod = AuthMethod::SelfSignedTlsClientAuth;
        c.transportCertificateId = cert->id;
        c.certificateBoundTokens = true;
        auto input = wait(m_ws->registrations().inputFor(c));
        QVERIFY2(input, why(input).constData());
        auto outcome = wait(m_ws->registrations().registerClient(m_env, *input), 60000);
        QVERIFY2(outcome && outcome->client,
            outcome ? why(outcome->client).constData() : why(outcome).constData());
        const DoctorReport r = doctor(outcome->client->id);
        QVERIFY2(!r.failed(), failures(r).constData());
        for (const char *id : { "keys.transport.key_match", "keys.transport.validity",
                 "keys.transport.eku", "keys.transport.key_usage", "live.token", "live.binding" })
            QVERIFY2(byId(r, QString::fromLatin1(id))
                    && byId(r, QString::fromLatin1(id))->outcome == O::Pass,
                id);
        QCOMPARE(byId(r, QStringLiteral("keys.transport.chain"))->outcome,
            O::Skipped); // self-signed: trusted as registered
    }

    void transportCertificateDefectsAreNamed_data()
    {
        QTest::addColumn<int>("notAfterDays");
        QTest::addColumn<QByteArray>("eku");
        QTest::addColumn<bool>("swapKey");
        QTest::addColumn<QString>("check");
        QTest::newRow("expired") << -1 << QByteArray("clientAuth") << false
                                 << QStringLiteral("keys.transport.validity");
        QTest::newRow("serverAuth only")
            << 365 << QByteArray("serverAuth") << false << QStringLiteral("keys.transport.eku");
        QTest::newRow("keychain key is another") << 365 << QByteArray("clientAuth") << true
                                                 << QStringLiteral("keys.transport.key_match");
    }
    void transportCertificateDefectsAreNamed()
    {
        QFETCH(int, notAfterDays);
        QFETCH(QByteArray, eku);
        QFETCH(bool, swapKey);
        QFETCH(QString, check);
        test::CertSpec spec;
        spec.notBeforeDays = -10;
        spec.notAfterDays = notAfterDays;
        spec.eku = eku;
        auto c = transportClient(QStringLiteral("doctor-")
                + QString::fromLatin1(QTest::currentDataTag())
                      .replace(QLatin1Char(' '), QLatin1Char('-')),
            spec, swapKey);
        QVERIFY2(c, why(c).constData());
        const DoctorReport r = doctor(c->id, false);
        const DoctorFinding *f = byId(r, check);
        QVERIFY(f);
        QVERIFY2(f->outcome == O::Failure, qPrintable(f->title));
        QVERIFY(!f->fix.isEmpty());
        QVERIFY(r.failed());
        // Only that defect among the certificate checks (the client is not registered: the
        // registration is skipped, not failed).
        for (const DoctorFinding &other : r.findings) {
            if (other.area == doctorarea::keys && other.check != check)
                QVERIFY2(other.outcome != O::Failure,
                    qPrintable(other.check + QLatin1Char(' ') + other.title));
        }
    }

    // --- issue 15 gap HB (begin) ---
    void theEnvironmentsClientCaDecidesTheChainCheck()
    {
        const QByteArray suiteCaPem = readFile(env("OAUTHDESK_TEST_CLIENT_CA"));
        QVERIFY2(!suiteCaPem.isEmpty(), "OAUTHDESK_TEST_CLIENT_CA (with-as.sh)");
        auto suiteCa = parseCertificates(suiteCaPem);
        QVERIFY(suiteCa);
        const QString suiteCaSubject = certificateInfo(suiteCa->first())->subject;

        // The environment records the CA the AS really trusts: registered with tls_client_auth,
        // the chain check passes and the AS agrees (a live token over mutual TLS).
        auto trusting
            = environmentWithClientCa(QStringLiteral("Live AS, client CA recorded"), suiteCaPem);
        QVERIFY2(trusting, why(trusting).constData());
        QVERIFY(!trusting->clientCaPem.isEmpty());
        auto cert = suiteCaTransportCertificate(QStringLiteral("doctor-tls-client-auth"));
        QVERIFY2(cert, why(cert).constData());
        OAuthClient c = baseClient(QStringLiteral("doctor-tls-client-auth"));
        c.environmentId = trusting->id;
        c.clientId.clear();
        c.authMethod = AuthMethod::TlsClientAuth;
        c.transportCertificateId = cert->id;
        c.certificateBoundTokens = true;
        auto input = wait(m_ws->registrations().inputFor(c));
        QVERIFY2(input, why(input).constData());
        auto outcome = wait(m_ws->registrations().registerClient(*trusting, *input), 60000);
        QVERIFY2(outcome && outcome->client,
            outcome ? why(outcome->client).constData() : why(outcome).constData());
        const DoctorReport good = doctor(outcome->client->id);
        QVERIFY2(!good.failed(), failures(good).constData());
        const DoctorFinding *pass = byId(good, QStringLiteral("keys.transport.chain"));
        QVERIFY(pass);
        QCOMPARE(pass->outcome, O::Pass);
        QVERIFY2(pass->detail.contains(suiteCaSubject) && pass->detail.contains(trusting->name),
            qPrintable(pass->detail));
        QCOMPARE(byId(good, QStringLiteral("live.token"))->outcome, O::Pass);
        QCOMPARE(byId(good, QStringLiteral("live.binding"))->outcome, O::Pass);

        // Another environment records another CA: the same certificate fails the chain check,
        // and the finding names both the certificate's issuer and the CA recorded.
        PKey otherKey = test::makeKey(0);
        test::CertSpec caSpec;
        caSpec.ca = true;
        caSpec.cn = "Partner Other Client CA";
        const QByteArray otherCaPem = derToPem(test::selfSigned(otherKey.get(), caSpec));
        auto other
            = environmentWithClientCa(QStringLiteral("Live AS, other client CA"), otherCaPem);
        QVERIFY2(other, why(other).constData());
        OAuthClient elsewhere = *outcome->client;
        elsewhere.id = 0;
        elsewhere.uuid.clear();
        elsewhere.name = QStringLiteral("doctor-tls-client-auth-other-ca");
        elsewhere.environmentId = other->id;
        elsewhere.registrationClientUri.clear();
        auto savedElsewhere = wait(m_ws->clients().save(elsewhere, std::nullopt));
        QVERIFY2(savedElsewhere, why(savedElsewhere).constData());
        const DoctorReport bad = doctor(savedElsewhere->id, false);
        const DoctorFinding *fail = byId(bad, QStringLiteral("keys.transport.chain"));
        QVERIFY(fail);
        QCOMPARE(fail->outcome, O::Failure);
        QVERIFY2(fail->detail.contains(suiteCaSubject)
                && fail->detail.contains(QStringLiteral("CN=Partner Other Client CA"))
                && fail->detail.contains(other->name),
            qPrintable(fail->detail));
        QVERIFY(!fail->fix.isEmpty());
        QVERIFY(bad.failed());
        // --client-ca wins over the environment: with the suite's CA it passes again.
        QTemporaryDir files;
        const QString caFile = files.filePath(QStringLiteral("suite-client-ca.pem"));
        {
            QFile out(caFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(suiteCaPem);
        }
        Doctor d(*m_ws);
        Doctor::Options withFile;
        withFile.live = false;
        withFile.clientCaBundlePath = caFile;
        auto overridden = wait(d.check(savedElsewhere->id, withFile), 60000);
        QVERIFY2(overridden, why(overridden).constData());
        const DoctorFinding *byFile = byId(*overridden, QStringLiteral("keys.transport.chain"));
        QCOMPARE(byFile->outcome, O::Pass);
        QVERIFY2(
            byFile->detail.contains(QStringLiteral("--client-ca")), qPrintable(byFile->detail));

        // The shared environment records none: skipped, saying where to set it.
        OAuthClient unknown = elsewhere;
        unknown.name = QStringLiteral("doctor-tls-client-auth-no-ca");
        unknown.environmentId = m_env.id;
        QVERIFY(m_env.clientCaPem.isEmpty());
        auto savedUnknown = wait(m_ws->clients().save(unknown, std::nullopt));
        QVERIFY2(savedUnknown, why(savedUnknown).constData());
        const DoctorReport skipped = doctor(savedUnknown->id, false);
        const DoctorFinding *skip = byId(skipped, QStringLiteral("keys.transport.chain"));
        QCOMPARE(skip->outcome, O::Skipped);
        QVERIFY2(skip->detail.contains(QStringLiteral("does not record"))
                && skip->detail.contains(QStringLiteral("Client CA the AS trusts"))
                && skip->detail.contains(QStringLiteral("--client-ca")),
            qPrintable(skip->detail));

        // The doctor wrote nothing: the environments still hold what they held.
        auto envs = wait(m_ws->environments().list());
        QVERIFY(envs);
        for (const Environment &e : *envs) {
            if (e.id == trusting->id)
                QCOMPARE(e.clientCaPem, trusting->clientCaPem);
            if (e.id == other->id)
                QCOMPARE(e.clientCaPem, otherCaPem);
        }
    }

    void theCliSetsShowsAndClearsTheClientCa()
    {
        QTemporaryDir files;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            const QString path = files.filePath(name);
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path
                                                                                  : QString();
        };
        const QByteArray suiteCaPem = readFile(env("OAUTHDESK_TEST_CLIENT_CA"));
        const QString caFile = write(QStringLiteral("ca.pem"), suiteCaPem);
        PKey leafKey = test::makeKey(0);
        const QString leafFile
            = write(QStringLiteral("client.pem"), derToPem(test::selfSigned(leafKey.get())));
        const QString keyFile = write(QStringLiteral("ca-with-key.pem"),
            suiteCaPem + readFile(env("OAUTHDESK_TEST_CLIENT_CA_KEY")));
        QVERIFY(!caFile.isEmpty() && !leafFile.isEmpty() && !keyFile.isEmpty());
        const QString name = QStringLiteral("CLI client CA");

        QByteArray out;
        // A client certificate instead of the CA: refused naming the option, nothing created.
        int rc = runCli(
            { QStringLiteral("envs"), QStringLiteral("create"), name, QStringLiteral("--issuer"),
                env("OAUTHDESK_TEST_ISSUER"), QStringLiteral("--client-ca"), leafFile },
            &out);
        QVERIFY2(rc == 2, out.constData());
        QVERIFY2(
            out.contains("--client-ca") && out.contains("not a CA certificate"), out.constData());
        rc = runCli({ QStringLiteral("envs"), QStringLiteral("show"), name }, &out);
        QVERIFY2(rc == 3, out.constData()); // not found: nothing was saved
        // With the CA: created, and shown with its subject and expiry.
        rc = runCli(
            { QStringLiteral("envs"), QStringLiteral("create"), name, QStringLiteral("--issuer"),
                env("OAUTHDESK_TEST_ISSUER"), QStringLiteral("--client-ca"), caFile },
            &out);
        QVERIFY2(rc == 0, out.constData());
        const QString subject = certificateInfo(parseCertificates(suiteCaPem)->first())->subject;
        rc = runCli(
            { QStringLiteral("envs"), QStringLiteral("show"), name, QStringLiteral("--json") },
            &out);
        QVERIFY2(rc == 0, out.constData());
        const QJsonObject shown = QJsonDocument::fromJson(out.left(out.lastIndexOf('}') + 1))
                                      .object()
                                      .value(QStringLiteral("environment"))
                                      .toObject();
        const QJsonArray cas = shown.value(QStringLiteral("clientCa")).toArray();
        QCOMPARE(cas.size(), 1);
        QCOMPARE(cas.at(0).toObject().value(QStringLiteral("subject")).toString(), subject);
        QVERIFY(!cas.at(0).toObject().value(QStringLiteral("notAfter")).toString().isEmpty());
        rc = runCli({ QStringLiteral("envs"), QStringLiteral("show"), name }, &out);
        QVERIFY2(
            rc == 0 && out.contains("Client CA the AS trusts") && out.contains(subject.toUtf8()),
            out.constData());
        // A file holding the CA's key too: refused, the recorded CA kept.
        rc = runCli({ QStringLiteral("envs"), QStringLiteral("edit"), name,
                        QStringLiteral("--client-ca"), keyFile },
            &out);
        QVERIFY2(rc == 2 && out.contains("private key"), out.constData());
        QVERIFY(!out.contains("BEGIN"));
        rc = runCli(
            { QStringLiteral("envs"), QStringLiteral("show"), name, QStringLiteral("--json") },
            &out);
        QVERIFY2(rc == 0 && out.contains(subject.toUtf8()), out.constData());
        // --client-ca "" clears it.
        rc = runCli({ QStringLiteral("envs"), QStringLiteral("edit"), name,
                        QStringLiteral("--client-ca"), QString() },
            &out);
        QVERIFY2(rc == 0, out.constData());
        rc = runCli(
            { QStringLiteral("envs"), QStringLiteral("show"), name, QStringLiteral("--json") },
            &out);
        QVERIFY2(rc == 0, out.constData());
        QVERIFY(QJsonDocument::fromJson(out.left(out.lastIndexOf('}') + 1))
                    .object()
                    .value(QStringLiteral("environment"))
                    .toObject()
                    .value(QStringLiteral("clientCa"))
                    .toArray()
                    .isEmpty());
    }
    // --- issue 15 gap HB (end) ---

    void theCliExitsNineOnFailureAndZeroWhenHealthy()
    {
        QByteArray out;
        QCOMPARE(
            runCli({ QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Payments") },
                &out),
            0);
        QCOMPARE(
            runCli({ QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Live AS"),
                       QStringLiteral("--issuer"), env("OAUTHDESK_TEST_ISSUER"),
                       QStringLiteral("--ca-bundle"), env("OAUTHDESK_TEST_CA") },
                &out),
            0);
        struct Seed
        {
            QString name, clientId, method, secret, scope;
        };
        for (const Seed &seed : { Seed { QStringLiteral("healthy"), QStringLiteral("basic-client"),
                                      QStringLiteral("client_secret_basic"),
                                      QStringLiteral("basic-secret-0123456789abcdef"),
                                      QStringLiteral("accounts:read") },
                 Seed { QStringLiteral("unknown-scope"), QStringLiteral("post-client"),
                     QStringLiteral("client_secret_post"),
                     QStringLiteral("post-secret-0123456789abcdef"),
                     QStringLiteral("admin:all") } }) {
            const int rc = runCli(
                { QStringLiteral("clients"), QStringLiteral("create"), seed.name,
                    QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
                    QStringLiteral("Live AS"), QStringLiteral("--client-id"), seed.clientId,
                    QStringLiteral("--method"), seed.method, QStringLiteral("--grant"),
                    QStringLiteral("client_credentials"), QStringLiteral("--scope"), seed.scope,
                    QStringLiteral("--secret-stdin") },
                &out, seed.secret.toUtf8() + '\n');
            QVERIFY2(rc == 0, out.constData());
        }
        int rc = runCli({ QStringLiteral("doctor"), QStringLiteral("healthy") }, &out);
        QVERIFY2(rc == 0, out.constData());
        QVERIFY(out.contains("✔"));
        QVERIFY(!out.contains("basic-secret-0123456789abcdef"));
        rc = runCli(
            { QStringLiteral("doctor"), QStringLiteral("unknown-scope"), QStringLiteral("--json") },
            &out);
        QVERIFY2(rc == 9, out.constData());
        const QJsonObject json
            = QJsonDocument::fromJson(out.left(out.lastIndexOf('}') + 1)).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        bool named = false;
        for (const QJsonValue &f : json.value(QStringLiteral("reports"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("findings"))
                                       .toArray())
            named = named
                || (f.toObject().value(QStringLiteral("check")).toString()
                        == QStringLiteral("as.scopes")
                    && f.toObject().value(QStringLiteral("outcome")).toString()
                        == QStringLiteral("failure"));
        QVERIFY2(named, out.constData());
        rc = runCli(
            { QStringLiteral("doctor"), QStringLiteral("--all"), QStringLiteral("--no-live") },
            &out);
        QVERIFY2(rc == 9, out.constData()); // one of the two fails
        QVERIFY(out.contains("2 client(s) checked"));
    }
};

QTEST_GUILESS_MAIN(TestLiveDoctor)
#include "tst_live_doctor.moc"
