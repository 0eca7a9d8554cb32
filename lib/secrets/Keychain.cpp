// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/Keychain.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>
#include <openssl/crypto.h>
#include <qt6keychain/keychain.h>

namespace oauthdesk {

Keychain::Keychain(QObject *parent)
    : Keychain(QString::fromLatin1(kService), parent)
{ }

Keychain::Keychain(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString Keychain::privateKeyKey(const QString &certificateUuid)
{
    return QStringLiteral("certificate/") + certificateUuid + QStringLiteral("/private_key");
}

QString Keychain::localCaKeyKey(const QString &caUuid)
{
    return QStringLiteral("local-ca/") + caUuid + QStringLiteral("/private_key");
}

QString Keychain::clientSecretKey(const QString &clientUuid)
{
    return QStringLiteral("client/") + clientUuid + QStringLiteral("/client_secret");
}

QString Keychain::registrationTokenKey(const QString &clientUuid)
{
    return QStringLiteral("client/") + clientUuid + QStringLiteral("/registration_access_token");
}

QString Keychain::initialAccessTokenKey(const QString &environmentUuid)
{
    return QStringLiteral("environment/") + environmentUuid
        + QStringLiteral("/initial_access_token");
}

QString Keychain::softwareStatementKey(const QString &environmentUuid)
{
    return QStringLiteral("environment/") + environmentUuid + QStringLiteral("/software_statement");
}

Error Keychain::mapError(int keychainError, const QString &errorString, const QString &operation)
{
    const QString what = operation + QLatin1Char(' ');
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return { ErrorCode::Internal, what + tr("reported an error without one."), errorString };
    case QKeychain::EntryNotFound:
        return { ErrorCode::SecretNotFound,
            what
                + tr("found no secret in the keychain for this client. It may have been "
                     "removed outside OAuthDesk; rotate or enter the secret again."),
            errorString };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return { ErrorCode::KeychainDenied,
            what
                + tr("was refused by the keychain. Unlock your keyring (for example in "
                     "Passwords and Keys) and allow OAuthDesk, then try again."),
            errorString };
    case QKeychain::CouldNotDeleteEntry:
        return { ErrorCode::KeychainDenied,
            what
                + tr("could not remove the secret from the keychain. Remove the entry "
                     "by hand (service %1) or try again once the keyring is unlocked.")
                      .arg(QString::fromLatin1(kService)),
            errorString };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return { ErrorCode::KeychainUnavailable,
            what
                + tr("found no keychain. OAuthDesk keeps secrets only in the system "
                     "keychain (on Linux a Secret Service such as GNOME Keyring or "
                     "KeePassXC): start one in your desktop session and try again."),
            errorString };
    case QKeychain::OtherError:
        break;
    }
    // Error 7 covers the cases in docs/architecture.md "Keychain error 7": no session bus, no
    // Secret Service, no unlocked collection, libsecret missing ("Unknown error").
    if (errorString.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || errorString.contains(QLatin1String("org.freedesktop.secrets"))
        || errorString.contains(QLatin1String("Unknown error"))) {
        return { ErrorCode::KeychainUnavailable,
            what
                + tr("found no keychain: no Secret Service answers on this desktop "
                     "session's D-Bus. Start GNOME Keyring (or another Secret Service, "
                     "such as KeePassXC) and make sure libsecret-1-0 is installed, then "
                     "try again. Nothing was saved."),
            errorString };
    }
    if (errorString.contains(QLatin1String("collection"), Qt::CaseInsensitive)
        || errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        return { ErrorCode::KeychainDenied,
            what
                + tr("could not use the keyring: it is locked or has no default "
                     "collection. Unlock (or create) your login keyring, then try again."),
            errorString };
    }
    return { ErrorCode::KeychainUnavailable,
        what + tr("failed in the keychain: %1").arg(errorString), errorString };
}

void Keychain::start(QKeychain::Job *job, const QString &operation, QObject *context,
    std::function<void(QKeychain::Job *)> onFinished, std::function<void(Error)> onFailure,
    std::function<void()> lateSuccess)
{
    // No parent: a job deletes itself once the Secret Service answers (autoDelete). Owned by this
    // object, it would die with it while libsecret still holds it, and the late answer would land
    // in freed memory (seen when a window closed with a keychain call in flight).
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file (docs/architecture.md "Secrets")
    // One answer per call: whichever of "finished" and the timeout comes first wins.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this,
        [answered, guard, timer, onFailure, operation, ms = m_timeout] {
            timer->deleteLater();
            if (*answered)
                return;
            *answered = true;
            if (guard) {
                onFailure({ ErrorCode::KeychainTimeout,
                    operation + QLatin1Char(' ')
                        + tr("got no answer from the keychain within %1 seconds. It may be "
                             "waiting for an unlock prompt that is not visible, or no "
                             "Secret Service is running: unlock your keyring and try "
                             "again. Nothing was saved in OAuthDesk.")
                              .arg(ms.count() / 1000.0, 0, 'f', 0),
                    QStringLiteral("QtKeychain job did not finish") });
            }
        });
    connect(job, &QKeychain::Job::finished, this,
        [answered, guard, timer = QPointer<QTimer>(timer), onFinished = std::move(onFinished),
            onFailure, operation, lateSuccess](QKeychain::Job *j) {
            if (timer) {
                timer->stop();
                timer->deleteLater();
            }
            if (*answered) {
                // The caller already heard "timeout"; a late success must not pass unnoticed.
                if (lateSuccess && j->error() == QKeychain::NoError)
                    lateSuccess();
                return;
            }
            if (!guard)
                return; // nobody wants the answer any more
            *answered = true;
            if (j->error() != QKeychain::NoError)
                onFailure(mapError(j->error(), j->errorString(), operation));
            else
                onFinished(j);
        });
    timer->start(m_timeout);
    job->start();
}

void Keychain::write(const QString &key, const SecretBytes &secret, QObject *context,
    std::function<void(Result<void>)> done, std::function<void()> lateSuccess)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    // QtKeychain keeps its own (implicitly shared) copy; there is nothing of ours left to wipe.
    job->setBinaryData(QByteArray(secret.data(), secret.size()));
    start(
        job, tr("Saving the secret"), context, [done](QKeychain::Job *) { done({}); },
        [done](Error e) { done(std::unexpected(std::move(e))); }, std::move(lateSuccess));
}

void Keychain::read(
    const QString &key, QObject *context, std::function<void(Result<SecretBytes>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    start(
        job, tr("Reading the secret"), context,
        [done](QKeychain::Job *j) {
            done(
                SecretBytes::fromBytes(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData()));
        },
        [done](Error e) { done(std::unexpected(std::move(e))); });
}

void Keychain::remove(const QString &key, QObject *context, std::function<void(Result<void>)> done,
    std::function<void()> lateSuccess)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    start(
        job, tr("Removing the secret"), context, [done](QKeychain::Job *) { done({}); },
        [done](Error e) {
            if (e.code == ErrorCode::SecretNotFound)
                done({}); // already gone: what the caller wanted
            else
                done(std::unexpected(std::move(e)));
        },
        std::move(lateSuccess));
}

} // namespace oauthdesk
