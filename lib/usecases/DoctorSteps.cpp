// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/DoctorSteps.h"

#include "oauth/Discovery.h"
#include "oauth/DoctorChecks.h"
#include "oauth/TokenTester.h"
#include "oauth/Transport.h"
#include "pki/ClientCa.h"
#include "secrets/Keychain.h"
#include "usecases/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace oauthdesk::doctorsteps {

namespace {

struct DoctorText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Doctor)
};

using O = DoctorFinding::Outcome;
using doctor::finding;

QJsonObject jsonObject(const QByteArray &bytes)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError && doc.isObject() ? doc.object() : QJsonObject();
}

bool needsSigning(const OAuthClient &c)
{
    return c.authMethod == AuthMethod::PrivateKeyJwt || c.signingCertificateId.has_value();
}

/// Why the client needs a transport key, in the admin's words (the doctor names the real cause).
QString transportReason(const OAuthClient &c, const std::optional<Environment> &env)
{
    if (c.authMethod == AuthMethod::TlsClientAuth
        || c.authMethod == AuthMethod::SelfSignedTlsClientAuth)
        return DoctorText::tr("Its authentication method %1 needs one.").arg(toWire(c.authMethod));
    if (c.certificateBoundTokens)
        return DoctorText::tr("It asks for certificate-bound tokens (RFC 8705), which need one.");
    if (env && env->connectivity == Connectivity::MutualTls)
        return DoctorText::tr("Its environment %1 connects with mutual TLS, which needs one.")
            .arg(env->name);
    return DoctorText::tr("It is set to use a transport certificate.");
}

bool needsTransport(const OAuthClient &c, const std::optional<Environment> &env)
{
    return c.authMethod == AuthMethod::TlsClientAuth
        || c.authMethod == AuthMethod::SelfSignedTlsClientAuth || c.certificateBoundTokens
        || c.transportCertificateId.has_value()
        || (env && env->connectivity == Connectivity::MutualTls);
}

} // namespace

// Environment ------------------------------------------------------------------------------

Later<EnvironmentProbe> probeEnvironment(
    Workspace &ws, QObject *context, const Environment &env, bool fetch)
{
    const QString area = doctorarea::environment;
    auto [later, resolve] = Later<EnvironmentProbe>::make();
    if (!fetch) {
        EnvironmentProbe p;
        p.document = env.discoveryDocument;
        p.metadata = jsonObject(env.discoveryDocument);
        const QString why = DoctorText::tr(
            "Discovery was not fetched (asked not to); the cached document is used.");
        for (const char *id : { "env.discovery", "tls.chain", "tls.expiry", "env.clock" })
            p.findings.append(finding(
                QString::fromLatin1(id), area, O::Skipped, DoctorText::tr("Not checked."), why));
        if (!p.metadata.isEmpty())
            p.findings.append(doctor::checkIssuer(p.metadata, env.issuer));
        resolve(std::move(p));
        return later;
    }
    fetchDiscovery(&ws.transport(), env, context, [env, resolve, area](DiscoveryOutcome o) {
        EnvironmentProbe p;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const HttpExchange *answered = nullptr;
        const HttpExchange *tlsFailure = nullptr;
        for (const HttpExchange &x : o.exchanges) {
            if (x.status > 0)
                answered = &x;
            if (x.transportError && x.transportError->code == ErrorCode::TlsFailure && !tlsFailure)
                tlsFailure = &x;
        }
        const QJsonObject fresh = jsonObject(o.document);
        p.reachable = answered && answered->status == 200 && !fresh.isEmpty();
        const QString url = answered ? answered->request.url.toString()
                                     : Environments::discoveryUrl(env).toString();
        if (p.reachable) {
            p.document = o.document;
            p.metadata = fresh;
            p.findings.append(finding(QStringLiteral("env.discovery"), area, O::Pass,
                DoctorText::tr("Discovery answered in %1 ms.").arg(answered->elapsedMs), url));
            p.findings.append(doctor::checkIssuer(fresh, env.issuer));
            if (!o.metadata
                && fresh.value(QStringLiteral("issuer")).toString() == env.issuer.toString())
                p.findings.append(finding(QStringLiteral("env.metadata"), area, O::Failure,
                    DoctorText::tr("The AS's metadata was refused."), o.metadata.error().message,
                    DoctorText::tr("Ask the AS's operators to fix the discovery document.")));
        } else {
            const QString why = o.metadata ? QString() : o.metadata.error().message;
            p.document = env.discoveryDocument;
            p.metadata = jsonObject(env.discoveryDocument);
            p.findings.append(finding(QStringLiteral("env.discovery"), area, O::Failure,
                DoctorText::tr("The AS's discovery could not be read."),
                why
                    + (p.metadata.isEmpty() ? QString()
                                            : QLatin1Char(' ')
                                + DoctorText::tr("The checks below use the copy cached on %1.")
                                      .arg(env.discoveryFetchedAt.value_or(QDateTime())
                                               .toString(Qt::ISODate))),
                DoctorText::tr(
                    "Check the environment's issuer URL, the network, and that the AS runs.")));
        }
        if (env.issuer.scheme() != QStringLiteral("https")) {
            p.findings.append(finding(QStringLiteral("tls.chain"), area, O::Failure,
                DoctorText::tr("The issuer is not https."), env.issuer.toString(),
                DoctorText::tr("Use the AS's https issuer URL.")));
        } else if (tlsFailure) {
            p.findings.append(finding(QStringLiteral("tls.chain"), area, O::Failure,
                DoctorText::tr("The AS's TLS certificate chain is not trusted."),
                tlsFailure->transportError->message,
                env.caBundlePath.isEmpty()
                    ? DoctorText::tr(
                        "If the AS uses a private CA, set the environment's CA bundle to it.")
                    : DoctorText::tr(
                        "Check that the environment's CA bundle (%1) holds the CA that signed the "
                        "AS's certificate.")
                          .arg(env.caBundlePath)));
        } else if (answered) {
            p.findings.append(finding(QStringLiteral("tls.chain"), area, O::Pass,
                DoctorText::tr("The AS's TLS certificate chain is trusted."), answered->tls));
        } else {
            p.findings.append(finding(QStringLiteral("tls.chain"), area, O::Skipped,
                DoctorText::tr("TLS not checked."),
                DoctorText::tr("No connection to the AS was made.")));
        }
        p.findings.append(doctor::checkServerCertificate(
            answered ? answered->peerCertificateChainDer : QList<QByteArray>(), now));
        if (answered)
            p.findings.append(doctor::checkClockSkew(answered->responseHeader("Date"), now));
        else
            p.findings.append(finding(QStringLiteral("env.clock"), area, O::Skipped,
                DoctorText::tr("Clock skew not checked."),
                DoctorText::tr("The AS did not answer.")));
        resolve(std::move(p));
    });
    return later;
}

// Keys and certificates --------------------------------------------------------------------

namespace {

struct RoleInput
{
    doctor::KeyRole role = doctor::KeyRole::Signing;
    std::optional<CertificateRecord> record;
    QList<QByteArray> trustedCaDer;
    QString chainSkipReason;
    QString trustedCaSource; ///< where trustedCaDer came from, in words
};

struct RoleOutput
{
    QList<DoctorFinding> findings;
    std::optional<CertificateFacts> facts;
};

Later<RoleOutput> checkRole(Workspace &ws, QObject *context, RoleInput in)
{
    const QString p = QStringLiteral("keys.") + doctor::roleId(in.role) + QLatin1Char('.');
    const QString what = in.role == doctor::KeyRole::Signing ? DoctorText::tr("signing")
                                                             : DoctorText::tr("transport");
    auto [later, resolve] = Later<RoleOutput>::make();
    const CertificateRecord record = *in.record;
    ws.keychain().read(Keychain::privateKeyKey(record.uuid), context,
        [resolve, in, record, p, what, context](Result<SecretBytes> key) mutable {
            RoleOutput out;
            if (!key) {
                out.findings.append(finding(p + QStringLiteral("present"), doctorarea::keys,
                    O::Failure, DoctorText::tr("The %1 key is not in the keychain.").arg(what),
                    key.error().message,
                    DoctorText::tr(
                        "Restore the keychain entry, or create a new key and certificate for "
                        "the client.")));
                resolve(std::move(out));
                return;
            }
            out.findings.append(finding(p + QStringLiteral("present"), doctorarea::keys, O::Pass,
                DoctorText::tr("The %1 key is in the keychain.").arg(what), record.kid));
            QList<QByteArray> chain;
            if (!record.certificatePem.isEmpty()) {
                if (auto certs = parseCertificates(record.certificatePem + record.chainPem))
                    chain = *certs;
            }
            auto secret = std::make_shared<SecretBytes>(std::move(*key));
            auto work = QtConcurrent::run([chain, secret, trusted = in.trustedCaDer] {
                return inspectCertificate(chain, secret.get(), trusted);
            });
            Later<CertificateFacts>::fromFuture(work).then(
                context, [resolve, in, out, p, what](Result<CertificateFacts> facts) mutable {
                    if (!facts) {
                        out.findings.append(
                            finding(p + QStringLiteral("key_match"), doctorarea::keys, O::Failure,
                                DoctorText::tr("The %1 key or certificate could not be read.")
                                    .arg(what),
                                facts.error().message,
                                DoctorText::tr("Recreate the key and certificate.")));
                    } else {
                        out.findings += doctor::checkCertificate(*facts, in.role,
                            QDateTime::currentDateTimeUtc(), in.chainSkipReason,
                            in.trustedCaSource);
                        out.facts = std::move(*facts);
                    }
                    resolve(std::move(out));
                });
        });
    return later;
}

} // namespace

Later<KeyCheck> checkKeys(Workspace &ws, QObject *context, const OAuthClient &client,
    const std::optional<Environment> &env, const QString &clientCaBundlePath)
{
    const bool signing = needsSigning(client), transport = needsTransport(client, env);
    if (!signing && !transport) {
        KeyCheck k;
        k.findings.append(finding(QStringLiteral("keys.none"), doctorarea::keys, O::Skipped,
            DoctorText::tr("No keys or certificates to check."),
            DoctorText::tr("The client authenticates with %1 and is not set up for mutual TLS.")
                .arg(toWire(client.authMethod))));
        return Later<KeyCheck>::ready(std::move(k));
    }
    Workspace *w = &ws;
    return ws.certificates()
        .forApplication(client.applicationId)
        .andThen(context,
            [w, context, client, signing, transport, clientCaBundlePath,
                envName = env ? env->name : QString(),
                envClientCa = env ? env->clientCaPem : QByteArray(),
                transportWhy = transportReason(client, env)](
                const QList<CertificateRecord> &records) {
                auto state = std::make_shared<KeyCheck>();
                auto pick
                    = [&records](std::optional<qint64> id) -> std::optional<CertificateRecord> {
                    for (const CertificateRecord &r : records) {
                        if (id == r.id)
                            return r;
                    }
                    return std::nullopt;
                };
                auto missing = [&](doctor::KeyRole role, const std::optional<qint64> &id) {
                    const QString what = role == doctor::KeyRole::Signing
                        ? DoctorText::tr("signing")
                        : DoctorText::tr("transport");
                    state->findings.append(finding(
                        QStringLiteral("keys.") + doctor::roleId(role) + QStringLiteral(".present"),
                        doctorarea::keys, O::Failure,
                        DoctorText::tr("The client has no %1 key.").arg(what),
                        id ? DoctorText::tr(
                            "Its %1 certificate (#%2) is gone from the application.")
                                 .arg(what)
                                 .arg(*id)
                            : role == doctor::KeyRole::Transport
                            ? transportWhy
                            : DoctorText::tr("Its authentication method %1 needs one.")
                                  .arg(toWire(client.authMethod)),
                        DoctorText::tr("Select or create a %1 key for the client.").arg(what)));
                };
                RoleInput signingIn { doctor::KeyRole::Signing, pick(client.signingCertificateId),
                    {},
                    DoctorText::tr("private_key_jwt: the AS trusts the key it has registered (its "
                                   "JWKS), not a "
                                   "CA."),
                    {} };
                RoleInput transportIn { doctor::KeyRole::Transport,
                    pick(client.transportCertificateId), {}, {}, {} };
                if (client.authMethod == AuthMethod::SelfSignedTlsClientAuth) {
                    transportIn.chainSkipReason = DoctorText::tr(
                        "self_signed_tls_client_auth: the AS trusts the registered "
                        "certificate itself, not a CA.");
                } else if (!clientCaBundlePath.isEmpty()) { // --client-ca wins over the environment
                    QFile f(clientCaBundlePath);
                    auto certs = f.open(QIODevice::ReadOnly)
                        ? parseCertificates(f.read(1024 * 1024))
                        : Result<QList<QByteArray>>(fail(ErrorCode::NotFound, f.errorString()));
                    if (certs) {
                        transportIn.trustedCaDer = *certs;
                        transportIn.trustedCaSource
                            = DoctorText::tr("--client-ca %1").arg(clientCaBundlePath);
                    } else {
                        transportIn.chainSkipReason
                            = DoctorText::tr("The client CA bundle %1 could not be read: %2")
                                  .arg(clientCaBundlePath, certs.error().message);
                    }
                } else if (!envClientCa.isEmpty()) {
                    transportIn.trustedCaDer = ClientCa::derOf(envClientCa);
                    if (transportIn.trustedCaDer.isEmpty())
                        transportIn.chainSkipReason = DoctorText::tr(
                            "The \"Client CA the AS trusts\" of environment %1 cannot be read; "
                            "load it again in Settings → Environments.")
                                                          .arg(envName);
                    else
                        transportIn.trustedCaSource
                            = DoctorText::tr("environment %1's \"Client CA the AS trusts\"")
                                  .arg(envName);
                } else {
                    transportIn.chainSkipReason = envName.isEmpty()
                        ? DoctorText::tr(
                            "The client has no environment, so which CA its AS trusts for client "
                            "certificates is not known; pass oauthdesk-cli doctor --client-ca "
                            "FILE.")
                        : DoctorText::tr(
                            "The environment %1 does not record which CA its AS trusts for client "
                            "certificates; set \"Client CA the AS trusts\" in Settings → "
                            "Environments (oauthdesk-cli envs edit ENV --client-ca FILE), or pass "
                            "oauthdesk-cli doctor --client-ca FILE.")
                              .arg(envName);
                }
                if (signing && !signingIn.record)
                    missing(doctor::KeyRole::Signing, client.signingCertificateId);
                if (transport && !transportIn.record)
                    missing(doctor::KeyRole::Transport, client.transportCertificateId);
                state->signingRecord = signingIn.record;
                state->transportRecord = transportIn.record;

                auto first = signingIn.record ? checkRole(*w, context, signingIn)
                                              : Later<RoleOutput>::ready(RoleOutput {});
                return first
                    .andThen(context,
                        [w, context, state, transportIn](RoleOutput s) {
                            state->findings += s.findings;
                            state->signing = s.facts;
                            return transportIn.record ? checkRole(*w, context, transportIn)
                                                      : Later<RoleOutput>::ready(RoleOutput {});
                        })
                    .andThen(context, [state](RoleOutput t) {
                        state->findings += t.findings;
                        state->transport = t.facts;
                        return *state;
                    });
            });
}

} // namespace oauthdesk::doctorsteps
