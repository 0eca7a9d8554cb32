// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Environments.h"

#include "oauth/Transport.h"
#include "pki/ClientCa.h"
#include "registry/RegistrationService.h"
#include "store/AsyncStore.h"
#include "usecases/Workspace.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>
#include <openssl/crypto.h>

namespace oauthdesk {

namespace {

constexpr qint64 kMaxClientCaFile = 1024 * 1024;

Result<ClientCaRead> readClientCaFile(const QString &path)
{
    const QString field = ClientCa::fieldLabel();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
            Environments::tr(
                "%1: %2 cannot be read (%3). Check that the file exists and you may read it.")
                .arg(field, QDir::toNativeSeparators(path), f.errorString()));
    if (f.size() > kMaxClientCaFile)
        return fail(ErrorCode::InvalidInput,
            Environments::tr(
                "%1: %2 is larger than 1 MiB, so it is not a CA certificate file. Load the "
                "PEM file of the CA certificate(s) the AS trusts for client certificates.")
                .arg(field, QDir::toNativeSeparators(path)));
    QByteArray bytes = f.read(kMaxClientCaFile);
    Result<ClientCaRead> read = Environments::readClientCa(bytes);
    bytes.fill('\0'); // in place (the only copy): a private key loaded by mistake does not linger
    return read;
}

} // namespace

Environments::Environments(Workspace &workspace)
    : UseCase(workspace)
{
    // Kept current from the store's announcements, whoever wrote.
    connect(&workspace, &Workspace::environmentSaved, this, [this](const Environment &env) {
        for (Environment &e : m_current) {
            if (e.id == env.id) {
                e = env;
                Q_EMIT changed();
                return;
            }
        }
        m_current.append(env);
        Q_EMIT changed();
    });
    connect(&workspace, &Workspace::environmentRemoved, this, [this](qint64 id) {
        m_current.removeIf([id](const Environment &e) { return e.id == id; });
        Q_EMIT changed();
    });
}

std::optional<Environment> Environments::byId(qint64 id) const
{
    for (const Environment &e : m_current) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

Later<QList<Environment>> Environments::list()
{
    return Later<QList<Environment>>::fromFuture(
        workspace().store().run([](Store &s) { return s.environments(); }));
}

Later<Environment> Environments::find(const QString &idOrName)
{
    return list().andThen(this, [idOrName](const QList<Environment> &all) {
        return pickByName(
            all, idOrName, [](const Environment &e) { return QStringList { e.name }; },
            tr("environment"));
    });
}

Later<Environment> Environments::save(Environment env)
{
    return Later<Environment>::fromFuture(
        workspace().store().run([env = std::move(env)](Store &s) mutable -> Result<Environment> {
            if (!env.clientCaPem.isEmpty()) { // checked here, on the store's thread, whoever saves
                auto read = readClientCa(env.clientCaPem);
                if (!read)
                    return std::unexpected(read.error());
                env.clientCaPem = read->pem;
            }
            return s.saveEnvironment(env);
        }));
}

QString Environments::clientCaField()
{
    return QStringLiteral("clientCa");
}

QString Environments::clientCaLabel()
{
    return ClientCa::fieldLabel();
}

Result<ClientCaRead> Environments::readClientCa(const QByteArray &pemOrDer)
{
    auto certificates = ClientCa::read(pemOrDer);
    if (!certificates)
        return std::unexpected(certificates.error());
    ClientCaRead out;
    out.pem = ClientCa::toPem(*certificates);
    for (const ClientCaCertificate &c : std::as_const(*certificates))
        out.certificates.append({ c.info.subject, c.info.issuer, c.info.notBefore, c.info.notAfter,
            c.info.sha256ThumbprintHex, c.info.selfSigned });
    return out;
}

Later<ClientCaRead> Environments::loadClientCa(const QString &path)
{
    return Later<ClientCaRead>::fromFuture(QtConcurrent::run([path]() -> Result<ClientCaRead> {
        Result<ClientCaRead> read = readClientCaFile(path);
        OPENSSL_thread_stop(); // the pool thread's OpenSSL state goes with the work
                               // (pki/OffThread.h)
        return read;
    }));
}

Later<QString> Environments::remove(qint64 id)
{
    return Later<Environment>::fromFuture(workspace().store().run([id](Store &s)
                                                                      -> Result<Environment> {
        auto all = s.environments();
        if (!all)
            return std::unexpected(all.error());
        for (const Environment &e : *all) {
            if (e.id == id) {
                if (auto removed = s.removeEnvironment(id); !removed)
                    return std::unexpected(removed.error());
                return e;
            }
        }
        return fail(ErrorCode::NotFound, tr("The environment was deleted meanwhile."));
    })).andThen(this, [this](const Environment &removed) {
        if (removed.uuid.isEmpty())
            return Later<QString>::ready(QString());
        auto [later, resolve] = Later<QString>::make();
        workspace().registrationService().storeCredentials(removed,
            std::shared_ptr<const SecretBytes>(), std::shared_ptr<const SecretBytes>(), this,
            [resolve](Result<void> cleared) {
                resolve(cleared
                        ? QString()
                        : tr(
                            "Environment removed, but its registration credentials are still in the "
                            "keychain (%1): remove them with your keychain tool.")
                              .arg(cleared.error().message));
            });
        return later;
    });
}

Later<Environment> Environments::cacheDiscovery(
    const Environment &fetchedFor, const QByteArray &document)
{
    return Later<Environment>::fromFuture(workspace().store().run(
        [id = fetchedFor.id, issuer = fetchedFor.issuer, document](Store &s) {
            return s.saveDiscovery(id, issuer, document, QDateTime::currentDateTimeUtc());
        }));
}

Later<Environments::Refreshed> Environments::refreshDiscovery(qint64 environmentId)
{
    auto [later, resolve] = Later<Refreshed>::make();
    find(QString::number(environmentId)).then(this, [this, resolve](Result<Environment> env) {
        if (!env) {
            resolve.fail(env.error());
            return;
        }
        fetchDiscovery(&workspace().transport(), *env, this,
            [this, resolve, env = *env](DiscoveryOutcome outcome) {
                if (!outcome.metadata) {
                    resolve.fail(outcome.metadata.error());
                    return;
                }
                const QByteArray document = outcome.document;
                auto shared = std::make_shared<DiscoveryOutcome>(std::move(outcome));
                cacheDiscovery(env, document)
                    .then(this, [resolve, shared](Result<Environment> saved) {
                        if (!saved)
                            resolve.fail(saved.error());
                        else
                            resolve(Refreshed { *saved, std::move(*shared) });
                    });
            });
    });
    return later;
}

int Environments::deadlineSeconds() const
{
    return workspace().transport().deadlineMs() / 1000;
}

QUrl Environments::discoveryUrl(const Environment &env)
{
    const QList<QUrl> urls = discoveryUrls(env.issuer);
    return urls.isEmpty() ? env.issuer : urls.constFirst();
}

} // namespace oauthdesk
