// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a reproducible OAuthDesk store for benchmarks and screenshots:
//   generate_store --data-dir DIR [--clients 10000] [--applications 100] [--seed 1]
// Every client is valid under lib/policy, so the store looks like a real one.
#include "policy/ApplicationTypePreset.h"
#include "policy/Validation.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace oauthdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dirOpt(QStringLiteral("data-dir"),
        QStringLiteral("Folder for oauthdesk.sqlite"), QStringLiteral("dir"));
    const QCommandLineOption clientsOpt(QStringLiteral("clients"),
        QStringLiteral("Number of clients"), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption appsOpt(QStringLiteral("applications"),
        QStringLiteral("Number of applications"), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed"),
        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({ dirOpt, clientsOpt, appsOpt, seedOpt });
    parser.process(app);
    if (!parser.isSet(dirOpt)) {
        std::fputs("generate_store: --data-dir is required\n", stderr);
        return 2;
    }
    const int clientCount = parser.value(clientsOpt).toInt();
    const int appCount = std::max(1, parser.value(appsOpt).toInt());
    QRandomGenerator rng(parser.value(seedOpt).toUInt());

    const QString path = Store::resolvePath(parser.value(dirOpt));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "generate_store: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store &store = **opened;
    QElapsedTimer timer;
    timer.start();

    static const char *const areas[]
        = { "Card issuing", "Payments hub", "Ledger", "Fraud screening", "Customer portal",
              "Mobile banking", "Reporting", "Settlement", "Onboarding", "Disputes" };
    static const char *const roles[]
        = { "billing-service", "statement-sync", "card-admin", "webhook-relay", "mobile-app",
              "partner-portal", "batch-export", "risk-engine", "support-desk", "kyc-checker" };
    Environment uat;
    uat.name = QStringLiteral("UAT");
    uat.issuer = QUrl(QStringLiteral("https://auth.uat.example.com"));
    uat.apiBaseUrl = QUrl(QStringLiteral("https://api.uat.example.com/v1"));
    uat.headers = { { QStringLiteral("X-Region"), QStringLiteral("1"),
        { { QStringLiteral("0"), QStringLiteral("Default") },
            { QStringLiteral("1"), QStringLiteral("EMEA") },
            { QStringLiteral("2"), QStringLiteral("APAC") } } } };
    Environment prod = uat;
    prod.name = QStringLiteral("Production");
    prod.issuer = QUrl(QStringLiteral("https://auth.example.com"));
    prod.apiBaseUrl = QUrl(QStringLiteral("https://api.example.com/v1"));
    prod.connectivity = Connectivity::MutualTls;
    auto savedUat = store.saveEnvironment(uat);
    auto savedProd = store.saveEnvironment(prod);
    if (!savedUat || !savedProd) {
        const Error &e = savedUat ? savedProd.error() : savedUat.error();
        std::fprintf(
            stderr, "generate_store: %s (%s)\n", qPrintable(e.message), qPrintable(e.detail));
        return 1;
    }
    QList<qint64> appIds;
    for (int i = 0; i < appCount; ++i) {
        Application a;
        a.name = QString::fromLatin1(areas[i % 10])
            + (i >= 10 ? QStringLiteral(" %1").arg(i / 10 + 1) : QString());
        a.description = QStringLiteral("Back-office system #%1").arg(i + 1);
        auto saved = store.saveApplication(a);
        if (!saved) {
            std::fprintf(stderr, "generate_store: %s\n", qPrintable(saved.error().message));
            return 1;
        }
        appIds.append(saved->id);
    }
    QList<OAuthClient> clients;
    clients.reserve(clientCount);
    const auto &presets = allPresets();
    for (int i = 0; i < clientCount; ++i) {
        OAuthClient c;
        const auto &preset = presets[int(rng.bounded(4))];
        c.applicationId = appIds[i % appIds.size()];
        c.environmentId = (i % 3 == 0) ? savedProd->id : savedUat->id;
        c.name = QString::fromLatin1(roles[rng.bounded(10)]) + QStringLiteral("-%1").arg(i + 1);
        c.clientId = QStringLiteral("c-%1-%2")
                         .arg(i + 1, 5, 10, QLatin1Char('0'))
                         .arg(rng.generate(), 8, 16, QLatin1Char('0'));
        c.applicationType = preset.type;
        c.grantTypes = preset.grantTypes;
        c.pkce = preset.pkce;
        c.authMethod = preset.defaultAuthMethod;
        if (preset.redirectRule == RedirectRule::LoopbackOrPrivateScheme)
            c.redirectUris = { QStringLiteral("http://127.0.0.1/callback") };
        else if (preset.redirectRule == RedirectRule::HttpsOnly)
            c.redirectUris = { QStringLiteral("https://app%1.example.com/callback").arg(i) };
        c.scopes = { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };
        if (c.grantTypes.contains(GrantType::RefreshToken))
            c.refreshTokenLifetimeSeconds = LifetimeBounds::refreshDefault;
        c.status = (i % 17 == 0) ? ClientStatus::Disabled : ClientStatus::Active;
        c.createdAt = QDateTime::currentDateTimeUtc().addSecs(-qint64(rng.bounded(86400 * 365)));
        if (const Problems p = validateClient(c); !p.isEmpty()) {
            std::fprintf(stderr, "generate_store: generated an invalid client: %s\n",
                qPrintable(p.first().message));
            return 1;
        }
        clients.append(std::move(c));
    }
    if (!clients.isEmpty()) {
        auto saved = store.saveClients(std::move(clients));
        if (!saved) {
            std::fprintf(stderr, "generate_store: %s\n", qPrintable(saved.error().message));
            return 1;
        }
    }
    std::printf("generate_store: %d clients in %d applications written to %s in %lld ms\n",
        clientCount, appCount, qPrintable(path), timer.elapsed());
    return 0;
}
