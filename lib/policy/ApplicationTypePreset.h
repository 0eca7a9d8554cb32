// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QList>
#include <QString>

namespace oauthdesk {

/// Which redirect URIs a type of application may register.
enum class RedirectRule {
    LoopbackOrPrivateScheme, ///< RFC 8252 §7: http://127.0.0.1:{port}/…, reverse-DNS scheme, or
                             ///< https
    HttpsOnly, ///< https (http on a loopback address for local development)
    NoRedirects, ///< no browser involved, so no redirect URI at all
};

/// The recommended security configuration for one application type (docs/architecture.md
/// "Application types", from the portal guide's "Authentication" stage).
struct ApplicationTypePreset
{
    ApplicationType type;
    QString whenToPick; ///< one line for the wizard's first page
    QList<GrantType> grantTypes; ///< what the wizard sets
    QList<GrantType> allowedGrantTypes; ///< what the rules accept for this type
    PkcePolicy pkce;
    bool publicClient; ///< cannot keep a secret: authentication method "none"
    QList<AuthMethod> allowedAuthMethods;
    AuthMethod defaultAuthMethod;
    RedirectRule redirectRule;
    QString redirectRuleText; ///< the rule in plain words
};

/// The preset for @p type. Every ApplicationType has exactly one.
[[nodiscard]] const ApplicationTypePreset &presetFor(ApplicationType type);

/// All four presets, in the order the wizard offers them.
[[nodiscard]] const QList<ApplicationTypePreset> &allPresets();

} // namespace oauthdesk
