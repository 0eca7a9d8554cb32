// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/HttpExchange.h"
#include "oauth/TokenInspector.h"
#include "secrets/SecretBytes.h"
#include "usecases/UseCase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace oauthdesk {

class TokenSession;

/// What a test session sent and got back, for a support bundle: its exchanges as recorded, and
/// the secrets it used (client secret, keys, tokens, the assertion), kept in memory only so
/// the bundle can prove none of them reaches the file.
struct SessionRecord
{
    QList<HttpExchange> exchanges;
    QList<std::shared_ptr<const SecretBytes>> secrets;
    /// Why there are no exchanges, or how the session ended ("token received", the error).
    QString note;
};

/// Everything one bundle holds, before redaction.
struct SupportBundleInput
{
    OAuthClient client;
    QString applicationName;
    std::optional<Environment> environment; ///< with its cached discovery (the AS metadata)
    SessionRecord session;
    /// The preflight doctor's report (DoctorReport::toJson()), when one was run.
    std::optional<QJsonObject> doctorReport;
    QDateTime createdAt;
};

/// One file of the bundle: its path inside the zip and its content (already redacted).
struct SupportBundleFile
{
    QString name;
    QByteArray content;
};

/// "Save support bundle…" (issue 15): one zip a vendor can be sent instead of "logs" — the last
/// test session's exchanges with every secret, token, assertion signature and registration
/// token redacted (JWT headers and payloads kept, oauth/Redaction.h), the doctor's report, the
/// client's configuration (no secrets: the store holds none), the AS metadata, and the versions
/// of OAuthDesk, Qt, OpenSSL and the OS. Every file is scrubbed once more for each secret the
/// session used, in every spelling, before it is zipped.
class SupportBundle final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// The client (whole row), its application's name and its environment as stored.
    [[nodiscard]] Later<SupportBundleInput> gather(qint64 clientRowId);
    /// Runs a fresh "Get test token" for the client and records it. An interactive client
    /// (sign-in through a browser) is not run: the record says so.
    [[nodiscard]] Later<SessionRecord> runTestSession(qint64 clientRowId);
    /// What @p session used and recorded in its last attempt (@p result).
    [[nodiscard]] static SessionRecord recordOf(
        const TokenSession &session, const TokenTestResult &result);

    /// The files of the bundle, in zip order: README.txt, manifest.json, versions.json,
    /// client.json, environment.json, as-metadata.json, doctor.json, exchanges.json and one
    /// exchanges/NN-….txt per exchange.
    [[nodiscard]] static QList<SupportBundleFile> files(const SupportBundleInput &input);
    /// The bundle as one zip (store-only, core/ZipWriter.h).
    [[nodiscard]] static QByteArray zip(const SupportBundleInput &input);
    /// Writes @p zip to @p path (QSaveFile: all or nothing), off the GUI thread.
    [[nodiscard]] Later<void> save(const QString &path, const QByteArray &zip);

    /// OAuthDesk (QCoreApplication::applicationVersion()), Qt (runtime and build), OpenSSL
    /// (OpenSSL_version) and the operating system.
    [[nodiscard]] static QJsonObject versions();
    /// The client as `oauthdesk-cli clients show --json` shows it (same member names).
    [[nodiscard]] static QJsonObject clientConfiguration(const OAuthClient &client);
};

} // namespace oauthdesk
