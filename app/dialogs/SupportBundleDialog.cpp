// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SupportBundleDialog.h"

#include "oauth/TokenSession.h"
#include "usecases/Doctor.h"
#include "usecases/Workspace.h"
#include "widgets/BrowserLauncher.h"
#include "widgets/TimeFormat.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oauthdesk {

SupportBundleDialog::SupportBundleDialog(Workspace &workspace, qint64 clientRowId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clientRowId(clientRowId)
    , m_bundle(std::make_unique<SupportBundle>(workspace))
    , m_doctor(std::make_unique<Doctor>(workspace))
{
    setObjectName(QStringLiteral("supportBundleDialog"));
    setWindowTitle(tr("Save support bundle"));

    auto *intro = new QLabel(
        tr("One zip to send to a vendor or a colleague instead of \"logs\": the exchanges of a "
           "test session, the doctor's report, the client's configuration, the "
           "authorization server's metadata, and the versions of OAuthDesk, Qt, OpenSSL and "
           "the operating system.<br><b>Every secret, token, assertion signature, authorization "
           "code and Authorization header is redacted</b>; JWTs keep their header and claims. Private "
           "keys are never included."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *choices = new QGroupBox(tr("Exchanges to include"), this);
    choices->setObjectName(QStringLiteral("bundleSessionChoices"));
    m_useLast = new QRadioButton(choices);
    m_useLast->setObjectName(QStringLiteral("bundleUseLast"));
    m_useLast->hide();
    m_useFresh = new QRadioButton(tr("Get a &fresh test token now"), choices);
    m_useFresh->setObjectName(QStringLiteral("bundleFreshToken"));
    m_useFresh->setToolTip(tr("A new \"Get test token\" for this client, made for the bundle"));
    m_useFresh->hide();
    auto *group = new QButtonGroup(this);
    group->addButton(m_useLast);
    group->addButton(m_useFresh);
    for (QRadioButton *radio : { m_useLast, m_useFresh }) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                choose();
        });
    }
    m_noSession = new QLabel(choices);
    m_noSession->setObjectName(QStringLiteral("bundleNoSession"));
    m_noSession->setWordWrap(true);
    m_noSession->hide();
    m_signInButton = new QPushButton(tr("Sign &in now…"), choices);
    m_signInButton->setObjectName(QStringLiteral("bundleSignIn"));
    m_signInButton->setToolTip(
        tr("Test sign-in in the system browser; the bundle then holds its exchanges"));
    m_signInButton->hide();
    connect(m_signInButton, &QPushButton::clicked, this, &SupportBundleDialog::signIn);
    m_copyLink = new QPushButton(
        QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy sign-in &link"), choices);
    m_copyLink->setObjectName(QStringLiteral("bundleCopySignInLink"));
    m_copyLink->setToolTip(
        tr("Open it in another browser (or a private window) if the default one is not right"));
    m_copyLink->hide();
    connect(m_copyLink, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_signInUrl.toString(QUrl::FullyEncoded)); });
    m_cancelSignIn = new QPushButton(tr("&Cancel sign-in"), choices);
    m_cancelSignIn->setObjectName(QStringLiteral("bundleCancelSignIn"));
    m_cancelSignIn->hide();
    connect(m_cancelSignIn, &QPushButton::clicked, this, [this] {
        if (m_signIn)
            m_signIn->cancel(); // finished() follows with what it sent so far
    });
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signInButton);
    signInRow->addWidget(m_copyLink);
    signInRow->addWidget(m_cancelSignIn);
    signInRow->addStretch(1);
    auto *choiceLayout = new QVBoxLayout(choices);
    choiceLayout->addWidget(m_useLast);
    choiceLayout->addWidget(m_useFresh);
    choiceLayout->addWidget(m_noSession);
    choiceLayout->addLayout(signInRow);

    m_status = new QLabel(tr("Reading the client and running the doctor…"), this);
    m_status->setObjectName(QStringLiteral("bundleStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("bundleFiles"));
    m_files->setAccessibleName(tr("Files in the bundle"));
    m_files->setHeaderLabels({ tr("File"), tr("Size") });
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_files->header()->setStretchLastSection(false);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("bundlePreview"));
    m_preview->setAccessibleName(tr("The selected file, as it will be saved"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 2);
    split->setSizes({ 380, 580 });
    connect(m_files, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_preview->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("bundleSave"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &SupportBundleDialog::saveAsked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(choices);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(960, 620);
    collect();
}

// A sign-in still waiting stops with the dialog (its listener closes); what it would have
// remembered is dropped with it.
SupportBundleDialog::~SupportBundleDialog() = default;

void SupportBundleDialog::collect()
{
    m_bundle->gather(m_clientRowId)
        .then(
            this,
            [this](SupportBundleInput input) {
                m_base = std::move(input);
                m_last = m_bundle->lastSession(m_base->client);
                m_doctor->check(m_clientRowId, {}).then(this, [this](Result<DoctorReport> report) {
                    if (report)
                        m_report = report->toJson();
                    offerChoices();
                });
            },
            [this](const Error &e) {
                m_status->setText(e.message);
                Q_EMIT failed(e.message);
            });
}

void SupportBundleDialog::offerChoices()
{
    const bool interactive = isInteractive(m_base->client);
    if (m_last) {
        m_useLast->setText(tr("&Use the last session: %1 at %2 (%n exchange(s))", nullptr,
            int(m_last->exchanges.size() + m_last->browserSteps.size()))
                               .arg(m_last->kind, timeformat::time(m_last->finishedAt)));
        m_useLast->setToolTip(m_last->note);
        m_useLast->show();
    }
    m_useFresh->setVisible(!interactive);
    m_signInButton->setVisible(interactive);
    m_noSession->setVisible(interactive && !m_last);
    m_noSession->setText(
        tr("No sign-in has run for this client since OAuthDesk started: the bundle holds no "
           "exchanges unless you sign in now."));
    if (m_last)
        m_useLast->setChecked(true); // the session the admin saw: usually the one to send
    else if (!interactive)
        m_useFresh->setChecked(true);
    else
        use(noSession());
}

void SupportBundleDialog::choose()
{
    if (!m_base)
        return;
    if (m_useLast->isChecked() && m_last)
        use(*m_last);
    else if (m_useFresh->isChecked() && m_fresh)
        use(*m_fresh);
    else if (m_useFresh->isChecked())
        runFreshToken();
}

void SupportBundleDialog::runFreshToken()
{
    setBusy(true);
    m_status->setText(tr("Getting a test token…"));
    m_bundle->runTestSession(m_clientRowId).then(this, [this](Result<SessionRecord> session) {
        setBusy(false);
        if (session) {
            m_fresh = std::move(*session);
        } else {
            m_fresh = SessionRecord {};
            m_fresh->note = session.error().message;
        }
        if (m_useFresh->isChecked())
            use(*m_fresh);
    });
}

void SupportBundleDialog::signIn()
{
    TokenTests::Options options;
    options.remember = true; // like Test sign-in: the client's last session from now on
    options.openBrowser = signInBrowser(this, m_browserOpener); // as Test sign-in opens it
    setBusy(true);
    m_status->setText(tr("Starting the sign-in…"));
    m_workspace.tokenTests()
        .open(m_clientRowId, std::move(options))
        .then(
            this,
            [this](std::unique_ptr<TokenSession> owned) {
                m_signIn = std::move(owned); // an earlier one here finished long ago
                TokenSession *session = m_signIn.get();
                connect(session, &TokenSession::waitingForBrowser, this,
                    [this, session](const QUrl &url) {
                        m_signInUrl = url;
                        QString text = tr(
                            "Waiting for the browser: sign in there. OAuthDesk listens on %1 for its answer.")
                                           .arg(session->redirectUri().toString());
                        if (const QString hint = session->waitingHint(); !hint.isEmpty())
                            text += QLatin1Char(' ') + hint;
                        m_status->setText(text);
                        m_copyLink->show();
                        m_cancelSignIn->show();
                    });
                connect(session, &TokenSession::browserNotOpened, this,
                    [this](const QUrl &, const QString &why) {
                        m_status->setText(why.isEmpty()
                                ? tr(
                                    "No browser could be opened: copy the sign-in link and open it in a browser on this computer.")
                                : tr(
                                    "The browser could not be opened (%1): copy the sign-in link and open it in a browser on this "
                                    "computer.")
                                      .arg(why));
                    });
                connect(session, &TokenSession::exchanging, this, [this] {
                    m_status->setText(tr("The browser came back; exchanging the code…"));
                });
                connect(session, &TokenSession::finished, this,
                    [this, session](const TokenTestResult &result) {
                        signedIn(SessionRecord::of(*session, result));
                    });
                session->start();
            },
            [this](const Error &e) {
                setBusy(false);
                m_status->setText(e.message);
            });
}

SessionRecord SupportBundleDialog::noSession() const
{
    SessionRecord none;
    none.note = SupportBundle::noSignInNote(m_base->client);
    return none;
}

void SupportBundleDialog::signedIn(SessionRecord record)
{
    setBusy(false);
    m_copyLink->hide();
    m_cancelSignIn->hide();
    m_signInButton->setText(tr("Sign &in again…"));
    const bool wasChosen = m_useLast->isChecked();
    m_last = std::move(record);
    offerChoices(); // the new session is the last one, and chosen
    if (wasChosen)
        use(*m_last); // checked already: toggled() said nothing
}

void SupportBundleDialog::use(const SessionRecord &session)
{
    m_input = *m_base;
    m_input->session = session;
    m_input->doctorReport = m_report;
    gathered();
}

void SupportBundleDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy && m_input);
    m_signInButton->setEnabled(!busy);
    m_useLast->setEnabled(!busy);
    m_useFresh->setEnabled(!busy);
}

void SupportBundleDialog::gathered()
{
    m_files->clear();
    for (const SupportBundleFile &f : SupportBundle::files(*m_input)) {
        auto *item = new QTreeWidgetItem(
            m_files, { f.name, QLocale().formattedDataSize(f.content.size()) });
        item->setData(0, Qt::UserRole, QString::fromUtf8(f.content));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_files->topLevelItemCount() > 0) {
        // Open on the token request (else the first exchange): what a reader checks for secrets.
        QTreeWidgetItem *first = m_files->topLevelItem(0);
        bool token = false;
        for (int i = 0; i < m_files->topLevelItemCount() && !token; ++i) {
            QTreeWidgetItem *item = m_files->topLevelItem(i);
            if (!item->text(0).startsWith(QLatin1String("exchanges/")))
                continue;
            token = item->text(0).endsWith(QLatin1String("-token.txt"));
            if (token || first == m_files->topLevelItem(0))
                first = item;
        }
        m_files->setCurrentItem(first);
    }
    const SessionRecord &s = m_input->session;
    const QString session = s.finishedAt.isValid()
        ? tr("%1 at %2: %3").arg(s.kind, timeformat::time(s.finishedAt), s.note)
        : s.note;
    m_status->setText(
        tr("Test session: %1 Doctor: %2")
            .arg(session, m_input->doctorReport ? tr("report included.") : tr("not included.")));
    setBusy(m_busy);
    Q_EMIT ready();
}

QStringList SupportBundleDialog::fileNames() const
{
    QStringList out;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i)
        out << m_files->topLevelItem(i)->text(0);
    return out;
}

QString SupportBundleDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString SupportBundleDialog::statusText() const
{
    return m_status->text();
}

QList<SupportBundleFile> SupportBundleDialog::files() const
{
    return m_input ? SupportBundle::files(*m_input) : QList<SupportBundleFile> {};
}

void SupportBundleDialog::saveAsked()
{
    QString name = m_input->client.name.isEmpty() ? QStringLiteral("client") : m_input->client.name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save support bundle"),
        QDir::home().filePath(QStringLiteral("oauthdesk-support-%1.zip").arg(name)),
        tr("Zip files (*.zip)"));
    if (!path.isEmpty())
        saveTo(path);
}

void SupportBundleDialog::saveTo(const QString &path)
{
    if (!m_input)
        return;
    m_save->setEnabled(false);
    m_bundle->save(path, SupportBundle::zip(*m_input))
        .then(
            this,
            [this, path] {
                m_save->setEnabled(!m_busy);
                m_status->setText(tr("Saved to %1.").arg(path));
                Q_EMIT saved(path);
            },
            [this](const Error &e) {
                m_save->setEnabled(!m_busy);
                m_status->setText(e.message);
                Q_EMIT failed(e.message);
            });
}

} // namespace oauthdesk
