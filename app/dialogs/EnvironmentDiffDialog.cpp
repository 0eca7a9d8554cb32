// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/EnvironmentDiffDialog.h"

#include "usecases/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {

// Colour AND a sign for each state (issue 15: readable for colour-blind users): amber for a
// difference, blue for a client on one side only. Light tints keep the text readable.
const QColor kDiffers(0xff, 0xe0, 0xa0);
const QColor kOneSide(0xc8, 0xdc, 0xff);

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

EnvironmentDiffDialog::EnvironmentDiffDialog(
    Workspace &workspace, qint64 applicationId, qint64 left, qint64 right, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_promotion(std::make_unique<Promotion>(workspace))
    , m_applicationId(applicationId)
{
    setObjectName(QStringLiteral("environmentDiffDialog"));
    setWindowTitle(tr("Compare environments"));
    resize(980, 560);

    m_left = new QComboBox(this);
    m_left->setObjectName(QStringLiteral("leftEnvironment"));
    m_left->setAccessibleName(tr("Left environment"));
    m_right = new QComboBox(this);
    m_right->setObjectName(QStringLiteral("rightEnvironment"));
    m_right->setAccessibleName(tr("Right environment"));
    m_application = new QComboBox(this);
    m_application->setObjectName(QStringLiteral("application"));
    m_application->setAccessibleName(tr("Application"));
    m_application->addItem(tr("All applications"), qint64(0));
    const QList<Environment> &envs = workspace.environments().current();
    for (const Environment &e : envs) {
        m_left->addItem(e.name, e.id);
        m_right->addItem(e.name, e.id);
    }
    const auto select = [](QComboBox *box, qint64 id, int fallback) {
        const int i = id ? box->findData(id) : -1;
        box->setCurrentIndex(i >= 0 ? i : std::min(fallback, box->count() - 1));
    };
    select(m_left, left, 0);
    select(m_right, right, 1);

    auto *pickers = new QHBoxLayout;
    auto *leftLabel = new QLabel(tr("&Left:"), this);
    leftLabel->setBuddy(m_left);
    auto *rightLabel = new QLabel(tr("&Right:"), this);
    rightLabel->setBuddy(m_right);
    auto *appLabel = new QLabel(tr("&Application:"), this);
    appLabel->setBuddy(m_application);
    pickers->addWidget(leftLabel);
    pickers->addWidget(m_left, 1);
    pickers->addSpacing(12);
    pickers->addWidget(rightLabel);
    pickers->addWidget(m_right, 1);
    pickers->addSpacing(12);
    pickers->addWidget(appLabel);
    pickers->addWidget(m_application, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setAccessibleName(tr("Differences"));
    m_table->setHorizontalHeaderLabels({ QString(), tr("Client / setting"), QString(), QString() });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(MarkerColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LeftColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RightColumn, QHeaderView::Stretch);

    auto *legend
        = new QLabel(tr("≠ differs   < only on the left   > only on the right   = the same"), this);
    legend->setObjectName(QStringLiteral("legend"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_left, &QComboBox::currentIndexChanged, this, &EnvironmentDiffDialog::compare);
    connect(m_right, &QComboBox::currentIndexChanged, this, &EnvironmentDiffDialog::compare);
    connect(m_application, &QComboBox::currentIndexChanged, this, &EnvironmentDiffDialog::compare);

    workspace.applications().list().then(this, [this](Result<QList<Application>> apps) {
        if (apps) {
            const QSignalBlocker block(m_application);
            for (const Application &a : *apps)
                m_application->addItem(a.name, a.id);
            const int i = m_application->findData(m_applicationId);
            m_application->setCurrentIndex(i >= 0 ? i : 0);
        }
        compare();
    });
}

EnvironmentDiffDialog::~EnvironmentDiffDialog() = default;

void EnvironmentDiffDialog::compare()
{
    const qint64 a = m_left->currentData().toLongLong();
    const qint64 b = m_right->currentData().toLongLong();
    m_table->setHorizontalHeaderLabels(
        { QString(), tr("Client / setting"), m_left->currentText(), m_right->currentText() });
    const int generation = ++m_generation;
    if (!a || !b || a == b) {
        m_table->setRowCount(0);
        m_diff.reset();
        m_status->setText(tr("Pick two different environments to compare."));
        Q_EMIT diffShown(false);
        return;
    }
    m_status->setText(tr("Comparing…"));
    m_promotion->diff(m_application->currentData().toLongLong(), a, b)
        .then(this, [this, generation](Result<EnvironmentDiff> d) {
            if (generation != m_generation)
                return; // the pickers changed meanwhile
            if (!d) {
                m_table->setRowCount(0);
                m_diff.reset();
                m_status->setText(d.error().message);
                Q_EMIT diffShown(false);
                return;
            }
            showDiff(*d);
            Q_EMIT diffShown(true);
        });
}

void EnvironmentDiffDialog::showDiff(const EnvironmentDiff &diff)
{
    m_diff = diff;
    m_table->setRowCount(0);
    const auto addRow = [this](const QString &marker, const QString &field, const QString &a,
                            const QString &b, std::optional<QColor> colour, bool title) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList texts { marker, field, a, b };
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *item = cell(texts.at(c));
            if (colour) {
                item->setBackground(*colour);
                item->setForeground(QColor(Qt::black)); // the tints are light in a dark palette too
            }
            if (title) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (c == MarkerColumn)
                item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, c, item);
        }
    };
    for (const ClientPairDiff &p : diff.pairs) {
        if (p.onlyInA()) {
            addRow(QStringLiteral("<"), p.name,
                p.a->clientId.isEmpty() ? tr("present") : p.a->clientId, tr("(missing)"), kOneSide,
                true);
            continue;
        }
        if (p.onlyInB()) {
            addRow(QStringLiteral(">"), p.name, tr("(missing)"),
                p.b->clientId.isEmpty() ? tr("present") : p.b->clientId, kOneSide, true);
            continue;
        }
        addRow(p.differs() ? QStringLiteral("≠") : QStringLiteral("="), p.name,
            p.differs() ? tr("%n difference(s)", nullptr, p.differenceCount()) : tr("the same"),
            QString(), p.differs() ? std::optional(kDiffers) : std::nullopt, true);
        for (const FieldDifference &f : p.fields) {
            const bool counts = f.differs && !f.informational;
            addRow(counts ? QStringLiteral("≠") : QString(), QStringLiteral("    ") + f.label, f.a,
                f.b, counts ? std::optional(kDiffers) : std::nullopt, false);
        }
    }
    if (diff.pairs.isEmpty())
        m_status->setText(tr("Neither %1 nor %2 has clients here.").arg(diff.a.name, diff.b.name));
    else if (diff.identical())
        m_status->setText(
            tr("%1 and %2 have the same clients with the same settings (client IDs always differ).")
                .arg(diff.a.name, diff.b.name));
    else
        m_status->setText(
            tr("%n client(s) differ between %1 and %2.", nullptr, diff.differingPairs())
                .arg(diff.a.name, diff.b.name));
}

} // namespace oauthdesk
