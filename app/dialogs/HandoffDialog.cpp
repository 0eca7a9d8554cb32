// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/HandoffDialog.h"

#include "usecases/Workspace.h"
#include "widgets/Tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {

bool secretBased(AuthMethod m)
{
    return m == AuthMethod::ClientSecretBasic || m == AuthMethod::ClientSecretPost;
}

} // namespace

HandoffDialog::HandoffDialog(const OAuthClient &client, Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_handoff(workspace)
{
    setObjectName(QStringLiteral("handoffDialog"));
    setWindowTitle(tr("Export for developers: %1").arg(client.name));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("A ready-to-run token request and sample API call for the tools %1's developers use. "
           "The private key is never included.")
            .arg(client.name.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("handoffFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(
        tr("Postman collection and environment (v2.1)"), toWire(HandoffFormat::Postman));
    m_format->addItem(tr("Bruno collection"), toWire(HandoffFormat::Bruno));
    m_format->addItem(
        tr(".http file (VS Code REST Client, JetBrains HTTP Client)"), toWire(HandoffFormat::Http));
    m_format->addItem(tr("Shell script with curl"), toWire(HandoffFormat::Curl));
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);

    m_apiPath = new QLineEdit(QStringLiteral("/"), this);
    m_apiPath->setObjectName(QStringLiteral("handoffApiPath"));
    m_apiPath->setAccessibleName(tr("Sample API call path"));
    m_apiPath->setPlaceholderText(tr("path under the environment's API base URL, e.g. /accounts"));
    auto *pathLabel = new QLabel(tr("Sample API &path:"), this);
    pathLabel->setBuddy(m_apiPath);
    form->addRow(pathLabel, m_apiPath);
    layout->addLayout(form);

    m_includeSecret = new QCheckBox(tr("&Include the client secret"), this);
    m_includeSecret->setObjectName(QStringLiteral("handoffIncludeSecret"));
    m_includeSecret->setEnabled(secretBased(client.authMethod));
    if (!secretBased(client.authMethod))
        m_includeSecret->setToolTip(tr("This client authenticates with %1: it has no secret.")
                                        .arg(toWire(client.authMethod)));
    layout->addWidget(m_includeSecret);
    m_secretWarning = new QLabel(
        tr("⚠ The files will contain the client secret, read from the keychain. Anyone with "
           "them can get tokens as this client: hand them over like a password, never "
           "by e-mail or in a repository."),
        this);
    m_secretWarning->setObjectName(QStringLiteral("handoffSecretWarning"));
    m_secretWarning->setWordWrap(true);
    m_secretWarning->setStyleSheet(tones::labelStyle(tones::Tone::Warning, palette()));
    m_secretWarning->setVisible(false);
    layout->addWidget(m_secretWarning);

    auto *fileRow = new QFormLayout;
    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("handoffFile"));
    m_file->setAccessibleName(tr("File shown"));
    auto *fileLabel = new QLabel(tr("Pre&view of:"), this);
    fileLabel->setBuddy(m_file);
    fileRow->addRow(fileLabel, m_file);
    layout->addLayout(fileRow);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("handoffPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumSize(640, 320);
    layout->addWidget(m_preview, 1);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("handoffNotes"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("handoffStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("handoffSave"));
    m_save->setEnabled(false);
    m_saveZip = buttons->addButton(tr("Save as &zip…"), QDialogButtonBox::ActionRole);
    m_saveZip->setObjectName(QStringLiteral("handoffSaveZip"));
    m_saveZip->setToolTip(tr("All files of the pack in one zip file, to attach or hand over."));
    m_saveZip->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &HandoffDialog::save);
    connect(m_saveZip, &QPushButton::clicked, this, &HandoffDialog::saveZip);
    layout->addWidget(buttons);

    m_chooser = [this](SaveAs kind, const QString &suggested,
                    std::function<void(const QString &)> answer) {
        const bool folder = kind == SaveAs::Folder;
        auto *fd = new QFileDialog(this,
            folder ? tr("Save the hand-off pack into a folder")
                   : (kind == SaveAs::Zip ? tr("Save the hand-off pack as a zip file")
                                          : tr("Save the hand-off pack")),
            QDir::home().filePath(suggested));
        fd->setAttribute(Qt::WA_DeleteOnClose);
        fd->setAcceptMode(folder ? QFileDialog::AcceptOpen : QFileDialog::AcceptSave);
        fd->setFileMode(folder ? QFileDialog::Directory : QFileDialog::AnyFile);
        if (folder)
            fd->setOption(QFileDialog::ShowDirsOnly);
        if (kind == SaveAs::Zip) {
            fd->setNameFilter(tr("Zip files (*.zip)"));
            fd->setDefaultSuffix(QStringLiteral("zip"));
        }
        connect(fd, &QFileDialog::fileSelected, this,
            [answer = std::move(answer)](const QString &path) { answer(path); });
        fd->open();
    };

    connect(m_format, &QComboBox::currentIndexChanged, this, &HandoffDialog::rebuild);
    connect(m_apiPath, &QLineEdit::editingFinished, this, &HandoffDialog::rebuild);
    connect(m_includeSecret, &QCheckBox::toggled, this, [this](bool on) {
        m_secretWarning->setVisible(on);
        rebuild();
    });
    connect(m_file, &QComboBox::currentIndexChanged, this, &HandoffDialog::showFile);
    rebuild();
}

void HandoffDialog::rebuild()
{
    const auto format = handoffFormatFromWire(m_format->currentData().toString());
    if (!format)
        return;
    HandoffOptions options;
    options.includeSecret = m_includeSecret->isChecked();
    options.apiPath = m_apiPath->text().trimmed();
    const int generation = ++m_generation;
    m_save->setEnabled(false);
    m_saveZip->setEnabled(false);
    setStatus(options.includeSecret ? tr("Reading the secret from the keychain…")
                                    : tr("Writing the pack…"),
        false);
    m_handoff.build(m_client, *format, options)
        .then(
            this,
            [this, generation](const HandoffPack &pack) {
                if (generation != m_generation)
                    return; // the admin changed a choice meanwhile: a newer pack is on its way
                m_pack = pack;
                const QSignalBlocker block(m_file);
                m_file->clear();
                for (const HandoffFile &f : m_pack.files)
                    m_file->addItem(f.path);
                m_file->setEnabled(m_pack.files.size() > 1);
                showFile(0);
                m_notes->setText(m_pack.notes.join(QLatin1Char('\n')));
                setStatus(QString(), false); // the notes say whether the secret is in it
                m_save->setEnabled(true);
                m_saveZip->setEnabled(true);
                Q_EMIT packBuilt(true);
            },
            [this, generation](const Error &e) {
                if (generation != m_generation)
                    return;
                m_pack = {};
                m_file->clear();
                m_preview->clear();
                m_notes->clear();
                setStatus(e.message, true);
                Q_EMIT packBuilt(false);
            });
}

void HandoffDialog::showFile(int index)
{
    if (index < 0 || index >= m_pack.files.size()) {
        m_preview->clear();
        return;
    }
    m_preview->setPlainText(QString::fromUtf8(m_pack.files.at(index).bytes));
}

void HandoffDialog::save()
{
    if (m_pack.files.isEmpty())
        return;
    const bool folder = m_pack.files.size() > 1;
    const HandoffPack pack = m_pack;
    m_chooser(folder ? SaveAs::Folder : SaveAs::File, pack.suggestedName,
        [this, pack](const QString &path) {
            auto written = Handoff::save(pack, path);
            if (!written) {
                setStatus(written.error().message, true);
                return;
            }
            setStatus(tr("Saved %n file(s) to %1.", nullptr, int(written->size()))
                          .arg(QDir::toNativeSeparators(path)),
                false);
            Q_EMIT saved(*written);
        });
}

void HandoffDialog::saveZip()
{
    if (m_pack.files.isEmpty())
        return;
    const HandoffPack pack = m_pack;
    m_chooser(SaveAs::Zip, Handoff::zipName(pack), [this, pack](const QString &path) {
        auto written = Handoff::saveZip(pack, path);
        if (!written) {
            setStatus(written.error().message, true);
            return;
        }
        setStatus(tr("Saved %n file(s) in one zip, %1.", nullptr, int(pack.files.size()))
                      .arg(QDir::toNativeSeparators(*written)),
            false);
        Q_EMIT saved({ *written });
    });
}

void HandoffDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? tones::labelStyle(tones::Tone::Bad, palette()) : QString());
}

} // namespace oauthdesk
