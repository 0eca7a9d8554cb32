// SPDX-License-Identifier: GPL-3.0-or-later
// The preflight doctor's pure checks (issue 15): redirect URI and loopback rules, the client
// against an AS's metadata, and certificate checks on certificates made here with OpenSSL
// (expired, serverAuth only, RSA 1024, SHA-1, another key's certificate, chain), the JWKS
// comparison by key value, clock skew, and the report's text and JSON.
#include "../support/DoctorCerts.h"
#include "oauth/DoctorChecks.h"
#include "oauth/TokenInspector.h"
#include "usecases/Doctor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace oauthdesk;
using namespace oauthdesk::doctor;
using O = DoctorFinding::Outcome;
Q_DECLARE_METATYPE(oauthdesk::ApplicationType)

namespace {

const DoctorFinding *byId(const QList<DoctorFinding> &list, const QString &id)
{
    for (const DoctorFinding &f : list) {
        if (f.check == id)
            return &f;
    }
    return nullptr;
}

OAuthClient machineClient()
{
    OAuthClient c;
    c.name = QStringLiteral("m2m");
    c.grantTypes = { GrantType::ClientCredentials };
    c.authMethod = AuthMethod::ClientSecretBasic;
    c.scopes = { QStringLiteral("accounts:read") };
    return c;
}

QJsonObject metadata()
{
    return QJsonObject {
        { QStringLiteral("issuer"), QStringLiteral("https://as.example") },
        { QStringLiteral("token_endpoint_auth_methods_supported"),
            QJsonArray { QStringLiteral("client_secret_basic"), QStringLiteral("private_key_jwt"),
                QStringLiteral("none") } },
        { QStringLiteral("grant_types_supported"),
            QJsonArray { QStringLiteral("client_credentials"), QStringLiteral("authorization_code"),
                QStringLiteral("refresh_token") } },
        { QStringLiteral("response_types_supported"), QJsonArray { QStringLiteral("code") } },
        { QStringLiteral("code_challenge_methods_supported"),
            QJsonArray { QStringLiteral("S256") } },
        { QStringLiteral("token_endpoint_auth_signing_alg_values_supported"),
            QJsonArray { QStringLiteral("RS256"), QStringLiteral("PS256") } },
        { QStringLiteral("scopes_supported"),
            QJsonArray { QStringLiteral("openid"), QStringLiteral("accounts:read") } },
    };
}

CertificateFacts facts(
    const QList<QByteArray> &chain, EVP_PKEY *key, const QList<QByteArray> &trusted = {})
{
    SecretBytes k = test::pkcs8(key);
    auto f = inspectCertificate(chain, &k, trusted);
    if (!f)
        qFatal("inspectCertificate: %s", qPrintable(f.error().message));
    return *f;
}

O outcomeOf(const QList<DoctorFinding> &list, const QString &id)
{
    const DoctorFinding *f = byId(list, id);
    if (!f)
        qFatal("no finding %s", qPrintable(id));
    return f->outcome;
}

} // namespace

class TestDoctorChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectUriRules_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<ApplicationType>("type");
        QTest::addColumn<int>("problems");
        QTest::addColumn<int>("warnings");
        const auto native = ApplicationType::Native, web = ApplicationType::Web;
        QTest::newRow("native loopback v4 with port")
            << QStringLiteral("http://127.0.0.1:8400/callback") << native << 0 << 0;
        QTest::newRow("native loopback v6")
            << QStringLiteral("http://[::1]/callback") << native << 0 << 0;
        QTest::newRow("native localhost (RFC 8252 §8.3)")
            << QStringLiteral("http://localhost/callback") << native << 1 << 0;
        QTest::newRow("native http on a real host")
            << QStringLiteral("http://example.com/cb") << native << 1 << 0;
        QTest::newRow("native reverse-domain scheme")
            << QStringLiteral("com.example.app:/cb") << native << 0 << 0;
        QTest::newRow("native short private scheme")
            << QStringLiteral("myapp:/cb") << native << 0 << 1;
        QTest::newRow("fragment") << QStringLiteral("https://app.example/cb#x") << web << 1 << 0;
        QTest::newRow("wildcard") << QStringLiteral("https://*.example.com/cb") << web << 1 << 0;
        QTest::newRow("relative") << QStringLiteral("/callback") << web << 1 << 0;
        QTest::newRow("web https") << QStringLiteral("https://app.example/cb") << web << 0 << 0;
        QTest::newRow("web private scheme") << QStringLiteral("myapp:/cb") << web << 1 << 0;
        QTest::newRow("web http loopback: development")
            << QStringLiteral("http://127.0.0.1/cb") << web << 0 << 1;
        QTest::newRow("web http real host")
            << QStringLiteral("http://app.example/cb") << web << 1 << 0;
    }
    void redirectUriRules()
    {
        QFETCH(QString, uri);
        QFETCH(ApplicationType, type);
        QFETCH(int, problems);
        QFETCH(int, warnings);
        QStringList w;
        const QStringList p = redirectUriProblems(uri, type, &w);
        QCOMPARE(p.size(), problems);
        QCOMPARE(w.size(), warnings);
    }

    void redirectUrisOfAClient()
    {
        OAuthClient c = machineClient();
        QCOMPARE(checkRedirectUris(c).outcome, O::Skipped); // no browser redirect at all
        c.applicationType = ApplicationType::Native;
        c.grantTypes = { GrantType::AuthorizationCode };
        QCOMPARE(checkRedirectUris(c).outcome, O::Failure); // a code client needs one
        c.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
        QCOMPARE(checkRedirectUris(c).outcome, O::Pass);
        c.redirectUris.append(QStringLiteral("http://localhost:8080/callback"));
        const DoctorFinding f = checkRedirectUris(c);
        QCOMPARE(f.check, QStringLiteral("client.redirect_uris"));
        QCOMPARE(f.outcome, O::Failure);
        QVERIFY(f.detail.contains(QStringLiteral("localhost")));
        QVERIFY(!f.fix.isEmpty());
    }

    void clientAgainstMetadata()
    {
        OAuthClient c = machineClient();
        auto found = checkAgainstMetadata(c, metadata(), {});
        QCOMPARE(outcomeOf(found, QStringLiteral("as.auth_method")), O::Pass);
        QCOMPARE(outcomeOf(found, QStringLiteral("as.grant_types")), O::Pass);
        QCOMPARE(outcomeOf(found, QStringLiteral("as.response_types")), O::Skipped);
        QCOMPARE(outcomeOf(found, QStringLiteral("as.pkce")), O::Skipped);
        QCOMPARE(outcomeOf(found, QStringLiteral("as.signing_alg")), O::Skipped);
        QCOMPARE(outcomeOf(found, QStringLiteral("as.scopes")), O::Pass);

        c.authMethod = AuthMethod::ClientSecretPost; // not in the list
        c.scopes.append(QStringLiteral("admin:all"));
        c.grantTypes.append(GrantType::Password);
        found = checkAgainstMetadata(c, metadata(), {});
        QCOMPARE(outcomeOf(found, QStringLiteral("as.auth_method")), O::Failure);
        QCOMPARE(outcomeOf(found, QStringLiteral("as.grant_types")), O::Failure);
        QVERIFY(byId(found, QStringLiteral("as.grant_types"))
                    ->title.contains(QStringLiteral("password")));
        QCOMPARE(outcomeOf(found, QStringLiteral("as.scopes")), O::Failure);
        QVERIFY(
            byId(found, QStringLiteral("as.scopes"))->title.contains(QStringLiteral("admin:all")));

        // No scopes_supported published: skipped, not guessed. No auth methods: RFC 8414 default
        // basic.
        QJsonObject sparse = metadata();
        sparse.remove(QStringLiteral("scopes_supported"));
        sparse.remove(QStringLiteral("token_endpoint_auth_methods_supported"));
        found = checkAgainstMetadata(c, sparse, {});
        QCOMPARE(outcomeOf(found, QStringLiteral("as.scopes")), O::Skipped);
        QCOMPARE(outcomeOf(found, QStringLiteral("as.auth_method")),
            O::Failure); // post is not the default
        c.authMethod = AuthMethod::ClientSecretBasic;
        QCOMPARE(outcomeOf(checkAgainstMetadata(c, sparse, {}), QStringLiteral("as.auth_method")),
            O::Pass);
    }

    void pkceAndSigningAlgorithms()
    {
        OAuthClient c = machineClient();
        c.applicationType = ApplicationType::Native;
        c.grantTypes = { GrantType::AuthorizationCode };
        c.authMethod = AuthMethod::None;
        QJsonObject m = metadata();
        QCOMPARE(outcomeOf(checkAgainstMetadata(c, m, {}), QStringLiteral("as.pkce")), O::Pass);
        QCOMPARE(outcomeOf(checkAgainstMetadata(c, m, {}), QStringLiteral("as.response_types")),
            O::Pass);
        m.insert(QStringLiteral("code_challenge_methods_supported"),
            QJsonArray { QStringLiteral("plain") });
        QCOMPARE(outcomeOf(checkAgainstMetadata(c, m, {}), QStringLiteral("as.pkce")), O::Failure);
        m.remove(QStringLiteral("code_challenge_methods_supported"));
        QCOMPARE(outcomeOf(checkAgainstMetadata(c, m, {}), QStringLiteral("as.pkce")), O::Warning);
        m.insert(
            QStringLiteral("response_types_supported"), QJsonArray { QStringLiteral("id_token") });
        QCOMPARE(outcomeOf(checkAgainstMetadata(c, m, {}), QStringLiteral("as.response_types")),
            O::Failure);

        OAuthClient jwt = machineClient();
        jwt.authMethod = AuthMethod::PrivateKeyJwt;
        QCOMPARE(outcomeOf(checkAgainstMetadata(jwt, metadata(), QStringLiteral("RS256")),
                     QStringLiteral("as.signing_alg")),
            O::Pass);
        QCOMPARE(outcomeOf(checkAgainstMetadata(jwt, metadata(), QStringLiteral("ES256")),
                     QStringLiteral("as.signing_alg")),
            O::Failure);
    }

    void aHealthyTransportCertificatePasses()
    {
        PKey key = test::makeKey(2048);
        const QByteArray der = test::selfSigned(key.get());
        const auto found = checkCertificate(facts({ der }, key.get()), KeyRole::Transport,
            QDateTime::currentDateTimeUtc(), QStringLiteral("n/a"));
        for (const DoctorFinding &f : found) {
            if (f.check == QStringLiteral("keys.transport.chain"))
                QCOMPARE(f.outcome, O::Skipped); // no trusted CAs given: skipped with the reason
            else
                QVERIFY2(f.outcome == O::Pass, qPrintable(f.check + QLatin1Char(' ') + f.title));
        }
        QCOMPARE(
            byId(found, QStringLiteral("keys.transport.chain"))->detail, QStringLiteral("n/a"));
    }

    void certificateDefectsAreNamed_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("notAfterDays");
        QTest::addColumn<QByteArray>("eku");
        QTest::addColumn<bool>("sha1");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("outcome");
        QTest::newRow("expired") << 2048 << -2 << QByteArray("clientAuth") << false
                                 << QStringLiteral("keys.transport.validity") << int(O::Failure);
        QTest::newRow("expires in 10 days")
            << 2048 << 10 << QByteArray("clientAuth") << false
            << QStringLiteral("keys.transport.validity") << int(O::Warning);
        QTest::newRow("serverAuth only") << 2048 << 365 << QByteArray("serverAuth") << false
                                         << QStringLiteral("keys.transport.eku") << int(O::Failure);
        QTest::newRow("RSA 1024") << 1024 << 365 << QByteArray("clientAuth") << false
                                  << QStringLiteral("keys.transport.strength") << int(O::Failure);
        QTest::newRow("SHA-1") << 2048 << 365 << QByteArray("clientAuth") << true
                               << QStringLiteral("keys.transport.signature") << int(O::Failure);
        QTest::newRow("EC P-256 fine") << 0 << 365 << QByteArray("clientAuth") << false
                                       << QStringLiteral("keys.transport.strength") << int(O::Pass);
    }
    void certificateDefectsAreNamed()
    {
        QFETCH(int, bits);
        QFETCH(int, notAfterDays);
        QFETCH(QByteArray, eku);
        QFETCH(bool, sha1);
        QFETCH(QString, check);
        QFETCH(int, outcome);
        PKey key = test::makeKey(bits);
        QVERIFY(key);
        test::CertSpec spec;
        spec.notBeforeDays = -30;
        spec.notAfterDays = notAfterDays;
        spec.eku = eku;
        spec.md = sha1 ? EVP_sha1() : nullptr;
        const QByteArray der = test::selfSigned(key.get(), spec);
        QVERIFY(!der.isEmpty());
        const auto found = checkCertificate(
            facts({ der }, key.get()), KeyRole::Transport, QDateTime::currentDateTimeUtc(), {});
        const DoctorFinding *f = byId(found, check);
        QVERIFY(f);
        QCOMPARE(int(f->outcome), outcome);
        if (f->outcome != O::Pass)
            QVERIFY(!f->fix.isEmpty());
        // Only the defect made is reported: every other check of this certificate passes.
        for (const DoctorFinding &other : found) {
            if (other.check != check && other.check != QStringLiteral("keys.transport.chain"))
                QVERIFY2(other.outcome == O::Pass,
                    qPrintable(other.check + QLatin1Char(' ') + other.title));
        }
    }

    void aKeyNotMatchingItsCertificateIsAFailure()
    {
        PKey key = test::makeKey(2048), other = test::makeKey(2048);
        const QByteArray der = test::selfSigned(other.get());
        const auto found = checkCertificate(
            facts({ der }, key.get()), KeyRole::Signing, QDateTime::currentDateTimeUtc(), {});
        QCOMPARE(outcomeOf(found, QStringLiteral("keys.signing.key_match")), O::Failure);
        QCOMPARE(
            byId(found, QStringLiteral("keys.signing.eku")), nullptr); // EKU is a transport matter
        // A signing key without a certificate: the comparison is skipped, the key still checked.
        SecretBytes k = test::pkcs8(key.get());
        auto keyOnly = inspectCertificate({}, &k, {});
        QVERIFY(keyOnly);
        const auto kf
            = checkCertificate(*keyOnly, KeyRole::Signing, QDateTime::currentDateTimeUtc(), {});
        QCOMPARE(outcomeOf(kf, QStringLiteral("keys.signing.key_match")), O::Skipped);
        QCOMPARE(outcomeOf(kf, QStringLiteral("keys.signing.strength")), O::Pass);
        QCOMPARE(signingAlgorithmFor(*keyOnly), QStringLiteral("RS256"));
    }

    void theChainIsCheckedAgainstTheTrustedCa()
    {
        PKey caKey = test::makeKey(0), otherCaKey = test::makeKey(0), leafKey = test::makeKey(0);
        test::CertSpec caSpec;
        caSpec.ca = true;
        caSpec.cn = "Doctor Test CA";
        X509Ptr ca = test::makeCertificate(caKey.get(), caKey.get(), nullptr, caSpec);
        caSpec.cn = "Other CA";
        X509Ptr otherCa
            = test::makeCertificate(otherCaKey.get(), otherCaKey.get(), nullptr, caSpec);
        X509Ptr leaf = test::makeCertificate(leafKey.get(), caKey.get(), ca.get(), {});
        const QByteArray leafDer = test::toDer(leaf.get());
        auto ok = checkCertificate(facts({ leafDer }, leafKey.get(), { test::toDer(ca.get()) }),
            KeyRole::Transport, QDateTime::currentDateTimeUtc(), {});
        QCOMPARE(outcomeOf(ok, QStringLiteral("keys.transport.chain")), O::Pass);
        auto bad
            = checkCertificate(facts({ leafDer }, leafKey.get(), { test::toDer(otherCa.get()) }),
                KeyRole::Transport, QDateTime::currentDateTimeUtc(), {});
        QCOMPARE(outcomeOf(bad, QStringLiteral("keys.transport.chain")), O::Failure);
        QVERIFY(!byId(bad, QStringLiteral("keys.transport.chain"))
                     ->detail.isEmpty()); // OpenSSL's reason
    }

    void theJwksIsComparedByKeyNotOnlyByKid()
    {
        PKey key = test::makeKey(0), other = test::makeKey(0);
        const QByteArray pem = publicKeyPem(key.get());
        auto mine = publicJwkFromPem(pem);
        auto theirs = publicJwkFromPem(publicKeyPem(other.get()));
        QVERIFY(mine && theirs);
        QVERIFY(sameJwkKey(*mine, *mine));
        QVERIFY(!sameJwkKey(*mine, *theirs));
        auto withKid = [](QJsonObject jwk, const QString &kid) {
            jwk.insert(QStringLiteral("kid"), kid);
            return jwk;
        };
        const QJsonObject good { { QStringLiteral("keys"),
            QJsonArray { withKid(*mine, QStringLiteral("k1")) } } };
        const QJsonObject sameKidOtherKey { { QStringLiteral("keys"),
            QJsonArray { withKid(*theirs, QStringLiteral("k1")) } } };
        const QJsonObject otherKid { { QStringLiteral("keys"),
            QJsonArray { withKid(*mine, QStringLiteral("k2")) } } };
        QCOMPARE(
            checkJwks(good, QStringLiteral("k1"), pem, QStringLiteral("jwks")).outcome, O::Pass);
        QCOMPARE(
            checkJwks(sameKidOtherKey, QStringLiteral("k1"), pem, QStringLiteral("jwks")).outcome,
            O::Failure);
        const DoctorFinding missing
            = checkJwks(otherKid, QStringLiteral("k1"), pem, QStringLiteral("jwks"));
        QCOMPARE(missing.outcome, O::Failure);
        QVERIFY(missing.detail.contains(QStringLiteral("k2")));
    }

    void environmentChecks()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto httpDate = [](const QDateTime &d) {
            return QLocale::c()
                .toString(d.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                .toLatin1();
        };
        QCOMPARE(checkClockSkew(httpDate(now.addSecs(5)), now).outcome, O::Pass);
        const DoctorFinding skewed = checkClockSkew(httpDate(now.addSecs(-120)), now);
        QCOMPARE(skewed.outcome, O::Warning);
        QVERIFY(skewed.title.contains(QStringLiteral("120")));
        QCOMPARE(checkClockSkew("yesterday", now).outcome, O::Warning);
        QCOMPARE(checkClockSkew({}, now).outcome, O::Skipped);

        QCOMPARE(
            checkIssuer(metadata(), QUrl(QStringLiteral("https://as.example"))).outcome, O::Pass);
        QCOMPARE(checkIssuer(metadata(), QUrl(QStringLiteral("https://as.example/"))).outcome,
            O::Failure);

        PKey key = test::makeKey(0);
        test::CertSpec spec;
        spec.eku = "serverAuth";
        spec.notAfterDays = 20;
        QCOMPARE(
            checkServerCertificate({ test::selfSigned(key.get(), spec) }, now).outcome, O::Warning);
        spec.notBeforeDays = -30;
        spec.notAfterDays = -1;
        QCOMPARE(
            checkServerCertificate({ test::selfSigned(key.get(), spec) }, now).outcome, O::Failure);
        QCOMPARE(checkServerCertificate({}, now).outcome, O::Skipped);
    }

    void secretsAndBinding()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(checkSecretExpiry(std::nullopt, now).outcome, O::Pass);
        QCOMPARE(checkSecretExpiry(now.addDays(-1), now).outcome, O::Failure);
        QCOMPARE(checkSecretExpiry(now.addDays(3), now).outcome, O::Warning);
        QCOMPARE(checkSecretExpiry(now.addDays(300), now).outcome, O::Pass);
        CertificateBinding b;
        b.expected = true;
        b.presentedThumbprint = QStringLiteral("abc");
        b.tokenThumbprint = QStringLiteral("abc");
        QCOMPARE(checkBinding(b).outcome, O::Pass);
        b.tokenThumbprint = QStringLiteral("xyz");
        QCOMPARE(checkBinding(b).outcome, O::Failure);
    }

    void theReportGroupsByAreaWithMarksAndFixes()
    {
        DoctorReport r;
        r.clientId = 7;
        r.clientName = QStringLiteral("billing");
        r.environmentName = QStringLiteral("UAT");
        r.checkedAt = QDateTime::currentDateTimeUtc();
        r.findings = { finding(QStringLiteral("env.discovery"), doctorarea::environment, O::Pass,
                           QStringLiteral("Discovery ok")),
            finding(QStringLiteral("keys.transport.eku"), doctorarea::keys, O::Failure,
                QStringLiteral("Wrong EKU"), QStringLiteral("serverAuth"),
                QStringLiteral("Reissue")),
            finding(QStringLiteral("live.token"), doctorarea::live, O::Skipped,
                QStringLiteral("No token"), QStringLiteral("off")) };
        QVERIFY(r.failed());
        const QString text = r.toText();
        QVERIFY(text.contains(QStringLiteral("✔ Discovery ok")));
        QVERIFY(text.contains(QStringLiteral("✘ Wrong EKU  [keys.transport.eku]")));
        QVERIFY(text.contains(QStringLiteral("Fix: Reissue")));
        QVERIFY(text.contains(QStringLiteral("– No token")));
        QVERIFY(text.indexOf(QStringLiteral("Environment"))
            < text.indexOf(QStringLiteral("Keys and certificates")));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("failed")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("findings"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
            QStringLiteral("failure"));
        r.findings.removeAt(1);
        QVERIFY(!r.failed());
    }
};

QTEST_GUILESS_MAIN(TestDoctorChecks)
#include "tst_doctor_checks.moc"
