// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/OAuthClient.h"

#include <QAbstractTableModel>
#include <QHash>

namespace oauthdesk {

/// The portal's "OAuth Clients" table: one row per client, the columns the portal shows.
class ClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientTableModel)

public:
    enum Column {
        ClientColumn,
        ClientIdColumn,
        GrantTypesColumn,
        StatusColumn,
        CreatedColumn,
        ActionsColumn,
        ColumnCount
    };
    enum Role {
        ClientRowIdRole = Qt::UserRole + 1, ///< qint64 store id
        ApplicationIdRole, ///< qint64
        GrantTypesRole, ///< QStringList of display names, for badges
        SearchTextRole, ///< lower-cased "name\nclient id" for the filter
        SortRole, ///< raw value to sort by (timestamps, not their text)
        StatusRole, ///< the status's wire string (for the badge colour)
    };

    explicit ClientTableModel(QObject *parent = nullptr);

    void setClients(QList<OAuthClient> clients);
    /// Inserts new rows and updates known ones in place (store change notification).
    void upsertClients(const QList<OAuthClient> &clients);
    void removeClient(qint64 id);
    void removeApplicationClients(qint64 applicationId);

    [[nodiscard]] const OAuthClient *clientAt(int row) const;
    [[nodiscard]] const OAuthClient *clientById(qint64 id) const;
    /// Lower-cased "name\nclient id" of a row, precomputed for the search filter.
    [[nodiscard]] const QString &searchTextAt(int row) const { return m_searchText[row]; }
    [[nodiscard]] int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    [[nodiscard]] int countForApplication(qint64 applicationId) const;
    [[nodiscard]] const QList<OAuthClient> &clients() const { return m_clients; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuildIndex();

    QList<OAuthClient> m_clients;
    QList<QString> m_searchText; ///< parallel to m_clients, precomputed for fast filtering
    QHash<qint64, int> m_rowById;
};

} // namespace oauthdesk
