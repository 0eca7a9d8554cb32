// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the key rotation use case (KeyRotation.cpp, KeyRotationSteps.cpp): the small record of a
// rotation in progress beside the data file, and the context one state()/advance() works on.
#pragma once

#include "oauth/Registration.h"
#include "oauth/TokenSession.h"
#include "oauth/Transport.h"
#include "policy/SubjectFields.h"
#include "registry/CertificateRegistry.h"
#include "secrets/Keychain.h"
#include "usecases/KeyRotation.h"
#include "usecases/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace oauthdesk {

namespace rotationdetail {

struct KeyRotationText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::KeyRotation)
};

/// The small record of a rotation in progress: which key is the new one, which the old, and
/// what the AS cannot be asked about (a JWKS file published elsewhere, a passed verification).
struct RotationRecord
{
    QString newUuid;
    QString oldUuid;
    bool published = false;
    bool verified = false;
    bool retired = false;

    [[nodiscard]] QJsonObject toJson() const
    {
        return { { QStringLiteral("new"), newUuid }, { QStringLiteral("old"), oldUuid },
            { QStringLiteral("published"), published }, { QStringLiteral("verified"), verified },
            { QStringLiteral("retired"), retired } };
    }
    static RotationRecord fromJson(const QJsonObject &o)
    {
        return { o.value(QStringLiteral("new")).toString(),
            o.value(QStringLiteral("old")).toString(),
            o.value(QStringLiteral("published")).toBool(),
            o.value(QStringLiteral("verified")).toBool(),
            o.value(QStringLiteral("retired")).toBool() };
    }
};

inline QMutex &recordMutex()
{
    static QMutex m;
    return m;
}

inline constexpr qint64 kMaxRecordBytes = 1024 * 1024;

inline Result<QJsonObject> readRecordsLocked(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QJsonObject {};
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::StoreUnavailable,
            KeyRotationText::tr("The key rotation record %1 cannot be read: %2")
                .arg(path, f.errorString()));
    if (f.size() > kMaxRecordBytes)
        return fail(ErrorCode::StoreUnavailable,
            KeyRotationText::tr("The key rotation record %1 is too large to be one: move it away.")
                .arg(path));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return fail(ErrorCode::StoreUnavailable,
            KeyRotationText::tr(
                "The key rotation record %1 is not valid JSON: move it away (the rotation then "
                "starts again).")
                .arg(path));
    return doc.object();
}

inline Result<std::optional<RotationRecord>> readRecord(
    const QString &path, const QString &clientUuid)
{
    QMutexLocker lock(&recordMutex());
    auto all = readRecordsLocked(path);
    if (!all)
        return std::unexpected(all.error());
    if (!all->contains(clientUuid))
        return std::optional<RotationRecord> {};
    return std::optional<RotationRecord>(
        RotationRecord::fromJson(all->value(clientUuid).toObject()));
}

inline Result<void> writeRecord(
    const QString &path, const QString &clientUuid, const std::optional<RotationRecord> &record)
{
    QMutexLocker lock(&recordMutex());
    auto all = readRecordsLocked(path);
    if (!all)
        return std::unexpected(all.error());
    if (record)
        all->insert(clientUuid, record->toJson());
    else
        all->remove(clientUuid);
    if (all->isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(ErrorCode::StoreUnavailable,
                KeyRotationText::tr("The key rotation record %1 cannot be removed.").arg(path));
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(*all).toJson()) < 0 || !f.commit())
        return fail(ErrorCode::StoreUnavailable,
            KeyRotationText::tr("The key rotation record %1 cannot be written: %2")
                .arg(path, f.errorString()));
    return {};
}

inline QStringList kidsOf(const QJsonValue &jwks)
{
    QJsonObject o = jwks.toObject();
    if (jwks.isString())
        o = QJsonDocument::fromJson(jwks.toString().toUtf8()).object();
    QStringList kids;
    for (const QJsonValue &k : o.value(QStringLiteral("keys")).toArray())
        kids.append(k.toObject().value(QStringLiteral("kid")).toString());
    return kids;
}

/// The attribute=value pairs of an RFC 4514 DN ("CN=a\,b,O=c" → CN "a,b", O "c"), in the
/// order written; escapes undone. Types are upper-cased ("cn" → "CN").
inline QList<std::pair<QString, QString>> dnParts(const QString &dn)
{
    QList<std::pair<QString, QString>> parts;
    QString current;
    auto flush = [&parts, &current] {
        const QString rdn = current;
        current.clear();
        qsizetype eq = -1;
        for (qsizetype i = 0; i < rdn.size(); ++i) {
            if (rdn[i] == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (rdn[i] == QLatin1Char('=')) {
                eq = i;
                break;
            }
        }
        if (eq <= 0)
            return;
        QString value;
        const QString raw = rdn.mid(eq + 1).trimmed();
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] == QLatin1Char('\\') && i + 1 < raw.size()) {
                bool hex = false;
                const int code = raw.mid(i + 1, 2).toInt(&hex, 16);
                if (hex && i + 2 < raw.size()) {
                    value += QChar(code);
                    i += 2;
                } else {
                    value += raw[++i];
                }
                continue;
            }
            value += raw[i];
        }
        parts.append({ rdn.left(eq).trimmed().toUpper(), value });
    };
    for (qsizetype i = 0; i < dn.size(); ++i) {
        if (dn[i] == QLatin1Char('\\') && i + 1 < dn.size()) {
            current += dn[i];
            current += dn[++i];
        } else if (dn[i] == QLatin1Char(',') || dn[i] == QLatin1Char(';')) {
            flush();
        } else {
            current += dn[i];
        }
    }
    flush();
    return parts;
}

/// @p value escaped for an RFC 4514 string.
inline QString dnEscape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar ch = value[i];
        const bool special = QStringLiteral(",+\"\\<>;=").contains(ch)
            || (i == 0 && (ch == QLatin1Char('#') || ch == QLatin1Char(' ')))
            || (i == value.size() - 1 && ch == QLatin1Char(' '));
        if (special)
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

/// The attribute type's usual name: OIDs and long names to the short one OpenSSL prints.
inline QString dnType(const QString &type)
{
    const QString t = type.startsWith(QLatin1String("OID.")) ? type.mid(4) : type;
    if (t == QLatin1String("2.5.4.3") || t == QLatin1String("COMMONNAME"))
        return QStringLiteral("CN");
    if (t == QLatin1String("2.5.4.10") || t == QLatin1String("ORGANIZATIONNAME"))
        return QStringLiteral("O");
    if (t == QLatin1String("2.5.4.11") || t == QLatin1String("ORGANIZATIONALUNITNAME"))
        return QStringLiteral("OU");
    if (t == QLatin1String("2.5.4.6") || t == QLatin1String("COUNTRYNAME"))
        return QStringLiteral("C");
    if (t == QLatin1String("2.5.4.5"))
        return QStringLiteral("SERIALNUMBER");
    if (t == QLatin1String("2.5.4.97"))
        return QStringLiteral("ORGANIZATIONIDENTIFIER");
    return t;
}

/// Two DNs the AS matches alike (RFC 4514: RDNs in order, types by name or OID, values
/// case-insensitively with runs of spaces as one).
inline bool sameDn(const QString &a, const QString &b)
{
    auto norm = [](const QString &dn) {
        QStringList out;
        for (const auto &[type, value] : dnParts(dn))
            out.append(dnType(type) + QLatin1Char('=') + value.simplified().toCaseFolded());
        return out;
    };
    return norm(a) == norm(b);
}

/// The subject DN @p dn as fields for a CSR, with @p subjectAltNames ("DNS:…", "IP:…",
/// "URI:…") kept. A DN with an attribute a CSR of OAuthDesk cannot carry is refused in words
/// naming it (the new certificate would not have the old one's subject).
inline Result<SubjectFields> subjectFromDn(
    const QString &dn, const QStringList &subjectAltNames, const QString &fallbackCn)
{
    SubjectFields s;
    for (const auto &[rawType, value] : dnParts(dn)) {
        const QString type = dnType(rawType);
        if (type == QLatin1String("CN"))
            s.commonName = value;
        else if (type == QLatin1String("O"))
            s.organisation = value;
        else if (type == QLatin1String("OU"))
            s.organisationalUnit = value;
        else if (type == QLatin1String("C"))
            s.country = value;
        else if (type == QLatin1String("SERIALNUMBER"))
            s.serialNumber = value;
        else if (type == QLatin1String("ORGANIZATIONIDENTIFIER"))
            s.organisationIdentifier = value;
        else
            return fail(ErrorCode::InvalidInput,
                KeyRotationText::tr(
                    "The subject %1 has %2=%3, which OAuthDesk cannot put in a certificate "
                    "request (it writes CN, O, OU, C, organizationIdentifier and serialNumber): "
                    "give the new certificate's subject with those only.")
                    .arg(dn, rawType, value),
                QStringLiteral("subjectDn"));
    }
    if (s.commonName.isEmpty())
        s.commonName = fallbackCn.left(64);
    for (const QString &san : subjectAltNames) {
        if (san.startsWith(QLatin1String("DNS:")))
            s.dnsNames.append(san.mid(4));
        else if (san.startsWith(QLatin1String("IP:"))
            || san.startsWith(QLatin1String("IP Address:")))
            s.ipAddresses.append(san.mid(san.indexOf(QLatin1Char(':')) + 1));
        else if (san.startsWith(QLatin1String("URI:")))
            s.uris.append(san.mid(4));
    }
    if (auto valid = validateSubjectFields(s); !valid)
        return fail(ErrorCode::InvalidInput,
            KeyRotationText::tr("The new certificate's subject %1: %2")
                .arg(dn, valid.error().message),
            QStringLiteral("subjectDn"));
    return s;
}

/// The subject proposed for a tls_client_auth rotation: @p dn with the next rotation suffix on
/// its CN ("CN=billing-service,O=Example Org" → "CN=billing-service-r2,O=Example Org", "…-r2"
/// → "…-r3"), so the AS can be switched to it and then refuse the old certificate.
inline QString proposedSubjectDn(const QString &dn, const QString &fallbackCn)
{
    QList<std::pair<QString, QString>> parts = dnParts(dn);
    bool hasCn = false;
    for (auto &[type, value] : parts) {
        if (dnType(type) != QLatin1String("CN"))
            continue;
        hasCn = true;
        static const QRegularExpression suffix(QStringLiteral("^(.*)-r(\\d{1,6})$"));
        const QRegularExpressionMatch m = suffix.match(value);
        const QString base = m.hasMatch() ? m.captured(1) : value;
        const QString next
            = QStringLiteral("-r%1").arg(m.hasMatch() ? m.captured(2).toInt() + 1 : 2);
        value = base.left(64 - next.size()) + next;
        break;
    }
    if (!hasCn)
        parts.prepend({ QStringLiteral("CN"), fallbackCn.left(61) + QStringLiteral("-r2") });
    QStringList out;
    for (const auto &[type, value] : std::as_const(parts))
        out.append(type + QLatin1Char('=') + dnEscape(value));
    return out.join(QLatin1Char(','));
}

/// "the new key only (kid …)", "the old certificate (serial …, subject …)": what a token
/// request of the rotation authenticated with.
inline QString keyWords(RotationKind kind, const CertificateRecord &key, bool isNew)
{
    if (kind == RotationKind::TlsClientAuth)
        return (isNew ? KeyRotationText::tr("the new certificate (serial %1, subject %2)")
                      : KeyRotationText::tr("the old certificate (serial %1, subject %2)"))
            .arg(key.serialNumber, key.subjectDn);
    return (isNew ? KeyRotationText::tr("the new key only (kid %1)")
                  : KeyRotationText::tr("the old key only (kid %1)"))
        .arg(key.kid);
}

/// A certificate's date as the admin reads it (UTC, ISO 8601).
inline QString dateOf(const std::optional<QDateTime> &t)
{
    return t ? t->toUTC().toString(Qt::ISODate) : KeyRotationText::tr("an unknown date");
}

inline std::optional<qint64> &keyRef(OAuthClient &c, RotationKind kind)
{
    return kind == RotationKind::SigningKey ? c.signingCertificateId : c.transportCertificateId;
}
inline std::optional<qint64> keyRef(const OAuthClient &c, RotationKind kind)
{
    return kind == RotationKind::SigningKey ? c.signingCertificateId : c.transportCertificateId;
}

} // namespace rotationdetail

using namespace rotationdetail;

struct KeyRotation::Context
{
    OAuthClient client;
    Environment env;
    QList<CertificateRecord> records;
    QList<OAuthClient> clients; ///< of the same application (who else uses a key)
    std::optional<RotationRecord> record;
    bool dropRecord = false;
    std::optional<QString> subjectDnAtAs;
    /// tls_client_auth: the SAN variant the AS matches instead of the subject DN, when read
    /// ("tls_client_auth_san_dns": "billing.example").
    QString sanMatchAtAs;
    RotationState st;

    [[nodiscard]] std::optional<CertificateRecord> byUuid(const QString &uuid) const
    {
        for (const CertificateRecord &r : records) {
            if (r.uuid == uuid)
                return r;
        }
        return std::nullopt;
    }
    [[nodiscard]] std::optional<CertificateRecord> byId(std::optional<qint64> id) const
    {
        for (const CertificateRecord &r : records) {
            if (id && r.id == *id)
                return r;
        }
        return std::nullopt;
    }
    /// Registered through OAuthDesk: the AS's registration can be read and updated (RFC 7592).
    [[nodiscard]] bool registeredHere() const
    {
        return !client.registrationClientUri.isEmpty() && !client.uuid.isEmpty();
    }
    void check(int step, bool passed, const QString &text, bool caution = false)
    {
        st.checks.append({ step, passed, text, caution });
    }
};

} // namespace oauthdesk
