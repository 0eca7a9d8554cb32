// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreInternal.h"

#include <QCoreApplication>

namespace oauthdesk::storedetail {

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Store)
};

} // namespace

std::unexpected<Error> sqlFailure(const QSqlError &e, const QString &what)
{
    const QString text = e.databaseText();
    if (text.contains(QLatin1String("UNIQUE constraint failed"))) {
        return fail(ErrorCode::Conflict,
            what + QLatin1Char(' ')
                + StoreText::tr("An entry with the same name or client ID "
                                "already exists; choose another."),
            e.text());
    }
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
        return fail(ErrorCode::InvalidInput,
            what + QLatin1Char(' ')
                + StoreText::tr("It refers to an application, environment "
                                "or certificate that no longer exists."),
            e.text());
    }
    if (text.contains(QLatin1String("CHECK constraint failed"))
        || text.contains(QLatin1String("NOT NULL constraint failed"))) {
        return fail(ErrorCode::InvalidInput,
            what + QLatin1Char(' ') + StoreText::tr("A required field is empty or invalid."),
            e.text());
    }
    return fail(ErrorCode::StoreUnavailable,
        what + QLatin1Char(' ')
            + StoreText::tr("The data file could not be written; check the disk has space and the "
                            "file is writable."),
        e.text());
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns take "" instead.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

qint64 toEpochMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
QDateTime fromEpochMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
QVariant optionalEpoch(const std::optional<QDateTime> &t)
{
    return t ? QVariant(toEpochMs(*t)) : QVariant(QMetaType(QMetaType::LongLong));
}
std::optional<QDateTime> optionalDate(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return fromEpochMs(v);
}
QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}
std::optional<qint64> optionalIdFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace oauthdesk::storedetail
