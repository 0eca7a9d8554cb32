// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CertificateRecord.h"
#include "policy/SubjectFields.h"
#include "secrets/SecretBytes.h"
#include "usecases/UseCase.h"

#include <atomic>
#include <memory>

namespace oauthdesk {

/// Signing and transport keys and their certificates; every OpenSSL and keychain step runs off
/// the GUI thread (CertificateRegistry), every answer comes back as a Later.
class Certificates final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    [[nodiscard]] Later<QList<CertificateRecord>> forApplication(qint64 applicationId);
    /// By row id, kid or exact subject among the application's records (the CLI's CERT).
    [[nodiscard]] Later<CertificateRecord> find(
        qint64 applicationId, const QString &idKidOrSubject);
    [[nodiscard]] Later<CertificateRecord> createKey(qint64 applicationId,
        CertificatePurpose purpose, KeyAlgorithm algorithm, CancelFlag cancel = {});
    [[nodiscard]] Later<CertificateRecord> createCsr(
        const CertificateRecord &record, const SubjectFields &subject);
    /// The same request with the openssl program, for the curious (shown, never run).
    [[nodiscard]] static QString opensslEquivalent(
        const SubjectFields &subject, const CertificateRecord &record, const QString &keyFile);
    [[nodiscard]] Later<CertificateRecord> importCertificate(
        const CertificateRecord &record, const QByteArray &pemOrDer);
    [[nodiscard]] Later<CertificateRecord> selfSign(
        const CertificateRecord &record, const SubjectFields &subject, int days);
    [[nodiscard]] Later<CertificateRecord> issueWithLocalCa(
        const CertificateRecord &record, const SubjectFields &subject, int days);
    [[nodiscard]] Later<QByteArray> localCaCertificate();
    [[nodiscard]] Later<QByteArray> exportPkcs12(
        const CertificateRecord &record, const SecretBytes &passphrase, Pkcs12Profile profile);
    [[nodiscard]] Later<QByteArray> exportPrivateKey(
        const CertificateRecord &record, const SecretBytes &passphrase);
    /// The public JWK Set of the signing keys among @p records.
    [[nodiscard]] Later<QByteArray> jwks(const QList<CertificateRecord> &records);
    [[nodiscard]] static Result<QByteArray> selfSignedTlsJwks(const CertificateRecord &record);
    /// The key from the keychain first, then the record.
    [[nodiscard]] Later<void> remove(const CertificateRecord &record);
};

} // namespace oauthdesk
