// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/TokenClient.h"
#include "oauth/TokenSession.h"
#include "usecases/SupportBundleSession.h"
#include "usecases/UseCase.h"

#include <QHash>
#include <functional>
#include <memory>
#include <optional>

namespace oauthdesk {

/// "Get test token" and "Test sign-in", whatever the client's auth method: the use case reads
/// the client, finds its environment, reads what it authenticates with from the keychain (its
/// secret, its signing key, its transport certificate and key) and hands back one session,
/// not yet started, that the result pane (or the CLI) shows. Discovery a session fetches is
/// cached through Environments.
class TokenTests final : public UseCase
{
    Q_OBJECT

public:
    using UseCase::UseCase;

    /// Opens the system browser on @p url for a sign-in; calls @p notOpened(why) if the browser
    /// gave up later. Returns false when no browser could be started at all.
    using BrowserOpener
        = std::function<bool(const QUrl &url, std::function<void(const QString &why)> notOpened)>;

    struct Options
    {
        /// For interactive clients (Native, SPA, Web): how the browser is opened. Empty: the
        /// session only shows the link (the CLI prints it).
        BrowserOpener openBrowser;
        /// Overrides the client's scopes for this session (empty: the client's).
        QStringList scopes;
        /// Keep what the session sends and gets back, redacted, as the client's lastSession()
        /// for a support bundle: the GUI's "Get test token" and "Test sign-in" do.
        bool remember = false;
    };

    /// The session for the client with row id @p clientRowId; its owner deletes it.
    [[nodiscard]] Later<std::unique_ptr<TokenSession>> open(qint64 clientRowId, Options options);
    [[nodiscard]] Later<std::unique_ptr<TokenSession>> open(
        const OAuthClient &client, Options options);
    /// What @p client authenticates with, from the keychain (secret, keys, certificates).
    [[nodiscard]] Later<ClientCredentials> credentialsFor(const OAuthClient &client);

    /// The last session opened for @p client with Options::remember in this process: every
    /// attempt it finished (the sign-in or token, refreshes, renewals; at most
    /// SessionRecord::kMaxExchanges exchanges), sealed when it finished (redacted for sharing
    /// and scrubbed of every secret it used, which are not kept). In memory only: never stored,
    /// gone when OAuthDesk quits. Nothing when none finished (or the client is another one now
    /// under the same row id).
    [[nodiscard]] std::optional<SessionRecord> lastSession(const OAuthClient &client) const;

private:
    struct Remembered
    {
        QString clientUuid;
        quint64 session
            = 0; ///< which open() it came from: a new session replaces, the same one adds
        SessionRecord record;
    };
    void remember(const OAuthClient &client, quint64 session, SessionRecord attempt);

    QHash<qint64, Remembered> m_last; ///< by client row id
    quint64 m_opened = 0;
};

} // namespace oauthdesk
