// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "usecases/UseCase.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace oauthdesk {

/// The developer tools a hand-off pack is written for (issue 15 "Hand-off pack").
enum class HandoffFormat {
    Postman, ///< collection + environment, Postman v2.1 formats (newman runs them)
    Bruno, ///< a Bruno collection folder: bruno.json, requests and environment as .bru files
    Http, ///< one .http file (VS Code REST Client, JetBrains HTTP Client)
    Curl, ///< one POSIX shell script using curl
};

/// "postman", "bruno", "http", "curl"; std::nullopt for anything else.
[[nodiscard]] QString toWire(HandoffFormat format);
[[nodiscard]] std::optional<HandoffFormat> handoffFormatFromWire(const QString &wire);
[[nodiscard]] QList<HandoffFormat> allHandoffFormats();

struct HandoffOptions
{
    /// Write the client secret into the pack (marked secret where the format can say so).
    /// Off: the secret is a variable the developer fills. The private key is never written.
    bool includeSecret = false;
    /// The sample API call's path under the environment's API base URL.
    QString apiPath = QStringLiteral("/");
};

/// One file of a pack: a path relative to the pack's folder ("environments/UAT.bru") and its bytes.
struct HandoffFile
{
    QString path;
    QByteArray bytes;
};

/// The files ready to write, and what the developer must still configure (in plain words).
struct HandoffPack
{
    HandoffFormat format = HandoffFormat::Postman;
    /// A name for the folder (several files) or the file (one file), from the client's name.
    QString suggestedName;
    QList<HandoffFile> files;
    QStringList notes;
    /// True when the client secret is inside one of the files.
    bool containsSecret = false;
};

/// Everything the writers need, as plain values (the use case fills it from the client, its
/// environment, the cached discovery and, when asked, the keychain).
struct HandoffInput
{
    QString clientName;
    QString clientId;
    AuthMethod authMethod = AuthMethod::ClientSecretBasic;
    QStringList scopes;
    bool certificateBoundTokens = false;
    QString environmentName;
    QUrl issuer;
    /// The endpoint this client calls: the RFC 8705 §5 mTLS alias when it uses mutual TLS.
    QUrl tokenEndpoint;
    /// Empty: the sample API call uses a placeholder variable.
    QUrl apiBaseUrl;
    QString apiPath = QStringLiteral("/");
    QList<ExtraHeader> headers;
    /// What the assertion's aud names (private_key_jwt).
    QString assertionAudience;
    /// Only when the admin asked for it.
    std::optional<QString> secret;
};

/// The writers: pure functions of their input, one per format.
[[nodiscard]] HandoffPack writeHandoff(const HandoffInput &input, HandoffFormat format);
[[nodiscard]] HandoffPack writePostman(const HandoffInput &input);
[[nodiscard]] HandoffPack writeBruno(const HandoffInput &input);
[[nodiscard]] HandoffPack writeHttpFile(const HandoffInput &input);
[[nodiscard]] HandoffPack writeCurlScript(const HandoffInput &input);

/// A name usable as a file or folder name on every platform ("Payments API (UAT)" →
/// "payments-api-uat"); "client" when nothing is left.
[[nodiscard]] QString handoffFileName(const QString &name);
/// A variable name for an extra header ("X-Region" → "x_region").
[[nodiscard]] QString handoffHeaderVariable(const QString &headerName);

/// "Export for developers…": the hand-off pack of one client.
class Handoff final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// Reads the client and its environment, fetches the discovery when none is cached (for the
    /// token endpoint), reads the secret from the keychain only when @p options.includeSecret,
    /// and writes the pack. A client without an environment, or an environment without a
    /// token endpoint, is refused saying what to set.
    [[nodiscard]] Later<HandoffPack> build(
        qint64 clientRowId, HandoffFormat format, HandoffOptions options = {});
    [[nodiscard]] Later<HandoffPack> build(
        const OAuthClient &client, HandoffFormat format, HandoffOptions options = {});

    /// Writes @p pack under @p path: a folder for packs of several files (created; files in it
    /// replaced), the file itself for one-file packs. Files are written through QSaveFile; the
    /// curl script is made executable. Answers the paths written.
    [[nodiscard]] static Result<QStringList> save(const HandoffPack &pack, const QString &path);

    /// The pack as one zip (store-only, core/ZipWriter.h): a folder pack's files in a folder
    /// named HandoffPack::suggestedName, a one-file pack's file on its own; unzipped, it is
    /// what save() writes.
    [[nodiscard]] static QByteArray zip(const HandoffPack &pack);
    /// A file name for zip(): "payments-backend-uat-postman.zip", "payments-backend-uat-curl.zip".
    [[nodiscard]] static QString zipName(const HandoffPack &pack);
    /// Whether @p path names a zip file (it ends in ".zip", in any case): `export --output
    /// F.zip` writes the pack as one zip.
    [[nodiscard]] static bool isZipPath(const QString &path);
    /// Writes zip() of @p pack to @p path through QSaveFile; a pack with the secret in it is
    /// readable by its owner only (0600) from the first byte on. Answers the path.
    [[nodiscard]] static Result<QString> saveZip(const HandoffPack &pack, const QString &path);
};

} // namespace oauthdesk
