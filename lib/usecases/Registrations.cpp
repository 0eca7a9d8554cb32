// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Registrations.h"

#include "oauth/Transport.h"
#include "policy/Validation.h"
#include "registry/CertificateRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "usecases/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace oauthdesk {

QUrl Registrations::endpoint(const Environment &env)
{
    return RegistrationService::registrationEndpoint(env);
}

Later<RegistrationCredentials> Registrations::readCredentials(const Environment &env)
{
    auto [later, resolve] = Later<RegistrationCredentials>::make();
    workspace().registrationService().readCredentials(env, this, resolve);
    return later;
}

Later<void> Registrations::storeCredentials(const Environment &env,
    std::optional<std::shared_ptr<const SecretBytes>> initialAccessToken,
    std::optional<std::shared_ptr<const SecretBytes>> softwareStatement)
{
    auto [later, resolve] = Later<void>::make();
    workspace().registrationService().storeCredentials(
        env, std::move(initialAccessToken), std::move(softwareStatement), this, resolve);
    return later;
}

Later<RegistrationInput> Registrations::inputFor(
    const OAuthClient &c, std::optional<AuthMethod> previousMethod)
{
    const bool needsJwks = c.authMethod == AuthMethod::PrivateKeyJwt && c.signingCertificateId;
    const bool needsCertificateJwks
        = c.authMethod == AuthMethod::SelfSignedTlsClientAuth && c.transportCertificateId;
    const bool needsCertificates
        = (c.authMethod == AuthMethod::TlsClientAuth && c.transportCertificateId)
        || needsCertificateJwks;
    RegistrationInput input { c, {}, {}, previousMethod };
    if (!needsJwks && !needsCertificates)
        return Later<RegistrationInput>::ready(std::move(input));
    return workspace()
        .certificates()
        .forApplication(c.applicationId)
        .andThen(this,
            [this, input, needsJwks, needsCertificateJwks](
                const QList<CertificateRecord> &records) mutable {
                const OAuthClient &client = input.client;
                std::optional<CertificateRecord> signing;
                std::optional<CertificateRecord> transport;
                for (const CertificateRecord &r : records) {
                    if (client.transportCertificateId == r.id)
                        transport = r;
                    if (client.signingCertificateId == r.id)
                        signing = r;
                }
                if (needsCertificateJwks) {
                    if (!transport)
                        return Later<RegistrationInput>::failed({ ErrorCode::NotFound,
                            tr("Transport certificate: the certificate picked for self_signed_tls_client_auth is gone; "
                               "pick another on the Authentication page."),
                            {} });
                    auto jwks = CertificateRegistry::selfSignedTlsJwks(*transport);
                    if (!jwks)
                        return Later<RegistrationInput>::failed(jwks.error());
                    input.jwks = *jwks;
                    return Later<RegistrationInput>::ready(std::move(input));
                }
                if (transport && client.authMethod == AuthMethod::TlsClientAuth)
                    input.tlsClientAuthSubjectDn = transport->subjectDn;
                if (!needsJwks)
                    return Later<RegistrationInput>::ready(std::move(input));
                if (!signing)
                    return Later<RegistrationInput>::failed({ ErrorCode::NotFound,
                        tr("Signing key: the certificate picked for private_key_jwt is gone; pick another on the "
                           "Authentication page."),
                        {} });
                return workspace()
                    .certificates()
                    .jwks({ *signing })
                    .andThen(this, [input](const QByteArray &jwks) mutable {
                        input.jwks = jwks;
                        return input;
                    });
            });
}

namespace {
template <typename Call> Later<RegistrationOutcome> outcomeOf(Call call)
{
    auto [later, resolve] = Later<RegistrationOutcome>::make();
    call([resolve](RegistrationOutcome o) { resolve(std::move(o)); });
    return later;
}
} // namespace

Later<RegistrationOutcome> Registrations::registerClient(
    const Environment &env, const RegistrationInput &input)
{
    return outcomeOf([&](auto done) {
        workspace().registrationService().registerClient(env, input, this, done);
    });
}

Later<RegistrationOutcome> Registrations::refresh(const Environment &env, const OAuthClient &client)
{
    return outcomeOf(
        [&](auto done) { workspace().registrationService().refresh(env, client, this, done); });
}

Later<RegistrationOutcome> Registrations::update(
    const Environment &env, const RegistrationInput &input)
{
    return outcomeOf(
        [&](auto done) { workspace().registrationService().update(env, input, this, done); });
}

Later<RegistrationOutcome> Registrations::rotateSecret(
    const Environment &env, const OAuthClient &client)
{
    return outcomeOf([&](auto done) {
        workspace().registrationService().rotateSecret(env, { client, {}, {}, {} }, this, done);
    });
}

Later<DeletionOutcome> Registrations::deleteAtAs(const Environment &env, const OAuthClient &client)
{
    auto [later, resolve] = Later<DeletionOutcome>::make();
    workspace().registrationService().deleteAtAs(
        env, client, this, [resolve](Result<void> r, QList<HttpExchange> exchanges) {
            resolve(DeletionOutcome { std::move(r), std::move(exchanges) });
        });
    return later;
}

Later<QStringList> Registrations::keepRotatedCredentials(
    const OAuthClient &client, const SecretBytes &tokenSent, const RegisteredClient &answer)
{
    struct Write
    {
        QString key;
        std::shared_ptr<const SecretBytes> value;
        QString said;
    };
    QList<Write> writes;
    if (answer.registrationAccessToken && !answer.registrationAccessToken->isEmpty()
        && !answer.registrationAccessToken->equals(tokenSent))
        writes.append({ Keychain::registrationTokenKey(client.uuid), answer.registrationAccessToken,
            tr("The AS issued a new registration access token with its answer (RFC 7592 §2.1); "
               "OAuthDesk stored it in the keychain in place of the old one.") });
    if (answer.clientSecret && !answer.clientSecret->isEmpty()
        && usesClientSecret(client.authMethod))
        writes.append({ Keychain::clientSecretKey(client.uuid), answer.clientSecret,
            tr("The AS sent the client secret with its answer (RFC 7592 §2.1); OAuthDesk "
               "stored it in the keychain, so a secret the AS rotated is not lost.") });
    if (writes.isEmpty())
        return Later<QStringList>::ready(QStringList {});
    auto [later, resolve] = Later<QStringList>::make();
    auto notes = std::make_shared<QStringList>();
    auto remaining = std::make_shared<qsizetype>(writes.size());
    for (const Write &w : std::as_const(writes)) {
        workspace().keychain().write(w.key, *w.value, this,
            [notes, remaining, resolve, said = w.said](Result<void> written) {
                notes->append(written
                        ? said
                        : tr(
                            "The AS issued new credentials with its answer (RFC 7592 §2.1), but the "
                            "keychain refused them (%1): register the client again to manage it.")
                              .arg(written.error().message));
                if (--*remaining == 0)
                    resolve(*notes);
            });
    }
    return later;
}

// --- jwks_uri and RFC 7592 reads, shared by the doctor and the key rotation ------------------

namespace {

Result<JwkSet> jwkSetFrom(const QUrl &url, const HttpExchange &x)
{
    const QString where = url.toString();
    if (x.transportError)
        return fail(x.transportError->code,
            Registrations::tr("The jwks_uri %1 could not be read: %2")
                .arg(where, x.transportError->message));
    if (x.status == 404)
        return fail(ErrorCode::NotFound,
            Registrations::tr("The jwks_uri %1 answered HTTP 404: no JWK Set is published there.")
                .arg(where));
    if (x.status != 200)
        return fail(ErrorCode::ProtocolError,
            Registrations::tr("The jwks_uri %1 answered HTTP %2, not a JWK Set.")
                .arg(where)
                .arg(x.status));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(x.responseBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("keys")).isArray())
        return fail(ErrorCode::ProtocolError,
            Registrations::tr(
                "The jwks_uri %1 did not answer a JWK Set (a JSON object with a \"keys\" array, "
                "RFC 7517 §5).")
                .arg(where));
    JwkSet set { url, doc.object(), {} };
    for (const QJsonValue &k : set.document.value(QStringLiteral("keys")).toArray())
        set.kids.append(k.toObject().value(QStringLiteral("kid")).toString());
    return set;
}

} // namespace

Later<JwksFetch> Registrations::fetchJwks(const QUrl &url, const Environment &env)
{
    if (!url.isValid() || url.isRelative())
        return Later<JwksFetch>::ready(
            JwksFetch { fail(ErrorCode::InvalidInput,
                            tr("The jwks_uri \"%1\" is not an absolute URL.").arg(url.toString())),
                {} });
    HttpRequest get;
    get.url = url;
    get.maxResponseBytes = kMaxJwksBytes;
    get.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    auto [later, resolve] = Later<JwksFetch>::make();
    workspace().transport().send(get, env.caBundlePath, this, [url, resolve](HttpExchange x) {
        JwksFetch out;
        out.keys = jwkSetFrom(url, x);
        out.exchanges.append(std::move(x));
        resolve(std::move(out));
    });
    return later;
}

Later<RegistrationRead> Registrations::read(const Environment &env, const OAuthClient &client)
{
    if (client.registrationClientUri.isEmpty())
        return Later<RegistrationRead>::ready(RegistrationRead {
            fail(ErrorCode::InvalidInput,
                tr("\"%1\" was not registered through OAuthDesk (no RFC 7592 management URI).")
                    .arg(client.name)),
            false, {}, {} });
    auto [later, resolve] = Later<RegistrationRead>::make();
    workspace().keychain().read(Keychain::registrationTokenKey(client.uuid), this,
        [this, env, client, resolve](Result<SecretBytes> token) {
            if (!token) {
                resolve(RegistrationRead { std::unexpected(token.error()), false, {}, {} });
                return;
            }
            RegistrationCall call;
            call.method = "GET";
            call.url = client.registrationClientUri;
            call.bearer = std::make_shared<const SecretBytes>(std::move(*token));
            call.extraHeaders = env.headers;
            sendRegistrationCall(&workspace().transport(), call, env.caBundlePath, this,
                [this, client, resolve, sent = call.bearer](HttpExchange x) {
                    RegistrationRead out;
                    out.tokenRead = true;
                    out.registered = parseRegistrationResponse(x, RegistrationStep::Read);
                    out.exchanges.append(std::move(x));
                    if (!out.registered) {
                        resolve(std::move(out));
                        return;
                    }
                    // The AS may rotate the token (or the secret) on a read (§2.1): what it issued
                    // is kept before anyone reads the keychain again, else the client would be
                    // locked out.
                    const RegisteredClient answer = *out.registered;
                    keepRotatedCredentials(client, *sent, answer)
                        .then(this, [out, resolve](Result<QStringList> notes) mutable {
                            if (notes)
                                out.notes = *notes;
                            else
                                out.notes.append(notes.error().message);
                            resolve(std::move(out));
                        });
                });
        });
    return later;
}

} // namespace oauthdesk
