// SPDX-License-Identifier: GPL-3.0-or-later
// The key rotation assistant (issue 15) against the REAL provider (with-as.sh), the REAL keychain
// (with-keyring.sh) and a real SQLite file, through the Workspace: a private_key_jwt client
// registered by dynamic registration rotated end to end (a token with the new key after the
// switch, the old key refused after retirement, the old key gone from the keychain); the same
// interrupted after step 2 (the Workspace destroyed and another opened on the same file: step 3,
// a token still works with the old key, and resuming finishes); an abandoned rotation; a
// self_signed_tls_client_auth rotation; a jwks_uri client whose JWKS file (both kids) is
// published on the test JWKS host; and oauthdesk-cli rotate in a QProcess.
// tls_client_auth (RFC 8705 §2.1) with transport certificates issued by the client CA the test
// AS trusts (OAUTHDESK_TEST_CLIENT_CA, through lib/pki): with a new subject, all six steps with
// the Workspace destroyed after step 2 and the AS left ahead of the client in the middle of the
// cut-over (resumed by step 4), the old certificate refused with invalid_client after step 5;
// with the same subject, the new certificate accepted after step 3 and step 5 saying (and
// proving) that the old one stays valid until it expires; and the CLI's --subject.
#include "../support/AwaitLater.h"
#include "TlsRotationSetup.h"
#include "oauth/Registration.h"
#include "oauth/Transport.h"
#include "secrets/Keychain.h"
#include "usecases/KeyRotation.h"
#include "usecases/Workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

namespace {

QStringList kidsIn(const QByteArray &jwks)
{
    QStringList kids;
    for (const QJsonValue &k :
        QJsonDocument::fromJson(jwks).object().value(QStringLiteral("keys")).toArray())
        kids.append(k.toObject().value(QStringLiteral("kid")).toString());
    return kids;
}

bool hasCheck(
    const RotationState &s, int step, const QString &text, bool passed, bool caution = false)
{
    for (const RotationCheck &c : s.checks) {
        if (c.step == step && c.passed == passed && c.caution == caution && c.text.contains(text))
            return true;
    }
    return false;
}

QByteArray checksText(const RotationState &s)
{
    QStringList lines;
    for (const RotationCheck &c : s.checks)
        lines.append(QStringLiteral("%1 %2%3: %4")
                         .arg(c.step)
                         .arg(c.passed ? QStringLiteral("ok") : QStringLiteral("no"))
                         .arg(c.caution ? QStringLiteral(" (caution)") : QString())
                         .arg(c.text));
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class TestLiveRotation final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_appId = 0;
    Environment m_env;

    QString dataFile() const { return m_dir.filePath(QStringLiteral("data/oauthdesk.sqlite")); }

    void openWorkspace()
    {
        // The app's keychain service (a private keyring under with-keyring.sh): the CLI shares it.
        m_ws = std::make_unique<Workspace>();
        auto opened = wait(m_ws->open(dataFile()));
        QVERIFY2(opened, why(opened).constData());
    }

    /// A token request as the client (or @p probe's key) would make it: ok, or the error.
    Result<TokenTestResult> token(const OAuthClient &client)
    {
        auto session = wait(m_ws->tokenTests().open(client, {}));
        if (!session)
            return std::unexpected(session.error());
        QSignalSpy finished(session->get(), &TokenSession::finished);
        (*session)->start();
        if (!finished.wait(20000))
            return fail(ErrorCode::Timeout, QStringLiteral("no token answer"));
        auto r = finished.first().first().value<TokenTestResult>();
        if (!r.ok())
            return std::unexpected(r.token.result.error());
        return r;
    }

    Result<OAuthClient> stored(qint64 id) { return wait(m_ws->clients().get(id)); }

    /// The whole answer of a token request, refused or not.
    std::optional<TokenTestResult> tokenAnswer(const OAuthClient &client)
    {
        auto session = wait(m_ws->tokenTests().open(client, {}));
        if (!session)
            return std::nullopt;
        QSignalSpy finished(session->get(), &TokenSession::finished);
        (*session)->start();
        if (!finished.wait(20000))
            return std::nullopt;
        return finished.first().first().value<TokenTestResult>();
    }

    /// A token request with @p certificateId as the transport certificate was refused by the
    /// token endpoint with invalid_client (RFC 6749 §5.2).
    bool refusedAsInvalidClient(OAuthClient client, qint64 certificateId, QByteArray *said)
    {
        client.transportCertificateId = certificateId;
        auto r = tokenAnswer(client);
        if (!r || r->ok() || r->exchanges.isEmpty())
            return false;
        const HttpExchange &last = r->exchanges.constLast();
        *said = QByteArray::number(last.status) + ' ' + last.responseBody;
        return r->token.result.error().code == ErrorCode::Rejected
            && QJsonDocument::fromJson(last.responseBody)
                   .object()
                   .value(QStringLiteral("error"))
                   .toString()
            == QStringLiteral("invalid_client");
    }

    Result<CertificateRecord> issue(const CertificateRecord &withCsr)
    {
        return oauthdesk::test::issueAndImport(*m_ws, withCsr);
    }
    Result<OAuthClient> registerTlsClientAuth(const QString &name)
    {
        return oauthdesk::test::registerTlsClientAuth(*m_ws, m_appId, m_env, name);
    }

    Result<RotationState> advance(qint64 id, const RotationOptions &options)
    {
        KeyRotation rotation(*m_ws);
        return wait(rotation.advance(id, options), 60000);
    }

    auto cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(OAUTHDESK_CLI_PATH), args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
            qFatal("oauthdesk-cli did not run");
        return std::tuple { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    OAuthClient draft(const QString &name, AuthMethod method)
    {
        OAuthClient c;
        c.applicationId = m_appId;
        c.environmentId = m_env.id;
        c.name = name;
        c.applicationType = ApplicationType::MachineToMachine;
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = method;
        c.scopes = { QStringLiteral("accounts:read") };
        return c;
    }

    Result<OAuthClient> registerPrivateKeyJwt(const QString &name)
    {
        auto key = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Signing, KeyAlgorithm::EcP256));
        if (!key)
            return std::unexpected(key.error());
        OAuthClient c = draft(name, AuthMethod::PrivateKeyJwt);
        c.signingCertificateId = key->id;
        auto input = wait(m_ws->registrations().inputFor(c));
        if (!input)
            return std::unexpected(input.error());
        auto outcome = wait(m_ws->registrations().registerClient(m_env, *input));
        if (!outcome)
            return std::unexpected(outcome.error());
        return outcome->client;
    }

    Result<RotationState> advance(qint64 id, bool confirmed = false)
    {
        KeyRotation rotation(*m_ws);
        return wait(rotation.advance(id, confirmed), 60000);
    }
    Result<RotationState> state(qint64 id)
    {
        KeyRotation rotation(*m_ws);
        return wait(rotation.state(id));
    }

    bool keyInKeychain(const CertificateRecord &r)
    {
        std::optional<Result<SecretBytes>> got;
        QObject ctx;
        m_ws->keychain().read(Keychain::privateKeyKey(r.uuid), &ctx,
            [&got](Result<SecretBytes> s) { got = std::move(s); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            qFatal("keychain did not answer");
        if (!*got && got->error().code != ErrorCode::SecretNotFound)
            qFatal("keychain error: %s", qPrintable(got->error().message));
        return got->has_value();
    }

    /// PUT @p jwks on the test JWKS host under @p name.
    bool publish(const QString &name, const QByteArray &jwks)
    {
        HttpRequest put;
        put.method = "PUT";
        put.url = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_JWKS_HOST") + QLatin1Char('/') + name);
        put.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        put.body = jwks;
        std::optional<HttpExchange> ex;
        QObject ctx;
        m_ws->transport().send(
            put, m_env.caBundlePath, &ctx, [&ex](HttpExchange e) { ex = std::move(e); });
        if (!QTest::qWaitFor([&] { return ex.has_value(); }, 10000))
            return false;
        return ex->status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("OAUTHDESK_TEST_ISSUER"),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        qRegisterMetaType<TokenTestResult>();
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        openWorkspace();
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Rotation"), {}, {}, {} }));
        QVERIFY(app);
        m_appId = app->id;
        auto env = oauthdesk::test::liveEnvironment(*m_ws);
        QVERIFY2(env, why(env).constData());
        m_env = *env;
    }

    void cleanupTestCase() { m_ws.reset(); }

    void privateKeyJwtEndToEndWithAnInterruption()
    {
        auto client = registerPrivateKeyJwt(QStringLiteral("rotate-me"));
        QVERIFY2(client, why(client).constData());
        const qint64 id = client->id;
        auto s = state(id);
        QVERIFY2(s, why(s).constData());
        QVERIFY(!s->inProgress);
        QCOMPARE(s->nextStep, 1);
        QCOMPARE(s->publication, RotationPublication::RegisteredJwks);
        QVERIFY(s->oldKey);
        const CertificateRecord oldKey = *s->oldKey;
        QCOMPARE(s->kidsAtAs.value_or(QStringList {}), QStringList { oldKey.kid });

        // 1: the new key; the client still uses the old one.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 2);
        QVERIFY(s->newKey);
        const CertificateRecord newKey = *s->newKey;
        QVERIFY(newKey.kid != oldKey.kid);
        QVERIFY(keyInKeychain(newKey));
        QCOMPARE(stored(id)->signingCertificateId, std::optional<qint64>(oldKey.id));

        // 2: both keys registered at the AS (RFC 7592 update).
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 3);
        QVERIFY(s->kidsAtAs);
        QCOMPARE(QSet<QString>(s->kidsAtAs->cbegin(), s->kidsAtAs->cend()),
            (QSet<QString> { oldKey.kid, newKey.kid }));

        // Interrupted: the Workspace goes, another opens the same data file.
        m_ws.reset();
        openWorkspace();
        s = state(id);
        QVERIFY2(s, why(s).constData());
        QVERIFY(s->inProgress);
        QCOMPARE(s->nextStep, 3);
        QVERIFY2(s->summary().contains(QStringLiteral("step 3 of 6")), qPrintable(s->summary()));
        QVERIFY2(s->summary().contains(QStringLiteral("published, not yet verified")),
            qPrintable(s->summary()));
        auto withOld = token(*stored(id));
        QVERIFY2(withOld, why(withOld).constData());
        QCOMPARE(withOld->clientAssertion->kid, oldKey.kid);

        // 3: a token with the new key only; 4: the switch.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 4);
        QVERIFY(!s->checks.isEmpty() && s->checks.constLast().passed);
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 5);
        QCOMPARE(stored(id)->signingCertificateId, std::optional<qint64>(newKey.id));
        auto withNew = token(*stored(id));
        QVERIFY2(withNew, why(withNew).constData());
        QCOMPARE(withNew->clientAssertion->kid, newKey.kid);

        // 5: the old key retired at the AS: the new works, the old is refused.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 6);
        QCOMPARE(s->kidsAtAs.value_or(QStringList {}), QStringList { newKey.kid });
        OAuthClient probe = *stored(id);
        probe.signingCertificateId = oldKey.id;
        auto refused = token(probe);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Rejected);
        QVERIFY(token(*stored(id)));

        // 6: only after a confirmation; then the old key is gone from the keychain and the store.
        auto unconfirmed = advance(id, false);
        QVERIFY(!unconfirmed);
        QVERIFY(keyInKeychain(oldKey));
        s = advance(id, true);
        QVERIFY2(s, why(s).constData());
        QVERIFY(s->finished() || !s->inProgress);
        QVERIFY(!keyInKeychain(oldKey));
        auto records = wait(m_ws->certificates().forApplication(m_appId));
        QVERIFY(records);
        for (const CertificateRecord &r : *records)
            QVERIFY(r.id != oldKey.id);
        QVERIFY(token(*stored(id)));
        s = state(id);
        QVERIFY(s && !s->inProgress);
        QVERIFY(!QFile::exists(KeyRotation::recordPath(dataFile()))
            || !QFile(KeyRotation::recordPath(dataFile()))
                    .readAll()
                    .contains(client->uuid.toUtf8()));
    }

    void abandoningLeavesTheClientAsItWas()
    {
        auto client = registerPrivateKeyJwt(QStringLiteral("abandon-me"));
        QVERIFY2(client, why(client).constData());
        QVERIFY(advance(client->id));
        auto s = advance(client->id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 3);
        const CertificateRecord newKey = *s->newKey;
        const CertificateRecord oldKey = *s->oldKey;
        KeyRotation rotation(*m_ws);
        auto after = wait(rotation.abandon(client->id));
        QVERIFY2(after, why(after).constData());
        QVERIFY(!after->inProgress);
        QCOMPARE(after->kidsAtAs.value_or(QStringList {}), QStringList { oldKey.kid });
        QVERIFY(!keyInKeychain(newKey));
        QCOMPARE(stored(client->id)->signingCertificateId, std::optional<qint64>(oldKey.id));
        QVERIFY(token(*stored(client->id)));
    }

    void selfSignedTlsClientAuthRotation()
    {
        auto key = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Transport, KeyAlgorithm::EcP256));
        QVERIFY2(key, why(key).constData());
        SubjectFields subject;
        subject.commonName = QStringLiteral("rotation-mtls");
        subject.organisation = QStringLiteral("Example Org");
        auto cert = wait(m_ws->certificates().selfSign(*key, subject, 30));
        QVERIFY2(cert, why(cert).constData());
        OAuthClient c = draft(QStringLiteral("rotate-mtls"), AuthMethod::SelfSignedTlsClientAuth);
        c.transportCertificateId = cert->id;
        c.certificateBoundTokens = true;
        auto input = wait(m_ws->registrations().inputFor(c));
        QVERIFY2(input, why(input).constData());
        auto outcome = wait(m_ws->registrations().registerClient(m_env, *input));
        QVERIFY2(outcome && outcome->client,
            outcome ? why(outcome->client).constData() : why(outcome).constData());
        const qint64 id = outcome->client->id;
        QVERIFY(token(*stored(id)));

        std::optional<RotationState> last;
        for (int i = 0; i < 6; ++i) {
            auto s = advance(id, true);
            QVERIFY2(s, QByteArray(QByteArray::number(i + 1) + ": " + why(s)).constData());
            last = *s;
        }
        QVERIFY(last && !last->inProgress);
        auto now = stored(id);
        QVERIFY(now->transportCertificateId && *now->transportCertificateId != cert->id);
        auto bound = token(*now);
        QVERIFY2(bound, why(bound).constData());
        QVERIFY(bound->binding);
        QVERIFY(!keyInKeychain(*cert));
    }

    void aJwksUriClientGetsTheFileWithBothKids()
    {
        const QString hostName
            = QStringLiteral("rotation-%1").arg(QDateTime::currentMSecsSinceEpoch());
        auto key = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Signing, KeyAlgorithm::Rsa2048));
        QVERIFY(key);
        auto firstJwks = wait(m_ws->certificates().jwks({ *key }));
        QVERIFY(firstJwks);
        QVERIFY(publish(hostName, *firstJwks));
        // Registered at the AS with a jwks_uri (RFC 7591), then recorded here with its RFC 7592
        // token.
        RegistrationCall call;
        call.url = Registrations::endpoint(m_env);
        call.bearer = std::make_shared<const SecretBytes>(
            SecretBytes::fromUtf8(qEnvironmentVariable("OAUTHDESK_TEST_IAT")));
        call.body = QJsonObject { { QStringLiteral("token_endpoint_auth_method"),
                                      QStringLiteral("private_key_jwt") },
            { QStringLiteral("jwks_uri"),
                QString(qEnvironmentVariable("OAUTHDESK_TEST_JWKS_HOST") + QLatin1Char('/')
                    + hostName) },
            { QStringLiteral("grant_types"), QJsonArray { QStringLiteral("client_credentials") } },
            { QStringLiteral("response_types"), QJsonArray {} },
            { QStringLiteral("scope"), QStringLiteral("accounts:read") } };
        std::optional<HttpExchange> ex;
        QObject ctx;
        sendRegistrationCall(&m_ws->transport(), call, m_env.caBundlePath, &ctx,
            [&ex](HttpExchange e) { ex = std::move(e); });
        QVERIFY(QTest::qWaitFor([&] { return ex.has_value(); }, 10000));
        auto registered = parseRegistrationResponse(*ex, RegistrationStep::Register);
        QVERIFY2(registered, why(registered).constData());
        OAuthClient c = draft(QStringLiteral("rotate-jwks-uri"), AuthMethod::PrivateKeyJwt);
        c.clientId = registered->clientId;
        c.registrationClientUri = registered->registrationClientUri;
        c.signingCertificateId = key->id;
        auto saved = wait(m_ws->clients().save(c, std::nullopt));
        QVERIFY2(saved, why(saved).constData());
        std::optional<Result<void>> written;
        m_ws->keychain().write(Keychain::registrationTokenKey(saved->uuid),
            *registered->registrationAccessToken, &ctx,
            [&written](Result<void> w) { written = w; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 10000));
        QVERIFY(*written);
        const qint64 id = saved->id;
        QVERIFY(token(*stored(id)));

        auto s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 2);
        QCOMPARE(s->publication, RotationPublication::JwksFile);
        QCOMPARE(s->jwksUri.toString(), call.body.value(QStringLiteral("jwks_uri")).toString());
        const QString oldKid = s->oldKey->kid;
        const QString newKid = s->newKey->kid;
        const QStringList bothKids = kidsIn(s->jwksFile);
        QCOMPARE(
            QSet<QString>(bothKids.cbegin(), bothKids.cend()), (QSet<QString> { oldKid, newKid }));
        QVERIFY(!s->jwksFile.contains("\"d\"")); // public keys only
        // Not published yet: step 2 reads the host and says so.
        auto early = advance(id);
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(newKid), qPrintable(early.error().message));
        QVERIFY(publish(hostName, s->jwksFile));
        s = state(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 2); // published by the admin; step 2 reads it back
        QCOMPARE(QSet<QString>(s->kidsAtAs->cbegin(), s->kidsAtAs->cend()),
            (QSet<QString> { oldKid, newKid }));
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 3);
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 5);
        QCOMPARE(kidsIn(s->jwksFile), QStringList { newKid });
        QVERIFY(publish(hostName, s->jwksFile));
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 6);
        bool oldRefused = false;
        for (const RotationCheck &check : s->checks)
            oldRefused = oldRefused
                || (check.step == 5 && check.passed && check.text.contains(oldKid)
                    && check.text.contains(QStringLiteral("refused")));
        QVERIFY(oldRefused);
        s = advance(id, true);
        QVERIFY2(s, why(s).constData());
        QVERIFY(!s->inProgress);
        QVERIFY(token(*stored(id)));
    }

    void tlsClientAuthWithANewSubject()
    {
        QElapsedTimer clock;
        clock.start();
        auto client = registerTlsClientAuth(QStringLiteral("rotate-tls"));
        QVERIFY2(client, why(client).constData());
        const qint64 id = client->id;
        QVERIFY(token(*stored(id)));
        auto s = state(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->kind, RotationKind::TlsClientAuth);
        QCOMPARE(s->nextStep, 1);
        QVERIFY(s->oldKey);
        const CertificateRecord oldCert = *s->oldKey;
        QCOMPARE(oldCert.subjectDn, QStringLiteral("CN=rotate-tls,O=Example Org"));
        QCOMPARE(s->subjectDnAtAs.value_or(QString()), oldCert.subjectDn);
        QCOMPARE(s->proposedSubjectDn, QStringLiteral("CN=rotate-tls-r2,O=Example Org"));

        // 1: the key and the CSR with the proposed subject; the certificate comes from the CA.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QVERIFY(s->inProgress);
        QCOMPARE(s->nextStep, 1);
        QVERIFY(s->newKey && !s->newKey->csrPem.isEmpty() && s->newKey->certificatePem.isEmpty());
        QVERIFY2(hasCheck(*s, 1, QStringLiteral("the AS refuses the old certificate"), true),
            checksText(*s).constData());
        auto waiting = advance(id);
        QVERIFY(!waiting);
        QVERIFY2(waiting.error().message.contains(QStringLiteral("waits for its certificate")),
            qPrintable(waiting.error().message));
        auto issued = issue(*s->newKey);
        QVERIFY2(issued, why(issued).constData());
        QCOMPARE(issued->subjectDn, QStringLiteral("CN=rotate-tls-r2,O=Example Org"));
        s = state(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 2);
        QVERIFY(s->newSubject());
        QVERIFY2(
            s->summary().contains(QStringLiteral("not yet checked")), qPrintable(s->summary()));

        // 2: the certificate checked; the AS keeps the old subject.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 3);
        QVERIFY2(
            hasCheck(*s, 2, QStringLiteral("as the old one"), true), checksText(*s).constData());
        QCOMPARE(s->subjectDnAtAs.value_or(QString()), oldCert.subjectDn);

        // Interrupted: another Workspace on the same file; the client still works.
        m_ws.reset();
        openWorkspace();
        s = state(id);
        QVERIFY2(s, why(s).constData());
        QVERIFY(s->inProgress);
        QCOMPARE(s->nextStep, 3);
        QVERIFY2(s->summary().contains(QStringLiteral("step 3 of 6")), qPrintable(s->summary()));
        QVERIFY(token(*stored(id)));

        // 3: a token with the new certificate while the AS had the new subject, then the old
        // subject back: the old certificate works again.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 4);
        QVERIFY2(hasCheck(*s, 3, QStringLiteral("A token request with the new certificate"), true),
            checksText(*s).constData());
        QVERIFY2(hasCheck(*s, 3, QStringLiteral(" ms, while it had the new one"), true),
            checksText(*s).constData());
        const QByteArray newDer = parseCertificates(issued->certificatePem)->constFirst();
        bool newTokenSeen = false;
        for (const HttpExchange &x : s->exchanges)
            newTokenSeen = newTokenSeen
                || (x.status == 200 && x.request.clientCertificateChainDer.value(0) == newDer
                    && x.responseBody.contains("access_token"));
        QVERIFY2(newTokenSeen, "step 3 made no successful token request with the new certificate");
        QCOMPARE(s->subjectDnAtAs.value_or(QString()), oldCert.subjectDn);
        QVERIFY(token(*stored(id)));

        // Stopped in the middle of the cut-over: the AS has the new subject, the client not yet.
        {
            OAuthClient target = *stored(id);
            auto input = wait(m_ws->registrations().inputFor(target));
            QVERIFY2(input, why(input).constData());
            input->tlsClientAuthSubjectDn = issued->subjectDn;
            auto updated = wait(m_ws->registrations().update(m_env, *input));
            QVERIFY2(updated && updated->client,
                updated ? why(updated->client).constData() : why(updated).constData());
        }
        m_ws.reset();
        openWorkspace();
        s = state(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 4);
        QVERIFY2(s->warnings.join(QLatin1Char(' '))
                     .contains(QStringLiteral("still uses the old certificate")),
            qPrintable(s->warnings.join(QLatin1Char(' '))));
        QByteArray said;
        QVERIFY2(refusedAsInvalidClient(*stored(id), oldCert.id, &said),
            said.constData()); // the warning is true

        // 4: the AS and the client switched: a token with the client as stored (new certificate).
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 5);
        QCOMPARE(stored(id)->transportCertificateId, std::optional<qint64>(issued->id));
        QCOMPARE(s->subjectDnAtAs.value_or(QString()), issued->subjectDn);
        auto withNew = token(*stored(id));
        QVERIFY2(withNew, why(withNew).constData());

        // 5: the AS's subject read back, the new certificate works, the old one is refused.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 6);
        QVERIFY2(
            hasCheck(*s, 5, QStringLiteral("RFC 7592 read"), true), checksText(*s).constData());
        QVERIFY2(hasCheck(*s, 5,
                     QStringLiteral("the old certificate (serial ") + oldCert.serialNumber, true),
            checksText(*s).constData());
        for (const RotationCheck &c : s->checks)
            QVERIFY2(!c.caution, qPrintable(c.text));
        said.clear();
        QVERIFY2(refusedAsInvalidClient(*stored(id), oldCert.id, &said), said.constData());
        qInfo("old certificate after step 5: %s", said.constData());
        QVERIFY(token(*stored(id)));

        // 6: the old key gone.
        s = advance(id, true);
        QVERIFY2(s, why(s).constData());
        QVERIFY(!s->inProgress);
        QVERIFY(!keyInKeychain(oldCert));
        QVERIFY(token(*stored(id)));
        qInfo("tls_client_auth rotation with a new subject: %lld ms", clock.elapsed());
    }

    void tlsClientAuthWithTheSameSubject()
    {
        QElapsedTimer clock;
        clock.start();
        auto client = registerTlsClientAuth(QStringLiteral("rotate-tls-same"));
        QVERIFY2(client, why(client).constData());
        const qint64 id = client->id;
        auto s = state(id);
        QVERIFY2(s, why(s).constData());
        const CertificateRecord oldCert = *s->oldKey;
        RotationOptions same;
        same.subjectDn = oldCert.subjectDn;
        s = advance(id, same);
        QVERIFY2(s, why(s).constData());
        QVERIFY2(
            hasCheck(*s, 1, QStringLiteral("Same subject as the old certificate"), false, true),
            checksText(*s).constData());
        auto issued = issue(*s->newKey);
        QVERIFY2(issued, why(issued).constData());
        QCOMPARE(issued->subjectDn, oldCert.subjectDn);
        s = state(id);
        QVERIFY(s && !s->newSubject() && s->nextStep == 2);

        // 2: the AS's subject matches both; 3: the new certificate accepted.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 3);
        QVERIFY2(
            hasCheck(*s, 2, QStringLiteral("matches both the old and the new certificate"), true),
            checksText(*s).constData());
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 4);
        OAuthClient probe = *stored(id);
        probe.transportCertificateId = issued->id;
        auto withNew = token(probe);
        QVERIFY2(withNew, why(withNew).constData()); // after step 3, with the new certificate
        QVERIFY(token(*stored(id))); // and still with the old one

        // 4, 5: switched; the AS cannot refuse the old certificate, and step 5 says so.
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 5);
        s = advance(id);
        QVERIFY2(s, why(s).constData());
        QCOMPARE(s->nextStep, 6);
        const QString expiry = oldCert.notAfter->toUTC().toString(Qt::ISODate);
        bool said = false;
        for (const RotationCheck &c : s->checks)
            said = said
                || (c.step == 5 && c.caution
                    && c.text.contains(QStringLiteral("stays valid until it expires on ") + expiry)
                    && c.text.contains(QStringLiteral("cannot tell them apart"))
                    && c.text.contains(QStringLiteral("revoke serial ") + oldCert.serialNumber));
        QVERIFY2(said, checksText(*s).constData());
        QVERIFY2(s->warnings.join(QLatin1Char(' '))
                     .contains(QStringLiteral("stays valid at the AS until it expires")),
            qPrintable(s->warnings.join(QLatin1Char(' '))));
        QVERIFY2(s->summary().contains(QStringLiteral("still accepts the old certificate")),
            qPrintable(s->summary()));
        probe.transportCertificateId = oldCert.id;
        QVERIFY(token(probe)); // what step 5 said is true
        s = advance(id, true);
        QVERIFY2(s, why(s).constData());
        QVERIFY(!s->inProgress);
        QVERIFY2(
            hasCheck(*s, 6, QStringLiteral("stays valid at the AS until it expires on ") + expiry,
                false, true),
            checksText(*s).constData());
        QVERIFY(token(*stored(id)));
        qInfo("tls_client_auth rotation with the same subject: %lld ms", clock.elapsed());
    }

    void theCliChoosesTheSubject()
    {
        auto client = registerTlsClientAuth(QStringLiteral("rotate-tls-cli"));
        QVERIFY2(client, why(client).constData());
        auto [exit1, out1, err1] = cli({ QStringLiteral("--json"), QStringLiteral("rotate"),
            QStringLiteral("rotate-tls-cli") });
        QVERIFY2(exit1 == 0, err1.constData());
        QJsonObject o = QJsonDocument::fromJson(out1).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("tls_client_auth"));
        QCOMPARE(o.value(QStringLiteral("proposed_subject_dn")).toString(),
            QStringLiteral("CN=rotate-tls-cli-r2,O=Example Org"));
        QCOMPARE(o.value(QStringLiteral("subject_dn_at_as")).toString(),
            QStringLiteral("CN=rotate-tls-cli,O=Example Org"));
        auto [exit2, out2, err2] = cli(
            { QStringLiteral("rotate"), QStringLiteral("rotate-tls-cli"), QStringLiteral("--step"),
                QStringLiteral("--subject"), QStringLiteral("CN=rotate-tls-cli-next,O=Example Org"),
                QStringLiteral("--same-subject") });
        QVERIFY(exit2 != 0);
        QVERIFY2(err2.contains("--same-subject"), err2.constData());
        auto [exit3, out3, err3] = cli({ QStringLiteral("--json"), QStringLiteral("rotate"),
            QStringLiteral("rotate-tls-cli"), QStringLiteral("--step"), QStringLiteral("--subject"),
            QStringLiteral("CN=rotate-tls-cli-next,O=Example Org") });
        QVERIFY2(exit3 == 0, err3.constData());
        o = QJsonDocument::fromJson(out3).object();
        QCOMPARE(o.value(QStringLiteral("new_key"))
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString(),
            QStringLiteral("CN=rotate-tls-cli-next,O=Example Org"));
        QCOMPARE(o.value(QStringLiteral("next_step")).toInt(), 1); // waits for the CA
        // The CA's certificate through the CLI (certs show --pem, certs import), then the rest.
        const QString newId = QString::number(
            o.value(QStringLiteral("new_key")).toObject().value(QStringLiteral("id")).toInteger());
        const qint64 oldId
            = o.value(QStringLiteral("old_key")).toObject().value(QStringLiteral("id")).toInteger();
        auto [exit4, csr, err4] = cli(
            { QStringLiteral("certs"), QStringLiteral("show"), newId, QStringLiteral("--pem") });
        QVERIFY2(exit4 == 0 && csr.contains("CERTIFICATE REQUEST"), err4.constData());
        auto der = oauthdesk::test::issueForCsr(csr);
        QVERIFY2(der, why(der).constData());
        const QString certFile = m_dir.filePath(QStringLiteral("rotate-tls-cli.der"));
        QFile f(certFile);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(*der) == der->size());
        f.close();
        auto [exit5, out5, err5]
            = cli({ QStringLiteral("certs"), QStringLiteral("import"), newId, certFile });
        QVERIFY2(exit5 == 0, QByteArray(out5 + err5).constData());
        auto [exit6, out6, err6] = cli({ QStringLiteral("rotate"), QStringLiteral("rotate-tls-cli"),
            QStringLiteral("--all"), QStringLiteral("--yes") });
        QVERIFY2(exit6 == 0, QByteArray(out6 + err6).constData());
        QVERIFY2(
            out6.contains("✔ step 5: A token request with the old certificate"), out6.constData());
        auto s = state(client->id);
        QVERIFY(s && !s->inProgress);
        QVERIFY(token(*stored(client->id)));
        auto records = wait(m_ws->certificates().forApplication(m_appId));
        QVERIFY(records);
        for (const CertificateRecord &r : *records)
            QVERIFY(r.id != oldId); // step 6 ran: the old certificate's key and record are gone
    }

    void theCliRotatesToo()
    {
        auto client = registerPrivateKeyJwt(QStringLiteral("rotate-cli"));
        QVERIFY2(client, why(client).constData());
        auto [exit1, out1, err1] = cli(
            { QStringLiteral("--json"), QStringLiteral("rotate"), QStringLiteral("rotate-cli") });
        QVERIFY2(exit1 == 0, err1.constData());
        QJsonObject o = QJsonDocument::fromJson(out1).object();
        QCOMPARE(o.value(QStringLiteral("in_progress")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("next_step")).toInt(), 1);
        auto [exit2, out2, err2] = cli({ QStringLiteral("--json"), QStringLiteral("rotate"),
            QStringLiteral("rotate-cli"), QStringLiteral("--step") });
        QVERIFY2(exit2 == 0, err2.constData());
        QCOMPARE(
            QJsonDocument::fromJson(out2).object().value(QStringLiteral("next_step")).toInt(), 2);
        // The state is the same in the GUI's use case.
        auto s = state(client->id);
        QVERIFY(s && s->inProgress && s->nextStep == 2);
        // Without --yes and without a terminal, step 6 does not run.
        auto [exit3, out3, err3] = cli(
            { QStringLiteral("rotate"), QStringLiteral("rotate-cli"), QStringLiteral("--all") });
        QVERIFY(exit3 != 0);
        QVERIFY2(out3.contains("step 6 of 6") || err3.contains("--yes"),
            QByteArray(out3 + err3).constData());
        auto [exit4, out4, err4] = cli({ QStringLiteral("--json"), QStringLiteral("rotate"),
            QStringLiteral("rotate-cli"), QStringLiteral("--all"), QStringLiteral("--yes") });
        QVERIFY2(exit4 == 0, QByteArray(out4 + err4).constData());
        o = QJsonDocument::fromJson(out4).object();
        QCOMPARE(o.value(QStringLiteral("in_progress")).toBool(), false);
        QVERIFY(!out4.contains("\"d\":"));
        auto [exit5, out5, err5] = cli({ QStringLiteral("rotate"), QStringLiteral("rotate-cli") });
        QCOMPARE(exit5, 0);
        QVERIFY2(out5.contains("No rotation in progress"), out5.constData());
        QVERIFY(token(*stored(client->id)));
    }
};

QTEST_GUILESS_MAIN(TestLiveRotation)
#include "tst_live_rotation.moc"
