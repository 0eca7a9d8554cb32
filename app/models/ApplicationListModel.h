// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"

#include <QAbstractListModel>
#include <QHash>

namespace oauthdesk {

class ClientTableModel;

/// The left-hand list: "All clients" on top, then the applications by name, each with its
/// client count (kept up to date from the client table).
class ApplicationListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationListModel)

public:
    enum Role {
        ApplicationIdRole = Qt::UserRole + 1, ///< qint64; 0 for "All clients"
        DescriptionRole,
        ClientCountRole,
    };

    explicit ApplicationListModel(const ClientTableModel *clients, QObject *parent = nullptr);

    void setApplications(QList<Application> apps);
    void upsertApplication(const Application &app);
    void removeApplication(qint64 id);

    [[nodiscard]] const QList<Application> &applications() const { return m_apps; }
    [[nodiscard]] const Application *applicationById(qint64 id) const;
    [[nodiscard]] QModelIndex indexOfApplication(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void recount();
    void sortByName();

    const ClientTableModel *m_clients;
    QList<Application> m_apps;
    QHash<qint64, int> m_counts;
    int m_total = 0;
};

} // namespace oauthdesk
