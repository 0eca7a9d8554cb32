// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "model/OAuthClient.h"
#include "registry/RegistrationService.h"
#include "secrets/SecretBytes.h"
#include "usecases/UseCase.h"

#include <optional>

namespace oauthdesk {

/// What the create-client wizard hands over on Submit (a value: the wizard does no I/O).
struct ClientSubmission
{
    OAuthClient client;
    /// The client secret for a secret-based method (new clients, or a move to such a method).
    std::optional<SecretBytes> secret;
    /// Non-empty: create this application first and put the client in it.
    QString newApplicationName;
    bool editing = false;
    /// When editing: the method the stored client had (its keychain holds a secret or not).
    std::optional<AuthMethod> previousMethod;
    /// Register the client at its environment's AS (RFC 7591), or, editing a client registered
    /// through OAuthDesk, update its registration there (RFC 7592 PUT).
    bool registerAtAs = false;
};

/// What Submit did: the client as saved (or why not), the secret to show once, and what the AS
/// answered when it was asked.
struct SubmissionOutcome
{
    Result<OAuthClient> client = fail(ErrorCode::Internal, QString());
    std::optional<Application> createdApplication;
    SecretBytes secretToShow;
    std::optional<RegistrationOutcome> registration;
};

/// Submit of the wizard, end to end: the new application, then the registration at the AS
/// (the AS's answer is the truth) or the local save, store and keychain together.
class ClientSubmissions final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// Whether Submit can register @p client at @p env (its AS offers registration).
    [[nodiscard]] static bool canRegister(const Environment *env);
    /// Whether Submit can update the registration of an edited @p client.
    [[nodiscard]] static bool canUpdateRegistration(
        const Environment *env, const OAuthClient &client, bool editing);

    [[nodiscard]] Later<SubmissionOutcome> submit(ClientSubmission submission);

private:
    void saveOrRegister(std::shared_ptr<ClientSubmission> s,
        std::shared_ptr<SubmissionOutcome> outcome, Later<SubmissionOutcome>::Resolver done);
};

} // namespace oauthdesk
