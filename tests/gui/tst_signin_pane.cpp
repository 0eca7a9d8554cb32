// SPDX-License-Identifier: GPL-3.0-or-later
// The result pane's handling of sign-in results and the token actions, offscreen, fed the
// results the testers would emit (the live suites drive them against the real AS):
// - a sign-in whose ID token fails a check is shown as rejected (red), never as success;
// - an accepted one shows the verified ID token and its checks, and its certificate binding;
// - Introspect / Revoke follow what the AS's discovery offers;
// - tokens in the raw exchange are redacted.
#include "SignInResults.h"
#include "dialogs/TokenActionsTab.h"
#include "dialogs/TokenTestDialog.h"
#include "oauth/SignInTester.h"
#include "oauth/Transport.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>

using namespace oauthdesk;

using namespace oauthdesk::test;

class TestSignInPane final : public QObject
{
    Q_OBJECT

private:
    Transport m_transport;

    static QString banner(TokenTestDialog &d)
    {
        return d.findChild<QLabel *>(QStringLiteral("tokenBanner"))->text();
    }
    static QString facts(TokenTestDialog &d)
    {
        return d.findChild<QLabel *>(QStringLiteral("tokenFacts"))->text();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SignInResult>(); }

    void rejectedIdTokenIsNotASuccess()
    {
        auto *tester = new SignInTester(&m_transport, environment(), client(true), {});
        TokenTestDialog dlg(tester);
        SignInResult r;
        r.token = tokenResult(true);
        r.idToken = idCheck(false);
        QVERIFY(!r.ok());
        Q_EMIT tester->finished(r);
        QVERIFY2(banner(dlg).startsWith(
                     QStringLiteral("Tokens received, but the ID token was NOT accepted")),
            qPrintable(banner(dlg)));
        QVERIFY(banner(dlg).contains(QStringLiteral("aud: Audience is another client")));
        QVERIFY(dlg.findChild<QLabel *>(QStringLiteral("tokenBanner"))
                    ->styleSheet()
                    .contains(QStringLiteral("#ffebee")));
        QVERIFY2(
            facts(dlg).contains(QStringLiteral("ID token NOT accepted")), qPrintable(facts(dlg)));
        QVERIFY(!facts(dlg).contains(QStringLiteral("ID token verified")));
        QVERIFY(!dlg.findChild<QPushButton *>(QStringLiteral("refreshNow"))->isEnabled());
    }

    void acceptedIdTokenShowsItsChecks()
    {
        auto *tester = new SignInTester(&m_transport, environment(), client(true), {});
        TokenTestDialog dlg(tester);
        SignInResult r;
        r.token = tokenResult(true);
        r.idToken = idCheck(true);
        QVERIFY(r.ok());
        Q_EMIT tester->finished(r);
        QVERIFY2(banner(dlg).startsWith(QStringLiteral("Signed in; tokens received")),
            qPrintable(banner(dlg)));
        QVERIFY2(facts(dlg).contains(QStringLiteral("ID token verified"))
                && facts(dlg).contains(QStringLiteral("alice")),
            qPrintable(facts(dlg)));
        const QString claims
            = dlg.findChild<QTextBrowser *>(QStringLiteral("tokenClaims"))->toPlainText();
        QVERIFY2(claims.contains(QStringLiteral("ID token (OpenID Connect)"))
                && claims.contains(QStringLiteral("Audience contains this client")),
            qPrintable(claims));
        // The raw exchange never shows the tokens (the decoded views show their claims).
        const QString raw
            = dlg.findChild<QPlainTextEdit *>(QStringLiteral("tokenExchange"))->toPlainText();
        QVERIFY2(!raw.contains(QStringLiteral("SECRET-VALUE")), qPrintable(raw));
        QVERIFY(raw.contains(QStringLiteral("\"refresh_token\":\"<redacted>\"")));
    }

    /// The pane shows a sign-in's certificate binding as it shows a test token's: the one
    /// token inspector fills it in for both (RFC 8705 §3).
    void signInShowsTheCertificateBinding()
    {
        auto *tester = new SignInTester(&m_transport, environment(), client(true), {});
        TokenTestDialog dlg(tester);
        QCOMPARE(dlg.session(), tester);
        QCOMPARE(dlg.signInTester(), tester);
        QVERIFY(!dlg.tester());
        SignInResult r;
        r.token = tokenResult(true);
        r.idToken = idCheck(true);
        CertificateBinding b;
        b.presentedThumbprint = QStringLiteral("thumb-1");
        b.tokenThumbprint = QStringLiteral("thumb-1");
        b.expected = true;
        r.token.binding = b;
        Q_EMIT tester->finished(r);
        QVERIFY2(banner(dlg).startsWith(QStringLiteral("Signed in; tokens received")),
            qPrintable(banner(dlg)));
        QVERIFY2(facts(dlg).contains(QStringLiteral("Certificate-bound: cnf.x5t#S256 matches")),
            qPrintable(facts(dlg)));
        QVERIFY(facts(dlg).contains(QStringLiteral("ID token verified")));
        QVERIFY(dlg.result() && dlg.result()->binding && dlg.result()->binding->bound());
    }

    void noBrowserKeepsWaitingWithTheLink()
    {
        auto *tester = new SignInTester(&m_transport, environment(), client(true), {});
        tester->setBrowserOpener([](const QUrl &) { return false; }); // no browser on this desktop
        TokenTestDialog dlg(tester);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        QSignalSpy finished(tester, &SignInTester::finished);
        tester->start();
        QVERIFY2(banner(dlg).contains(QStringLiteral("could not open a web browser")),
            qPrintable(banner(dlg)));
        QVERIFY(banner(dlg).contains(QStringLiteral("keeps listening on http://127.0.0.1:")));
        QVERIFY(dlg.findChild<QPushButton *>(QStringLiteral("copySignInLink"))->isVisible());
        QVERIFY(dlg.findChild<QPushButton *>(QStringLiteral("cancelSignIn"))->isVisible());
        QCOMPARE(finished.count(), 0);
        QTest::mouseClick(
            dlg.findChild<QPushButton *>(QStringLiteral("cancelSignIn")), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!dlg.findChild<QPushButton *>(QStringLiteral("copySignInLink"))->isVisible());
        QVERIFY(!dlg.findChild<QPushButton *>(QStringLiteral("refreshNow"))->isEnabled());
    }

    void tokenActionsFollowDiscovery()
    {
        // Introspection offered, revocation not: only the matching buttons, and why not.
        auto *tester = new TokenTester(&m_transport, environment(true, false), client(false),
            std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(QStringLiteral("s"))));
        TokenTestDialog dlg(tester);
        auto *introspectAccess = dlg.findChild<QPushButton *>(QStringLiteral("introspectAccess"));
        auto *introspectRefresh = dlg.findChild<QPushButton *>(QStringLiteral("introspectRefresh"));
        auto *revokeAccess = dlg.findChild<QPushButton *>(QStringLiteral("revokeAccess"));
        QVERIFY(!introspectAccess->isEnabled()); // no token yet
        Q_EMIT tester->finished(tokenResult(false));
        QVERIFY(introspectAccess->isEnabled());
        QVERIFY(!introspectRefresh->isEnabled()); // no refresh token came
        QVERIFY(!revokeAccess->isEnabled());
        QVERIFY(revokeAccess->toolTip().contains(QStringLiteral("no revocation endpoint")));
    }

    /// Regression (issue 13): a request that does not finish is visible as such (with its
    /// deadline) and can be cancelled from the pane; nothing stays "Requesting…".
    void aSlowRequestCanBeCancelled()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString issuer = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
        Environment env;
        env.id = 1;
        env.name = QStringLiteral("Slow AS");
        env.issuer = QUrl(issuer);
        env.discoveryDocument = QJsonDocument(
            QJsonObject { { QStringLiteral("issuer"), issuer },
                { QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/token")) } })
                                    .toJson(QJsonDocument::Compact);
        auto *tester = new TokenTester(&m_transport, env, client(false),
            std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(QStringLiteral("s"))));
        TokenTestDialog dlg(tester);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        auto *cancel = dlg.findChild<QPushButton *>(QStringLiteral("cancelSignIn"));
        auto *again = dlg.findChild<QPushButton *>(QStringLiteral("getTokenAgain"));
        QSignalSpy finished(tester, &TokenTester::finished);
        tester->start();
        QVERIFY2(
            banner(dlg).contains(QStringLiteral("gives up after 30 s")), qPrintable(banner(dlg)));
        QVERIFY(cancel->isVisible());
        QCOMPARE(cancel->text(), QStringLiteral("&Cancel request"));
        QVERIFY(!again->isEnabled());
        QTest::qWait(200);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QVERIFY2(
            banner(dlg).startsWith(QStringLiteral("No token. Cancelled")), qPrintable(banner(dlg)));
        QVERIFY(!cancel->isVisible());
        QVERIFY(again->isEnabled());
        QVERIFY(!tester->isBusy());
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1); // the aborted request does not answer a second time
    }

    /// Regression (issue 12, defects 4 and 9): an opaque bound token is "unknown until
    /// introspected", and introspection settles it; after a revocation the header no longer
    /// says "Token received" with a live countdown.
    void introspectionSettlesTheBindingAndRevocationShowsInTheHeader()
    {
        auto *tester = new TokenTester(&m_transport, environment(), client(false),
            std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(QStringLiteral("s"))));
        TokenTestDialog dlg(tester);
        auto *actions = dlg.findChild<TokenActionsTab *>(QStringLiteral("tokenActions"));
        QVERIFY(actions);
        TokenTestResult r = tokenResult(true);
        CertificateBinding b;
        b.presentedThumbprint = QStringLiteral("thumb-1");
        b.expected = true;
        b.evidence = BindingEvidence::NotVisible; // what TokenTester sets for an opaque token
        r.binding = b;
        Q_EMIT tester->finished(r);
        QVERIFY(banner(dlg).startsWith(QStringLiteral("Token received")));
        QVERIFY2(facts(dlg).contains(QStringLiteral("unknown until introspected")),
            qPrintable(facts(dlg)));
        QVERIFY(!facts(dlg).contains(QStringLiteral("NOT certificate-bound")));

        const quintptr access
            = TokenActionsTab::tokenIdentity(dlg.result(), TokenKind::AccessToken);
        const quintptr refresh
            = TokenActionsTab::tokenIdentity(dlg.result(), TokenKind::RefreshToken);
        QVERIFY(access && refresh && access != refresh);
        // An answer about an earlier token (a renewal came meanwhile) changes nothing on screen.
        Q_EMIT actions->introspectionAnswered(TokenKind::AccessToken, access + 1,
            QJsonObject { { QStringLiteral("active"), true },
                { QStringLiteral("cnf"),
                    QJsonObject { { QStringLiteral("x5t#S256"), QStringLiteral("thumb-1") } } } });
        QVERIFY(facts(dlg).contains(QStringLiteral("unknown until introspected")));
        Q_EMIT actions->tokenRevoked(TokenKind::AccessToken, access + 1);
        QVERIFY(banner(dlg).startsWith(QStringLiteral("Token received")));

        Q_EMIT actions->introspectionAnswered(TokenKind::AccessToken, access,
            QJsonObject { { QStringLiteral("active"), true },
                { QStringLiteral("cnf"),
                    QJsonObject { { QStringLiteral("x5t#S256"), QStringLiteral("thumb-1") } } } });
        QVERIFY2(
            facts(dlg).contains(QStringLiteral("Certificate-bound (from the AS's introspection)")),
            qPrintable(facts(dlg)));
        QVERIFY(dlg.result()->binding->bound());

        auto *countdown = dlg.findChild<QLabel *>(QStringLiteral("tokenCountdown"));
        QTRY_VERIFY(countdown->text().startsWith(QStringLiteral("Expires in")));
        Q_EMIT actions->tokenRevoked(TokenKind::RefreshToken, refresh);
        QVERIFY2(
            banner(dlg).contains(QStringLiteral("Refresh token revoked")), qPrintable(banner(dlg)));
        Q_EMIT actions->tokenRevoked(TokenKind::AccessToken, access);
        QVERIFY2(banner(dlg).startsWith(QStringLiteral("Access token revoked")),
            qPrintable(banner(dlg)));
        QVERIFY(!banner(dlg).contains(QStringLiteral("Token received")));
        QVERIFY(countdown->text().startsWith(QStringLiteral("Revoked at")));
        QTest::qWait(1100); // the countdown's tick does not bring the expiry back
        QVERIFY2(countdown->text().startsWith(QStringLiteral("Revoked at")),
            qPrintable(countdown->text()));
        // A new token is a new story.
        Q_EMIT tester->finished(tokenResult(false));
        QVERIFY(banner(dlg).startsWith(QStringLiteral("Token received")));
        QVERIFY(countdown->text().startsWith(QStringLiteral("Expires in")));
    }
};

QTEST_MAIN(TestSignInPane)
#include "tst_signin_pane.moc"
