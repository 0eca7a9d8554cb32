// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/Discovery.h"

#include "policy/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oauthdesk {

QStringList scopesSupported(const QByteArray &discoveryDocument)
{
    QStringList out;
    if (discoveryDocument.isEmpty() || discoveryDocument.size() > 1024 * 1024)
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(discoveryDocument);
    const QJsonArray scopes = doc.object().value(QLatin1String("scopes_supported")).toArray();
    for (const auto &v : scopes) {
        const QString s = v.toString();
        if (!s.isEmpty() && !checkScope(s) && !out.contains(s))
            out.append(s);
    }
    return out;
}

} // namespace oauthdesk
