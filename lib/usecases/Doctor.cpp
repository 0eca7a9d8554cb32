// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Doctor.h"

#include "oauth/DoctorChecks.h"
#include "usecases/DoctorSteps.h"
#include "usecases/Workspace.h"

#include <QHash>

namespace oauthdesk {

namespace {

using namespace doctorsteps;
using O = DoctorFinding::Outcome;

/// One run's shared state: environments and their probes are read once per run.
struct Run
{
    QList<Environment> environments;
    QHash<qint64, EnvironmentProbe> probes;
    Doctor::Options options;
};

std::optional<Environment> environmentOf(const Run &run, const OAuthClient &client)
{
    for (const Environment &e : run.environments) {
        if (client.environmentId == e.id)
            return e;
    }
    return std::nullopt;
}

void sortByArea(QList<DoctorFinding> &findings)
{
    const QStringList order = DoctorReport::areas();
    std::stable_sort(
        findings.begin(), findings.end(), [&order](const DoctorFinding &a, const DoctorFinding &b) {
            return order.indexOf(a.area) < order.indexOf(b.area);
        });
}

Later<EnvironmentProbe> probeFor(Workspace &ws, QObject *context, std::shared_ptr<Run> run,
    const std::optional<Environment> &env)
{
    if (!env) {
        EnvironmentProbe p;
        p.findings.append(
            doctor::finding(QStringLiteral("env.discovery"), doctorarea::environment, O::Failure,
                QCoreApplication::translate("oauthdesk::Doctor", "The client has no environment."),
                QString(),
                QCoreApplication::translate("oauthdesk::Doctor",
                    "Edit the client and choose the environment (AS) it belongs to.")));
        return Later<EnvironmentProbe>::ready(std::move(p));
    }
    if (run->probes.contains(env->id))
        return Later<EnvironmentProbe>::ready(run->probes.value(env->id));
    const qint64 id = env->id;
    return probeEnvironment(ws, context, *env, run->options.fetchDiscovery)
        .andThen(context, [run, id](EnvironmentProbe p) {
            run->probes.insert(id, p);
            return p;
        });
}

/// Every check for one client, in order; the findings of each step are collected in @p report.
Later<DoctorReport> checkClient(
    Workspace &ws, QObject *context, std::shared_ptr<Run> run, const OAuthClient &client)
{
    auto report = std::make_shared<DoctorReport>();
    report->clientId = client.id;
    report->clientName = client.name;
    report->checkedAt = QDateTime::currentDateTimeUtc();
    const std::optional<Environment> env = environmentOf(*run, client);
    report->environmentName = env ? env->name : QString();
    auto probe = std::make_shared<EnvironmentProbe>();
    auto keys = std::make_shared<KeyCheck>();
    auto registration = std::make_shared<RegistrationView>();
    Workspace *w = &ws;
    return probeFor(ws, context, run, env)
        .andThen(context,
            [=](EnvironmentProbe p) {
                *probe = std::move(p);
                report->findings += probe->findings;
                return checkKeys(*w, context, client, env, run->options.clientCaBundlePath);
            })
        .andThen(context,
            [=](KeyCheck k) {
                *keys = std::move(k);
                if (probe->metadata.isEmpty()) {
                    report->findings.append(doctor::finding(QStringLiteral("as.metadata"),
                        doctorarea::clientVsAs, O::Skipped,
                        QCoreApplication::translate("oauthdesk::Doctor",
                            "The client was not compared with the AS's metadata."),
                        QCoreApplication::translate(
                            "oauthdesk::Doctor", "No discovery document (see Environment).")));
                } else {
                    report->findings += doctor::checkAgainstMetadata(client, probe->metadata,
                        keys->signing ? doctor::signingAlgorithmFor(*keys->signing) : QString());
                }
                report->findings.append(doctor::checkRedirectUris(client));
                report->findings += keys->findings;
                return readRegistration(*w, context, client, env);
            })
        .andThen(context,
            [=](RegistrationView r) {
                *registration = std::move(r);
                for (const DoctorFinding &f : registration->findings) {
                    if (f.area != doctorarea::secrets)
                        report->findings.append(f);
                }
                return checkRegisteredJwks(*w, context, client, env, *keys, *registration);
            })
        .andThen(context,
            [=](QList<DoctorFinding> jwks) {
                report->findings += jwks;
                return checkSecrets(*w, context, client, *registration);
            })
        .andThen(context,
            [=](QList<DoctorFinding> secrets) {
                report->findings += secrets;
                return checkLive(*w, context, client, env, *probe, run->options.live);
            })
        .andThen(context, [=](QList<DoctorFinding> live) {
            report->findings += live;
            sortByArea(report->findings);
            return *report;
        });
}

void checkEach(Workspace &ws, QObject *context, std::shared_ptr<Run> run,
    QList<OAuthClient> clients, int index, std::shared_ptr<QList<DoctorReport>> reports,
    Later<QList<DoctorReport>>::Resolver resolve)
{
    if (index >= clients.size()) {
        resolve(*reports);
        return;
    }
    Workspace *w = &ws;
    const OAuthClient client = clients.at(index);
    checkClient(ws, context, run, client).then(context, [=](Result<DoctorReport> r) {
        if (!r && r.error().code == ErrorCode::Cancelled) {
            resolve.fail(r.error());
            return;
        }
        if (!r) {
            // One client the doctor could not check does not lose the others' reports.
            DoctorReport failed;
            failed.clientId = client.id;
            failed.clientName = client.name;
            failed.checkedAt = QDateTime::currentDateTimeUtc();
            failed.findings.append(doctor::finding(QStringLiteral("doctor.run"),
                doctorarea::environment, DoctorFinding::Outcome::Failure,
                Doctor::tr("The doctor could not check this client."), r.error().message, {}));
            reports->append(std::move(failed));
        } else {
            reports->append(std::move(*r));
        }
        checkEach(*w, context, run, clients, index + 1, reports, resolve);
    });
}

} // namespace

Later<DoctorReport> Doctor::check(qint64 clientRowId, Options options)
{
    auto run = std::make_shared<Run>();
    run->options = options;
    Workspace *w = &workspace();
    return workspace().environments().list().andThen(
        this, [this, w, run, clientRowId](QList<Environment> envs) {
            run->environments = std::move(envs);
            return w->clients().get(clientRowId).andThen(this, [this, w, run](OAuthClient client) {
                return checkClient(*w, this, run, client);
            });
        });
}

Later<QList<DoctorReport>> Doctor::checkAll(std::optional<qint64> environmentId, Options options)
{
    auto run = std::make_shared<Run>();
    run->options = options;
    Workspace *w = &workspace();
    return workspace().environments().list().andThen(
        this, [this, w, run, environmentId](QList<Environment> envs) {
            run->environments = std::move(envs);
            return w->clients().list().andThen(
                this, [this, w, run, environmentId](QList<OAuthClient> all) {
                    QList<OAuthClient> chosen;
                    for (const OAuthClient &c : all) {
                        if (!environmentId || c.environmentId == environmentId)
                            chosen.append(c);
                    }
                    auto [later, resolve] = Later<QList<DoctorReport>>::make();
                    checkEach(
                        *w, this, run, chosen, 0, std::make_shared<QList<DoctorReport>>(), resolve);
                    return later;
                });
        });
}

} // namespace oauthdesk
