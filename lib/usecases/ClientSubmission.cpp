// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/ClientSubmission.h"

#include "usecases/Workspace.h"

namespace oauthdesk {

bool ClientSubmissions::canRegister(const Environment *env)
{
    return env && !Registrations::endpoint(*env).isEmpty();
}

bool ClientSubmissions::canUpdateRegistration(
    const Environment *env, const OAuthClient &client, bool editing)
{
    return editing && env && !client.registrationClientUri.isEmpty();
}

Later<SubmissionOutcome> ClientSubmissions::submit(ClientSubmission submission)
{
    auto [later, resolve] = Later<SubmissionOutcome>::make();
    auto s = std::make_shared<ClientSubmission>(std::move(submission));
    auto outcome = std::make_shared<SubmissionOutcome>();
    const QString appName = s->newApplicationName.trimmed();
    if (appName.isEmpty()) {
        saveOrRegister(s, outcome, resolve);
        return later;
    }
    Application app;
    app.name = appName;
    workspace().applications().save(app).then(
        this, [this, s, outcome, resolve](Result<Application> saved) {
            if (!saved) {
                outcome->client = std::unexpected(saved.error());
                resolve(std::move(*outcome));
                return;
            }
            outcome->createdApplication = *saved;
            s->client.applicationId = saved->id;
            saveOrRegister(s, outcome, resolve);
        });
    return later;
}

void ClientSubmissions::saveOrRegister(std::shared_ptr<ClientSubmission> s,
    std::shared_ptr<SubmissionOutcome> outcome, Later<SubmissionOutcome>::Resolver done)
{
    const std::optional<Environment> env = s->client.environmentId
        ? workspace().environments().byId(*s->client.environmentId)
        : std::nullopt;
    const Environment *e = env ? &*env : nullptr;
    if (s->registerAtAs && (canRegister(e) || canUpdateRegistration(e, s->client, s->editing))) {
        // The AS's answer is the truth: what it registered is what is saved (RegistrationService).
        workspace()
            .registrations()
            .inputFor(s->client, s->previousMethod)
            .andThen(this,
                [this, s, environment = *env](const RegistrationInput &input) {
                    return s->editing
                        ? workspace().registrations().update(environment, input)
                        : workspace().registrations().registerClient(environment, input);
                })
            .then(this, [outcome, done](Result<RegistrationOutcome> registered) {
                if (!registered) {
                    outcome->client = std::unexpected(registered.error());
                } else {
                    outcome->client = registered->client;
                    if (registered->clientSecret)
                        outcome->secretToShow = registered->clientSecret->clone();
                    outcome->registration = std::move(*registered);
                }
                done(std::move(*outcome));
            });
        return;
    }
    outcome->secretToShow = s->secret ? s->secret->clone() : SecretBytes {};
    workspace()
        .clients()
        .save(s->client, std::move(s->secret), s->previousMethod)
        .then(this, [outcome, done](Result<OAuthClient> saved) {
            if (!saved)
                outcome->secretToShow = SecretBytes {}; // nothing was saved: nothing to show
            outcome->client = std::move(saved);
            done(std::move(*outcome));
        });
}

} // namespace oauthdesk
