// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace oauthdesk {

/// Narrows the client table to one application and to a search text matched against the
/// client's name and client ID (case-insensitive substring).
class ClientFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientFilterModel)

public:
    explicit ClientFilterModel(QObject *parent = nullptr);

    void setApplicationFilter(std::optional<qint64> applicationId);
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<qint64> m_applicationId;
    QString m_search; ///< lower-cased, trimmed
};

} // namespace oauthdesk
