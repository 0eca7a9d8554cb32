// SPDX-License-Identifier: GPL-3.0-or-later
// The subject DN helpers of the tls_client_auth key rotation (usecases/KeyRotationContext.h):
// RFC 4514 strings split with their escapes undone, the proposed new subject (the CN's rotation
// suffix counted up, within CN's 64 characters, other attributes kept and escaped again), the
// DN comparison the AS makes (order matters; case, runs of spaces and OIDs do not), and a DN
// back into CSR fields (SANs kept, an attribute a CSR of OAuthDesk cannot carry refused by name).
#include "usecases/KeyRotationContext.h"

#include <QTest>

using namespace oauthdesk;

class TestRotationSubject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsUndoEscapes()
    {
        const auto parts = dnParts(QStringLiteral("CN=Billing\\, EMEA,O=Example \\2B Co,c=DE"));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[0].first, QStringLiteral("CN"));
        QCOMPARE(parts[0].second, QStringLiteral("Billing, EMEA"));
        QCOMPARE(parts[1].second, QStringLiteral("Example + Co"));
        QCOMPARE(parts[2].first, QStringLiteral("C"));
    }

    void theProposedSubjectCountsUp()
    {
        QCOMPARE(proposedSubjectDn(QStringLiteral("CN=billing-service,O=Example Org"), {}),
            QStringLiteral("CN=billing-service-r2,O=Example Org"));
        QCOMPARE(proposedSubjectDn(QStringLiteral("CN=billing-service-r2,O=Example Org"), {}),
            QStringLiteral("CN=billing-service-r3,O=Example Org"));
        QCOMPARE(
            proposedSubjectDn(QStringLiteral("CN=a-r9,OU=x"), {}), QStringLiteral("CN=a-r10,OU=x"));
        // Escapes survive the round trip; no CN: the client's name gets one.
        QCOMPARE(proposedSubjectDn(QStringLiteral("CN=Billing\\, EMEA,O=Example"), {}),
            QStringLiteral("CN=Billing\\, EMEA-r2,O=Example"));
        QCOMPARE(proposedSubjectDn(QStringLiteral("O=Example"), QStringLiteral("settlement")),
            QStringLiteral("CN=settlement-r2,O=Example"));
        // Within CN's 64 characters.
        const QString longCn(64, QLatin1Char('x'));
        const QString proposed = proposedSubjectDn(QStringLiteral("CN=") + longCn, {});
        QCOMPARE(dnParts(proposed).constFirst().second.size(), 64);
        QVERIFY(proposed.endsWith(QLatin1String("-r2")));
    }

    void dnsCompareAsTheAsDoes()
    {
        QVERIFY(sameDn(QStringLiteral("CN=Billing,O=Example Org"),
            QStringLiteral("cn=billing, o=EXAMPLE  ORG")));
        QVERIFY(sameDn(QStringLiteral("2.5.4.3=billing,O=x"), QStringLiteral("CN=billing,O=x")));
        QVERIFY(!sameDn(QStringLiteral("CN=billing,O=x"), QStringLiteral("O=x,CN=billing")));
        QVERIFY(!sameDn(QStringLiteral("CN=billing,O=x"), QStringLiteral("CN=billing-r2,O=x")));
        QVERIFY(!sameDn(QStringLiteral("CN=billing,O=x"), QString()));
    }

    void aDnBecomesCsrFields()
    {
        auto f = subjectFromDn(
            QStringLiteral("CN=billing-r2,organizationIdentifier=PSDGB-FCA-123456,O=Example,C=DE"),
            { QStringLiteral("DNS:billing.example"),
                QStringLiteral("URI:https://billing.example/id") },
            {});
        QVERIFY2(f, f ? "" : qPrintable(f.error().message));
        QCOMPARE(f->commonName, QStringLiteral("billing-r2"));
        QCOMPARE(f->organisationIdentifier, QStringLiteral("PSDGB-FCA-123456"));
        QCOMPARE(f->country, QStringLiteral("DE"));
        QCOMPARE(f->dnsNames, QStringList { QStringLiteral("billing.example") });
        QCOMPARE(f->uris, QStringList { QStringLiteral("https://billing.example/id") });
        auto refused = subjectFromDn(QStringLiteral("CN=billing,L=Berlin"), {}, {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("L=Berlin")),
            qPrintable(refused.error().message));
        auto tooLong = subjectFromDn(QStringLiteral("CN=") + QString(65, QLatin1Char('x')), {}, {});
        QVERIFY(!tooLong);
    }
};

QTEST_GUILESS_MAIN(TestRotationSubject)
#include "tst_rotation_subject.moc"
