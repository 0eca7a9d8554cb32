// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowCodec.h"
#include "store/Store.h"
#include "store/StoreInternal.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace oauthdesk {

using namespace storedetail;

Result<QList<CertificateRecord>> Store::certificates(qint64 applicationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, application_id, purpose, key_algorithm, subject_dn, subject_alt_names_json,"
        " csr_pem, certificate_pem, chain_pem, serial_number, not_before, not_after,"
        " sha256_thumbprint, kid, state, created_at, uuid FROM certificates WHERE application_id = ?"
        " ORDER BY id"));
    q.addBindValue(applicationId);
    if (!q.exec())
        return sqlFailure(q.lastError(), tr("Certificates could not be read."));
    QList<CertificateRecord> out;
    while (q.next()) {
        CertificateRecord c;
        c.id = q.value(0).toLongLong();
        c.applicationId = q.value(1).toLongLong();
        c.purpose = enumFrom(q.value(2), CertificatePurpose::Signing);
        c.keyAlgorithm = enumFrom(q.value(3), KeyAlgorithm::Rsa2048);
        c.subjectDn = q.value(4).toString();
        c.subjectAltNames = listFromJson(q.value(5));
        c.csrPem = q.value(6).toByteArray();
        c.certificatePem = q.value(7).toByteArray();
        c.chainPem = q.value(8).toByteArray();
        c.serialNumber = q.value(9).toString();
        c.notBefore = optionalDate(q.value(10));
        c.notAfter = optionalDate(q.value(11));
        c.sha256Thumbprint = q.value(12).toString();
        c.kid = q.value(13).toString();
        c.state = enumFrom(q.value(14), CertificateState::KeyOnly);
        c.createdAt = fromEpochMs(q.value(15));
        c.uuid = q.value(16).toString();
        out.append(std::move(c));
    }
    return out;
}

Result<CertificateRecord> Store::saveCertificate(CertificateRecord c)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString what = tr("The certificate record was not saved.");
    if (!tx.isActive())
        return sqlFailure(m_db.lastError(), what);
    if (c.id == 0 && !c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    if (c.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO certificates (application_id, purpose, key_algorithm, subject_dn,"
            " subject_alt_names_json, csr_pem, certificate_pem, chain_pem, serial_number,"
            " not_before, not_after, sha256_thumbprint, kid, state, created_at, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE certificates SET application_id = ?, purpose = ?, key_algorithm = ?,"
            " subject_dn = ?, subject_alt_names_json = ?, csr_pem = ?, certificate_pem = ?,"
            " chain_pem = ?, serial_number = ?, not_before = ?, not_after = ?,"
            " sha256_thumbprint = ?, kid = ?, state = ? WHERE id = ?"));
    }
    q.addBindValue(c.applicationId);
    q.addBindValue(toWire(c.purpose));
    q.addBindValue(toWire(c.keyAlgorithm));
    q.addBindValue(text(c.subjectDn));
    q.addBindValue(listToJson(c.subjectAltNames));
    q.addBindValue(c.csrPem);
    q.addBindValue(c.certificatePem);
    q.addBindValue(c.chainPem);
    q.addBindValue(text(c.serialNumber));
    q.addBindValue(optionalEpoch(c.notBefore));
    q.addBindValue(optionalEpoch(c.notAfter));
    q.addBindValue(text(c.sha256Thumbprint));
    q.addBindValue(text(c.kid));
    q.addBindValue(toWire(c.state));
    if (c.id == 0) {
        q.addBindValue(toEpochMs(c.createdAt));
        if (c.uuid.isEmpty())
            c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.addBindValue(c.uuid);
    } else {
        q.addBindValue(c.id);
    }
    if (!q.exec())
        return sqlFailure(q.lastError(), what);
    if (c.id == 0)
        c.id = q.lastInsertId().toLongLong();
    else if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, what + QLatin1Char(' ') + tr("It no longer exists."));
    else if (auto created = storedCreatedAt("certificates", c.id); !created)
        return std::unexpected(created.error());
    else
        c.createdAt = *created;
    if (!tx.commit())
        return sqlFailure(m_db.lastError(), what);
    c.createdAt = fromEpochMs(toEpochMs(c.createdAt));
    Q_EMIT certificateSaved(c);
    return c;
}

Result<void> Store::removeCertificate(qint64 id)
{
    auto r = removeRow("certificates", id, tr("The certificate was not deleted."));
    if (r)
        Q_EMIT certificateRemoved(id);
    return r;
}

Result<std::optional<LocalCaRecord>> Store::localCa()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT uuid, certificate_der FROM local_ca WHERE id = 1")))
        return sqlFailure(q.lastError(), tr("The local CA could not be read."));
    if (!q.next())
        return std::optional<LocalCaRecord> {};
    return std::optional<LocalCaRecord>(
        LocalCaRecord { q.value(0).toString(), q.value(1).toByteArray() });
}

Result<void> Store::saveLocalCa(const LocalCaRecord &ca)
{
    Transaction tx(m_db);
    const QString what = tr("The local CA was not saved.");
    if (!tx.isActive())
        return sqlFailure(m_db.lastError(), what);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO local_ca (id, uuid, certificate_der, created_at) VALUES (1, ?, ?, ?)"));
    q.addBindValue(ca.uuid);
    q.addBindValue(ca.certificateDer);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !tx.commit())
        return sqlFailure(q.lastError(), what);
    return {};
}

} // namespace oauthdesk
