// SPDX-License-Identifier: GPL-3.0-or-later
// Results as the sign-in and token testers emit them, for the result pane's offscreen suites
// (tst_signin_pane, tst_look): an environment with discovery, a client, a token answer and an ID
// token check. The live suites get the same from the real AS.
#pragma once

#include "oauth/SignInTester.h"
#include "oauth/TokenTester.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace oauthdesk::test {

inline const QString kIssuer = QStringLiteral("https://as.example.com");

inline QByteArray discovery(bool introspection, bool revocation)
{
    QJsonObject o { { QStringLiteral("issuer"), kIssuer },
        { QStringLiteral("token_endpoint"), QString(kIssuer + QStringLiteral("/token")) },
        { QStringLiteral("authorization_endpoint"), QString(kIssuer + QStringLiteral("/auth")) },
        { QStringLiteral("jwks_uri"), QString(kIssuer + QStringLiteral("/jwks")) } };
    if (introspection)
        o.insert(QStringLiteral("introspection_endpoint"),
            QString(kIssuer + QStringLiteral("/introspect")));
    if (revocation)
        o.insert(
            QStringLiteral("revocation_endpoint"), QString(kIssuer + QStringLiteral("/revoke")));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline Environment environment(bool introspection = true, bool revocation = true)
{
    Environment e;
    e.id = 1;
    e.name = QStringLiteral("UAT");
    e.issuer = QUrl(kIssuer);
    e.discoveryDocument = discovery(introspection, revocation);
    return e;
}

inline OAuthClient client(bool interactive)
{
    OAuthClient c;
    c.id = 7;
    c.clientId = QStringLiteral("c-123");
    c.name = QStringLiteral("Banking app");
    c.applicationType = interactive ? ApplicationType::Native : ApplicationType::MachineToMachine;
    c.grantTypes = { interactive ? GrantType::AuthorizationCode : GrantType::ClientCredentials };
    c.authMethod = interactive ? AuthMethod::None : AuthMethod::ClientSecretBasic;
    c.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
    return c;
}

/// A token result as the testers build it: the request from buildTokenRequest, the AS's answer.
inline TokenTestResult tokenResult(bool withRefresh)
{
    TokenRequest r;
    r.tokenEndpoint = QUrl(QString(kIssuer + QStringLiteral("/token")));
    r.clientId = QStringLiteral("c-123");
    r.authMethod = AuthMethod::None;
    r.grantType = "authorization_code";
    TokenTestResult t;
    t.token.exchange.request = *buildTokenRequest(r);
    t.token.exchange.status = 200;
    t.token.exchange.responseBody
        = R"({"access_token":"AT-SECRET-VALUE","token_type":"Bearer","expires_in":300,)"
          R"("refresh_token":"RT-SECRET-VALUE","id_token":"ID-SECRET-VALUE"})";
    t.exchanges = { t.token.exchange };
    TokenResponse resp;
    resp.accessToken = std::make_shared<const SecretBytes>(
        SecretBytes::fromUtf8(QStringLiteral("AT-SECRET-VALUE")));
    resp.tokenType = QStringLiteral("Bearer");
    resp.expiresIn = 300;
    resp.receivedAt = QDateTime::currentDateTimeUtc();
    if (withRefresh)
        resp.refreshToken = std::make_shared<const SecretBytes>(
            SecretBytes::fromUtf8(QStringLiteral("RT-SECRET-VALUE")));
    t.token.result = resp;
    return t;
}

inline IdTokenCheck idCheck(bool audOk)
{
    IdTokenCheck c;
    DecodedJwt d;
    d.claims = QJsonObject { { QStringLiteral("sub"), QStringLiteral("alice") },
        { QStringLiteral("nonce"), QStringLiteral("n-1") } };
    c.decoded = d;
    c.signature.status = SignatureStatus::Valid;
    c.checks = { { QStringLiteral("signature"), true, QStringLiteral("Signature valid") },
        { QStringLiteral("aud"), audOk,
            audOk ? QStringLiteral("Audience contains this client")
                  : QStringLiteral("Audience is another client") },
        { QStringLiteral("sub"), true, QStringLiteral("Signed-in user (sub): alice.") } };
    return c;
}

} // namespace oauthdesk::test
