// SPDX-License-Identifier: GPL-3.0-or-later
// The negative binding check's verdict from its probes' answers (issue 15): the live suite
// (tst_live_binding) proves the probes against the test AS; this pins the rules between them.
#include "oauth/BindingProbe.h"

#include <QTest>

using namespace oauthdesk;

namespace {

HttpExchange answered(int status)
{
    HttpExchange ex;
    ex.status = status;
    return ex;
}

HttpExchange handshakeRefused()
{
    HttpExchange ex;
    ex.transportError = Error { ErrorCode::TlsFailure, QStringLiteral("certificate required"), {} };
    return ex;
}

BindingProbeOutcome probe(BindingProbeKind kind, const HttpExchange &ex)
{
    BindingProbeOutcome o;
    o.kind = kind;
    o.exchange = ex;
    o.answer = BindingProbe::classify(ex);
    return o;
}

} // namespace

class TestBindingVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAreClassified()
    {
        QCOMPARE(BindingProbe::classify(answered(401)), BindingProbeOutcome::Answer::Refused);
        QCOMPARE(BindingProbe::classify(answered(403)), BindingProbeOutcome::Answer::Refused);
        QCOMPARE(BindingProbe::classify(answered(200)), BindingProbeOutcome::Answer::Accepted);
        QCOMPARE(BindingProbe::classify(answered(404)), BindingProbeOutcome::Answer::Inconclusive);
        QCOMPARE(BindingProbe::classify(answered(500)), BindingProbeOutcome::Answer::Inconclusive);
    }

    void tokenRefusalsAreEnforced()
    {
        const auto v = BindingProbe::verdictOf(answered(200),
            { probe(BindingProbeKind::WithoutCertificate, answered(401)),
                probe(BindingProbeKind::OtherCertificate, handshakeRefused()) });
        QCOMPARE(v, BindingReport::Verdict::Enforced);
    }

    void handshakeRefusalsAloneProveNothingAboutTheToken()
    {
        BindingReport r;
        r.reference = answered(200);
        r.probes = { probe(BindingProbeKind::WithoutCertificate, handshakeRefused()),
            probe(BindingProbeKind::OtherCertificate, handshakeRefused()) };
        r.verdict = BindingProbe::verdictOf(r.reference, r.probes);
        QCOMPARE(r.verdict, BindingReport::Verdict::Inconclusive);
        QVERIFY(!r.enforced());
        QVERIFY2(
            r.verdictLines().join(QLatin1Char(' ')).contains(QStringLiteral("never presented")),
            qPrintable(r.verdictLines().join(QLatin1Char(' '))));
    }

    void anAcceptedProbeIsNotEnforced()
    {
        BindingReport r;
        r.reference = answered(200);
        r.probes = { probe(BindingProbeKind::WithoutCertificate, answered(200)),
            probe(BindingProbeKind::OtherCertificate, answered(401)) };
        r.verdict = BindingProbe::verdictOf(r.reference, r.probes);
        QCOMPARE(r.verdict, BindingReport::Verdict::AcceptedWithoutProof);
        QCOMPARE(r.problems().size(), 1);
    }

    void aFailedReferenceConcludesNothing()
    {
        QCOMPARE(BindingProbe::verdictOf(
                     answered(404), { probe(BindingProbeKind::WithoutCertificate, answered(401)) }),
            BindingReport::Verdict::ReferenceFailed);
    }
};

QTEST_GUILESS_MAIN(TestBindingVerdict)
#include "tst_binding_verdict.moc"
