// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/CertificateRegistry.h"

#include "jose/Jwk.h"
#include "pki/Certificate.h"
#include "pki/CertificateRequest.h"
#include "pki/KeyPair.h"
#include "pki/LocalCa.h"
#include "pki/OffThread.h"
#include "registry/ClientRegistry.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"

#include <QFutureWatcher>
#include <QUuid>

namespace oauthdesk {

namespace {

QString subjectText(const SubjectFields &s)
{
    QStringList parts;
    if (!s.commonName.isEmpty())
        parts.append(QStringLiteral("CN=") + s.commonName);
    if (!s.organisationalUnit.isEmpty())
        parts.append(QStringLiteral("OU=") + s.organisationalUnit);
    if (!s.organisation.isEmpty())
        parts.append(QStringLiteral("O=") + s.organisation);
    if (!s.country.isEmpty())
        parts.append(QStringLiteral("C=") + s.country);
    return parts.join(QLatin1Char(','));
}

std::shared_ptr<EVP_PKEY> shared(PKey key)
{
    return std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
}

} // namespace

/// The state of one jwks() walk over the signing keys.
struct CertificateRegistry::JwksWalk
{
    CertificateRegistry *registry = nullptr;
    QList<CertificateRecord> signing;
    QList<JwksEntry> entries;
    QPointer<QObject> guard;
    std::function<void(Result<QByteArray>)> done;
};

CertificateRegistry::CertificateRegistry(AsyncStore *store, Keychain *keychain, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
{ }

QString CertificateRegistry::privateKeyKey(const QString &uuid)
{
    return Keychain::privateKeyKey(uuid); // the names' one home
}

QString CertificateRegistry::localCaKeyKey(const QString &uuid)
{
    return Keychain::localCaKeyKey(uuid);
}

void CertificateRegistry::saveRecord(const CertificateRecord &record, QObject *context,
    std::function<void(Result<CertificateRecord>)> done)
{
    m_store->run(
        [record](Store &s) { return s.saveCertificate(record); }, context, std::move(done));
}

void CertificateRegistry::withKey(const CertificateRecord &record, QObject *context,
    std::function<void(Result<std::shared_ptr<EVP_PKEY>>)> use)
{
    m_keychain->read(privateKeyKey(record.uuid), context, [use](Result<SecretBytes> pkcs8) {
        if (!pkcs8) {
            use(std::unexpected(pkcs8.error()));
            return;
        }
        auto key = privateKeyFromPkcs8(*pkcs8);
        if (!key)
            use(std::unexpected(key.error()));
        else
            use(shared(std::move(*key)));
    });
}

void CertificateRegistry::createKey(qint64 applicationId, CertificatePurpose purpose,
    KeyAlgorithm algorithm, std::shared_ptr<std::atomic_bool> cancel, QObject *context,
    std::function<void(Result<CertificateRecord>)> done)
{
    QPointer<QObject> guard(context);
    auto *watcher = new QFutureWatcher<Result<SharedPKey>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, guard, done, applicationId, purpose, algorithm] {
            watcher->deleteLater();
            if (!guard)
                return;
            Result<SharedPKey> key = watcher->future().result();
            if (!key) {
                done(std::unexpected(key.error()));
                return;
            }
            auto jwk = publicJwk(key->get());
            auto pkcs8 = privateKeyToPkcs8Der(key->get());
            if (!jwk || !pkcs8) {
                done(std::unexpected(jwk ? pkcs8.error() : jwk.error()));
                return;
            }
            CertificateRecord record;
            record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.applicationId = applicationId;
            record.purpose = purpose;
            record.keyAlgorithm = algorithm;
            record.kid
                = jwkThumbprint(*jwk).value_or(QString()); // RFC 7638: the kid the AS will see
            record.state = CertificateState::KeyOnly;
            // The key goes straight into the keychain, journalled first (a kill before the record
            // is stored leaves a trace for ClientRegistry::recoverInterruptedWrites); the record
            // follows only once the key is there.
            const QString key_ = privateKeyKey(record.uuid);
            auto der = std::make_shared<SecretBytes>(std::move(*pkcs8));
            m_store->run([key_](Store &s) { return s.journalKeychainWrite({ key_ }); }, this,
                [this, guard, done, record, key_, der](Result<void> journalled) {
                    if (!journalled) {
                        if (guard)
                            done(std::unexpected(journalled.error()));
                        return;
                    }
                    m_keychain->write(
                        key_, *der, this,
                        [this, guard, done, record, key_](Result<void> written) {
                            if (!written) {
                                if (guard)
                                    done(std::unexpected(written.error()));
                                return;
                            }
                            saveRecord(record, this,
                                [this, guard, done, key_](Result<CertificateRecord> saved) {
                                    if (!saved)
                                        m_keychain->remove(
                                            key_, this, [](Result<void>) {}); // no orphaned key
                                    else
                                        m_store->run(
                                            [key_](Store &s) {
                                                return s.clearKeychainJournal({ key_ });
                                            },
                                            this, [](Result<void>) {});
                                    if (guard)
                                        done(std::move(saved));
                                });
                        },
                        [this, key_] {
                            m_keychain->remove(key_, this, [](Result<void>) {});
                        }); // stored after a timeout: orphan
                });
        });
    watcher->setFuture(generateKeyAsync(algorithm, std::move(cancel)));
}

void CertificateRegistry::createCsr(const CertificateRecord &record, const SubjectFields &subject,
    QObject *context, std::function<void(Result<CertificateRecord>)> done)
{
    withKey(record, context,
        [this, record, subject, context, done](Result<std::shared_ptr<EVP_PKEY>> key) {
            if (!key) {
                done(std::unexpected(key.error()));
                return;
            }
            auto csr = createCsrPem(key->get(), subject, record.purpose);
            if (!csr) {
                done(std::unexpected(csr.error()));
                return;
            }
            CertificateRecord updated = record;
            updated.csrPem = *csr;
            updated.subjectDn = subjectText(subject);
            updated.subjectAltNames = subject.dnsNames + subject.ipAddresses + subject.uris;
            updated.state = CertificateState::CsrPending;
            saveRecord(updated, context, done);
        });
}

void CertificateRegistry::importCertificate(const CertificateRecord &record,
    const QByteArray &pemOrDer, QObject *context,
    std::function<void(Result<CertificateRecord>)> done)
{
    auto certs = parseCertificates(pemOrDer);
    if (!certs) {
        done(std::unexpected(certs.error()));
        return;
    }
    withKey(record, context,
        [this, record, certs = *certs, context, done](Result<std::shared_ptr<EVP_PKEY>> key) {
            if (!key) {
                done(std::unexpected(key.error()));
                return;
            }
            if (auto match = certificateMatchesKey(certs.first(), key->get()); !match) {
                done(std::unexpected(match.error()));
                return;
            }
            auto info = certificateInfo(certs.first());
            if (!info) {
                done(std::unexpected(info.error()));
                return;
            }
            CertificateRecord updated = record;
            updated.certificatePem = derToPem(certs.first());
            updated.chainPem.clear();
            for (qsizetype i = 1; i < certs.size(); ++i)
                updated.chainPem += derToPem(certs[i]);
            updated.serialNumber = info->serialHex;
            updated.subjectDn = info->subject;
            updated.subjectAltNames = info->subjectAltNames;
            updated.notBefore = info->notBefore;
            updated.notAfter = info->notAfter;
            updated.sha256Thumbprint = info->sha256ThumbprintHex;
            updated.state = info->notAfter < QDateTime::currentDateTimeUtc()
                ? CertificateState::Expired
                : CertificateState::Issued;
            saveRecord(updated, context, done);
        });
}

void CertificateRegistry::selfSign(const CertificateRecord &record, const SubjectFields &subject,
    int days, QObject *context, std::function<void(Result<CertificateRecord>)> done)
{
    withKey(record, context,
        [this, record, subject, days, context, done](Result<std::shared_ptr<EVP_PKEY>> key) {
            if (!key) {
                done(std::unexpected(key.error()));
                return;
            }
            auto cert = createSelfSigned(key->get(), subject, record.purpose, days);
            if (!cert) {
                done(std::unexpected(cert.error()));
                return;
            }
            importCertificate(record, *cert, context, done);
        });
}

void CertificateRegistry::withLocalCa(
    QObject *context, std::function<void(Result<std::shared_ptr<LocalCa>>)> use)
{
    m_store->run([](Store &s) { return s.localCa(); }, context,
        [this, context, use](Result<std::optional<LocalCaRecord>> stored) {
            if (!stored) {
                use(std::unexpected(stored.error()));
                return;
            }
            if (*stored) {
                const LocalCaRecord rec = **stored;
                m_keychain->read(
                    localCaKeyKey(rec.uuid), context, [use, rec](Result<SecretBytes> pkcs8) {
                        if (!pkcs8) {
                            use(std::unexpected(pkcs8.error()));
                            return;
                        }
                        auto key = privateKeyFromPkcs8(*pkcs8);
                        if (!key) {
                            use(std::unexpected(key.error()));
                            return;
                        }
                        use(std::make_shared<LocalCa>(
                            LocalCa { std::move(*key), rec.certificateDer }));
                    });
                return;
            }
            // First use: make the workspace's CA; its key goes to the keychain before its
            // certificate is kept.
            auto ca = createLocalCa(tr("OAuthDesk local development CA"), 3650);
            if (!ca) {
                use(std::unexpected(ca.error()));
                return;
            }
            auto made = std::make_shared<LocalCa>(std::move(*ca));
            auto pkcs8 = privateKeyToPkcs8Der(made->key.get());
            if (!pkcs8) {
                use(std::unexpected(pkcs8.error()));
                return;
            }
            const LocalCaRecord rec { QUuid::createUuid().toString(QUuid::WithoutBraces),
                made->certificateDer };
            m_keychain->write(localCaKeyKey(rec.uuid), *pkcs8, context,
                [this, context, use, made, rec](Result<void> written) {
                    if (!written) {
                        use(std::unexpected(written.error()));
                        return;
                    }
                    m_store->run([rec](Store &s) { return s.saveLocalCa(rec); }, context,
                        [use, made](Result<void> saved) {
                            if (!saved)
                                use(std::unexpected(saved.error()));
                            else
                                use(made);
                        });
                });
        });
}

void CertificateRegistry::issueWithLocalCa(const CertificateRecord &record,
    const SubjectFields &subject, int days, QObject *context,
    std::function<void(Result<CertificateRecord>)> done)
{
    withLocalCa(
        context, [this, record, subject, days, context, done](Result<std::shared_ptr<LocalCa>> ca) {
            if (!ca) {
                done(std::unexpected(ca.error()));
                return;
            }
            withKey(record, context,
                [this, record, subject, days, context, done, ca = *ca](
                    Result<std::shared_ptr<EVP_PKEY>> key) {
                    if (!key) {
                        done(std::unexpected(key.error()));
                        return;
                    }
                    auto csr = createCsrPem(key->get(), subject, record.purpose);
                    auto cert = csr ? issueFromCsr(*ca, *csr, record.purpose, days)
                                    : Result<QByteArray>(std::unexpected(csr.error()));
                    if (!cert) {
                        done(std::unexpected(cert.error()));
                        return;
                    }
                    CertificateRecord withCsr = record;
                    withCsr.csrPem = *csr;
                    importCertificate(
                        withCsr, derToPem(*cert) + derToPem(ca->certificateDer), context, done);
                });
        });
}

void CertificateRegistry::localCaCertificate(
    QObject *context, std::function<void(Result<QByteArray>)> done)
{
    withLocalCa(context, [done](Result<std::shared_ptr<LocalCa>> ca) {
        if (!ca)
            done(std::unexpected(ca.error()));
        else
            done((*ca)->certificateDer);
    });
}

void CertificateRegistry::exportPkcs12(const CertificateRecord &record,
    const SecretBytes &passphrase, Pkcs12Profile profile, QObject *context,
    std::function<void(Result<QByteArray>)> done)
{
    auto pass = std::make_shared<SecretBytes>(passphrase.clone());
    withKey(record, context,
        [this, context, record, pass, profile, done](Result<std::shared_ptr<EVP_PKEY>> key) {
            if (!key) {
                done(std::unexpected(key.error()));
                return;
            }
            auto leaf = parseCertificates(record.certificatePem);
            if (!leaf) {
                done(fail(ErrorCode::InvalidInput,
                    tr("This key has no certificate yet: import or issue one first.")));
                return;
            }
            QList<QByteArray> chain;
            if (!record.chainPem.isEmpty())
                chain = parseCertificates(record.chainPem).value_or(QList<QByteArray> {});
            // Key derivation and the check that re-opens the file take long enough to freeze a
            // window.
            std::shared_ptr<EVP_PKEY> k = *key;
            runOffThread<QByteArray>(
                this, context,
                [k, der = leaf->first(), chain, pass, profile, dn = record.subjectDn] {
                    return oauthdesk::exportPkcs12(k.get(), der, chain, *pass, profile, dn);
                },
                done);
        });
}

void CertificateRegistry::exportPrivateKey(const CertificateRecord &record,
    const SecretBytes &passphrase, QObject *context, std::function<void(Result<QByteArray>)> done)
{
    auto pass = std::make_shared<SecretBytes>(passphrase.clone());
    withKey(record, context, [this, context, pass, done](Result<std::shared_ptr<EVP_PKEY>> key) {
        if (!key) {
            done(std::unexpected(key.error()));
            return;
        }
        // PBKDF2 with 600,000 iterations: about 150 ms, off the GUI thread.
        std::shared_ptr<EVP_PKEY> k = *key;
        runOffThread<QByteArray>(
            this, context, [k, pass] { return privateKeyToPkcs8Pem(k.get(), pass.get()); }, done);
    });
}

void CertificateRegistry::jwks(const QList<CertificateRecord> &records, QObject *context,
    std::function<void(Result<QByteArray>)> done)
{
    QList<CertificateRecord> signing;
    for (const CertificateRecord &r : records) {
        if (r.purpose == CertificatePurpose::Signing)
            signing.append(r);
    }
    if (signing.isEmpty()) {
        done(fail(ErrorCode::InvalidInput,
            tr("This application has no signing key yet: generate one first.")));
        return;
    }
    // One key after the other: the public half of each comes from its private key in the keychain.
    // The walk's state is shared by the callbacks that continue it; no closure refers to itself, so
    // none is destroyed while it runs and nothing is left in a cycle when the walk ends or stops.
    auto walk = std::make_shared<JwksWalk>();
    walk->registry = this;
    walk->signing = signing;
    walk->guard = context;
    walk->done = std::move(done);
    jwksStep(walk, 0);
}

void CertificateRegistry::jwksStep(const std::shared_ptr<JwksWalk> &walk, qsizetype i)
{
    if (i == walk->signing.size()) {
        if (walk->guard)
            walk->done(jwksDocument(walk->entries));
        return;
    }
    const CertificateRecord r = walk->signing[i];
    walk->registry->withKey(r, walk->registry, [walk, r, i](Result<std::shared_ptr<EVP_PKEY>> key) {
        auto jwk = key ? publicJwk(key->get()) : Result<QJsonObject>(std::unexpected(key.error()));
        if (!jwk) {
            if (walk->guard)
                walk->done(std::unexpected(jwk.error()));
            return;
        }
        JwksEntry e { *jwk, r.kid, defaultJwsAlgorithm(key->get()), {} };
        if (auto chain = parseCertificates(r.certificatePem + r.chainPem))
            e.certificateChainDer = *chain;
        walk->entries.append(e);
        jwksStep(walk, i + 1);
    });
}

Result<QByteArray> CertificateRegistry::selfSignedTlsJwks(const CertificateRecord &record)
{
    auto chain = parseCertificates(record.certificatePem);
    if (!chain || chain->isEmpty())
        return fail(ErrorCode::InvalidInput,
            tr("Transport certificate: this key has no certificate yet; self-sign or issue one on the Certificates screen first."));
    auto key = certificatePublicKey(chain->first());
    if (!key)
        return std::unexpected(key.error());
    auto jwk = publicJwk(key->get());
    if (!jwk)
        return std::unexpected(jwk.error());
    JwksEntry e { *jwk, record.kid, {}, { chain->first() }, {} };
    return jwksDocument({ e });
}

void CertificateRegistry::remove(
    const CertificateRecord &record, QObject *context, std::function<void(Result<void>)> done)
{
    m_keychain->remove(
        privateKeyKey(record.uuid), context, [this, record, context, done](Result<void> removed) {
            if (!removed) {
                done(std::unexpected(removed.error()));
                return;
            }
            m_store->run(
                [id = record.id](Store &s) { return s.removeCertificate(id); }, context, done);
        });
}

void CertificateRegistry::credentialsFor(const OAuthClient &client,
    std::optional<CertificateRecord> signing, std::optional<CertificateRecord> transport,
    QObject *context, std::function<void(Result<ClientCredentials>)> done)
{
    auto cred = std::make_shared<ClientCredentials>();
    // Steps run one after the other; each reads one thing from the keychain.
    auto step3 = [this, cred, transport, context, done] {
        if (!transport) {
            done(*cred);
            return;
        }
        auto leaf = parseCertificates(transport->certificatePem);
        if (!leaf) {
            done(fail(ErrorCode::InvalidInput,
                tr("The transport key has no certificate yet: import or issue one first.")));
            return;
        }
        m_keychain->read(privateKeyKey(transport->uuid), context,
            [cred, leaf = *leaf, done](Result<SecretBytes> pkcs8) {
                if (!pkcs8) {
                    done(std::unexpected(pkcs8.error()));
                    return;
                }
                cred->transportCertificateChainDer = leaf;
                cred->transportKeyPkcs8Der = std::make_shared<const SecretBytes>(std::move(*pkcs8));
                done(*cred);
            });
    };
    auto readSigning = [this, cred, signing, context, done, step3] {
        if (!signing) {
            step3();
            return;
        }
        m_keychain->read(privateKeyKey(signing->uuid), context,
            [cred, signing, done, step3](Result<SecretBytes> pkcs8) {
                if (!pkcs8) {
                    done(std::unexpected(pkcs8.error()));
                    return;
                }
                cred->signingKeyPkcs8Der = std::make_shared<const SecretBytes>(std::move(*pkcs8));
                cred->signingKid = signing->kid;
                step3();
            });
    };
    if (!usesClientSecret(client.authMethod) || client.uuid.isEmpty()) {
        readSigning();
        return;
    }
    m_keychain->read(Keychain::clientSecretKey(client.uuid), context,
        [cred, done, readSigning](Result<SecretBytes> secret) {
            if (!secret) {
                done(std::unexpected(secret.error()));
                return;
            }
            cred->clientSecret = std::make_shared<const SecretBytes>(std::move(*secret));
            readSigning();
        });
}

} // namespace oauthdesk
