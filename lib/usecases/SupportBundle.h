// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "usecases/SupportBundleSession.h"
#include "usecases/UseCase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace oauthdesk {

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

/// "Save support bundle…" (issue 15): one zip a vendor can be sent instead of "logs" — a test
/// session's exchanges (the client's last one in this process, a fresh test token, or a sign-in
/// run for the bundle) with every secret, token, assertion signature and registration
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
    /// Runs a fresh "Get test token" for the client and records it (not sealed: its secrets
    /// are kept for the bundle's last scrub). An interactive client (sign-in through a browser)
    /// is not run, since its sign-in needs a person: the record has no exchanges and its note
    /// says how to get them (noSignInNote()). Not remembered as the client's last session.
    [[nodiscard]] Later<SessionRecord> runTestSession(qint64 clientRowId);
    /// The client's last test session in this process (TokenTests::lastSession(): the GUI's
    /// "Get test token" or "Test sign-in", sealed), when one finished.
    [[nodiscard]] std::optional<SessionRecord> lastSession(const OAuthClient &client) const;
    /// Why the bundle of @p client, which signs in through a browser, holds no exchanges, and
    /// how to get them (in the app and with oauthdesk-cli).
    [[nodiscard]] static QString noSignInNote(const OAuthClient &client);

    /// The files of the bundle, in zip order: README.txt, manifest.json, versions.json,
    /// client.json, environment.json, as-metadata.json, doctor.json, exchanges.json and one
    /// exchanges/NN-….txt per exchange, a sign-in's authorization request (its browser step)
    /// among them where it happened. The session is sealed first (SessionRecord::sealed()).
    [[nodiscard]] static QList<SupportBundleFile> files(const SupportBundleInput &input);
    /// The bundle as one zip (store-only, core/ZipWriter.h).
    [[nodiscard]] static QByteArray zip(const SupportBundleInput &input);
    /// Writes @p zip to @p path (QSaveFile: all or nothing), off the GUI thread.
    [[nodiscard]] Later<void> save(const QString &path, const QByteArray &zip);

    /// OAuthDesk (QCoreApplication::applicationVersion()), Qt (runtime and build), OpenSSL
    /// (OpenSSL_version) and the operating system.
    [[nodiscard]] static QJsonObject versions();
};

} // namespace oauthdesk
