// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 "UAT → Production" against TWO real ASs (tests/live/with-two-as.sh): UAT is the
// default test AS, Production the same oidc-provider with OAUTHDESK_AS_PROFILE=production, which
// refuses client_secret_post and the payments:write scope. Clients are registered in UAT, diffed,
// and promoted through the Promotion use case and through oauthdesk-cli (a QProcess).
#include "../support/AwaitLater.h"
#include "usecases/Promotion.h"
#include "usecases/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oauthdesk;
using oauthdesk::test::wait;
using oauthdesk::test::why;

namespace {

std::shared_ptr<const SecretBytes> secretOf(const QString &text)
{
    return std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(text));
}

std::optional<TokenTestResult> run(TokenSession &session)
{
    QSignalSpy finished(&session, &TokenSession::finished);
    session.start();
    if (!finished.wait(20000))
        return std::nullopt;
    return finished.first().first().value<TokenTestResult>();
}

} // namespace

class TestLivePromote final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_appId = 0;
    Environment m_uat;
    Environment m_prod;

    Result<Environment> addEnvironment(
        const QString &name, const QString &prefix, const QString &iat)
    {
        Environment e;
        e.name = name;
        e.issuer = QUrl(qEnvironmentVariable(qPrintable(prefix + QStringLiteral("ISSUER"))));
        e.apiBaseUrl = QUrl(qEnvironmentVariable(qPrintable(prefix + QStringLiteral("API"))));
        e.caBundlePath = qEnvironmentVariable(qPrintable(prefix + QStringLiteral("CA")));
        auto saved = wait(m_ws->environments().save(e));
        if (!saved)
            return saved;
        if (auto stored
            = wait(m_ws->registrations().storeCredentials(*saved, secretOf(iat), std::nullopt));
            !stored)
            return std::unexpected(stored.error());
        auto refreshed = wait(m_ws->environments().refreshDiscovery(saved->id));
        if (!refreshed)
            return std::unexpected(refreshed.error());
        return refreshed->environment;
    }

    /// A client registered in UAT through the wizard's submission (the AS issues its ID).
    Result<OAuthClient> registerInUat(const QString &name, AuthMethod method,
        const QStringList &scopes, std::optional<qint64> signingKey = std::nullopt)
    {
        ClientSubmission s;
        s.client.applicationId = m_appId;
        s.client.environmentId = m_uat.id;
        s.client.name = name;
        s.client.applicationType = ApplicationType::MachineToMachine;
        s.client.grantTypes = { GrantType::ClientCredentials };
        s.client.authMethod = method;
        s.client.scopes = scopes;
        s.client.signingCertificateId = signingKey;
        s.registerAtAs = true;
        auto outcome = wait(m_ws->submissions().submit(std::move(s)));
        if (!outcome)
            return std::unexpected(outcome.error());
        return outcome->client;
    }

    int count(const QList<OAuthClient> &clients, qint64 envId)
    {
        return int(std::count_if(clients.cbegin(), clients.cend(),
            [envId](const OAuthClient &c) { return c.environmentId == envId; }));
    }

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), m_dir.path());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(
            QProcess::nullDevice()); // no terminal: --yes is needed to change things
        p.start(QStringLiteral(OAUTHDESK_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("OAUTHDESK_PROD_ISSUER"),
            "run through tests/live/with-two-as.sh (ctest does)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
        qRegisterMetaType<TokenTestResult>();
        // The app's own keychain service (a private keyring under with-keyring.sh): the CLI below
        // reads the same entries.
        m_ws = std::make_unique<Workspace>();
        QVERIFY(wait(m_ws->open(m_dir.filePath(QStringLiteral("oauthdesk.sqlite")))));
        auto app = wait(
            m_ws->applications().save(Application { 0, QStringLiteral("Billing"), {}, {}, {} }));
        QVERIFY(app);
        m_appId = app->id;
        auto uat = addEnvironment(QStringLiteral("UAT"), QStringLiteral("OAUTHDESK_TEST_"),
            qEnvironmentVariable("OAUTHDESK_TEST_IAT"));
        QVERIFY2(uat, why(uat).constData());
        m_uat = *uat;
        auto prod = addEnvironment(QStringLiteral("Production"), QStringLiteral("OAUTHDESK_PROD_"),
            qEnvironmentVariable("OAUTHDESK_PROD_IAT"));
        QVERIFY2(prod, why(prod).constData());
        m_prod = *prod;
    }

    void cleanupTestCase() { m_ws.reset(); }

    void aSecretClientGetsANewIdAndSecretAtProductionAndATokenThere()
    {
        auto uat = registerInUat(QStringLiteral("billing-service"), AuthMethod::ClientSecretBasic,
            { QStringLiteral("accounts:read") });
        QVERIFY2(uat, why(uat).constData());
        Promotion promotion(*m_ws);
        auto plan = wait(promotion.plan(uat->id, m_prod.id));
        QVERIFY2(plan, why(plan).constData());
        QVERIFY(!plan->blocked());
        QVERIFY(plan->targetCanRegister);
        auto promoted = wait(promotion.promote(*plan, PromoteOptions {}));
        QVERIFY2(promoted, why(promoted).constData());
        const OAuthClient &p = promoted->client;
        QCOMPARE(p.environmentId, std::optional<qint64>(m_prod.id));
        QVERIFY(!p.clientId.isEmpty());
        QVERIFY(p.clientId != uat->clientId);
        QCOMPARE(
            p.registrationClientUri.port(), m_prod.issuer.port()); // registered at Production's AS
        QVERIFY(!promoted->secretToShow.isEmpty());
        auto uatSecret = wait(m_ws->clients().readSecret(*uat));
        auto prodSecret = wait(m_ws->clients().readSecret(p));
        QVERIFY(uatSecret && prodSecret);
        QVERIFY(!uatSecret->equals(*prodSecret)); // fresh, not copied
        QVERIFY(prodSecret->equals(promoted->secretToShow));
        // A test token works at Production with the new credentials.
        auto session = wait(m_ws->tokenTests().open(p.id, {}));
        QVERIFY2(session, why(session).constData());
        const auto result = run(**session);
        QVERIFY(result);
        QVERIFY2(result->ok(),
            qPrintable(result->ok() ? QString() : result->token.result.error().message));
        QCOMPARE(
            result->token.result->grantedScopes, QStringList { QStringLiteral("accounts:read") });
        QVERIFY(result->token.exchange.request.url.toString().startsWith(m_prod.issuer.toString()));

        // The diff: the pair has no difference (the client IDs are expected to differ)…
        auto same = wait(promotion.diff(m_appId, m_uat.id, m_prod.id));
        QVERIFY2(same, why(same).constData());
        const auto pairOf
            = [](const EnvironmentDiff &d, const QString &name) -> const ClientPairDiff * {
            for (const ClientPairDiff &x : d.pairs) {
                if (x.name == name)
                    return &x;
            }
            return nullptr;
        };
        QVERIFY(pairOf(*same, QStringLiteral("billing-service")));
        QCOMPARE(pairOf(*same, QStringLiteral("billing-service"))->differenceCount(), 0);
        // …until Production's copy is changed: then exactly that field differs.
        auto stored = wait(m_ws->clients().get(p.id));
        QVERIFY(stored);
        stored->accessTokenLifetimeSeconds = 900;
        QVERIFY(wait(m_ws->clients().save(*stored, std::nullopt)));
        auto changed = wait(promotion.diff(m_appId, m_uat.id, m_prod.id));
        QVERIFY(changed);
        const ClientPairDiff *pair = pairOf(*changed, QStringLiteral("billing-service"));
        QVERIFY(pair);
        QCOMPARE(pair->differenceCount(), 1);
        for (const FieldDifference &f : pair->fields) {
            if (f.differs && !f.informational) {
                QCOMPARE(f.field, QStringLiteral("access_token_lifetime"));
                QCOMPARE(f.a, QStringLiteral("3600 s"));
                QCOMPARE(f.b, QStringLiteral("900 s"));
            }
        }
    }

    void aPrivateKeyJwtClientGetsANewKeyAtProduction()
    {
        auto key = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Signing, KeyAlgorithm::EcP256));
        QVERIFY2(key, why(key).constData());
        auto uat = registerInUat(QStringLiteral("ledger-sync"), AuthMethod::PrivateKeyJwt,
            { QStringLiteral("accounts:read") }, key->id);
        QVERIFY2(uat, why(uat).constData());
        Promotion promotion(*m_ws);
        auto plan = wait(promotion.plan(uat->id, m_prod.id));
        QVERIFY2(plan, why(plan).constData());
        QVERIFY(!plan->blocked());
        auto promoted = wait(promotion.promote(*plan, PromoteOptions {}));
        QVERIFY2(promoted, why(promoted).constData());
        QVERIFY(promoted->signing);
        QVERIFY(promoted->signing->id != key->id);
        QVERIFY(!promoted->signing->kid.isEmpty());
        QVERIFY(promoted->signing->kid != key->kid); // a new key pair, not the UAT one
        QCOMPARE(promoted->signing->keyAlgorithm, key->keyAlgorithm);
        QCOMPARE(
            promoted->client.signingCertificateId, std::optional<qint64>(promoted->signing->id));
        auto uatJwks = wait(m_ws->certificates().jwks({ *key }));
        auto prodJwks = wait(m_ws->certificates().jwks({ *promoted->signing }));
        QVERIFY(uatJwks && prodJwks);
        QVERIFY(*uatJwks != *prodJwks);
        auto session = wait(m_ws->tokenTests().open(promoted->client.id, {}));
        QVERIFY2(session, why(session).constData());
        const auto result = run(**session);
        QVERIFY(result);
        QVERIFY2(result->ok(),
            qPrintable(result->ok() ? QString() : result->token.result.error().message));
    }

    void whatProductionRefusesIsNamedBeforeAnythingIsCreated()
    {
        // UAT allows client_secret_post and payments:write; Production's AS supports neither.
        auto uat = registerInUat(QStringLiteral("payments-gateway"), AuthMethod::ClientSecretPost,
            { QStringLiteral("accounts:read"), QStringLiteral("payments:write") });
        QVERIFY2(uat, why(uat).constData());
        auto before = wait(m_ws->clients().list());
        QVERIFY(before);
        Promotion promotion(*m_ws);
        auto plan = wait(promotion.plan(uat->id, m_prod.id));
        QVERIFY2(plan, why(plan).constData());
        QVERIFY(plan->blocked());
        QStringList refused;
        for (const PromotionItem &i : plan->itemsOf(PromotionItem::Kind::Refused))
            refused.append(i.field + QLatin1Char('=') + i.value);
        refused.sort();
        QCOMPARE(refused,
            (QStringList { QStringLiteral("auth_method=client_secret_post"),
                QStringLiteral("scopes=payments:write") }));
        auto promoted = wait(promotion.promote(*plan, PromoteOptions {}));
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().code, ErrorCode::InvalidInput);
        QVERIFY2(promoted.error().message.contains(QStringLiteral("client_secret_post"))
                && promoted.error().message.contains(QStringLiteral("payments:write")),
            qPrintable(promoted.error().message));
        auto after = wait(m_ws->clients().list());
        QVERIFY(after);
        QCOMPARE(count(*after, m_prod.id), count(*before, m_prod.id));
    }

    void aFailedRegistrationLeavesNoFreshKeyBehind()
    {
        // Production's issuer with a wrong initial access token: the AS refuses the registration.
        auto wrong = addEnvironment(QStringLiteral("Production (wrong token)"),
            QStringLiteral("OAUTHDESK_PROD_"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY2(wrong, why(wrong).constData());
        auto key = wait(m_ws->certificates().createKey(
            m_appId, CertificatePurpose::Signing, KeyAlgorithm::EcP256));
        QVERIFY(key);
        auto uat = registerInUat(QStringLiteral("audit-export"), AuthMethod::PrivateKeyJwt,
            { QStringLiteral("accounts:read") }, key->id);
        QVERIFY2(uat, why(uat).constData());
        auto certsBefore = wait(m_ws->certificates().forApplication(m_appId));
        QVERIFY(certsBefore);
        Promotion promotion(*m_ws);
        auto plan = wait(promotion.plan(uat->id, wrong->id));
        QVERIFY2(plan, why(plan).constData());
        QVERIFY(!plan->blocked());
        auto promoted = wait(promotion.promote(*plan, PromoteOptions {}));
        QVERIFY(!promoted);
        QVERIFY2(promoted.error().message.contains(QStringLiteral("removed again")),
            qPrintable(promoted.error().message));
        auto certsAfter = wait(m_ws->certificates().forApplication(m_appId));
        QVERIFY(certsAfter);
        QCOMPARE(certsAfter->size(), certsBefore->size());
        auto clients = wait(m_ws->clients().list());
        QVERIFY(clients);
        QCOMPARE(count(*clients, wrong->id), 0);
    }

    void theCliDiffsAndPromotes()
    {
        auto uat = registerInUat(QStringLiteral("cli-service"), AuthMethod::ClientSecretBasic,
            { QStringLiteral("accounts:read") });
        QVERIFY2(uat, why(uat).constData());
        // diff: 0 without --exit-code; 1 with it, as the environments differ (cli-service is
        // UAT-only).
        Run d = cli({ QStringLiteral("diff"), QStringLiteral("UAT"), QStringLiteral("Production"),
            QStringLiteral("--app"), QStringLiteral("Billing") });
        QVERIFY2(d.exit == 0, d.err.constData());
        qInfo().noquote() << "oauthdesk-cli diff UAT Production --app Billing:\n" << d.out;
        QVERIFY2(d.out.contains("< ") && d.out.contains("cli-service"), d.out.constData());
        QVERIFY2(d.out.contains("≠") || d.out.contains("="), d.out.constData());
        Run code = cli({ QStringLiteral("diff"), QStringLiteral("UAT"),
            QStringLiteral("Production"), QStringLiteral("--exit-code") });
        QCOMPARE(code.exit, 1);
        // promote --dry-run prints the plan and changes nothing; the refused client exits 2 naming
        // both.
        Run dry = cli({ QStringLiteral("promote"), QString::number(uat->id), QStringLiteral("--to"),
            QStringLiteral("Production"), QStringLiteral("--dry-run") });
        QVERIFY2(dry.exit == 0, dry.err.constData());
        qInfo().noquote() << "oauthdesk-cli promote --dry-run:\n" << dry.out;
        QVERIFY2(
            dry.out.contains("+ fresh") && dry.out.contains("Client secret"), dry.out.constData());
        Run refused = cli({ QStringLiteral("promote"), QStringLiteral("payments-gateway"),
            QStringLiteral("--to"), QStringLiteral("Production"), QStringLiteral("--register"),
            QStringLiteral("--yes") });
        QCOMPARE(refused.exit, 2);
        qInfo().noquote() << "refused:\n" << refused.out << refused.err;
        QVERIFY2(
            refused.out.contains("client_secret_post") && refused.out.contains("payments:write"),
            refused.out.constData());
        // Without --yes and without a terminal: refused, nothing made.
        Run unasked = cli({ QStringLiteral("promote"), QString::number(uat->id),
            QStringLiteral("--to"), QStringLiteral("Production"), QStringLiteral("--register") });
        QCOMPARE(unasked.exit, 2);
        QVERIFY2(unasked.err.contains("--yes"), unasked.err.constData());
        Run made = cli({ QStringLiteral("promote"), QString::number(uat->id),
            QStringLiteral("--to"), QStringLiteral("Production"), QStringLiteral("--register"),
            QStringLiteral("--yes"), QStringLiteral("--json") });
        QVERIFY2(made.exit == 0, made.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(made.out).object();
        QVERIFY2(o.value(QStringLiteral("ok")).toBool(), made.out.constData());
        const QString newId = o.value(QStringLiteral("client"))
                                  .toObject()
                                  .value(QStringLiteral("clientId"))
                                  .toString();
        QVERIFY(!newId.isEmpty());
        QVERIFY(newId != uat->clientId);
        // Never without --show-secret: no "clientSecret" member (clientSecretExpiresAt, a date,
        // is not secret).
        QVERIFY2(!made.out.contains("\"clientSecret\""), made.out.constData());
        Run again = cli({ QStringLiteral("diff"), QStringLiteral("UAT"),
            QStringLiteral("Production"), QStringLiteral("--json") });
        QVERIFY2(again.exit == 0, again.err.constData());
        const QJsonArray pairs
            = QJsonDocument::fromJson(again.out).object().value(QStringLiteral("pairs")).toArray();
        bool found = false;
        for (const QJsonValue &v : pairs) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("name")).toString() == QStringLiteral("cli-service")) {
                found = true;
                QCOMPARE(p.value(QStringLiteral("differences")).toInt(), 0);
                QVERIFY(p.value(QStringLiteral("onlyIn")).toString().isEmpty());
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestLivePromote)
#include "tst_live_promote.moc"
