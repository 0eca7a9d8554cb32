// SPDX-License-Identifier: GPL-3.0-or-later
// The negative sender-constraint test (issue 15) against the REAL provider (with-as.sh) and the
// REAL keychain (with-keyring.sh): a self_signed_tls_client_auth client with certificate-bound
// tokens calls /api/strict/echo (which enforces RFC 8705 §3: both probes refused) and
// /api/lax/echo (which ignores cnf: "accepted without its certificate", in red); a secret client's
// unbound token is not offered the check, with the reason; and oauthdesk-cli check-binding's exit
// statuses for each case.
#include "../support/AwaitLater.h"
#include "BindingSetup.h"
#include "oauth/BindingProbe.h"
#include "usecases/Workspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

class TestLiveBinding final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<Workspace> m_ws;

    /// A session for @p name with its first token.
    std::unique_ptr<TokenSession> session(const QString &name)
    {
        auto client = wait(m_ws->clients().find(name));
        if (!client)
            return nullptr;
        auto s = wait(m_ws->tokenTests().open(client->id, {}));
        if (!s)
            return nullptr;
        QSignalSpy finished(s->get(), &TokenSession::finished);
        (*s)->start();
        if (!finished.wait(20000))
            return nullptr;
        return std::move(*s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("OAUTHDESK_TEST_ISSUER"),
            "run through tests/live/with-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        qRegisterMetaType<TokenTestResult>();
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        const auto failed = test::setUpBindingClients(m_data);
        QVERIFY2(!failed, failed ? failed->constData() : "");
        // The same data file and keychain entries the CLI wrote, through the use cases.
        m_ws = std::make_unique<Workspace>();
        QVERIFY(wait(m_ws->open(Workspace::resolvePath(m_data))));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void anEnforcingApiRefusesBothProbes()
    {
        auto s = session(QStringLiteral("bound"));
        QVERIFY(s);
        QVERIFY(s->lastResult() && s->lastResult()->ok());
        const BindingCheckOffer offer = BindingProbe::offer(*s);
        QVERIFY2(offer.offered(), qPrintable(offer.reason));
        QCOMPARE(offer.constraint, SenderConstraint::Certificate);
        const QString bound = s->lastResult()->binding->tokenThumbprint;
        QVERIFY(!bound.isEmpty());

        auto report = wait(BindingProbe::run(*s, "GET", QStringLiteral("/strict/echo"), {}));
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->reference.status, 200);
        QVERIFY(report->reference.responseBody.contains("\"cnf_ok\":true"));
        QCOMPARE(report->probes.size(), 2);
        QCOMPARE(report->probes[0].kind, BindingProbeKind::WithoutCertificate);
        QCOMPARE(report->probes[1].kind, BindingProbeKind::OtherCertificate);
        for (const BindingProbeOutcome &p : report->probes) {
            QCOMPARE(p.exchange.status, 401);
            QCOMPARE(p.answer, BindingProbeOutcome::Answer::Refused);
            QVERIFY2(p.message().contains(QLatin1String("invalid_token")), qPrintable(p.message()));
            QVERIFY(!p.exchange.request.clientKeyPkcs8Der); // no private key kept in the report
        }
        QVERIFY(report->probes[0].exchange.request.clientCertificateChainDer.isEmpty());
        // Another certificate really was presented: a fresh one, not the bound one.
        QCOMPARE(report->probes[1].exchange.request.clientCertificateChainDer.size(), 1);
        QVERIFY(!report->probes[1].certificateThumbprint.isEmpty());
        QVERIFY(report->probes[1].certificateThumbprint != bound);
        QVERIFY(report->probes[1].exchange.responseBody.contains("another certificate"));
        QCOMPARE(report->verdict, BindingReport::Verdict::Enforced);
        QCOMPARE(report->verdictLines(),
            QStringList { QStringLiteral("✔ The API enforces the binding") });
        QVERIFY(report->problems().isEmpty());
        // The token itself never appears in a rendering of the exchanges.
        const QByteArray token = s->lastResult()->token.result->accessToken->toByteArray();
        for (const BindingProbeOutcome &p : report->probes)
            QVERIFY(!p.exchange.requestText().toUtf8().contains(token));
    }

    void aLaxApiIsCaughtAcceptingTheBoundTokenWithoutItsCertificate()
    {
        auto s = session(QStringLiteral("bound"));
        QVERIFY(s);
        auto report = wait(BindingProbe::run(*s, "GET", QStringLiteral("/lax/echo"), {}));
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->reference.status, 200);
        QCOMPARE(report->verdict, BindingReport::Verdict::AcceptedWithoutProof);
        QVERIFY(!report->enforced());
        QCOMPARE(report->probes.size(), 2);
        for (const BindingProbeOutcome &p : report->probes) {
            QCOMPARE(p.exchange.status, 200);
            QCOMPARE(p.answer, BindingProbeOutcome::Answer::Accepted);
            QVERIFY(p.exchange.responseBody.contains(
                "\"cnf_ok\":false")); // the AS saw the mismatch, the API let it pass
        }
        QCOMPARE(report->verdictLines(),
            (QStringList {
                QStringLiteral("✘ The API accepted a bound token without its certificate"),
                QStringLiteral("✘ The API accepted a bound token with another certificate") }));
        QCOMPARE(report->verdictName(), QStringLiteral("not_enforced"));
    }

    void aCallThatFailsWithTheCertificateJudgesNothing()
    {
        auto s = session(QStringLiteral("bound"));
        QVERIFY(s);
        auto report = wait(BindingProbe::run(*s, "GET", QStringLiteral("/no-such-api"), {}));
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->reference.status, 404);
        QVERIFY(report->probes.isEmpty()); // nothing probed
        QCOMPARE(report->verdict, BindingReport::Verdict::ReferenceFailed);
        QVERIFY2(report->verdictLines().first().contains(QLatin1String("404")),
            qPrintable(report->verdictLines().first()));
    }

    void anUnboundTokenIsNotOfferedTheCheck()
    {
        auto s = session(QStringLiteral("plain"));
        QVERIFY(s);
        QVERIFY(s->lastResult() && s->lastResult()->ok());
        const BindingCheckOffer offer = BindingProbe::offer(*s);
        QVERIFY(!offer.offered());
        QVERIFY2(offer.reason.contains(QLatin1String("cnf.x5t#S256"))
                && offer.reason.contains(QLatin1String("not")),
            qPrintable(offer.reason));
        auto report = wait(BindingProbe::run(*s, "GET", QStringLiteral("/strict/echo"), {}));
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QCOMPARE(report.error().message, offer.reason);
    }

    void theCliSaysItWithItsExitStatus()
    {
        using test::runCli;
        test::CliRun r = runCli(m_data,
            { QStringLiteral("check-binding"), QStringLiteral("bound"),
                QStringLiteral("/strict/echo") });
        QVERIFY2(r.exit == 0, r.why().constData());
        QVERIFY2(r.out.startsWith("✔ The API enforces the binding\n"), r.why().constData());
        QVERIFY2(r.out.contains("Without the certificate: refused, HTTP 401"), r.why().constData());
        QVERIFY2(
            r.out.contains("With another certificate: refused, HTTP 401"), r.why().constData());

        r = runCli(m_data,
            { QStringLiteral("check-binding"), QStringLiteral("bound"), QStringLiteral("/lax/echo"),
                QStringLiteral("--json") });
        QVERIFY2(r.exit == 9, r.why().constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("verdict")).toString(), QStringLiteral("not_enforced"));
        const QJsonArray probes = o.value(QLatin1String("probes")).toArray();
        QCOMPARE(probes.size(), 2);
        QCOMPARE(probes[0].toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("without_certificate"));
        QCOMPARE(probes[0].toObject().value(QLatin1String("answer")).toString(),
            QStringLiteral("accepted"));
        QCOMPARE(probes[1].toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("other_certificate"));
        QCOMPARE(probes[1].toObject().value(QLatin1String("status")).toInt(), 200);
        QVERIFY(!r.out.contains("eyJ")); // no JWT (token) in the output

        r = runCli(m_data,
            { QStringLiteral("check-binding"), QStringLiteral("plain"),
                QStringLiteral("/strict/echo") });
        QVERIFY2(r.exit == 3, r.why().constData());
        QVERIFY2(r.err.contains("not sender-constrained"), r.why().constData());

        r = runCli(m_data,
            { QStringLiteral("check-binding"), QStringLiteral("bound"),
                QStringLiteral("/no-such-api") });
        QVERIFY2(r.exit == 4, r.why().constData());
    }
};

QTEST_GUILESS_MAIN(TestLiveBinding)
#include "tst_live_binding.moc"
