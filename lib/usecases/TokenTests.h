// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/TokenClient.h"
#include "oauth/TokenSession.h"
#include "usecases/UseCase.h"

#include <functional>
#include <memory>

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
    using BrowserOpener = std::function<bool(const QUrl &url, std::function<void(const QString &why)> notOpened)>;

    struct Options
    {
        /// For interactive clients (Native, SPA, Web): how the browser is opened. Empty: the
        /// session only shows the link (the CLI prints it).
        BrowserOpener openBrowser;
        /// Overrides the client's scopes for this session (empty: the client's).
        QStringList scopes;
    };

    /// The session for the client with row id @p clientRowId; its owner deletes it.
    [[nodiscard]] Later<std::unique_ptr<TokenSession>> open(qint64 clientRowId, Options options);
    [[nodiscard]] Later<std::unique_ptr<TokenSession>> open(const OAuthClient &client, Options options);
    /// What @p client authenticates with, from the keychain (secret, keys, certificates).
    [[nodiscard]] Later<ClientCredentials> credentialsFor(const OAuthClient &client);
};

} // namespace oauthdesk
