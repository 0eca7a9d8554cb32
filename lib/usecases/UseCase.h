// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Later.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

namespace oauthdesk {

class Workspace;

/// The base of every use case: it belongs to one Workspace (and dies with it), and is the
/// context of the service callbacks it waits for, so none outlives the parts it uses.
class UseCase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UseCase)

public:
    explicit UseCase(Workspace &workspace);

protected:
    [[nodiscard]] Workspace &workspace() const { return m_workspace; }

private:
    Workspace &m_workspace;
};

/// An object named by what an admin types: its row id, or one of @p names(item) (its exact
/// name; for clients also the client ID). One match, or NotFound / Conflict saying what to type
/// instead. @p what is the kind in plain words ("client", "environment").
template <typename T, typename Names>
[[nodiscard]] Result<T> pickByName(
    const QList<T> &items, const QString &wanted, Names names, const QString &what)
{
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        for (const T &item : items) {
            if (item.id == id)
                return item;
        }
    }
    QList<const T *> hits;
    for (const T &item : items) {
        if (names(item).contains(wanted))
            hits.append(&item);
    }
    if (hits.size() == 1)
        return *hits.constFirst();
    if (hits.isEmpty())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("oauthdesk::UseCase",
                "There is no %1 \"%2\". List them to see "
                "their names and ids.")
                .arg(what, wanted));
    QStringList ids;
    for (const T *item : hits)
        ids.append(QString::number(item->id));
    return fail(ErrorCode::Conflict,
        QCoreApplication::translate("oauthdesk::UseCase",
            "%1 %2s are called \"%3\"; name one by its id "
            "(%4).")
            .arg(hits.size())
            .arg(what, wanted, ids.join(QStringLiteral(", "))));
}

} // namespace oauthdesk
