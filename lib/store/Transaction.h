// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace oauthdesk {

/// RAII SQLite transaction: rolls back unless commit() succeeded (docs/architecture.md "Store").
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_active(db.transaction())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN itself failed (then nothing should be written).
    [[nodiscard]] bool isActive() const { return m_active; }

    [[nodiscard]] bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

} // namespace oauthdesk
