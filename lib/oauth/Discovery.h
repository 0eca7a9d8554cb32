// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace oauthdesk {

/// `scopes_supported` of a cached discovery document (OIDC Discovery §3, RFC 8414 §2);
/// empty when the document is missing, not JSON, or has no such list. Non-string entries and
/// entries that are not valid scope tokens (RFC 6749 §3.3) are skipped.
[[nodiscard]] QStringList scopesSupported(const QByteArray &discoveryDocument);

} // namespace oauthdesk
