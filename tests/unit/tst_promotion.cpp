// SPDX-License-Identifier: GPL-3.0-or-later
// The pure half of issue 15 "UAT → Production": the side-by-side diff and the promotion plan.
#include "usecases/Promotion.h"

#include <QTest>

using namespace oauthdesk;

namespace {

Environment env(qint64 id, const QString &name, const QString &issuer)
{
    Environment e;
    e.id = id;
    e.name = name;
    e.issuer = QUrl(issuer);
    return e;
}

OAuthClient client(qint64 id, qint64 envId, const QString &name)
{
    OAuthClient c;
    c.id = id;
    c.applicationId = 1;
    c.environmentId = envId;
    c.name = name;
    c.clientId = name + QStringLiteral("-") + QString::number(envId);
    c.grantTypes = { GrantType::ClientCredentials };
    c.authMethod = AuthMethod::ClientSecretBasic;
    c.scopes = { QStringLiteral("accounts:read") };
    return c;
}

const FieldDifference *field(const ClientPairDiff &p, const QString &key)
{
    for (const FieldDifference &f : p.fields) {
        if (f.field == key)
            return &f;
    }
    return nullptr;
}

DiscoveryMetadata productionMetadata()
{
    DiscoveryMetadata m;
    m.issuer = QStringLiteral("https://as.example.com");
    m.tokenEndpoint = QUrl(QStringLiteral("https://as.example.com/token"));
    m.registrationEndpoint = QUrl(QStringLiteral("https://as.example.com/reg"));
    m.tokenEndpointAuthMethods
        = { QStringLiteral("client_secret_basic"), QStringLiteral("private_key_jwt") };
    m.grantTypes = { QStringLiteral("client_credentials"), QStringLiteral("authorization_code"),
        QStringLiteral("refresh_token") };
    m.scopes = { QStringLiteral("openid"), QStringLiteral("accounts:read") };
    return m;
}

QStringList values(const PromotionPlan &plan, PromotionItem::Kind kind, const QString &fieldKey)
{
    QStringList out;
    for (const PromotionItem &i : plan.itemsOf(kind)) {
        if (i.field == fieldKey)
            out.append(i.value);
    }
    return out;
}

} // namespace

class TestPromotion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSettingsAreIdenticalWhateverTheClientIds()
    {
        const Environment uat
            = env(1, QStringLiteral("UAT"), QStringLiteral("https://127.0.0.1:9443"));
        const Environment prod
            = env(2, QStringLiteral("Production"), QStringLiteral("https://as.example.com"));
        OAuthClient a = client(10, 1, QStringLiteral("billing"));
        OAuthClient b = client(11, 2, QStringLiteral("billing"));
        b.scopes = { QStringLiteral("accounts:read") };
        const EnvironmentDiff d = diffEnvironments(uat, prod, { a, b }, {});
        QCOMPARE(d.pairs.size(), 1);
        QVERIFY(d.identical());
        const FieldDifference *id = field(d.pairs.first(), QStringLiteral("client_id"));
        QVERIFY(id);
        QVERIFY(id->differs); // shown as different…
        QVERIFY(id->informational); // …but not counted
        QCOMPARE(d.pairs.first().differenceCount(), 0);
    }

    void eachDifferingSettingIsNamedWithBothValues()
    {
        const Environment uat
            = env(1, QStringLiteral("UAT"), QStringLiteral("https://127.0.0.1:9443"));
        const Environment prod
            = env(2, QStringLiteral("Production"), QStringLiteral("https://as.example.com"));
        OAuthClient a = client(10, 1, QStringLiteral("billing"));
        a.scopes = { QStringLiteral("payments:write"), QStringLiteral("accounts:read") };
        a.accessTokenLifetimeSeconds = 600;
        a.signingCertificateId = 100;
        OAuthClient b = client(11, 2, QStringLiteral("billing"));
        b.scopes = { QStringLiteral("accounts:read") };
        b.authMethod = AuthMethod::PrivateKeyJwt;
        b.signingCertificateId = 101;
        CertificateRecord ca;
        ca.id = 100;
        ca.keyAlgorithm = KeyAlgorithm::Rsa2048;
        ca.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        CertificateRecord cb = ca;
        cb.id = 101;
        cb.keyAlgorithm = KeyAlgorithm::EcP256;
        const EnvironmentDiff d
            = diffEnvironments(uat, prod, { a, b }, { { 100, ca }, { 101, cb } });
        QCOMPARE(d.pairs.size(), 1);
        const ClientPairDiff &p = d.pairs.first();
        QVERIFY(!d.identical());
        // Scopes compare as a set: the order of the list is not a difference.
        const FieldDifference *scopes = field(p, QStringLiteral("scopes"));
        QVERIFY(scopes && scopes->differs);
        QCOMPARE(scopes->a, QStringLiteral("accounts:read payments:write"));
        QCOMPARE(scopes->b, QStringLiteral("accounts:read"));
        QVERIFY(field(p, QStringLiteral("auth_method"))->differs);
        QVERIFY(field(p, QStringLiteral("access_token_lifetime"))->differs);
        QCOMPARE(field(p, QStringLiteral("signing_certificate.key_algorithm"))->a,
            toWire(KeyAlgorithm::Rsa2048));
        QVERIFY(field(p, QStringLiteral("signing_certificate.key_algorithm"))->differs);
        QVERIFY(!field(p, QStringLiteral("signing_certificate.expiry"))->differs);
        QVERIFY(!field(p, QStringLiteral("grant_types"))->differs);
        // private_key_jwt on one side: the environments' assertion audiences are compared.
        QVERIFY(field(p, QStringLiteral("assertion_audience")));
        QVERIFY(
            !field(p, QStringLiteral("assertion_audience"))->differs); // both environments' default
        QCOMPARE(p.differenceCount(), 4); // scopes, method, lifetime, key algorithm
    }

    void clientsOnOneSideOnlyArePairedWithNothing()
    {
        const Environment uat
            = env(1, QStringLiteral("UAT"), QStringLiteral("https://127.0.0.1:9443"));
        const Environment prod
            = env(2, QStringLiteral("Production"), QStringLiteral("https://as.example.com"));
        OAuthClient other
            = client(12, 3, QStringLiteral("elsewhere")); // a third environment: left out
        const EnvironmentDiff d = diffEnvironments(uat, prod,
            { client(10, 1, QStringLiteral("alpha")), client(11, 2, QStringLiteral("beta")),
                other },
            {});
        QCOMPARE(d.pairs.size(), 2);
        QCOMPARE(d.pairs.at(0).name, QStringLiteral("alpha"));
        QVERIFY(d.pairs.at(0).onlyInA());
        QCOMPARE(d.pairs.at(1).name, QStringLiteral("beta"));
        QVERIFY(d.pairs.at(1).onlyInB());
        QCOMPARE(d.differingPairs(), 2);
        // Another application's client with the same name is another pair (application filter too).
        OAuthClient otherApp = client(13, 2, QStringLiteral("alpha"));
        otherApp.applicationId = 2;
        const EnvironmentDiff filtered = diffEnvironments(
            uat, prod, { client(10, 1, QStringLiteral("alpha")), otherApp }, {}, 1);
        QCOMPARE(filtered.pairs.size(), 1);
        QVERIFY(filtered.pairs.first().onlyInA());
    }

    void thePlanRefusesWhatTheTargetDoesNotSupportNamingEach()
    {
        const Environment uat
            = env(1, QStringLiteral("UAT"), QStringLiteral("https://127.0.0.1:9443"));
        const Environment prod
            = env(2, QStringLiteral("Production"), QStringLiteral("https://as.example.com"));
        OAuthClient c = client(10, 1, QStringLiteral("billing"));
        c.authMethod = AuthMethod::ClientSecretPost;
        c.scopes = { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };
        const DiscoveryMetadata m = productionMetadata();
        const PromotionPlan plan = planPromotion(c, &uat, prod, &m, { c }, {});
        QVERIFY(plan.blocked());
        QCOMPARE(values(plan, PromotionItem::Kind::Refused, QStringLiteral("auth_method")),
            QStringList { QStringLiteral("client_secret_post") });
        QCOMPARE(values(plan, PromotionItem::Kind::Refused, QStringLiteral("scopes")),
            QStringList { QStringLiteral("payments:write") });
        for (const PromotionItem &i : plan.itemsOf(PromotionItem::Kind::Refused))
            QVERIFY2(i.text.contains(QStringLiteral("Production")), qPrintable(i.text));
        // Supported settings: nothing refused; the secret and the client ID are fresh.
        c.authMethod = AuthMethod::ClientSecretBasic;
        c.scopes = { QStringLiteral("accounts:read") };
        const PromotionPlan ok = planPromotion(c, &uat, prod, &m, { c }, {});
        QVERIFY(!ok.blocked());
        QVERIFY(ok.targetCanRegister);
        QCOMPARE(values(ok, PromotionItem::Kind::Fresh, QStringLiteral("client_secret")).size(), 1);
        QCOMPARE(values(ok, PromotionItem::Kind::Fresh, QStringLiteral("client_id")).size(), 1);
        QCOMPARE(ok.draft.environmentId, std::optional<qint64>(2));
        QVERIFY(ok.draft.clientId.isEmpty());
        QVERIFY(ok.draft.uuid.isEmpty());
        QCOMPARE(ok.draft.id, 0);
        QCOMPARE(ok.draft.scopes, c.scopes);
    }

    void withoutRegistrationTheClientIdCannotBeCopied()
    {
        const Environment uat
            = env(1, QStringLiteral("UAT"), QStringLiteral("https://127.0.0.1:9443"));
        const Environment prod
            = env(2, QStringLiteral("Production"), QStringLiteral("https://as.example.com"));
        DiscoveryMetadata m = productionMetadata();
        m.registrationEndpoint.clear();
        const OAuthClient c = client(10, 1, QStringLiteral("billing"));
        const PromotionPlan plan = planPromotion(c, &uat, prod, &m, { c }, {});
        QVERIFY(!plan.targetCanRegister);
        QCOMPARE(values(plan, PromotionItem::Kind::NotCopied, QStringLiteral("client_id")),
            QStringList { c.clientId });
        // Unknown discovery: support unchecked, said as a warning, not refused.
        const PromotionPlan unknown = planPromotion(c, &uat, prod, nullptr, { c }, {});
        QVERIFY(!unknown.blocked());
        QCOMPARE(
            values(unknown, PromotionItem::Kind::Warning, QStringLiteral("discovery")).size(), 1);
    }

    void certificatesAreNeverCopiedButMadeFresh()
    {
        const Environment uat
            = env(1, QStringLiteral("UAT"), QStringLiteral("https://127.0.0.1:9443"));
        const Environment prod
            = env(2, QStringLiteral("Production"), QStringLiteral("https://as.example.com"));
        const DiscoveryMetadata m = [] {
            DiscoveryMetadata x = productionMetadata();
            x.tokenEndpointAuthMethods.append(QStringLiteral("tls_client_auth"));
            return x;
        }();
        OAuthClient c = client(10, 1, QStringLiteral("mtls"));
        c.authMethod = AuthMethod::TlsClientAuth;
        c.transportCertificateId = 7;
        c.certificateBoundTokens = true;
        CertificateRecord t;
        t.id = 7;
        t.purpose = CertificatePurpose::Transport;
        t.keyAlgorithm = KeyAlgorithm::EcP384;
        t.subjectDn = QStringLiteral("CN=billing-service,O=Example Org");
        t.state = CertificateState::Issued;
        const PromotionPlan plan = planPromotion(c, &uat, prod, &m, { c }, { { 7, t } });
        QVERIFY(!plan.blocked());
        QVERIFY(!plan.draft.transportCertificateId); // never the source's certificate
        QCOMPARE(values(plan, PromotionItem::Kind::Fresh, QStringLiteral("transport_key")),
            QStringList { t.subjectDn });
        QCOMPARE(
            values(plan, PromotionItem::Kind::NotCopied, QStringLiteral("transport_certificate")),
            QStringList { t.subjectDn });
        // Without the certificate record the plan refuses (nothing to copy the subject from).
        const PromotionPlan missing = planPromotion(c, &uat, prod, &m, { c }, {});
        QVERIFY(missing.blocked());
        QCOMPARE(
            values(missing, PromotionItem::Kind::Refused, QStringLiteral("transport_certificate"))
                .size(),
            1);
    }

    void loopbackRedirectsIntoProductionAreWarnedAboutExceptForNativeApps()
    {
        const Environment uat
            = env(1, QStringLiteral("UAT"), QStringLiteral("https://127.0.0.1:9443"));
        const Environment prod
            = env(2, QStringLiteral("Production"), QStringLiteral("https://127.0.0.1:9444"));
        QVERIFY(isProductionLike(prod)); // by its name
        QVERIFY(!isProductionLike(uat));
        QVERIFY(isProductionLike(env(
            3, QStringLiteral("Live"), QStringLiteral("https://as.example.com")))); // by its host
        const DiscoveryMetadata m = productionMetadata();
        OAuthClient web = client(10, 1, QStringLiteral("portal"));
        web.applicationType = ApplicationType::Web;
        web.grantTypes = { GrantType::AuthorizationCode };
        web.redirectUris = { QStringLiteral("http://127.0.0.1:8080/cb"),
            QStringLiteral("https://portal.example.com/cb") };
        const PromotionPlan plan = planPromotion(web, &uat, prod, &m, { web }, {});
        QCOMPARE(values(plan, PromotionItem::Kind::Warning, QStringLiteral("redirect_uris")),
            QStringList { QStringLiteral("http://127.0.0.1:8080/cb") });
        OAuthClient native = web;
        native.applicationType = ApplicationType::Native;
        QVERIFY(values(planPromotion(native, &uat, prod, &m, { native }, {}),
            PromotionItem::Kind::Warning,
            QStringLiteral("redirect_uris"))
                    .isEmpty()); // RFC 8252 §7.3
    }

    void aClientOfTheSameNameInTheTargetOrTheSameEnvironmentIsRefused()
    {
        const Environment uat
            = env(1, QStringLiteral("UAT"), QStringLiteral("https://127.0.0.1:9443"));
        const Environment prod
            = env(2, QStringLiteral("Production"), QStringLiteral("https://as.example.com"));
        const DiscoveryMetadata m = productionMetadata();
        const OAuthClient c = client(10, 1, QStringLiteral("billing"));
        const OAuthClient there = client(11, 2, QStringLiteral("billing"));
        const PromotionPlan plan = planPromotion(c, &uat, prod, &m, { c, there }, {});
        QCOMPARE(values(plan, PromotionItem::Kind::Refused, QStringLiteral("name")),
            QStringList { QStringLiteral("billing") });
        const PromotionPlan same = planPromotion(c, &uat, uat, &m, { c }, {});
        QCOMPARE(
            values(same, PromotionItem::Kind::Refused, QStringLiteral("environment")).size(), 1);
        // Environment headers are the environment's: listed as not copied when they differ.
        Environment withRegion = uat;
        withRegion.headers
            = { ExtraHeader { QStringLiteral("X-Region"), QStringLiteral("1"), {} } };
        const PromotionPlan headers = planPromotion(c, &withRegion, prod, &m, { c }, {});
        QCOMPARE(values(headers, PromotionItem::Kind::NotCopied, QStringLiteral("headers")),
            QStringList { QStringLiteral("X-Region: 1") });
    }
};

QTEST_GUILESS_MAIN(TestPromotion)
#include "tst_promotion.moc"
