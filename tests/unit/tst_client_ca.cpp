// SPDX-License-Identifier: GPL-3.0-or-later
// An environment's "Client CA the AS trusts" (issue 15, the doctor's "chain to the CA the AS
// trusts where known"): what the field accepts (CA certificates, PEM bundles, DER) and refuses
// with a message naming the field (a client certificate, a private key in PEM or DER, a PKCS#12
// file, damaged PEM, an empty file); the PEM the store keeps; the use case refusing to save a bad
// one and loading a file off the GUI thread; the doctor's chain finding naming the certificate's
// issuer and the CA the AS trusts; and the expiry radar listing the CA's expiry.
#include "../support/AwaitLater.h"
#include "../support/DoctorCerts.h"
#include "oauth/DoctorChecks.h"
#include "pki/Certificate.h"
#include "pki/ClientCa.h"
#include "pki/Pkcs12Export.h"
#include "usecases/Environments.h"
#include "usecases/ExpiryRadar.h"
#include "usecases/Workspace.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;
using O = DoctorFinding::Outcome;

namespace {

struct Ca
{
    PKey key;
    X509Ptr cert;
    QByteArray der() const { return test::toDer(cert.get()); }
    QByteArray pem() const { return derToPem(der()); }
};

Ca makeCa(const QByteArray &cn, int notAfterDays = 3650)
{
    Ca ca { test::makeKey(0), nullptr };
    test::CertSpec spec;
    spec.ca = true;
    spec.cn = cn;
    spec.notAfterDays = notAfterDays;
    ca.cert = test::makeCertificate(ca.key.get(), ca.key.get(), nullptr, spec);
    return ca;
}

/// A version-1 self-signed root (no extensions): OpenSSL still takes it as an issuer.
QByteArray v1Root()
{
    PKey key = test::makeKey(0);
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 0);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 77);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400 * 365);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
        reinterpret_cast<const unsigned char *>("Legacy v1 Root"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_sign(cert.get(), key.get(), EVP_sha256());
    return test::toDer(cert.get());
}

const DoctorFinding *byId(const QList<DoctorFinding> &list, const QString &id)
{
    for (const DoctorFinding &f : list) {
        if (f.check == id)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestClientCa final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void acceptsCaCertificates()
    {
        const Ca root = makeCa("Partner Root CA");
        // An intermediate CA issued by the root: a CA too.
        PKey interKey = test::makeKey(0);
        test::CertSpec spec;
        spec.ca = true;
        spec.cn = "Partner Issuing CA";
        X509Ptr inter
            = test::makeCertificate(interKey.get(), root.key.get(), root.cert.get(), spec);
        const QByteArray interDer = test::toDer(inter.get());

        // A bundle with text around the blocks and a CSR-free "PUBLIC KEY" block (skipped).
        const QByteArray bundle = "# issued by the partner's PKI team\n" + root.pem() + "\n"
            + publicKeyPem(interKey.get()) + derToPem(interDer);
        auto read = ClientCa::read(bundle);
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).info.subject, QStringLiteral("CN=Partner Root CA"));
        QCOMPARE(read->at(1).info.subject, QStringLiteral("CN=Partner Issuing CA"));
        QCOMPARE(read->at(1).info.issuer, QStringLiteral("CN=Partner Root CA"));
        QCOMPARE(read->at(0).der, root.der());
        // The store keeps the certificates only, as PEM, in file order.
        const QByteArray stored = ClientCa::toPem(*read);
        QCOMPARE(stored, root.pem() + derToPem(interDer));
        QVERIFY(!stored.contains("PUBLIC KEY") && !stored.contains("#"));
        QCOMPARE(ClientCa::derOf(stored), (QList<QByteArray> { root.der(), interDer }));
        QVERIFY(ClientCa::derOf(QByteArray()).isEmpty());

        // The same CA twice is kept once.
        auto twice = ClientCa::read(root.pem() + root.pem());
        QVERIFY2(twice, why(twice).constData());
        QCOMPARE(twice->size(), 1);

        // One DER certificate is read too.
        auto der = ClientCa::read(root.der());
        QVERIFY2(der, why(der).constData());
        QCOMPARE(der->size(), 1);

        // A version-1 self-signed root is an issuer to OpenSSL, so it is accepted.
        auto v1 = ClientCa::read(derToPem(v1Root()));
        QVERIFY2(v1, why(v1).constData());
        QCOMPARE(v1->first().info.subject, QStringLiteral("CN=Legacy v1 Root"));
    }

    void refusesWhatIsNotACa_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        const Ca ca = makeCa("Partner Root CA");
        PKey leafKey = test::makeKey(0);
        X509Ptr leaf = test::makeCertificate(leafKey.get(), ca.key.get(), ca.cert.get(), {});
        const QByteArray leafPem = derToPem(test::toDer(leaf.get()));
        QTest::newRow("client certificate") << leafPem << QStringLiteral("not a CA certificate");
        // The CA first, then a client certificate: the second is named.
        QTest::newRow("CA then a client certificate")
            << ca.pem() + leafPem << QStringLiteral("certificate 2 (CN=doctor-test)");
        QTest::newRow("self-signed client certificate")
            << derToPem(test::selfSigned(leafKey.get())) << QStringLiteral("not a CA certificate");

        PKey key = test::makeKey(2048);
        QTest::newRow("PKCS#8 PEM key with the CA")
            << ca.pem() + *privateKeyToPkcs8Pem(key.get()) << QStringLiteral("private key");
        const SecretBytes pass = SecretBytes::fromUtf8(QStringLiteral("correct horse"));
        QTest::newRow("encrypted PEM key")
            << *privateKeyToPkcs8Pem(key.get(), &pass) << QStringLiteral("private key");
        QTest::newRow("traditional RSA PEM key") << QByteArray(
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow==\n-----END RSA PRIVATE KEY-----\n")
                                                 << QStringLiteral("private key");
        QTest::newRow("OpenSSH key") << QByteArray(
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\n-----END OPENSSH PRIVATE KEY-----\n")
                                     << QStringLiteral("private key");
        QTest::newRow("DER PKCS#8 key")
            << test::pkcs8(key.get()).toByteArray() << QStringLiteral("private key (DER)");
        auto p12 = exportPkcs12(leafKey.get(), test::toDer(leaf.get()), { ca.der() }, pass,
            Pkcs12Profile::Modern, QStringLiteral("client"));
        QVERIFY2(p12, why(p12).constData());
        QTest::newRow("PKCS#12") << *p12 << QStringLiteral("PKCS#12");

        QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("empty");
        QTest::newRow("damaged PEM") << QByteArray(
            "-----BEGIN CERTIFICATE-----\nMIIB!!!notbase64\n-----END CERTIFICATE-----\n")
                                     << QStringLiteral("damaged");
        QTest::newRow("no certificate block")
            << publicKeyPem(key.get()) << QStringLiteral("no \"CERTIFICATE\" block");
        QTest::newRow("not a certificate at all")
            << QByteArray("hello, this is a text file") << QStringLiteral("neither a PEM");
    }
    void refusesWhatIsNotACa()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        auto read = ClientCa::read(input);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::InvalidInput);
        const QString &m = read.error().message;
        QVERIFY2(m.startsWith(QStringLiteral("Client CA the AS trusts: ")),
            qPrintable(m)); // names the field
        QVERIFY2(m.contains(mentions), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("load"), Qt::CaseInsensitive)
                || m.contains(QStringLiteral("Export")),
            qPrintable(m)); // and says what to do
        // A key's bytes never travel on in the error.
        QVERIFY(!read.error().detail.contains(QStringLiteral("MII")));
    }

    void theUseCaseSummarisesRefusesAndLoads()
    {
        QTemporaryDir dir;
        Workspace ws(QStringLiteral("io.github.oauthdesk.tst_client_ca"), nullptr);
        QVERIFY(wait(ws.open(dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        const Ca ca = makeCa("Partner Root CA", 400);

        auto summary = Environments::readClientCa(ca.pem());
        QVERIFY2(summary, why(summary).constData());
        QCOMPARE(summary->pem, ca.pem());
        QCOMPARE(summary->certificates.size(), 1);
        const ClientCaSummary &s = summary->certificates.first();
        QCOMPARE(s.subject, QStringLiteral("CN=Partner Root CA"));
        QVERIFY(s.selfSigned);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(s.notAfter) - 400) <= 1);
        QCOMPARE(s.sha256Thumbprint, QString::fromLatin1(sha256Thumbprint(ca.der()).toHex()));

        // Saving a bad one is refused by the use case, whoever calls it; nothing is written.
        Environment env;
        env.name = QStringLiteral("UAT");
        env.issuer = QUrl(QStringLiteral("https://as.example"));
        PKey leafKey = test::makeKey(0);
        env.clientCaPem = derToPem(test::selfSigned(leafKey.get()));
        auto refused = wait(ws.environments().save(env));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Client CA the AS trusts")),
            qPrintable(refused.error().message));
        auto listed = wait(ws.environments().list());
        QVERIFY(listed);
        QVERIFY(listed->isEmpty());

        // A good one is stored as the certificates' PEM (the comment dropped), and read back.
        env.clientCaPem = "# the partner CA\n" + ca.pem();
        auto saved = wait(ws.environments().save(env));
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(saved->clientCaPem, ca.pem());
        auto again = wait(ws.environments().find(QStringLiteral("UAT")));
        QVERIFY(again);
        QCOMPARE(again->clientCaPem, ca.pem());

        // Loading a file: read and checked off the GUI thread.
        const QString good = dir.filePath(QStringLiteral("ca.pem"));
        const QString bad = dir.filePath(QStringLiteral("ca-with-key.pem"));
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(ca.pem());
            QFile g(bad);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(ca.pem() + *privateKeyToPkcs8Pem(ca.key.get()));
        }
        auto loaded = wait(ws.environments().loadClientCa(good));
        QVERIFY2(loaded, why(loaded).constData());
        QCOMPARE(loaded->pem, ca.pem());
        auto withKey = wait(ws.environments().loadClientCa(bad));
        QVERIFY(!withKey);
        QVERIFY2(withKey.error().message.contains(QStringLiteral("private key")),
            qPrintable(withKey.error().message));
        auto missing
            = wait(ws.environments().loadClientCa(dir.filePath(QStringLiteral("nope.pem"))));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("nope.pem")),
            qPrintable(missing.error().message));
    }

    void theChainFindingNamesBothCas()
    {
        const Ca issuing = makeCa("Issuing CA");
        const Ca other = makeCa("Some Other CA");
        PKey leafKey = test::makeKey(0);
        X509Ptr leaf
            = test::makeCertificate(leafKey.get(), issuing.key.get(), issuing.cert.get(), {});
        const QByteArray leafDer = test::toDer(leaf.get());
        SecretBytes k = test::pkcs8(leafKey.get());
        const QString source = QStringLiteral("environment UAT");

        auto good = inspectCertificate({ leafDer }, &k, ClientCa::derOf(issuing.pem()));
        QVERIFY2(good, why(good).constData());
        QCOMPARE(good->trustedCaSubjects, QStringList { QStringLiteral("CN=Issuing CA") });
        auto pass = doctor::checkCertificate(
            *good, doctor::KeyRole::Transport, QDateTime::currentDateTimeUtc(), {}, source);
        const DoctorFinding *p = byId(pass, QStringLiteral("keys.transport.chain"));
        QVERIFY(p);
        QCOMPARE(p->outcome, O::Pass);
        QVERIFY2(p->detail.contains(QStringLiteral("CN=Issuing CA")) && p->detail.contains(source),
            qPrintable(p->detail));

        auto bad = inspectCertificate({ leafDer }, &k, ClientCa::derOf(other.pem()));
        QVERIFY(bad);
        auto fail = doctor::checkCertificate(
            *bad, doctor::KeyRole::Transport, QDateTime::currentDateTimeUtc(), {}, source);
        const DoctorFinding *f = byId(fail, QStringLiteral("keys.transport.chain"));
        QVERIFY(f);
        QCOMPARE(f->outcome, O::Failure);
        // Both named: who issued the certificate, and whom the AS trusts (and where that is set).
        QVERIFY2(f->detail.contains(QStringLiteral("CN=Issuing CA"))
                && f->detail.contains(QStringLiteral("CN=Some Other CA"))
                && f->detail.contains(source),
            qPrintable(f->detail));
        QVERIFY2(f->fix.contains(QStringLiteral("Client CA the AS trusts")), qPrintable(f->fix));
    }

    void theRadarListsTheClientCa()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Ca soon = makeCa("Soon Expiring CA", 10);
        const Ca later = makeCa("Long Lived CA", 900);
        ExpiryRadarInput in;
        Environment uat;
        uat.id = 4;
        uat.uuid = QStringLiteral("env-uuid");
        uat.name = QStringLiteral("UAT");
        uat.clientCaPem = soon.pem() + later.pem();
        Environment prod;
        prod.id = 5;
        prod.name = QStringLiteral("Production"); // no client CA recorded: nothing listed
        in.environments = { uat, prod };
        const QList<ExpiryItem> items = ExpiryRadar::collect(in, now);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).kind, ExpiryItem::Kind::ClientCa);
        QCOMPARE(items.at(0).what, QStringLiteral("CN=Soon Expiring CA"));
        QCOMPARE(items.at(0).environment, QStringLiteral("UAT"));
        QCOMPARE(items.at(0).urgency, ExpiryItem::Urgency::Within14Days);
        QCOMPARE(items.at(1).what, QStringLiteral("CN=Long Lived CA"));
        QVERIFY(items.at(0).uid != items.at(1).uid);
        QVERIFY(items.at(0).uid.startsWith(QStringLiteral("client-ca-env-uuid-")));
        QCOMPARE(ExpiryRadar::kindWire(ExpiryItem::Kind::ClientCa), QStringLiteral("client-ca"));
        QCOMPARE(ExpiryRadar::urgentCount(items), 1);
        // The same scan again gives the same UIDs (a calendar re-import updates the events).
        QCOMPARE(ExpiryRadar::collect(in, now).at(1).uid, items.at(1).uid);
    }
};

QTEST_GUILESS_MAIN(TestClientCa)
#include "tst_client_ca.moc"
