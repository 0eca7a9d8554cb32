// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ClientFilterModel.h"

#include "models/ClientTableModel.h"

namespace oauthdesk {

ClientFilterModel::ClientFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
    setSortRole(ClientTableModel::SortRole);
}

void ClientFilterModel::setApplicationFilter(std::optional<qint64> applicationId)
{
    if (m_applicationId == applicationId)
        return;
    m_applicationId = applicationId;
    invalidateRowsFilter();
}

void ClientFilterModel::setSearchText(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == m_search)
        return;
    m_search = key;
    invalidateRowsFilter();
}

bool ClientFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ClientTableModel::ClientColumn) {
        // The precomputed lower-case "name\nclient id": case-insensitive by name, ties broken by
        // client ID, without a QVariant per comparison (10,000 rows sort in a few ms).
        const auto *model = static_cast<const ClientTableModel *>(sourceModel());
        return model->searchTextAt(left.row()) < model->searchTextAt(right.row());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ClientFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const ClientTableModel *>(sourceModel());
    if (m_applicationId) {
        const auto *c = model->clientAt(sourceRow);
        if (!c || c->applicationId != *m_applicationId)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    // Precomputed lower-case "name\nclient id": one substring test per row, no allocation.
    return model->searchTextAt(sourceRow).contains(m_search);
}

} // namespace oauthdesk
