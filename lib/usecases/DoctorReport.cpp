// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's report as JSON (for CI pipelines) and as text (the CLI, "Copy report").
#include "usecases/Doctor.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oauthdesk {

namespace {

struct DoctorText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Doctor)
};

QString mark(DoctorFinding::Outcome o)
{
    switch (o) {
    case DoctorFinding::Outcome::Pass:
        return QStringLiteral("✔");
    case DoctorFinding::Outcome::Warning:
        return QStringLiteral("!");
    case DoctorFinding::Outcome::Failure:
        return QStringLiteral("✘");
    case DoctorFinding::Outcome::Skipped:
        break;
    }
    return QStringLiteral("–");
}

} // namespace

bool DoctorReport::failed() const
{
    return count(DoctorFinding::Outcome::Failure) > 0;
}

int DoctorReport::count(DoctorFinding::Outcome outcome) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
        [outcome](const DoctorFinding &f) { return f.outcome == outcome; }));
}

QStringList DoctorReport::areas()
{
    return { doctorarea::environment, doctorarea::clientVsAs, doctorarea::keys, doctorarea::secrets,
        doctorarea::live };
}

QString DoctorReport::outcomeName(DoctorFinding::Outcome outcome)
{
    switch (outcome) {
    case DoctorFinding::Outcome::Pass:
        return QStringLiteral("pass");
    case DoctorFinding::Outcome::Warning:
        return QStringLiteral("warning");
    case DoctorFinding::Outcome::Failure:
        return QStringLiteral("failure");
    case DoctorFinding::Outcome::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QJsonObject DoctorReport::toJson() const
{
    QJsonArray list;
    for (const DoctorFinding &f : findings) {
        QJsonObject o { { QStringLiteral("check"), f.check }, { QStringLiteral("area"), f.area },
            { QStringLiteral("outcome"), outcomeName(f.outcome) },
            { QStringLiteral("title"), f.title } };
        if (!f.detail.isEmpty())
            o.insert(QStringLiteral("detail"), f.detail);
        if (!f.fix.isEmpty())
            o.insert(QStringLiteral("fix"), f.fix);
        list.append(o);
    }
    return QJsonObject { { QStringLiteral("client_id"), clientId },
        { QStringLiteral("client"), clientName },
        { QStringLiteral("environment"), environmentName },
        { QStringLiteral("checked_at"), checkedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("failed"), failed() },
        { QStringLiteral("counts"),
            QJsonObject { { QStringLiteral("pass"), count(DoctorFinding::Outcome::Pass) },
                { QStringLiteral("warning"), count(DoctorFinding::Outcome::Warning) },
                { QStringLiteral("failure"), count(DoctorFinding::Outcome::Failure) },
                { QStringLiteral("skipped"), count(DoctorFinding::Outcome::Skipped) } } },
        { QStringLiteral("findings"), list } };
}

QString DoctorReport::toText() const
{
    QString out
        = DoctorText::tr("Doctor: %1 (#%2) in %3, %4")
              .arg(clientName)
              .arg(clientId)
              .arg(environmentName.isEmpty() ? DoctorText::tr("no environment") : environmentName,
                  checkedAt.toUTC().toString(Qt::ISODate))
        + QLatin1Char('\n');
    for (const QString &area : areas()) {
        bool header = false;
        for (const DoctorFinding &f : findings) {
            if (f.area != area)
                continue;
            if (!header) {
                out += QLatin1Char('\n')
                    + QCoreApplication::translate(
                        "oauthdesk::DoctorArea", area.toUtf8().constData())
                    + QLatin1Char('\n');
                header = true;
            }
            out += QStringLiteral("  ") + mark(f.outcome) + QLatin1Char(' ') + f.title
                + QStringLiteral("  [") + f.check + QStringLiteral("]\n");
            if (f.outcome != DoctorFinding::Outcome::Pass && !f.detail.isEmpty())
                out += QStringLiteral("      ") + f.detail + QLatin1Char('\n');
            if (f.outcome != DoctorFinding::Outcome::Pass && !f.fix.isEmpty())
                out += QStringLiteral("      ") + DoctorText::tr("Fix: %1").arg(f.fix)
                    + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n')
        + DoctorText::tr("%1 passed, %2 warning(s), %3 failed, %4 skipped.")
              .arg(count(DoctorFinding::Outcome::Pass))
              .arg(count(DoctorFinding::Outcome::Warning))
              .arg(count(DoctorFinding::Outcome::Failure))
              .arg(count(DoctorFinding::Outcome::Skipped))
        + QLatin1Char('\n');
    return out;
}

} // namespace oauthdesk
