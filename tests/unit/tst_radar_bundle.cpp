// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, expiry radar and support bundle: the iCalendar writer (parsed back: CRLF, folding,
// escaping), the radar's sorting and urgency, the ZIP writer (read back by Python's zipfile),
// the one redaction and the bundle's files (scanned for every secret put in); a sign-in's record
// (its authorization request among the exchanges, code and code_verifier scrubbed, sealed once
// and kept that way); the client JSON shared by the CLI and the bundle.
#include "../support/SecretScan.h"
#include "core/ZipWriter.h"
#include "model/ClientJson.h"
#include "oauth/Redaction.h"
#include "usecases/ExpiryRadar.h"
#include "usecases/SupportBundle.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace oauthdesk;

namespace {

QByteArray b64u(const QByteArray &s)
{
    return s.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A compact JWS with a made-up signature (the redaction only looks at its shape).
QByteArray fakeJwt(const QByteArray &payload, const QByteArray &signature)
{
    return b64u("{\"alg\":\"RS256\",\"kid\":\"k1\"}") + '.' + b64u(payload) + '.' + b64u(signature);
}

const QDateTime kNow(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);

CertificateRecord cert(
    qint64 id, CertificatePurpose purpose, const QString &subject, const QDateTime &notAfter)
{
    CertificateRecord c;
    c.id = id;
    c.uuid = QStringLiteral("uuid-%1").arg(id);
    c.applicationId = 1;
    c.purpose = purpose;
    c.subjectDn = subject;
    c.notAfter = notAfter;
    c.state = CertificateState::Issued;
    return c;
}

ExpiryRadarInput sampleInput()
{
    ExpiryRadarInput in;
    Application app;
    app.id = 1;
    app.name = QStringLiteral("Payments");
    in.applications = { app };
    Environment uat;
    uat.id = 7;
    uat.name = QStringLiteral("UAT");
    in.environments = { uat };
    OAuthClient c;
    c.id = 3;
    c.uuid = QStringLiteral("client-uuid");
    c.applicationId = 1;
    c.environmentId = 7;
    c.name = QStringLiteral("Batch");
    c.clientId = QStringLiteral("batch-1");
    c.transportCertificateId = 11;
    in.clients = { c };
    in.certificates
        = { cert(10, CertificatePurpose::Signing, QStringLiteral("CN=later"), kNow.addDays(200)),
              cert(11, CertificatePurpose::Transport, QStringLiteral("CN=soon"), kNow.addDays(10)),
              cert(12, CertificatePurpose::Signing, QStringLiteral("CN=gone"), kNow.addDays(-2)),
              cert(13, CertificatePurpose::Signing, QStringLiteral("CN=month"), kNow.addDays(25)) };
    CertificateRecord keyOnly = cert(14, CertificatePurpose::Signing, QString(), kNow);
    keyOnly.notAfter.reset();
    in.certificates.append(keyOnly);
    in.secretExpiries = { { 3, kNow.addDays(40) } };
    return in;
}

/// RFC 5545 §3.1 unfolding: CRLF followed by one space or tab joins the lines.
QStringList unfold(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QString unescapeText(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += v.at(i);
        }
    }
    return out;
}

/// A sign-in as SignInTester records it: discovery, the browser's authorization request, the
/// code exchanged (code and code_verifier in the form, listed as secret), the JWKS fetched.
struct FakeSignIn
{
    QByteArray code = "auth-code-0123456789abcdef";
    QByteArray verifier = "pkce-verifier-0123456789abcdefghijklmnopqrstuvwxyzABCDEF";
    QByteArray state = "state-value-0123456789";
    QByteArray nonce = "nonce-value-0123456789";
    QByteArray access = fakeJwt(
        "{\"sub\":\"test-user\",\"scope\":\"openid accounts:read\"}", "access-sig-0123456789");
    QByteArray id = fakeJwt(
        "{\"sub\":\"test-user\",\"nonce\":\"nonce-value-0123456789\"}", "id-sig-0123456789");
    QByteArray refresh = "opaque-refresh-token-0123456789";

    SessionRecord record() const
    {
        SessionRecord r;
        r.kind = QStringLiteral("Test sign-in");
        r.finishedAt = kNow;
        r.note = QStringLiteral("Token received.");
        HttpExchange discovery;
        discovery.request.url
            = QUrl(QStringLiteral("https://as.example/.well-known/openid-configuration"));
        discovery.status = 200;
        discovery.responseBody = "{\"issuer\":\"https://as.example\"}";
        HttpExchange token;
        token.request.method = "POST";
        token.request.url = QUrl(QStringLiteral("https://as.example/token"));
        token.request.body = "grant_type=authorization_code&code=" + code
            + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5555%2Fcallback&code_verifier=" + verifier
            + "&client_id=native-client";
        token.request.secretFormFields = { "code", "code_verifier" };
        token.status = 200;
        token.responseBody = "{\"access_token\":\"" + access + "\",\"id_token\":\"" + id
            + "\",\"refresh_token\":\"" + refresh + "\",\"token_type\":\"Bearer\"}";
        HttpExchange jwks;
        jwks.request.url = QUrl(QStringLiteral("https://as.example/jwks"));
        jwks.status = 200;
        jwks.responseBody = "{\"keys\":[]}";
        r.exchanges = { discovery, token, jwks };
        BrowserStep step;
        step.authorizationUrl = QUrl(QString::fromLatin1(
            "https://as.example/auth?response_type=code&client_id=native-client&redirect_uri=http%3A%2F%2F127.0.0.1%3A5555%2F"
            "callback&scope=openid+accounts%3Aread&state="
            + state + "&nonce=" + nonce
            + "&code_challenge=challenge-0123456789&code_challenge_method=S256"));
        step.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:5555/callback"));
        // Deliberately naming the code where no redaction rule looks: the scrub must find it.
        step.outcome = QStringLiteral("came back with ") + QString::fromLatin1(code);
        step.position = 1;
        r.browserSteps = { step };
        for (const HttpExchange &ex : std::as_const(r.exchanges)) {
            for (const QByteArray &v : SessionRecord::secretValuesOf(ex))
                r.secrets.append(std::make_shared<const SecretBytes>(SecretBytes::fromBytes(v)));
        }
        return r;
    }
};

SupportBundleInput inputWith(SessionRecord session)
{
    SupportBundleInput in;
    in.client.id = 4;
    in.client.name = QStringLiteral("Native");
    in.client.clientId = QStringLiteral("native-client");
    in.client.applicationType = ApplicationType::Native;
    in.client.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
    in.createdAt = kNow;
    in.session = std::move(session);
    return in;
}

QByteArray fileContent(const QList<SupportBundleFile> &files, const QString &name)
{
    for (const SupportBundleFile &f : files) {
        if (f.name == name)
            return f.content;
    }
    return {};
}

QString python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

class TestRadarBundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void radarSortsAndGradesUrgency()
    {
        const QList<ExpiryItem> items = ExpiryRadar::collect(sampleInput(), kNow);
        QCOMPARE(items.size(), 5); // the key without a certificate does not expire
        QStringList order;
        for (const ExpiryItem &i : items)
            order << i.what;
        QCOMPARE(order,
            (QStringList { QStringLiteral("CN=gone"), QStringLiteral("CN=soon"),
                QStringLiteral("CN=month"), QStringLiteral("Batch"), QStringLiteral("CN=later") }));
        QCOMPARE(items.at(0).urgency, ExpiryItem::Urgency::Expired);
        QCOMPARE(items.at(0).daysLeft, -2);
        QCOMPARE(items.at(1).urgency, ExpiryItem::Urgency::Within14Days);
        QCOMPARE(items.at(1).daysLeft, 10);
        QCOMPARE(items.at(1).kind, ExpiryItem::Kind::TransportCertificate);
        QCOMPARE(items.at(1).usedBy, QStringLiteral("Batch"));
        QCOMPARE(items.at(1).environment, QStringLiteral("UAT"));
        QCOMPARE(items.at(1).application, QStringLiteral("Payments"));
        QCOMPARE(items.at(2).urgency, ExpiryItem::Urgency::Within30Days);
        QCOMPARE(items.at(3).kind, ExpiryItem::Kind::ClientSecret);
        QCOMPARE(items.at(4).urgency, ExpiryItem::Urgency::Later);
        QCOMPARE(ExpiryRadar::urgentCount(items), 2);
        QCOMPARE(ExpiryRadar::within(items, 30, kNow).size(), 3);
        QCOMPARE(ExpiryRadar::within(items, 0, kNow).size(), 1); // expired ones always
        // The boundaries: exactly 14 days is "within 14 days"; one second over is not.
        QCOMPARE(
            ExpiryRadar::urgencyFor(kNow.addDays(14), kNow), ExpiryItem::Urgency::Within14Days);
        QCOMPARE(ExpiryRadar::urgencyFor(kNow.addDays(14).addSecs(1), kNow),
            ExpiryItem::Urgency::Within30Days);
        QCOMPARE(ExpiryRadar::urgencyFor(kNow, kNow), ExpiryItem::Urgency::Expired);
        QCOMPARE(ExpiryRadar::daysLeft(kNow.addSecs(-1), kNow), -1);
        const QJsonObject json = items.at(1).toJson();
        QCOMPARE(
            json.value(QStringLiteral("kind")).toString(), QStringLiteral("transport-certificate"));
        QCOMPARE(json.value(QStringLiteral("urgency")).toString(), QStringLiteral("14d"));
        QCOMPARE(json.value(QStringLiteral("daysLeft")).toInt(), 10);
    }

    void parsesDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("days");
        QTest::newRow("days") << QStringLiteral("30d") << qint64(30);
        QTest::newRow("plain") << QStringLiteral("45") << qint64(45);
        QTest::newRow("weeks") << QStringLiteral("12w") << qint64(84);
        QTest::newRow("months") << QStringLiteral("6m") << qint64(180);
        QTest::newRow("year") << QStringLiteral("1Y") << qint64(365);
        QTest::newRow("zero") << QStringLiteral("0d") << qint64(0);
        QTest::newRow("bad unit") << QStringLiteral("3h") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-3d") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("soon") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("too far") << QStringLiteral("200y") << qint64(-1);
    }
    void parsesDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, days);
        const Result<qint64> r = ExpiryRadar::parseDays(text, QStringLiteral("--within"));
        if (days < 0) {
            QVERIFY(!r);
            QVERIFY(r.error().message.startsWith(QStringLiteral("--within: ")));
            QVERIFY(r.error().message.contains(QStringLiteral("30d")));
        } else {
            QVERIFY(r);
            QCOMPARE(*r, days);
        }
    }

    void iCalendarParsesBack()
    {
        ExpiryRadarInput in = sampleInput();
        // Everything TEXT must escape, and a long UTF-8 subject that has to be folded.
        in.certificates[1].subjectDn = QStringLiteral("CN=soon, O=A;B\\C, OU=Zahlungsverkehr Ü")
            + QString(40, QChar(0x00FC));
        const QList<ExpiryItem> items = ExpiryRadar::collect(in, kNow);
        const QByteArray ics = ExpiryRadar::toICalendar(items, kNow);

        // CRLF everywhere, never a bare LF; no physical line over 75 octets.
        QVERIFY(ics.endsWith("\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        bool folded = false;
        for (const QByteArray &line : ics.split('\n')) {
            const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(l.size() <= 75, l.constData());
            folded = folded || l.startsWith(' ');
            // A fold never splits a UTF-8 sequence: each physical line is valid UTF-8 on its own.
            QVERIFY2(QString::fromUtf8(l).toUtf8() == l, l.constData());
        }
        QVERIFY(folded);

        const QStringList lines = unfold(ics);
        QCOMPARE(lines.constFirst(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.constLast(), QStringLiteral("END:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^PRODID:.+"))).size() == 1);
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), items.size());
        QCOMPARE(lines.count(QStringLiteral("END:VEVENT")), items.size());
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VALARM")), items.size());
        QCOMPARE(lines.count(QStringLiteral("TRIGGER:-P14D")), items.size());
        QCOMPARE(lines.count(QStringLiteral("DTSTAMP:20261203T100000Z")), items.size());

        // One event per item, in order, with its date, a unique UID and the summary unescaped.
        QStringList uids;
        QStringList starts;
        QStringList summaries;
        bool inAlarm = false;
        for (const QString &l : lines) {
            if (l == QLatin1String("BEGIN:VALARM"))
                inAlarm = true;
            if (l == QLatin1String("END:VALARM"))
                inAlarm = false;
            if (l.startsWith(QLatin1String("UID:")))
                uids << l.mid(4);
            if (l.startsWith(QLatin1String("DTSTART;VALUE=DATE:")))
                starts << l.mid(19);
            if (l.startsWith(QLatin1String("SUMMARY:")) && !inAlarm)
                summaries << unescapeText(l.mid(8));
        }
        QCOMPARE(uids.size(), items.size());
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(uids.at(i), items.at(i).uid);
            QCOMPARE(starts.at(i),
                items.at(i).expiresAt.toLocalTime().date().toString(QStringLiteral("yyyyMMdd")));
            QVERIFY2(summaries.at(i).endsWith(items.at(i).what), qPrintable(summaries.at(i)));
        }
        // The escaped characters came back as they were.
        QVERIFY(ics.contains("O=A\\;B\\\\C\\, OU="));
        // Stable: the same items give the same UIDs on another scan a day later.
        const QByteArray again
            = ExpiryRadar::toICalendar(ExpiryRadar::collect(in, kNow.addDays(1)), kNow.addDays(1));
        QStringList uidsAgain;
        for (const QString &l : unfold(again)) {
            if (l.startsWith(QLatin1String("UID:")))
                uidsAgain << l.mid(4);
        }
        QCOMPARE(uidsAgain, uids);
    }

    void crc32KnownAnswer()
    {
        QCOMPARE(crc32("123456789"), 0xCBF43926u); // the check value of CRC-32/ISO-HDLC
        QCOMPARE(crc32(""), 0u);
    }

    void zipReadsBack()
    {
        if (python().isEmpty())
            QSKIP("python3 is needed to read the zip back");
        ZipWriter zip;
        QByteArray binary;
        for (int i = 0; i < 70000; ++i)
            binary.append(char(i * 7));
        QVERIFY(zip.addFile(QStringLiteral("README.txt"), "hello\n"));
        QVERIFY(zip.addFile(QStringLiteral("exchanges/01-token.txt"), binary));
        QVERIFY(zip.addFile(QStringLiteral("Grüße/empty.json"), QByteArray()));
        QVERIFY(!zip.addFile(QStringLiteral("README.txt"), "again"));
        QVERIFY(!zip.addFile(QStringLiteral("../escape.txt"), "x"));
        QVERIFY(!zip.addFile(QStringLiteral("/etc/passwd"), "x"));
        QVERIFY(!zip.addFile(QStringLiteral("a/../../b"), "x"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("t.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zip.finish());
        f.close();

        QProcess test;
        test.start(python(),
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), path });
        QVERIFY(test.waitForFinished(30000));
        QVERIFY2(test.exitCode() == 0, test.readAllStandardError().constData());
        QVERIFY(test.readAllStandardOutput().contains("Done testing"));

        const QString out = dir.filePath(QStringLiteral("x"));
        QProcess extract;
        extract.start(python(),
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), path, out });
        QVERIFY(extract.waitForFinished(30000));
        QCOMPARE(extract.exitCode(), 0);
        QFile a(out + QStringLiteral("/README.txt"));
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), QByteArray("hello\n"));
        QFile b(out + QStringLiteral("/exchanges/01-token.txt"));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), binary);
        QVERIFY(QFile::exists(out + QStringLiteral("/Grüße/empty.json")));
        if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), { QStringLiteral("-t"), path });
            QVERIFY(unzip.waitForFinished(30000));
            QVERIFY2(unzip.exitCode() == 0, unzip.readAllStandardOutput().constData());
        }
    }

    void redactsForSharingKeepingJwtPayloads()
    {
        const QByteArray assertion
            = fakeJwt("{\"iss\":\"batch-1\",\"jti\":\"j1\"}", "assertion-signature-bytes");
        const QByteArray access = fakeJwt(
            "{\"sub\":\"batch-1\",\"scope\":\"accounts:read\"}", "access-signature-bytes");
        HttpExchange ex;
        ex.request.method = "POST";
        ex.request.url = QUrl(QStringLiteral("https://as.example/token?code=abcdefghijkl"));
        ex.request.headers
            = { { "Authorization", "Basic YmF0Y2gtMTpzM2NyZXQtdmFsdWU=" }, { "X-Region", "1" } };
        ex.request.body = "grant_type=client_credentials&client_assertion=" + formEncode(assertion)
            + "&client_secret=s3cret-value&scope=accounts%3Aread";
        ex.request.secretHeaders = { "Authorization" };
        ex.request.secretFormFields = { "client_assertion", "client_secret" };
        ex.request.clientKeyPkcs8Der
            = std::make_shared<const SecretBytes>(SecretBytes::fromBytes("KEYKEYKEYKEY"));
        ex.status = 200;
        ex.responseHeaders = { { "Set-Cookie", "sid=cookie-value-123" } };
        ex.responseBody = "{\"access_token\":\"" + access
            + "\",\"refresh_token\":\"opaque-refresh-123\",\"nested\":{\"client_secret\":\"deep-"
              "secret-1\"},\"token_type\":\"Bearer\"}";

        const HttpExchange r = redactedForSharing(ex);
        const QByteArray text = (r.requestText() + r.responseText()).toUtf8();
        const QByteArray marker = sharingMarker();
        QVERIFY(text.contains(QByteArray("Authorization: Basic " + marker)));
        QVERIFY(text.contains("X-Region: 1"));
        QVERIFY(!text.contains("s3cret-value"));
        QVERIFY(!text.contains("YmF0Y2gtMTpzM2NyZXQtdmFsdWU"));
        QVERIFY(!text.contains(b64u("assertion-signature-bytes")));
        QVERIFY(!text.contains(b64u("access-signature-bytes")));
        QVERIFY(!text.contains("opaque-refresh-123"));
        QVERIFY(!text.contains("deep-secret-1"));
        QVERIFY(!text.contains("cookie-value-123"));
        QVERIFY(!text.contains("abcdefghijkl"));
        // The claims stay readable: header.payload.«redacted».
        QVERIFY(text.contains(QByteArray(assertion.left(assertion.lastIndexOf('.') + 1) + marker)));
        QVERIFY(text.contains(QByteArray(access.left(access.lastIndexOf('.') + 1) + marker)));
        QVERIFY(text.contains("scope=accounts%3Aread"));
        QVERIFY(!r.request.clientKeyPkcs8Der);

        // The screen's redaction is the same code, blanking whole values as before.
        const QString screen = ex.requestText();
        QVERIFY(screen.contains(QStringLiteral("Authorization: Basic <redacted>")));
        QVERIFY(screen.contains(QStringLiteral("client_assertion=<redacted>")));
        QVERIFY(
            !screen.contains(QString::fromLatin1(b64u("{\"iss\":\"batch-1\",\"jti\":\"j1\"}"))));
    }

    void scrubsEverySpelling()
    {
        const QByteArray secret = "top+secret/value=1";
        const QByteArray text = "a " + secret + " b " + secret.toBase64() + " c " + secret.toHex()
            + " d " + secret.toPercentEncoding() + " e " + formEncode(secret) + " f short";
        const QByteArray out = scrubSecrets(text, { secret, "short" }, "X");
        QCOMPARE(out, QByteArray("a X b X c X d X e X f short"));
    }

    void bundleHoldsNoSecret()
    {
        if (python().isEmpty())
            QSKIP("python3 is needed to read the zip back");
        const QByteArray secret = "client-secret-0123456789";
        const QByteArray accessSig = "sig-of-access-token-xyz";
        const QByteArray access = fakeJwt("{\"sub\":\"batch-1\",\"pmid\":\"P-42\"}", accessSig);
        SupportBundleInput in;
        in.client.id = 3;
        in.client.name = QStringLiteral("Batch");
        in.client.clientId = QStringLiteral("batch-1");
        in.applicationName = QStringLiteral("Payments");
        in.createdAt = kNow;
        Environment env;
        env.name = QStringLiteral("UAT");
        env.issuer = QUrl(QStringLiteral("https://as.example"));
        env.discoveryDocument
            = "{\"issuer\":\"https://as.example\",\"token_endpoint\":\"https://as.example/token\"}";
        in.environment = env;
        HttpExchange ex;
        ex.request.method = "POST";
        ex.request.url = QUrl(QStringLiteral("https://as.example/token"));
        // Deliberately not listed as secret: the bundle must still not leak it.
        ex.request.body = "grant_type=client_credentials&note=" + secret;
        ex.status = 200;
        ex.responseBody = "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\"}";
        in.session.exchanges = { ex };
        in.session.secrets = { std::make_shared<const SecretBytes>(SecretBytes::fromBytes(secret)),
            std::make_shared<const SecretBytes>(SecretBytes::fromBytes(access)) };
        in.doctorReport = QJsonObject { { QStringLiteral("ok"), true } };

        const QList<SupportBundleFile> files = SupportBundle::files(in);
        QStringList names;
        for (const SupportBundleFile &f : files)
            names << f.name;
        for (const char *expected :
            { "README.txt", "manifest.json", "versions.json", "client.json", "environment.json",
                "as-metadata.json", "doctor.json", "exchanges.json", "exchanges/01-token.txt" })
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        const QJsonObject versions = QJsonDocument::fromJson(
            files.at(names.indexOf(QStringLiteral("versions.json"))).content)
                                         .object();
        QCOMPARE(versions.value(QStringLiteral("qt")).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(versions.value(QStringLiteral("openssl"))
                    .toString()
                    .startsWith(QStringLiteral("OpenSSL 3")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SupportBundle::zip(in));
        f.close();
        QProcess extract;
        extract.start(python(),
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), path,
                dir.filePath(QStringLiteral("x")) });
        QVERIFY(extract.waitForFinished(30000));
        QCOMPARE(extract.exitCode(), 0);
        const QStringList hits = test::filesHoldingSecrets(
            { dir.filePath(QStringLiteral("x")) }, { secret, accessSig, access });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QDirIterator it(dir.filePath(QStringLiteral("x")), { QStringLiteral("01-token.txt") },
            QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QFile token(it.next());
        QVERIFY(token.open(QIODevice::ReadOnly));
        const QByteArray content = token.readAll();
        QVERIFY(content.contains(QByteArray(
            access.left(access.lastIndexOf('.') + 1) + sharingMarker()))); // payload kept
    }

    void findsEverySecretAnExchangeCarried()
    {
        const FakeSignIn in;
        const SessionRecord r = in.record();
        const QList<QByteArray> token = SessionRecord::secretValuesOf(r.exchanges.at(1));
        for (const QByteArray &v : { in.code, in.verifier, in.access, in.id, in.refresh })
            QVERIFY2(token.contains(v), v.constData());
        QVERIFY(!token.contains("native-client")); // client_id is no secret
        QVERIFY(!token.contains("authorization_code"));
        QVERIFY(SessionRecord::secretValuesOf(r.exchanges.at(0)).isEmpty());

        HttpExchange api;
        api.request.url = QUrl(
            QStringLiteral("https://api.example/x?access_token=query-token-0123456789&page=2"));
        api.request.headers = { { "Authorization", "Bearer header-token-0123456789" },
            { "X-Api-Key", "key-0123456789" }, { "X-Region", "1" } };
        api.request.secretHeaders = { "X-Api-Key" };
        api.request.body
            = "{\"client_secret\":\"json-secret-0123456789\",\"nested\":{\"token\":\"nested-token-0123\"}}";
        const QList<QByteArray> found = SessionRecord::secretValuesOf(api);
        for (const char *v : { "query-token-0123456789", "header-token-0123456789",
                 "key-0123456789", "json-secret-0123456789", "nested-token-0123" })
            QVERIFY2(found.contains(QByteArray(v)), v);
        QCOMPARE(found.size(), 5);
    }

    void aSealedSignInHoldsNoSecretAndKeepsItsPayloads()
    {
        const FakeSignIn in;
        const SessionRecord raw = in.record();
        const SessionRecord sealed = raw.sealed();
        QVERIFY(sealed.isSealed);
        QVERIFY(sealed.secrets.isEmpty());
        QCOMPARE(sealed.exchanges.size(), 3);
        QCOMPARE(sealed.browserSteps.size(), 1);
        QCOMPARE(sealed.kind, raw.kind);
        QCOMPARE(sealed.finishedAt, raw.finishedAt);
        // Sealing a sealed record changes nothing (a second redaction would blank the payloads).
        QCOMPARE(sealed.sealed().exchanges.at(1).responseBody, sealed.exchanges.at(1).responseBody);

        const QByteArray marker = sharingMarker();
        const QList<QList<SupportBundleFile>> bundles { SupportBundle::files(inputWith(raw)),
            SupportBundle::files(inputWith(sealed)) };
        for (const QList<SupportBundleFile> &files : bundles) {
            QStringList names;
            QByteArray all;
            for (const SupportBundleFile &f : files) {
                names << f.name;
                all += f.content;
            }
            // In the order it happened: discovery, the browser, the code traded, the JWKS.
            const QStringList expected { QStringLiteral("exchanges/01-openid-configuration.txt"),
                QStringLiteral("exchanges/02-authorization-request.txt"),
                QStringLiteral("exchanges/03-token.txt"), QStringLiteral("exchanges/04-jwks.txt") };
            QCOMPARE(names.mid(names.size() - 4), expected);
            for (const QByteArray &secret : { in.code, in.verifier, in.refresh, in.access, in.id,
                     QByteArray("access-sig-0123456789"), QByteArray("id-sig-0123456789") }) {
                QVERIFY2(!all.contains(secret), secret.constData());
                QVERIFY2(!all.contains(b64u(secret)), secret.constData());
            }
            const QByteArray token = fileContent(files, QStringLiteral("exchanges/03-token.txt"));
            QVERIFY(token.contains(QByteArray("code=" + marker + '&')));
            QVERIFY(token.contains(QByteArray("code_verifier=" + marker)));
            QVERIFY(token.contains("client_id=native-client"));
            QVERIFY2(
                token.contains(QByteArray(in.access.left(in.access.lastIndexOf('.') + 1) + marker)),
                token.constData());
            QVERIFY(token.contains(QByteArray(in.id.left(in.id.lastIndexOf('.') + 1) + marker)));
            // The browser's step: its parameters readable, state, nonce and challenge kept.
            const QByteArray step
                = fileContent(files, QStringLiteral("exchanges/02-authorization-request.txt"));
            QVERIFY(step.startsWith("Authorization request (RFC 6749 §4.1.1)"));
            QVERIFY(step.contains("GET https://as.example/auth?response_type=code"));
            QVERIFY(step.contains(QByteArray("  state = " + in.state)));
            QVERIFY(step.contains(QByteArray("  nonce = " + in.nonce)));
            QVERIFY(step.contains("  code_challenge = challenge-0123456789"));
            QVERIFY(step.contains("  redirect_uri = http://127.0.0.1:5555/callback"));
            QVERIFY(
                step.contains("  scope = openid accounts:read\n")); // form-encoded: + is a space
            QVERIFY(step.contains(QByteArray("Answer: came back with " + marker)));
            const QJsonArray list
                = QJsonDocument::fromJson(fileContent(files, QStringLiteral("exchanges.json")))
                      .array();
            QCOMPARE(list.size(), 4);
            QCOMPARE(list.at(1).toObject().value(QLatin1String("channel")).toString(),
                QStringLiteral("front"));
            QCOMPARE(list.at(2).toObject().value(QLatin1String("channel")).toString(),
                QStringLiteral("back"));
            const QJsonObject manifest
                = QJsonDocument::fromJson(fileContent(files, QStringLiteral("manifest.json")))
                      .object();
            QCOMPARE(manifest.value(QLatin1String("sessionKind")).toString(),
                QStringLiteral("Test sign-in"));
            QCOMPARE(manifest.value(QLatin1String("sessionFinishedAt")).toString(),
                QStringLiteral("2026-12-03T10:00:00Z"));
            QCOMPARE(manifest.value(QLatin1String("exchanges")).toInt(), 3);
            QCOMPARE(manifest.value(QLatin1String("browserSteps")).toInt(), 1);
            QVERIFY(
                fileContent(files, QStringLiteral("README.txt"))
                    .contains(
                        "Test session: Test sign-in, finished 2026-12-03 10:00:00 UTC, 4 exchange(s). Token received."));
        }
    }

    void laterAttemptsAddUpToALimit()
    {
        const FakeSignIn in;
        SessionRecord r = in.record().sealed();
        SessionRecord refresh;
        refresh.isSealed = true;
        refresh.note = QStringLiteral("refreshed");
        refresh.finishedAt = kNow.addSecs(60);
        HttpExchange ex;
        ex.request.url = QUrl(QStringLiteral("https://as.example/token"));
        refresh.exchanges = { ex };
        r.append(refresh);
        QCOMPARE(r.exchanges.size(), 4);
        QCOMPARE(r.note, QStringLiteral("refreshed"));
        QCOMPARE(r.kind, QStringLiteral("Test sign-in"));
        QCOMPARE(r.finishedAt, kNow.addSecs(60));
        SessionRecord again = in.record().sealed(); // a new sign-in in the same session
        r.append(again);
        QCOMPARE(r.browserSteps.size(), 2);
        QCOMPARE(r.browserSteps.at(1).position, 5); // after 4 exchanges, its discovery
        while (r.exchanges.size() < SessionRecord::kMaxExchanges)
            r.append(refresh);
        QCOMPARE(r.browserSteps.size(), 2);
        r.append(refresh);
        r.append(
            refresh); // the first two exchanges go: discovery and the first code exchange's step
        QCOMPARE(r.exchanges.size(), SessionRecord::kMaxExchanges);
        QCOMPARE(r.browserSteps.size(), 1);
        QCOMPARE(r.browserSteps.at(0).position, 3);
        QCOMPARE(r.browserSteps.at(0).authorizationUrl, again.browserSteps.at(0).authorizationUrl);
    }

    void anInteractiveClientWithoutASessionSaysHowToGetOne()
    {
        SessionRecord none;
        SupportBundleInput in = inputWith(none);
        in.session.note = SupportBundle::noSignInNote(in.client);
        const QList<SupportBundleFile> files = SupportBundle::files(in);
        const QByteArray readme = fileContent(files, QStringLiteral("README.txt"));
        QVERIFY(readme.contains("holds no exchanges"));
        QVERIFY(readme.contains("Sign in now"));
        QVERIFY(readme.contains("--sign-in"));
        QCOMPARE(
            fileContent(files, QStringLiteral("exchanges.json")).trimmed(), QByteArray("[\n]"));
        const QJsonObject manifest
            = QJsonDocument::fromJson(fileContent(files, QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QLatin1String("exchanges")).toInt(), 0);
        QVERIFY(manifest.value(QLatin1String("sessionKind")).isNull());
    }

    void clientJsonIsTheCliShapeWithTheSecretExpiry()
    {
        OAuthClient c;
        c.id = 9;
        c.uuid = QStringLiteral("uuid-not-shown");
        c.name = QStringLiteral("Batch");
        c.clientId = QStringLiteral("batch-1");
        c.environmentId = 2;
        c.grantTypes = { GrantType::ClientCredentials };
        c.createdAt = kNow;
        QJsonObject o = clientJson(c);
        // The members the man page names (Help.cpp "JSON OUTPUT"), and no other.
        QStringList keys = o.keys();
        keys.sort();
        QStringList documented { QStringLiteral("id"), QStringLiteral("name"),
            QStringLiteral("clientId"), QStringLiteral("description"),
            QStringLiteral("applicationId"), QStringLiteral("environmentId"),
            QStringLiteral("applicationType"), QStringLiteral("grantTypes"), QStringLiteral("pkce"),
            QStringLiteral("redirectUris"), QStringLiteral("postLogoutRedirectUris"),
            QStringLiteral("scopes"), QStringLiteral("accessTokenLifetime"),
            QStringLiteral("refreshTokenLifetime"), QStringLiteral("authMethod"),
            QStringLiteral("signingCertificateId"), QStringLiteral("transportCertificateId"),
            QStringLiteral("certificateBoundTokens"), QStringLiteral("status"),
            QStringLiteral("registrationClientUri"), QStringLiteral("clientIdIssuedAt"),
            QStringLiteral("clientSecretExpiresAt"), QStringLiteral("createdAt"),
            QStringLiteral("updatedAt") };
        documented.sort();
        QCOMPARE(keys, documented);
        QVERIFY(o.value(QLatin1String("clientSecretExpiresAt")).isNull());
        QCOMPARE(
            o.value(QLatin1String("createdAt")).toString(), QStringLiteral("2026-12-03T10:00:00Z"));
        QCOMPARE(o.value(QLatin1String("environmentId")).toInt(), 2);
        QVERIFY(o.value(QLatin1String("signingCertificateId")).isNull());
        c.clientSecretExpiresAt = QDateTime(QDate(2027, 1, 31), QTime(23, 59, 59), Qt::UTC);
        o = clientJson(c);
        QCOMPARE(o.value(QLatin1String("clientSecretExpiresAt")).toString(),
            QStringLiteral("2027-01-31T23:59:59Z"));
        QVERIFY(!QJsonDocument(o).toJson().contains("uuid-not-shown"));
        // The bundle's client.json is the same object plus the application's name.
        SupportBundleInput in = inputWith({});
        in.client = c;
        in.applicationName = QStringLiteral("Payments");
        QJsonObject bundled = QJsonDocument::fromJson(
            fileContent(SupportBundle::files(in), QStringLiteral("client.json")))
                                  .object();
        QCOMPARE(
            bundled.take(QStringLiteral("application")).toString(), QStringLiteral("Payments"));
        QCOMPARE(bundled, o);

        Environment e;
        e.id = 2;
        e.name = QStringLiteral("UAT");
        e.issuer = QUrl(QStringLiteral("https://as.example"));
        e.headers = { { QStringLiteral("X-Region"), QStringLiteral("1"), {} } };
        e.discoveryDocument = "{\"issuer\":\"https://as.example\"}";
        const QJsonObject env = environmentJson(e);
        QCOMPARE(env.value(QLatin1String("headers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
            QStringLiteral("1"));
        QVERIFY(!env.contains(QLatin1String("discoveryDocument")));
        in.environment = e;
        QCOMPARE(QJsonDocument::fromJson(
                     fileContent(SupportBundle::files(in), QStringLiteral("environment.json")))
                     .object(),
            env);
    }
};

QTEST_GUILESS_MAIN(TestRadarBundle)
#include "tst_radar_bundle.moc"
