// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/AuthenticationPage.h"

#include "oauth/Discovery.h"
#include "policy/ApplicationTypePreset.h"
#include "widgets/UriListEditor.h"
#include "wizard/ClientWizard.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {
bool needsCertificate(AuthMethod m)
{
    return m == AuthMethod::PrivateKeyJwt || m == AuthMethod::TlsClientAuth
        || m == AuthMethod::SelfSignedTlsClientAuth;
}
} // namespace

AuthenticationPage::AuthenticationPage(ClientWizard *wizard)
    : ClientWizardPage(wizard, { fields::authMethod, fields::grantTypes, fields::pkce, fields::redirectUris,
                                 fields::postLogoutRedirectUris, fields::scopes })
    , m_summary(new QLabel(this))
    , m_authMethod(new QComboBox(this))
    , m_authHint(new QLabel(this))
    , m_redirects(new UriListEditor(QStringLiteral("redirectUris"), tr("https://app.example.com/callback"), this))
    , m_logoutRedirects(new UriListEditor(QStringLiteral("postLogoutRedirectUris"), tr("https://app.example.com/signed-out"), this))
    , m_scopes(new QLineEdit(this))
    , m_scopeHint(new QLabel(this))
{
    setObjectName(QStringLiteral("authenticationPage"));
    setTitle(tr("Authentication"));
    setSubTitle(tr("The recommended security configuration for this type of application, and "
                   "the choices it leaves to you."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_summary->setObjectName(QStringLiteral("securitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    form->addRow(m_summary);

    m_authMethod->setObjectName(QStringLiteral("authMethod"));
    m_authMethod->setAccessibleName(tr("Client authentication method"));
    addRow(form, tr("Client &authentication:"), m_authMethod, fields::authMethod);
    m_authHint->setObjectName(QStringLiteral("authMethodHint"));
    m_authHint->setWordWrap(true);
    m_authHint->setForegroundRole(QPalette::PlaceholderText);
    m_authHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(QString(), m_authHint);

    addRow(form, tr("&Redirect URIs:"), m_redirects, fields::redirectUris);
    m_redirectRow = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget();
    m_redirectLabel = qobject_cast<QLabel *>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());
    addRow(form, tr("&Post-logout redirect URIs:"), m_logoutRedirects, fields::postLogoutRedirectUris);
    m_logoutRow = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget();
    m_logoutLabel = qobject_cast<QLabel *>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());

    m_scopes->setObjectName(QStringLiteral("scopes"));
    m_scopes->setAccessibleName(tr("Scopes, separated by spaces"));
    m_scopes->setPlaceholderText(tr("space-separated, e.g. accounts:read payments:write"));
    addRow(form, tr("&Scopes:"), m_scopes, fields::scopes);
    m_scopeHint->setObjectName(QStringLiteral("scopeHint"));
    m_scopeHint->setWordWrap(true);
    m_scopeHint->setForegroundRole(QPalette::PlaceholderText);
    m_scopeHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(QString(), m_scopeHint);
    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addStretch(1);

    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] { storeToDraft(); changed(); });
    connect(m_redirects, &UriListEditor::changed, this, [this] { storeToDraft(); changed(); });
    connect(m_logoutRedirects, &UriListEditor::changed, this, [this] { storeToDraft(); changed(); });
    connect(m_scopes, &QLineEdit::textChanged, this, [this] { storeToDraft(); changed(); });
}

void AuthenticationPage::initializePage()
{
    const OAuthClient &c = draft().client;
    const auto &preset = presetFor(c.applicationType);
    QStringList grants;
    for (GrantType g : c.grantTypes)
        grants.append(QStringLiteral("<code>%1</code>").arg(toWire(g)));
    m_summary->setText(
        tr("<b>Recommended for a %1</b><br>Grant types: %2<br>PKCE: %3<br>%4")
            .arg(displayName(c.applicationType).toHtmlEscaped(), grants.join(QStringLiteral(", ")),
                 preset.pkce == PkcePolicy::Required ? tr("<b>required</b> (the app cannot keep a secret)")
                                                     : tr("optional"),
                 preset.publicClient ? tr("A public client: it authenticates with no secret.")
                                     : tr("A confidential client: it proves who it is at the token endpoint.")));

    const QSignalBlocker b1(m_authMethod), b2(m_scopes);
    m_authMethod->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_authMethod->model());
    for (AuthMethod m : preset.allowedAuthMethods) {
        QString label = toWire(m) + QStringLiteral(" — ") + displayName(m);
        m_authMethod->addItem(label, toWire(m));
        if (needsCertificate(m)) {
            // Until certificates exist these methods cannot get a token, so they are shown, not offered.
            QStandardItem *item = model->item(m_authMethod->count() - 1);
            item->setEnabled(false);
            item->setToolTip(m == AuthMethod::PrivateKeyJwt
                                 ? tr("Needs a signing certificate — available once certificates exist.")
                                 : tr("Needs a transport certificate — available once certificates exist."));
        }
    }
    m_authMethod->setCurrentIndex(std::max(0, m_authMethod->findData(toWire(c.authMethod))));
    m_authMethod->setEnabled(m_authMethod->count() > 1);
    m_authHint->setText(preset.publicClient
                            ? tr("Public clients use no client authentication; PKCE protects their codes.")
                            : tr("Private key JWT and mutual TLS need a signing or transport certificate "
                                 "and become available once certificates exist."));

    const bool redirects = preset.redirectRule != RedirectRule::NoRedirects;
    for (QWidget *w : { m_redirectRow, static_cast<QWidget *>(m_redirectLabel), m_logoutRow,
                        static_cast<QWidget *>(m_logoutLabel) })
        w->setVisible(redirects);
    m_redirects->setToolTip(preset.redirectRuleText);
    m_redirects->input()->setPlaceholderText(c.applicationType == ApplicationType::Native
                                                 ? QStringLiteral("http://127.0.0.1/callback")
                                                 : QStringLiteral("https://app.example.com/callback"));
    m_redirects->setUris(c.redirectUris);
    m_logoutRedirects->setUris(c.postLogoutRedirectUris);
    m_scopes->setText(c.scopes.join(QLatin1Char(' ')));

    // Suggestions from the environment's discovery document, when it has been fetched.
    const Environment *env = clientWizard()->environment();
    const QStringList supported = env ? scopesSupported(env->discoveryDocument) : QStringList {};
    if (!supported.isEmpty()) {
        auto *completer = new QCompleter(supported, m_scopes);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_scopes->setCompleter(completer);
        m_scopeHint->setText(tr("%1 supports: %2").arg(env->name, supported.join(QStringLiteral(", "))));
    } else {
        m_scopes->setCompleter(nullptr);
        m_scopeHint->setText(tr("Scopes the authorization server grants this client, as its "
                                "documentation names them."));
    }
    storeToDraft();
    refresh();
}

void AuthenticationPage::storeToDraft()
{
    OAuthClient &c = draft().client;
    if (auto m = fromWire<AuthMethod>(m_authMethod->currentData().toString()))
        c.authMethod = *m;
    const bool redirects = presetFor(c.applicationType).redirectRule != RedirectRule::NoRedirects;
    c.redirectUris = redirects ? m_redirects->uris() : QStringList {};
    c.postLogoutRedirectUris = redirects ? m_logoutRedirects->uris() : QStringList {};
    c.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace oauthdesk
