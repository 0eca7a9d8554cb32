// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oauthdesk {

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
QStringList listFromJson(const QVariant &v)
{
    QStringList out;
    const QByteArray raw = v.toString().toUtf8();
    if (raw.isEmpty() || raw == "[]")
        return out;
    const QJsonArray arr = QJsonDocument::fromJson(raw).array();
    out.reserve(arr.size());
    for (const auto &item : arr)
        out.append(item.toString());
    return out;
}

QString headersToJson(const QList<ExtraHeader> &headers)
{
    QJsonArray arr;
    for (const auto &h : headers) {
        QJsonArray choices;
        for (const auto &c : h.choices)
            choices.append(QJsonObject {
                { QStringLiteral("value"), c.value }, { QStringLiteral("label"), c.label } });
        arr.append(QJsonObject { { QStringLiteral("name"), h.name },
            { QStringLiteral("value"), h.value }, { QStringLiteral("choices"), choices } });
    }
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}
QList<ExtraHeader> headersFromJson(const QVariant &v)
{
    QList<ExtraHeader> out;
    const QJsonArray arr = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const auto &item : arr) {
        const QJsonObject o = item.toObject();
        ExtraHeader h { o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("value")).toString(), {} };
        const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
        for (const auto &c : choices) {
            const QJsonObject co = c.toObject();
            h.choices.append({ co.value(QLatin1String("value")).toString(),
                co.value(QLatin1String("label")).toString() });
        }
        out.append(std::move(h));
    }
    return out;
}

} // namespace oauthdesk
