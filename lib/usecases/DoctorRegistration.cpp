// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's steps at the AS for a client: its registration (RFC 7592 read), the JWKS the AS
// has, its secrets, and the live test token (split from DoctorSteps.cpp). Each reads only.
#include "oauth/DoctorChecks.h"
#include "oauth/TokenTester.h"
#include "usecases/DoctorSteps.h"
#include "usecases/Workspace.h"

#include <QCoreApplication>
#include <QPointer>

namespace oauthdesk::doctorsteps {

namespace {

struct DoctorText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Doctor)
};

using O = DoctorFinding::Outcome;
using doctor::finding;

} // namespace

// Registration, JWKS, secrets --------------------------------------------------------------

Later<RegistrationView> readRegistration(Workspace &ws, QObject *context, const OAuthClient &client,
    const std::optional<Environment> &env)
{
    RegistrationView v;
    if (client.registrationClientUri.isEmpty() || !env) {
        v.unknownBecause
            = DoctorText::tr("The client was not registered by OAuthDesk (no RFC 7592 management "
                             "URI), so what the AS "
                             "holds for it cannot be read.");
        v.findings.append(finding(QStringLiteral("as.registration"), doctorarea::clientVsAs,
            O::Skipped, DoctorText::tr("Registration at the AS not read."), v.unknownBecause));
        return Later<RegistrationView>::ready(std::move(v));
    }
    auto [later, resolve] = Later<RegistrationView>::make();
    ws.registrations()
        .read(*env, client)
        .then(context, [resolve](Result<RegistrationRead> answered) {
            RegistrationView v;
            if (!answered) {
                v.unknownBecause = answered.error().message;
                v.findings.append(
                    finding(QStringLiteral("as.registration"), doctorarea::clientVsAs, O::Skipped,
                        DoctorText::tr("Registration at the AS not read."), v.unknownBecause));
                resolve(std::move(v));
                return;
            }
            RegistrationRead &read = *answered;
            if (!read.tokenRead) {
                v.unknownBecause
                    = DoctorText::tr("The registration access token is not in the keychain.");
                v.findings.append(
                    finding(QStringLiteral("secret.registration_token"), doctorarea::secrets,
                        O::Warning, DoctorText::tr("The registration access token is missing."),
                        read.registered.error().message,
                        DoctorText::tr(
                            "Without it OAuthDesk cannot manage the client at the AS (RFC 7592); "
                            "register it again "
                            "or ask the AS's operators for the token.")));
                v.findings.append(
                    finding(QStringLiteral("as.registration"), doctorarea::clientVsAs, O::Skipped,
                        DoctorText::tr("Registration at the AS not read."), v.unknownBecause));
                resolve(std::move(v));
                return;
            }
            v.findings.append(
                finding(QStringLiteral("secret.registration_token"), doctorarea::secrets, O::Pass,
                    DoctorText::tr("The registration access token is in the keychain.")));
            if (!read.registered) {
                const Error &e = read.registered.error();
                v.unknownBecause = e.message;
                v.findings.append(finding(QStringLiteral("as.registration"), doctorarea::clientVsAs,
                    O::Failure,
                    DoctorText::tr("The AS did not answer for the client's registration."),
                    e.message + QLatin1Char(' ') + e.detail,
                    DoctorText::tr("If the client was deleted at the AS, register it again; if the "
                                   "token was "
                                   "revoked, ask the AS's operators.")));
                resolve(std::move(v));
                return;
            }
            v.findings.append(finding(QStringLiteral("as.registration"), doctorarea::clientVsAs,
                O::Pass, DoctorText::tr("The AS has the client registered (RFC 7592 read)."),
                read.exchanges.isEmpty() ? QString()
                                         : read.exchanges.constLast().request.url.toString()));
            v.registered = std::move(*read.registered);
            // The AS may rotate the token (or the secret) on a read: keeping what it issued is not
            // a change of the client, losing it would lock it out (Registrations::read kept it).
            for (const QString &note : std::as_const(read.notes))
                v.findings.append(finding(QStringLiteral("secret.rotated_on_read"),
                    doctorarea::secrets, O::Warning,
                    DoctorText::tr(
                        "The AS replaced a credential when the doctor read the registration."),
                    note, DoctorText::tr("Nothing to do: OAuthDesk now uses what the AS issued.")));
            resolve(std::move(v));
        });
    return later;
}

Later<QList<DoctorFinding>> checkRegisteredJwks(Workspace &ws, QObject *context,
    const OAuthClient &client, const std::optional<Environment> &env, const KeyCheck &keys,
    const RegistrationView &registration)
{
    const QString id = QStringLiteral("keys.jwks");
    using L = Later<QList<DoctorFinding>>;
    if (client.authMethod != AuthMethod::PrivateKeyJwt)
        return L::ready(QList<DoctorFinding> {});
    if (!keys.signing || !keys.signingRecord)
        return L::ready(QList<DoctorFinding> { finding(id, doctorarea::keys, O::Skipped,
            DoctorText::tr("The AS's JWKS was not compared."),
            DoctorText::tr("The signing key could not be read (above).")) });
    if (!registration.registered)
        return L::ready(QList<DoctorFinding> { finding(id, doctorarea::keys, O::Skipped,
            DoctorText::tr("The AS's JWKS was not compared."), registration.unknownBecause) });
    const QJsonObject &m = registration.registered->metadata;
    const QString kid = keys.signingRecord->kid;
    const QByteArray pem = keys.signing->publicKeyPem;
    if (m.value(QStringLiteral("jwks")).isObject())
        return L::ready(
            QList<DoctorFinding> { doctor::checkJwks(m.value(QStringLiteral("jwks")).toObject(),
                kid, pem, DoctorText::tr("The registered jwks")) });
    const QUrl uri(m.value(QStringLiteral("jwks_uri")).toString());
    if (!uri.isValid() || uri.isEmpty())
        return L::ready(QList<DoctorFinding> { finding(id, doctorarea::keys, O::Failure,
            DoctorText::tr("The AS has neither jwks nor jwks_uri for the client."), QString(),
            DoctorText::tr("Publish the signing key (RFC 7592 update with jwks).")) });
    auto [later, resolve] = L::make();
    ws.registrations()
        .fetchJwks(uri, env.value_or(Environment {}))
        .then(context, [resolve, kid, pem, uri](Result<JwksFetch> fetched) {
            const Result<JwkSet> keys
                = fetched ? fetched->keys : Result<JwkSet>(std::unexpected(fetched.error()));
            if (!keys) {
                resolve(
                    QList<DoctorFinding> { finding(QStringLiteral("keys.jwks"), doctorarea::keys,
                        O::Failure, DoctorText::tr("The client's jwks_uri could not be read."),
                        keys.error().message,
                        DoctorText::tr(
                            "Publish the JWKS at %1: the AS fetches the client's keys there.")
                            .arg(uri.toString())) });
                return;
            }
            resolve(QList<DoctorFinding> {
                doctor::checkJwks(keys->document, kid, pem, uri.toString()) });
        });
    return later;
}

Later<QList<DoctorFinding>> checkSecrets(Workspace &ws, QObject *context, const OAuthClient &client,
    const RegistrationView &registration)
{
    QList<DoctorFinding> found = registration.findings;
    found.erase(std::remove_if(found.begin(), found.end(),
                    [](const DoctorFinding &f) { return f.area != doctorarea::secrets; }),
        found.end());
    const bool usesSecret = client.authMethod == AuthMethod::ClientSecretBasic
        || client.authMethod == AuthMethod::ClientSecretPost;
    if (!usesSecret) {
        found.prepend(finding(QStringLiteral("secret.present"), doctorarea::secrets, O::Skipped,
            DoctorText::tr("No client secret to check."),
            DoctorText::tr("The client authenticates with %1.").arg(toWire(client.authMethod))));
        return Later<QList<DoctorFinding>>::ready(std::move(found));
    }
    std::optional<DoctorFinding> expiry;
    if (registration.registered)
        expiry = doctor::checkSecretExpiry(
            registration.registered->clientSecretExpiresAt, QDateTime::currentDateTimeUtc());
    else
        expiry = finding(QStringLiteral("secret.expiry"), doctorarea::secrets, O::Skipped,
            DoctorText::tr("Secret expiry not known."), registration.unknownBecause);
    auto [later, resolve] = Later<QList<DoctorFinding>>::make();
    ws.clients().readSecret(client).then(
        context, [found, expiry, resolve](Result<SecretBytes> secret) mutable {
            if (secret && !secret->isEmpty())
                found.prepend(finding(QStringLiteral("secret.present"), doctorarea::secrets,
                    O::Pass, DoctorText::tr("The client secret is in the keychain.")));
            else
                found.prepend(finding(QStringLiteral("secret.present"), doctorarea::secrets,
                    O::Failure, DoctorText::tr("The client secret is not in the keychain."),
                    secret ? DoctorText::tr("The stored secret is empty.") : secret.error().message,
                    DoctorText::tr(
                        "Enter the client secret again (Edit client), or rotate it at the AS.")));
            found.insert(1, *expiry);
            resolve(std::move(found));
        });
    return later;
}

// Live ---------------------------------------------------------------------------------------

Later<QList<DoctorFinding>> checkLive(Workspace &ws, QObject *context, const OAuthClient &client,
    const std::optional<Environment> &env, const EnvironmentProbe &probe, bool live)
{
    using L = Later<QList<DoctorFinding>>;
    auto skipped = [](const QString &why) {
        return L::ready(QList<DoctorFinding> { finding(QStringLiteral("live.token"),
            doctorarea::live, O::Skipped, DoctorText::tr("No test token requested."), why) });
    };
    if (!live)
        return skipped(DoctorText::tr("The live check was turned off."));
    if (!env)
        return skipped(DoctorText::tr("The client has no environment."));
    if (isInteractive(client))
        return skipped(DoctorText::tr("A sign-in needs a person in a browser: use Test sign-in."));
    if (client.status == ClientStatus::Disabled)
        return skipped(DoctorText::tr("The client is disabled."));
    if (!probe.reachable && probe.metadata.isEmpty())
        return skipped(DoctorText::tr("The AS's metadata is not available (see Environment)."));
    Environment e = *env;
    e.discoveryDocument = probe.document; // this run's copy: the doctor writes no cache
    Workspace *w = &ws;
    QPointer<QObject> guard(context);
    auto [later, resolve] = L::make();
    // What the client authenticates with may be missing from the keychain: that is a finding
    // (Secrets, Keys above), not a reason to lose the report.
    ws.tokenTests().credentialsFor(client).then(
        context, [w, e, client, guard, resolve](Result<ClientCredentials> credentials) {
            if (!credentials) {
                resolve(QList<DoctorFinding> { finding(QStringLiteral("live.token"),
                    doctorarea::live, O::Failure,
                    DoctorText::tr("No test token: the client's credentials could not be read."),
                    credentials.error().message,
                    DoctorText::tr(
                        "Put the client's secret or key back in the keychain (see Secrets and Keys "
                        "above), then run the doctor again.")) });
                return;
            }
            if (!guard) {
                resolve.fail(
                    Error { ErrorCode::Cancelled, DoctorText::tr("The doctor was closed."), {} });
                return;
            }
            auto *tester = new TokenTester(&w->transport(), e, client,
                withAudienceRule(std::move(*credentials), e), guard.data());
            QObject::connect(tester, &TokenSession::finished, tester,
                [tester, client, resolve](const TokenTestResult &r) {
                    tester->deleteLater();
                    QList<DoctorFinding> out;
                    if (r.ok()) {
                        const QStringList granted = r.token.result->grantedScopes;
                        out.append(finding(QStringLiteral("live.token"), doctorarea::live, O::Pass,
                            granted.isEmpty()
                                ? DoctorText::tr(
                                    "The AS issued a test token (no scope named in its answer).")
                                : DoctorText::tr("The AS issued a test token (scope %1).")
                                      .arg(granted.join(QLatin1Char(' ')))));
                    } else {
                        const Error &err = r.token.result.error();
                        const bool refused = err.code == ErrorCode::Rejected;
                        out.append(finding(QStringLiteral("live.token"), doctorarea::live,
                            O::Failure,
                            refused ? DoctorText::tr("The AS refused a test token.")
                                    : DoctorText::tr(
                                        "No answer from the token endpoint that gives a token."),
                            err.message
                                + (err.detail.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (") + err.detail + QLatin1Char(')')),
                            DoctorText::tr("See the findings above; Get test token shows the whole "
                                           "exchange.")));
                    }
                    if (client.certificateBoundTokens || client.transportCertificateId) {
                        if (r.ok() && r.binding)
                            out.append(doctor::checkBinding(*r.binding));
                        else
                            out.append(finding(QStringLiteral("live.binding"), doctorarea::live,
                                O::Skipped, DoctorText::tr("Certificate binding not checked."),
                                r.ok() ? DoctorText::tr("The token's binding could not be read.")
                                       : DoctorText::tr("No token was issued.")));
                    }
                    resolve(std::move(out));
                });
            tester->start();
        });
    return later;
}

} // namespace oauthdesk::doctorsteps
