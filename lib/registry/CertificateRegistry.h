// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/CertificateRecord.h"
#include "model/OAuthClient.h"
#include "oauth/TokenClient.h"
#include "pki/Pkcs12Export.h"
#include "policy/SubjectFields.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

namespace oauthdesk {

class AsyncStore;
class Keychain;

/// Signing and transport keys with what was built on them (CSR, issued or self-signed
/// certificate), kept like clients and their secrets: the record in the store, the private key
/// (PKCS#8 DER) only in the keychain under "certificate/<uuid>/private_key", and the local
/// development CA's key under "local-ca/<uuid>/private_key". Key generation runs off the GUI
/// thread and can be cancelled; every answer comes back on this object's thread.
class CertificateRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateRegistry)

public:
    CertificateRegistry(AsyncStore *store, Keychain *keychain, QObject *parent = nullptr);

    [[nodiscard]] static QString privateKeyKey(const QString &certificateUuid);
    [[nodiscard]] static QString localCaKeyKey(const QString &caUuid);

    /// A new key pair for @p purpose: generated off the GUI thread (cancel through @p cancel),
    /// stored in the keychain, then recorded (state "key only", kid = RFC 7638 thumbprint).
    void createKey(qint64 applicationId, CertificatePurpose purpose, KeyAlgorithm algorithm,
        std::shared_ptr<std::atomic_bool> cancel, QObject *context,
        std::function<void(Result<CertificateRecord>)> done);
    /// A CSR (PEM) for the record's key; the record moves to "CSR pending".
    void createCsr(const CertificateRecord &record, const SubjectFields &subject, QObject *context,
        std::function<void(Result<CertificateRecord>)> done);
    /// Imports the certificate the CA returned (PEM or DER, chain after the leaf): refused unless
    /// it belongs to the record's key; the record moves to "issued" (or "expired").
    void importCertificate(const CertificateRecord &record, const QByteArray &pemOrDer,
        QObject *context, std::function<void(Result<CertificateRecord>)> done);
    /// A self-signed certificate (self_signed_tls_client_auth, or a signing key an AS wants as
    /// x5c).
    void selfSign(const CertificateRecord &record, const SubjectFields &subject, int days,
        QObject *context, std::function<void(Result<CertificateRecord>)> done);
    /// Issues the record's certificate from the workspace's local development CA (made on first
    /// use).
    void issueWithLocalCa(const CertificateRecord &record, const SubjectFields &subject, int days,
        QObject *context, std::function<void(Result<CertificateRecord>)> done);
    /// The local CA's certificate (DER), to configure a test AS to trust it.
    void localCaCertificate(QObject *context, std::function<void(Result<QByteArray>)> done);
    /// PKCS#12 of key + certificate + chain, re-opened and checked before it is returned.
    void exportPkcs12(const CertificateRecord &record, const SecretBytes &passphrase,
        Pkcs12Profile profile, QObject *context, std::function<void(Result<QByteArray>)> done);
    /// The private key as encrypted PKCS#8 PEM.
    void exportPrivateKey(const CertificateRecord &record, const SecretBytes &passphrase,
        QObject *context, std::function<void(Result<QByteArray>)> done);
    /// The public JWKS (kid, use, alg, and x5c / x5t#S256 where a certificate exists) of the
    /// signing keys among @p records: what to register at the AS or serve as its jwks_uri.
    void jwks(const QList<CertificateRecord> &records, QObject *context,
        std::function<void(Result<QByteArray>)> done);
    /// The JWK Set that registers a self-signed transport certificate (RFC 8705 §2.2): its public
    /// key with the certificate in x5c. Read from the record alone; the keychain is not needed.
    [[nodiscard]] static Result<QByteArray> selfSignedTlsJwks(const CertificateRecord &record);
    /// Removes the key from the keychain first, then the record.
    void remove(
        const CertificateRecord &record, QObject *context, std::function<void(Result<void>)> done);

    /// What a client authenticates with, read from the keychain: its secret, its signing key
    /// (private_key_jwt) and its transport certificate and key (mutual TLS).
    void credentialsFor(const OAuthClient &client, std::optional<CertificateRecord> signing,
        std::optional<CertificateRecord> transport, QObject *context,
        std::function<void(Result<ClientCredentials>)> done);

private:
    struct JwksWalk;
    static void jwksStep(const std::shared_ptr<JwksWalk> &walk, qsizetype i);
    void withKey(const CertificateRecord &record, QObject *context,
        std::function<void(Result<std::shared_ptr<EVP_PKEY>>)> use);
    void saveRecord(const CertificateRecord &record, QObject *context,
        std::function<void(Result<CertificateRecord>)> done);
    void withLocalCa(
        QObject *context, std::function<void(Result<std::shared_ptr<struct LocalCa>>)> use);

    QPointer<AsyncStore> m_store;
    QPointer<Keychain> m_keychain;
};

} // namespace oauthdesk
