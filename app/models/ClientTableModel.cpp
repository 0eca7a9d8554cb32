// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ClientTableModel.h"

#include "widgets/TimeFormat.h"

#include <QLocale>
#include <algorithm>
#include <climits>

namespace oauthdesk {

namespace {
QString searchKey(const OAuthClient &c)
{
    return c.name.toLower() + QLatin1Char('\n') + c.clientId.toLower();
}
} // namespace

ClientTableModel::ClientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClientTableModel::setClients(QList<OAuthClient> clients)
{
    beginResetModel();
    m_clients = std::move(clients);
    m_searchText.clear();
    m_searchText.reserve(m_clients.size());
    for (const auto &c : std::as_const(m_clients))
        m_searchText.append(searchKey(c));
    rebuildIndex();
    endResetModel();
}

void ClientTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_clients.size());
    for (int row = 0; row < m_clients.size(); ++row)
        m_rowById.insert(m_clients[row].id, row);
}

void ClientTableModel::upsertClients(const QList<OAuthClient> &clients)
{
    QList<OAuthClient> added;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    for (const auto &c : clients) {
        const auto it = m_rowById.constFind(c.id);
        if (it == m_rowById.cend()) {
            added.append(c);
            continue;
        }
        const int row = *it;
        m_clients[row] = c;
        m_searchText[row] = searchKey(c);
        firstChanged = std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    // One notification for the batch: listeners (the proxy, the application counts) do their
    // work once, not once per row.
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.isEmpty())
        return;
    const int first = int(m_clients.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (auto &c : added) {
        m_rowById.insert(c.id, int(m_clients.size()));
        m_searchText.append(searchKey(c));
        m_clients.append(std::move(c));
    }
    endInsertRows();
}

void ClientTableModel::removeClient(qint64 id)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return;
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_clients.removeAt(row);
    m_searchText.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void ClientTableModel::removeApplicationClients(qint64 applicationId)
{
    // Walk backwards so rows stay valid while removing contiguous runs.
    for (int row = int(m_clients.size()) - 1; row >= 0; --row) {
        if (m_clients[row].applicationId != applicationId)
            continue;
        int first = row;
        while (first > 0 && m_clients[first - 1].applicationId == applicationId)
            --first;
        beginRemoveRows({}, first, row);
        m_clients.remove(first, row - first + 1);
        m_searchText.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    rebuildIndex();
}

const OAuthClient *ClientTableModel::clientAt(int row) const
{
    if (row < 0 || row >= m_clients.size())
        return nullptr;
    return &m_clients[row];
}

const OAuthClient *ClientTableModel::clientById(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_clients[*it];
}

int ClientTableModel::countForApplication(qint64 applicationId) const
{
    int n = 0;
    for (const auto &c : m_clients)
        n += c.applicationId == applicationId ? 1 : 0;
    return n;
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OAuthClient &c = m_clients[index.row()];
    switch (role) {
    case ClientRowIdRole:
        return c.id;
    case ApplicationIdRole:
        return c.applicationId;
    case SearchTextRole:
        return m_searchText[index.row()];
    case StatusRole:
        return toWire(c.status);
    case SortRole:
        switch (Column(index.column())) {
        case ClientColumn:
            return c.name;
        case ClientIdColumn:
            return c.clientId;
        case GrantTypesColumn:
            return grantTypesToWire(c.grantTypes);
        case StatusColumn:
            return toWire(c.status);
        case CreatedColumn:
            return c.createdAt.toMSecsSinceEpoch();
        default:
            return c.id;
        }
    case GrantTypesRole: {
        QStringList names;
        for (GrantType g : c.grantTypes)
            names.append(displayName(g));
        return names;
    }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ClientColumn:
            return c.name;
        case ClientIdColumn:
            return c.clientId;
        case GrantTypesColumn:
            return grantTypesToWire(c.grantTypes);
        case StatusColumn:
            return displayName(c.status);
        case CreatedColumn:
            return timeformat::date(c.createdAt);
        case ActionsColumn:
        case ColumnCount:
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case ClientColumn:
            return c.description.isEmpty() ? QVariant(displayName(c.applicationType))
                                           : QVariant(c.description);
        case ClientIdColumn:
            return tr("Click the copy icon (or press Ctrl+C) to copy the client ID");
        case CreatedColumn:
            return timeformat::dateTime(c.createdAt);
        case ActionsColumn:
            return tr("View, edit or delete this client");
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == GrantTypesColumn)
            return data(index, GrantTypesRole).toStringList().join(QStringLiteral(", "));
        if (index.column() == ActionsColumn)
            return tr("Actions for %1").arg(c.name);
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ClientColumn:
        return tr("Client");
    case ClientIdColumn:
        return tr("Client ID");
    case GrantTypesColumn:
        return tr("Grant types");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case ActionsColumn:
        return tr("Actions");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace oauthdesk
