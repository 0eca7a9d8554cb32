// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SupportBundleDialog.h"

#include "usecases/Doctor.h"
#include "usecases/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
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
           "fresh test token, the doctor's report, the client's configuration, the "
           "authorization server's metadata, and the versions of OAuthDesk, Qt, OpenSSL and "
           "the operating system.<br><b>Every secret, token, assertion signature and "
           "Authorization header is redacted</b>; JWTs keep their header and claims. Private "
           "keys are never included."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    m_status = new QLabel(tr("Getting a test token and running the doctor…"), this);
    m_status->setObjectName(QStringLiteral("bundleStatus"));
    m_status->setWordWrap(true);

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
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(960, 560);
    collect();
}

SupportBundleDialog::~SupportBundleDialog() = default;

void SupportBundleDialog::collect()
{
    m_bundle->runTestSession(m_clientRowId).then(this, [this](Result<SessionRecord> session) {
        if (session)
            m_session = std::move(*session);
        else
            m_session.note = session.error().message;
        m_status->setText(tr("Test session: %1 Running the doctor…").arg(m_session.note));
        m_doctor->check(m_clientRowId, {}).then(this, [this](Result<DoctorReport> report) {
            if (report)
                m_report = report->toJson();
            m_bundle->gather(m_clientRowId)
                .then(
                    this,
                    [this](SupportBundleInput input) {
                        input.session = std::move(m_session);
                        input.doctorReport = m_report;
                        m_input = std::move(input);
                        gathered();
                    },
                    [this](const Error &e) {
                        m_status->setText(e.message);
                        Q_EMIT failed(e.message);
                    });
        });
    });
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
    m_status->setText(
        tr("Test session: %1 Doctor: %2")
            .arg(m_input->session.note,
                m_input->doctorReport ? tr("report included.") : tr("not included.")));
    m_save->setEnabled(true);
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
                m_save->setEnabled(true);
                m_status->setText(tr("Saved to %1.").arg(path));
                Q_EMIT saved(path);
            },
            [this](const Error &e) {
                m_save->setEnabled(true);
                m_status->setText(e.message);
                Q_EMIT failed(e.message);
            });
}

} // namespace oauthdesk
