// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ExpiryRadarDialog.h"

#include "usecases/Workspace.h"
#include "widgets/TimeFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace oauthdesk {

ExpiryRadarDialog::ExpiryRadarDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_radar(std::make_unique<ExpiryRadar>(workspace))
{
    setObjectName(QStringLiteral("expiryRadarDialog"));
    setWindowTitle(tr("Expiry radar"));

    auto *top = new QHBoxLayout;
    auto *withinLabel = new QLabel(tr("&Within:"), this);
    m_within = new QComboBox(this);
    m_within->setObjectName(QStringLiteral("expiryWithin"));
    m_within->setAccessibleName(tr("Show what expires within"));
    m_within->addItem(tr("Any time"), QVariant());
    m_within->addItem(tr("14 days"), 14);
    m_within->addItem(tr("30 days"), 30);
    m_within->addItem(tr("90 days"), 90);
    m_within->addItem(tr("1 year"), 365);
    withinLabel->setBuddy(m_within);
    m_status = new QLabel(tr("Scanning…"), this);
    m_status->setObjectName(QStringLiteral("expiryStatus"));
    top->addWidget(withinLabel);
    top->addWidget(m_within);
    top->addSpacing(12);
    top->addWidget(m_status, 1);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({ tr("Expires"), tr("Days left"), tr("Urgency"), tr("Kind"),
        tr("What"), tr("Application"), tr("Environment"), tr("Used by") });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("expiryTable"));
    m_table->setAccessibleName(tr("What expires, soonest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export to calendar (.ics)…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("expiryExport"));
    m_rescan = buttons->addButton(tr("&Scan again"), QDialogButtonBox::ActionRole);
    m_rescan->setObjectName(QStringLiteral("expiryRescan"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExpiryRadarDialog::exportAsked);
    connect(m_rescan, &QPushButton::clicked, this, &ExpiryRadarDialog::rescan);
    connect(m_within, &QComboBox::currentIndexChanged, this, &ExpiryRadarDialog::showItems);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 420);
    rescan();
}

ExpiryRadarDialog::~ExpiryRadarDialog() = default;

void ExpiryRadarDialog::rescan()
{
    m_status->setText(tr("Scanning…"));
    m_rescan->setEnabled(false);
    m_export->setEnabled(false);
    m_scannedAt = QDateTime::currentDateTimeUtc();
    m_radar->scan(m_scannedAt)
        .then(
            this,
            [this](QList<ExpiryItem> items) {
                m_items = std::move(items);
                m_rescan->setEnabled(true);
                showItems();
                Q_EMIT scanned();
            },
            [this](const Error &e) {
                m_rescan->setEnabled(true);
                m_status->setText(tr("The scan failed: %1").arg(e.message));
                Q_EMIT scanned();
            });
}

void ExpiryRadarDialog::setWithinDays(std::optional<int> days)
{
    const int i = days ? m_within->findData(*days) : 0;
    if (i >= 0) {
        m_within->setCurrentIndex(i);
        return;
    }
    m_within->addItem(*days == 1 ? tr("1 day") : tr("%1 days").arg(*days), *days);
    m_within->setCurrentIndex(m_within->count() - 1);
}

QColor ExpiryRadarDialog::colourFor(ExpiryItem::Urgency urgency)
{
    switch (urgency) {
    case ExpiryItem::Urgency::Expired:
        return QColor(0xf2, 0x9c, 0x9c); // red
    case ExpiryItem::Urgency::Within14Days:
        return QColor(0xfb, 0xc0, 0x7a); // orange
    case ExpiryItem::Urgency::Within30Days:
        return QColor(0xfa, 0xe8, 0x8a); // yellow
    case ExpiryItem::Urgency::Later:
        break;
    }
    return {};
}

QString ExpiryRadarDialog::statusText() const
{
    return m_status->text();
}

void ExpiryRadarDialog::showItems()
{
    const QVariant within = m_within->currentData();
    m_shown
        = within.isValid() ? ExpiryRadar::within(m_items, within.toInt(), m_scannedAt) : m_items;
    m_model->setRowCount(0);
    for (const ExpiryItem &item : std::as_const(m_shown)) {
        QList<QStandardItem *> row;
        const QString days = QLocale().toString(item.daysLeft);
        for (const QString &text : { timeformat::dateTimeShort(item.expiresAt), days,
                 ExpiryRadar::urgencyText(item.urgency), ExpiryRadar::kindText(item.kind),
                 item.what, item.application, item.environment, item.usedBy }) {
            auto *cell = new QStandardItem(text);
            cell->setToolTip(text);
            const QColor bg = colourFor(item.urgency);
            if (bg.isValid()) {
                cell->setBackground(bg);
                cell->setForeground(
                    QColor(Qt::black)); // readable on the light colours in a dark theme too
            }
            row.append(cell);
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    const qsizetype urgent = ExpiryRadar::urgentCount(m_shown);
    if (m_items.isEmpty())
        m_status->setText(tr("Nothing recorded expires."));
    else if (m_shown.isEmpty())
        m_status->setText(tr("Nothing expires in that time (%1 later).").arg(m_items.size()));
    else
        m_status->setText(
            tr("%1 shown; %2 expired or expiring within 14 days.").arg(m_shown.size()).arg(urgent));
    m_export->setEnabled(!m_shown.isEmpty());
}

void ExpiryRadarDialog::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to calendar"),
        QStringLiteral("oauthdesk-expiry.ics"), tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExpiryRadarDialog::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_radar->saveICalendar(path, m_shown, QDateTime::currentDateTimeUtc())
        .then(
            this,
            [this, path] {
                m_export->setEnabled(true);
                m_status->setText(
                    tr("Exported to %1 (%2 calendar events).").arg(path).arg(m_shown.size()));
                Q_EMIT exported(path);
            },
            [this](const Error &e) {
                m_export->setEnabled(true);
                m_status->setText(e.message);
            });
}

} // namespace oauthdesk
