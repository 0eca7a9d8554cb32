// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/AuthenticationPage.h"

#include "dialogs/CertificatesDialog.h"
#include "oauth/Discovery.h"
#include "policy/ApplicationTypePreset.h"
#include "usecases/Workspace.h"
#include "widgets/UriListEditor.h"
#include "wizard/ClientWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {
bool needsCertificate(AuthMethod m)
{
    return m == AuthMethod::PrivateKeyJwt || authenticatesWithCertificate(m);
}
} // namespace

AuthenticationPage::AuthenticationPage(ClientWizard *wizard)
    : ClientWizardPage(wizard,
        { fields::authMethod, fields::grantTypes, fields::pkce, fields::redirectUris,
            fields::postLogoutRedirectUris, fields::scopes, fields::signingCertificate,
            fields::transportCertificate })
    , m_summary(new QLabel(this))
    , m_authMethod(new QComboBox(this))
    , m_authHint(new QLabel(this))
    , m_signing(new QComboBox(this))
    , m_transport(new QComboBox(this))
    , m_bound(new QCheckBox(tr("Certificate-&bound access tokens (RFC 8705)"), this))
    , m_redirects(new UriListEditor(
          QStringLiteral("redirectUris"), tr("https://app.example.com/callback"), this))
    , m_logoutRedirects(new UriListEditor(
          QStringLiteral("postLogoutRedirectUris"), tr("https://app.example.com/signed-out"), this))
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

    m_signing->setObjectName(QStringLiteral("signingCertificate"));
    m_signing->setAccessibleName(tr("Signing certificate"));
    auto pickerRow = [this](QComboBox *combo, const QString &name) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(combo, 1);
        auto *make = new QPushButton(tr("Make one now…"), row);
        make->setObjectName(name);
        make->setToolTip(tr(
            "Open this application's certificates: generate a key, issue or import its certificate."));
        connect(make, &QPushButton::clicked, this, &AuthenticationPage::openCertificates);
        h->addWidget(make);
        QWidget::setTabOrder(
            combo, make); // made after the page's fields: Tab goes combo, then its button
        row->setFocusProxy(combo);
        return row;
    };
    addRow(form, tr("Si&gning key:"), pickerRow(m_signing, QStringLiteral("makeSigningKeyButton")),
        fields::signingCertificate);
    alsoShow(fields::signingCertificate, m_signing, fields::signingCertificate);
    m_signingRow = { form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget(),
        form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget() };
    m_transport->setObjectName(QStringLiteral("transportCertificate"));
    m_transport->setAccessibleName(tr("Transport certificate"));
    addRow(form, tr("Trans&port certificate:"),
        pickerRow(m_transport, QStringLiteral("makeTransportCertificateButton")),
        fields::transportCertificate);
    alsoShow(fields::transportCertificate, m_transport, fields::transportCertificate);
    m_transportRow = { form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget(),
        form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget() };
    m_bound->setObjectName(QStringLiteral("certificateBoundTokens"));
    m_bound->setToolTip(tr(
        "The AS binds tokens to the transport certificate (cnf.x5t#S256); OAuthDesk checks every token it gets."));
    form->addRow(QString(), m_bound);
    m_transportRow.append(m_bound);

    addRow(form, tr("&Redirect URIs:"), m_redirects, fields::redirectUris);
    m_redirectRow = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget();
    m_redirectLabel = qobject_cast<QLabel *>(
        form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());
    addRow(
        form, tr("&Post-logout redirect URIs:"), m_logoutRedirects, fields::postLogoutRedirectUris);
    m_logoutRow = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->widget();
    m_logoutLabel = qobject_cast<QLabel *>(
        form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget());

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

    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        storeToDraft();
        updateCertificateRows();
        changed();
    });
    connect(m_signing, &QComboBox::currentIndexChanged, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_transport, &QComboBox::currentIndexChanged, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_bound, &QCheckBox::toggled, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_redirects, &UriListEditor::changed, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_logoutRedirects, &UriListEditor::changed, this, [this] {
        storeToDraft();
        changed();
    });
    connect(m_scopes, &QLineEdit::textChanged, this, [this] {
        storeToDraft();
        changed();
    });
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
                preset.pkce == PkcePolicy::Required
                    ? tr("<b>required</b> (the app cannot keep a secret)")
                    : tr("optional"),
                preset.publicClient
                    ? tr("A public client: it authenticates with no secret.")
                    : tr("A confidential client: it proves who it is at the token endpoint.")));

    const QSignalBlocker b1(m_authMethod), b2(m_scopes);
    m_authMethod->clear();
    for (AuthMethod m : preset.allowedAuthMethods) {
        QString label = toWire(m) + QStringLiteral(" — ") + displayName(m);
        m_authMethod->addItem(label, toWire(m));
        if (needsCertificate(m))
            m_authMethod->setItemData(m_authMethod->count() - 1,
                m == AuthMethod::PrivateKeyJwt
                    ? tr("Signs a client assertion with a signing key of this application.")
                    : tr("Presents a transport certificate of this application (mutual TLS)."),
                Qt::ToolTipRole);
        else if (m == AuthMethod::ClientSecretJwt)
            m_authMethod->setItemData(m_authMethod->count() - 1,
                tr("Sends a client assertion MACed (HS256) with the client secret: the secret "
                   "itself never crosses the wire (RFC 7523 §2.2)."),
                Qt::ToolTipRole);
    }
    m_authMethod->setCurrentIndex(std::max(0, m_authMethod->findData(toWire(c.authMethod))));
    m_authMethod->setEnabled(m_authMethod->count() > 1);
    m_authHint->setText(preset.publicClient
            ? tr("Public clients use no client authentication; PKCE protects their codes.")
            : tr("Private key JWT and mutual TLS use this application's signing or "
                 "transport certificates: make them in Applications → Certificates."));

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
        m_scopeHint->setText(
            tr("%1 supports: %2").arg(env->name, supported.join(QStringLiteral(", "))));
    } else {
        m_scopes->setCompleter(nullptr);
        m_scopeHint->setText(tr("Scopes the authorization server grants this client, as its "
                                "documentation names them."));
    }
    {
        const QSignalBlocker b3(m_bound);
        m_bound->setChecked(c.certificateBoundTokens);
    }
    loadCertificates();
    updateCertificateRows();
    storeToDraft();
    refresh();
}

void AuthenticationPage::loadCertificates()
{
    const qint64 appId = draft().client.applicationId;
    const quint64 load = ++m_certificateLoads;
    m_certificatesError.clear();
    auto resetPickers = [this] {
        const QSignalBlocker b1(m_signing), b2(m_transport);
        m_signing->clear();
        m_transport->clear();
        m_signing->addItem(tr("(none)"), qint64(0));
        m_transport->addItem(tr("(none)"), qint64(0));
    };
    if (appId <= 0 || draft().createApplication) {
        // A new application has no certificates yet: nothing another application had stays picked.
        resetPickers();
        m_certificatesLoaded = true;
        draft().client.signingCertificateId.reset();
        draft().client.transportCertificateId.reset();
        return;
    }
    m_certificatesLoaded = false;
    clientWizard()->workspace().certificates().forApplication(appId).then(
        this, [this, load, resetPickers](Result<QList<CertificateRecord>> certs) {
            if (load != m_certificateLoads)
                return; // an older load (another application): the newer one fills the pickers
            if (!certs) {
                // Nothing to pick from, and the draft keeps the ids it has: Next waits, and says
                // why.
                m_certificatesError = certs.error().message;
                refresh();
                return;
            }
            m_certificatesLoaded = true;
            resetPickers();
            const QSignalBlocker b1(m_signing), b2(m_transport);
            for (const CertificateRecord &r : certs.value_or(QList<CertificateRecord> {})) {
                const QString label
                    = (r.subjectDn.isEmpty() ? tr("key %1").arg(r.kid.left(12)) : r.subjectDn)
                    + QStringLiteral(" — ") + toWire(r.keyAlgorithm);
                if (r.purpose == CertificatePurpose::Signing)
                    m_signing->addItem(label, r.id);
                else if (r.state == CertificateState::Issued)
                    m_transport->addItem(label, r.id); // mTLS needs an issued certificate
            }
            const OAuthClient &c = draft().client;
            const int signing = m_signing->findData(c.signingCertificateId.value_or(0));
            const int transport = m_transport->findData(c.transportCertificateId.value_or(0));
            m_signing->setCurrentIndex(std::max(0, signing));
            m_transport->setCurrentIndex(std::max(0, transport));
            if ((c.signingCertificateId && signing < 0)
                || (c.transportCertificateId && transport < 0)) {
                // The client names a certificate the application no longer has (deleted, or a
                // transport certificate that is not issued): say so instead of a silent "(none)".
                m_authHint->setText(
                    tr("The %1 this client used is no longer among this application's certificates "
                       "(deleted, or not issued yet): pick another, or make one now.")
                        .arg(c.signingCertificateId && signing < 0 ? tr("signing key")
                                                                   : tr("transport certificate")));
            }
            storeToDraft();
            refresh();
        });
}

Problems AuthenticationPage::extraProblems() const
{
    if (m_certificatesLoaded)
        return {};
    const auto method
        = fromWire<AuthMethod>(m_authMethod->currentData().toString()).value_or(AuthMethod::None);
    const bool signing = method == AuthMethod::PrivateKeyJwt;
    const bool transport
        = authenticatesWithCertificate(method) || (m_bound->isChecked() && !m_bound->isHidden());
    if (!signing && !transport)
        return {};
    const QString field
        = QString(signing ? fields::signingCertificate : fields::transportCertificate);
    if (!m_certificatesError.isEmpty()) {
        return { { field,
            tr("This application's certificates could not be read: %1. Go Back and Next to try "
               "again.")
                .arg(m_certificatesError) } };
    }
    return { { field, tr("Loading this application's certificates…") } };
}

void AuthenticationPage::openCertificates()
{
    const qint64 appId = draft().client.applicationId;
    const Application *app = nullptr;
    for (const auto &a : clientWizard()->applications()) {
        if (a.id == appId)
            app = &a;
    }
    if (!app) {
        m_authHint->setText(
            tr("Create the client's application first (Back), then make its certificates."));
        return;
    }
    auto *dlg = new CertificatesDialog(clientWizard()->workspace(), *app, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::finished, this,
        &AuthenticationPage::loadCertificates); // pick what was just made
    dlg->open();
}

void AuthenticationPage::updateCertificateRows()
{
    const auto method
        = fromWire<AuthMethod>(m_authMethod->currentData().toString()).value_or(AuthMethod::None);
    const bool confidential = !presetFor(draft().client.applicationType).publicClient;
    for (QWidget *w : std::as_const(m_signingRow))
        w->setVisible(method == AuthMethod::PrivateKeyJwt);
    for (QWidget *w : std::as_const(m_transportRow))
        w->setVisible(confidential);
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
    c.certificateBoundTokens = m_bound->isChecked() && !m_bound->isHidden();
    if (!m_certificatesLoaded)
        return;
    const qint64 signing = m_signing->currentData().toLongLong();
    const qint64 transport = m_transport->currentData().toLongLong();
    c.signingCertificateId = c.authMethod == AuthMethod::PrivateKeyJwt && signing > 0
        ? std::optional<qint64>(signing)
        : std::nullopt;
    c.transportCertificateId = transport > 0 ? std::optional<qint64>(transport) : std::nullopt;
}

} // namespace oauthdesk
