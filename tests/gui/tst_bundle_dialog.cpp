// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, the support bundle dialog's choice of exchanges, offscreen over a real SQLite file
// and the real keyring:
// - an interactive (sign-in) client with no session so far: "Sign in now…", no fresh token; the
//   bundle says it holds no exchanges and how to get them;
// - "Sign in now…" runs the real Test sign-in (SignInTester on a loopback listener): the bundle
//   then holds the authorization request where it happened and the code exchange with the code
//   and code_verifier redacted, and the session is remembered as the client's last one;
// - a new dialog offers "Use the last session" with its time, chosen;
// - a client-credentials client whose Get test token ran: the last session and a fresh token.
// Without OAUTHDESK_TEST_ISSUER the AS is an address nobody listens on (127.0.0.1:1, its
// metadata cached) and the test's "browser" comes back to the listener with a made-up code, so
// the token exchange fails on the connection; under tests/live/with-as.sh (the live twin of this
// test) it is the real AS and TestBrowser signs the test user in. With OAUTHDESK_SCREENSHOT_DIR
// set, the dialog after the sign-in is saved there as issue15-bundle-signin.png.
#include "../live/TestBrowser.h"
#include "../support/AwaitLater.h"
#include "../support/SecretScan.h"
#include "GuiTestSupport.h"
#include "dialogs/SupportBundleDialog.h"
#include "oauth/Redaction.h"
#include "widgets/TimeFormat.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace oauthdesk;

namespace {

bool live()
{
    return qEnvironmentVariableIsSet("OAUTHDESK_TEST_ISSUER");
}

constexpr char kOfflineIssuer[] = "https://127.0.0.1:1";
const QByteArray kMadeUpCode = "made-up-authorization-code-0123456789";
const QByteArray kSecret = "basic-secret-0123456789abcdef"; // the test AS's basic-client

QByteArray concatenated(const QList<SupportBundleFile> &files)
{
    QByteArray out;
    for (const SupportBundleFile &f : files)
        out += f.content;
    return out;
}

QByteArray fileContent(const QList<SupportBundleFile> &files, const QString &suffix)
{
    for (const SupportBundleFile &f : files) {
        if (f.name.endsWith(suffix))
            return f.content;
    }
    return {};
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestBundleDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    OAuthClient m_native;
    OAuthClient m_service;
    QNetworkAccessManager m_nam;
    oauthdesk::test::TestBrowser m_browser;
    QUrl m_authorizationUrl;
    QByteArray m_code; ///< the code the browser brought back

    /// The system browser for "Sign in now…": live, TestBrowser signs the test user in;
    /// offline, the listener gets a made-up code with the request's state, as a browser would
    /// bring it.
    std::function<bool(const QUrl &)> browser()
    {
        return [this](const QUrl &url) {
            m_authorizationUrl = url;
            if (live()) {
                m_browser.open(url, qEnvironmentVariable("OAUTHDESK_TEST_CA"),
                    [this](oauthdesk::test::TestBrowser::Result r) {
                        m_code = r.callbackParam(QStringLiteral("code")).toUtf8();
                        if (!r.ok)
                            qWarning("browser: %s", qPrintable(r.hopsText()));
                    });
                return true;
            }
            const QUrlQuery asked(url);
            QUrl back(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QUrlQuery answer;
            answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(kMadeUpCode));
            answer.addQueryItem(QStringLiteral("state"),
                asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
            back.setQuery(answer);
            m_code = kMadeUpCode;
            QTimer::singleShot(50, this, [this, back] {
                QNetworkReply *reply = m_nam.get(QNetworkRequest(back));
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            });
            return true;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        m_ws = std::make_unique<Workspace>(
            QStringLiteral("io.github.oauthdesk.tst_bundle_dialog"), nullptr);
        QVERIFY(test::wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = test::wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Payments"), {}, {}, {} }));
        QVERIFY(app);
        Environment e;
        e.name = QStringLiteral("UAT");
        e.issuer = QUrl(live() ? qEnvironmentVariable("OAUTHDESK_TEST_ISSUER")
                               : QString::fromLatin1(kOfflineIssuer));
        e.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
        auto env = test::wait(m_ws->environments().save(e));
        QVERIFY2(env, test::why(env).constData());
        if (live()) {
            auto refreshed = test::wait(m_ws->environments().refreshDiscovery(env->id));
            QVERIFY2(refreshed, test::why(refreshed).constData());
        } else {
            const QByteArray metadata = QByteArray("{\"issuer\":\"") + kOfflineIssuer
                + "\",\"authorization_endpoint\":\"" + kOfflineIssuer
                + "/auth\",\"token_endpoint\":\"" + kOfflineIssuer + "/token\",\"jwks_uri\":\""
                + kOfflineIssuer + "/jwks\",\"code_challenge_methods_supported\":[\"S256\"]}";
            QVERIFY(test::wait(m_ws->environments().cacheDiscovery(*env, metadata)));
        }

        OAuthClient n = test::makeClient(app->id, QStringLiteral("Teller app"),
            QStringLiteral("native-client"), ApplicationType::Native);
        n.environmentId = env->id;
        n.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
        n.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access"),
            QStringLiteral("accounts:read") };
        auto native = test::wait(m_ws->clients().save(n, std::nullopt));
        QVERIFY2(native, test::why(native).constData());
        m_native = *native;

        OAuthClient s = test::makeClient(
            app->id, QStringLiteral("Reporting service"), QStringLiteral("basic-client"));
        s.environmentId = env->id;
        s.authMethod = AuthMethod::ClientSecretBasic;
        s.scopes = { QStringLiteral("accounts:read") };
        auto service = test::wait(m_ws->clients().save(s, SecretBytes::fromBytes(kSecret)));
        QVERIFY2(service, test::why(service).constData());
        m_service = *service;
    }

    void cleanupTestCase() { m_ws.reset(); }

    void aSignInClientWithoutASessionOffersToSignIn()
    {
        QVERIFY(!m_ws->tokenTests().lastSession(m_native));
        SupportBundleDialog dialog(*m_ws, m_native.id);
        QSignalSpy ready(&dialog, &SupportBundleDialog::ready);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("bundleSignIn"));
        auto *last = dialog.findChild<QRadioButton *>(QStringLiteral("bundleUseLast"));
        auto *fresh = dialog.findChild<QRadioButton *>(QStringLiteral("bundleFreshToken"));
        auto *none = dialog.findChild<QLabel *>(QStringLiteral("bundleNoSession"));
        QVERIFY(signIn && last && fresh && none);
        QVERIFY(signIn->isVisible() && signIn->isEnabled());
        QCOMPARE(signIn->text(), QStringLiteral("Sign &in now…"));
        QVERIFY(!last->isVisible());
        QVERIFY(!fresh->isVisible()); // no token without a browser for this one
        QVERIFY(none->isVisible());
        const QList<SupportBundleFile> files = dialog.files();
        const QByteArray readme = fileContent(files, QStringLiteral("README.txt"));
        QVERIFY2(readme.contains("holds no exchanges"), readme.constData());
        QVERIFY(readme.contains("Sign in now"));
        QVERIFY(readme.contains("--sign-in"));
        QCOMPARE(
            fileContent(files, QStringLiteral("exchanges.json")).trimmed(), QByteArray("[\n]"));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("bundleSave"))->isEnabled());
    }

    void signInNowBundlesTheSignIn()
    {
        SupportBundleDialog dialog(*m_ws, m_native.id);
        dialog.setBrowserOpener(browser());
        QSignalSpy ready(&dialog, &SupportBundleDialog::ready);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("bundleSignIn"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("bundleSave"));
        ready.clear();
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(!signIn->isEnabled());
        QVERIFY(!save->isEnabled()); // busy until the browser came back
        QVERIFY(ready.wait(60000));
        QVERIFY2(m_authorizationUrl.isValid(), qPrintable(dialog.statusText()));
        QVERIFY(!m_code.isEmpty());

        auto *last = dialog.findChild<QRadioButton *>(QStringLiteral("bundleUseLast"));
        QVERIFY(last->isVisible() && last->isChecked());
        QVERIFY2(last->text().contains(QStringLiteral("Test sign-in")), qPrintable(last->text()));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("bundleNoSession"))->isVisible());
        QCOMPARE(signIn->text(), QStringLiteral("Sign &in again…"));
        QVERIFY(save->isEnabled());
        if (live())
            QVERIFY2(dialog.statusText().contains(QStringLiteral("Token received.")),
                qPrintable(dialog.statusText()));

        // The browser's step, then the code traded, each where it happened.
        const QStringList names = dialog.fileNames();
        qsizetype step = -1, token = -1;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).endsWith(QLatin1String("-authorization-request.txt")))
                step = i;
            if (names.at(i).endsWith(QLatin1String("-token.txt")))
                token = i;
        }
        QVERIFY2(step >= 0 && token == step + 1, qPrintable(names.join(QLatin1Char(' '))));
        const QList<SupportBundleFile> files = dialog.files();
        const QByteArray marker = sharingMarker();
        const QByteArray exchange = fileContent(files, QStringLiteral("-token.txt"));
        QVERIFY(exchange.contains("grant_type=authorization_code"));
        QVERIFY(exchange.contains(QByteArray("code=" + marker)));
        QVERIFY(exchange.contains(QByteArray("code_verifier=" + marker)));
        const QByteArray authorization
            = fileContent(files, QStringLiteral("-authorization-request.txt"));
        QVERIFY(authorization.contains("code_challenge_method = S256"));
        QVERIFY(authorization.contains("Answer: The browser came back to http://127.0.0.1:"));
        const QByteArray all = concatenated(files);
        QVERIFY(!all.contains(m_code));
        QVERIFY(!all.contains(m_code.toPercentEncoding()));
        // The preview opens on the token exchange, redacted as saved.
        QVERIFY(dialog.previewText().contains(QStringLiteral("code_verifier=«redacted»")));

        // Remembered for the next bundle, sealed: no secret kept.
        const auto remembered = m_ws->tokenTests().lastSession(m_native);
        QVERIFY(remembered);
        QVERIFY(remembered->isSealed);
        QVERIFY(remembered->secrets.isEmpty());
        QCOMPARE(remembered->browserSteps.size(), 1);
        // The shot shows the browser's step: the part a bundle had no way to hold before.
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("bundleFiles"));
        QVERIFY(list);
        list->setCurrentItem(list->topLevelItem(int(step)));
        QVERIFY(dialog.previewText().startsWith(QStringLiteral("Authorization request")));
        shoot(&dialog, QStringLiteral("issue15-bundle-signin.png"));
    }

    void aNewBundleOffersTheLastSessionWithItsTime()
    {
        const auto remembered = m_ws->tokenTests().lastSession(m_native);
        QVERIFY(remembered);
        SupportBundleDialog dialog(*m_ws, m_native.id);
        QSignalSpy ready(&dialog, &SupportBundleDialog::ready);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        auto *last = dialog.findChild<QRadioButton *>(QStringLiteral("bundleUseLast"));
        QVERIFY(last->isVisible() && last->isChecked());
        const QString time = timeformat::time(remembered->finishedAt);
        QVERIFY2(
            last->text().contains(time), qPrintable(last->text() + QStringLiteral(" / ") + time));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("bundleSignIn"))->isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("bundleNoSession"))->isVisible());
        QVERIFY(dialog.fileNames()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("-authorization-request.txt")));
        QVERIFY(!concatenated(dialog.files()).contains(m_code));

        QSignalSpy saved(&dialog, &SupportBundleDialog::saved);
        const QString zip = m_dir.filePath(QStringLiteral("native.zip"));
        dialog.saveTo(zip);
        QVERIFY(saved.wait(5000));
        QProcess unzip;
        unzip.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
            { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip,
                m_dir.filePath(QStringLiteral("native")) });
        QVERIFY(unzip.waitForFinished(30000));
        QCOMPARE(unzip.exitCode(), 0);
        const QStringList hits
            = test::filesHoldingSecrets({ m_dir.filePath(QStringLiteral("native")) }, { m_code });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void aTokenClientOffersTheLastSessionAndAFreshToken()
    {
        // "Get test token" as the main window runs it (remembered), then the bundle.
        TokenTests::Options options;
        options.remember = true;
        auto session = test::wait(m_ws->tokenTests().open(m_service.id, options));
        QVERIFY2(session, test::why(session).constData());
        QSignalSpy finished(session->get(), &TokenSession::finished);
        (*session)->start();
        QVERIFY(finished.wait(60000));
        session->reset();
        const auto remembered = m_ws->tokenTests().lastSession(m_service);
        QVERIFY(remembered);
        QCOMPARE(remembered->kind, QStringLiteral("Get test token"));
        QVERIFY(!remembered->exchanges.isEmpty());

        SupportBundleDialog dialog(*m_ws, m_service.id);
        QSignalSpy ready(&dialog, &SupportBundleDialog::ready);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(ready.count() > 0 || ready.wait(60000));
        auto *last = dialog.findChild<QRadioButton *>(QStringLiteral("bundleUseLast"));
        auto *fresh = dialog.findChild<QRadioButton *>(QStringLiteral("bundleFreshToken"));
        QVERIFY(last->isVisible() && last->isChecked());
        QVERIFY(last->text().contains(QStringLiteral("Get test token")));
        QVERIFY(fresh->isVisible() && !fresh->isChecked());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("bundleSignIn"))->isVisible());
        const QByteArray basic = QByteArray("basic-client:" + kSecret).toBase64();
        QByteArray all = concatenated(dialog.files());
        QVERIFY(all.contains(QByteArray("Authorization: Basic " + sharingMarker())));
        QVERIFY(!all.contains(kSecret) && !all.contains(basic));

        // A fresh token instead: run for the bundle, not remembered in place of the last one.
        ready.clear();
        fresh->click();
        QVERIFY(ready.wait(60000));
        QVERIFY(dialog.statusText().startsWith(QStringLiteral("Test session: Get test token at ")));
        all = concatenated(dialog.files());
        QVERIFY(all.contains(QByteArray("Authorization: Basic " + sharingMarker())));
        QVERIFY(!all.contains(kSecret) && !all.contains(basic));
        QCOMPARE(m_ws->tokenTests().lastSession(m_service)->finishedAt, remembered->finishedAt);
        // And back to the last session, without running anything.
        ready.clear();
        last->click();
        QCOMPARE(ready.count(), 1);
    }
};

QTEST_MAIN(TestBundleDialog)
#include "tst_bundle_dialog.moc"
