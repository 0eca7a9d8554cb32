// SPDX-License-Identifier: GPL-3.0-or-later
// Client secrets that expire (issue 15: the expiry radar's "client secrets with an expiry", the
// doctor's "client_secret_expires_at ahead"), end to end against the REAL provider started with
// OAUTHDESK_AS_SECRET_LIFETIME (tests/live/as/server.mjs: dynamically registered secrets get
// client_secret_expires_at = now + lifetime, stored by oidc-provider, which refuses them once
// expired), the REAL keychain (with-keyring.sh) and a real SQLite file, driven through the built
// oauthdesk-cli in a QProcess as a script would, and read back with a fresh Workspace each time.
//
// tst_live_secret_expiry (lifetime 10 days): `clients register` stores the date the AS answered
// and holds; `expiring --within 30d --json` lists the secret with that date (urgency 14d),
// `--within 5d` does not; the .ics has its event; the doctor warns (secret.expiry); an RFC 7592
// update that sends the secret keeps the date; `clients rotate-secret --at-as` stores the new
// secret's new date, the old secret is refused at the AS and the new one gets a token.
// tst_live_secret_expired (lifetime -1 hour: secrets are issued already expired): registering
// warns so; the radar lists it as expired; the doctor fails secret.expiry and live.token; the
// `token` refusal says the secret expired on its date, not "check that the secret matches".
#include "../support/AwaitLater.h"
#include "BindingSetup.h" // runCli(): the built oauthdesk-cli in a QProcess
#include "oauth/Transport.h"
#include "secrets/Keychain.h"
#include "usecases/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::CliRun;
using oauthdesk::test::runCli;
using oauthdesk::test::wait;
using oauthdesk::test::why;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QJsonObject findingIn(const QJsonObject &doctorJson, const QString &check)
{
    const QJsonArray reports = doctorJson.value(QLatin1String("reports")).toArray();
    for (const QJsonValue &f :
        reports.at(0).toObject().value(QLatin1String("findings")).toArray()) {
        if (f.toObject().value(QLatin1String("check")).toString() == check)
            return f.toObject();
    }
    return {};
}

/// The radar's client-secret item for the client with row id @p rowId, if listed.
QJsonObject secretItem(const QJsonObject &expiringJson, qint64 rowId)
{
    for (const QJsonValue &v : expiringJson.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("kind")).toString() == QLatin1String("client-secret")
            && qint64(o.value(QLatin1String("clientId")).toDouble()) == rowId)
            return o;
    }
    return {};
}

QString isoUtc(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TestLiveSecretExpiry final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_lifetime = 0; ///< OAUTHDESK_AS_SECRET_LIFETIME, as the AS was started with
    QElapsedTimer m_clock;

    // The client registered with a 10-day secret, as the steps below leave it.
    qint64 m_rowId = 0;
    qint64 m_expiresAt = 0; ///< the AS's client_secret_expires_at (epoch seconds)

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    CliRun run(const QStringList &args, const QByteArray &input = {})
    {
        return runCli(dataDir(), args, input);
    }

    /// Registers a client_secret_basic client @p name through `clients register`.
    CliRun registerClient(const QString &name)
    {
        return run({ QStringLiteral("clients"), QStringLiteral("register"), name,
            QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
            QStringLiteral("Live AS"), QStringLiteral("--method"),
            QStringLiteral("client_secret_basic"), QStringLiteral("--grant"),
            QStringLiteral("client_credentials"), QStringLiteral("--scope"),
            QStringLiteral("accounts:read"), QStringLiteral("--json") });
    }

    /// The client as the SQLite file holds it now: a fresh Workspace opened on the file the CLI
    /// wrote (the app's keychain service, as the CLI's).
    Result<OAuthClient> stored(qint64 rowId)
    {
        Workspace ws;
        auto opened = wait(ws.open(QDir(dataDir()).filePath(QStringLiteral("oauthdesk.sqlite"))));
        if (!opened)
            return std::unexpected(opened.error());
        return wait(ws.clients().get(rowId));
    }

    Result<SecretBytes> keychainRead(const QString &key)
    {
        Workspace ws;
        std::optional<Result<SecretBytes>> got;
        QObject ctx;
        ws.keychain().read(key, &ctx, [&got](Result<SecretBytes> s) { got = std::move(s); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000))
            return fail(ErrorCode::Timeout, QStringLiteral("keychain read"));
        return std::move(*got);
    }

    HttpExchange send(HttpRequest request)
    {
        Transport transport;
        std::optional<HttpExchange> ex;
        QObject ctx;
        transport.send(
            request, env("OAUTHDESK_TEST_CA"), &ctx, [&ex](HttpExchange e) { ex = std::move(e); });
        if (!QTest::qWaitFor([&] { return ex.has_value(); }, 20000))
            qFatal("no HTTP answer from %s", qPrintable(request.url.toString()));
        return std::move(*ex);
    }

    /// What the AS itself holds for the client now (RFC 7592 GET with the registration access
    /// token from the keychain), independently of the app's reading of it.
    QJsonObject atTheAs(const OAuthClient &c)
    {
        auto token = keychainRead(Keychain::registrationTokenKey(c.uuid));
        if (!token) {
            qWarning("registration access token: %s", why(token).constData());
            return {};
        }
        HttpRequest get;
        get.url = c.registrationClientUri;
        get.headers.append(
            qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + token->toByteArray())));
        get.secretHeaders.append("Authorization");
        const HttpExchange ex = send(get);
        if (ex.status != 200)
            qWarning("GET %s: HTTP %d %s", qPrintable(get.url.toString()), ex.status,
                ex.responseBody.constData());
        return QJsonDocument::fromJson(ex.responseBody).object();
    }

    /// A client credentials request with @p secret in HTTP Basic, straight to the token endpoint.
    HttpExchange tokenWith(const QString &clientId, const SecretBytes &secret)
    {
        HttpRequest post;
        post.method = "POST";
        post.url = QUrl(env("OAUTHDESK_TEST_ISSUER") + QStringLiteral("/token"));
        const QByteArray basic
            = QByteArray(clientId.toUtf8() + ':' + secret.toByteArray()).toBase64();
        post.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        post.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Basic " + basic)));
        post.secretHeaders.append("Authorization");
        post.body = "grant_type=client_credentials&scope=accounts%3Aread";
        return send(post);
    }

    void needExpiringSecrets()
    {
        if (m_lifetime < 14 * 86400 && m_lifetime > 0)
            return;
        QSKIP(
            "needs the AS started with OAUTHDESK_AS_SECRET_LIFETIME between 1 s and 14 days (tst_live_secret_expiry)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY2(!env("OAUTHDESK_TEST_ISSUER").isEmpty(),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        bool ok = false;
        m_lifetime = env("OAUTHDESK_AS_SECRET_LIFETIME").toLongLong(&ok);
        QVERIFY2(ok && m_lifetime != 0,
            "run with OAUTHDESK_AS_SECRET_LIFETIME (seconds) set for the AS and the test (ctest does)");
        qRegisterMetaType<TokenTestResult>();
        QVERIFY(QDir().mkpath(dataDir()));
        CliRun r
            = run({ QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Payments") });
        QVERIFY2(r.exit == 0, r.why().constData());
        r = run({ QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Live AS"),
            QStringLiteral("--issuer"), env("OAUTHDESK_TEST_ISSUER"), QStringLiteral("--ca-bundle"),
            env("OAUTHDESK_TEST_CA") });
        QVERIFY2(r.exit == 0, r.why().constData());
        r = run({ QStringLiteral("envs"), QStringLiteral("discover"), QStringLiteral("Live AS") });
        QVERIFY2(r.exit == 0, r.why().constData());
        r = run(
            { QStringLiteral("envs"), QStringLiteral("set-credential"), QStringLiteral("Live AS"),
                QStringLiteral("initial-access-token"), QStringLiteral("--stdin") },
            env("OAUTHDESK_TEST_IAT").toUtf8() + '\n');
        QVERIFY2(r.exit == 0, r.why().constData());
    }

    void cleanupTestCase()
    {
        qInfo("%s: %lld ms in all (AS secret lifetime %lld s)", QTest::currentAppName(),
            qint64(m_clock.elapsed()), m_lifetime);
    }

    void registeringStoresTheDateTheAsGave()
    {
        needExpiringSecrets();
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const CliRun r = registerClient(QStringLiteral("secret-ten"));
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject o = r.json();
        QVERIFY2(o.value(QLatin1String("ok")).toBool(), r.out.constData());
        QVERIFY(o.value(QLatin1String("secretIssued")).toBool());
        m_rowId = qint64(
            o.value(QLatin1String("client")).toObject().value(QLatin1String("id")).toDouble());
        QVERIFY(m_rowId > 0);
        // The registration answer (RFC 7591 §3.2.1): now + the lifetime the AS was started with.
        m_expiresAt = qint64(o.value(QLatin1String("granted"))
                                 .toObject()
                                 .value(QLatin1String("client_secret_expires_at"))
                                 .toDouble());
        QVERIFY2(m_expiresAt >= before + m_lifetime && m_expiresAt <= after + m_lifetime,
            r.out.constData());
        QVERIFY2(
            r.err.contains("expires on"), r.err.constData()); // the CLI passes the AS's date on
        const QJsonArray warnings = o.value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().contains(QLatin1String("rotate it before then")));

        // The SQLite file has it (schema version 8), read back by a fresh Workspace...
        auto c = stored(m_rowId);
        QVERIFY2(c, why(c).constData());
        QVERIFY(c->clientSecretExpiresAt);
        QCOMPARE(*c->clientSecretExpiresAt, QDateTime::fromSecsSinceEpoch(m_expiresAt, Qt::UTC));
        // ... and the AS holds the same date for the client it stored (so it will enforce it).
        const QJsonObject held = atTheAs(*c);
        QCOMPARE(
            qint64(held.value(QLatin1String("client_secret_expires_at")).toDouble()), m_expiresAt);
        // Not expired yet: the secret works.
        auto secret = keychainRead(Keychain::clientSecretKey(c->uuid));
        QVERIFY2(secret, why(secret).constData());
        const HttpExchange t = tokenWith(c->clientId, *secret);
        QVERIFY2(t.status == 200, t.responseBody.constData());
    }

    void theRadarListsTheSecretAndItsCalendarEvent()
    {
        needExpiringSecrets();
        QVERIFY2(m_rowId, "runs after registeringStoresTheDateTheAsGave");
        auto c = stored(m_rowId);
        QVERIFY2(c, why(c).constData());
        const QString ics = m_dir.filePath(QStringLiteral("radar.ics"));
        CliRun r = run({ QStringLiteral("expiring"), QStringLiteral("--within"),
            QStringLiteral("30d"), QStringLiteral("--json"), QStringLiteral("--ics"), ics });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(r.json().value(QLatin1String("withinDays")).toInt(), 30);
        const QJsonObject item = secretItem(r.json(), m_rowId);
        QVERIFY2(!item.isEmpty(), r.out.constData());
        QCOMPARE(item.value(QLatin1String("expiresAt")).toString(), isoUtc(m_expiresAt));
        QCOMPARE(item.value(QLatin1String("urgency")).toString(), QStringLiteral("14d"));
        const int daysLeft = item.value(QLatin1String("daysLeft")).toInt();
        QVERIFY2(daysLeft == m_lifetime / 86400 || daysLeft == m_lifetime / 86400 - 1,
            r.out.constData());
        QCOMPARE(item.value(QLatin1String("what")).toString(), QStringLiteral("secret-ten"));
        QCOMPARE(item.value(QLatin1String("usedBy")).toString(), c->clientId);
        QCOMPARE(item.value(QLatin1String("environment")).toString(), QStringLiteral("Live AS"));
        const QString uid = item.value(QLatin1String("uid")).toString();
        QCOMPARE(uid, QStringLiteral("client-secret-%1@oauthdesk").arg(c->uuid));

        // The calendar: one all-day event on the expiry's (local) date, under the same UID.
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray cal = f.readAll();
        QVERIFY(cal.startsWith("BEGIN:VCALENDAR\r\n"));
        const qsizetype at = cal.indexOf(QByteArray("UID:" + uid.toUtf8() + "\r\n"));
        QVERIFY2(at > 0, cal.constData());
        const QByteArray event = cal.mid(at, cal.indexOf("END:VEVENT", at) - at);
        const QByteArray day = QDateTime::fromSecsSinceEpoch(m_expiresAt, Qt::UTC)
                                   .toLocalTime()
                                   .date()
                                   .toString(QStringLiteral("yyyyMMdd"))
                                   .toLatin1();
        QVERIFY2(
            event.contains(QByteArray("DTSTART;VALUE=DATE:" + day + "\r\n")), event.constData());
        QVERIFY2(
            event.contains("SUMMARY:Client secret expires: secret-ten\r\n"), event.constData());
        QVERIFY2(event.contains("TRIGGER:-P14D"), event.constData());

        // Five days ahead: not yet listed (nothing else here expires either).
        r = run({ QStringLiteral("expiring"), QStringLiteral("--within"), QStringLiteral("5d"),
            QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY2(secretItem(r.json(), m_rowId).isEmpty(), r.out.constData());
        QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), 0);
    }

    void theDoctorWarnsBeforeTheSecretExpires()
    {
        needExpiringSecrets();
        QVERIFY2(m_rowId, "runs after registeringStoresTheDateTheAsGave");
        const CliRun r = run(
            { QStringLiteral("doctor"), QStringLiteral("secret-ten"), QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData()); // a warning is no failure
        const QJsonObject expiry = findingIn(r.json(), QStringLiteral("secret.expiry"));
        // The doctor warns under 30 days (doctor::kExpiryWarningDays); the radar's urgency is 14.
        QCOMPARE(expiry.value(QLatin1String("outcome")).toString(), QStringLiteral("warning"));
        QVERIFY2(
            expiry.value(QLatin1String("title")).toString().contains(QLatin1String("expires in")),
            r.out.constData());
        QVERIFY2(expiry.value(QLatin1String("fix")).toString().contains(QLatin1String("Rotate")),
            r.out.constData());
        QCOMPARE(findingIn(r.json(), QStringLiteral("secret.present"))
                     .value(QLatin1String("outcome"))
                     .toString(),
            QStringLiteral("pass"));
        QCOMPARE(findingIn(r.json(), QStringLiteral("live.token"))
                     .value(QLatin1String("outcome"))
                     .toString(),
            QStringLiteral("pass"));
    }

    void anUpdateKeepsTheDateARotationRenewsIt()
    {
        needExpiringSecrets();
        QVERIFY2(m_rowId, "runs after registeringStoresTheDateTheAsGave");
        auto c = stored(m_rowId);
        QVERIFY2(c, why(c).constData());
        auto oldSecret = keychainRead(Keychain::clientSecretKey(c->uuid));
        QVERIFY2(oldSecret, why(oldSecret).constData());
        // A second at least between the two dates, so that a renewed one is a later one.
        QTest::qWait(1100);

        // RFC 7592 update with the current secret: the AS keeps the secret and its date.
        CliRun r = run({ QStringLiteral("clients"), QStringLiteral("registration-update"),
            QStringLiteral("secret-ten"), QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QCOMPARE(qint64(r.json()
                            .value(QLatin1String("granted"))
                            .toObject()
                            .value(QLatin1String("client_secret_expires_at"))
                            .toDouble()),
            m_expiresAt);
        QVERIFY(!r.json().value(QLatin1String("secretIssued")).toBool());
        auto kept = stored(m_rowId);
        QVERIFY2(kept, why(kept).constData());
        QCOMPARE(kept->clientSecretExpiresAt,
            std::optional(QDateTime::fromSecsSinceEpoch(m_expiresAt, Qt::UTC)));

        // Rotation at the AS (PUT without the secret): a new secret with a new date, both stored.
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        r = run({ QStringLiteral("clients"), QStringLiteral("rotate-secret"),
            QStringLiteral("secret-ten"), QStringLiteral("--at-as"), QStringLiteral("--json") });
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY2(r.json().value(QLatin1String("secretChanged")).toBool(), r.out.constData());
        auto rotated = stored(m_rowId);
        QVERIFY2(rotated, why(rotated).constData());
        QVERIFY(rotated->clientSecretExpiresAt);
        const qint64 renewed = rotated->clientSecretExpiresAt->toSecsSinceEpoch();
        QVERIFY2(
            renewed >= before + m_lifetime && renewed <= after + m_lifetime, r.out.constData());
        QVERIFY(renewed > m_expiresAt);
        QCOMPARE(
            qint64(atTheAs(*rotated).value(QLatin1String("client_secret_expires_at")).toDouble()),
            renewed);
        auto newSecret = keychainRead(Keychain::clientSecretKey(rotated->uuid));
        QVERIFY2(newSecret, why(newSecret).constData());
        QVERIFY(!newSecret->equals(*oldSecret));
        // The AS replaced the secret: the old one is refused, the keychain's new one works.
        const HttpExchange old = tokenWith(rotated->clientId, *oldSecret);
        QCOMPARE(old.status, 401);
        QVERIFY(old.responseBody.contains("invalid_client"));
        r = run({ QStringLiteral("token"), QStringLiteral("secret-ten"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QVERIFY2(r.exit == 0, r.why().constData());

        // The radar follows: the same event (UID), the new date.
        r = run({ QStringLiteral("expiring"), QStringLiteral("--within"), QStringLiteral("30d"),
            QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject item = secretItem(r.json(), m_rowId);
        QCOMPARE(item.value(QLatin1String("expiresAt")).toString(), isoUtc(renewed));
        QCOMPARE(item.value(QLatin1String("uid")).toString(),
            QStringLiteral("client-secret-%1@oauthdesk").arg(rotated->uuid));
        m_expiresAt = renewed;
    }

    void anExpiredSecretFailsTheDoctorAndIsExplained()
    {
        if (m_lifetime > 0)
            QSKIP(
                "needs the AS started with a negative OAUTHDESK_AS_SECRET_LIFETIME (tst_live_secret_expired)");
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        CliRun r = registerClient(QStringLiteral("secret-gone"));
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(r.exit == 0, r.why().constData());
        const qint64 rowId = qint64(r.json()
                                        .value(QLatin1String("client"))
                                        .toObject()
                                        .value(QLatin1String("id"))
                                        .toDouble());
        const qint64 expiresAt = qint64(r.json()
                                            .value(QLatin1String("granted"))
                                            .toObject()
                                            .value(QLatin1String("client_secret_expires_at"))
                                            .toDouble());
        QVERIFY2(
            expiresAt >= before + m_lifetime && expiresAt <= after + m_lifetime, r.out.constData());
        // Registering says at once that this secret cannot work (not "rotate it before then").
        const QString warning
            = r.json().value(QLatin1String("warnings")).toArray().at(0).toString();
        QVERIFY2(warning.contains(QLatin1String("expired on"))
                && warning.contains(QLatin1String("refuse")),
            qPrintable(warning));
        auto c = stored(rowId);
        QVERIFY2(c, why(c).constData());
        QCOMPARE(c->clientSecretExpiresAt,
            std::optional(QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC)));

        // The AS really refuses it (oidc-provider: 400 invalid_client, "its client secret is
        // expired").
        auto secret = keychainRead(Keychain::clientSecretKey(c->uuid));
        QVERIFY2(secret, why(secret).constData());
        const HttpExchange raw = tokenWith(c->clientId, *secret);
        QVERIFY2(raw.status == 400 || raw.status == 401, raw.responseBody.constData());
        QVERIFY2(raw.responseBody.contains("invalid_client"), raw.responseBody.constData());

        // The radar: expired (listed whatever the horizon).
        r = run({ QStringLiteral("expiring"), QStringLiteral("--within"), QStringLiteral("0d"),
            QStringLiteral("--json") });
        QVERIFY2(r.exit == 0, r.why().constData());
        const QJsonObject item = secretItem(r.json(), rowId);
        QCOMPARE(item.value(QLatin1String("urgency")).toString(), QStringLiteral("expired"));
        QCOMPARE(item.value(QLatin1String("expiresAt")).toString(), isoUtc(expiresAt));
        QVERIFY(item.value(QLatin1String("daysLeft")).toInt() < 0);

        // The doctor fails, exit 9 for CI: secret.expiry, and the live token with the reason.
        r = run(
            { QStringLiteral("doctor"), QStringLiteral("secret-gone"), QStringLiteral("--json") });
        QVERIFY2(r.exit == 9, r.why().constData());
        QVERIFY(!r.json().value(QLatin1String("ok")).toBool());
        const QJsonObject expiry = findingIn(r.json(), QStringLiteral("secret.expiry"));
        QCOMPARE(expiry.value(QLatin1String("outcome")).toString(), QStringLiteral("failure"));
        QCOMPARE(expiry.value(QLatin1String("title")).toString(),
            QStringLiteral("The client secret has expired."));
        const QJsonObject live = findingIn(r.json(), QStringLiteral("live.token"));
        QCOMPARE(live.value(QLatin1String("outcome")).toString(), QStringLiteral("failure"));
        const QString date = QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        QVERIFY2(live.value(QLatin1String("detail"))
                     .toString()
                     .contains(QStringLiteral("expired on ") + date),
            r.out.constData());

        // `token`: the refusal in plain words from the client's own record, the AS's words as
        // detail.
        r = run(
            { QStringLiteral("token"), QStringLiteral("secret-gone"), QStringLiteral("--json") });
        QVERIFY2(r.exit == 4, r.why().constData()); // the AS refused
        const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
        const QString message = error.value(QLatin1String("message")).toString();
        qInfo("token refused: %s", qPrintable(message));
        QVERIFY2(
            message.contains(QStringLiteral("the secret expired on ") + date), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("clients rotate-secret CLIENT --at-as")),
            qPrintable(message));
        QVERIFY2(
            !message.contains(QLatin1String("matches the one at the AS")), qPrintable(message));
        QVERIFY2(error.value(QLatin1String("detail"))
                     .toString()
                     .contains(QLatin1String("error=invalid_client")),
            r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestLiveSecretExpiry)
#include "tst_live_secret_expiry.moc"
