// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the key rotation use case (KeyRotation.cpp, KeyRotationSteps.cpp): the small record of a
// rotation in progress beside the data file, and the context one state()/advance() works on.
#pragma once

#include "oauth/Registration.h"
#include "oauth/TokenSession.h"
#include "oauth/Transport.h"
#include "registry/CertificateRegistry.h"
#include "secrets/Keychain.h"
#include "usecases/KeyRotation.h"
#include "usecases/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace oauthdesk {

namespace rotationdetail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("oauthdesk::KeyRotation", text);
}

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
            tr("The key rotation record %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > kMaxRecordBytes)
        return fail(ErrorCode::StoreUnavailable,
            tr("The key rotation record %1 is too large to be one: move it away.").arg(path));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return fail(ErrorCode::StoreUnavailable,
            tr("The key rotation record %1 is not valid JSON: move it away (the rotation then "
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
                tr("The key rotation record %1 cannot be removed.").arg(path));
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(*all).toJson()) < 0 || !f.commit())
        return fail(ErrorCode::StoreUnavailable,
            tr("The key rotation record %1 cannot be written: %2").arg(path, f.errorString()));
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

/// RFC 4514 "CN=a,O=b" back into fields, for a new certificate with the old one's subject.
inline SubjectFields subjectFromDn(const QString &dn, const QString &fallbackCn)
{
    SubjectFields s;
    for (const QString &part : dn.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString type = part.left(eq).trimmed().toUpper();
        const QString value = part.mid(eq + 1).trimmed();
        if (type == QLatin1String("CN"))
            s.commonName = value;
        else if (type == QLatin1String("O"))
            s.organisation = value;
        else if (type == QLatin1String("OU"))
            s.organisationalUnit = value;
        else if (type == QLatin1String("C"))
            s.country = value;
    }
    if (s.commonName.isEmpty())
        s.commonName = fallbackCn.left(64);
    return s;
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
    void check(int step, bool passed, const QString &text)
    {
        st.checks.append({ step, passed, text });
    }
};

} // namespace oauthdesk
