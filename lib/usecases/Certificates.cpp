// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/Certificates.h"

#include "pki/CertificateRequest.h"
#include "registry/CertificateRegistry.h"
#include "store/AsyncStore.h"
#include "usecases/Workspace.h"

namespace oauthdesk {

namespace {
/// Answers a registry call made with (…, context, done) as a Later.
template <typename T, typename Call> Later<T> ask(QObject *context, Call call)
{
    auto [later, resolve] = Later<T>::make();
    call(context, std::function<void(Result<T>)>(resolve));
    return later;
}
} // namespace

Later<QList<CertificateRecord>> Certificates::forApplication(qint64 applicationId)
{
    return Later<QList<CertificateRecord>>::fromFuture(workspace().store().run(
        [applicationId](Store &s) { return s.certificates(applicationId); }));
}

Later<CertificateRecord> Certificates::find(qint64 applicationId, const QString &idKidOrSubject)
{
    return forApplication(applicationId)
        .andThen(this, [idKidOrSubject](const QList<CertificateRecord> &all) {
            return pickByName(
                all, idKidOrSubject,
                [](const CertificateRecord &r) {
                    return QStringList { r.kid, r.subjectDn, r.uuid };
                },
                tr("certificate"));
        });
}

Later<CertificateRecord> Certificates::createKey(
    qint64 applicationId, CertificatePurpose purpose, KeyAlgorithm algorithm, CancelFlag cancel)
{
    if (!cancel)
        cancel = std::make_shared<std::atomic_bool>(false);
    return ask<CertificateRecord>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().createKey(
            applicationId, purpose, algorithm, cancel, ctx, done);
    });
}

Later<CertificateRecord> Certificates::createCsr(
    const CertificateRecord &record, const SubjectFields &subject)
{
    return ask<CertificateRecord>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().createCsr(record, subject, ctx, done);
    });
}

QString Certificates::opensslEquivalent(
    const SubjectFields &subject, const CertificateRecord &record, const QString &keyFile)
{
    return opensslReqCommand(subject, record.keyAlgorithm, record.purpose, keyFile);
}

Later<CertificateRecord> Certificates::importCertificate(
    const CertificateRecord &record, const QByteArray &pemOrDer)
{
    return ask<CertificateRecord>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().importCertificate(record, pemOrDer, ctx, done);
    });
}

Later<CertificateRecord> Certificates::selfSign(
    const CertificateRecord &record, const SubjectFields &subject, int days)
{
    return ask<CertificateRecord>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().selfSign(record, subject, days, ctx, done);
    });
}

Later<CertificateRecord> Certificates::issueWithLocalCa(
    const CertificateRecord &record, const SubjectFields &subject, int days)
{
    return ask<CertificateRecord>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().issueWithLocalCa(record, subject, days, ctx, done);
    });
}

Later<QByteArray> Certificates::localCaCertificate()
{
    return ask<QByteArray>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().localCaCertificate(ctx, done);
    });
}

Later<QByteArray> Certificates::exportPkcs12(
    const CertificateRecord &record, const SecretBytes &passphrase, Pkcs12Profile profile)
{
    return ask<QByteArray>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().exportPkcs12(record, passphrase, profile, ctx, done);
    });
}

Later<QByteArray> Certificates::exportPrivateKey(
    const CertificateRecord &record, const SecretBytes &passphrase)
{
    return ask<QByteArray>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().exportPrivateKey(record, passphrase, ctx, done);
    });
}

Later<QByteArray> Certificates::jwks(const QList<CertificateRecord> &records)
{
    return ask<QByteArray>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().jwks(records, ctx, done);
    });
}

Result<QByteArray> Certificates::selfSignedTlsJwks(const CertificateRecord &record)
{
    return CertificateRegistry::selfSignedTlsJwks(record);
}

Later<void> Certificates::remove(const CertificateRecord &record)
{
    return ask<void>(this, [&](QObject *ctx, auto done) {
        workspace().certificateRegistry().remove(record, ctx, done);
    });
}

} // namespace oauthdesk
