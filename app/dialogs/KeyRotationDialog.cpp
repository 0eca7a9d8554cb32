// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/KeyRotationDialog.h"

#include "usecases/Workspace.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
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
    m_steps->setMinimumHeight(m_steps->sizeHintForRow(0) * (RotationState::kSteps + 1));
    m_keys->setObjectName(QStringLiteral("rotationKeys"));
    m_keys->setWordWrap(true);
    m_keys->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checksView->setObjectName(QStringLiteral("rotationChecks"));
    m_checksView->setAccessibleName(tr("What each step verified"));
    m_checksView->setReadOnly(true);
    m_checksView->setPlaceholderText(tr("What each step verifies appears here."));
    m_error->setObjectName(QStringLiteral("rotationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_next->setObjectName(QStringLiteral("rotationNextStep"));
    m_abandon->setObjectName(QStringLiteral("rotationAbandon"));
    m_download->setObjectName(QStringLiteral("rotationDownloadJwks"));
    m_download->hide();

    auto *checksLabel = new QLabel(tr("&Verified:"), this);
    checksLabel->setBuddy(m_checksView);
    auto *stepsLabel = new QLabel(tr("&Steps:"), this);
    stepsLabel->setBuddy(m_steps);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_download, QDialogButtonBox::ActionRole);
    buttons->addButton(m_abandon, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_next, &QPushButton::clicked, this, &KeyRotationDialog::nextStep);
    connect(m_abandon, &QPushButton::clicked, this, &KeyRotationDialog::abandonRotation);
    connect(m_download, &QPushButton::clicked, this, &KeyRotationDialog::downloadJwks);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps);
    layout->addWidget(m_keys);
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
    setBusy(true, tr("Step %1: %2…").arg(step).arg(RotationState::stepTitle(step)));
    m_rotation->advance(m_clientRowId, confirmed).then(this, [this](Result<RotationState> s) {
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
                          .arg(RotationState::stepTitle(step)));
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
    if (state.oldKey)
        keys.append(tr("Current key: kid %1 (%2)")
                        .arg(state.oldKey->kid, toWire(state.oldKey->keyAlgorithm)));
    if (state.newKey)
        keys.append(
            tr("New key: kid %1 (%2)").arg(state.newKey->kid, toWire(state.newKey->keyAlgorithm)));
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
        lines.append(QStringLiteral("%1 %2: %3")
                         .arg(c.passed ? QStringLiteral("✔") : QStringLiteral("✘"),
                             RotationState::stepTitle(c.step), c.text));
    m_checksView->setPlainText(lines.join(QLatin1Char('\n')));
    m_next->setText(
        state.inProgress || state.finished() ? tr("&Next step") : tr("&Start rotation"));
    m_download->setVisible(
        state.publication == RotationPublication::JwksFile && !state.jwksFile.isEmpty());
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

} // namespace oauthdesk
