// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Registrations.h"

#include "registry/CertificateRegistry.h"
#include "store/AsyncStore.h"
#include "usecases/Workspace.h"

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
    workspace().registrationService().storeCredentials(env, std::move(initialAccessToken),
                                                       std::move(softwareStatement), this, resolve);
    return later;
}

Later<RegistrationInput> Registrations::inputFor(const OAuthClient &c, std::optional<AuthMethod> previousMethod)
{
    const bool needsJwks = c.authMethod == AuthMethod::PrivateKeyJwt && c.signingCertificateId;
    const bool needsCertificateJwks = c.authMethod == AuthMethod::SelfSignedTlsClientAuth && c.transportCertificateId;
    const bool needsCertificates = (c.authMethod == AuthMethod::TlsClientAuth && c.transportCertificateId) || needsCertificateJwks;
    RegistrationInput input { c, {}, {}, previousMethod };
    if (!needsJwks && !needsCertificates)
        return Later<RegistrationInput>::ready(std::move(input));
    return workspace().certificates().forApplication(c.applicationId).andThen(
        this, [this, input, needsJwks, needsCertificateJwks](const QList<CertificateRecord> &records) mutable {
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
                    return Later<RegistrationInput>::failed(
                        { ErrorCode::NotFound,
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
                return Later<RegistrationInput>::failed(
                    { ErrorCode::NotFound,
                      tr("Signing key: the certificate picked for private_key_jwt is gone; pick another on the "
                         "Authentication page."),
                      {} });
            return workspace().certificates().jwks({ *signing }).andThen(this, [input](const QByteArray &jwks) mutable {
                input.jwks = jwks;
                return input;
            });
        });
}

namespace {
template <typename Call>
Later<RegistrationOutcome> outcomeOf(Call call)
{
    auto [later, resolve] = Later<RegistrationOutcome>::make();
    call([resolve](RegistrationOutcome o) { resolve(std::move(o)); });
    return later;
}
} // namespace

Later<RegistrationOutcome> Registrations::registerClient(const Environment &env, const RegistrationInput &input)
{
    return outcomeOf([&](auto done) { workspace().registrationService().registerClient(env, input, this, done); });
}

Later<RegistrationOutcome> Registrations::refresh(const Environment &env, const OAuthClient &client)
{
    return outcomeOf([&](auto done) { workspace().registrationService().refresh(env, client, this, done); });
}

Later<RegistrationOutcome> Registrations::update(const Environment &env, const RegistrationInput &input)
{
    return outcomeOf([&](auto done) { workspace().registrationService().update(env, input, this, done); });
}

Later<RegistrationOutcome> Registrations::rotateSecret(const Environment &env, const OAuthClient &client)
{
    return outcomeOf([&](auto done) {
        workspace().registrationService().rotateSecret(env, { client, {}, {}, {} }, this, done);
    });
}

Later<DeletionOutcome> Registrations::deleteAtAs(const Environment &env, const OAuthClient &client)
{
    auto [later, resolve] = Later<DeletionOutcome>::make();
    workspace().registrationService().deleteAtAs(env, client, this,
                                                 [resolve](Result<void> r, QList<HttpExchange> exchanges) {
                                                     resolve(DeletionOutcome { std::move(r), std::move(exchanges) });
                                                 });
    return later;
}

} // namespace oauthdesk
