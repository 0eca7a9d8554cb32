// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Environment.h"
#include "model/OAuthClient.h"

#include <QJsonObject>

namespace oauthdesk {

/// A client as JSON: the one shape `oauthdesk-cli clients show --json` prints (the man page's
/// "JSON OUTPUT" names its members, which are stable) and a support bundle's client.json holds.
/// Every member of OAuthClient but its uuid; no secret, since the model holds none (the client
/// secret and the registration access token are in the keychain). Times are ISO 8601 UTC, unset
/// ones null.
[[nodiscard]] QJsonObject clientJson(const OAuthClient &client);

/// An environment as JSON, for the same two: its issuer, connectivity, API base URL, extra
/// headers, CA bundle path, assertion audience and when discovery was fetched (the discovery
/// document itself is left out: the bundle has it as as-metadata.json). No registration
/// credentials: those are in the keychain.
[[nodiscard]] QJsonObject environmentJson(const Environment &env);

} // namespace oauthdesk
