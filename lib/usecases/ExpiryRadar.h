// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "model/CertificateRecord.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "usecases/UseCase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace oauthdesk {

struct RadarScan;

/// One thing that stops working on a date: a certificate, the local CA, a client secret, a
/// registration access token, or a CA certificate an environment's AS trusts for client
/// certificates.
struct ExpiryItem
{
    enum class Kind {
        SigningCertificate,
        TransportCertificate,
        LocalCa,
        ClientSecret,
        RegistrationAccessToken,
        /// A CA certificate of an environment's "Client CA the AS trusts"
        /// (Environment::clientCaPem).
        ClientCa,
    };
    enum class Urgency {
        Expired, ///< at or before now
        Within14Days, ///< the status bar warns
        Within30Days,
        Later,
    };

    Kind kind = Kind::SigningCertificate;
    /// Stable for the same thing across scans ("transport-certificate-<uuid>@oauthdesk"): the
    /// calendar event's UID, so a re-import updates the event instead of adding one.
    QString uid;
    QString what; ///< the certificate's subject, the client's name, the CA's name
    QString application; ///< empty for the local CA
    QString environment; ///< the environments of the clients that use it, comma-separated
    QString usedBy; ///< the clients that use it, comma-separated (certificates)
    qint64 applicationId = 0;
    std::optional<qint64> certificateId;
    std::optional<qint64> clientRowId;
    QDateTime expiresAt; ///< UTC
    qint64 daysLeft = 0; ///< whole days from the scan's now (negative: expired that long ago)
    Urgency urgency = Urgency::Later;

    friend bool operator==(const ExpiryItem &, const ExpiryItem &) = default;

    /// The --json shape of `oauthdesk-cli expiring` (names stable: kind, uid, what, application,
    /// environment, usedBy, applicationId, certificateId, clientId, expiresAt, daysLeft, urgency).
    [[nodiscard]] QJsonObject toJson() const;
};

/// What a scan reads, in one store transaction (the input of ExpiryRadar::collect()).
struct ExpiryRadarInput
{
    QList<Application> applications;
    QList<Environment> environments;
    QList<OAuthClient> clients;
    QList<CertificateRecord> certificates;
    std::optional<QByteArray> localCaDer;
    QString localCaUuid;
    /// Expiry dates known for clients by row id: their secrets (RFC 7591 client_secret_expires_at)
    /// and their registration access tokens (a JWT's exp).
    QList<QPair<qint64, QDateTime>> secretExpiries;
    QList<QPair<qint64, QDateTime>> registrationTokenExpiries;
};

/// The expiry radar (issue 15): everything that expires across every environment and
/// application, sorted by date, with its urgency; and the same as an iCalendar file so the
/// dates reach the admin's calendar. It only reads: nothing is created (not even the local CA
/// the Certificates use case makes on first use) and the AS is not asked.
class ExpiryRadar final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// Everything that expires, soonest first, as of @p now. Certificates and the local CA come
    /// from the store (off the GUI thread); a registration access token's expiry is read from
    /// the keychain when the token is a JWT with an exp. A client secret's expiry is listed when
    /// one is known (see ExpiryRadarInput::secretExpiries).
    /// Whether a scan reads the registration access tokens from the keychain (one read per
    /// registered client): the radar's view does, the main window's status-bar check does not.
    enum class KeychainReads { RegistrationTokens, None };
    [[nodiscard]] Later<QList<ExpiryItem>> scan(
        QDateTime now, KeychainReads keychain = KeychainReads::RegistrationTokens);

    /// The items in @p input, soonest first (the pure part of scan()).
    [[nodiscard]] static QList<ExpiryItem> collect(
        const ExpiryRadarInput &input, const QDateTime &now);
    [[nodiscard]] static ExpiryItem::Urgency urgencyFor(
        const QDateTime &expiresAt, const QDateTime &now);
    /// Whole days from @p now to @p expiresAt, rounded down (−1: expired within the last day).
    [[nodiscard]] static qint64 daysLeft(const QDateTime &expiresAt, const QDateTime &now);
    /// The items that expire within @p days of @p now, expired ones included.
    [[nodiscard]] static QList<ExpiryItem> within(
        const QList<ExpiryItem> &items, qint64 days, const QDateTime &now);
    /// The items that call for the status bar's warning: expired or within 14 days.
    [[nodiscard]] static qsizetype urgentCount(const QList<ExpiryItem> &items);

    /// A duration an admin types: "30d", "12w", "6m" (30 days each), "1y" (365 days), or a plain
    /// number of days. Days, or an InvalidInput error naming @p field and what to type.
    [[nodiscard]] static Result<qint64> parseDays(const QString &text, const QString &field);

    /// An RFC 5545 calendar: one all-day VEVENT per item on its expiry date (UID stable per item,
    /// DTSTAMP @p now, SUMMARY and DESCRIPTION in plain words), each with a VALARM 14 days
    /// before; CRLF line endings, lines folded at 75 octets, TEXT values escaped (§3.3.11).
    [[nodiscard]] static QByteArray toICalendar(const QList<ExpiryItem> &items, QDateTime now);
    /// Writes toICalendar(@p items, @p now) to @p path (QSaveFile: all or nothing), off the GUI
    /// thread.
    [[nodiscard]] Later<void> saveICalendar(
        const QString &path, const QList<ExpiryItem> &items, QDateTime now);

    [[nodiscard]] static QString kindText(ExpiryItem::Kind kind);
    [[nodiscard]] static QString urgencyText(ExpiryItem::Urgency urgency);
    /// Stable wire names for --json: "signing-certificate", …; "expired", "14d", "30d", "later".
    [[nodiscard]] static QString kindWire(ExpiryItem::Kind kind);
    [[nodiscard]] static QString urgencyWire(ExpiryItem::Urgency urgency);

private:
    void readRegistrationTokens(
        std::shared_ptr<RadarScan> scan, Later<QList<ExpiryItem>>::Resolver resolve);
};

} // namespace oauthdesk
