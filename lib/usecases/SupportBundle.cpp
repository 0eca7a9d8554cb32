// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/SupportBundle.h"

#include "core/ZipWriter.h"
#include "model/ClientJson.h"
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
#include <QUrlQuery>
#include <QtConcurrent>
#include <openssl/crypto.h>

namespace oauthdesk {

namespace {

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QByteArray pretty(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
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

/// A query value as application/x-www-form-urlencoded means it (RFC 6749 Appendix B): "+" is
/// a space, "%2B" a plus.
QString formDecoded(QString encoded)
{
    encoded.replace(QLatin1Char('+'), QStringLiteral("%20"));
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

/// @p text in lines of at most 78 characters (broken at spaces), for a person reading the file.
QString wrapped(const QString &text)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 78) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
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
                none.note = noSignInNote(client);
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
                            resolve(SessionRecord::of(*session, result));
                            session->disconnect();
                            session->deleteLater();
                        });
                    session->start();
                    return out;
                });
        });
}

std::optional<SessionRecord> SupportBundle::lastSession(const OAuthClient &client) const
{
    return workspace().tokenTests().lastSession(client);
}

QString SupportBundle::noSignInNote(const OAuthClient &client)
{
    return tr(
        "\"%1\" signs people in through a browser, and no sign-in was run for this bundle, so it holds "
        "no exchanges. To include them: in OAuthDesk, press \"Sign in now…\" in Save support bundle "
        "(or run Test sign-in first, then save the bundle); with the command line, add --sign-in to "
        "oauthdesk-cli bundle.")
        .arg(client.name);
}

QList<SupportBundleFile> SupportBundle::files(const SupportBundleInput &input)
{
    // Redacted for sharing and scrubbed of every secret it used, once (a remembered session is
    // sealed already and comes back as it is).
    const SessionRecord session = input.session.sealed();
    QList<SupportBundleFile> out;
    QJsonArray exchanges;
    QList<SupportBundleFile> exchangeFiles;
    int fileNumber = 0;
    const auto addBrowserStep = [&](const BrowserStep &step) {
        const QString name = QStringLiteral("exchanges/%1-authorization-request.txt")
                                 .arg(++fileNumber, 2, 10, QLatin1Char('0'));
        QStringList text;
        text << wrapped(
            tr("Authorization request (RFC 6749 §4.1.1), opened in the system browser: the "
               "browser sent it, not OAuthDesk."))
             << QStringLiteral("GET ") + QString::fromUtf8(step.authorizationUrl.toEncoded())
             << QString() << tr("Its parameters:");
        for (const auto &[key, value] :
            QUrlQuery(step.authorizationUrl).queryItems(QUrl::FullyEncoded))
            text << QStringLiteral("  %1 = %2").arg(formDecoded(key), formDecoded(value));
        text
            << QString() << wrapped(tr("Answer: %1").arg(step.outcome)) << QString()
            << wrapped(tr(
                   "Kept on purpose: state and nonce (single use, spent once the sign-in finished; "
                   "the nonce is also in the ID token's claims) and code_challenge (public by "
                   "design, RFC 7636 §4.2). The authorization code and the code_verifier are "
                   "redacted in the token exchange."));
        exchangeFiles.append({ name, text.join(QLatin1Char('\n')).toUtf8() + '\n' });
        exchanges.append(QJsonObject { { QStringLiteral("file"), name },
            { QStringLiteral("channel"), QStringLiteral("front") },
            { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("url"), QString::fromUtf8(step.authorizationUrl.toEncoded()) },
            { QStringLiteral("redirectUri"), step.redirectUri.toString() },
            { QStringLiteral("outcome"), step.outcome } });
    };
    for (qsizetype i = 0; i <= session.exchanges.size(); ++i) {
        for (const BrowserStep &step : session.browserSteps) {
            if (std::min(step.position, session.exchanges.size()) == i)
                addBrowserStep(step);
        }
        if (i == session.exchanges.size())
            break;
        HttpExchange ex = session.exchanges.at(i);
        // Indented, so a person can read the answer (its secrets are already redacted).
        const QJsonDocument body = QJsonDocument::fromJson(ex.responseBody);
        if (!body.isNull())
            ex.responseBody = body.toJson(QJsonDocument::Indented);
        const QString name = exchangeFileName(++fileNumber, ex);
        QString text = ex.requestText() + QStringLiteral("\n\n") + ex.responseText();
        if (!ex.tls.isEmpty())
            text += QStringLiteral("\n\nTLS: ") + ex.tls;
        exchangeFiles.append({ name, text.toUtf8() + '\n' });
        QJsonObject o { { QStringLiteral("file"), name },
            { QStringLiteral("channel"), QStringLiteral("back") },
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
        << tr("exchanges/          the requests and responses of the test session, and a sign-in's "
              "authorization request (opened in the browser) where it happened")
        << tr("versions.json       OAuthDesk, Qt, OpenSSL and the operating system");
    readme << QString();
    if (session.finishedAt.isValid())
        readme << tr("Test session: %1, finished %2 UTC, %n exchange(s). %3", nullptr,
            int(session.exchanges.size() + session.browserSteps.size()))
                      .arg(session.kind,
                          session.finishedAt.toUTC().toString(
                              QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          session.note);
    else
        readme << tr("Test session: %1").arg(session.note.isEmpty() ? tr("none.") : session.note);
    if (!session.hasExchanges())
        readme << tr("This bundle holds no exchanges.");
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
        { QStringLiteral("session"), session.note },
        { QStringLiteral("sessionKind"), optionalString(session.kind) },
        { QStringLiteral("sessionFinishedAt"),
            session.finishedAt.isValid()
                ? QJsonValue(session.finishedAt.toUTC().toString(Qt::ISODate))
                : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("exchanges"), int(session.exchanges.size()) },
        { QStringLiteral("browserSteps"), int(session.browserSteps.size()) },
        { QStringLiteral("doctor"), bool(input.doctorReport) },
        { QStringLiteral("redaction"), QString::fromUtf8(sharingMarker()) } };
    out.append({ QStringLiteral("manifest.json"), pretty(manifest) });
    out.append({ QStringLiteral("versions.json"), pretty(versions()) });
    QJsonObject client = clientJson(input.client);
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

} // namespace oauthdesk
