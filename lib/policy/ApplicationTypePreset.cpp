// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/ApplicationTypePreset.h"

#include <QCoreApplication>

namespace oauthdesk {

namespace {

struct ApplicationTypePresetText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::ApplicationTypePreset)
};

QList<ApplicationTypePreset> buildPresets()
{
    using enum GrantType;
    using enum AuthMethod;
    const QList<AuthMethod> confidentialWeb { ClientSecretBasic, ClientSecretPost, ClientSecretJwt,
        PrivateKeyJwt };
    return {
        // RFC 8252 (OAuth 2.0 for Native Apps): public client, PKCE required (§6, §8.1).
        { ApplicationType::Native,
            ApplicationTypePresetText::tr(
                "iOS, Android or desktop applications that cannot keep a secret."),
            { AuthorizationCode, RefreshToken }, { AuthorizationCode, RefreshToken },
            PkcePolicy::Required, true, { None }, None, RedirectRule::LoopbackOrPrivateScheme,
            ApplicationTypePresetText::tr(
                "Loopback http://127.0.0.1:{port}/… or [::1], a private-use scheme in reverse-DNS "
                "form (com.example.app:/callback), or an https URL the app claims.") },
        // Browser-based apps (draft-ietf-oauth-browser-based-apps): public, PKCE required.
        { ApplicationType::SinglePage,
            ApplicationTypePresetText::tr(
                "React, Vue or Angular apps running entirely in the browser."),
            { AuthorizationCode, RefreshToken }, { AuthorizationCode, RefreshToken },
            PkcePolicy::Required, true, { None }, None, RedirectRule::HttpsOnly,
            ApplicationTypePresetText::tr(
                "https URLs (http only on 127.0.0.1 or localhost for local development).") },
        { ApplicationType::Web,
            ApplicationTypePresetText::tr(
                "Traditional server-side web applications that keep a secret on the server."),
            { AuthorizationCode, RefreshToken }, { AuthorizationCode, RefreshToken },
            PkcePolicy::Optional, false, confidentialWeb, ClientSecretBasic,
            RedirectRule::HttpsOnly,
            ApplicationTypePresetText::tr(
                "https URLs (http only on 127.0.0.1 or localhost for local development).") },
        // RFC 6749 §4.4 client credentials; RFC 8705 for the mutual-TLS methods.
        { ApplicationType::MachineToMachine,
            ApplicationTypePresetText::tr(
                "APIs, microservices and back-end services acting on their own behalf."),
            { ClientCredentials }, { ClientCredentials }, PkcePolicy::Optional, false,
            { ClientSecretBasic, ClientSecretPost, ClientSecretJwt, PrivateKeyJwt, TlsClientAuth,
                SelfSignedTlsClientAuth },
            ClientSecretBasic, RedirectRule::NoRedirects,
            ApplicationTypePresetText::tr("None: no browser is involved.") },
    };
}

} // namespace

const QList<ApplicationTypePreset> &allPresets()
{
    static const QList<ApplicationTypePreset> presets = buildPresets();
    return presets;
}

const ApplicationTypePreset &presetFor(ApplicationType type)
{
    const auto &presets = allPresets();
    for (const auto &p : presets) {
        if (p.type == type)
            return p;
    }
    Q_UNREACHABLE();
}

} // namespace oauthdesk
