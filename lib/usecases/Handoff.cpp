// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Handoff.h"

#include "core/ZipWriter.h"
#include "oauth/Discovery.h"
#include "usecases/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>

namespace oauthdesk {

namespace {

bool usesSecret(AuthMethod m)
{
    return m == AuthMethod::ClientSecretBasic || m == AuthMethod::ClientSecretPost;
}

/// The writers' input from the client, its environment and the environment's cached discovery.
Result<HandoffInput> inputFor(
    const OAuthClient &client, const Environment &env, const QString &apiPath)
{
    auto metadata = parseDiscovery(env.discoveryDocument, env.issuer);
    if (!metadata)
        return std::unexpected(metadata.error());
    const bool mtls = usesMutualTls(env, client.authMethod);
    HandoffInput in;
    in.clientName = client.name.isEmpty() ? client.clientId : client.name;
    in.clientId = client.clientId;
    in.authMethod = client.authMethod;
    in.scopes = client.scopes;
    in.certificateBoundTokens = client.certificateBoundTokens;
    in.environmentName = env.name;
    in.issuer = env.issuer;
    in.tokenEndpoint
        = metadata->endpointFor(QStringLiteral("token_endpoint"), metadata->tokenEndpoint, mtls);
    in.apiBaseUrl = env.apiBaseUrl;
    in.apiPath = apiPath.isEmpty() ? QStringLiteral("/") : apiPath;
    in.headers = env.headers;
    in.assertionAudience = env.assertionAudience == AssertionAudience::Issuer
        ? env.issuer.toString()
        : in.tokenEndpoint.toString();
    if (in.tokenEndpoint.isEmpty())
        return fail(ErrorCode::InvalidInput,
            Handoff::tr(
                "The discovery of environment \"%1\" names no token_endpoint: check the issuer, "
                "then refresh "
                "its discovery.")
                .arg(env.name));
    if (client.clientId.isEmpty())
        return fail(ErrorCode::InvalidInput,
            Handoff::tr("Client \"%1\" has no client ID yet: register it or enter the ID the AS "
                        "issued, then export it.")
                .arg(client.name));
    if (isInteractive(client))
        return fail(ErrorCode::InvalidInput,
            Handoff::tr(
                "Client \"%1\" signs a person in (authorization code): the hand-off pack covers "
                "client "
                "credentials clients (machine to machine) only.")
                .arg(in.clientName));
    return in;
}

} // namespace

Later<HandoffPack> Handoff::build(qint64 clientRowId, HandoffFormat format, HandoffOptions options)
{
    return workspace()
        .clients()
        .get(clientRowId)
        .andThen(this, [this, format, options](const OAuthClient &client) {
            return build(client, format, options);
        });
}

Later<HandoffPack> Handoff::build(
    const OAuthClient &client, HandoffFormat format, HandoffOptions options)
{
    if (!client.environmentId)
        return Later<HandoffPack>::failed(Error { ErrorCode::InvalidInput,
            Handoff::tr("Client \"%1\" has no environment: choose its environment (its AS) first.")
                .arg(client.name),
            {} });
    // The environment as stored (with its cached discovery), fetched again when none is cached.
    auto environment
        = workspace()
              .environments()
              .find(QString::number(*client.environmentId))
              .andThen(this, [this](const Environment &env) {
                  if (!env.discoveryDocument.isEmpty())
                      return Later<Environment>::ready(env);
                  return workspace().environments().refreshDiscovery(env.id).andThen(
                      this, [](const Environments::Refreshed &r) { return r.environment; });
              });
    return environment.andThen(
        this, [this, client, format, options](const Environment &env) -> Later<HandoffPack> {
            auto input = inputFor(client, env, options.apiPath);
            if (!input)
                return Later<HandoffPack>::failed(input.error());
            if (!options.includeSecret || !usesSecret(client.authMethod))
                return Later<HandoffPack>::ready(writeHandoff(*input, format));
            // The secret from the keychain, only now that it was asked for.
            return workspace().clients().readSecret(client).andThen(
                this, [in = *input, format](const SecretBytes &secret) mutable {
                    in.secret = secret.toUtf8String();
                    return writeHandoff(in, format);
                });
        });
}

namespace {

/// Writes @p bytes to @p target through QSaveFile with @p perms set before the first byte
/// (the temporary file QSaveFile writes is its owner's only until then).
Result<void> writeFile(
    const QString &target, const QByteArray &bytes, QFileDevice::Permissions perms)
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(ErrorCode::InvalidInput,
            Handoff::tr("Could not create the folder %1: check its parent's permissions.")
                .arg(QFileInfo(target).absolutePath()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::InvalidInput,
            Handoff::tr("Could not write %1: %2").arg(target, out.errorString()));
    if (!out.setPermissions(perms))
        return fail(ErrorCode::InvalidInput,
            Handoff::tr("Could not restrict who may read %1: %2; nothing was written.")
                .arg(target, out.errorString()));
    if (out.write(bytes) != bytes.size() || !out.commit())
        return fail(ErrorCode::InvalidInput,
            Handoff::tr("Could not write %1: %2").arg(target, out.errorString()));
    return {};
}

/// Owner read and write; for everyone's reading too unless the secret is in it.
QFileDevice::Permissions permissionsFor(const HandoffPack &pack, bool executable)
{
    QFileDevice::Permissions perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (executable)
        perms |= QFileDevice::ExeOwner;
    // A file with the secret in it is for its owner only, from its first byte on.
    if (!pack.containsSecret)
        perms |= QFileDevice::ReadGroup | QFileDevice::ReadOther
            | (executable ? QFileDevice::ExeGroup | QFileDevice::ExeOther
                          : QFileDevice::Permissions {});
    return perms;
}

} // namespace

Result<QStringList> Handoff::save(const HandoffPack &pack, const QString &path)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, Handoff::tr("Say where to write the hand-off pack."));
    QStringList written;
    const bool folder = pack.files.size() > 1;
    const QDir dir(folder ? path : QFileInfo(path).absolutePath());
    if (folder && QFileInfo(path).exists() && !QFileInfo(path).isDir())
        return fail(ErrorCode::InvalidInput,
            Handoff::tr(
                "%1 is a file; the %2 pack has several files and needs a folder: name a new or "
                "existing folder, or a .zip file.")
                .arg(path, toWire(pack.format)));
    const QFileDevice::Permissions perms = permissionsFor(pack, pack.format == HandoffFormat::Curl);
    for (const HandoffFile &f : pack.files) {
        const QString target = folder ? dir.filePath(f.path) : path;
        if (auto ok = writeFile(target, f.bytes, perms); !ok)
            return std::unexpected(ok.error());
        written.append(target);
    }
    return written;
}

QByteArray Handoff::zip(const HandoffPack &pack)
{
    ZipWriter writer;
    const QString folder
        = pack.files.size() > 1 ? pack.suggestedName + QLatin1Char('/') : QString();
    const QDateTime now = QDateTime::currentDateTime();
    for (const HandoffFile &f : pack.files) {
        const bool added = writer.addFile(folder + f.path, f.bytes, now);
        Q_ASSERT(added); // the writers' own names: relative, distinct
        Q_UNUSED(added)
    }
    return writer.finish();
}

QString Handoff::zipName(const HandoffPack &pack)
{
    if (pack.files.size() > 1)
        return pack.suggestedName + QStringLiteral(".zip");
    return QFileInfo(pack.suggestedName).completeBaseName() + QLatin1Char('-') + toWire(pack.format)
        + QStringLiteral(".zip");
}

bool Handoff::isZipPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
}

Result<QString> Handoff::saveZip(const HandoffPack &pack, const QString &path)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, Handoff::tr("Say where to write the hand-off pack."));
    if (QFileInfo(path).isDir())
        return fail(ErrorCode::InvalidInput,
            Handoff::tr("%1 is a folder: name the zip file to write, such as %2.")
                .arg(path, zipName(pack)));
    if (pack.files.isEmpty())
        return fail(ErrorCode::InvalidInput, Handoff::tr("The hand-off pack has no files to zip."));
    if (auto ok = writeFile(path, zip(pack), permissionsFor(pack, false)); !ok)
        return std::unexpected(ok.error());
    return path;
}

} // namespace oauthdesk
