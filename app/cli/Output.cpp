// SPDX-License-Identifier: GPL-3.0-or-later
#include "Output.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "model/ClientJson.h"

#include <QCoreApplication>
#include <algorithm>

namespace oauthdesk::cli {

namespace {

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString yesNo(bool b)
{
    return b ? CliText::tr("yes") : CliText::tr("no");
}

} // namespace

Table::Table(QStringList headers)
    : m_headers(std::move(headers))
{ }

void Table::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString Table::render() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&widths](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            if (i > 0)
                out += QStringLiteral("  ");
            out += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

QString renderFields(const Fields &fields)
{
    qsizetype width = 0;
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            width = std::max(width, label.size() + 1);
    QString out;
    for (const auto &[label, value] : fields) {
        if (value.isEmpty())
            continue;
        const QString indent(width + 2, QLatin1Char(' '));
        QString v = value;
        v.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent);
        out += QString(label + QLatin1Char(':')).leftJustified(width + 2) + v + QLatin1Char('\n');
    }
    return out;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString isoTime(const std::optional<QDateTime> &time)
{
    return time ? isoTime(*time) : QString();
}

QJsonValue jsonTime(const std::optional<QDateTime> &time)
{
    const QString s = isoTime(time);
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray jsonStrings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString x5tS256FromHex(const QString &hexThumbprint)
{
    if (hexThumbprint.isEmpty())
        return {};
    const QByteArray raw = QByteArray::fromHex(hexThumbprint.toLatin1());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject toJson(const Application &app)
{
    return { { QStringLiteral("id"), app.id }, { QStringLiteral("name"), app.name },
        { QStringLiteral("description"), app.description },
        { QStringLiteral("organisationId"), optionalString(app.organisationId) },
        { QStringLiteral("createdAt"), jsonTime(app.createdAt) } };
}

QJsonObject toJson(const Environment &env)
{
    return environmentJson(env);
}

QJsonObject toJson(const OAuthClient &c)
{
    return clientJson(c);
}

QJsonObject toJson(const CertificateRecord &r)
{
    return { { QStringLiteral("id"), r.id }, { QStringLiteral("applicationId"), r.applicationId },
        { QStringLiteral("purpose"), toWire(r.purpose) },
        { QStringLiteral("keyAlgorithm"), toWire(r.keyAlgorithm) },
        { QStringLiteral("state"), toWire(r.state) },
        { QStringLiteral("subject"), optionalString(r.subjectDn) },
        { QStringLiteral("subjectAltNames"), jsonStrings(r.subjectAltNames) },
        { QStringLiteral("serialNumber"), optionalString(r.serialNumber) },
        { QStringLiteral("notBefore"), jsonTime(r.notBefore) },
        { QStringLiteral("notAfter"), jsonTime(r.notAfter) },
        { QStringLiteral("sha256Thumbprint"), optionalString(r.sha256Thumbprint) },
        { QStringLiteral("x5tS256"), optionalString(x5tS256FromHex(r.sha256Thumbprint)) },
        { QStringLiteral("kid"), optionalString(r.kid) },
        { QStringLiteral("hasCsr"), !r.csrPem.isEmpty() },
        { QStringLiteral("hasCertificate"), !r.certificatePem.isEmpty() },
        { QStringLiteral("createdAt"), jsonTime(r.createdAt) } };
}

QJsonObject toJson(const HttpExchange &ex, bool full, bool includeSecrets)
{
    QJsonObject o { { QStringLiteral("method"), QString::fromLatin1(ex.request.method) },
        { QStringLiteral("url"), ex.request.url.toString() },
        { QStringLiteral("status"), ex.status }, { QStringLiteral("elapsedMs"), ex.elapsedMs },
        { QStringLiteral("tls"), optionalString(ex.tls) },
        { QStringLiteral("clientCertificate"), !ex.request.clientCertificateChainDer.isEmpty() } };
    if (ex.transportError)
        o.insert(QStringLiteral("error"), toJson(*ex.transportError));
    if (full) {
        o.insert(QStringLiteral("request"), ex.requestText(includeSecrets));
        o.insert(QStringLiteral("response"), ex.responseText());
    }
    return o;
}

QJsonObject toJson(const Error &error, bool withDetail)
{
    QJsonObject o { { QStringLiteral("code"), errorCodeName(error.code) },
        { QStringLiteral("message"), error.message },
        { QStringLiteral("exitCode"), toInt(exitCodeFor(error.code)) } };
    if (withDetail && !error.detail.isEmpty())
        o.insert(QStringLiteral("detail"), error.detail);
    return o;
}

Fields describe(const Application &app)
{
    return { { CliText::tr("Id"), QString::number(app.id) }, { CliText::tr("Name"), app.name },
        { CliText::tr("Description"), app.description },
        { CliText::tr("Organisation ID"), app.organisationId },
        { CliText::tr("Created"), isoTime(app.createdAt) } };
}

Fields describe(const Environment &env)
{
    QStringList headers;
    for (const ExtraHeader &h : env.headers)
        headers.append(h.name + QStringLiteral(": ") + h.value);
    return { { CliText::tr("Id"), QString::number(env.id) }, { CliText::tr("Name"), env.name },
        { CliText::tr("Issuer"), env.issuer.toString() },
        { CliText::tr("Connectivity"), displayName(env.connectivity) },
        { CliText::tr("API base URL"), env.apiBaseUrl.toString() },
        { CliText::tr("Extra headers"), headers.join(QLatin1Char('\n')) },
        { CliText::tr("CA bundle"), env.caBundlePath },
        { CliText::tr("Assertion audience"), displayName(env.assertionAudience) },
        { CliText::tr("Discovery fetched"),
            env.discoveryFetchedAt ? isoTime(env.discoveryFetchedAt) : CliText::tr("never") },
        { CliText::tr("Created"), isoTime(env.createdAt) } };
}

Fields describe(
    const OAuthClient &c, const QString &applicationName, const QString &environmentName)
{
    QStringList grants;
    for (GrantType g : c.grantTypes)
        grants.append(toWire(g));
    return { { CliText::tr("Id"), QString::number(c.id) }, { CliText::tr("Name"), c.name },
        { CliText::tr("Client ID"), c.clientId.isEmpty() ? CliText::tr("(none yet)") : c.clientId },
        { CliText::tr("Description"), c.description },
        { CliText::tr("Application"), applicationName },
        { CliText::tr("Environment"),
            environmentName.isEmpty() ? CliText::tr("(none)") : environmentName },
        { CliText::tr("Type"), displayName(c.applicationType) },
        { CliText::tr("Grant types"), grants.join(QLatin1Char(' ')) },
        { CliText::tr("PKCE"), toWire(c.pkce) },
        { CliText::tr("Auth method"), toWire(c.authMethod) },
        { CliText::tr("Scopes"), c.scopes.join(QLatin1Char(' ')) },
        { CliText::tr("Redirect URIs"), c.redirectUris.join(QLatin1Char('\n')) },
        { CliText::tr("Post-logout URIs"), c.postLogoutRedirectUris.join(QLatin1Char('\n')) },
        { CliText::tr("Access token"), CliText::tr("%1 s").arg(c.accessTokenLifetimeSeconds) },
        { CliText::tr("Refresh token"),
            c.refreshTokenLifetimeSeconds ? CliText::tr("%1 s").arg(*c.refreshTokenLifetimeSeconds)
                                          : QString() },
        { CliText::tr("Signing cert"),
            c.signingCertificateId ? QString::number(*c.signingCertificateId) : QString() },
        { CliText::tr("Transport cert"),
            c.transportCertificateId ? QString::number(*c.transportCertificateId) : QString() },
        { CliText::tr("Bound tokens"), yesNo(c.certificateBoundTokens) },
        { CliText::tr("Status"), displayName(c.status) },
        { CliText::tr("Registration URI"), c.registrationClientUri.toString() },
        { CliText::tr("Client ID issued"), isoTime(c.clientIdIssuedAt) },
        { CliText::tr("Created"), isoTime(c.createdAt) },
        { CliText::tr("Updated"), isoTime(c.updatedAt) } };
}

Fields describe(const CertificateRecord &r)
{
    QString validity;
    if (r.notBefore && r.notAfter) {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(*r.notAfter);
        validity
            = CliText::tr("%1 to %2 (%3)")
                  .arg(isoTime(r.notBefore), isoTime(r.notAfter),
                      days >= 0 ? CliText::tr("%1 days left").arg(days) : CliText::tr("expired"));
    }
    return { { CliText::tr("Id"), QString::number(r.id) },
        { CliText::tr("Application"), QString::number(r.applicationId) },
        { CliText::tr("Purpose"), toWire(r.purpose) },
        { CliText::tr("Key"), toWire(r.keyAlgorithm) }, { CliText::tr("State"), toWire(r.state) },
        { CliText::tr("Subject"), r.subjectDn },
        { CliText::tr("Subject alt names"), r.subjectAltNames.join(QLatin1Char('\n')) },
        { CliText::tr("Serial"), r.serialNumber }, { CliText::tr("Validity"), validity },
        { CliText::tr("SHA-256"), r.sha256Thumbprint },
        { CliText::tr("x5t#S256"), x5tS256FromHex(r.sha256Thumbprint) },
        { CliText::tr("JWK kid"), r.kid }, { CliText::tr("Created"), isoTime(r.createdAt) } };
}

QString exchangeText(const HttpExchange &exchange, bool includeSecrets)
{
    QString out = exchange.requestText(includeSecrets);
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    out += QLatin1Char('\n');
    if (exchange.transportError)
        out += CliText::tr("(no HTTP answer: %1)\n").arg(exchange.transportError->message);
    else
        out += exchange.responseText();
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out;
}

} // namespace oauthdesk::cli
