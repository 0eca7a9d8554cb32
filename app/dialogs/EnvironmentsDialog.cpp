// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/EnvironmentsDialog.h"

#include "dialogs/RegistrationCredentialsBox.h"
#include "oauth/Discovery.h"
#include "policy/Validation.h"
#include "usecases/Workspace.h"
#include "widgets/FieldProblems.h"
#include "widgets/Tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {

enum HeaderColumn { HeaderName, HeaderValue, HeaderChoices };

// "0=Default, 1=EMEA, 2=APAC" <-> choices
QString choicesToText(const QList<HeaderChoice> &choices)
{
    QStringList parts;
    for (const auto &c : choices)
        parts.append(c.label.isEmpty() ? c.value : c.value + QLatin1Char('=') + c.label);
    return parts.join(QStringLiteral(", "));
}

QList<HeaderChoice> choicesFromText(const QString &text)
{
    QList<HeaderChoice> out;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            out.append({ part.trimmed(), {} });
        else
            out.append({ part.left(eq).trimmed(), part.mid(eq + 1).trimmed() });
    }
    return out;
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName,
    const QString &placeholder, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

EnvironmentsDialog::EnvironmentsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_environments(workspace.environments().current())
    , m_problems(std::make_unique<FieldProblems>())
{
    setObjectName(QStringLiteral("environmentsDialog"));
    setWindowTitle(tr("Environments"));
    buildUi();
    addCredentialsBox();
    reloadList(m_environments.isEmpty() ? 0 : m_environments.constFirst().id);
    if (m_environments.isEmpty())
        addEnvironment();

    connect(&workspace, &Workspace::environmentSaved, this, [this](const Environment &env) {
        bool found = false;
        for (auto &e : m_environments) {
            if (e.id == env.id) {
                e = env;
                found = true;
            }
        }
        if (!found)
            m_environments.append(env);
        if (found && env.id == m_currentId) {
            // The one on screen: keep what the admin is typing, refresh only what the store adds.
            showDiscovery(env);
            for (int i = 0; i < m_list->count(); ++i) {
                if (m_list->item(i)->data(Qt::UserRole).toLongLong() == env.id)
                    m_list->item(i)->setText(env.name);
            }
            return;
        }
        reloadList(m_currentId == 0 ? env.id : m_currentId);
    });
    connect(&workspace, &Workspace::environmentRemoved, this, [this](qint64 id) {
        m_environments.removeIf([id](const Environment &e) { return e.id == id; });
        reloadList(m_environments.isEmpty() ? 0 : m_environments.constFirst().id);
        if (m_environments.isEmpty())
            addEnvironment();
    });
}

EnvironmentsDialog::~EnvironmentsDialog() = default;

void EnvironmentsDialog::buildUi()
{
    auto *root = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    root->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setAccessibleName(tr("Environments"));
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New"), left);
    add->setObjectName(QStringLiteral("addEnvironmentButton"));
    m_remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Remove"), left);
    m_remove->setObjectName(QStringLiteral("removeEnvironmentButton"));
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);

    // The form scrolls when the dialog is smaller than it (discovery and registration are long).
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Sideways only when the dialog is narrower than the form's shortest lines allow.
    auto *right = new QWidget(scroll);
    scroll->setWidget(right);
    auto *form = new QFormLayout(right);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto addRow = [&](const QString &label, QWidget *field, const QString &problemField) {
        auto *box = new QWidget(right);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        QLabel *problem = FieldProblems::makeLabel(problemField, box);
        v->addWidget(problem);
        auto *buddy = new QLabel(label, right);
        buddy->setBuddy(field);
        form->addRow(buddy, box);
        m_problems->bind(problemField, field, problem);
    };

    m_name = lineEdit(QStringLiteral("environmentName"), tr("Environment name"),
        tr("e.g. UAT or Production"), right);
    addRow(tr("&Name:"), m_name, QString(fields::name));

    m_issuer = lineEdit(QStringLiteral("issuerUrl"), tr("Issuer URL"),
        QStringLiteral("https://auth.example.com"), right);
    addRow(tr("&Issuer URL:"), m_issuer, QString(fields::issuer));

    m_connectivity = new QComboBox(right);
    m_connectivity->setObjectName(QStringLiteral("connectivity"));
    m_connectivity->setAccessibleName(tr("Connectivity"));
    for (Connectivity c : allValues<Connectivity>())
        m_connectivity->addItem(displayName(c), toWire(c));
    m_connectivity->setToolTip(
        tr("Mutual TLS sends the client's transport certificate and uses the "
           "AS's mtls_endpoint_aliases (RFC 8705)."));
    addRow(tr("&Connectivity:"), m_connectivity, QStringLiteral("connectivity"));

    m_apiBaseUrl = lineEdit(QStringLiteral("apiBaseUrl"), tr("API base URL"),
        QStringLiteral("https://api.example.com/v1"), right);
    addRow(tr("&API base URL:"), m_apiBaseUrl, QString(fields::apiBaseUrl));

    auto *caRow = new QWidget(right);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caBundle = lineEdit(QStringLiteral("caBundlePath"), tr("CA bundle file"),
        tr("optional: PEM file trusted for this environment"), caRow);
    auto *browse = new QPushButton(tr("&Browse…"), caRow);
    browse->setObjectName(QStringLiteral("browseCaBundle"));
    caLayout->addWidget(m_caBundle, 1);
    caLayout->addWidget(browse);
    addRow(tr("CA b&undle:"), caRow, QString(fields::caBundlePath));
    m_problems->bind(QString(fields::caBundlePath), m_caBundle,
        right->findChild<QLabel *>(QString(fields::caBundlePath) + QStringLiteral("Problem")));

    // Which CA the AS trusts for client certificates: the doctor's chain check (issue 15).
    addRow(tr("Client CA the AS &trusts:"), buildClientCaBox(right), Environments::clientCaField());
    m_problems->bind(Environments::clientCaField(), m_clientCaSummary,
        right->findChild<QLabel *>(Environments::clientCaField() + QStringLiteral("Problem")));

    m_assertionAudience = new QComboBox(right);
    m_assertionAudience->setObjectName(QStringLiteral("assertionAudience"));
    m_assertionAudience->setAccessibleName(tr("Client assertion audience"));
    for (AssertionAudience a : allValues<AssertionAudience>())
        m_assertionAudience->addItem(displayName(a), toWire(a));
    m_assertionAudience->setToolTip(
        tr("What a private_key_jwt client assertion names as its audience (aud). "
           "RFC 7523 allows the token endpoint or the issuer; some ASs want the "
           "endpoint called for introspection and revocation. Change it only when "
           "this AS refuses the assertion."));
    addRow(tr("Client assertion au&dience:"), m_assertionAudience,
        QStringLiteral("assertionAudience"));

    auto *headersBox = new QWidget(right);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    m_headers = new QTableWidget(0, 3, headersBox);
    m_headers->setObjectName(QStringLiteral("extraHeaders"));
    m_headers->setAccessibleName(tr("Extra headers"));
    m_headers->setHorizontalHeaderLabels(
        { tr("Header"), tr("Value"), tr("Choices (value=label, …)") });
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setMinimumHeight(110);
    m_headers->setMaximumHeight(180); // a few headers; the form below needs the room
    headersLayout->addWidget(m_headers);
    auto *headerButtons = new QHBoxLayout;
    auto *addHeader = new QPushButton(tr("Add &header"), headersBox);
    addHeader->setObjectName(QStringLiteral("addHeaderButton"));
    auto *addRegion = new QPushButton(tr("Add X-&Region"), headersBox);
    addRegion->setObjectName(QStringLiteral("addRegionHeaderButton"));
    addRegion->setToolTip(tr("X-Region with the choices 0 Default, 1 EMEA, 2 APAC"));
    auto *removeHeader = new QPushButton(tr("Remove header"), headersBox);
    removeHeader->setObjectName(QStringLiteral("removeHeaderButton"));
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(addRegion);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);
    headersLayout->addLayout(headerButtons);
    addRow(tr("E&xtra headers:"), headersBox, QString(fields::headers));
    m_problems->bind(QString(fields::headers), m_headers,
        right->findChild<QLabel *>(QString(fields::headers) + QStringLiteral("Problem")));

    auto *discoveryBox = new QWidget(right);
    auto *discoveryLayout = new QVBoxLayout(discoveryBox);
    discoveryLayout->setContentsMargins(0, 0, 0, 0);
    // A browser of its own height, not a wrapped label: the list is long, and a label's
    // height-for-width made the form squeeze the rows below it to nothing.
    m_discovery = new QTextBrowser(discoveryBox);
    m_discovery->setObjectName(QStringLiteral("discoverySummary"));
    m_discovery->setOpenLinks(false);
    m_discovery->setFrameShape(QFrame::NoFrame);
    m_discovery->viewport()->setAutoFillBackground(false);
    m_discovery->setMinimumHeight(110);
    m_discovery->setMaximumHeight(230);
    m_refreshDiscovery = new QPushButton(tr("Re&fresh discovery"), discoveryBox);
    m_refreshDiscovery->setObjectName(QStringLiteral("refreshDiscoveryButton"));
    m_refreshDiscovery->setToolTip(
        tr("Fetch {issuer}/.well-known/openid-configuration (or the RFC 8414 location) now"));
    auto *discoveryRow = new QHBoxLayout;
    discoveryRow->addWidget(m_refreshDiscovery);
    discoveryRow->addStretch(1);
    discoveryLayout->addLayout(discoveryRow);
    discoveryLayout->addWidget(m_discovery);
    form->addRow(tr("Discovery:"), discoveryBox);

    m_form = form;
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("environmentStatus"));
    m_status->setTextFormat(Qt::PlainText); // may carry text from the AS
    m_status->setWordWrap(true);
    form->addRow(m_status);
    m_problems->setFallback(m_status);

    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 200, 680 });

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save environment"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveEnvironmentButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    root->addWidget(buttons);
    // Tall enough for the form without scrolling where the screen allows it.
    const QRect screen
        = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 900);
    resize(std::min(980, screen.width() - 40), std::min(900, screen.height() - 40));

    connect(add, &QPushButton::clicked, this, &EnvironmentsDialog::addEnvironment);
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentsDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &EnvironmentsDialog::saveCurrent);
    connect(m_refreshDiscovery, &QPushButton::clicked, this, &EnvironmentsDialog::refreshDiscovery);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentsDialog::onSelectionChanged);
    connect(addHeader, &QPushButton::clicked, this, [this] { addHeaderRow({}); });
    connect(addRegion, &QPushButton::clicked, this, [this] {
        addHeaderRow({ QStringLiteral("X-Region"), QStringLiteral("0"),
            { { QStringLiteral("0"), tr("Default") }, { QStringLiteral("1"), tr("EMEA") },
                { QStringLiteral("2"), tr("APAC") } } });
    });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *fd = new QFileDialog(this, tr("CA bundle (PEM)"), QString(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        fd->setAttribute(Qt::WA_DeleteOnClose);
        fd->setFileMode(QFileDialog::ExistingFile);
        connect(fd, &QFileDialog::fileSelected, m_caBundle, &QLineEdit::setText);
        fd->open();
    });
}

void EnvironmentsDialog::reloadList(qint64 selectId)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    int selectRow = -1;
    for (int i = 0; i < m_environments.size(); ++i) {
        const Environment &e = m_environments[i];
        auto *item
            = new QListWidgetItem(QIcon(QStringLiteral(":/icons/environment.svg")), e.name, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.issuer.toString());
        if (e.id == selectId)
            selectRow = i;
    }
    if (selectRow >= 0) {
        m_list->setCurrentRow(selectRow);
        m_currentId = selectId;
        loadForm(m_environments[selectRow]);
    }
    m_remove->setEnabled(selectRow >= 0);
}

void EnvironmentsDialog::onSelectionChanged()
{
    const auto *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const auto &e : std::as_const(m_environments)) {
        if (e.id == id) {
            m_currentId = id;
            loadForm(e);
        }
    }
    m_remove->setEnabled(true);
}

void EnvironmentsDialog::loadForm(const Environment &env)
{
    m_problems->clear();
    m_status->clear();
    m_name->setText(env.name);
    m_issuer->setText(env.issuer.toString());
    m_connectivity->setCurrentIndex(m_connectivity->findData(toWire(env.connectivity)));
    m_apiBaseUrl->setText(env.apiBaseUrl.toString());
    m_caBundle->setText(env.caBundlePath);
    ++m_clientCaLoads; // a load for the previous form no longer applies
    m_clientCaPem = env.clientCaPem;
    showClientCa();
    m_assertionAudience->setCurrentIndex(
        std::max(0, m_assertionAudience->findData(toWire(env.assertionAudience))));
    m_headers->setRowCount(0);
    for (const auto &h : env.headers)
        addHeaderRow(h);
    showDiscovery(env);
    if (m_credentials)
        m_credentials->setEnvironment(env);
}

void EnvironmentsDialog::addHeaderRow(const ExtraHeader &header)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, HeaderName, new QTableWidgetItem(header.name));
    m_headers->setItem(row, HeaderValue, new QTableWidgetItem(header.value));
    m_headers->setItem(row, HeaderChoices, new QTableWidgetItem(choicesToText(header.choices)));
    m_headers->setCurrentCell(row, HeaderName);
}

void EnvironmentsDialog::addEnvironment()
{
    m_list->clearSelection();
    m_currentId = 0;
    Environment blank;
    loadForm(blank);
    m_remove->setEnabled(false);
    m_name->setFocus();
    setStatus(tr("New environment: fill in the name and issuer URL, then Save."), false);
}

Environment EnvironmentsDialog::formEnvironment() const
{
    Environment env;
    for (const auto &e : m_environments) {
        if (e.id == m_currentId)
            env = e; // keep what the form does not show (discovery cache, created time)
    }
    env.id = m_currentId;
    env.name = m_name->text().trimmed();
    env.issuer = QUrl(m_issuer->text().trimmed(), QUrl::StrictMode);
    env.connectivity = fromWire<Connectivity>(m_connectivity->currentData().toString())
                           .value_or(Connectivity::Tls);
    env.apiBaseUrl = QUrl(m_apiBaseUrl->text().trimmed(), QUrl::StrictMode);
    env.caBundlePath = m_caBundle->text().trimmed();
    env.clientCaPem = m_clientCaPem;
    env.assertionAudience
        = fromWire<AssertionAudience>(m_assertionAudience->currentData().toString())
              .value_or(AssertionAudience::TokenEndpoint);
    env.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        auto text = [&](int col) {
            const auto *item = m_headers->item(row, col);
            return item ? item->text() : QString();
        };
        if (text(HeaderName).trimmed().isEmpty() && text(HeaderValue).isEmpty())
            continue; // an untouched new row
        env.headers.append({ text(HeaderName).trimmed(), text(HeaderValue),
            choicesFromText(text(HeaderChoices)) });
    }
    return env;
}

void EnvironmentsDialog::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(
        tones::labelStyle(error ? tones::Tone::Bad : tones::Tone::Good, palette()));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void EnvironmentsDialog::saveCurrent()
{
    const Environment env = formEnvironment();
    Problems problems = validateEnvironment(env);
    for (const auto &e : std::as_const(m_environments)) {
        if (e.id != env.id && e.name.compare(env.name, Qt::CaseInsensitive) == 0) {
            problems.append({ QString(fields::name),
                tr("Environment name \"%1\" is already used; choose another.").arg(env.name) });
        }
    }
    if (!m_problems->show(problems))
        return;
    m_save->setEnabled(false);
    setStatus(tr("Saving…"), false);
    m_workspace.environments().save(env).then(this, [this](Result<Environment> saved) {
        m_save->setEnabled(true);
        if (!saved) {
            setStatus(saved.error().message, true);
            Q_EMIT storeAnswered(false);
            return;
        }
        m_currentId = saved->id;
        setStatus(tr("Environment \"%1\" saved.").arg(saved->name), false);
        Q_EMIT storeAnswered(true);
    });
}

void EnvironmentsDialog::removeCurrent()
{
    if (m_currentId == 0)
        return;
    // The row first, then its keychain entries (the use case); a leftover is said here.
    m_workspace.environments().remove(m_currentId).then(this, [this](Result<QString> removed) {
        if (!removed) {
            setStatus(removed.error().message, true);
            Q_EMIT storeAnswered(false);
            return;
        }
        if (removed->isEmpty())
            setStatus(tr("Environment removed. Clients that used it keep their settings."), false);
        else
            setStatus(*removed, true);
        Q_EMIT storeAnswered(true);
    });
}

} // namespace oauthdesk
