// SPDX-License-Identifier: GPL-3.0-or-later
// CertificateRegistry against the real keyring and a real SQLite file: keys go to the keychain
// (never the store), CSR, local-CA issuance, import refuses a foreign certificate, PKCS#12 opens
// with the openssl program, credentials for private_key_jwt, removal, cancel.
#include "jose/Jwk.h"
#include "pki/Certificate.h"
#include "pki/KeyPair.h"
#include "pki/LocalCa.h"
#include "registry/CertificateRegistry.h"
#include "registry/ClientRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;

namespace {

bool keychainHas(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"),
            QString::fromLatin1(Keychain::kService), QStringLiteral("user"), key });
    return p.waitForFinished(10000) && p.exitCode() == 0;
}

bool keychainRemove(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("clear"), QStringLiteral("server"),
            QString::fromLatin1(Keychain::kService), QStringLiteral("user"), key });
    return p.waitForFinished(10000) && p.exitCode() == 0 && !keychainHas(key);
}

int openssl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    p.write(input);
    p.closeWriteChannel();
    return p.waitForFinished(20000) ? p.exitCode() : -1;
}

template <typename T>
std::optional<Result<T>> await(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return std::nullopt;
    return out;
}

/// The error text of an answer, or why there was none (QVERIFY2 evaluates it even on success).
template <typename T> QByteArray why(const std::optional<Result<T>> &r)
{
    if (!r)
        return "no answer";
    return *r ? QByteArray() : (*r).error().message.toUtf8();
}

} // namespace

class TestCertificates final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<CertificateRegistry> m_registry;
    qint64 m_appId = 0;

    CertificateRecord newKey(KeyAlgorithm alg, CertificatePurpose purpose)
    {
        auto r = await<CertificateRecord>([&](auto done) {
            m_registry->createKey(
                m_appId, purpose, alg, std::make_shared<std::atomic_bool>(false), this, done);
        });
        if (!r || !*r)
            qFatal("createKey failed: %s", why(r).constData());
        return **r;
    }

    static SubjectFields subject(const QString &cn)
    {
        SubjectFields s;
        s.commonName = cn;
        s.organisation = QStringLiteral("Example Org");
        s.country = QStringLiteral("GB");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        const QString path = m_dir.filePath(QStringLiteral("oauthdesk.sqlite"));
        {
            auto s = Store::open(path);
            QVERIFY(s);
            m_appId = (*s)->saveApplication({ 0, QStringLiteral("Card issuing"), {}, {}, {} })->id;
        }
        m_store = std::make_unique<AsyncStore>();
        auto opened = m_store->open(path);
        QTRY_VERIFY(opened.isFinished());
        m_keychain = std::make_unique<Keychain>();
        m_registry = std::make_unique<CertificateRegistry>(m_store.get(), m_keychain.get());
    }

    void keyGoesToTheKeychainOnly()
    {
        const CertificateRecord rec = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Signing);
        QCOMPARE(rec.state, CertificateState::KeyOnly);
        QCOMPARE(rec.keyAlgorithm, KeyAlgorithm::EcP256);
        QCOMPARE(rec.kid.size(), 43); // RFC 7638 thumbprint
        QVERIFY(keychainHas(CertificateRegistry::privateKeyKey(rec.uuid)));
        // The store file never holds the key: no PKCS#8 header or key bytes in any file.
        QDirIterator it(m_dir.path(), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("PRIVATE KEY"));
        }
    }

    void csrThenLocalCaThenPkcs12()
    {
        const CertificateRecord rec = newKey(KeyAlgorithm::Rsa2048, CertificatePurpose::Transport);
        auto withCsr = await<CertificateRecord>([&](auto done) {
            m_registry->createCsr(rec, subject(QStringLiteral("billing-service")), this, done);
        });
        QVERIFY(withCsr && *withCsr);
        QCOMPARE((*withCsr)->state, CertificateState::CsrPending);
        QCOMPARE(
            openssl({ QStringLiteral("req"), QStringLiteral("-verify"), QStringLiteral("-noout") },
                (*withCsr)->csrPem),
            0);

        auto issued = await<CertificateRecord>([&](auto done) {
            m_registry->issueWithLocalCa(
                **withCsr, subject(QStringLiteral("billing-service")), 365, this, done);
        });
        QVERIFY2(issued && *issued, why(issued).constData());
        const CertificateRecord &c = **issued;
        QCOMPARE(c.state, CertificateState::Issued);
        QVERIFY(c.notAfter && *c.notAfter > QDateTime::currentDateTimeUtc().addDays(300));
        QCOMPARE(c.sha256Thumbprint.size(), 64);
        QVERIFY(c.subjectDn.contains(QStringLiteral("billing-service")));
        QVERIFY(!c.chainPem.isEmpty()); // the local CA's certificate travels as the chain

        auto ca = await<QByteArray>([&](auto done) { m_registry->localCaCertificate(this, done); });
        QVERIFY(ca && *ca);
        QTemporaryDir tmp;
        QFile caFile(tmp.filePath(QStringLiteral("ca.der")));
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(**ca);
        caFile.close();
        QFile leaf(tmp.filePath(QStringLiteral("leaf.pem")));
        QVERIFY(leaf.open(QIODevice::WriteOnly));
        leaf.write(c.certificatePem);
        leaf.close();
        QCOMPARE(openssl({ QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                     QStringLiteral("-in"), caFile.fileName(), QStringLiteral("-out"),
                     tmp.filePath(QStringLiteral("ca.pem")) }),
            0);
        QCOMPARE(openssl({ QStringLiteral("verify"), QStringLiteral("-CAfile"),
                     tmp.filePath(QStringLiteral("ca.pem")), leaf.fileName() }),
            0);

        const SecretBytes pass = SecretBytes::fromUtf8(QStringLiteral("correct horse battery"));
        auto p12 = await<QByteArray>([&](auto done) {
            m_registry->exportPkcs12(c, pass, Pkcs12Profile::Modern, this, done);
        });
        QVERIFY2(p12 && *p12, why(p12).constData());
        QFile p12File(tmp.filePath(QStringLiteral("client.p12")));
        QVERIFY(p12File.open(QIODevice::WriteOnly));
        p12File.write(**p12);
        p12File.close();
        QCOMPARE(openssl({ QStringLiteral("pkcs12"), QStringLiteral("-in"), p12File.fileName(),
                     QStringLiteral("-passin"), QStringLiteral("pass:correct horse battery"),
                     QStringLiteral("-noenc"), QStringLiteral("-info"), QStringLiteral("-out"),
                     tmp.filePath(QStringLiteral("out.pem")) }),
            0);
        QVERIFY(
            openssl({ QStringLiteral("pkcs12"), QStringLiteral("-in"), p12File.fileName(),
                QStringLiteral("-passin"), QStringLiteral("pass:wrong"), QStringLiteral("-noenc"),
                QStringLiteral("-out"), tmp.filePath(QStringLiteral("x.pem")) })
            != 0);

        auto pem = await<QByteArray>(
            [&](auto done) { m_registry->exportPrivateKey(c, pass, this, done); });
        QVERIFY(pem && *pem);
        QVERIFY((**pem).contains("BEGIN ENCRYPTED PRIVATE KEY"));
    }

    void importRefusesAForeignCertificate()
    {
        const CertificateRecord rec = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Transport);
        auto otherKey = generateKey(KeyAlgorithm::EcP256);
        auto foreign = createSelfSigned(otherKey->get(), subject(QStringLiteral("someone-else")),
            CertificatePurpose::Transport, 30);
        QVERIFY(foreign);
        auto imported = await<CertificateRecord>(
            [&](auto done) { m_registry->importCertificate(rec, *foreign, this, done); });
        QVERIFY(imported && !*imported);
        QVERIFY2((*imported).error().message.contains(QStringLiteral("does not belong")),
            qPrintable((*imported).error().message));
        auto garbage = await<CertificateRecord>([&](auto done) {
            m_registry->importCertificate(rec, "not a certificate", this, done);
        });
        QVERIFY(garbage && !*garbage);
    }

    void credentialsForPrivateKeyJwt()
    {
        const CertificateRecord signing = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Signing);
        OAuthClient client;
        client.authMethod = AuthMethod::PrivateKeyJwt;
        client.clientId = QStringLiteral("c1");
        auto cred = await<ClientCredentials>([&](auto done) {
            m_registry->credentialsFor(client, signing, std::nullopt, this, done);
        });
        QVERIFY(cred && *cred);
        QVERIFY((*cred)->signingKeyPkcs8Der && !(*cred)->signingKeyPkcs8Der->isEmpty());
        QCOMPARE((*cred)->signingKid, signing.kid);
        QVERIFY(privateKeyFromPkcs8(*(*cred)->signingKeyPkcs8Der));
    }

    void jwksOfSigningKeys()
    {
        const CertificateRecord signing = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Signing);
        auto issued = await<CertificateRecord>([&](auto done) {
            m_registry->issueWithLocalCa(
                signing, subject(QStringLiteral("signer")), 30, this, done);
        });
        QVERIFY2(issued && *issued, why(issued).constData());
        const CertificateRecord transport
            = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Transport);
        auto doc = await<QByteArray>([&](auto done) {
            m_registry->jwks({ **issued, transport }, this, done);
        });
        QVERIFY2(doc && *doc, why(doc).constData());
        const QJsonArray keys
            = QJsonDocument::fromJson(**doc).object().value(QLatin1String("keys")).toArray();
        QCOMPARE(keys.size(), 1); // signing keys only
        const QJsonObject k = keys.first().toObject();
        QCOMPARE(k.value(QLatin1String("kid")).toString(), signing.kid);
        QCOMPARE(jwkThumbprint(k).value(),
            signing.kid); // the kid is the RFC 7638 thumbprint of the published key
        QCOMPARE(k.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(k.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(k.value(QLatin1String("x5c")).toArray().size(), 2); // leaf and local CA
        QVERIFY(!k.contains(QLatin1String("d")));
        auto none
            = await<QByteArray>([&](auto done) { m_registry->jwks({ transport }, this, done); });
        QVERIFY(none && !*none);
    }

    // Regression (issue 12): the walk over the keys freed its own running closure at the end
    // (heap-use-after-free under ASan, a crash in Download JWKS and private_key_jwt registration).
    void jwksWalksSeveralKeysAndOutlivesNothing()
    {
        const CertificateRecord a = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Signing);
        const CertificateRecord b = newKey(KeyAlgorithm::EcP384, CertificatePurpose::Signing);
        const CertificateRecord c = newKey(KeyAlgorithm::Rsa2048, CertificatePurpose::Signing);
        auto doc = await<QByteArray>([&](auto done) { m_registry->jwks({ a, b, c }, this, done); });
        QVERIFY2(doc && *doc, why(doc).constData());
        const QJsonArray keys
            = QJsonDocument::fromJson(**doc).object().value(QLatin1String("keys")).toArray();
        QCOMPARE(keys.size(), 3);
        QStringList kids;
        for (const QJsonValue &k : keys)
            kids.append(k.toObject().value(QLatin1String("kid")).toString());
        QCOMPARE(kids, (QStringList { a.kid, b.kid, c.kid }));
        QCOMPARE(
            keys.at(2).toObject().value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));

        // A context that dies during the walk: no answer, no crash, nothing left running.
        bool answered = false;
        {
            auto context = std::make_unique<QObject>();
            m_registry->jwks({ a, b }, context.get(), [&](Result<QByteArray>) { answered = true; });
        }
        // Another walk started after it completes, so the first one's keychain reads are over.
        auto after = await<QByteArray>([&](auto done) { m_registry->jwks({ a, b }, this, done); });
        QVERIFY(after && *after);
        QVERIFY(!answered);

        // A key missing from the keychain stops the walk with an error naming it, once.
        CertificateRecord gone = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Signing);
        QVERIFY(keychainRemove(CertificateRegistry::privateKeyKey(gone.uuid)));
        int answers = 0;
        Result<QByteArray> failed;
        m_registry->jwks({ a, gone, b }, this, [&](Result<QByteArray> r) {
            ++answers;
            failed = std::move(r);
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 15000);
        QVERIFY(!failed);
        QTest::qWait(200);
        QCOMPARE(answers, 1);
    }

    void credentialsForMutualTls()
    {
        const CertificateRecord transport
            = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Transport);
        OAuthClient client;
        client.authMethod = AuthMethod::TlsClientAuth;
        client.clientId = QStringLiteral("c2");
        // Without a certificate yet: a clear refusal, not an empty credential.
        auto early = await<ClientCredentials>([&](auto done) {
            m_registry->credentialsFor(client, std::nullopt, transport, this, done);
        });
        QVERIFY(early && !*early);
        QVERIFY(why(early).contains("no certificate yet"));
        auto issued = await<CertificateRecord>([&](auto done) {
            m_registry->issueWithLocalCa(
                transport, subject(QStringLiteral("mtls-client")), 30, this, done);
        });
        QVERIFY2(issued && *issued, why(issued).constData());
        auto cred = await<ClientCredentials>([&](auto done) {
            m_registry->credentialsFor(client, std::nullopt, **issued, this, done);
        });
        QVERIFY2(cred && *cred, why(cred).constData());
        QCOMPARE(
            (*cred)->transportCertificateChainDer.size(), 1); // the leaf presented in the handshake
        auto key = privateKeyFromPkcs8(*(*cred)->transportKeyPkcs8Der);
        QVERIFY(key);
        QVERIFY(certificateMatchesKey((*cred)->transportCertificateChainDer.first(), key->get()));
        QVERIFY(!(*cred)->signingKeyPkcs8Der);
    }

    void removeTakesTheKeyOut()
    {
        const CertificateRecord rec = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Signing);
        QVERIFY(keychainHas(CertificateRegistry::privateKeyKey(rec.uuid)));
        auto removed = await<void>([&](auto done) { m_registry->remove(rec, this, done); });
        QVERIFY(removed && *removed);
        QVERIFY(!keychainHas(CertificateRegistry::privateKeyKey(rec.uuid)));
    }

    // Regression (issue 12): deleting an application left its certificates' private keys in the
    // keychain for good.
    void deletingTheApplicationRemovesItsKeys()
    {
        auto app = await<Application>([&](auto done) {
            m_store->run(
                [](Store &s) {
                    return s.saveApplication({ 0, QStringLiteral("Short-lived"), {}, {}, {} });
                },
                this, done);
        });
        QVERIFY(app && *app);
        const qint64 keep = m_appId;
        m_appId = (*app)->id;
        const CertificateRecord signing = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Signing);
        const CertificateRecord transport
            = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Transport);
        m_appId = keep;
        const CertificateRecord other = newKey(KeyAlgorithm::EcP256, CertificatePurpose::Signing);
        QVERIFY(keychainHas(CertificateRegistry::privateKeyKey(signing.uuid)));
        ClientRegistry clients(m_store.get(), m_keychain.get());
        auto removed
            = await<void>([&](auto done) { clients.removeApplication((*app)->id, this, done); });
        QVERIFY2(removed && *removed, why(removed).constData());
        QVERIFY(!keychainHas(CertificateRegistry::privateKeyKey(signing.uuid)));
        QVERIFY(!keychainHas(CertificateRegistry::privateKeyKey(transport.uuid)));
        QVERIFY(keychainHas(
            CertificateRegistry::privateKeyKey(other.uuid))); // another application's key stays
    }

    void cancelledGenerationRecordsNothing()
    {
        auto cancel = std::make_shared<std::atomic_bool>(true);
        auto r = await<CertificateRecord>([&](auto done) {
            m_registry->createKey(
                m_appId, CertificatePurpose::Transport, KeyAlgorithm::Rsa4096, cancel, this, done);
        });
        QVERIFY(r && !*r);
        QCOMPARE((*r).error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
