// SPDX-License-Identifier: GPL-3.0-or-later
// The Environments dialog's metadata half: the cached discovery, its refresh, and the
// registration credentials that the metadata decides about.
#include "dialogs/EnvironmentsDialog.h"
#include "dialogs/RegistrationCredentialsBox.h"
#include "oauth/Discovery.h"
#include "usecases/Workspace.h"
#include "widgets/TimeFormat.h"
#include "widgets/Tones.h"

#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>

namespace oauthdesk {

void EnvironmentsDialog::addCredentialsBox()
{
    // The registration credentials (initial access token, software statement) of the selected
    // environment, kept in the keychain.
    m_credentials = new RegistrationCredentialsBox(m_workspace, this);
    // Above Discovery: the credentials are what an admin acts on; the metadata list below is long.
    int discoveryRow = -1;
    QFormLayout::ItemRole role {};
    m_form->getWidgetPosition(m_discovery->parentWidget(), &discoveryRow, &role);
    m_form->insertRow(discoveryRow >= 0 ? discoveryRow : m_form->rowCount() - 1,
        tr("Registration:"), m_credentials);
    for (const Environment &e : m_environments) {
        if (e.id == m_currentId)
            m_credentials->setEnvironment(e);
    }
    if (m_currentId == 0)
        m_credentials->setEnvironment({});
}

void EnvironmentsDialog::showDiscovery(const Environment &env)
{
    m_refreshDiscovery->setEnabled(env.id != 0);
    if (env.discoveryDocument.isEmpty()) {
        m_discovery->setHtml(env.id == 0
                ? tr("Save the environment, then fetch its metadata.")
                : tr("Not fetched yet. <b>Refresh discovery</b> reads the AS's metadata; "
                     "a test token fetches it too."));
        return;
    }
    auto m = parseDiscovery(env.discoveryDocument, env.issuer);
    if (!m) {
        m_discovery->setHtml(
            tr("The cached metadata is not usable: %1").arg(m.error().message.toHtmlEscaped()));
        return;
    }
    const QString muted = tones::css(tones::Tone::Muted, palette());
    auto row = [&muted](const QString &label, const QString &value) {
        return QStringLiteral(
            "<tr><td style='padding-right:10px; color:%3'>%1</td><td><code>%2</code></td></tr>")
            .arg(label.toHtmlEscaped(),
                value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped(), muted);
    };
    QString html = QStringLiteral("<table cellspacing=1>");
    html += row(tr("Fetched"),
        env.discoveryFetchedAt ? timeformat::dateTimeShort(*env.discoveryFetchedAt) : QString());
    html += row(tr("Token endpoint"), m->tokenEndpoint.toString());
    QStringList aliases;
    for (auto it = m->mtlsEndpointAliases.cbegin(); it != m->mtlsEndpointAliases.cend(); ++it)
        aliases.append(it.key() + QStringLiteral(" → ") + it.value().toString());
    aliases.sort(); // the same order on every open
    html += row(tr("mTLS aliases"), aliases.join(QStringLiteral(", ")));
    html += row(tr("Registration"), m->registrationEndpoint.toString());
    html += row(tr("Introspection"), m->introspectionEndpoint.toString());
    html += row(tr("Revocation"), m->revocationEndpoint.toString());
    html += row(tr("JWKS"), m->jwksUri.toString());
    html += row(tr("Auth methods"), m->tokenEndpointAuthMethods.join(QStringLiteral(", ")));
    html += row(tr("Grant types"), m->grantTypes.join(QStringLiteral(", ")));
    html += row(tr("Scopes"), m->scopes.join(QLatin1Char(' ')));
    m_discovery->setHtml(html + QStringLiteral("</table>"));
}

void EnvironmentsDialog::refreshDiscovery()
{
    if (m_currentId == 0)
        return;
    Environment env;
    for (const auto &e : std::as_const(m_environments)) {
        if (e.id == m_currentId)
            env = e;
    }
    m_refreshDiscovery->setEnabled(false);
    setStatus(tr("Fetching %1… (gives up after %2 s)")
                  .arg(Environments::discoveryUrl(env).toString())
                  .arg(m_workspace.environments().deadlineSeconds()),
        false);
    // Fetched and cached by the use case (the one writer of the cache).
    m_workspace.environments().refreshDiscovery(env.id).then(
        this, [this](Result<Environments::Refreshed> refreshed) {
            m_refreshDiscovery->setEnabled(true);
            if (!refreshed) {
                setStatus(refreshed.error().message, true);
                Q_EMIT storeAnswered(false);
                return;
            }
            setStatus(tr("Metadata fetched and cached."), false);
            showDiscovery(refreshed->environment);
            if (m_credentials) // registration is offered or not by what was just fetched
                m_credentials->setEnvironment(refreshed->environment);
            Q_EMIT storeAnswered(true);
        });
}

} // namespace oauthdesk
