// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 7591/7592 request building, answers and differences, and RFC 7662/7009 answers, without
// a network: the live suite (tst_live_register) sends them to a real AS.
#include "oauth/Registration.h"
#include "oauth/TokenClient.h"
#include "oauth/TokenIntrospection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace oauthdesk;

namespace {

HttpExchange answer(
    int status, const QByteArray &body, const QByteArray &method = "POST", bool bearer = true)
{
    HttpExchange ex;
    ex.request.method = method;
    if (bearer)
        ex.request.headers.emplace_back("Authorization", "Bearer x");
    ex.status = status;
    ex.responseBody = body;
    ex.responseHeaders = { { "Content-Type", "application/json" } };
    return ex;
}

RefusalContext calling(BackChannelEndpoint endpoint, AuthMethod method)
{
    RefusalContext c;
    c.endpoint = endpoint;
    c.method = method;
    return c;
}
RefusalContext introspecting(AuthMethod method)
{
    return calling(BackChannelEndpoint::Introspection, method);
}
RefusalContext revoking(AuthMethod method)
{
    return calling(BackChannelEndpoint::Revocation, method);
}

OAuthClient webClient()
{
    OAuthClient c;
    c.name = QStringLiteral("Portal");
    c.applicationType = ApplicationType::Web;
    c.grantTypes = { GrantType::AuthorizationCode, GrantType::RefreshToken };
    c.redirectUris = { QStringLiteral("https://portal.example.com/cb") };
    c.scopes = { QStringLiteral("openid"), QStringLiteral("accounts:read") };
    c.authMethod = AuthMethod::ClientSecretBasic;
    return c;
}

} // namespace

class TestRegistration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataFromTheWizard()
    {
        const QJsonObject m = registrationMetadata({ webClient(), {}, {}, {} });
        QCOMPARE(m.value(QLatin1String("client_name")).toString(), QStringLiteral("Portal"));
        QCOMPARE(m.value(QLatin1String("grant_types")).toArray(),
            (QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("refresh_token") }));
        QCOMPARE(m.value(QLatin1String("response_types")).toArray(),
            QJsonArray { QStringLiteral("code") });
        QCOMPARE(
            m.value(QLatin1String("scope")).toString(), QStringLiteral("openid accounts:read"));
        QCOMPARE(m.value(QLatin1String("token_endpoint_auth_method")).toString(),
            QStringLiteral("client_secret_basic"));
        QCOMPARE(m.value(QLatin1String("application_type")).toString(), QStringLiteral("web"));
        QVERIFY(!m.contains(QLatin1String("jwks")));

        OAuthClient mtls = webClient();
        mtls.authMethod = AuthMethod::TlsClientAuth;
        mtls.certificateBoundTokens = true;
        const QJsonObject t
            = registrationMetadata({ mtls, {}, QStringLiteral("CN=svc,O=Example"), {} });
        QCOMPARE(t.value(QLatin1String("tls_client_auth_subject_dn")).toString(),
            QStringLiteral("CN=svc,O=Example"));
        QCOMPARE(
            t.value(QLatin1String("tls_client_certificate_bound_access_tokens")).toBool(), true);

        OAuthClient jwt = webClient();
        jwt.authMethod = AuthMethod::PrivateKeyJwt;
        const QJsonObject j = registrationMetadata(
            { jwt, QByteArray(R"({"keys":[{"kty":"EC","kid":"k1"}]})"), {}, {} });
        QCOMPARE(
            j.value(QLatin1String("jwks")).toObject().value(QLatin1String("keys")).toArray().size(),
            1);

        OAuthClient native = webClient();
        native.applicationType = ApplicationType::Native;
        QCOMPARE(registrationMetadata({ native, {}, {}, {} })
                     .value(QLatin1String("application_type"))
                     .toString(),
            QStringLiteral("native"));
    }

    void secretsNeverShown()
    {
        RegistrationCall call;
        call.method = "POST";
        call.url = QUrl(QStringLiteral("https://as.example.com/reg"));
        call.bearer = std::make_shared<const SecretBytes>(
            SecretBytes::fromUtf8(QStringLiteral("iat-SECRET")));
        call.softwareStatement = std::make_shared<const SecretBytes>(
            SecretBytes::fromUtf8(QStringLiteral("ssa.SECRET.jwt")));
        call.body = registrationMetadata({ webClient(), {}, {}, {} });
        auto req = buildRegistrationRequest(call);
        QVERIFY(req);
        QVERIFY(req->body.contains("ssa.SECRET.jwt")); // sent …
        HttpExchange ex;
        ex.request = *req;
        ex.status = 201;
        ex.responseBody
            = R"({"client_id":"c1","client_secret":"cs-SECRET","registration_access_token":"rat-SECRET"})";
        // … but never displayed or exported.
        for (const QString &text : { ex.requestText(), ex.responseText(), ex.curl() })
            QVERIFY2(!text.contains(QLatin1String("SECRET")), qPrintable(text));
        QVERIFY(ex.requestText().contains(QLatin1String("Bearer <redacted>")));
        QVERIFY(ex.requestText(true).contains(QLatin1String("iat-SECRET")));

        RegistrationCall manage;
        manage.method = "GET";
        manage.url = QUrl(QStringLiteral("https://as.example.com/reg/c1"));
        auto noToken = buildRegistrationRequest(manage);
        QVERIFY(!noToken);
        QCOMPARE(noToken.error().code, ErrorCode::SecretNotFound);
        RegistrationCall noEndpoint;
        QVERIFY(buildRegistrationRequest(noEndpoint)
                    .error()
                    .message.contains(QLatin1String("registration_endpoint")));
    }

    void answerIsTheTruth()
    {
        const auto r = parseRegistrationResponse(
            answer(201,
                R"({"client_id":"abc","client_secret":"s3","client_id_issued_at":1700000000,)"
                R"("client_secret_expires_at":0,"registration_access_token":"t","registration_client_uri":"https://as.example.com/reg/abc",)"
                R"("grant_types":["authorization_code"],"scope":"openid","token_endpoint_auth_method":"client_secret_post","client_name":"Portal"})"),
            RegistrationStep::Register);
        QVERIFY(r);
        QCOMPARE(r->clientId, QStringLiteral("abc"));
        QCOMPARE(r->clientSecret->toUtf8String(), QStringLiteral("s3"));
        QCOMPARE(r->registrationAccessToken->toUtf8String(), QStringLiteral("t"));
        QCOMPARE(*r->clientIdIssuedAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY(!r->clientSecretExpiresAt); // 0: never
        QVERIFY(!r->metadata.contains(QLatin1String("client_secret")));
        QVERIFY(!r->metadata.contains(QLatin1String("registration_access_token")));

        const OAuthClient applied = applyRegistration(webClient(), *r);
        QCOMPARE(applied.clientId, QStringLiteral("abc"));
        QCOMPARE(applied.grantTypes, QList<GrantType> { GrantType::AuthorizationCode });
        QCOMPARE(applied.scopes, QStringList { QStringLiteral("openid") });
        QCOMPARE(applied.authMethod, AuthMethod::ClientSecretPost);
        QCOMPARE(
            applied.registrationClientUri, QUrl(QStringLiteral("https://as.example.com/reg/abc")));
        QVERIFY(!applied.clientSecretExpiresAt); // 0: never expires, nothing for the radar

        // A secret that expires: its date travels with the client to the store and the radar.
        RegisteredClient expiring = *r;
        expiring.clientSecretExpiresAt = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QCOMPARE(applyRegistration(webClient(), expiring).clientSecretExpiresAt,
            std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC)));

        // Not JSON, no client_id, a management URI that is not https: no client.
        QCOMPARE(parseRegistrationResponse(answer(201, "<html>"), RegistrationStep::Register)
                     .error()
                     .code,
            ErrorCode::ProtocolError);
        QCOMPARE(
            parseRegistrationResponse(answer(201, "{}"), RegistrationStep::Register).error().code,
            ErrorCode::ProtocolError);
        const QByteArray plainHttp
            = R"({"client_id":"a","registration_client_uri":"http://as.example.com/reg/a"})";
        const auto insecure
            = parseRegistrationResponse(answer(201, plainHttp), RegistrationStep::Register);
        QVERIFY(!insecure);
        QVERIFY(parseRegistrationDelete(answer(204, {}, "DELETE")));
        QCOMPARE(
            parseRegistrationDelete(answer(404, {}, "DELETE")).error().code, ErrorCode::NotFound);
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("bearer");
        QTest::addColumn<QString>("startsWith");
        QTest::newRow("redirect")
            << 400
            << QByteArray(
                   R"({"error":"invalid_redirect_uri","error_description":"redirect_uris must not contain fragments"})")
            << true << QStringLiteral("Redirect URIs:");
        QTest::newRow("auth method")
            << 400
            << QByteArray(
                   R"({"error":"invalid_client_metadata","error_description":"token_endpoint_auth_method must be one of ..."})")
            << true << QStringLiteral("Authentication method:");
        QTest::newRow("jwks")
            << 400
            << QByteArray(
                   R"({"error":"invalid_client_metadata","error_description":"jwks or jwks_uri is mandatory for this client"})")
            << true << QStringLiteral("Signing key");
        QTest::newRow("ssa")
            << 400
            << QByteArray(
                   R"({"error":"invalid_software_statement","error_description":"signature invalid"})")
            << true << QStringLiteral("Software statement:");
        QTest::newRow("bad iat")
            << 401
            << QByteArray(
                   R"({"error":"invalid_token","error_description":"invalid token provided"})")
            << true << QStringLiteral("Initial access token:");
        QTest::newRow("no iat")
            << 400
            << QByteArray(
                   R"({"error":"invalid_request","error_description":"no access token provided"})")
            << false << QStringLiteral("Initial access token:");
        QTest::newRow("malformed, no iat needed")
            << 400
            << QByteArray(
                   R"({"error":"invalid_request","error_description":"client_name must be a string"})")
            << false << QStringLiteral("The authorization server refused the registration");
        QTest::newRow("other metadata")
            << 400 << QByteArray(R"({"error":"invalid_client_metadata"})") << true
            << QStringLiteral("Client metadata:");
    }

    void errorsNameTheField()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, bearer);
        QFETCH(QString, startsWith);
        const auto r = parseRegistrationResponse(
            answer(status, body, "POST", bearer), RegistrationStep::Register);
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(startsWith), qPrintable(r.error().message));
        QVERIFY(r.error().detail.contains(QString::number(status)));
    }

    void differencesInPlainWords()
    {
        const QJsonObject asked = registrationMetadata({ webClient(), {}, {}, {} });
        QJsonObject granted = asked;
        QVERIFY(compareMetadata(asked, granted).isEmpty());
        // Order does not matter for lists and scopes.
        granted.insert(QStringLiteral("scope"), QStringLiteral("accounts:read openid"));
        granted.insert(QStringLiteral("grant_types"),
            QJsonArray { QStringLiteral("refresh_token"), QStringLiteral("authorization_code") });
        QVERIFY(compareMetadata(asked, granted).isEmpty());

        granted.insert(QStringLiteral("scope"), QStringLiteral("openid"));
        granted.insert(
            QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post"));
        granted.remove(QStringLiteral("client_name"));
        const auto diffs = compareMetadata(asked, granted);
        QCOMPARE(diffs.size(), 3);
        QStringList texts;
        for (const auto &d : diffs)
            texts.append(d.text);
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(
            all.contains(QStringLiteral("Scopes — not granted: accounts:read.")), qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral(
                "Authentication method — asked for \"client_secret_basic\", the AS has \"client_secret_post\".")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(
                     "Client name — sent as \"Portal\", but the AS did not return it")),
            qPrintable(all));

        // Regression (issue 12): the same value in another shape is no difference.
        QJsonObject reshaped = asked;
        reshaped.insert(QStringLiteral("token_endpoint_auth_method"),
            QJsonArray { QStringLiteral("client_secret_basic") });
        reshaped.insert(QStringLiteral("client_name"), QJsonArray { QStringLiteral("Portal") });
        QVERIFY(compareMetadata(asked, reshaped).isEmpty());
        reshaped.insert(QStringLiteral("token_endpoint_auth_method"),
            QJsonArray {
                QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post") });
        QCOMPARE(
            compareMetadata(asked, reshaped).size(), 1); // two methods are not the one asked for
        OAuthClient bound = webClient();
        bound.certificateBoundTokens = true;
        const QJsonObject b = registrationMetadata({ bound, {}, {}, {} });
        QJsonObject boundAnswer = b;
        boundAnswer.insert(
            QStringLiteral("tls_client_certificate_bound_access_tokens"), QStringLiteral("true"));
        QVERIFY(compareMetadata(b, boundAnswer).isEmpty());
        boundAnswer.insert(QStringLiteral("tls_client_certificate_bound_access_tokens"), false);
        QCOMPARE(compareMetadata(b, boundAnswer).size(), 1);
    }

    // Regression (issue 12): a machine client sent "redirect_uris": [], which an AS refused as
    // invalid_redirect_uri on a page that has no redirect URIs.
    void noEmptyRedirectUris()
    {
        OAuthClient m2m = webClient();
        m2m.applicationType = ApplicationType::MachineToMachine;
        m2m.grantTypes = { GrantType::ClientCredentials };
        m2m.redirectUris.clear();
        m2m.postLogoutRedirectUris.clear();
        const QJsonObject m = registrationMetadata({ m2m, {}, {}, {} });
        QVERIFY(!m.contains(QLatin1String("redirect_uris")));
        QVERIFY(!m.contains(QLatin1String("post_logout_redirect_uris")));
        QCOMPARE(m.value(QLatin1String("grant_types")).toArray(),
            QJsonArray { QStringLiteral("client_credentials") });
        QVERIFY(registrationMetadata({ webClient(), {}, {}, {} })
                    .contains(QLatin1String("redirect_uris")));

        // An AS that wants redirect_uris anyway (Glewlwyd 2.7.5 does) is explained as such, not
        // as a bad URI on a page that has none.
        HttpExchange refused = answer(400,
            R"({"error":"invalid_redirect_uri","error_description":"redirect_uris is mandatory"})");
        refused.request.body = QJsonDocument(m).toJson(QJsonDocument::Compact);
        const auto r = parseRegistrationResponse(refused, RegistrationStep::Register);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("none were sent"))
                && r.error().message.contains(QLatin1String("RFC 7591")),
            qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String("without a fragment")));
        // With URIs sent, the usual advice.
        refused.request.body = QJsonDocument(
            registrationMetadata({ webClient(), {}, {},
                {} })).toJson(QJsonDocument::Compact);
        QVERIFY(parseRegistrationResponse(refused, RegistrationStep::Register)
                    .error()
                    .message.contains(QLatin1String("without a fragment")));
    }

    // Found by fuzz_registration / fuzz_introspection (issue 13): a date beyond what a qint64
    // holds was cast anyway (undefined behaviour); now it is no date at all.
    void datesBeyondRangeAreNoDates()
    {
        const auto r = parseRegistrationResponse(
            answer(200,
                R"({"client_id":"5","client_id_issued_at":17672250111111111111,)"
                R"("client_secret_expires_at":1e300})"),
            RegistrationStep::Read);
        QVERIFY(r);
        QVERIFY(!r->clientIdIssuedAt);
        QVERIFY(!r->clientSecretExpiresAt);
        auto i = parseIntrospectionResponse(answer(200, R"({"active":true,"exp":1e30})"),
            introspecting(AuthMethod::ClientSecretBasic));
        QVERIFY(i);
        QVERIFY(!i->expiresAt());
        QVERIFY(!i->summary().contains(QLatin1String("expires")));
        auto fine = parseIntrospectionResponse(answer(200, R"({"active":true,"exp":4102444800})"),
            introspecting(AuthMethod::ClientSecretBasic));
        QCOMPARE(*fine->expiresAt(), QDateTime::fromSecsSinceEpoch(4102444800, Qt::UTC));
    }

    // An AS that answers token_endpoint_auth_method as a one-element array (Glewlwyd's RFC 7592
    // read does) means the same method.
    void methodAsAOneElementArray()
    {
        const auto r = parseRegistrationResponse(
            answer(200, R"({"client_id":"abc","token_endpoint_auth_method":["private_key_jwt"]})"),
            RegistrationStep::Read);
        QVERIFY(r);
        QCOMPARE(applyRegistration(webClient(), *r).authMethod, AuthMethod::PrivateKeyJwt);
        const auto two = parseRegistrationResponse(
            answer(200,
                R"({"client_id":"abc","token_endpoint_auth_method":["private_key_jwt","none"]})"),
            RegistrationStep::Read);
        QVERIFY(two);
        QCOMPARE(applyRegistration(webClient(), *two).authMethod,
            webClient().authMethod); // ambiguous: kept
    }

    // Regression (issue 12): self_signed_tls_client_auth registers its certificate in jwks x5c
    // (RFC 8705 §2.2); without it an AS answers "jwks or jwks_uri is mandatory".
    void selfSignedCertificateInJwks()
    {
        OAuthClient self = webClient();
        self.authMethod = AuthMethod::SelfSignedTlsClientAuth;
        const QByteArray jwks = R"({"keys":[{"kty":"EC","kid":"t1","x5c":["MIIB"]}]})";
        const QJsonObject m = registrationMetadata({ self, jwks, {}, {} });
        QCOMPARE(m.value(QLatin1String("jwks"))
                     .toObject()
                     .value(QLatin1String("keys"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("x5c"))
                     .toArray()
                     .size(),
            1);
        QVERIFY(!m.contains(QLatin1String("tls_client_auth_subject_dn")));
        OAuthClient basic = webClient();
        QVERIFY(!registrationMetadata(
            { basic, jwks, {},
                {} }).contains(QLatin1String("jwks"))); // only where the method uses it
    }

    void introspectionAnswers()
    {
        auto active = parseIntrospectionResponse(
            answer(200, R"({"active":true,"client_id":"c1","scope":"a b","exp":4102444800})"),
            introspecting(AuthMethod::ClientSecretBasic));
        QVERIFY(active);
        QVERIFY(active->active);
        QCOMPARE(*active->expiresAt(), QDateTime::fromSecsSinceEpoch(4102444800, Qt::UTC));
        QVERIFY(active->summary().contains(QLatin1String("issued to c1")));
        auto inactive = parseIntrospectionResponse(
            answer(200, R"({"active":false})"), introspecting(AuthMethod::ClientSecretBasic));
        QVERIFY(inactive && !inactive->active);
        QVERIFY(inactive->summary().startsWith(QLatin1String("Inactive")));
        // "active" missing or not a boolean says nothing: refused, never read as inactive.
        QCOMPARE(parseIntrospectionResponse(answer(200, R"({"active":"true"})"),
                     introspecting(AuthMethod::ClientSecretBasic))
                     .error()
                     .code,
            ErrorCode::ProtocolError);
        auto unauthorised = parseIntrospectionResponse(
            answer(401, R"({"error":"invalid_client"})"), introspecting(AuthMethod::PrivateKeyJwt));
        QVERIFY(unauthorised.error().message.contains(QLatin1String("client assertion")));

        QVERIFY(parseRevocationResponse(answer(200, {}), revoking(AuthMethod::ClientSecretBasic)));
        auto unsupported
            = parseRevocationResponse(answer(400, R"({"error":"unsupported_token_type"})"),
                revoking(AuthMethod::ClientSecretBasic));
        QVERIFY2(unsupported.error().message.contains(
                     QLatin1String("revocation endpoint does not handle this kind of token")),
            qPrintable(unsupported.error().message));
        // Regression (issue 12): an introspection error no longer speaks of revoking.
        auto unsupportedIntrospection
            = parseIntrospectionResponse(answer(400, R"({"error":"unsupported_token_type"})"),
                introspecting(AuthMethod::ClientSecretBasic));
        QVERIFY(unsupportedIntrospection.error().message.contains(
            QLatin1String("introspection endpoint")));
        QVERIFY(!unsupportedIntrospection.error().message.contains(QLatin1String("revoke")));
        // Regression (issue 12): a bare 401/403 is explained by the method in use, not as a wrong
        // URL.
        auto bare
            = parseIntrospectionResponse(answer(401, {}), introspecting(AuthMethod::PrivateKeyJwt));
        QVERIFY2(bare.error().message.contains(QLatin1String("Client assertion audience")),
            qPrintable(bare.error().message));
        QVERIFY(!bare.error().message.contains(QLatin1String("proxy")));
        auto publicBare = parseRevocationResponse(answer(403, {}), revoking(AuthMethod::None));
        QVERIFY2(publicBare.error().message.contains(QLatin1String("public client")),
            qPrintable(publicBare.error().message));
        QVERIFY(!publicBare.error().message.contains(QLatin1String("secret")));
    }

    void introspectionRequest()
    {
        TokenCall call;
        call.endpoint = QUrl(QStringLiteral("https://as.example.com/introspect"));
        call.tokenEndpoint = QUrl(QStringLiteral("https://as.example.com/token"));
        call.client.clientId = QStringLiteral("c1");
        call.client.authMethod = AuthMethod::ClientSecretPost;
        call.client.clientSecret
            = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(QStringLiteral("pw")));
        call.token = std::make_shared<const SecretBytes>(
            SecretBytes::fromUtf8(QStringLiteral("tok-SECRET")));
        call.kind = TokenKind::RefreshToken;
        auto req = buildIntrospectionRequest(call);
        QVERIFY(req);
        QCOMPARE(req->body,
            QByteArray(
                "token=tok-SECRET&token_type_hint=refresh_token&client_id=c1&client_secret=pw"));
        HttpExchange ex;
        ex.request = *req;
        QVERIFY(!ex.requestText().contains(QLatin1String("tok-SECRET")));
        QVERIFY(!ex.requestText().contains(QLatin1String("=pw")));

        call.token.reset();
        QVERIFY(!buildRevocationRequest(call));
        call.token
            = std::make_shared<const SecretBytes>(SecretBytes::fromUtf8(QStringLiteral("t")));
        call.endpoint = QUrl();
        QVERIFY(buildRevocationRequest(call).error().message.contains(
            QLatin1String("revocation endpoint")));
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
