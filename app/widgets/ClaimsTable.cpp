// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ClaimsTable.h"

#include "widgets/TimeFormat.h"
#include "widgets/Tones.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace oauthdesk {

namespace {

const QStringList kTimeClaims { QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nbf"),
    QStringLiteral("auth_time") };
const QStringList kRegisteredClaims { QStringLiteral("iss"), QStringLiteral("sub"),
    QStringLiteral("aud"), QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat"),
    QStringLiteral("jti"), QStringLiteral("client_id"), QStringLiteral("scope"),
    QStringLiteral("cnf"), QStringLiteral("auth_time"),
    // OpenID Connect Core §2, §5.1 (ID tokens and user claims)
    QStringLiteral("nonce"), QStringLiteral("at_hash"), QStringLiteral("c_hash"),
    QStringLiteral("azp"), QStringLiteral("acr"), QStringLiteral("amr"), QStringLiteral("sid"),
    QStringLiteral("name"), QStringLiteral("given_name"), QStringLiteral("family_name"),
    QStringLiteral("preferred_username"), QStringLiteral("email"), QStringLiteral("email_verified"),
    // RFC 7662 §2.2 (introspection answers)
    QStringLiteral("active"), QStringLiteral("username"), QStringLiteral("token_type") };

QString jsonValueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(
        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
            .toJson(QJsonDocument::Compact));
}

} // namespace

QString claimsTableHtml(const QJsonObject &o, bool markCustom)
{
    QString html = QStringLiteral("<table cellspacing=3>");
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString value = jsonValueText(it.value()).toHtmlEscaped();
        // Only plausible epoch seconds (years 1970–9999) are shown as dates: the JWT is untrusted.
        if (kTimeClaims.contains(it.key()) && it.value().isDouble() && it.value().toDouble() >= 0
            && it.value().toDouble() < 253402300800.0) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(qint64(it.value().toDouble()));
            value += QStringLiteral(" <span style='color:%2'>(%1)</span>")
                         .arg(timeformat::dateTime(t).toHtmlEscaped(),
                             tones::css(tones::Tone::Muted, QGuiApplication::palette()));
        }
        const bool custom = markCustom && !kRegisteredClaims.contains(it.key());
        html += QStringLiteral("<tr><td><code>%1</code>%2</td><td><code>%3</code></td></tr>")
                    .arg(it.key().toHtmlEscaped(),
                        custom
                            ? QStringLiteral(" <span style='color:%1'>custom</span>")
                                  .arg(tones::css(tones::Tone::Accent, QGuiApplication::palette()))
                            : QString(),
                        value);
    }
    return html + QStringLiteral("</table>");
}

} // namespace oauthdesk
