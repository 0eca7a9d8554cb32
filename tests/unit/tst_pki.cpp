// SPDX-License-Identifier: GPL-3.0-or-later
// lib/pki against an independent implementation: the `openssl` program verifies our CSRs,
// certificates and PKCS#12 files (docs/architecture.md "Testing"); OpenSSL's own accessors
// check every key algorithm choice (docs/architecture.md "Lessons from peer tools").
#include "pki/Certificate.h"
#include "pki/CertificateRequest.h"
#include "pki/KeyPair.h"
#include "pki/LocalCa.h"
#include "pki/Pkcs12Export.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <map>
#include <openssl/core_names.h>
#include <openssl/objects.h>
#include <thread>

using namespace oauthdesk;

Q_DECLARE_METATYPE(oauthdesk::KeyAlgorithm)
Q_DECLARE_METATYPE(oauthdesk::CertificatePurpose)
Q_DECLARE_METATYPE(oauthdesk::Pkcs12Profile)

namespace {

struct Run
{
    int exitCode = -1;
    QString output; // stdout + stderr
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

SubjectFields sampleFields()
{
    SubjectFields f;
    f.commonName = s("payments-client");
    f.organisation = s("Example Bank AG");
    f.organisationalUnit = s("Treasury");
    f.country = s("de");
    f.organisationIdentifier = s("PSDDE-BAFIN-123456");
    f.serialNumber = s("SW-42");
    f.dnsNames = { s("client.example.com") };
    f.ipAddresses = { s("192.0.2.10"), s("2001:db8::1") };
    f.uris = { s("https://example.com/software/42") };
    return f;
}

SecretBytes secret(const char *text)
{
    return SecretBytes::fromBytes(QByteArray(text));
}

QByteArray pemToDer(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    return QByteArray::fromBase64(body);
}

} // namespace

class TestPki final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateKey_data();
    void generateKey();
    void pkcs8RoundTrip_data() { generateKey_data(); }
    void pkcs8RoundTrip();
    void badKeyInput_data();
    void badKeyInput();
    void cancel();
    void generateKeyAsync();
    void csr_data();
    void csr();
    void csrValidation_data();
    void csrValidation();
    void opensslReqCommandMatches();
    void localCaIssues_data();
    void localCaIssues();
    void issueRefusesBadRequests();
    void selfSigned_data();
    void selfSigned();
    void thumbprints();
    void pkcs12_data();
    void pkcs12();
    void parseCertificates_data();
    void parseCertificates();

private:
    Run openssl(const QStringList &args, const QString &workDir = {});
    QString write(const QString &name, const QByteArray &bytes);
    EVP_PKEY *keyFor(KeyAlgorithm algorithm);
    const LocalCa &ca();
    QByteArray issued(KeyAlgorithm algorithm, CertificatePurpose purpose);

    QTemporaryDir m_dir;
    QString m_openssl;
    std::map<KeyAlgorithm, PKey> m_keys;
    std::optional<LocalCa> m_ca;
    std::map<std::pair<KeyAlgorithm, CertificatePurpose>, QByteArray> m_issued;
};

Run TestPki::openssl(const QStringList &args, const QString &workDir)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workDir.isEmpty() ? m_dir.path() : workDir);
    process.start(m_openssl, args);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}

QString TestPki::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

EVP_PKEY *TestPki::keyFor(KeyAlgorithm algorithm)
{
    auto found = m_keys.find(algorithm);
    if (found == m_keys.end()) {
        Result<PKey> key = oauthdesk::generateKey(algorithm);
        if (!key)
            return nullptr;
        found = m_keys.emplace(algorithm, std::move(*key)).first;
    }
    return found->second.get();
}

const LocalCa &TestPki::ca()
{
    if (!m_ca) {
        Result<LocalCa> made = createLocalCa(s("OAuthDesk Test CA"), 3650);
        m_ca.emplace(made ? std::move(*made) : LocalCa { PKey(), QByteArray() });
    }
    return *m_ca;
}

QByteArray TestPki::issued(KeyAlgorithm algorithm, CertificatePurpose purpose)
{
    QByteArray &der = m_issued[{ algorithm, purpose }];
    if (der.isEmpty()) {
        const Result<QByteArray> csr = createCsrPem(keyFor(algorithm), sampleFields(), purpose);
        const Result<QByteArray> cert = csr ? issueFromCsr(ca(), *csr, purpose, 365)
                                            : Result<QByteArray>(std::unexpected(csr.error()));
        der = cert.value_or(QByteArray());
    }
    return der;
}

void TestPki::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_openssl = QStandardPaths::findExecutable(s("openssl"));
    QVERIFY2(!m_openssl.isEmpty(), "the openssl program is the independent check; install it");
}

void TestPki::generateKey_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<int>("baseId");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("curveNid");
    QTest::addColumn<QString>("opensslText");
    QTest::newRow("RSA 2048") << KeyAlgorithm::Rsa2048 << EVP_PKEY_RSA << 2048 << NID_undef
                              << s("Public-Key: (2048 bit)");
    QTest::newRow("RSA 3072") << KeyAlgorithm::Rsa3072 << EVP_PKEY_RSA << 3072 << NID_undef
                              << s("Public-Key: (3072 bit)");
    QTest::newRow("RSA 4096") << KeyAlgorithm::Rsa4096 << EVP_PKEY_RSA << 4096 << NID_undef
                              << s("Public-Key: (4096 bit)");
    QTest::newRow("EC P-256") << KeyAlgorithm::EcP256 << EVP_PKEY_EC << 256 << NID_X9_62_prime256v1
                              << s("NIST CURVE: P-256");
    QTest::newRow("EC P-384") << KeyAlgorithm::EcP384 << EVP_PKEY_EC << 384 << NID_secp384r1
                              << s("NIST CURVE: P-384");
}

void TestPki::generateKey()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(int, baseId);
    QFETCH(int, bits);
    QFETCH(int, curveNid);
    QFETCH(QString, opensslText);
    EVP_PKEY *key = keyFor(algorithm);
    QVERIFY(key);
    QCOMPARE(EVP_PKEY_get_base_id(key), baseId);
    QCOMPARE(EVP_PKEY_get_bits(key), bits);
    if (baseId == EVP_PKEY_EC) {
        char group[80] = {};
        size_t length = 0;
        QCOMPARE(EVP_PKEY_get_group_name(key, group, sizeof group, &length), 1);
        QCOMPARE(OBJ_sn2nid(group), curveNid);
    } else {
        BIGNUM *e = nullptr;
        QCOMPARE(EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e), 1);
        const BigNumPtr exponent(e);
        QCOMPARE(BN_get_word(exponent.get()), static_cast<BN_ULONG>(65537));
    }
    QCOMPARE(keyAlgorithmOf(key), std::optional<KeyAlgorithm>(algorithm));
    const QString pub = write(s("pub.pem"), publicKeyPem(key));
    const Run run = openssl({ s("pkey"), s("-pubin"), s("-in"), pub, s("-noout"), s("-text") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(opensslText), qPrintable(run.output));
}

void TestPki::pkcs8RoundTrip()
{
    QFETCH(KeyAlgorithm, algorithm);
    EVP_PKEY *key = keyFor(algorithm);
    QVERIFY(key);
    Result<SecretBytes> der = privateKeyToPkcs8Der(key);
    QVERIFY(der);
    Result<PKey> back = privateKeyFromPkcs8(*der);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(EVP_PKEY_eq(back->get(), key), 1);
    QVERIFY(privateKeyToPkcs8Der(back->get())->equals(*der)); // the private half too

    const SecretBytes passphrase = secret("correct horse battery staple");
    const Result<QByteArray> pem = privateKeyToPkcs8Pem(key, &passphrase);
    QVERIFY(pem);
    QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const SecretBytes pemSecret = SecretBytes::fromBytes(*pem);
    back = privateKeyFromPkcs8(pemSecret, &passphrase);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(EVP_PKEY_eq(back->get(), key), 1);

    const SecretBytes wrong = secret("Correct horse battery staple");
    back = privateKeyFromPkcs8(pemSecret, &wrong);
    QVERIFY(!back);
    QCOMPARE(back.error().code, ErrorCode::InvalidInput);
    QVERIFY2(back.error().message.contains(s("passphrase does not open")),
        qPrintable(back.error().message));
    back = privateKeyFromPkcs8(pemSecret);
    QVERIFY(!back);
    QVERIFY2(back.error().message.contains(s("encrypted")), qPrintable(back.error().message));

    // Independent: OpenSSL's CLI opens it and names PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC.
    const QString file = write(s("enc.pem"), *pem);
    Run run = openssl({ s("pkey"), s("-in"), file, s("-passin"),
        s("pass:correct horse battery staple"), s("-noout") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    run = openssl({ s("asn1parse"), s("-in"), file });
    for (const char *expected : { "PBES2", "PBKDF2", "hmacWithSHA256", "aes-256-cbc" })
        QVERIFY2(run.output.contains(s(expected)), expected);
}

void TestPki::badKeyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray der = privateKeyToPkcs8Der(keyFor(KeyAlgorithm::EcP256))->toByteArray();
    const SecretBytes pass = secret("pw");
    const QByteArray pem = *privateKeyToPkcs8Pem(keyFor(KeyAlgorithm::EcP256), &pass);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage text") << QByteArray("this is not a key");
    QTest::newRow("random bytes") << QByteArray::fromHex("3082ffff0201004c6f72656d");
    QTest::newRow("truncated DER") << der.left(der.size() / 2);
    QTest::newRow("DER with trailing bytes") << der + QByteArray("xx");
    QTest::newRow("truncated PEM") << pem.left(pem.size() / 2);
    QTest::newRow("PEM, damaged base64") << QByteArray(pem).replace(40, 8, "!!!!!!!!");
    QTest::newRow("PEM certificate")
        << derToPem(issued(KeyAlgorithm::EcP256, CertificatePurpose::Signing));
    QTest::newRow("traditional EC key")
        << QByteArray("-----BEGIN EC PRIVATE KEY-----\nMAA=\n-----END EC PRIVATE KEY-----\n");
    QTest::newRow("over 64 KiB") << QByteArray(70 * 1024, 'A');
}

void TestPki::badKeyInput()
{
    QFETCH(QByteArray, input);
    const SecretBytes pass = secret("pw");
    for (const SecretBytes *passphrase : { static_cast<const SecretBytes *>(nullptr), &pass }) {
        const Result<PKey> key = privateKeyFromPkcs8(SecretBytes::fromBytes(input), passphrase);
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::InvalidInput);
        QVERIFY(!key.error().message.isEmpty());
    }
}

void TestPki::cancel()
{
    std::atomic_bool flag = true;
    Result<PKey> key = oauthdesk::generateKey(KeyAlgorithm::Rsa4096, &flag);
    QVERIFY(!key);
    QCOMPARE(key.error().code, ErrorCode::Cancelled);

    // While generating: RSA 4096 takes far longer than 20 ms, so the flag is seen by OpenSSL's
    // progress callback (the only way out once EVP_PKEY_generate runs).
    flag = false;
    std::atomic_bool finished = false;
    std::optional<Result<PKey>> result;
    std::thread worker([&] {
        result = oauthdesk::generateKey(KeyAlgorithm::Rsa4096, &flag);
        finished = true;
    });
    QThread::msleep(20);
    const bool finishedEarly = finished;
    flag = true;
    QElapsedTimer timer;
    timer.start();
    worker.join();
    QVERIFY(!finishedEarly);
    QVERIFY2(timer.elapsed() < 2000, "cancelling took long: the callback is not consulted");
    QVERIFY(result && !*result);
    QCOMPARE(result->error().code, ErrorCode::Cancelled);
}

void TestPki::generateKeyAsync()
{
    auto flag = std::make_shared<std::atomic_bool>(false);
    QFuture<Result<SharedPKey>> future = oauthdesk::generateKeyAsync(KeyAlgorithm::EcP384, flag);
    future.waitForFinished();
    QVERIFY(future.result());
    QCOMPARE(keyAlgorithmOf(future.result()->get()), std::optional(KeyAlgorithm::EcP384));

    future = oauthdesk::generateKeyAsync(KeyAlgorithm::Rsa4096, flag);
    *flag = true;
    future.waitForFinished();
    QVERIFY(!future.result());
    QCOMPARE(future.result().error().code, ErrorCode::Cancelled);
}

void TestPki::csr_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<CertificatePurpose>("purpose");
    QTest::addColumn<QString>("signature");
    QTest::newRow("RSA 2048 transport")
        << KeyAlgorithm::Rsa2048 << CertificatePurpose::Transport << s("sha256WithRSAEncryption");
    QTest::newRow("RSA 3072 signing")
        << KeyAlgorithm::Rsa3072 << CertificatePurpose::Signing << s("sha256WithRSAEncryption");
    QTest::newRow("EC P-256 transport")
        << KeyAlgorithm::EcP256 << CertificatePurpose::Transport << s("ecdsa-with-SHA256");
    QTest::newRow("EC P-384 signing")
        << KeyAlgorithm::EcP384 << CertificatePurpose::Signing << s("ecdsa-with-SHA256");
}

void TestPki::csr()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(CertificatePurpose, purpose);
    QFETCH(QString, signature);
    const Result<QByteArray> csr = createCsrPem(keyFor(algorithm), sampleFields(), purpose);
    QVERIFY2(csr, qPrintable(csr ? QString() : csr.error().message + csr.error().detail));
    const QString file = write(s("request.csr"), *csr);
    Run run = openssl({ s("req"), s("-verify"), s("-noout"), s("-in"), file });
    QVERIFY2(run.exitCode == 0 && run.output.contains(s("verify OK")), qPrintable(run.output));
    run = openssl({ s("req"), s("-text"), s("-noout"), s("-in"), file });
    QCOMPARE(run.exitCode, 0);
    QStringList expected = { s("C = DE, O = Example Bank AG, OU = Treasury, "
                               "organizationIdentifier = PSDDE-BAFIN-123456, serialNumber = SW-42, "
                               "CN = payments-client"),
        s("DNS:client.example.com, IP Address:192.0.2.10, "
          "IP Address:2001:DB8:0:0:0:0:0:1, URI:https://example.com/software/42"),
        s("X509v3 Key Usage: critical"), s("Digital Signature"), signature };
    if (purpose == CertificatePurpose::Transport)
        expected << s("TLS Web Client Authentication");
    for (const QString &text : expected)
        QVERIFY2(run.output.contains(text), qPrintable(text + s(" missing in:\n") + run.output));
    QCOMPARE(run.output.contains(s("TLS Web Client Authentication")),
        purpose == CertificatePurpose::Transport);
}

void TestPki::csrValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("country, three letters") << s("country") << s("DEU") << s("Country (C):");
    QTest::newRow("country, digit") << s("country") << s("D1") << s("Country (C):");
    QTest::newRow("no common name") << s("commonName") << QString() << s("Common name (CN):");
    QTest::newRow("common name too long")
        << s("commonName") << QString(65, u'x') << s("Common name (CN):");
    QTest::newRow("organisation, control char")
        << s("organisation") << s("Bad\aName") << s("Organisation (O):");
    QTest::newRow("serial number, not printable")
        << s("serialNumber") << s("SW#1") << s("Serial number:");
    QTest::newRow("DNS name") << s("dnsNames") << s("bad_host.example") << s("DNS name:");
    QTest::newRow("IP address") << s("ipAddresses") << s("300.1.1.1") << s("IP address:");
    QTest::newRow("URI, relative") << s("uris") << s("/just/a/path") << s("URI:");
}

void TestPki::csrValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messageStart);
    SubjectFields f = sampleFields();
    if (field == s("country"))
        f.country = value;
    else if (field == s("commonName"))
        f.commonName = value;
    else if (field == s("organisation"))
        f.organisation = value;
    else if (field == s("serialNumber"))
        f.serialNumber = value;
    else if (field == s("dnsNames"))
        f.dnsNames.append(value);
    else if (field == s("ipAddresses"))
        f.ipAddresses.append(value);
    else if (field == s("uris"))
        f.uris.append(value);
    const Result<QByteArray> csr
        = createCsrPem(keyFor(KeyAlgorithm::EcP256), f, CertificatePurpose::Transport);
    QVERIFY(!csr);
    QCOMPARE(csr.error().code, ErrorCode::InvalidInput);
    QVERIFY2(csr.error().message.startsWith(messageStart), qPrintable(csr.error().message));
    QVERIFY(csr.error().detail.startsWith(field));
    QVERIFY(!createSelfSigned(keyFor(KeyAlgorithm::EcP256), f, CertificatePurpose::Signing, 30));
}

void TestPki::opensslReqCommandMatches()
{
    // Run the shown command (tests only) and compare its CSR with ours.
    const QString command = opensslReqCommand(
        sampleFields(), KeyAlgorithm::EcP256, CertificatePurpose::Transport, s("my key.pem"));
    QProcess shell;
    shell.setWorkingDirectory(m_dir.path());
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(s("/bin/sh"), { s("-c"), command });
    QVERIFY(shell.waitForFinished(60000));
    QVERIFY2(
        shell.exitCode() == 0, qPrintable(command + u'\n' + QString::fromUtf8(shell.readAll())));
    const QString theirs = m_dir.filePath(s("request.csr"));
    const Run theirsText = openssl({ s("req"), s("-noout"), s("-text"), s("-in"), theirs });
    QVERIFY(QFile::exists(m_dir.filePath(s("my key.pem"))));
    const QString ours = write(s("ours.csr"),
        *createCsrPem(keyFor(KeyAlgorithm::EcP256), sampleFields(), CertificatePurpose::Transport));
    const Run oursText = openssl({ s("req"), s("-noout"), s("-text"), s("-in"), ours });
    // Same subject and requested extensions; only key, signature and attribute order differ.
    auto section = [](const QString &text, const QString &from, const QString &to) {
        const qsizetype start = text.indexOf(from);
        return text.mid(start, text.indexOf(to, start) - start);
    };
    QCOMPARE(section(theirsText.output, s("Subject:"), s("Subject Public Key Info")),
        section(oursText.output, s("Subject:"), s("Subject Public Key Info")));
    QCOMPARE(section(theirsText.output, s("Requested Extensions"), s("Signature Algorithm")),
        section(oursText.output, s("Requested Extensions"), s("Signature Algorithm")));
}

void TestPki::localCaIssues_data()
{
    QTest::addColumn<KeyAlgorithm>("algorithm");
    QTest::addColumn<CertificatePurpose>("purpose");
    QTest::newRow("RSA 2048 transport") << KeyAlgorithm::Rsa2048 << CertificatePurpose::Transport;
    QTest::newRow("EC P-256 transport") << KeyAlgorithm::EcP256 << CertificatePurpose::Transport;
    QTest::newRow("EC P-384 signing") << KeyAlgorithm::EcP384 << CertificatePurpose::Signing;
}

void TestPki::localCaIssues()
{
    QFETCH(KeyAlgorithm, algorithm);
    QFETCH(CertificatePurpose, purpose);
    QVERIFY(!ca().certificateDer.isEmpty());
    const Result<CertificateInfo> caInfo = certificateInfo(ca().certificateDer);
    QVERIFY(caInfo);
    QVERIFY(caInfo->ca && caInfo->selfSigned);
    QCOMPARE(caInfo->keyUsage, QStringList({ s("keyCertSign"), s("cRLSign") }));

    const QByteArray der = issued(algorithm, purpose);
    QVERIFY(!der.isEmpty());
    const QString caFile = write(s("ca.pem"), derToPem(ca().certificateDer));
    const QString certFile = write(s("cert.pem"), derToPem(der));
    QStringList verify = { s("verify"), s("-x509_strict"), s("-CAfile"), caFile };
    if (purpose == CertificatePurpose::Transport)
        verify << s("-purpose") << s("sslclient");
    const Run run = openssl(verify << certFile);
    QVERIFY2(run.exitCode == 0 && run.output.contains(s("cert.pem: OK")), qPrintable(run.output));

    const Result<CertificateInfo> info = certificateInfo(der);
    QVERIFY(info);
    QCOMPARE(info->subject,
        s("CN=payments-client,serialNumber=SW-42,"
          "organizationIdentifier=PSDDE-BAFIN-123456,OU=Treasury,"
          "O=Example Bank AG,C=DE"));
    QCOMPARE(info->issuer, caInfo->subject);
    QCOMPARE(info->subjectAltNames,
        QStringList({ s("DNS:client.example.com"), s("IP:192.0.2.10"), s("IP:2001:db8::1"),
            s("URI:https://example.com/software/42") }));
    QCOMPARE(info->extendedKeyUsage,
        purpose == CertificatePurpose::Transport ? QStringList { s("clientAuth") } : QStringList());
    QVERIFY(info->keyUsage.contains(s("digitalSignature")));
    QVERIFY(!info->keyUsage.contains(s("keyCertSign")));
    QCOMPARE(info->keyUsage.contains(s("keyEncipherment")),
        algorithm == KeyAlgorithm::Rsa2048 && purpose == CertificatePurpose::Transport);
    QVERIFY(!info->ca && !info->selfSigned);
    QCOMPARE(info->keyAlgorithm, std::optional(algorithm));
    QCOMPARE(info->serialHex.size() >= 30, true); // 128 random bits
    const qint64 seconds = info->notBefore.secsTo(info->notAfter);
    QCOMPARE(seconds, 365 * 86400 + 300);

    QVERIFY(certificateMatchesKey(der, keyFor(algorithm)));
    const auto other
        = algorithm == KeyAlgorithm::EcP256 ? KeyAlgorithm::EcP384 : KeyAlgorithm::EcP256;
    const Result<void> mismatch = certificateMatchesKey(der, keyFor(other));
    QVERIFY(!mismatch);
    QVERIFY2(mismatch.error().message.contains(s("does not belong to this key")),
        qPrintable(mismatch.error().message));
}

void TestPki::issueRefusesBadRequests()
{
    const Result<QByteArray> csr
        = createCsrPem(keyFor(KeyAlgorithm::EcP256), sampleFields(), CertificatePurpose::Transport);
    QVERIFY(csr);
    QByteArray der = pemToDer(*csr);
    QVERIFY(issueFromCsr(ca(), der, CertificatePurpose::Transport, 30)); // DER accepted too
    // Change one letter of the CN: the signature no longer covers what is asked for.
    const qsizetype cn = der.indexOf("payments-client");
    QVERIFY(cn > 0);
    der[cn] = 'P';
    Result<QByteArray> cert = issueFromCsr(ca(), der, CertificatePurpose::Transport, 30);
    QVERIFY(!cert);
    QVERIFY2(cert.error().message.contains(s("signature does not verify")),
        qPrintable(cert.error().message));
    cert = issueFromCsr(ca(), QByteArray("garbage"), CertificatePurpose::Transport, 30);
    QVERIFY(!cert);
    QCOMPARE(cert.error().code, ErrorCode::InvalidInput);
    const Result<LocalCa> shortLived = createLocalCa(s("Short-lived CA"), 30);
    QVERIFY(shortLived);
    QVERIFY(issueFromCsr(*shortLived, *csr, CertificatePurpose::Transport, 29));
    cert = issueFromCsr(*shortLived, *csr, CertificatePurpose::Transport, 31);
    QVERIFY(!cert);
    QVERIFY2(cert.error().message.startsWith(s("Validity")), qPrintable(cert.error().message));
    cert = issueFromCsr(ca(), *csr, CertificatePurpose::Transport, 0);
    QVERIFY(!cert);
    QCOMPARE(cert.error().detail, s("days"));
}

void TestPki::selfSigned_data()
{
    QTest::addColumn<CertificatePurpose>("purpose");
    QTest::addColumn<QString>("extensions");
    QTest::newRow("self_signed_tls_client_auth")
        << CertificatePurpose::Transport << s("TLS Web Client Authentication");
    QTest::newRow("signing") << CertificatePurpose::Signing << s("Digital Signature");
}

void TestPki::selfSigned()
{
    QFETCH(CertificatePurpose, purpose);
    QFETCH(QString, extensions);
    EVP_PKEY *key = keyFor(KeyAlgorithm::EcP256);
    const Result<QByteArray> der = createSelfSigned(key, sampleFields(), purpose, 30);
    QVERIFY2(der, qPrintable(der ? QString() : der.error().message + der.error().detail));
    const Result<CertificateInfo> info = certificateInfo(*der);
    QVERIFY(info);
    QVERIFY(info->selfSigned && !info->ca);
    QCOMPARE(info->subject, info->issuer);
    QCOMPARE(
        info->extendedKeyUsage.contains(s("clientAuth")), purpose == CertificatePurpose::Transport);
    QCOMPARE(info->keyUsage, QStringList { s("digitalSignature") });
    QVERIFY(certificateMatchesKey(*der, key));
    // Independent: OpenSSL checks the self-signature and reads the extensions.
    const QString file = write(s("self.pem"), derToPem(*der));
    const Run run = openssl({ s("x509"), s("-in"), file, s("-noout"), s("-text") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(extensions) && run.output.contains(s("CA:FALSE")),
        qPrintable(run.output));
    const Run verify = openssl(
        { s("verify"), s("-check_ss_sig"), s("-partial_chain"), s("-CAfile"), file, file });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));
}

void TestPki::thumbprints()
{
    const QByteArray der = issued(KeyAlgorithm::Rsa2048, CertificatePurpose::Transport);
    QVERIFY(!der.isEmpty());
    const Result<CertificateInfo> info = certificateInfo(der);
    QVERIFY(info);
    const QString file = write(s("thumb.der"), der);
    Run run = openssl({ s("x509"), s("-inform"), s("DER"), s("-in"), file, s("-noout"),
        s("-fingerprint"), s("-sha256"), s("-serial") });
    QCOMPARE(run.exitCode, 0);
    // "sha256 Fingerprint=AB:CD:…" → "abcd…"
    const QStringList lines = run.output.split(u'\n');
    QCOMPARE(lines.value(0).section(u'=', 1).remove(u':').toLower(), info->sha256ThumbprintHex);
    QCOMPARE(lines.value(1), s("serial=") + info->serialHex);
    QCOMPARE(info->sha256ThumbprintHex.size(), 64);
    // x5t#S256 (RFC 8705 §3.1): base64url, no padding, of the same 32 bytes.
    QCOMPARE(info->x5tS256.size(), 43);
    QVERIFY(!info->x5tS256.contains(u'=') && !info->x5tS256.contains(u'+')
        && !info->x5tS256.contains(u'/'));
    QCOMPARE(QByteArray::fromBase64(info->x5tS256.toLatin1(), QByteArray::Base64UrlEncoding),
        QByteArray::fromHex(info->sha256ThumbprintHex.toLatin1()));
    run = openssl({ s("x509"), s("-inform"), s("DER"), s("-in"), file, s("-noout"), s("-subject"),
        s("-nameopt"), s("RFC2253") });
    QCOMPARE(run.output.trimmed(), s("subject=") + info->subject);
}

void TestPki::pkcs12_data()
{
    QTest::addColumn<Pkcs12Profile>("profile");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("modern") << Pkcs12Profile::Modern
                            << QStringList { s("MAC: sha256, Iteration 10000"),
                                   s("PBES2, PBKDF2, AES-256-CBC, Iteration 10000, "
                                     "PRF hmacWithSHA256") };
    QTest::newRow("compatible") << Pkcs12Profile::Compatible
                                << QStringList { s("MAC: sha1, Iteration 2048"),
                                       s("Shrouded Keybag: "
                                         "pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048"),
                                       s("PKCS7 Encrypted data: "
                                         "pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048") };
}

void TestPki::pkcs12()
{
    QFETCH(Pkcs12Profile, profile);
    QFETCH(QStringList, expected);
    EVP_PKEY *key = keyFor(KeyAlgorithm::Rsa2048);
    const QByteArray cert = issued(KeyAlgorithm::Rsa2048, CertificatePurpose::Transport);
    const QList<QByteArray> chain = { ca().certificateDer };
    const SecretBytes passphrase = secret("p12 pass");
    const Result<QByteArray> p12
        = exportPkcs12(key, cert, chain, passphrase, profile, s("OAuthDesk test"));
    QVERIFY2(p12, qPrintable(p12 ? QString() : p12.error().message + p12.error().detail));

    // Independent: OpenSSL 3's CLI opens both profiles without -legacy (3DES is in the default
    // provider; only RC2/RC4 need legacy) and names the algorithms.
    const QString file = write(s("f.p12"), *p12);
    const Run run = openssl(
        { s("pkcs12"), s("-in"), file, s("-passin"), s("pass:p12 pass"), s("-noenc"), s("-info") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    for (const QString &text : expected + QStringList { s("friendlyName: OAuthDesk test") })
        QVERIFY2(run.output.contains(text), qPrintable(text + s(" missing in:\n") + run.output));
    const qsizetype keyStart = run.output.indexOf(s("-----BEGIN PRIVATE KEY-----"));
    const QByteArray keyPem = run.output.mid(keyStart).toLatin1();
    QVERIFY(keyStart >= 0);
    const Result<PKey> read = privateKeyFromPkcs8(SecretBytes::fromBytes(keyPem));
    QVERIFY(read);
    QCOMPARE(EVP_PKEY_eq(read->get(), key), 1);
    QCOMPARE(oauthdesk::parseCertificates(run.output.toLatin1())->size(), 2);

    QVERIFY(verifyPkcs12(*p12, passphrase, key, cert, chain));
    Result<void> check = verifyPkcs12(*p12, secret("P12 pass"), key, cert);
    QVERIFY(!check);
    QVERIFY2(check.error().message.contains(s("passphrase does not open")),
        qPrintable(check.error().message));
    check = verifyPkcs12(*p12, passphrase, keyFor(KeyAlgorithm::Rsa3072), cert);
    QVERIFY(!check);
    QVERIFY2(check.error().message.contains(s("different private key")),
        qPrintable(check.error().message));
    check = verifyPkcs12(*p12, passphrase, key, ca().certificateDer);
    QVERIFY(!check);
    QVERIFY(check.error().message.contains(s("different certificate")));
    check = verifyPkcs12(*p12, passphrase, key, cert, QList<QByteArray>());
    QVERIFY(!check);
    QVERIFY(check.error().message.contains(s("different chain")));
    check = verifyPkcs12(p12->left(p12->size() - 10), passphrase, key, cert);
    QVERIFY(!check);

    // A key that is not the certificate's is refused before anything is written.
    const Result<QByteArray> wrong
        = exportPkcs12(keyFor(KeyAlgorithm::Rsa3072), cert, chain, passphrase, profile, QString());
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message.contains(s("does not belong to this key")));
    QVERIFY(!exportPkcs12(key, cert, chain, SecretBytes(), profile, QString()));
}

void TestPki::parseCertificates_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("expected"); // empty = an error is expected
    const QByteArray leaf = issued(KeyAlgorithm::EcP256, CertificatePurpose::Transport);
    const QByteArray root = ca().certificateDer;
    const QByteArray bundle = "subject=leaf\n" + derToPem(leaf) + "\nsubject=ca\n" + derToPem(root);
    QTest::newRow("PEM bundle, 2") << bundle << QList<QByteArray> { leaf, root };
    QTest::newRow("DER, 1") << leaf << QList<QByteArray> { leaf };
    const SecretBytes none;
    QTest::newRow("PEM key + certificate")
        << *privateKeyToPkcs8Pem(keyFor(KeyAlgorithm::EcP256), &none) + derToPem(leaf)
        << QList<QByteArray> { leaf };
    QTest::newRow("empty") << QByteArray() << QList<QByteArray>();
    QTest::newRow("garbage") << QByteArray("not a certificate at all") << QList<QByteArray>();
    QTest::newRow("truncated DER") << leaf.left(leaf.size() - 1) << QList<QByteArray>();
    QTest::newRow("truncated PEM") << bundle.left(bundle.size() - 100) << QList<QByteArray>();
    QTest::newRow("PEM, no certificate")
        << QByteArray("-----BEGIN X-----\nAAAA\n-----END X-----\n") << QList<QByteArray>();
    QTest::newRow("over 1 MiB") << bundle + QByteArray(1024 * 1024, '#') << QList<QByteArray>();
    QTest::newRow("11 certificates") << derToPem(leaf).repeated(11) << QList<QByteArray>();
}

void TestPki::parseCertificates()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, expected);
    const Result<QList<QByteArray>> certificates = oauthdesk::parseCertificates(input);
    if (expected.isEmpty()) {
        QVERIFY(!certificates);
        QCOMPARE(certificates.error().code, ErrorCode::InvalidInput);
        QVERIFY(!certificates.error().message.isEmpty());
        return;
    }
    QVERIFY2(certificates, qPrintable(certificates ? QString() : certificates.error().message));
    QCOMPARE(*certificates, expected);
}

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
