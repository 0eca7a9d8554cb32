// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/ApplicationTypePreset.h"
#include "policy/Validation.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace oauthdesk;

using ClientMutation = std::function<void(OAuthClient &)>;
using EnvironmentMutation = std::function<void(Environment &)>;

namespace {

// A client that passes every rule for its type: the baseline each row changes one thing of.
OAuthClient validClient(ApplicationType type)
{
    OAuthClient c;
    c.applicationId = 1;
    c.clientId = QStringLiteral("orders-client-1");
    c.name = QStringLiteral("Orders");
    c.applicationType = type;
    c.scopes = { QStringLiteral("openid"), QStringLiteral("orders.read") };
    c.accessTokenLifetimeSeconds = 3600;
    switch (type) {
    case ApplicationType::Native:
        c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
        c.pkce = PkcePolicy::Required;
        c.authMethod = AuthMethod::None;
        c.redirectUris = { QStringLiteral("http://127.0.0.1:51004/callback") };
        c.refreshTokenLifetimeSeconds = 30 * 86400;
        break;
    case ApplicationType::SinglePage:
        c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
        c.pkce = PkcePolicy::Required;
        c.authMethod = AuthMethod::None;
        c.redirectUris = { QStringLiteral("https://spa.example.com/callback") };
        c.postLogoutRedirectUris = { QStringLiteral("https://spa.example.com/") };
        c.refreshTokenLifetimeSeconds = 86400;
        break;
    case ApplicationType::Web:
        c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
        c.pkce = PkcePolicy::Optional;
        c.authMethod = AuthMethod::ClientSecretBasic;
        c.redirectUris = { QStringLiteral("https://web.example.com/oauth/callback") };
        c.refreshTokenLifetimeSeconds = 30 * 86400;
        break;
    case ApplicationType::MachineToMachine:
        c.grantTypes = { GrantType::ClientCredentials };
        c.pkce = PkcePolicy::Optional;
        c.authMethod = AuthMethod::ClientSecretBasic;
        break;
    }
    // The application has a signing and a transport certificate, so rows that switch to
    // private_key_jwt or mutual TLS are judged on their method alone.
    c.signingCertificateId = 11;
    c.transportCertificateId = 12;
    return c;
}

Environment validEnvironment()
{
    Environment e;
    e.name = QStringLiteral("UAT");
    e.issuer = QUrl(QStringLiteral("https://auth.uat.example.com/realms/partners"));
    e.apiBaseUrl = QUrl(QStringLiteral("https://api.uat.example.com/v1"));
    e.headers = {
        { QStringLiteral("X-Region"), QStringLiteral("1"),
            { { QStringLiteral("1"), QStringLiteral("EMEA") },
                { QStringLiteral("2"), QStringLiteral("APAC") } } },
        { QStringLiteral("X-Partner-Id"), QStringLiteral("acme-42"), {} },
    };
    return e;
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.field + QStringLiteral(": ") + p.message);
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(QLatin1Char('\n'));
}

const char *typeName(ApplicationType t)
{
    switch (t) {
    case ApplicationType::Native:
        return "native";
    case ApplicationType::SinglePage:
        return "spa";
    case ApplicationType::Web:
        return "web";
    case ApplicationType::MachineToMachine:
        return "m2m";
    }
    return "?";
}

QString repeated(char c, int n)
{
    return QString(n, QLatin1Char(c));
}

} // namespace

class TestPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // ApplicationTypePreset.cpp
    void presets_data();
    void presets();
    void presetInvariants();

    // single rules
    void checkClientId_data();
    void checkClientId();
    void checkGrantType_data();
    void checkGrantType();
    void checkRedirectUri_data();
    void checkRedirectUri();
    void checkScope_data();
    void checkScope();
    void checkServiceUrl_data();
    void checkServiceUrl();
    void checkHeaderName_data();
    void checkHeaderName();
    void checkHeaderValue_data();
    void checkHeaderValue();
    void isLoopbackHost_data();
    void isLoopbackHost();

    // whole objects
    void validateApplication_data();
    void validateApplication();
    void validClientsPass_data();
    void validClientsPass();
    void validateClient_data();
    void validateClient();
    void validateClientUsesIdConstraints();
    void validateEnvironment_data();
    void validateEnvironment();
    void caBundle_data();
    void caBundle();
    void caBundleWithRealCertificate();

private:
    QTemporaryDir m_dir;
};

void TestPolicy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

// ---------------------------------------------------------------------------------------------
// Presets: docs/architecture.md "Application types" written out again, so a change is a decision.

void TestPolicy::presets_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QList<GrantType>>("grantTypes");
    QTest::addColumn<QList<GrantType>>("allowedGrantTypes");
    QTest::addColumn<int>("pkce");
    QTest::addColumn<bool>("publicClient");
    QTest::addColumn<QList<AuthMethod>>("allowedAuthMethods");
    QTest::addColumn<int>("defaultAuthMethod");
    QTest::addColumn<int>("redirectRule");

    using enum GrantType;
    using enum AuthMethod;
    const QList<GrantType> code { AuthorizationCode, RefreshToken };
    // RFC 8252 §8.1: native apps are public clients and must use PKCE.
    QTest::newRow("native") << int(ApplicationType::Native) << code << code
                            << int(PkcePolicy::Required) << true << QList<AuthMethod> { None }
                            << int(None) << int(RedirectRule::LoopbackOrPrivateScheme);
    // Browser-based apps: public, PKCE required.
    QTest::newRow("spa") << int(ApplicationType::SinglePage) << code << code
                         << int(PkcePolicy::Required) << true << QList<AuthMethod> { None }
                         << int(None) << int(RedirectRule::HttpsOnly);
    QTest::newRow("web") << int(ApplicationType::Web) << code << code << int(PkcePolicy::Optional)
                         << false
                         << QList<AuthMethod> { ClientSecretBasic, ClientSecretPost,
                                ClientSecretJwt, PrivateKeyJwt }
                         << int(ClientSecretBasic) << int(RedirectRule::HttpsOnly);
    // RFC 6749 §4.4 client credentials; RFC 8705 mutual-TLS methods.
    QTest::newRow("m2m") << int(ApplicationType::MachineToMachine)
                         << QList<GrantType> { ClientCredentials }
                         << QList<GrantType> { ClientCredentials } << int(PkcePolicy::Optional)
                         << false
                         << QList<AuthMethod> { ClientSecretBasic, ClientSecretPost,
                                ClientSecretJwt, PrivateKeyJwt, TlsClientAuth,
                                SelfSignedTlsClientAuth }
                         << int(ClientSecretBasic) << int(RedirectRule::NoRedirects);
}

void TestPolicy::presets()
{
    QFETCH(int, type);
    QFETCH(QList<GrantType>, grantTypes);
    QFETCH(QList<GrantType>, allowedGrantTypes);
    QFETCH(int, pkce);
    QFETCH(bool, publicClient);
    QFETCH(QList<AuthMethod>, allowedAuthMethods);
    QFETCH(int, defaultAuthMethod);
    QFETCH(int, redirectRule);

    const ApplicationTypePreset &p = presetFor(ApplicationType(type));
    QCOMPARE(int(p.type), type);
    QCOMPARE(p.grantTypes, grantTypes);
    QCOMPARE(p.allowedGrantTypes, allowedGrantTypes);
    QCOMPARE(int(p.pkce), pkce);
    QCOMPARE(p.publicClient, publicClient);
    QCOMPARE(p.allowedAuthMethods, allowedAuthMethods);
    QCOMPARE(int(p.defaultAuthMethod), defaultAuthMethod);
    QCOMPARE(int(p.redirectRule), redirectRule);
    QVERIFY(!p.whenToPick.isEmpty());
    QVERIFY(!p.redirectRuleText.isEmpty());
}

void TestPolicy::presetInvariants()
{
    const QList<ApplicationTypePreset> &all = allPresets();
    // One preset per type, in the wizard's order (the enum's declaration order).
    QCOMPARE(all.size(), allValues<ApplicationType>().size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ApplicationTypePreset &p = all[i];
        QCOMPARE(p.type, allValues<ApplicationType>()[i]);
        QCOMPARE(&presetFor(p.type), &p);
        // What the wizard sets must pass the rules it is checked against.
        QVERIFY(!p.grantTypes.isEmpty());
        for (GrantType g : p.grantTypes)
            QVERIFY(p.allowedGrantTypes.contains(g));
        QVERIFY(p.allowedAuthMethods.contains(p.defaultAuthMethod));
        // RFC 9700 §2.4 / §2.1.2: no type may ever use the password or implicit grant.
        QVERIFY(!p.allowedGrantTypes.contains(GrantType::Password));
        QVERIFY(!p.allowedGrantTypes.contains(GrantType::Implicit));
        // Public clients authenticate with "none" only, and must use PKCE (RFC 7636).
        QCOMPARE(p.publicClient, p.allowedAuthMethods == QList<AuthMethod> { AuthMethod::None });
        if (p.publicClient)
            QCOMPARE(p.pkce, PkcePolicy::Required);
        // The wizard's defaults produce a client the rules accept.
        OAuthClient c = validClient(p.type);
        c.grantTypes = p.grantTypes;
        c.pkce = p.pkce;
        c.authMethod = p.defaultAuthMethod;
        const Problems problems = oauthdesk::validateClient(c);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }
}

// ---------------------------------------------------------------------------------------------
// Single rules

void TestPolicy::checkClientId_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("portal");
    QTest::addColumn<bool>("ok");

    // ClientIdConstraints::portalStyle(): ^[a-z0-9]+(-[a-z0-9]+)*$, 3–36 characters.
    QTest::newRow("portal/min 3") << QStringLiteral("abc") << true << true;
    QTest::newRow("portal/digits") << QStringLiteral("123") << true << true;
    QTest::newRow("portal/dashes") << QStringLiteral("orders-client-1") << true << true;
    QTest::newRow("portal/max 36") << repeated('a', 36) << true << true;
    QTest::newRow("portal/36 with dashes")
        << QStringLiteral("a1234567-b123-c123-d123-e12345678901") << true << true;
    QTest::newRow("portal/empty") << QString() << true << false;
    QTest::newRow("portal/too short") << QStringLiteral("ab") << true << false;
    QTest::newRow("portal/too long") << repeated('a', 37) << true << false;
    QTest::newRow("portal/uppercase") << QStringLiteral("Orders-client") << true << false;
    QTest::newRow("portal/all uppercase") << QStringLiteral("ABC") << true << false;
    QTest::newRow("portal/double dash") << QStringLiteral("orders--client") << true << false;
    QTest::newRow("portal/leading dash") << QStringLiteral("-orders") << true << false;
    QTest::newRow("portal/trailing dash") << QStringLiteral("orders-") << true << false;
    QTest::newRow("portal/underscore") << QStringLiteral("orders_client") << true << false;
    QTest::newRow("portal/space") << QStringLiteral("orders client") << true << false;
    QTest::newRow("portal/dot") << QStringLiteral("orders.client") << true << false;
    QTest::newRow("portal/non-ASCII") << QStringLiteral("ördérs") << true << false;
    QTest::newRow("portal/newline") << QStringLiteral("orders\n") << true << false;

    // RFC 6749 Appendix A.1: client-id = *VSCHAR (%x20-7E); the default allows 1–255 of them.
    QTest::newRow("rfc/one char") << QStringLiteral("a") << false << true;
    QTest::newRow("rfc/visible ASCII")
        << QStringLiteral("My Client_ID.1:@!~{}\"\\") << false << true;
    QTest::newRow("rfc/uuid") << QStringLiteral("0d5b0f0c-6b8e-4c1e-9b7e-3a7c2f1e9d11") << false
                              << true;
    QTest::newRow("rfc/max 255") << repeated('x', 255) << false << true;
    QTest::newRow("rfc/empty") << QString() << false << false;
    QTest::newRow("rfc/too long") << repeated('x', 256) << false << false;
    QTest::newRow("rfc/tab") << QStringLiteral("abc\tdef") << false << false;
    QTest::newRow("rfc/newline") << QStringLiteral("abc\n") << false << false;
    QTest::newRow("rfc/DEL") << QStringLiteral("abc\x7f") << false << false;
    QTest::newRow("rfc/non-ASCII") << QStringLiteral("clïent") << false << false;
}

void TestPolicy::checkClientId()
{
    QFETCH(QString, clientId);
    QFETCH(bool, portal);
    QFETCH(bool, ok);
    const ClientIdConstraints ids
        = portal ? ClientIdConstraints::portalStyle() : ClientIdConstraints::rfc6749();
    const auto p = oauthdesk::checkClientId(clientId, ids);
    if (ok) {
        QVERIFY2(!p, qPrintable(p ? p->message : QString()));
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->field, QString(fields::clientId));
    QVERIFY(!p->message.isEmpty());
    // A wrong (not missing) ID is answered with the rule in words.
    if (!clientId.isEmpty())
        QVERIFY2(p->message.contains(ids.description), qPrintable(p->message));
}

void TestPolicy::checkGrantType_data()
{
    QTest::addColumn<int>("grant");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");

    using enum GrantType;
    const struct
    {
        GrantType grant;
        bool native, spa, web, m2m;
    } table[] = {
        { AuthorizationCode, true, true, true, false },
        { RefreshToken, true, true, true, false },
        { ClientCredentials, false, false, false, true },
        { Implicit, false, false, false, false },
        { Password, false, false, false, false },
    };
    for (const auto &row : table) {
        const bool oks[] = { row.native, row.spa, row.web, row.m2m };
        const QList<ApplicationType> types = allValues<ApplicationType>();
        for (qsizetype i = 0; i < types.size(); ++i) {
            QString mentions;
            if (row.grant == Password)
                mentions = QStringLiteral("RFC 9700 §2.4"); // the BCP the message cites
            else if (row.grant == Implicit)
                mentions = QStringLiteral("RFC 9700 §2.1.2");
            else if (!oks[i])
                mentions = displayName(row.grant);
            QTest::addRow("%s/%s", qPrintable(toWire(row.grant)), typeName(types[i]))
                << int(row.grant) << int(types[i]) << oks[i] << mentions;
        }
    }
}

void TestPolicy::checkGrantType()
{
    QFETCH(int, grant);
    QFETCH(int, type);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const auto p = oauthdesk::checkGrantType(GrantType(grant), ApplicationType(type));
    if (ok) {
        QVERIFY2(!p, qPrintable(p ? p->message : QString()));
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->field, QString(fields::grantTypes));
    QVERIFY2(p->message.contains(mentions), qPrintable(p->message));
}

void TestPolicy::checkRedirectUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");

    const int native = int(ApplicationType::Native);
    const int spa = int(ApplicationType::SinglePage);
    const int web = int(ApplicationType::Web);
    const int m2m = int(ApplicationType::MachineToMachine);
    const QString self; // "mentions the URI itself"

    // RFC 8252 §7.3: loopback IP redirects, any port.
    QTest::newRow("native/127.0.0.1 port")
        << QStringLiteral("http://127.0.0.1:51004/callback") << native << true << QString();
    QTest::newRow("native/127.0.0.1 no port")
        << QStringLiteral("http://127.0.0.1/callback") << native << true << QString();
    QTest::newRow("native/[::1]") << QStringLiteral("http://[::1]:8080/callback") << native << true
                                  << QString();
    QTest::newRow("native/127.0.0.0/8")
        << QStringLiteral("http://127.0.0.2:8080/cb") << native << true << QString();
    // RFC 8252 §8.3: "localhost" is NOT RECOMMENDED for native apps.
    QTest::newRow("native/localhost") << QStringLiteral("http://localhost:8080/callback") << native
                                      << false << QStringLiteral("localhost");
    QTest::newRow("native/LOCALHOST") << QStringLiteral("http://LOCALHOST:8080/callback") << native
                                      << false << QStringLiteral("localhost");
    // RFC 8252 §7.1: private-use schemes in reverse-DNS form.
    QTest::newRow("native/reverse DNS")
        << QStringLiteral("com.example.app:/callback") << native << true << QString();
    QTest::newRow("native/reverse DNS deep")
        << QStringLiteral("io.github.oauth-desk.app:/oauth2redirect") << native << true
        << QString();
    QTest::newRow("native/non reverse DNS") << QStringLiteral("myapp:/callback") << native << false
                                            << QStringLiteral("reverse domain name");
    QTest::newRow("native/non reverse DNS 2")
        << QStringLiteral("myapp://callback") << native << false << self;
    // RFC 8252 §7.2: claimed https URLs.
    QTest::newRow("native/https") << QStringLiteral("https://app.example.com/callback") << native
                                  << true << QString();
    QTest::newRow("native/http not loopback")
        << QStringLiteral("http://app.example.com/cb") << native << false << self;

    QTest::newRow("spa/https") << QStringLiteral("https://spa.example.com/callback") << spa << true
                               << QString();
    QTest::newRow("spa/https with query")
        << QStringLiteral("https://spa.example.com/cb?x=1") << spa << true << QString();
    QTest::newRow("spa/http localhost")
        << QStringLiteral("http://localhost:3000/callback") << spa << true << QString();
    QTest::newRow("spa/http 127.0.0.1")
        << QStringLiteral("http://127.0.0.1:3000/callback") << spa << true << QString();
    QTest::newRow("spa/http not loopback") << QStringLiteral("http://spa.example.com/callback")
                                           << spa << false << QStringLiteral("http");
    QTest::newRow("spa/private scheme")
        << QStringLiteral("com.example.app:/callback") << spa << false << QStringLiteral("https");
    QTest::newRow("web/https") << QStringLiteral("https://web.example.com/oauth/callback") << web
                               << true << QString();
    // The AS compares exactly (RFC 9700 §2.1): stray spaces are refused, not silently kept.
    QTest::newRow("web/surrounding spaces") << QStringLiteral("  https://web.example.com/cb  ")
                                            << web << false << QStringLiteral("spaces");
    QTest::newRow("web/http not loopback")
        << QStringLiteral("http://web.example.com/callback") << web << false << self;
    QTest::newRow("web/http 127.0.0.1")
        << QStringLiteral("http://127.0.0.1:8443/callback") << web << true << QString();
    QTest::newRow("web/http 128.0.0.1")
        << QStringLiteral("http://128.0.0.1/callback") << web << false << self;
    QTest::newRow("web/http loopback lookalike")
        << QStringLiteral("http://127.0.0.1.evil.example/cb") << web << false << self;
    // RFC 6749 §3.1.2: no fragment.
    QTest::newRow("web/fragment") << QStringLiteral("https://web.example.com/cb#section") << web
                                  << false << QStringLiteral("fragment");
    QTest::newRow("web/empty fragment") << QStringLiteral("https://web.example.com/cb#") << web
                                        << false << QStringLiteral("fragment");
    QTest::newRow("native/fragment") << QStringLiteral("http://127.0.0.1:8080/cb#x") << native
                                     << false << QStringLiteral("fragment");
    // RFC 9700 §2.1: exact matching, so no wildcards.
    QTest::newRow("web/wildcard host") << QStringLiteral("https://*.example.com/callback") << web
                                       << false << QStringLiteral("wildcard");
    QTest::newRow("web/wildcard path") << QStringLiteral("https://web.example.com/*") << web
                                       << false << QStringLiteral("wildcard");
    QTest::newRow("spa/wildcard port")
        << QStringLiteral("http://localhost:*/cb") << spa << false << QStringLiteral("wildcard");
    QTest::newRow("web/empty") << QString() << web << false << QStringLiteral("empty");
    QTest::newRow("web/blank") << QStringLiteral("   ") << web << false << QStringLiteral("empty");
    QTest::newRow("web/relative") << QStringLiteral("/callback") << web << false
                                  << QStringLiteral("absolute");
    QTest::newRow("web/host only")
        << QStringLiteral("web.example.com/callback") << web << false << self;
    QTest::newRow("web/no host") << QStringLiteral("https:///callback") << web << false << self;
    QTest::newRow("web/javascript")
        << QStringLiteral("javascript:alert(1)") << web << false << self;
    // No browser, no redirect (any URI at all).
    QTest::newRow("m2m/https") << QStringLiteral("https://svc.example.com/cb") << m2m << false
                               << QStringLiteral("Remove");
    QTest::newRow("m2m/loopback") << QStringLiteral("http://127.0.0.1/cb") << m2m << false
                                  << QStringLiteral("Remove");
}

void TestPolicy::checkRedirectUri()
{
    QFETCH(QString, uri);
    QFETCH(int, type);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const QString field = QStringLiteral("redirectUris[3]");
    const auto p = oauthdesk::checkRedirectUri(uri, ApplicationType(type), field);
    if (ok) {
        QVERIFY2(!p, qPrintable(p ? p->message : QString()));
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->field, field);
    QVERIFY(!p->message.isEmpty());
    // Rules that look at the URI quote it, so the admin sees which line is wrong.
    const QString expected = mentions.isNull() ? uri.trimmed() : mentions;
    QVERIFY2(p->message.contains(expected), qPrintable(p->message));
    if (!uri.trimmed().isEmpty() && type != int(ApplicationType::MachineToMachine))
        QVERIFY2(p->message.contains(uri.trimmed()), qPrintable(p->message));
}

void TestPolicy::checkScope_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("ok");
    // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
    QTest::newRow("openid") << QStringLiteral("openid") << true;
    QTest::newRow("dotted") << QStringLiteral("orders.read") << true;
    QTest::newRow("colon") << QStringLiteral("orders:write") << true;
    QTest::newRow("url") << QStringLiteral("https://api.example.com/orders.read") << true;
    QTest::newRow("all punctuation") << QStringLiteral("!#$%&'()*+,-./:;<=>?@[]^_`{|}~") << true;
    QTest::newRow("boundaries") << QStringLiteral("\x21\x23\x5b\x5d\x7e") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("orders read") << false;
    QTest::newRow("double quote") << QStringLiteral("orders\"read") << false;
    QTest::newRow("backslash") << QStringLiteral("orders\\read") << false;
    QTest::newRow("tab") << QStringLiteral("orders\tread") << false;
    QTest::newRow("newline") << QStringLiteral("orders\n") << false;
    QTest::newRow("DEL") << QStringLiteral("orders\x7f") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("commandes.lecture.é") << false;
}

void TestPolicy::checkScope()
{
    QFETCH(QString, scope);
    QFETCH(bool, ok);
    const auto p = oauthdesk::checkScope(scope);
    if (ok) {
        QVERIFY2(!p, qPrintable(p ? p->message : QString()));
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->field, QString(fields::scopes));
    QVERIFY(!p->message.isEmpty());
    if (!scope.isEmpty())
        QVERIFY2(p->message.contains(scope), qPrintable(p->message));
}

void TestPolicy::checkServiceUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("https") << QStringLiteral("https://auth.example.com") << true << QString();
    QTest::newRow("https path") << QStringLiteral("https://auth.example.com/realms/x") << true
                                << QString();
    QTest::newRow("HTTPS upper") << QStringLiteral("HTTPS://auth.example.com") << true << QString();
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true << QString();
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:8080/") << true << QString();
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true << QString();
    QTest::newRow("empty") << QString() << false << QStringLiteral("Issuer URL");
    QTest::newRow("http example.com")
        << QStringLiteral("http://example.com") << false << QStringLiteral("https");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/pub") << false
                         << QStringLiteral("ftp://");
    QTest::newRow("relative host")
        << QStringLiteral("auth.example.com") << false << QStringLiteral("auth.example.com");
    QTest::newRow("relative path")
        << QStringLiteral("/realms/x") << false << QStringLiteral("/realms/x");
    QTest::newRow("no host") << QStringLiteral("https:///realms") << false
                             << QStringLiteral("absolute");
}

void TestPolicy::checkServiceUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const QString label = QStringLiteral("Issuer URL");
    const auto p = oauthdesk::checkServiceUrl(QUrl(url), QStringLiteral("someField"), label);
    if (ok) {
        QVERIFY2(!p, qPrintable(p ? p->message : QString()));
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->field, QStringLiteral("someField"));
    QVERIFY2(p->message.contains(label), qPrintable(p->message));
    QVERIFY2(p->message.contains(mentions), qPrintable(p->message));
}

void TestPolicy::checkHeaderName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    // RFC 9110 §5.6.2 token = 1*tchar
    QTest::newRow("X-Region") << QStringLiteral("X-Region") << true << QString();
    QTest::newRow("all tchar") << QStringLiteral("Az09!#$%&'*+-.^_`|~") << true << QString();
    QTest::newRow("single char") << QStringLiteral("x") << true << QString();
    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("space") << QStringLiteral("X Region") << false << QStringLiteral("X Region");
    QTest::newRow("colon") << QStringLiteral("X-Region:") << false << QStringLiteral("X-Region:");
    QTest::newRow("non-ASCII") << QStringLiteral("X-Régión") << false << QStringLiteral("X-Régión");
    QTest::newRow("tab") << QStringLiteral("X\tRegion") << false << QStringLiteral("RFC 9110");
    QTest::newRow("quote") << QStringLiteral("X-\"Region\"") << false << QStringLiteral("RFC 9110");
    QTest::newRow("parenthesis") << QStringLiteral("X(Region)") << false
                                 << QStringLiteral("RFC 9110");
    QTest::newRow("slash") << QStringLiteral("X/Region") << false << QStringLiteral("RFC 9110");
    QTest::newRow("at") << QStringLiteral("X@Region") << false << QStringLiteral("RFC 9110");
    QTest::newRow("newline") << QStringLiteral("X-Region\n") << false << QStringLiteral("RFC 9110");
    // Headers OAuthDesk sets itself, matched case-insensitively.
    QTest::newRow("Authorization")
        << QStringLiteral("Authorization") << false << QStringLiteral("Authorization");
    QTest::newRow("authorization")
        << QStringLiteral("authorization") << false << QStringLiteral("authorization");
    QTest::newRow("Host") << QStringLiteral("Host") << false << QStringLiteral("Host");
    QTest::newRow("Content-Type") << QStringLiteral("Content-Type") << false
                                  << QStringLiteral("Content-Type");
    QTest::newRow("Content-Length")
        << QStringLiteral("CONTENT-LENGTH") << false << QStringLiteral("CONTENT-LENGTH");
    QTest::newRow("Transfer-Encoding")
        << QStringLiteral("Transfer-Encoding") << false << QStringLiteral("Transfer-Encoding");
    QTest::newRow("Connection") << QStringLiteral("Connection") << false
                                << QStringLiteral("Connection");
    QTest::newRow("X-Authorization") << QStringLiteral("X-Authorization") << true << QString();
}

void TestPolicy::checkHeaderName()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const auto p = oauthdesk::checkHeaderName(name, QStringLiteral("headers[2]"));
    if (ok) {
        QVERIFY2(!p, qPrintable(p ? p->message : QString()));
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->field, QStringLiteral("headers[2]"));
    QVERIFY2(p->message.contains(mentions, Qt::CaseInsensitive), qPrintable(p->message));
}

void TestPolicy::checkHeaderValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    // RFC 9110 §5.5: field-value has no CR/LF/NUL and no leading/trailing whitespace.
    QTest::newRow("simple") << QStringLiteral("1") << true << QString();
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("inner spaces") << QStringLiteral("a b\tc") << true << QString();
    QTest::newRow("non-ASCII") << QStringLiteral("Zürich") << true << QString();
    QTest::newRow("LF") << QStringLiteral("1\nX-Injected: yes") << false << QStringLiteral("line");
    QTest::newRow("CR") << QStringLiteral("1\rX") << false << QStringLiteral("line");
    QTest::newRow("CRLF") << QStringLiteral("1\r\nX-Injected: yes") << false
                          << QStringLiteral("line");
    QTest::newRow("NUL") << QString(QStringLiteral("1") + QChar(0) + QStringLiteral("2")) << false
                         << QStringLiteral("line");
    QTest::newRow("leading space") << QStringLiteral(" 1") << false << QStringLiteral("spaces");
    QTest::newRow("trailing tab") << QStringLiteral("1\t") << false << QStringLiteral("spaces");
}

void TestPolicy::checkHeaderValue()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const auto p = oauthdesk::checkHeaderValue(value, QStringLiteral("headers[0]"));
    if (ok) {
        QVERIFY2(!p, qPrintable(p ? p->message : QString()));
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->field, QStringLiteral("headers[0]"));
    QVERIFY2(p->message.contains(mentions), qPrintable(p->message));
}

void TestPolicy::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("127.0.0.1.example.com") << QStringLiteral("127.0.0.1.example.com") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
}

void TestPolicy::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(oauthdesk::isLoopbackHost(host), loopback);
}

// ---------------------------------------------------------------------------------------------
// Whole objects

void TestPolicy::validateApplication_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral("Partner Portal") << true;
    QTest::newRow("100 chars") << repeated('a', 100) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral(" \t ") << false;
    QTest::newRow("101 chars") << repeated('a', 101) << false;
}

void TestPolicy::validateApplication()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    Application app;
    app.name = name;
    app.description = repeated('d', 5000); // descriptions are free text, unchecked
    const Problems problems = oauthdesk::validateApplication(app);
    if (ok) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QString(fields::name));
    QVERIFY(!problems.first().message.isEmpty());
}

void TestPolicy::validClientsPass_data()
{
    QTest::addColumn<int>("type");
    for (ApplicationType t : allValues<ApplicationType>())
        QTest::newRow(typeName(t)) << int(t);
}

void TestPolicy::validClientsPass()
{
    QFETCH(int, type);
    const OAuthClient c = validClient(ApplicationType(type));
    Problems problems = oauthdesk::validateClient(c);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    problems = oauthdesk::validateClient(c, ClientIdConstraints::portalStyle());
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestPolicy::validateClient_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<ClientMutation>("mutate");
    QTest::addColumn<QString>("field"); // empty: the client must pass
    QTest::addColumn<QString>("mentions"); // what the message must say

    const int native = int(ApplicationType::Native);
    const int spa = int(ApplicationType::SinglePage);
    const int web = int(ApplicationType::Web);
    const int m2m = int(ApplicationType::MachineToMachine);
    const QString ok;
    const QString name(fields::name);
    const QString grants(fields::grantTypes);
    const QString pkce(fields::pkce);
    const QString auth(fields::authMethod);
    const QString redirects(fields::redirectUris);
    const QString access(fields::accessTokenLifetime);
    const QString refresh(fields::refreshTokenLifetime);
    const QString scopes(fields::scopes);
    const QString redirect0 = redirects + QStringLiteral("[0]");
    const QString redirect1 = redirects + QStringLiteral("[1]");
    const QString logout0 = QString(fields::postLogoutRedirectUris) + QStringLiteral("[0]");
    using enum GrantType;
    using enum AuthMethod;

    // name, application, client ID
    QTest::newRow("name empty") << web << ClientMutation([](OAuthClient &c) { c.name.clear(); })
                                << name << QStringLiteral("name");
    QTest::newRow("name blank") << web << ClientMutation([](OAuthClient &c) {
        c.name = QStringLiteral("  ");
    }) << name << QStringLiteral("name");
    QTest::newRow("name 200") << web
                              << ClientMutation([](OAuthClient &c) { c.name = repeated('n', 200); })
                              << ok << ok;
    QTest::newRow("name 201") << web
                              << ClientMutation([](OAuthClient &c) { c.name = repeated('n', 201); })
                              << name << QStringLiteral("200");
    QTest::newRow("application 0")
        << web << ClientMutation([](OAuthClient &c) { c.applicationId = 0; })
        << QString(fields::applicationId) << QStringLiteral("application");
    QTest::newRow("application negative")
        << m2m << ClientMutation([](OAuthClient &c) { c.applicationId = -5; })
        << QString(fields::applicationId) << QStringLiteral("application");
    QTest::newRow("client id empty")
        << m2m << ClientMutation([](OAuthClient &c) { c.clientId.clear(); })
        << QString(fields::clientId) << QStringLiteral("Client ID");

    // grant types (RFC 9700 §2.4, §2.1.2; presets)
    QTest::newRow("no grants/web") << web << ClientMutation([](OAuthClient &c) {
        c.grantTypes.clear();
        c.refreshTokenLifetimeSeconds.reset();
    }) << grants << QStringLiteral("authorization code");
    QTest::newRow("no grants/m2m")
        << m2m << ClientMutation([](OAuthClient &c) { c.grantTypes.clear(); }) << grants
        << QStringLiteral("client credentials");
    for (int t : { native, spa, web, m2m }) {
        QTest::addRow("password grant/%s", typeName(ApplicationType(t)))
            << t << ClientMutation([](OAuthClient &c) { c.grantTypes.append(Password); }) << grants
            << QStringLiteral("password");
        QTest::addRow("implicit grant/%s", typeName(ApplicationType(t)))
            << t << ClientMutation([](OAuthClient &c) { c.grantTypes.append(Implicit); }) << grants
            << QStringLiteral("implicit");
    }
    QTest::newRow("client credentials/spa")
        << spa << ClientMutation([](OAuthClient &c) { c.grantTypes.append(ClientCredentials); })
        << grants << QStringLiteral("client credentials");
    QTest::newRow("client credentials/native")
        << native << ClientMutation([](OAuthClient &c) { c.grantTypes.append(ClientCredentials); })
        << grants << QStringLiteral("client credentials");
    QTest::newRow("authorization code/m2m")
        << m2m << ClientMutation([](OAuthClient &c) { c.grantTypes.append(AuthorizationCode); })
        << grants << QStringLiteral("authorization code");
    QTest::newRow("web code only") << web << ClientMutation([](OAuthClient &c) {
        c.grantTypes = { AuthorizationCode };
        c.refreshTokenLifetimeSeconds.reset();
    }) << ok << ok;
    QTest::newRow("grant twice") << web << ClientMutation([](OAuthClient &c) {
        c.grantTypes.append(AuthorizationCode);
    }) << grants << QStringLiteral("twice");
    QTest::newRow("refresh without code")
        << web << ClientMutation([](OAuthClient &c) { c.grantTypes = { RefreshToken }; }) << grants
        << QStringLiteral("authorization code");

    // PKCE (RFC 7636; required for public clients)
    QTest::newRow("pkce optional/native")
        << native << ClientMutation([](OAuthClient &c) { c.pkce = PkcePolicy::Optional; }) << pkce
        << QStringLiteral("PKCE");
    QTest::newRow("pkce optional/spa")
        << spa << ClientMutation([](OAuthClient &c) { c.pkce = PkcePolicy::Optional; }) << pkce
        << QStringLiteral("PKCE");
    QTest::newRow("pkce required/web")
        << web << ClientMutation([](OAuthClient &c) { c.pkce = PkcePolicy::Required; }) << ok << ok;

    // token endpoint authentication (presets' allowedAuthMethods)
    QTest::newRow("client_secret_basic/spa")
        << spa << ClientMutation([](OAuthClient &c) { c.authMethod = ClientSecretBasic; }) << auth
        << QStringLiteral("client_secret_basic");
    QTest::newRow("private_key_jwt/native")
        << native << ClientMutation([](OAuthClient &c) { c.authMethod = PrivateKeyJwt; }) << auth
        << QStringLiteral("private_key_jwt");
    QTest::newRow("none/m2m") << m2m << ClientMutation([](OAuthClient &c) { c.authMethod = None; })
                              << auth << QStringLiteral("none");
    QTest::newRow("none/web") << web << ClientMutation([](OAuthClient &c) { c.authMethod = None; })
                              << auth << QStringLiteral("none");
    QTest::newRow("tls_client_auth/web")
        << web << ClientMutation([](OAuthClient &c) { c.authMethod = TlsClientAuth; }) << auth
        << QStringLiteral("tls_client_auth");
    QTest::newRow("client_secret_post/web")
        << web << ClientMutation([](OAuthClient &c) { c.authMethod = ClientSecretPost; }) << ok
        << ok;
    QTest::newRow("private_key_jwt/web")
        << web << ClientMutation([](OAuthClient &c) { c.authMethod = PrivateKeyJwt; }) << ok << ok;
    QTest::newRow("tls_client_auth/m2m")
        << m2m << ClientMutation([](OAuthClient &c) { c.authMethod = TlsClientAuth; }) << ok << ok;
    QTest::newRow("self_signed_tls_client_auth/m2m")
        << m2m << ClientMutation([](OAuthClient &c) { c.authMethod = SelfSignedTlsClientAuth; })
        << ok << ok;
    QTest::newRow("private_key_jwt/m2m")
        << m2m << ClientMutation([](OAuthClient &c) { c.authMethod = PrivateKeyJwt; }) << ok << ok;

    // redirect URIs
    for (int t : { native, spa, web }) {
        QTest::addRow("no redirect/%s", typeName(ApplicationType(t)))
            << t << ClientMutation([](OAuthClient &c) { c.redirectUris.clear(); }) << redirects
            << QStringLiteral("at least one");
    }
    QTest::newRow("m2m with redirect") << m2m << ClientMutation([](OAuthClient &c) {
        c.redirectUris = { QStringLiteral("https://svc.example.com/cb") };
    }) << redirect0 << QStringLiteral("Remove");
    QTest::newRow("m2m with post-logout redirect") << m2m << ClientMutation([](OAuthClient &c) {
        c.postLogoutRedirectUris = { QStringLiteral("https://svc.example.com/") };
    }) << logout0 << QStringLiteral("Remove");
    QTest::newRow("fragment") << web << ClientMutation([](OAuthClient &c) {
        c.redirectUris = { QStringLiteral("https://web.example.com/cb#top") };
    }) << redirect0 << QStringLiteral("https://web.example.com/cb#top");
    QTest::newRow("wildcard") << spa << ClientMutation([](OAuthClient &c) {
        c.redirectUris = { QStringLiteral("https://*.example.com/cb") };
    }) << redirect0 << QStringLiteral("https://*.example.com/cb");
    QTest::newRow("http not loopback") << web << ClientMutation([](OAuthClient &c) {
        c.redirectUris = { QStringLiteral("http://web.example.com/cb") };
    }) << redirect0 << QStringLiteral("http://web.example.com/cb");
    QTest::newRow("second redirect bad") << web << ClientMutation([](OAuthClient &c) {
        c.redirectUris.append(QStringLiteral("http://web.example.com/cb"));
    }) << redirect1 << QStringLiteral("http://web.example.com/cb");
    QTest::newRow("native [::1]") << native << ClientMutation([](OAuthClient &c) {
        c.redirectUris = { QStringLiteral("http://[::1]:51004/callback") };
    }) << ok << ok;
    QTest::newRow("native localhost") << native << ClientMutation([](OAuthClient &c) {
        c.redirectUris = { QStringLiteral("http://localhost:51004/callback") };
    }) << redirect0 << QStringLiteral("localhost");
    QTest::newRow("native reverse DNS") << native << ClientMutation([](OAuthClient &c) {
        c.redirectUris = { QStringLiteral("com.example.orders:/oauth2redirect") };
    }) << ok << ok;
    QTest::newRow("native non reverse DNS") << native << ClientMutation([](OAuthClient &c) {
        c.redirectUris = { QStringLiteral("orders:/oauth2redirect") };
    }) << redirect0 << QStringLiteral("orders:/oauth2redirect");
    QTest::newRow("post-logout fragment") << spa << ClientMutation([](OAuthClient &c) {
        c.postLogoutRedirectUris = { QStringLiteral("https://spa.example.com/#/bye") };
    }) << logout0 << QStringLiteral("https://spa.example.com/#/bye");

    // scopes (RFC 6749 §3.3)
    QTest::newRow("scope with space") << web << ClientMutation([](OAuthClient &c) {
        c.scopes.append(QStringLiteral("orders write"));
    }) << scopes << QStringLiteral("orders write");
    QTest::newRow("scope with quote")
        << web << ClientMutation([](OAuthClient &c) { c.scopes.append(QStringLiteral("a\"b")); })
        << scopes << QStringLiteral("a\"b");
    QTest::newRow("scope non-ASCII") << web << ClientMutation([](OAuthClient &c) {
        c.scopes.append(QStringLiteral("lecture.é"));
    }) << scopes << QStringLiteral("lecture.é");
    QTest::newRow("scope empty") << web << ClientMutation([](OAuthClient &c) {
        c.scopes.append(QString());
    }) << scopes << QStringLiteral("empty");
    QTest::newRow("scope twice") << web << ClientMutation([](OAuthClient &c) {
        c.scopes.append(QStringLiteral("openid"));
    }) << scopes << QStringLiteral("twice");
    QTest::newRow("no scopes") << m2m << ClientMutation([](OAuthClient &c) { c.scopes.clear(); })
                               << ok << ok;

    // access token lifetime: 60..86400 s
    for (const auto &[seconds, good] :
        { std::pair { 59, false }, std::pair { 60, true }, std::pair { 86400, true },
            std::pair { 86401, false }, std::pair { 0, false }, std::pair { -3600, false } }) {
        QTest::addRow("access %d", seconds) << m2m << ClientMutation([s = seconds](OAuthClient &c) {
            c.accessTokenLifetimeSeconds = s;
        }) << (good ? ok : access) << (good ? ok : QStringLiteral("86400"));
    }

    // refresh token lifetime: only with the grant, 300..7776000 s, longer than the access token
    QTest::newRow("refresh lifetime without grant")
        << m2m << ClientMutation([](OAuthClient &c) { c.refreshTokenLifetimeSeconds = 86400; })
        << refresh << QStringLiteral("refresh token grant");
    QTest::newRow("refresh lifetime, code only")
        << web << ClientMutation([](OAuthClient &c) { c.grantTypes = { AuthorizationCode }; })
        << refresh << QStringLiteral("refresh token grant");
    QTest::newRow("refresh unset with grant")
        << web << ClientMutation([](OAuthClient &c) { c.refreshTokenLifetimeSeconds.reset(); })
        << ok << ok;
    QTest::newRow("refresh 299") << web << ClientMutation([](OAuthClient &c) {
        c.accessTokenLifetimeSeconds = 60;
        c.refreshTokenLifetimeSeconds = 299;
    }) << refresh << QStringLiteral("5 minutes");
    QTest::newRow("refresh 300") << web << ClientMutation([](OAuthClient &c) {
        c.accessTokenLifetimeSeconds = 60;
        c.refreshTokenLifetimeSeconds = 300;
    }) << ok << ok;
    QTest::newRow("refresh 90 days")
        << web << ClientMutation([](OAuthClient &c) { c.refreshTokenLifetimeSeconds = 90 * 86400; })
        << ok << ok;
    QTest::newRow("refresh 90 days + 1") << web << ClientMutation([](OAuthClient &c) {
        c.refreshTokenLifetimeSeconds = 90 * 86400 + 1;
    }) << refresh << QStringLiteral("90 days");
    QTest::newRow("refresh equals access") << native << ClientMutation([](OAuthClient &c) {
        c.accessTokenLifetimeSeconds = 3600;
        c.refreshTokenLifetimeSeconds = 3600;
    }) << refresh << QStringLiteral("longer");
    QTest::newRow("refresh shorter than access") << spa << ClientMutation([](OAuthClient &c) {
        c.accessTokenLifetimeSeconds = 7200;
        c.refreshTokenLifetimeSeconds = 3600;
    }) << refresh << QStringLiteral("longer");
    QTest::newRow("private_key_jwt without signing certificate")
        << m2m << ClientMutation([](OAuthClient &c) {
               c.authMethod = AuthMethod::PrivateKeyJwt;
               c.signingCertificateId.reset();
           })
        << QString(fields::signingCertificate) << QStringLiteral("Certificates");
    QTest::newRow("tls_client_auth without transport certificate")
        << m2m << ClientMutation([](OAuthClient &c) {
               c.authMethod = AuthMethod::TlsClientAuth;
               c.transportCertificateId.reset();
           })
        << QString(fields::transportCertificate) << QStringLiteral("tls_client_auth");
    QTest::newRow("bound tokens without transport certificate")
        << m2m << ClientMutation([](OAuthClient &c) {
               c.certificateBoundTokens = true;
               c.transportCertificateId.reset();
           })
        << QString(fields::transportCertificate) << QStringLiteral("RFC 8705");
    QTest::newRow("refresh just longer") << spa << ClientMutation([](OAuthClient &c) {
        c.accessTokenLifetimeSeconds = 3600;
        c.refreshTokenLifetimeSeconds = 3601;
    }) << ok << ok;
}

void TestPolicy::validateClient()
{
    QFETCH(int, type);
    QFETCH(ClientMutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, mentions);

    OAuthClient c = validClient(ApplicationType(type));
    mutate(c);
    const Problems problems = oauthdesk::validateClient(c);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QVERIFY2(!problems.isEmpty(), "the rule let the client through");
    // Each row breaks one rule, so every problem reported is about that one field.
    bool mentioned = false;
    for (const Problem &p : problems) {
        QVERIFY2(p.field == field, qPrintable(describe(problems)));
        QVERIFY(!p.message.isEmpty());
        mentioned = mentioned || p.message.contains(mentions, Qt::CaseInsensitive);
    }
    QVERIFY2(mentioned, qPrintable(describe(problems)));
}

void TestPolicy::validateClientUsesIdConstraints()
{
    OAuthClient c = validClient(ApplicationType::Web);
    c.clientId = QStringLiteral("Orders_Client");
    QVERIFY2(oauthdesk::validateClient(c).isEmpty(), "RFC 6749 allows any visible ASCII");
    const Problems problems = oauthdesk::validateClient(c, ClientIdConstraints::portalStyle());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QString(fields::clientId));
    QVERIFY(problems.first().message.contains(ClientIdConstraints::portalStyle().description));
}

void TestPolicy::validateEnvironment_data()
{
    QTest::addColumn<EnvironmentMutation>("mutate");
    QTest::addColumn<QString>("field"); // empty: the environment must pass
    QTest::addColumn<QString>("mentions");

    const QString ok;
    const QString issuer(fields::issuer);
    const QString api(fields::apiBaseUrl);
    const QString h0 = QString(fields::headers) + QStringLiteral("[0]");
    const QString h1 = QString(fields::headers) + QStringLiteral("[1]");
    const QString h2 = QString(fields::headers) + QStringLiteral("[2]");
    const auto setIssuer = [](const char *url) {
        return EnvironmentMutation(
            [url](Environment &e) { e.issuer = QUrl(QString::fromLatin1(url)); });
    };
    const auto setHeader0 = [](QString name, QString value) {
        return EnvironmentMutation([name, value](Environment &e) {
            e.headers[0].name = name;
            e.headers[0].value = value;
            e.headers[0].choices.clear();
        });
    };

    QTest::newRow("valid") << EnvironmentMutation([](Environment &) {}) << ok << ok;
    QTest::newRow("name empty") << EnvironmentMutation([](Environment &e) { e.name.clear(); })
                                << QString(fields::name) << QStringLiteral("name");
    QTest::newRow("name blank") << EnvironmentMutation([](Environment &e) {
        e.name = QStringLiteral("   ");
    }) << QString(fields::name) << QStringLiteral("name");

    // issuer: RFC 8414 §2, https (http only on loopback)
    QTest::newRow("issuer https") << setIssuer("https://auth.example.com") << ok << ok;
    QTest::newRow("issuer http 127.0.0.1")
        << setIssuer("http://127.0.0.1:8080/realms/dev") << ok << ok;
    QTest::newRow("issuer http [::1]") << setIssuer("http://[::1]:8080") << ok << ok;
    QTest::newRow("issuer http example.com")
        << setIssuer("http://example.com") << issuer << QStringLiteral("https");
    QTest::newRow("issuer ftp") << setIssuer("ftp://example.com") << issuer
                                << QStringLiteral("ftp");
    QTest::newRow("issuer relative") << setIssuer("auth.example.com/realms") << issuer
                                     << QStringLiteral("auth.example.com/realms");
    QTest::newRow("issuer empty") << EnvironmentMutation([](Environment &e) { e.issuer = QUrl(); })
                                  << issuer << QStringLiteral("required");
    QTest::newRow("issuer query") << setIssuer("https://auth.example.com/?tenant=1") << issuer
                                  << QStringLiteral("query");
    QTest::newRow("issuer fragment")
        << setIssuer("https://auth.example.com/#x") << issuer << QStringLiteral("fragment");

    // API base URL: optional, same rule as the issuer
    QTest::newRow("api empty") << EnvironmentMutation([](Environment &e) { e.apiBaseUrl = QUrl(); })
                               << ok << ok;
    QTest::newRow("api http") << EnvironmentMutation([](Environment &e) {
        e.apiBaseUrl = QUrl(QStringLiteral("http://api.example.com"));
    }) << api << QStringLiteral("API base URL");
    QTest::newRow("api ftp") << EnvironmentMutation([](Environment &e) {
        e.apiBaseUrl = QUrl(QStringLiteral("ftp://api.example.com"));
    }) << api << QStringLiteral("ftp");
    QTest::newRow("api http localhost") << EnvironmentMutation([](Environment &e) {
        e.apiBaseUrl = QUrl(QStringLiteral("http://localhost:9000/api"));
    }) << ok << ok;

    // header names (RFC 9110 §5.6.2) and values (§5.5)
    QTest::newRow("header X-Region")
        << setHeader0(QStringLiteral("X-Region"), QStringLiteral("2")) << ok << ok;
    QTest::newRow("header name space") << setHeader0(QStringLiteral("X Region"),
        QStringLiteral("1")) << h0 << QStringLiteral("X Region");
    QTest::newRow("header name colon") << setHeader0(QStringLiteral("X-Region:"),
        QStringLiteral("1")) << h0 << QStringLiteral("X-Region:");
    QTest::newRow("header name non-ASCII") << setHeader0(QStringLiteral("X-Région"),
        QStringLiteral("1")) << h0 << QStringLiteral("X-Région");
    QTest::newRow("header name empty")
        << setHeader0(QString(), QStringLiteral("1")) << h0 << QStringLiteral("empty");
    QTest::newRow("header Authorization") << setHeader0(QStringLiteral("Authorization"),
        QStringLiteral("Bearer x")) << h0 << QStringLiteral("Authorization");
    QTest::newRow("header value newline")
        << setHeader0(QStringLiteral("X-Region"), QStringLiteral("1\r\nX-Evil: 1")) << h0
        << QStringLiteral("line");
    QTest::newRow("header value padded") << setHeader0(QStringLiteral("X-Region"),
        QStringLiteral(" 1")) << h0 << QStringLiteral("spaces");
    QTest::newRow("header duplicate") << EnvironmentMutation([](Environment &e) {
        e.headers.append({ QStringLiteral("X-Region"), QStringLiteral("1"), {} });
    }) << h2 << QStringLiteral("twice");
    QTest::newRow("header duplicate other case") << EnvironmentMutation([](Environment &e) {
        e.headers.append({ QStringLiteral("x-partner-id"), QStringLiteral("x"), {} });
    }) << h2 << QStringLiteral("twice");
    QTest::newRow("header value not a choice")
        << EnvironmentMutation([](Environment &e) { e.headers[0].value = QStringLiteral("3"); })
        << h0 << QStringLiteral("\"3\"");
    QTest::newRow("header value is a choice")
        << EnvironmentMutation([](Environment &e) { e.headers[0].value = QStringLiteral("2"); })
        << ok << ok;
    QTest::newRow("header choice with newline") << EnvironmentMutation([](Environment &e) {
        e.headers[0].choices.append({ QStringLiteral("3\n"), QStringLiteral("Americas") });
    }) << h0 << QStringLiteral("line");
    QTest::newRow("second header bad")
        << EnvironmentMutation([](Environment &e) { e.headers[1].name = QStringLiteral("Host"); })
        << h1 << QStringLiteral("Host");
}

void TestPolicy::validateEnvironment()
{
    QFETCH(EnvironmentMutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, mentions);

    Environment e = validEnvironment();
    mutate(e);
    const Problems problems = oauthdesk::validateEnvironment(e);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QVERIFY2(!problems.isEmpty(), "the rule let the environment through");
    bool mentioned = false;
    for (const Problem &p : problems) {
        QVERIFY2(p.field == field, qPrintable(describe(problems)));
        QVERIFY(!p.message.isEmpty());
        mentioned = mentioned || p.message.contains(mentions, Qt::CaseInsensitive);
    }
    QVERIFY2(mentioned, qPrintable(describe(problems)));
}

void TestPolicy::caBundle_data()
{
    QTest::addColumn<QString>("fileName"); // created in m_dir unless "missing"
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing file") << QStringLiteral("missing.pem") << QByteArray()
                                  << QStringLiteral("missing.pem");
    QTest::newRow("directory") << QStringLiteral(".") << QByteArray() << QStringLiteral("read");
    QTest::newRow("empty file") << QStringLiteral("empty.pem") << QByteArray("")
                                << QStringLiteral("PEM");
    QTest::newRow("text, no PEM") << QStringLiteral("notes.txt")
                                  << QByteArray("These are not the certificates you want.\n")
                                  << QStringLiteral("PEM");
    QTest::newRow("private key only")
        << QStringLiteral("key.pem")
        << QByteArray("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIB8p\n"
                      "-----END PRIVATE KEY-----\n")
        << QStringLiteral("PEM");
    QTest::newRow("broken certificate")
        << QStringLiteral("broken.pem")
        << QByteArray("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n"
                      "-----END CERTIFICATE-----\n")
        << QStringLiteral("PEM");
    QTest::newRow("larger than 4 MiB")
        << QStringLiteral("huge.pem") << QByteArray(4 * 1024 * 1024 + 1, 'A')
        << QStringLiteral("4 MiB");
}

void TestPolicy::caBundle()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);

    const QString path = m_dir.filePath(fileName);
    if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(content), content.size());
    }
    Environment e = validEnvironment();
    e.caBundlePath = path;
    const Problems problems = oauthdesk::validateEnvironment(e);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QString(fields::caBundlePath));
    QVERIFY2(problems.first().message.contains(mentions), qPrintable(problems.first().message));
}

void TestPolicy::caBundleWithRealCertificate()
{
    // An independent implementation makes the certificate: the openssl program.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl program is not installed");
    const QString certPath = m_dir.filePath(QStringLiteral("ca.pem"));
    const QString keyPath = m_dir.filePath(QStringLiteral("ca-key.pem"));
    QProcess p;
    p.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=OAuthDesk Test CA") });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
        p.readAllStandardError().constData());

    Environment e = validEnvironment();
    e.caBundlePath = certPath;
    Problems problems = oauthdesk::validateEnvironment(e);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

    // A bundle with text around the certificate (as distributions ship them) is still accepted.
    QFile cert(certPath);
    QVERIFY(cert.open(QIODevice::ReadOnly));
    const QByteArray pem = cert.readAll();
    const QString bundlePath = m_dir.filePath(QStringLiteral("bundle.pem"));
    QFile bundle(bundlePath);
    QVERIFY(bundle.open(QIODevice::WriteOnly));
    bundle.write("# OAuthDesk Test CA\n" + pem + "\n" + pem);
    bundle.close();
    e.caBundlePath = bundlePath;
    problems = oauthdesk::validateEnvironment(e);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
