// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistrationService.h"

#include "oauth/Discovery.h"
#include "oauth/Transport.h"
#include "registry/ClientRegistry.h"
#include "secrets/Keychain.h"

#include <QCoreApplication>
#include <QLocale>

namespace oauthdesk {

namespace {

using Secret = std::shared_ptr<const SecretBytes>;

Secret shared(SecretBytes s)
{
    return std::make_shared<const SecretBytes>(std::move(s));
}

/// An outcome filled step by step, and the one way it is handed over: once, and only while the
/// caller's context object lives.
std::pair<std::shared_ptr<RegistrationOutcome>, std::function<void()>> pending(
    QObject *context, std::function<void(RegistrationOutcome)> done)
{
    auto outcome = std::make_shared<RegistrationOutcome>();
    QPointer<QObject> guard(context);
    return { outcome, [guard, done = std::move(done), outcome] {
                if (guard)
                    done(*outcome);
            } };
}

/// What the AS's client_secret_expires_at means for the admin: a date to rotate before, or a
/// secret the AS issued already expired (it will refuse it).
QString secretExpiryWarning(const QDateTime &expiresAt)
{
    const QString when = QLocale().toString(expiresAt.toLocalTime(), QLocale::LongFormat);
    if (expiresAt <= QDateTime::currentDateTimeUtc())
        return RegistrationService::tr(
            "The AS says the client secret expired on %1, so it will refuse it: ask the "
            "AS for a new secret.")
            .arg(when);
    return RegistrationService::tr(
        "The AS says the client secret expires on %1: rotate it before then.")
        .arg(when);
}

bool sameSecret(const Secret &a, const Secret &b)
{
    if (!a || !b)
        return !a && !b;
    return a->equals(*b);
}

} // namespace

RegistrationService::RegistrationService(
    Transport *transport, ClientRegistry *clients, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clients(clients)
{ }

QUrl RegistrationService::registrationEndpoint(const Environment &env)
{
    if (env.discoveryDocument.isEmpty())
        return {};
    auto m = parseDiscovery(env.discoveryDocument, env.issuer);
    return m ? m->registrationEndpoint : QUrl();
}

void RegistrationService::readCredentials(const Environment &env, QObject *context,
    std::function<void(Result<RegistrationCredentials>)> done)
{
    Keychain *keychain = m_clients ? m_clients->keychain() : nullptr;
    if (!keychain || env.uuid.isEmpty()) {
        done(fail(ErrorCode::Internal,
            tr("Save the environment first: its registration credentials are kept under its id.")));
        return;
    }
    QPointer<QObject> guard(context);
    auto creds = std::make_shared<RegistrationCredentials>();
    const QString ssaKey = Keychain::softwareStatementKey(env.uuid);
    keychain->read(Keychain::initialAccessTokenKey(env.uuid), this,
        [this, guard, done, creds, ssaKey, keychain](Result<SecretBytes> iat) {
            if (!iat && iat.error().code != ErrorCode::SecretNotFound) {
                if (guard)
                    done(std::unexpected(iat.error()));
                return;
            }
            if (iat)
                creds->initialAccessToken = shared(std::move(*iat));
            keychain->read(ssaKey, this, [guard, done, creds](Result<SecretBytes> ssa) {
                if (!ssa && ssa.error().code != ErrorCode::SecretNotFound) {
                    if (guard)
                        done(std::unexpected(ssa.error()));
                    return;
                }
                if (ssa)
                    creds->softwareStatement = shared(std::move(*ssa));
                if (guard)
                    done(*creds);
            });
        });
}

void RegistrationService::storeCredentials(const Environment &env,
    std::optional<Secret> initialAccessToken, std::optional<Secret> softwareStatement,
    QObject *context, std::function<void(Result<void>)> done)
{
    Keychain *keychain = m_clients ? m_clients->keychain() : nullptr;
    if (!keychain || env.uuid.isEmpty()) {
        done(fail(ErrorCode::Internal,
            tr("Save the environment first: its registration credentials are kept under its id.")));
        return;
    }
    QPointer<QObject> guard(context);
    // One after the other: a failure names the credential and leaves the other untouched.
    auto step = [keychain, this](const QString &key, const std::optional<Secret> &value,
                    std::function<void(Result<void>)> next) {
        if (!value) {
            next({});
            return;
        }
        if (!*value || (*value)->isEmpty())
            keychain->remove(key, this, std::move(next));
        else
            keychain->write(key, **value, this, std::move(next));
    };
    const QString ssaKey = Keychain::softwareStatementKey(env.uuid);
    step(Keychain::initialAccessTokenKey(env.uuid), initialAccessToken,
        [guard, done, step, ssaKey, softwareStatement](Result<void> r) {
            if (!r) {
                Error e = r.error();
                e.message = tr("Initial access token: %1").arg(e.message);
                if (guard)
                    done(std::unexpected(e));
                return;
            }
            step(ssaKey, softwareStatement, [guard, done](Result<void> r2) {
                if (!r2) {
                    Error e = r2.error();
                    e.message = tr("Software statement: %1").arg(e.message);
                    if (guard)
                        done(std::unexpected(e));
                    return;
                }
                if (guard)
                    done({});
            });
        });
}

void RegistrationService::registerClient(const Environment &env, const RegistrationInput &input,
    QObject *context, std::function<void(RegistrationOutcome)> done)
{
    auto [outcome, finish] = pending(context, std::move(done));
    const QUrl endpoint = registrationEndpoint(env);
    if (endpoint.isEmpty() || !m_transport || !m_clients) {
        outcome->client = fail(ErrorCode::InvalidInput,
            tr("%1 does not offer dynamic client registration: its discovery metadata has no "
               "registration_endpoint (refresh it in Settings → Environments).")
                .arg(env.name));
        finish();
        return;
    }
    outcome->requested = registrationMetadata(input);
    readCredentials(env, this,
        [this, env, input, endpoint, outcome, finish](Result<RegistrationCredentials> creds) {
            if (!creds) {
                outcome->client = std::unexpected(creds.error());
                finish();
                return;
            }
            RegistrationCall call;
            call.method = "POST";
            call.url = endpoint;
            call.bearer = creds->initialAccessToken;
            call.softwareStatement = creds->softwareStatement;
            call.body = outcome->requested;
            call.extraHeaders = env.headers;
            sendRegistrationCall(m_transport, call, env.caBundlePath, this,
                [this, env, input, outcome, finish](HttpExchange ex) {
                    outcome->exchanges.append(ex);
                    auto registered = parseRegistrationResponse(ex, RegistrationStep::Register);
                    if (!registered) {
                        outcome->client = std::unexpected(registered.error());
                        finish();
                        return;
                    }
                    OAuthClient client = applyRegistration(input.client, *registered);
                    client.environmentId = env.id;
                    client.id = 0;
                    client.uuid.clear();
                    outcome->granted = registered->metadata;
                    outcome->differences
                        = compareMetadata(outcome->requested, registered->metadata);
                    outcome->clientSecret = registered->clientSecret;
                    if (registered->clientSecretExpiresAt)
                        outcome->warnings.append(
                            secretExpiryWarning(*registered->clientSecretExpiresAt));
                    const RegisteredClient reg = *registered;
                    auto undoAtAs = [this, env, reg, outcome, finish](Error why) {
                        // Not saved here: delete it at the AS, so no client is left there that
                        // nobody knows the secret of.
                        outcome->client = std::unexpected(why);
                        if (reg.registrationClientUri.isEmpty() || !reg.registrationAccessToken) {
                            outcome->warnings.append(
                                tr("The AS registered client %1, but it could not be saved "
                                   "here and cannot be deleted there automatically: delete it "
                                   "in the AS's console.")
                                    .arg(reg.clientId));
                            finish();
                            return;
                        }
                        RegistrationCall del;
                        del.method = "DELETE";
                        del.url = reg.registrationClientUri;
                        del.bearer = reg.registrationAccessToken;
                        del.extraHeaders = env.headers;
                        sendRegistrationCall(m_transport, del, env.caBundlePath, this,
                            [outcome, finish, reg](HttpExchange dex) {
                                outcome->exchanges.append(dex);
                                if (!parseRegistrationDelete(dex))
                                    outcome->warnings.append(
                                        tr("Client %1 stays registered at the AS: deleting it "
                                           "there failed too. Delete it in the AS's console.")
                                            .arg(reg.clientId));
                                finish();
                            });
                    };
                    std::optional<SecretBytes> secret;
                    if (usesClientSecret(client.authMethod)) {
                        if (!reg.clientSecret) {
                            undoAtAs(Error { ErrorCode::ProtocolError,
                                tr("The AS registered the client for %1 but returned no client_secret.")
                                    .arg(toWire(client.authMethod)),
                                {} });
                            return;
                        }
                        secret = reg.clientSecret->clone();
                    }
                    m_clients->save(client, std::move(secret), this,
                        [this, reg, outcome, finish, undoAtAs](Result<OAuthClient> saved) {
                            if (!saved) {
                                undoAtAs(saved.error());
                                return;
                            }
                            outcome->client = *saved;
                            if (!reg.registrationAccessToken) {
                                finish();
                                return;
                            }
                            m_clients->keychain()->write(
                                Keychain::registrationTokenKey(saved->uuid),
                                *reg.registrationAccessToken, this,
                                [outcome, finish](Result<void> written) {
                                    if (!written)
                                        outcome->warnings.append(tr(
                                            "The client is registered and saved, but its registration "
                                            "access token could not be stored (%1): it cannot be "
                                            "managed from OAuthDesk.")
                                                                     .arg(written.error().message));
                                    finish();
                                });
                        });
                });
        });
}

void RegistrationService::readToken(
    const OAuthClient &client, std::function<void(Result<std::shared_ptr<const SecretBytes>>)> done)
{
    if (client.registrationClientUri.isEmpty() || client.uuid.isEmpty()) {
        done(fail(ErrorCode::InvalidInput,
            tr("This client was not registered through OAuthDesk (it has no registration_client_uri), so it "
               "can only be changed in the AS's console.")));
        return;
    }
    m_clients->keychain()->read(
        Keychain::registrationTokenKey(client.uuid), this, [done](Result<SecretBytes> t) {
            if (!t) {
                Error e = t.error();
                if (e.code == ErrorCode::SecretNotFound)
                    e.message = tr(
                        "This client's registration access token is not in the keychain, so the AS will not "
                        "let OAuthDesk read, change or delete it.");
                done(std::unexpected(e));
                return;
            }
            done(shared(std::move(*t)));
        });
}

void RegistrationService::adopt(OAuthClient client, const RegisteredClient &registered,
    Secret previousSecret, std::shared_ptr<RegistrationOutcome> outcome,
    std::function<void()> finish, std::optional<AuthMethod> previousMethod)
{
    // What the keychain holds follows the method the stored client had, not the edited one.
    const AuthMethod before = previousMethod.value_or(client.authMethod);
    if (registered.clientSecretExpiresAt)
        outcome->warnings.append(secretExpiryWarning(*registered.clientSecretExpiresAt));
    OAuthClient updated = applyRegistration(std::move(client), registered);
    outcome->granted = registered.metadata;
    outcome->secretChanged = usesClientSecret(updated.authMethod) && registered.clientSecret
        && !sameSecret(registered.clientSecret, previousSecret);
    if (usesClientSecret(updated.authMethod) && !usesClientSecret(before)
        && !registered.clientSecret) {
        outcome->client = fail(ErrorCode::ProtocolError,
            tr("The AS now has this client on %1 but returned no client secret, so OAuthDesk has "
               "none to keep: rotate the secret in the AS's console and store it here.")
                .arg(toWire(updated.authMethod)));
        finish();
        return;
    }
    if (outcome->secretChanged)
        outcome->clientSecret = registered.clientSecret;
    // A new secret (rotation, or a method that now needs one) is written with the record.
    std::optional<SecretBytes> secret;
    if (outcome->secretChanged && usesClientSecret(before))
        secret.reset(); // rotated below, through the one path that replaces a secret
    else if (outcome->secretChanged)
        secret = registered.clientSecret->clone();
    m_clients->save(
        updated, std::move(secret), this,
        [this, registered, outcome, finish,
            rotate = outcome->secretChanged && usesClientSecret(before)](
            Result<OAuthClient> saved) {
            outcome->client = saved;
            if (!saved) {
                finish();
                return;
            }
            auto storeToken = [this, registered, outcome, finish, saved] {
                if (!registered.registrationAccessToken) {
                    finish();
                    return;
                }
                // The AS rotated the registration access token: the old one no longer works.
                m_clients->keychain()->write(Keychain::registrationTokenKey(saved->uuid),
                    *registered.registrationAccessToken, this, [outcome, finish](Result<void> w) {
                        if (!w)
                            outcome->warnings.append(tr(
                                "The AS issued a new registration access token, but it could not "
                                "be stored (%1): further changes from OAuthDesk will fail.")
                                                         .arg(w.error().message));
                        finish();
                    });
            };
            if (!rotate) {
                storeToken();
                return;
            }
            m_clients->rotateSecret(*saved, registered.clientSecret->clone(), this,
                [outcome, storeToken](Result<void> r) {
                    if (!r)
                        outcome->warnings.append(tr(
                            "The AS issued a new client secret, but it could not be stored in the "
                            "keychain (%1). Copy it now: it is shown once.")
                                                     .arg(r.error().message));
                    storeToken();
                });
        },
        before);
}

void RegistrationService::refresh(const Environment &env, const OAuthClient &client,
    QObject *context, std::function<void(RegistrationOutcome)> done)
{
    auto [outcome, finish] = pending(context, std::move(done));
    if (!m_transport || !m_clients) {
        outcome->client = fail(ErrorCode::Internal, tr("OAuthDesk is shutting down."));
        finish();
        return;
    }
    readToken(client, [this, env, client, outcome, finish](Result<Secret> token) {
        if (!token) {
            outcome->client = std::unexpected(token.error());
            finish();
            return;
        }
        RegistrationCall call;
        call.method = "GET";
        call.url = client.registrationClientUri;
        call.bearer = *token;
        call.extraHeaders = env.headers;
        outcome->requested = registrationMetadata({ client, {}, {}, {} });
        sendRegistrationCall(m_transport, call, env.caBundlePath, this,
            [this, client, outcome, finish](HttpExchange ex) {
                outcome->exchanges.append(ex);
                auto read = parseRegistrationResponse(ex, RegistrationStep::Read);
                if (!read) {
                    outcome->client = std::unexpected(read.error());
                    finish();
                    return;
                }
                // Here "requested" is the local record: the differences are what changed at the AS.
                outcome->differences = compareMetadata(outcome->requested, read->metadata);
                m_clients->readSecret(client, this,
                    [this, client, read = *read, outcome, finish](Result<SecretBytes> current) {
                        adopt(client, read, current ? shared(std::move(*current)) : Secret(),
                            outcome, finish);
                    });
            });
    });
}

void RegistrationService::update(const Environment &env, const RegistrationInput &input,
    QObject *context, std::function<void(RegistrationOutcome)> done)
{
    change(env, input, Change::Update, context, std::move(done));
}

void RegistrationService::rotateSecret(const Environment &env, const RegistrationInput &input,
    QObject *context, std::function<void(RegistrationOutcome)> done)
{
    change(env, input, Change::Rotate, context, std::move(done));
}

void RegistrationService::change(const Environment &env, const RegistrationInput &input,
    Change kind, QObject *context, std::function<void(RegistrationOutcome)> done)
{
    auto [outcome, finish] = pending(context, std::move(done));
    const OAuthClient &client = input.client;
    if (!m_transport || !m_clients) {
        outcome->client = fail(ErrorCode::Internal, tr("OAuthDesk is shutting down."));
        finish();
        return;
    }
    if (kind == Change::Rotate && !usesClientSecret(client.authMethod)) {
        outcome->client = fail(ErrorCode::InvalidInput,
            tr("This client authenticates with %1: it has no client secret to rotate.")
                .arg(toWire(client.authMethod)));
        finish();
        return;
    }
    outcome->requested = registrationMetadata(input);
    readToken(client, [this, env, input, kind, outcome, finish](Result<Secret> token) {
        if (!token) {
            outcome->client = std::unexpected(token.error());
            finish();
            return;
        }
        // The secret the keychain holds for the stored method (before an edit changed it).
        OAuthClient stored = input.client;
        stored.authMethod = input.previousMethod.value_or(input.client.authMethod);
        m_clients->readSecret(stored, this,
            [this, env, input, kind, outcome, finish, token = *token, stored](
                Result<SecretBytes> current) {
                if (!current && current.error().code != ErrorCode::SecretNotFound
                    && usesClientSecret(stored.authMethod)) {
                    // Sending without the secret asks some ASs for a new one: never by accident.
                    outcome->client = std::unexpected(current.error());
                    finish();
                    return;
                }
                const Secret previous = current ? shared(std::move(*current)) : Secret();
                RegistrationCall call;
                call.method = "PUT";
                call.url = input.client.registrationClientUri;
                call.bearer = token;
                QJsonObject body = outcome->requested;
                body.insert(QStringLiteral("client_id"), input.client.clientId); // RFC 7592 §2.2
                call.body = body;
                // §2.2: the current secret, when sent, must match. Left out to ask for a new one.
                if (kind == Change::Update)
                    call.clientSecret = previous;
                call.extraHeaders = env.headers;
                sendRegistrationCall(m_transport, call, env.caBundlePath, this,
                    [this, input, kind, outcome, finish, previous](HttpExchange ex) {
                        outcome->exchanges.append(ex);
                        auto updated = parseRegistrationResponse(ex, RegistrationStep::Update);
                        if (!updated) {
                            outcome->client = std::unexpected(updated.error());
                            finish();
                            return;
                        }
                        outcome->differences
                            = compareMetadata(outcome->requested, updated->metadata);
                        auto after = [outcome, finish, kind] {
                            if (kind == Change::Rotate && outcome->client
                                && !outcome->secretChanged) {
                                outcome->warnings.append(tr(
                                    "The AS kept the same client secret: it does not rotate secrets "
                                    "through RFC 7592 updates. Rotate it in the AS's console, then use "
                                    "\"Rotate secret\" here to store the new one."));
                            }
                            finish();
                        };
                        adopt(
                            input.client, *updated, previous, outcome, after, input.previousMethod);
                    });
            });
    });
}

void RegistrationService::deleteAtAs(const Environment &env, const OAuthClient &client,
    QObject *context, std::function<void(Result<void>, QList<HttpExchange>)> done)
{
    QPointer<QObject> guard(context);
    if (!m_transport || !m_clients) {
        done(fail(ErrorCode::Internal, tr("OAuthDesk is shutting down.")), {});
        return;
    }
    readToken(client, [this, env, client, guard, done](Result<Secret> token) {
        if (!token) {
            if (guard)
                done(std::unexpected(token.error()), {});
            return;
        }
        RegistrationCall call;
        call.method = "DELETE";
        call.url = client.registrationClientUri;
        call.bearer = *token;
        call.extraHeaders = env.headers;
        sendRegistrationCall(m_transport, call, env.caBundlePath, this,
            [this, client, guard, done](HttpExchange ex) {
                auto deleted = parseRegistrationDelete(ex);
                QList<HttpExchange> exchanges { ex };
                // Already gone at the AS (404, or a token the AS dropped with the client): remove
                // it here too.
                if (!deleted && deleted.error().code != ErrorCode::NotFound) {
                    if (guard)
                        done(std::unexpected(deleted.error()), exchanges);
                    return;
                }
                m_clients->remove(client, this, [guard, done, exchanges](Result<void> removed) {
                    if (!removed) {
                        Error e = removed.error();
                        e.message = tr("Deleted at the AS, but not here: %1").arg(e.message);
                        if (guard)
                            done(std::unexpected(e), exchanges);
                        return;
                    }
                    if (guard)
                        done({}, exchanges);
                });
            });
    });
}

} // namespace oauthdesk
