// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/ExpiryRadar.h"

#include <QDateTime>
#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace oauthdesk {

class Workspace;

/// The expiry radar (issue 15): everything that expires, soonest first, coloured by urgency
/// (red expired, orange within 14 days, yellow within 30 days), a "within" filter, and
/// "Export to calendar (.ics)…". It scans when opened; rescan() scans again.
class ExpiryRadarDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryRadarDialog)

public:
    explicit ExpiryRadarDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ExpiryRadarDialog() override;

    /// Scans again (as of now).
    void rescan();
    /// The filter: items within @p days (expired ones always), or everything (std::nullopt).
    void setWithinDays(std::optional<int> days);
    /// Writes the items shown to @p path as iCalendar (the export button asks for the path).
    void exportTo(const QString &path);

    // For tests: what a person sees.
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] const QList<ExpiryItem> &shownItems() const { return m_shown; }
    [[nodiscard]] QString statusText() const;
    /// The background an urgency is shown with.
    [[nodiscard]] static QColor colourFor(ExpiryItem::Urgency urgency);

Q_SIGNALS:
    void scanned();
    void exported(const QString &path);

private:
    enum Column {
        Expires,
        Days,
        Urgency,
        Kind,
        What,
        Application,
        Environment,
        UsedBy,
        ColumnCount
    };
    void showItems();
    void exportAsked();

    Workspace &m_workspace;
    std::unique_ptr<ExpiryRadar> m_radar;
    QList<ExpiryItem> m_items;
    QList<ExpiryItem> m_shown;
    QDateTime m_scannedAt;
    QComboBox *m_within = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_rescan = nullptr;
};

} // namespace oauthdesk
