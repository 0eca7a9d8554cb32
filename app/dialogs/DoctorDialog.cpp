// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorDialog.h"

#include "usecases/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {

QIcon outcomeIcon(DoctorFinding::Outcome o)
{
    QColor colour;
    QString mark;
    switch (o) {
    case DoctorFinding::Outcome::Pass:
        colour = QColor(0x2e, 0x7d, 0x32);
        mark = QStringLiteral("✔");
        break;
    case DoctorFinding::Outcome::Warning:
        colour = QColor(0xef, 0x8f, 0x00);
        mark = QStringLiteral("!");
        break;
    case DoctorFinding::Outcome::Failure:
        colour = QColor(0xc6, 0x28, 0x28);
        mark = QStringLiteral("✘");
        break;
    case DoctorFinding::Outcome::Skipped:
        colour = QColor(0x9e, 0x9e, 0x9e);
        mark = QStringLiteral("–");
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(Qt::NoPen);
    p.drawEllipse(2, 2, 28, 28);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(20);
    p.setFont(f);
    p.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, mark);
    return QIcon(pixmap);
}

QString areaTitle(const QString &area)
{
    // The area ids are stable English keys; the screen shows them translated.
    if (area == doctorarea::environment)
        return DoctorDialog::tr("Environment");
    if (area == doctorarea::clientVsAs)
        return DoctorDialog::tr("Client vs AS");
    if (area == doctorarea::keys)
        return DoctorDialog::tr("Keys and certificates");
    if (area == doctorarea::secrets)
        return DoctorDialog::tr("Secrets");
    if (area == doctorarea::live)
        return DoctorDialog::tr("Live");
    return area;
}

DoctorFinding::Outcome worst(const QList<DoctorFinding> &findings)
{
    DoctorFinding::Outcome w = DoctorFinding::Outcome::Skipped; // all skipped: nothing was checked
    for (const DoctorFinding &f : findings) {
        if (f.outcome == DoctorFinding::Outcome::Failure)
            return f.outcome;
        if (f.outcome == DoctorFinding::Outcome::Warning)
            w = f.outcome;
        else if (f.outcome == DoctorFinding::Outcome::Pass && w == DoctorFinding::Outcome::Skipped)
            w = f.outcome;
    }
    return w;
}

} // namespace

DoctorDialog::DoctorDialog(Workspace &workspace, std::optional<qint64> clientId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clientId(clientId)
{
    setObjectName(QStringLiteral("doctorDialog"));
    setWindowTitle(clientId ? tr("Preflight doctor") : tr("Preflight doctor: every client"));
    m_doctor = new Doctor(workspace);
    m_doctor->setParent(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doctorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("doctorFindings"));
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Finding"), tr("Check") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setIconSize(QSize(16, 16));

    m_live = new QCheckBox(tr("Ask the AS for a &test token"), this);
    m_live->setObjectName(QStringLiteral("doctorLive"));
    m_live->setChecked(true);
    m_live->setToolTip(tr("The live check: a real token request (and its certificate binding)."));

    m_runAgain = new QPushButton(tr("&Run again"), this);
    m_runAgain->setObjectName(QStringLiteral("doctorRunAgain"));
    m_copy = new QPushButton(tr("&Copy report"), this);
    m_copy->setObjectName(QStringLiteral("doctorCopy"));
    m_save = new QPushButton(tr("&Save report…"), this);
    m_save->setObjectName(QStringLiteral("doctorSave"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runAgain, &QPushButton::clicked, this, &DoctorDialog::runAgain);
    connect(m_copy, &QPushButton::clicked, this, &DoctorDialog::copyReport);
    connect(m_save, &QPushButton::clicked, this, &DoctorDialog::saveReport);

    auto *row = new QHBoxLayout;
    row->addWidget(m_live);
    row->addStretch();
    row->addWidget(m_runAgain);
    row->addWidget(m_copy);
    row->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(860, 640);
    QTimer::singleShot(0, this, &DoctorDialog::runAgain);
}

void DoctorDialog::runAgain()
{
    if (m_running)
        return;
    m_running = true;
    m_runAgain->setEnabled(false);
    m_summary->setText(tr("Checking… (the doctor changes nothing)"));
    Doctor::Options options;
    options.live = m_live->isChecked();
    if (m_clientId) {
        m_doctor->check(*m_clientId, options)
            .then(
                this, [this](const DoctorReport &r) { showReports({ r }); },
                [this](const Error &e) { showError(e.message); });
    } else {
        m_doctor->checkAll(std::nullopt, options)
            .then(
                this, [this](const QList<DoctorReport> &r) { showReports(r); },
                [this](const Error &e) { showError(e.message); });
    }
}

void DoctorDialog::showError(const QString &message)
{
    m_running = false;
    m_runAgain->setEnabled(true);
    m_summary->setText(tr("The doctor could not run: %1").arg(message));
    Q_EMIT reportsShown();
}

void DoctorDialog::showReports(const QList<DoctorReport> &reports)
{
    m_running = false;
    m_runAgain->setEnabled(true);
    m_reports = reports;
    m_tree->clear();
    int pass = 0, warn = 0, failed = 0, skipped = 0;
    for (const DoctorReport &report : reports) {
        pass += report.count(DoctorFinding::Outcome::Pass);
        warn += report.count(DoctorFinding::Outcome::Warning);
        failed += report.count(DoctorFinding::Outcome::Failure);
        skipped += report.count(DoctorFinding::Outcome::Skipped);
        QTreeWidgetItem *parent = nullptr;
        if (reports.size() > 1) {
            parent = new QTreeWidgetItem(m_tree,
                { tr("%1 (%2)").arg(report.clientName,
                    report.environmentName.isEmpty() ? tr("no environment")
                                                     : report.environmentName) });
            parent->setIcon(0, outcomeIcon(worst(report.findings)));
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
        }
        for (const QString &area : DoctorReport::areas()) {
            QList<DoctorFinding> inArea;
            for (const DoctorFinding &f : report.findings) {
                if (f.area == area)
                    inArea.append(f);
            }
            if (inArea.isEmpty())
                continue;
            auto *areaItem = parent ? new QTreeWidgetItem(parent, { areaTitle(area) })
                                    : new QTreeWidgetItem(m_tree, { areaTitle(area) });
            areaItem->setIcon(0, outcomeIcon(worst(inArea)));
            QFont bold = areaItem->font(0);
            bold.setBold(true);
            areaItem->setFont(0, bold);
            for (const DoctorFinding &f : inArea) {
                auto *item = new QTreeWidgetItem(areaItem, { f.title, f.check });
                item->setIcon(0, outcomeIcon(f.outcome));
                item->setData(0, Qt::UserRole, f.check);
                item->setToolTip(0, f.detail);
                if (f.outcome != DoctorFinding::Outcome::Pass && !f.detail.isEmpty()) {
                    auto *detail = new QTreeWidgetItem(item, { f.detail });
                    detail->setToolTip(0, f.detail); // long details are elided in the row
                }
                if (f.outcome != DoctorFinding::Outcome::Pass && !f.fix.isEmpty()) {
                    auto *fix = new QTreeWidgetItem(item, { tr("Fix: %1").arg(f.fix) });
                    fix->setToolTip(0, f.fix);
                    QFont italic = fix->font(0);
                    italic.setItalic(true);
                    fix->setFont(0, italic);
                }
                if (f.outcome == DoctorFinding::Outcome::Failure
                    || f.outcome == DoctorFinding::Outcome::Warning)
                    item->setExpanded(true);
            }
            areaItem->setExpanded(true);
        }
        if (parent)
            parent->setExpanded(true);
    }
    m_summary->setText(tr("%n client(s) checked: %1 passed, %2 warning(s), %3 failed, %4 skipped.",
        nullptr, int(reports.size()))
                           .arg(pass)
                           .arg(warn)
                           .arg(failed)
                           .arg(skipped));
    Q_EMIT reportsShown();
}

QString DoctorDialog::reportText() const
{
    QStringList texts;
    for (const DoctorReport &r : m_reports)
        texts.append(r.toText());
    return texts.join(QStringLiteral("\n"));
}

void DoctorDialog::copyReport()
{
    QApplication::clipboard()->setText(reportText());
    m_summary->setText(tr("Report copied."));
}

QString DoctorDialog::saveReportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        QJsonArray list;
        for (const DoctorReport &r : m_reports)
            list.append(r.toJson());
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("reports"), list } }).toJson());
    } else {
        file.write(reportText().toUtf8());
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

void DoctorDialog::saveReport()
{
    auto *dialog
        = new QFileDialog(this, tr("Save report"), QString(), tr("JSON (*.json);;Text (*.txt)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(QStringLiteral("doctor-report.json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString problem = saveReportTo(path);
        m_summary->setText(problem.isEmpty() ? tr("Report saved to %1.").arg(path)
                                             : tr("Could not save %1: %2").arg(path, problem));
    });
    dialog->open();
}

} // namespace oauthdesk
