// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/KeyRotationDialog.h"

#include "usecases/Workspace.h"
#include "widgets/TimeFormat.h"
#include "widgets/Tones.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTextCursor>
#include <QVBoxLayout>

namespace oauthdesk {

KeyRotationDialog::KeyRotationDialog(Workspace &workspace, qint64 clientRowId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clientRowId(clientRowId)
    , m_rotation(std::make_unique<KeyRotation>(workspace))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_keys(new QLabel(this))
    , m_checksView(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_next(new QPushButton(tr("&Next step"), this))
    , m_abandon(new QPushButton(tr("&Abandon rotation"), this))
    , m_download(new QPushButton(tr("&Download JWKS…"), this))
    , m_subjectBox(new QGroupBox(tr("The new certificate's subject"), this))
    , m_newSubject(new QRadioButton(tr("&New subject:"), m_subjectBox))
    , m_sameSubject(new QRadioButton(m_subjectBox))
    , m_subject(new QLineEdit(m_subjectBox))
    , m_subjectNote(new QLabel(m_subjectBox))
    , m_saveCsr(new QPushButton(tr("Save &CSR…"), this))
    , m_importCert(new QPushButton(tr("&Import certificate…"), this))
{
    setObjectName(QStringLiteral("keyRotationDialog"));
    setWindowTitle(tr("Rotate key"));
    m_title->setObjectName(QStringLiteral("rotationTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_summary->setObjectName(QStringLiteral("rotationSummary"));
    m_summary->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("rotationSteps"));
    m_steps->setAccessibleName(tr("Rotation steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    for (int step = 1; step <= RotationState::kSteps; ++step)
        m_steps->addItem(QStringLiteral("%1. %2").arg(step).arg(RotationState::stepTitle(step)));
    // Exactly the six rows: what each step verified gets the room.
    m_steps->setFixedHeight(
        m_steps->sizeHintForRow(0) * RotationState::kSteps + 2 * m_steps->frameWidth() + 4);
    m_keys->setObjectName(QStringLiteral("rotationKeys"));
    m_keys->setWordWrap(true);
    m_keys->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checksView->setObjectName(QStringLiteral("rotationChecks"));
    m_checksView->setAccessibleName(tr("What each step verified"));
    m_checksView->setReadOnly(true);
    m_checksView->setPlaceholderText(tr("What each step verifies appears here."));
    m_error->setObjectName(QStringLiteral("rotationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(tones::labelStyle(tones::Tone::Bad, palette()));
    m_error->hide();
    m_next->setObjectName(QStringLiteral("rotationNextStep"));
    m_abandon->setObjectName(QStringLiteral("rotationAbandon"));
    m_download->setObjectName(QStringLiteral("rotationDownloadJwks"));
    m_download->hide();
    m_subjectBox->setObjectName(QStringLiteral("rotationSubjectBox"));
    m_newSubject->setObjectName(QStringLiteral("rotationNewSubject"));
    m_sameSubject->setObjectName(QStringLiteral("rotationSameSubject"));
    m_subject->setObjectName(QStringLiteral("rotationSubject"));
    m_subject->setAccessibleName(tr("New subject DN"));
    m_subjectNote->setObjectName(QStringLiteral("rotationSubjectNote"));
    m_subjectNote->setWordWrap(true);
    m_newSubject->setChecked(true);
    auto *subjectLayout = new QVBoxLayout(m_subjectBox);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newSubject);
    newRow->addWidget(m_subject, 1);
    subjectLayout->addLayout(newRow);
    subjectLayout->addWidget(m_sameSubject);
    subjectLayout->addWidget(m_subjectNote);
    m_subjectBox->hide();
    auto subjectChanged = [this] {
        m_subject->setEnabled(m_newSubject->isChecked());
        if (m_state)
            showSubjectChoice(*m_state);
    };
    connect(m_newSubject, &QRadioButton::toggled, this, subjectChanged);
    m_saveCsr->setObjectName(QStringLiteral("rotationSaveCsr"));
    m_importCert->setObjectName(QStringLiteral("rotationImportCertificate"));
    m_saveCsr->hide();
    m_importCert->hide();

    auto *checksLabel = new QLabel(tr("&Verified:"), this);
    checksLabel->setBuddy(m_checksView);
    auto *stepsLabel = new QLabel(tr("&Steps:"), this);
    stepsLabel->setBuddy(m_steps);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveCsr, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importCert, QDialogButtonBox::ActionRole);
    buttons->addButton(m_download, QDialogButtonBox::ActionRole);
    buttons->addButton(m_abandon, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_next, &QPushButton::clicked, this, &KeyRotationDialog::nextStep);
    connect(m_abandon, &QPushButton::clicked, this, &KeyRotationDialog::abandonRotation);
    connect(m_download, &QPushButton::clicked, this, &KeyRotationDialog::downloadJwks);
    connect(m_saveCsr, &QPushButton::clicked, this, &KeyRotationDialog::saveCsr);
    connect(m_importCert, &QPushButton::clicked, this, &KeyRotationDialog::importCertificate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps);
    layout->addWidget(m_keys);
    layout->addWidget(m_subjectBox);
    layout->addWidget(checksLabel);
    layout->addWidget(m_checksView, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 560);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove the old key"), question) == QMessageBox::Yes;
    };
    reload();
}

KeyRotationDialog::~KeyRotationDialog() = default;

void KeyRotationDialog::setRemovalConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void KeyRotationDialog::setBusy(bool busy, const QString &what)
{
    m_next->setEnabled(!busy && m_state && !m_state->finished());
    m_abandon->setEnabled(!busy && m_state && m_state->inProgress && m_state->nextStep < 5);
    m_download->setEnabled(!busy);
    m_saveCsr->setEnabled(!busy);
    m_importCert->setEnabled(!busy);
    m_subjectBox->setEnabled(!busy);
    if (busy) {
        m_error->hide();
        m_summary->setText(what);
    }
}

void KeyRotationDialog::reload()
{
    setBusy(true, tr("Reading the rotation's state (the AS is asked what it has registered)…"));
    m_rotation->state(m_clientRowId).then(this, [this](Result<RotationState> s) {
        if (!s) {
            showError(s.error().message);
            return;
        }
        showState(*s);
    });
}

void KeyRotationDialog::nextStep()
{
    if (!m_state)
        return;
    const int step = m_state->nextStep;
    bool confirmed = false;
    if (step == RotationState::kSteps) {
        confirmed = m_confirm
            && m_confirm(
                tr("Remove the old key (kid %1) from the keychain and delete its record? This "
                   "cannot be undone.")
                    .arg(m_state->oldKey ? m_state->oldKey->kid : QString()));
        if (!confirmed)
            return;
    }
    RotationOptions options;
    options.removalConfirmed = confirmed;
    if (m_state->kind == RotationKind::TlsClientAuth && !m_state->inProgress && step == 1)
        options.subjectDn
            = keepsOldSubject() && m_state->oldKey ? m_state->oldKey->subjectDn : m_subject->text();
    setBusy(true, tr("Step %1: %2…").arg(step).arg(m_state->title(step)));
    m_rotation->advance(m_clientRowId, options).then(this, [this](Result<RotationState> s) {
        if (!s) {
            // The state as it stands (nothing half-done is assumed), with the error under it.
            const QString message = s.error().message;
            m_rotation->state(m_clientRowId).then(this, [this, message](Result<RotationState> now) {
                if (now)
                    showState(*now);
                showError(message);
            });
            return;
        }
        m_checks += s->checks;
        showState(*s);
    });
}

void KeyRotationDialog::abandonRotation()
{
    if (!m_state || !m_state->inProgress)
        return;
    setBusy(true, tr("Abandoning: removing the new key…"));
    m_rotation->abandon(m_clientRowId).then(this, [this](Result<RotationState> s) {
        if (!s) {
            showError(s.error().message);
            return;
        }
        m_checks.clear();
        showState(*s);
    });
}

bool KeyRotationDialog::saveJwksTo(const QString &path)
{
    if (!m_state || m_state->jwksFile.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_state->jwksFile) < 0 || !file.commit()) {
        showError(tr("The JWKS file could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void KeyRotationDialog::downloadJwks()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the JWKS file for the jwks_uri host"),
            QStringLiteral("jwks.json"), tr("JWK Set (*.json)"));
    if (!path.isEmpty() && saveJwksTo(path))
        m_summary->setText(m_summary->text() + QLatin1Char('\n')
            + tr("Saved to %1: publish it at the jwks_uri host, then press Next step.").arg(path));
}

void KeyRotationDialog::showState(const RotationState &state)
{
    m_state = state;
    m_title->setText(tr("Rotate the key of \"%1\"").arg(state.clientName));
    QString summary = state.summary();
    if (!state.asNote.isEmpty())
        summary += QLatin1Char('\n') + state.asNote;
    for (const QString &w : state.warnings)
        summary += QLatin1Char('\n') + w;
    m_summary->setText(summary);
    m_error->hide();
    const int current = state.finished() ? RotationState::kSteps + 1 : state.nextStep;
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        const int step = i + 1;
        const bool done = step < current;
        const bool isCurrent = step == current;
        item->setText(QStringLiteral("%1 %2. %3")
                          .arg(done           ? QStringLiteral("✔")
                                  : isCurrent ? QStringLiteral("▶")
                                              : QStringLiteral("  "))
                          .arg(step)
                          .arg(state.title(step)));
        QFont f = item->font();
        f.setBold(isCurrent);
        item->setFont(f);
        item->setBackground(isCurrent ? palette().highlight() : QBrush());
        item->setForeground(isCurrent ? palette().highlightedText()
                : done                ? palette().text()
                                      : palette().placeholderText());
        item->setData(Qt::AccessibleDescriptionRole,
            done            ? tr("done")
                : isCurrent ? tr("next")
                            : tr("to do"));
    }
    QStringList keys;
    const bool tls = state.kind == RotationKind::TlsClientAuth;
    auto certificate = [](const CertificateRecord &r) {
        if (r.certificatePem.isEmpty())
            return tr("subject %1, waiting for the CA's certificate").arg(r.subjectDn);
        return tr("serial %1, subject %2, valid until %3")
            .arg(r.serialNumber, r.subjectDn,
                r.notAfter ? timeformat::dateTimeShort(*r.notAfter) : tr("an unknown date"));
    };
    if (state.oldKey)
        keys.append(tls
                ? (state.inProgress ? tr("Old certificate: %1") : tr("Current certificate: %1"))
                      .arg(certificate(*state.oldKey))
                : tr("Current key: kid %1 (%2)")
                      .arg(state.oldKey->kid, toWire(state.oldKey->keyAlgorithm)));
    if (state.newKey)
        keys.append(tls ? tr("New certificate: %1").arg(certificate(*state.newKey))
                        : tr("New key: kid %1 (%2)")
                              .arg(state.newKey->kid, toWire(state.newKey->keyAlgorithm)));
    if (state.subjectDnAtAs)
        keys.append(tr("At the AS: subject %1")
                        .arg(state.subjectDnAtAs->isEmpty() ? tr("(none)") : *state.subjectDnAtAs));
    if (state.kidsAtAs)
        keys.append(
            tr("At the AS: %1")
                .arg(state.kidsAtAs->isEmpty() ? tr("no keys")
                                               : state.kidsAtAs->join(QStringLiteral(", "))));
    if (!state.jwksUri.isEmpty())
        keys.append(tr("jwks_uri: %1").arg(state.jwksUri.toString()));
    m_keys->setText(keys.join(QLatin1Char('\n')));
    QStringList lines;
    for (const RotationCheck &c : m_checks)
        lines.append(tr("%1 Step %2: %3")
                         .arg(c.caution     ? QStringLiteral("⚠")
                                 : c.passed ? QStringLiteral("✔")
                                            : QStringLiteral("✘"))
                         .arg(c.step)
                         .arg(c.text));
    m_checksView->setPlainText(lines.join(QLatin1Char('\n')));
    m_checksView->moveCursor(QTextCursor::End); // the last step's checks in view
    m_checksView->ensureCursorVisible();
    m_next->setText(
        state.inProgress || state.finished() ? tr("&Next step") : tr("&Start rotation"));
    m_download->setVisible(
        state.publication == RotationPublication::JwksFile && !state.jwksFile.isEmpty());
    const bool waitsForCa = tls && state.inProgress && state.nextStep == 1 && state.newKey
        && state.newKey->certificatePem.isEmpty();
    m_saveCsr->setVisible(waitsForCa);
    m_importCert->setVisible(waitsForCa);
    showSubjectChoice(state);
    setBusy(false);
    m_next->setEnabled(!state.finished());
    m_abandon->setEnabled(state.inProgress && state.nextStep < 5);
    Q_EMIT stateShown(true);
}

void KeyRotationDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_next->setEnabled(m_state && !m_state->finished());
    m_abandon->setEnabled(m_state && m_state->inProgress && m_state->nextStep < 5);
    m_download->setEnabled(true);
    if (!m_state)
        m_summary->setText(tr("The rotation's state could not be read."));
    Q_EMIT stateShown(false);
}

bool KeyRotationDialog::keepsOldSubject() const
{
    return m_sameSubject->isChecked();
}

void KeyRotationDialog::chooseSubject(bool keepOldSubject, const QString &subjectDn)
{
    (keepOldSubject ? m_sameSubject : m_newSubject)->setChecked(true);
    if (!keepOldSubject && !subjectDn.isEmpty())
        m_subject->setText(subjectDn);
}

void KeyRotationDialog::showSubjectChoice(const RotationState &state)
{
    const bool choosing = state.kind == RotationKind::TlsClientAuth && !state.inProgress
        && !state.finished() && state.oldKey;
    m_subjectBox->setVisible(choosing);
    if (!choosing)
        return;
    if (m_subject->text().isEmpty())
        m_subject->setText(state.proposedSubjectDn);
    m_sameSubject->setText(
        tr("&Same subject as the old certificate (%1)").arg(state.oldKey->subjectDn));
    const QString expiry = state.oldKey->notAfter
        ? timeformat::dateTimeShort(*state.oldKey->notAfter)
        : tr("an unknown date");
    m_subjectNote->setText(keepsOldSubject()
            ? tr("The AS matches the subject, not the key (RFC 8705 §2.1): nothing changes at the "
                 "AS, but it "
                 "cannot refuse the old certificate, which stays valid until it expires (%1) "
                 "unless the CA "
                 "revokes it.")
                  .arg(expiry)
            : tr("The AS holds one subject per client: step 3 registers the new one for a test "
                 "token and puts "
                 "the old one back, step 4 switches the AS and the client together, and from then "
                 "on the AS "
                 "refuses the old certificate (step 5 proves it)."));
    // The steps' titles follow the choice.
    for (int i = 0; i < m_steps->count(); ++i) {
        const int step = i + 1;
        QListWidgetItem *item = m_steps->item(i);
        item->setText(QStringLiteral("%1 %2. %3")
                          .arg(step == 1 ? QStringLiteral("▶") : QStringLiteral("  "))
                          .arg(step)
                          .arg(RotationState::stepTitle(step, state.kind, !keepsOldSubject())));
    }
}

bool KeyRotationDialog::saveCsrTo(const QString &path)
{
    if (!m_state || !m_state->newKey || m_state->newKey->csrPem.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_state->newKey->csrPem) < 0
        || !file.commit()) {
        showError(tr("The CSR could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void KeyRotationDialog::saveCsr()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the CSR for the CA"),
        QStringLiteral("rotation.csr.pem"), tr("Certificate request (*.pem *.csr)"));
    if (!path.isEmpty() && saveCsrTo(path))
        m_summary->setText(m_summary->text() + QLatin1Char('\n')
            + tr("Saved to %1: have the CA the AS trusts issue the certificate, then import it.")
                  .arg(path));
}

void KeyRotationDialog::importCertificateFrom(const QString &path)
{
    if (!m_state || !m_state->newKey)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    constexpr qint64 kMaxCertificateFile = 1024 * 1024;
    const QByteArray bytes = file.read(kMaxCertificateFile + 1);
    if (bytes.size() > kMaxCertificateFile) {
        showError(tr("%1 is larger than 1 MiB: that is not a certificate file.").arg(path));
        return;
    }
    setBusy(true, tr("Importing the certificate for the new key…"));
    m_workspace.certificates()
        .importCertificate(*m_state->newKey, bytes)
        .then(this, [this, path](Result<CertificateRecord> imported) {
            if (!imported) {
                showError(tr("The certificate in %1 was not imported: %2")
                              .arg(path, imported.error().message));
                return;
            }
            reload();
        });
}

void KeyRotationDialog::importCertificate()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import the CA's certificate for the new key"),
            QString(), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        importCertificateFrom(path);
}

} // namespace oauthdesk
