// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/PromoteDialog.h"

#include "usecases/Workspace.h"
#include "widgets/SecretClipboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {

struct KindLook
{
    QString marker;
    QString text;
    std::optional<QColor> colour;
};

// A sign AND a colour per kind, so the plan reads without colour too.
KindLook lookOf(PromotionItem::Kind kind)
{
    switch (kind) {
    case PromotionItem::Kind::Copied:
        return { QStringLiteral("="), PromoteDialog::tr("copied"), std::nullopt };
    case PromotionItem::Kind::Fresh:
        return { QStringLiteral("+"), PromoteDialog::tr("fresh"), QColor(0xd4, 0xf0, 0xd4) };
    case PromotionItem::Kind::NotCopied:
        return { QStringLiteral("–"), PromoteDialog::tr("not copied"), QColor(0xe4, 0xe4, 0xe4) };
    case PromotionItem::Kind::Warning:
        return { QStringLiteral("!"), PromoteDialog::tr("warning"), QColor(0xff, 0xe0, 0xa0) };
    case PromotionItem::Kind::Refused:
        return { QStringLiteral("✘"), PromoteDialog::tr("refused"), QColor(0xff, 0xc8, 0xc8) };
    }
    return {};
}

} // namespace

PromoteDialog::PromoteDialog(Workspace &workspace, const OAuthClient &client, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_promotion(std::make_unique<Promotion>(workspace))
{
    setObjectName(QStringLiteral("promoteDialog"));
    setWindowTitle(tr("Promote \"%1\"").arg(client.name));
    resize(900, 560);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetEnvironment"));
    m_target->setAccessibleName(tr("Target environment"));
    for (const Environment &e : workspace.environments().current()) {
        if (e.id != client.environmentId.value_or(0))
            m_target->addItem(e.name, e.id);
    }
    m_register = new QCheckBox(tr("Re&gister it at the target's authorization server"), this);
    m_register->setObjectName(QStringLiteral("registerAtAs"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client ID issued by the target AS"));
    m_clientId->setPlaceholderText(tr("the client ID the target AS issued"));

    auto *form = new QFormLayout;
    auto *targetLabel = new QLabel(tr("&Promote to:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    form->addRow(QString(), m_register);
    auto *idLabel = new QLabel(tr("&Client ID:"), this);
    idLabel->setBuddy(m_clientId);
    form->addRow(idLabel, m_clientId);

    m_plan = new QTableWidget(0, ColumnCount, this);
    m_plan->setObjectName(QStringLiteral("planTable"));
    m_plan->setAccessibleName(tr("Promotion plan"));
    m_plan->setHorizontalHeaderLabels(
        { QString(), tr("What"), tr("Setting"), tr("Value and what happens") });
    m_plan->verticalHeader()->hide();
    m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plan->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plan->setWordWrap(true);
    m_plan->horizontalHeader()->setSectionResizeMode(MarkerColumn, QHeaderView::ResizeToContents);
    m_plan->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_plan->horizontalHeader()->setSectionResizeMode(SettingColumn, QHeaderView::ResizeToContents);
    m_plan->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("newSecret"));
    m_secret->setAccessibleName(tr("New client secret, shown once"));
    m_secret->setReadOnly(true);
    m_secret->hide();
    m_copySecret = new QPushButton(tr("Cop&y secret"), this);
    m_copySecret->setObjectName(QStringLiteral("copyNewSecret"));
    m_copySecret->setToolTip(
        tr("Copies the new secret; the clipboard is cleared after 30 seconds."));
    m_copySecret->hide();
    connect(m_copySecret, &QPushButton::clicked, this,
        [this] { copySecretToClipboard(m_secret->text()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_promote = buttons->addButton(tr("P&romote"), QDialogButtonBox::AcceptRole);
    m_promote->setObjectName(QStringLiteral("promoteButton"));
    m_promote->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_promote, &QPushButton::clicked, this, &PromoteDialog::promote);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A new client with the same settings and fresh credentials: a new secret, new keys and "
           "CSRs, never this client's key or certificate. Nothing is made before Promote."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_status);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copySecret);
    layout->addLayout(secretRow);
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &PromoteDialog::makePlan);
    connect(m_register, &QCheckBox::toggled, this, &PromoteDialog::updateButton);
    connect(m_clientId, &QLineEdit::textChanged, this, &PromoteDialog::updateButton);
    makePlan();
}

PromoteDialog::~PromoteDialog() = default;

void PromoteDialog::makePlan()
{
    const int generation = ++m_generation;
    m_current.reset();
    m_plan->setRowCount(0);
    updateButton();
    const qint64 target = m_target->currentData().toLongLong();
    if (!target) {
        m_status->setText(tr(
            "There is no other environment to promote to: add one under Settings → Environments."));
        Q_EMIT planShown(false);
        return;
    }
    m_status->setText(tr("Checking what %1 supports…").arg(m_target->currentText()));
    m_promotion->plan(m_client.id, target)
        .then(this, [this, generation](Result<PromotionPlan> plan) {
            if (generation != m_generation)
                return;
            if (!plan) {
                m_status->setText(plan.error().message);
                Q_EMIT planShown(false);
                return;
            }
            showPlan(*plan);
            Q_EMIT planShown(true);
        });
}

void PromoteDialog::showPlan(const PromotionPlan &plan)
{
    m_current = plan;
    m_register->setText(tr("Re&gister it at %1's authorization server").arg(plan.target.name));
    m_register->setEnabled(plan.targetCanRegister);
    m_register->setChecked(plan.targetCanRegister);
    m_plan->setRowCount(0);
    for (PromotionItem::Kind kind : { PromotionItem::Kind::Refused, PromotionItem::Kind::Warning,
             PromotionItem::Kind::NotCopied, PromotionItem::Kind::Fresh,
             PromotionItem::Kind::Copied }) {
        const KindLook look = lookOf(kind);
        for (const PromotionItem &i : plan.itemsOf(kind)) {
            const int row = m_plan->rowCount();
            m_plan->insertRow(row);
            QString text = i.value;
            if (!i.text.isEmpty())
                text = text.isEmpty() ? i.text : text + QStringLiteral(" — ") + i.text;
            const QStringList cells { look.marker, look.text, i.label, text };
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setToolTip(cells.at(c));
                if (look.colour) {
                    item->setBackground(*look.colour);
                    item->setForeground(
                        QColor(Qt::black)); // the tints are light in a dark palette too
                }
                if (c == MarkerColumn)
                    item->setTextAlignment(Qt::AlignCenter);
                m_plan->setItem(row, c, item);
            }
        }
    }
    m_plan->resizeRowsToContents();
    const int refused = int(plan.itemsOf(PromotionItem::Kind::Refused).size());
    m_status->setText(refused
            ? tr("%n setting(s) refused by %1 (✘): change the client first; nothing will be made.",
                nullptr, refused)
                  .arg(plan.target.name)
            : tr("Ready: Promote creates \"%1\" in %2.").arg(plan.source.name, plan.target.name));
    updateButton();
}

void PromoteDialog::updateButton()
{
    const bool registering = m_register->isChecked() && m_register->isEnabled();
    m_clientId->setEnabled(!registering);
    m_promote->setEnabled(!m_busy && m_current && !m_current->blocked()
        && (registering || !m_clientId->text().trimmed().isEmpty()));
}

void PromoteDialog::reject()
{
    if (m_busy) {
        m_status->setText(
            tr("The promotion is still running. Wait until it has finished: closing now "
               "would stop it half-way and leave fresh keys behind."));
        return;
    }
    QDialog::reject();
}

void PromoteDialog::promote()
{
    if (!m_current || m_busy)
        return;
    PromoteOptions options;
    options.registerAtAs = m_register->isChecked() && m_register->isEnabled();
    options.clientId = m_clientId->text();
    m_busy = true;
    updateButton();
    m_target->setEnabled(false);
    m_status->setText(options.registerAtAs
            ? tr("Making fresh keys and registering at %1…").arg(m_current->target.name)
            : tr("Making fresh credentials…"));
    m_promotion->promote(*m_current, options).then(this, [this](Result<PromotionResult> r) {
        m_busy = false;
        if (!r) {
            m_target->setEnabled(true);
            m_status->setText(r.error().message);
            updateButton();
            Q_EMIT promoted(false);
            return;
        }
        QStringList lines { tr("✔ Created \"%1\" in %2, client ID %3.")
                                .arg(r->client.name, m_current->target.name, r->client.clientId) };
        if (r->signing)
            lines.append(tr("New signing key, kid %1.").arg(r->signing->kid));
        if (r->transport)
            lines.append(tr("New transport key for %1.").arg(r->transport->subjectDn));
        for (const QString &step : r->nextSteps)
            lines.append(tr("Next: %1").arg(step));
        m_status->setText(lines.join(QLatin1Char('\n')));
        if (!r->secretToShow.isEmpty()) {
            // Shown once, as the wizard's Done page does; it stays in the keychain.
            m_secret->setText(r->secretToShow.toUtf8String());
            m_secret->setToolTip(
                tr("The new client secret, shown once; it is stored in the keychain."));
            m_secret->show();
            m_copySecret->show();
            // Like a revealed secret: gone from the screen after 30 seconds (not from the
            // keychain).
            QTimer::singleShot(m_secretShownMs, this, [this] {
                m_secret->clear();
                m_secret->hide();
                m_copySecret->hide();
            });
        }
        m_promote->setEnabled(false);
        Q_EMIT promoted(true);
    });
}

} // namespace oauthdesk
