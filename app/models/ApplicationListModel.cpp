// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ApplicationListModel.h"

#include "models/ClientTableModel.h"

#include <algorithm>

namespace oauthdesk {

ApplicationListModel::ApplicationListModel(const ClientTableModel *clients, QObject *parent)
    : QAbstractListModel(parent)
    , m_clients(clients)
{
    connect(m_clients, &QAbstractItemModel::modelReset, this, &ApplicationListModel::recount);
    connect(m_clients, &QAbstractItemModel::rowsInserted, this, &ApplicationListModel::recount);
    connect(m_clients, &QAbstractItemModel::rowsRemoved, this, &ApplicationListModel::recount);
    connect(m_clients, &QAbstractItemModel::dataChanged, this, &ApplicationListModel::recount);
}

void ApplicationListModel::recount()
{
    m_counts.clear();
    for (const auto &c : m_clients->clients())
        ++m_counts[c.applicationId];
    m_total = int(m_clients->clients().size());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
            { ClientCountRole, Qt::DisplayRole, Qt::AccessibleTextRole });
}

void ApplicationListModel::sortByName()
{
    std::stable_sort(m_apps.begin(), m_apps.end(), [](const Application &a, const Application &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
}

void ApplicationListModel::setApplications(QList<Application> apps)
{
    beginResetModel();
    m_apps = std::move(apps);
    sortByName();
    endResetModel();
    recount();
}

void ApplicationListModel::upsertApplication(const Application &app)
{
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps[i].id == app.id) {
            // A rename may move it: a layout change keeps the selection on the same application.
            Q_EMIT layoutAboutToBeChanged();
            const QModelIndexList before = persistentIndexList();
            QList<qint64> ids;
            for (const auto &idx : before)
                ids.append(idx.data(ApplicationIdRole).toLongLong());
            m_apps[i] = app;
            sortByName();
            QModelIndexList after;
            for (qint64 id : ids)
                after.append(indexOfApplication(id));
            changePersistentIndexList(before, after);
            Q_EMIT layoutChanged();
            return;
        }
    }
    const auto pos = std::lower_bound(
        m_apps.begin(), m_apps.end(), app, [](const Application &a, const Application &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    const int row = int(pos - m_apps.begin());
    beginInsertRows({}, row + 1, row + 1);
    m_apps.insert(row, app);
    endInsertRows();
}

void ApplicationListModel::removeApplication(qint64 id)
{
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps[i].id == id) {
            beginRemoveRows({}, i + 1, i + 1);
            m_apps.removeAt(i);
            endRemoveRows();
            return;
        }
    }
}

const Application *ApplicationListModel::applicationById(qint64 id) const
{
    for (const auto &a : m_apps) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QModelIndex ApplicationListModel::indexOfApplication(qint64 id) const
{
    if (id == 0)
        return index(0);
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps[i].id == id)
            return index(i + 1);
    }
    return {};
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size()) + 1;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool all = index.row() == 0;
    const Application *app = all ? nullptr : &m_apps[index.row() - 1];
    const int count = all ? m_total : m_counts.value(app->id);
    switch (role) {
    case Qt::DisplayRole:
        return all ? tr("All clients") : app->name;
    case ApplicationIdRole:
        return all ? qint64(0) : app->id;
    case DescriptionRole:
        return all ? tr("Every client in every application") : app->description;
    case ClientCountRole:
        return count;
    case Qt::ToolTipRole:
        return all ? tr("Every client in every application")
                   : (app->description.isEmpty() ? app->name : app->description);
    case Qt::AccessibleTextRole:
        return tr("%1 (clients: %2)")
            .arg(all ? tr("All clients") : app->name, QString::number(count));
    default:
        return {};
    }
}

} // namespace oauthdesk
