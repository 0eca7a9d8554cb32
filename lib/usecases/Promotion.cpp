// SPDX-License-Identifier: GPL-3.0-or-later
// The use-case half of Promotion: reading what the diff and the plan compare, and promote().
#include "usecases/Promotion.h"

#include "policy/Validation.h"
#include "store/AsyncStore.h"
#include "usecases/Workspace.h"

#include <QHostAddress>

namespace oauthdesk {

namespace {

struct PromotionUseCaseText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Promotion)
};

std::optional<Environment> pick(const QList<Environment> &envs, qint64 id)
{
    for (const Environment &e : envs) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

Error noEnvironment(qint64 id)
{
    return { ErrorCode::NotFound,
        PromotionUseCaseText::tr(
            "There is no environment with id %1. List them to see their names and ids.")
            .arg(id),
        {} };
}

struct Everything
{
    QList<Environment> environments;
    QList<OAuthClient> clients;
    CertificatesById certificates;
};

Result<Everything> readEverything(Store &s)
{
    Everything out;
    auto envs = s.environments();
    if (!envs)
        return std::unexpected(envs.error());
    out.environments = *envs;
    auto clients = s.clients();
    if (!clients)
        return std::unexpected(clients.error());
    out.clients = *clients;
    auto apps = s.applications();
    if (!apps)
        return std::unexpected(apps.error());
    for (const Application &app : *apps) {
        auto certs = s.certificates(app.id);
        if (!certs)
            return std::unexpected(certs.error());
        for (const CertificateRecord &r : *certs)
            out.certificates.insert(r.id, r);
    }
    return out;
}

/// The subject of a stored record as CSR fields: the RFC 4514-style "CN=…,O=…" text the
/// registry writes and reads, and its SANs ("DNS:x" as read from a certificate, or bare as
/// entered for a CSR).
SubjectFields subjectOf(const CertificateRecord &r)
{
    SubjectFields f;
    QString part;
    QStringList parts;
    for (qsizetype i = 0; i < r.subjectDn.size(); ++i) {
        const QChar ch = r.subjectDn.at(i);
        if (ch == QLatin1Char('\\') && i + 1 < r.subjectDn.size()) {
            part += r.subjectDn.at(++i);
        } else if (ch == QLatin1Char(',')) {
            parts.append(part.trimmed());
            part.clear();
        } else {
            part += ch;
        }
    }
    if (!part.trimmed().isEmpty())
        parts.append(part.trimmed());
    for (const QString &p : parts) {
        const QString type = p.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = p.section(QLatin1Char('='), 1).trimmed();
        if (type == QStringLiteral("cn"))
            f.commonName = value;
        else if (type == QStringLiteral("o"))
            f.organisation = value;
        else if (type == QStringLiteral("ou"))
            f.organisationalUnit = value;
        else if (type == QStringLiteral("c"))
            f.country = value;
        else if (type == QStringLiteral("organizationidentifier")
            || type == QStringLiteral("2.5.4.97"))
            f.organisationIdentifier = value;
        else if (type == QStringLiteral("serialnumber"))
            f.serialNumber = value;
    }
    for (const QString &san : r.subjectAltNames) {
        if (san.startsWith(QStringLiteral("DNS:")))
            f.dnsNames.append(san.mid(4));
        else if (san.startsWith(QStringLiteral("IP:")))
            f.ipAddresses.append(san.mid(3));
        else if (san.startsWith(QStringLiteral("URI:")))
            f.uris.append(san.mid(4));
        else if (san.contains(QStringLiteral("://")))
            f.uris.append(san);
        else if (!QHostAddress(san).isNull())
            f.ipAddresses.append(san);
        else if (!san.contains(QLatin1Char(':')))
            f.dnsNames.append(san);
    }
    return f;
}

} // namespace

Later<EnvironmentDiff> Promotion::diff(qint64 applicationId, qint64 envA, qint64 envB)
{
    return Later<Everything>::fromFuture(workspace().store().run(readEverything))
        .andThen(
            this, [applicationId, envA, envB](const Everything &all) -> Result<EnvironmentDiff> {
                const auto a = pick(all.environments, envA);
                const auto b = pick(all.environments, envB);
                if (!a)
                    return std::unexpected(noEnvironment(envA));
                if (!b)
                    return std::unexpected(noEnvironment(envB));
                if (envA == envB)
                    return fail(ErrorCode::InvalidInput,
                        PromotionUseCaseText::tr(
                            "Both sides are %1; pick two different environments to compare.")
                            .arg(a->name));
                return diffEnvironments(*a, *b, all.clients, all.certificates, applicationId);
            });
}

Later<PromotionPlan> Promotion::plan(qint64 clientRowId, qint64 targetEnvironmentId)
{
    auto all = std::make_shared<Everything>();
    return Later<Everything>::fromFuture(workspace().store().run(readEverything))
        .andThen(this,
            [this, all, clientRowId, targetEnvironmentId](
                Everything read) -> Later<std::optional<DiscoveryMetadata>> {
                *all = std::move(read);
                const auto target = pick(all->environments, targetEnvironmentId);
                if (!target)
                    return Later<std::optional<DiscoveryMetadata>>::failed(
                        noEnvironment(targetEnvironmentId));
                if (std::none_of(all->clients.cbegin(), all->clients.cend(),
                        [clientRowId](const OAuthClient &c) { return c.id == clientRowId; }))
                    return Later<std::optional<DiscoveryMetadata>>::failed({ ErrorCode::NotFound,
                        tr("There is no client with id %1.").arg(clientRowId), {} });
                if (!target->discoveryDocument.isEmpty()) {
                    auto m = parseDiscovery(target->discoveryDocument, target->issuer);
                    if (m)
                        return Later<std::optional<DiscoveryMetadata>>::ready(std::optional(*m));
                }
                // Not cached (or unreadable): fetch it now; a failure leaves support unchecked.
                auto [later, resolve] = Later<std::optional<DiscoveryMetadata>>::make();
                workspace()
                    .environments()
                    .refreshDiscovery(targetEnvironmentId)
                    .then(this,
                        [resolve, all, targetEnvironmentId](Result<Environments::Refreshed> r) {
                            if (r && r->discovery.metadata) {
                                for (Environment &e : all->environments) {
                                    if (e.id == targetEnvironmentId)
                                        e = r->environment;
                                }
                                resolve(std::optional(*r->discovery.metadata));
                            } else {
                                resolve(std::optional<DiscoveryMetadata> {});
                            }
                        });
                return later;
            })
        .andThen(this,
            [all, clientRowId, targetEnvironmentId](
                const std::optional<DiscoveryMetadata> &metadata) {
                OAuthClient source;
                for (const OAuthClient &c : all->clients) {
                    if (c.id == clientRowId)
                        source = c;
                }
                const Environment target = *pick(all->environments, targetEnvironmentId);
                const auto sourceEnv = source.environmentId
                    ? pick(all->environments, *source.environmentId)
                    : std::nullopt;
                return planPromotion(source, sourceEnv ? &*sourceEnv : nullptr, target,
                    metadata ? &*metadata : nullptr, all->clients, all->certificates);
            });
}

namespace {

/// The state of one promote() run, shared by its steps.
struct PromoteRun
{
    PromotionPlan plan;
    PromoteOptions options;
    PromotionResult result;
    std::optional<SecretBytes> secret;
    QList<CertificateRecord> made; ///< fresh records, removed again if the client is not made
};

} // namespace

Later<PromotionResult> Promotion::promote(const PromotionPlan &plan, PromoteOptions options)
{
    if (plan.blocked()) {
        QStringList lines;
        for (const PromotionItem &i : plan.itemsOf(PromotionItem::Kind::Refused))
            lines.append(QStringLiteral("• ") + i.label
                + (i.value.isEmpty() ? QString() : QStringLiteral(" ") + i.value)
                + QStringLiteral(": ") + i.text);
        return Later<PromotionResult>::failed({ ErrorCode::InvalidInput,
            tr("Nothing was created: %1 refuses what the client needs.").arg(plan.target.name)
                + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
            QStringLiteral("promotion plan blocked: %1 refused item(s)").arg(lines.size()) });
    }
    if (options.registerAtAs && !plan.targetCanRegister)
        return Later<PromotionResult>::failed({ ErrorCode::InvalidInput,
            tr("%1's AS offers no registration (no registration_endpoint in its discovery): "
               "promote without "
               "registering and enter the client ID it issued.")
                .arg(plan.target.name),
            {} });
    options.clientId = options.clientId.trimmed();
    if (!options.registerAtAs && options.clientId.isEmpty())
        return Later<PromotionResult>::failed({ ErrorCode::InvalidInput,
            tr("Client ID: without registration, enter the client ID %1's AS issued for this "
               "client.")
                .arg(plan.target.name),
            {} });

    auto run = std::make_shared<PromoteRun>();
    run->plan = plan;
    run->options = options;
    OAuthClient &draft = run->plan.draft;
    if (!options.registerAtAs) {
        draft.clientId = options.clientId;
        if (usesClientSecret(draft.authMethod)) {
            auto secret = generateClientSecret();
            if (!secret)
                return Later<PromotionResult>::failed(secret.error());
            run->secret = std::move(*secret);
        }
    }

    Certificates &certs = workspace().certificates();
    const auto keep = [run](const CertificateRecord &r) {
        for (CertificateRecord &m : run->made) {
            if (m.id == r.id)
                m = r;
        }
        if (std::none_of(run->made.cbegin(), run->made.cend(),
                [&r](const CertificateRecord &m) { return m.id == r.id; }))
            run->made.append(r);
        return r;
    };

    // 1. The fresh signing key (same algorithm, a new kid), with a CSR when the source had a
    // subject.
    Later<void> signing = Later<void>::ready({});
    if (plan.sourceSigning) {
        const CertificateRecord src = *plan.sourceSigning;
        signing
            = certs.createKey(draft.applicationId, CertificatePurpose::Signing, src.keyAlgorithm)
                  .andThen(this,
                      [&certs, keep, src](
                          const CertificateRecord &key) -> Later<CertificateRecord> {
                          keep(key);
                          if (src.subjectDn.isEmpty())
                              return Later<CertificateRecord>::ready(key);
                          return certs.createCsr(key, subjectOf(src));
                      })
                  .andThen(this, [run, keep](const CertificateRecord &r) {
                      run->result.signing = keep(r);
                      run->plan.draft.signingCertificateId = r.id;
                  });
    }
    // 2. The fresh transport key, with a CSR for the target's CA (or a new self-signed
    // certificate).
    Later<void> transport = signing.andThen(this, [this, run, keep]() -> Later<void> {
        if (!run->plan.sourceTransport)
            return Later<void>::ready({});
        const CertificateRecord src = *run->plan.sourceTransport;
        Certificates &certs = workspace().certificates();
        const bool selfSigned = run->plan.source.authMethod == AuthMethod::SelfSignedTlsClientAuth;
        const int days = run->options.selfSignedDays;
        return certs
            .createKey(
                run->plan.draft.applicationId, CertificatePurpose::Transport, src.keyAlgorithm)
            .andThen(this,
                [&certs, keep, src, selfSigned, days](const CertificateRecord &key) {
                    keep(key);
                    return selfSigned ? certs.selfSign(key, subjectOf(src), days)
                                      : certs.createCsr(key, subjectOf(src));
                })
            .andThen(this, [run, keep](const CertificateRecord &r) {
                run->result.transport = keep(r);
                run->plan.draft.transportCertificateId = r.id;
            });
    });
    // 3. The client: registered at the target AS (its answer is the truth), or recorded.
    Later<SubmissionOutcome> submitted
        = transport.andThen(this, [this] { return workspace().environments().list(); })
              .andThen(this, [this, run](QList<Environment> envs) {
                  // The submission reads the target from the announced environments (a front end
                  // without a snapshot, such as the CLI, has none yet).
                  if (!workspace().environments().byId(run->plan.target.id))
                      workspace().environments().adopt(envs);
                  ClientSubmission s;
                  s.client = run->plan.draft;
                  s.registerAtAs = run->options.registerAtAs;
                  if (run->secret)
                      s.secret = run->secret->clone();
                  return workspace().submissions().submit(std::move(s));
              });

    auto [later, resolve] = Later<PromotionResult>::make();
    submitted.then(this, [this, run, resolve](Result<SubmissionOutcome> outcome) {
        Error error;
        if (outcome && outcome->client) {
            PromotionResult &r = run->result;
            r.client = *outcome->client;
            r.secretToShow = std::move(outcome->secretToShow);
            r.registration = std::move(outcome->registration);
            const QString to = run->plan.target.name;
            if (usesClientSecret(r.client.authMethod) && !run->options.registerAtAs)
                r.nextSteps.append(tr("Configure the new secret for client %1 at %2's AS (it is "
                                      "shown once and kept in "
                                      "the keychain).")
                                       .arg(r.client.clientId, to));
            if (r.transport && r.transport->state == CertificateState::CsrPending)
                r.nextSteps.append(tr(
                    "Send the transport CSR (%1) to %2's CA, then import the certificate it issues "
                    "under Certificates; until then the client cannot get a token there.")
                                       .arg(r.transport->subjectDn, to));
            else if (r.signing && r.signing->state == CertificateState::CsrPending)
                r.nextSteps.append(
                    tr("The signing key's CSR (%1) is ready if %2 wants the key certified.")
                        .arg(r.signing->subjectDn, to));
            resolve(std::move(run->result));
            return;
        }
        error = outcome ? outcome->client.error() : outcome.error();
        // Nothing half-made that looks finished: the fresh keys go again (their keychain entries
        // first, Certificates::remove), and the answer says what is left, if anything.
        auto left = std::make_shared<QStringList>();
        auto records = std::make_shared<QList<CertificateRecord>>(run->made);
        auto finish = [run, resolve, error, left]() {
            Error e = error;
            if (run->made.isEmpty())
                e.message += QLatin1Char('\n')
                    + tr("Nothing was created in %1.").arg(run->plan.target.name);
            else if (left->isEmpty())
                e.message += QLatin1Char('\n')
                    + tr(
                        "Nothing was created in %1: the fresh keys made for it were removed again.")
                          .arg(run->plan.target.name);
            else
                e.message += QLatin1Char('\n')
                    + tr("No client was created in %1, but these fresh keys are left: %2. Delete "
                         "them under "
                         "Certificates, or promote again.")
                          .arg(run->plan.target.name, left->join(QStringLiteral("; ")));
            resolve.fail(e);
        };
        auto next = std::make_shared<std::function<void()>>();
        // Each removal continues the walk; the function is held by the pending callback only.
        *next = [this, records, left, finish, weak = std::weak_ptr<std::function<void()>>(next)]() {
            if (records->isEmpty()) {
                finish();
                return;
            }
            const CertificateRecord r = records->takeFirst();
            auto self = weak.lock();
            workspace().certificates().remove(r).then(this, [r, left, self](Result<void> removed) {
                if (!removed)
                    left->append(QStringLiteral("#%1 %2 (%3)")
                                     .arg(r.id)
                                     .arg(toWire(r.purpose), removed.error().message));
                (*self)();
            });
        };
        (*next)();
    });
    return later;
}

} // namespace oauthdesk
