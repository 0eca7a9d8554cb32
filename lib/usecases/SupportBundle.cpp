// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/SupportBundle.h"

#include "core/ZipWriter.h"
#include "oauth/Redaction.h"
#include "oauth/TokenSession.h"
#include "usecases/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>
#include <QTimeZone>
#include <QtConcurrent>
#include <openssl/crypto.h>

namespace oauthdesk {

namespace {

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue jsonTime(const std::optional<QDateTime> &t)
{
    if (!t || !t->isValid())
        return QJsonValue(QJsonValue::Null);
    return t->toUTC().toString(Qt::ISODate);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QByteArray pretty(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QJsonObject environmentJson(const Environment &env)
{
    QJsonArray headers;
    for (const ExtraHeader &h : env.headers)
        headers.append(QJsonObject {
            { QStringLiteral("name"), h.name }, { QStringLiteral("value"), h.value } });
    return { { QStringLiteral("id"), env.id }, { QStringLiteral("name"), env.name },
        { QStringLiteral("issuer"), env.issuer.toString() },
        { QStringLiteral("connectivity"), toWire(env.connectivity) },
        { QStringLiteral("apiBaseUrl"), optionalString(env.apiBaseUrl.toString()) },
        { QStringLiteral("headers"), headers },
        { QStringLiteral("caBundle"), optionalString(env.caBundlePath) },
        { QStringLiteral("assertionAudience"), toWire(env.assertionAudience) },
        { QStringLiteral("discoveryFetchedAt"), jsonTime(env.discoveryFetchedAt) } };
}

/// "03-token.txt": the exchange's place and the last segment of its path, for a person
/// browsing the unzipped folder.
QString exchangeFileName(int index, const HttpExchange &ex)
{
    QString last = ex.request.url.path().section(QLatin1Char('/'), -1);
    last.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (last.isEmpty())
        last = QStringLiteral("request");
    return QStringLiteral("exchanges/%1-%2.txt")
        .arg(index, 2, 10, QLatin1Char('0'))
        .arg(last.left(40));
}

void keep(
    QList<std::shared_ptr<const SecretBytes>> &out, const std::shared_ptr<const SecretBytes> &s)
{
    if (s && !s->isEmpty())
        out.append(s);
}

} // namespace

Later<SupportBundleInput> SupportBundle::gather(qint64 clientRowId)
{
    auto input = std::make_shared<SupportBundleInput>();
    return workspace()
        .clients()
        .get(clientRowId)
        .andThen(this,
            [this, input](OAuthClient client) {
                input->client = std::move(client);
                return workspace().applications().list();
            })
        .andThen(this,
            [this, input](const QList<Application> &apps) {
                for (const Application &a : apps) {
                    if (a.id == input->client.applicationId)
                        input->applicationName = a.name;
                }
                return workspace().environments().list();
            })
        .andThen(this, [input](const QList<Environment> &envs) {
            for (const Environment &e : envs) {
                if (input->client.environmentId && e.id == *input->client.environmentId)
                    input->environment = e;
            }
            input->createdAt = QDateTime::currentDateTimeUtc();
            return *input;
        });
}

Later<SessionRecord> SupportBundle::runTestSession(qint64 clientRowId)
{
    return workspace()
        .clients()
        .get(clientRowId)
        .andThen(this, [this](const OAuthClient &client) -> Later<SessionRecord> {
            if (isInteractive(client)) {
                SessionRecord none;
                none.note
                    = tr("\"%1\" signs people in through a browser, so no test session was run for "
                         "this bundle. "
                         "Run \"Test sign-in\" and save the bundle from its result to include one.")
                          .arg(client.name);
                return Later<SessionRecord>::ready(std::move(none));
            }
            return workspace()
                .tokenTests()
                .open(client, {})
                .andThen(this, [this](std::unique_ptr<TokenSession> owned) {
                    auto [out, resolve] = Later<SessionRecord>::make();
                    TokenSession *session = owned.release();
                    session->setParent(
                        this); // dies with the use case if the answer is never wanted
                    connect(session, &TokenSession::finished, this,
                        [session, resolve](const TokenTestResult &result) {
                            if (resolve.resolved())
                                return;
                            resolve(recordOf(*session, result));
                            session->disconnect();
                            session->deleteLater();
                        });
                    session->start();
                    return out;
                });
        });
}

SessionRecord SupportBundle::recordOf(const TokenSession &session, const TokenTestResult &result)
{
    SessionRecord r;
    r.exchanges = result.exchanges;
    if (r.exchanges.isEmpty() && !result.token.exchange.request.url.isEmpty())
        r.exchanges.append(result.token.exchange);
    const ClientCredentials &c = session.credentials();
    keep(r.secrets, c.clientSecret);
    keep(r.secrets, c.signingKeyPkcs8Der);
    keep(r.secrets, c.transportKeyPkcs8Der);
    if (result.token.result) {
        keep(r.secrets, result.token.result->accessToken);
        keep(r.secrets, result.token.result->refreshToken);
        keep(r.secrets, result.token.result->idToken);
    }
    if (!result.token.clientAssertion.isEmpty()) {
        // The signature is the secret part (it proves the key); header and payload stay readable.
        const QByteArray sig
            = result.token.clientAssertion.mid(result.token.clientAssertion.lastIndexOf('.') + 1);
        r.secrets.append(std::make_shared<const SecretBytes>(SecretBytes::fromBytes(sig)));
    }
    r.note = result.ok() ? tr("Token received.") : result.token.result.error().message;
    return r;
}

QList<SupportBundleFile> SupportBundle::files(const SupportBundleInput &input)
{
    QList<SupportBundleFile> out;
    QJsonArray exchanges;
    QList<SupportBundleFile> exchangeFiles;
    for (int i = 0; i < input.session.exchanges.size(); ++i) {
        HttpExchange ex = redactedForSharing(input.session.exchanges.at(i));
        // Indented, so a person can read the answer (its secrets are already redacted).
        const QJsonDocument body = QJsonDocument::fromJson(ex.responseBody);
        if (!body.isNull())
            ex.responseBody = body.toJson(QJsonDocument::Indented);
        const QString name = exchangeFileName(i + 1, ex);
        QString text = ex.requestText() + QStringLiteral("\n\n") + ex.responseText();
        if (!ex.tls.isEmpty())
            text += QStringLiteral("\n\nTLS: ") + ex.tls;
        exchangeFiles.append({ name, text.toUtf8() + '\n' });
        QJsonObject o { { QStringLiteral("file"), name },
            { QStringLiteral("method"), QString::fromLatin1(ex.request.method) },
            { QStringLiteral("url"), ex.request.url.toString() },
            { QStringLiteral("status"), ex.status }, { QStringLiteral("elapsedMs"), ex.elapsedMs },
            { QStringLiteral("clientCertificate"),
                !ex.request.clientCertificateChainDer.isEmpty() },
            { QStringLiteral("tls"), optionalString(ex.tls) } };
        if (ex.transportError)
            o.insert(QStringLiteral("error"), ex.transportError->message);
        exchanges.append(o);
    }

    QStringList readme;
    readme
        << tr("OAuthDesk support bundle for client \"%1\" (%2), made %3 UTC.")
               .arg(input.client.name, input.client.clientId,
                   input.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        << QString()
        << tr("Every client secret, token, client assertion signature, registration access token "
              "and "
              "Authorization header in here is replaced by %1; JWTs keep their header and payload "
              "(header.payload.%1), so their claims can be read but they cannot be used. Private "
              "keys are "
              "never included.")
               .arg(QString::fromUtf8(sharingMarker()))
        << QString() << tr("client.json         the client's configuration (no secrets)")
        << tr("environment.json    its environment: issuer, connectivity, headers")
        << tr("as-metadata.json    the authorization server's metadata (cached discovery)")
        << tr("doctor.json         the preflight doctor's report")
        << tr("exchanges/          the requests and responses of the last test session")
        << tr("versions.json       OAuthDesk, Qt, OpenSSL and the operating system");
    if (!input.session.note.isEmpty())
        readme << QString() << tr("Test session: %1").arg(input.session.note);
    if (!input.doctorReport)
        readme << QString() << tr("No doctor's report was included.");
    out.append({ QStringLiteral("README.txt"), readme.join(QLatin1Char('\n')).toUtf8() + '\n' });

    QJsonObject manifest { { QStringLiteral("format"),
                               QStringLiteral("oauthdesk-support-bundle/1") },
        { QStringLiteral("createdAt"), input.createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("client"), input.client.name },
        { QStringLiteral("clientId"), input.client.clientId },
        { QStringLiteral("application"), input.applicationName },
        { QStringLiteral("environment"),
            input.environment ? QJsonValue(input.environment->name)
                              : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("session"), input.session.note },
        { QStringLiteral("doctor"), bool(input.doctorReport) },
        { QStringLiteral("redaction"), QString::fromUtf8(sharingMarker()) } };
    out.append({ QStringLiteral("manifest.json"), pretty(manifest) });
    out.append({ QStringLiteral("versions.json"), pretty(versions()) });
    QJsonObject client = clientConfiguration(input.client);
    client.insert(QStringLiteral("application"), input.applicationName);
    out.append({ QStringLiteral("client.json"), pretty(client) });
    if (input.environment) {
        out.append(
            { QStringLiteral("environment.json"), pretty(environmentJson(*input.environment)) });
        const QJsonDocument metadata
            = QJsonDocument::fromJson(input.environment->discoveryDocument);
        if (metadata.isObject())
            out.append(
                { QStringLiteral("as-metadata.json"), metadata.toJson(QJsonDocument::Indented) });
    }
    if (input.doctorReport)
        out.append({ QStringLiteral("doctor.json"), pretty(*input.doctorReport) });
    out.append({ QStringLiteral("exchanges.json"),
        QJsonDocument(exchanges).toJson(QJsonDocument::Indented) });
    out += exchangeFiles;

    // The last line of defence: whatever a redaction rule missed, no secret the session used
    // leaves in any spelling.
    QList<QByteArray> secrets;
    for (const auto &s : input.session.secrets)
        secrets.append(s->toByteArray());
    for (SupportBundleFile &f : out)
        f.content = scrubSecrets(f.content, secrets, sharingMarker());
    for (QByteArray &s : secrets)
        s.fill('\0');
    return out;
}

QByteArray SupportBundle::zip(const SupportBundleInput &input)
{
    ZipWriter writer;
    const QString folder
        = QStringLiteral("oauthdesk-support-%1/")
              .arg(input.createdAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    for (const SupportBundleFile &f : files(input)) {
        const bool added = writer.addFile(folder + f.name, f.content, input.createdAt);
        Q_ASSERT(added); // our own names: relative, distinct
        Q_UNUSED(added)
    }
    return writer.finish();
}

Later<void> SupportBundle::save(const QString &path, const QByteArray &zip)
{
    return Later<void>::fromFuture(QtConcurrent::run([path, zip]() -> Result<void> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::InvalidInput,
                tr("%1 cannot be written (%2): pick another folder.")
                    .arg(path, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(zip) != zip.size() || !file.commit())
            return fail(ErrorCode::InvalidInput,
                tr("%1 could not be saved (%2).").arg(path, file.errorString()));
        return {};
    }));
}

QJsonObject SupportBundle::versions()
{
    return { { QStringLiteral("oauthdesk"), QCoreApplication::applicationVersion() },
        { QStringLiteral("qt"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR) },
        { QStringLiteral("openssl"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)) },
        { QStringLiteral("os"), QSysInfo::prettyProductName() },
        { QStringLiteral("kernel"),
            QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()) },
        { QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture() } };
}

QJsonObject SupportBundle::clientConfiguration(const OAuthClient &c)
{
    QJsonArray grants;
    for (GrantType g : c.grantTypes)
        grants.append(toWire(g));
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
        { QStringLiteral("clientId"), c.clientId },
        { QStringLiteral("description"), c.description },
        { QStringLiteral("applicationId"), c.applicationId },
        { QStringLiteral("environmentId"), optionalId(c.environmentId) },
        { QStringLiteral("applicationType"), toWire(c.applicationType) },
        { QStringLiteral("grantTypes"), grants }, { QStringLiteral("pkce"), toWire(c.pkce) },
        { QStringLiteral("redirectUris"), strings(c.redirectUris) },
        { QStringLiteral("postLogoutRedirectUris"), strings(c.postLogoutRedirectUris) },
        { QStringLiteral("scopes"), strings(c.scopes) },
        { QStringLiteral("accessTokenLifetime"), c.accessTokenLifetimeSeconds },
        { QStringLiteral("refreshTokenLifetime"),
            c.refreshTokenLifetimeSeconds ? QJsonValue(*c.refreshTokenLifetimeSeconds)
                                          : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("authMethod"), toWire(c.authMethod) },
        { QStringLiteral("signingCertificateId"), optionalId(c.signingCertificateId) },
        { QStringLiteral("transportCertificateId"), optionalId(c.transportCertificateId) },
        { QStringLiteral("certificateBoundTokens"), c.certificateBoundTokens },
        { QStringLiteral("status"), toWire(c.status) },
        { QStringLiteral("registrationClientUri"),
            optionalString(c.registrationClientUri.toString()) },
        { QStringLiteral("clientIdIssuedAt"), jsonTime(c.clientIdIssuedAt) },
        { QStringLiteral("createdAt"), jsonTime(c.createdAt) },
        { QStringLiteral("updatedAt"), jsonTime(c.updatedAt) } };
}

} // namespace oauthdesk
