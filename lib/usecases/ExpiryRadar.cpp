// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/ExpiryRadar.h"

#include "jose/Jwt.h"
#include "pki/Certificate.h"
#include "pki/ClientCa.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "store/Store.h"
#include "usecases/Workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>
#include <QtConcurrent>
#include <algorithm>
#include <memory>

namespace oauthdesk {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;

QString joined(QStringList list)
{
    list.removeDuplicates();
    list.removeAll(QString());
    return list.join(QStringLiteral(", "));
}

/// RFC 5545 §3.3.11: TEXT escapes backslash, semicolon, comma and line breaks.
QByteArray icsText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out.toUtf8();
}

/// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF, then one space), never inside
/// a UTF-8 sequence; every line ends with CRLF.
void appendLine(QByteArray &out, const QByteArray &line)
{
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (quint8(line.at(cut)) & 0xC0) == 0x80) // a continuation byte
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += line.mid(start);
    out += "\r\n";
}

QByteArray icsUtc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray icsDate(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

} // namespace

struct RadarScan
{
    ExpiryRadarInput input;
    QList<OAuthClient> registered;
    qsizetype next = 0;
    QDateTime now;
};

QJsonObject ExpiryItem::toJson() const
{
    auto optionalId = [](const std::optional<qint64> &id) {
        return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
    };
    return { { QStringLiteral("kind"), ExpiryRadar::kindWire(kind) },
        { QStringLiteral("uid"), uid }, { QStringLiteral("what"), what },
        { QStringLiteral("application"), application },
        { QStringLiteral("environment"), environment }, { QStringLiteral("usedBy"), usedBy },
        { QStringLiteral("applicationId"), applicationId },
        { QStringLiteral("certificateId"), optionalId(certificateId) },
        { QStringLiteral("clientId"), optionalId(clientRowId) },
        { QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("daysLeft"), daysLeft },
        { QStringLiteral("urgency"), ExpiryRadar::urgencyWire(urgency) } };
}

Later<QList<ExpiryItem>> ExpiryRadar::scan(QDateTime now, KeychainReads keychain)
{
    auto read = Later<ExpiryRadarInput>::fromFuture(
        workspace().store().run([](Store &s) -> Result<ExpiryRadarInput> {
            ExpiryRadarInput in;
            auto apps = s.applications();
            if (!apps)
                return std::unexpected(apps.error());
            auto envs = s.environments();
            if (!envs)
                return std::unexpected(envs.error());
            auto clients = s.clients();
            if (!clients)
                return std::unexpected(clients.error());
            in.applications = *apps;
            in.environments = *envs;
            in.clients = *clients;
            for (const OAuthClient &c : std::as_const(in.clients)) {
                if (c.clientSecretExpiresAt)
                    in.secretExpiries.append({ c.id, *c.clientSecretExpiresAt });
            }
            for (const Application &app : std::as_const(in.applications)) {
                auto certs = s.certificates(app.id);
                if (!certs)
                    return std::unexpected(certs.error());
                in.certificates += *certs;
            }
            auto ca = s.localCa(); // read only: the Certificates use case would make one
            if (!ca)
                return std::unexpected(ca.error());
            if (*ca) {
                in.localCaDer = (*ca)->certificateDer;
                in.localCaUuid = (*ca)->uuid;
            }
            return in;
        }));
    return read.andThen(this, [this, now, keychain](ExpiryRadarInput in) {
        auto scan = std::make_shared<RadarScan>();
        scan->now = now;
        for (const OAuthClient &c : std::as_const(in.clients)) {
            if (keychain == KeychainReads::RegistrationTokens && !c.registrationClientUri.isEmpty()
                && !c.uuid.isEmpty())
                scan->registered.append(c);
        }
        scan->input = std::move(in);
        auto [out, resolve] = Later<QList<ExpiryItem>>::make();
        readRegistrationTokens(scan, resolve);
        return out;
    });
}

void ExpiryRadar::readRegistrationTokens(
    std::shared_ptr<RadarScan> scan, Later<QList<ExpiryItem>>::Resolver resolve)
{
    // One keychain read at a time, each answered on this use case's thread.
    if (scan->next >= scan->registered.size()) {
        resolve(collect(scan->input, scan->now));
        return;
    }
    const OAuthClient client = scan->registered.at(scan->next++);
    workspace().keychain().read(Keychain::registrationTokenKey(client.uuid), this,
        [this, scan, client, resolve](Result<SecretBytes> token) {
            // Not there, or opaque: no expiry is known (RFC 7592 defines none).
            if (token && looksLikeJwt(token->toByteArray())) {
                auto jwt = decodeJwt(token->toByteArray());
                const QJsonValue exp = jwt ? jwt->claims.value(QLatin1String("exp")) : QJsonValue();
                if (exp.isDouble())
                    scan->input.registrationTokenExpiries.append({ client.id,
                        QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC) });
            }
            readRegistrationTokens(scan, resolve);
        });
}

QList<ExpiryItem> ExpiryRadar::collect(const ExpiryRadarInput &in, const QDateTime &now)
{
    QHash<qint64, QString> appNames;
    for (const Application &a : in.applications)
        appNames.insert(a.id, a.name);
    QHash<qint64, QString> envNames;
    for (const Environment &e : in.environments)
        envNames.insert(e.id, e.name);
    QHash<qint64, const OAuthClient *> clientsById;
    for (const OAuthClient &c : in.clients)
        clientsById.insert(c.id, &c);

    QList<ExpiryItem> items;
    auto finish = [&](ExpiryItem item) {
        item.expiresAt = item.expiresAt.toUTC();
        item.daysLeft = daysLeft(item.expiresAt, now);
        item.urgency = urgencyFor(item.expiresAt, now);
        items.append(std::move(item));
    };

    for (const CertificateRecord &cert : in.certificates) {
        if (!cert.notAfter || !cert.notAfter->isValid())
            continue; // a key without a certificate does not expire
        ExpiryItem item;
        item.kind = cert.purpose == CertificatePurpose::Transport
            ? ExpiryItem::Kind::TransportCertificate
            : ExpiryItem::Kind::SigningCertificate;
        item.uid = QStringLiteral("%1-%2@oauthdesk")
                       .arg(kindWire(item.kind),
                           cert.uuid.isEmpty() ? QString::number(cert.id) : cert.uuid);
        item.what = !cert.subjectDn.isEmpty()
            ? cert.subjectDn
            : tr("Key %1").arg(cert.kid.isEmpty() ? QString::number(cert.id) : cert.kid);
        item.applicationId = cert.applicationId;
        item.application = appNames.value(cert.applicationId);
        item.certificateId = cert.id;
        QStringList users;
        QStringList envs;
        for (const OAuthClient &c : in.clients) {
            if (c.signingCertificateId == cert.id || c.transportCertificateId == cert.id) {
                users.append(c.name);
                if (c.environmentId)
                    envs.append(envNames.value(*c.environmentId));
            }
        }
        item.usedBy = joined(users);
        item.environment = joined(envs);
        item.expiresAt = *cert.notAfter;
        finish(std::move(item));
    }

    if (in.localCaDer) {
        if (auto info = certificateInfo(*in.localCaDer)) {
            ExpiryItem item;
            item.kind = ExpiryItem::Kind::LocalCa;
            item.uid = QStringLiteral("local-ca-%1@oauthdesk").arg(in.localCaUuid);
            item.what = info->subject;
            item.expiresAt = info->notAfter;
            finish(std::move(item));
        }
    }

    // The CAs the environments' ASs trust for client certificates: when one expires, the AS
    // stops accepting every client certificate it issued. Public PEM from the store (no keychain).
    for (const Environment &env : in.environments) {
        for (const QByteArray &der : ClientCa::derOf(env.clientCaPem)) {
            auto info = certificateInfo(der);
            if (!info)
                continue;
            ExpiryItem item;
            item.kind = ExpiryItem::Kind::ClientCa;
            item.uid = QStringLiteral("client-ca-%1-%2@oauthdesk")
                           .arg(env.uuid.isEmpty() ? QString::number(env.id) : env.uuid,
                               info->sha256ThumbprintHex.left(16));
            item.what = info->subject;
            item.environment = env.name;
            item.expiresAt = info->notAfter;
            finish(std::move(item));
        }
    }

    auto clientItem = [&](ExpiryItem::Kind kind, qint64 clientRowId, const QDateTime &when) {
        const OAuthClient *c = clientsById.value(clientRowId);
        if (!c)
            return;
        ExpiryItem item;
        item.kind = kind;
        item.uid = QStringLiteral("%1-%2@oauthdesk")
                       .arg(kindWire(kind), c->uuid.isEmpty() ? QString::number(c->id) : c->uuid);
        item.what = c->name;
        item.applicationId = c->applicationId;
        item.application = appNames.value(c->applicationId);
        item.environment = c->environmentId ? envNames.value(*c->environmentId) : QString();
        item.usedBy = c->clientId;
        item.clientRowId = c->id;
        item.expiresAt = when;
        finish(std::move(item));
    };
    for (const auto &[id, when] : in.secretExpiries)
        clientItem(ExpiryItem::Kind::ClientSecret, id, when);
    for (const auto &[id, when] : in.registrationTokenExpiries)
        clientItem(ExpiryItem::Kind::RegistrationAccessToken, id, when);

    std::stable_sort(items.begin(), items.end(), [](const ExpiryItem &a, const ExpiryItem &b) {
        return a.expiresAt != b.expiresAt ? a.expiresAt < b.expiresAt : a.uid < b.uid;
    });
    return items;
}

ExpiryItem::Urgency ExpiryRadar::urgencyFor(const QDateTime &expiresAt, const QDateTime &now)
{
    if (expiresAt <= now)
        return ExpiryItem::Urgency::Expired;
    const qint64 secs = now.secsTo(expiresAt);
    if (secs <= 14 * kDay)
        return ExpiryItem::Urgency::Within14Days;
    if (secs <= 30 * kDay)
        return ExpiryItem::Urgency::Within30Days;
    return ExpiryItem::Urgency::Later;
}

qint64 ExpiryRadar::daysLeft(const QDateTime &expiresAt, const QDateTime &now)
{
    const qint64 secs = now.secsTo(expiresAt);
    return secs >= 0 ? secs / kDay : -((-secs + kDay - 1) / kDay);
}

QList<ExpiryItem> ExpiryRadar::within(
    const QList<ExpiryItem> &items, qint64 days, const QDateTime &now)
{
    QList<ExpiryItem> out;
    const QDateTime horizon = now.addSecs(days * kDay);
    for (const ExpiryItem &item : items) {
        if (item.expiresAt <= horizon)
            out.append(item);
    }
    return out;
}

qsizetype ExpiryRadar::urgentCount(const QList<ExpiryItem> &items)
{
    return std::count_if(items.cbegin(), items.cend(), [](const ExpiryItem &i) {
        return i.urgency == ExpiryItem::Urgency::Expired
            || i.urgency == ExpiryItem::Urgency::Within14Days;
    });
}

Result<qint64> ExpiryRadar::parseDays(const QString &text, const QString &field)
{
    static const QRegularExpression kDuration(QStringLiteral("^\\s*(\\d{1,6})\\s*([dwmy]?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = kDuration.match(text);
    const qint64 n = m.hasMatch() ? m.captured(1).toLongLong() : -1;
    qint64 factor = 1;
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("w"))
        factor = 7;
    else if (unit == QLatin1String("m"))
        factor = 30;
    else if (unit == QLatin1String("y"))
        factor = 365;
    if (n < 0 || n * factor > 36500)
        return fail(ErrorCode::InvalidInput,
            tr("%1: \"%2\" is not a duration. Type a number of days, weeks, months (30 days) or "
               "years up "
               "to 100 years, such as 30d, 12w, 6m or 1y.")
                .arg(field, text));
    return n * factor;
}

QByteArray ExpiryRadar::toICalendar(const QList<ExpiryItem> &items, QDateTime now)
{
    QByteArray out;
    appendLine(out, "BEGIN:VCALENDAR");
    appendLine(out, "VERSION:2.0");
    appendLine(out, "PRODID:-//OAuthDesk//Expiry radar//EN");
    appendLine(out, "CALSCALE:GREGORIAN");
    appendLine(out, "METHOD:PUBLISH");
    const QByteArray stamp = icsUtc(now);
    for (const ExpiryItem &item : items) {
        // An all-day event on the day it expires in the admin's own time zone.
        const QDate day = item.expiresAt.toLocalTime().date();
        const QString summary = tr("%1 expires: %2").arg(kindText(item.kind), item.what);
        QStringList lines;
        lines << tr("%1 \"%2\" expires on %3 UTC.")
                     .arg(kindText(item.kind), item.what,
                         item.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!item.application.isEmpty())
            lines << tr("Application: %1").arg(item.application);
        if (!item.environment.isEmpty())
            lines << tr("Environment: %1").arg(item.environment);
        if (!item.usedBy.isEmpty())
            lines << (item.clientRowId ? tr("Client ID: %1") : tr("Used by: %1")).arg(item.usedBy);
        lines << tr("Renew or rotate it in OAuthDesk before then.");
        appendLine(out, "BEGIN:VEVENT");
        appendLine(out, "UID:" + icsText(item.uid));
        appendLine(out, "DTSTAMP:" + stamp);
        appendLine(out, "DTSTART;VALUE=DATE:" + icsDate(day));
        appendLine(out, "DTEND;VALUE=DATE:" + icsDate(day.addDays(1)));
        appendLine(out, "SUMMARY:" + icsText(summary));
        appendLine(out, "DESCRIPTION:" + icsText(lines.join(QLatin1Char('\n'))));
        appendLine(out, "TRANSP:TRANSPARENT");
        appendLine(out, "BEGIN:VALARM");
        appendLine(out, "ACTION:DISPLAY");
        appendLine(out, "DESCRIPTION:" + icsText(summary));
        appendLine(out, "TRIGGER:-P14D");
        appendLine(out, "END:VALARM");
        appendLine(out, "END:VEVENT");
    }
    appendLine(out, "END:VCALENDAR");
    return out;
}

Later<void> ExpiryRadar::saveICalendar(
    const QString &path, const QList<ExpiryItem> &items, QDateTime now)
{
    return Later<void>::fromFuture(QtConcurrent::run([path, items, now]() -> Result<void> {
        const QByteArray ics = toICalendar(items, now);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
            return fail(ErrorCode::InvalidInput,
                tr("%1 cannot be written (%2): pick another folder.")
                    .arg(path, file.errorString()));
        return {};
    }));
}

QString ExpiryRadar::kindText(ExpiryItem::Kind kind)
{
    switch (kind) {
    case ExpiryItem::Kind::SigningCertificate:
        return tr("Signing certificate");
    case ExpiryItem::Kind::TransportCertificate:
        return tr("Transport certificate");
    case ExpiryItem::Kind::LocalCa:
        return tr("Local CA");
    case ExpiryItem::Kind::ClientSecret:
        return tr("Client secret");
    case ExpiryItem::Kind::RegistrationAccessToken:
        return tr("Registration access token");
    case ExpiryItem::Kind::ClientCa:
        return tr("Client CA the AS trusts");
    }
    return {};
}

QString ExpiryRadar::urgencyText(ExpiryItem::Urgency urgency)
{
    switch (urgency) {
    case ExpiryItem::Urgency::Expired:
        return tr("Expired");
    case ExpiryItem::Urgency::Within14Days:
        return tr("Within 14 days");
    case ExpiryItem::Urgency::Within30Days:
        return tr("Within 30 days");
    case ExpiryItem::Urgency::Later:
        return tr("Later");
    }
    return {};
}

QString ExpiryRadar::kindWire(ExpiryItem::Kind kind)
{
    switch (kind) {
    case ExpiryItem::Kind::SigningCertificate:
        return QStringLiteral("signing-certificate");
    case ExpiryItem::Kind::TransportCertificate:
        return QStringLiteral("transport-certificate");
    case ExpiryItem::Kind::LocalCa:
        return QStringLiteral("local-ca");
    case ExpiryItem::Kind::ClientSecret:
        return QStringLiteral("client-secret");
    case ExpiryItem::Kind::RegistrationAccessToken:
        return QStringLiteral("registration-access-token");
    case ExpiryItem::Kind::ClientCa:
        return QStringLiteral("client-ca");
    }
    return {};
}

QString ExpiryRadar::urgencyWire(ExpiryItem::Urgency urgency)
{
    switch (urgency) {
    case ExpiryItem::Urgency::Expired:
        return QStringLiteral("expired");
    case ExpiryItem::Urgency::Within14Days:
        return QStringLiteral("14d");
    case ExpiryItem::Urgency::Within30Days:
        return QStringLiteral("30d");
    case ExpiryItem::Urgency::Later:
        return QStringLiteral("later");
    }
    return {};
}

} // namespace oauthdesk
