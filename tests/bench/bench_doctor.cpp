// SPDX-License-Identifier: GPL-3.0-or-later
// The preflight doctor's speed (issue 15; goal under 1 s per client against the local AS): one
// client checked repeatedly, then every client of a seeded data folder (default 100) at once,
// with and without the live token check. Run under with-keyring.sh + with-as.sh. It asserts
// only correctness (each healthy client's report has no failure), never speed.
// Usage: bench_doctor [--clients 100] [--rounds 5]
#include "BenchStats.h"
#include "usecases/Doctor.h"
#include "usecases/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace oauthdesk;

namespace {

template <typename T> Result<T> await(Later<T> later, int ms = 600000)
{
    QObject context;
    std::optional<Result<T>> out;
    later.then(&context, [&out](Result<T> r) { out = std::move(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, ms);
    if (!out)
        return fail(ErrorCode::Timeout, QStringLiteral("no answer"));
    return std::move(*out);
}

[[noreturn]] void die(const char *what, const Error &e)
{
    std::fprintf(
        stderr, "bench_doctor: %s: %s %s\n", what, qPrintable(e.message), qPrintable(e.detail));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clientsOpt(QStringLiteral("clients"),
        QStringLiteral("Clients to seed"), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"),
        QStringLiteral("Single-client rounds"), QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(clientsOpt);
    parser.addOption(roundsOpt);
    parser.process(app);
    const int clients = std::max(1, parser.value(clientsOpt).toInt());
    const int rounds = std::max(1, parser.value(roundsOpt).toInt());
    if (qEnvironmentVariableIsEmpty("OAUTHDESK_TEST_ISSUER")
        || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::fputs("bench_doctor: run under tests/keychain/with-keyring.sh tests/live/with-as.sh\n",
            stderr);
        return 2;
    }
    QTemporaryDir dir;
    Workspace ws(QStringLiteral("io.github.oauthdesk.bench_doctor"), nullptr);
    if (auto opened = await(ws.open(dir.filePath(QStringLiteral("oauthdesk.sqlite")))); !opened)
        die("open", opened.error());
    auto application
        = await(ws.applications().save(Application { 0, QStringLiteral("Bench"), {}, {}, {} }));
    if (!application)
        die("application", application.error());
    Environment e;
    e.name = QStringLiteral("Live AS");
    e.issuer = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
    e.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
    auto env = await(ws.environments().save(e));
    if (!env)
        die("environment", env.error());
    // Registered at the AS (RFC 7591), as OAuthDesk registers clients: the doctor then also
    // reads each one back (RFC 7592) and knows its secret's expiry.
    auto refreshed = await(ws.environments().refreshDiscovery(env->id));
    if (!refreshed)
        die("discovery", refreshed.error());
    const Environment registeredAt = refreshed->environment;
    if (auto stored = await(ws.registrations().storeCredentials(registeredAt,
            std::make_shared<const SecretBytes>(
                SecretBytes::fromUtf8(qEnvironmentVariable("OAUTHDESK_TEST_IAT"))),
            std::nullopt));
        !stored)
        die("initial access token", stored.error());
    QElapsedTimer seeding;
    seeding.start();
    qint64 first = 0;
    for (int i = 0; i < clients; ++i) {
        OAuthClient c;
        c.applicationId = application->id;
        c.environmentId = env->id;
        c.name = QStringLiteral("bench-%1").arg(i);
        c.grantTypes = { GrantType::ClientCredentials };
        c.authMethod = AuthMethod::ClientSecretBasic;
        c.scopes = { QStringLiteral("accounts:read") };
        auto outcome = await(
            ws.registrations().registerClient(registeredAt, RegistrationInput { c, {}, {}, {} }));
        if (!outcome)
            die("register client", outcome.error());
        if (!outcome->client)
            die("register client", outcome->client.error());
        if (!first)
            first = outcome->client->id;
    }
    std::printf(
        "seeded %d clients in %lld ms\n", clients, static_cast<long long>(seeding.elapsed()));

    Doctor doctor(ws);
    int bad = 0;
    for (const bool live : { true, false }) {
        Doctor::Options o;
        o.live = live;
        QList<double> one;
        for (int i = 0; i <= rounds; ++i) { // round 0 warms the connection up and is not counted
            QElapsedTimer t;
            t.start();
            auto r = await(doctor.check(first, o));
            if (!r)
                die("check", r.error());
            bad += r->failed() ? 1 : 0;
            if (i > 0)
                one.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("doctor one client (%s): median %.1f ms, min %.1f, max %.1f over %d rounds\n",
            live ? "live" : "--no-live", bench::median(one),
            *std::min_element(one.cbegin(), one.cend()),
            *std::max_element(one.cbegin(), one.cend()), rounds);
        QElapsedTimer t;
        t.start();
        auto all = await(doctor.checkAll(std::nullopt, o));
        if (!all)
            die("checkAll", all.error());
        const double ms = double(t.nsecsElapsed()) / 1e6;
        for (const DoctorReport &r : *all)
            bad += r.failed() ? 1 : 0;
        std::printf(
            "doctor --all (%s): %lld clients in %.0f ms = %.1f ms per client (goal < 1000)\n",
            live ? "live" : "--no-live", static_cast<long long>(all->size()), ms,
            ms / double(std::max<qsizetype>(1, all->size())));
        if (all->size() != clients)
            bad += 1;
    }
    if (bad) {
        std::fprintf(
            stderr, "bench_doctor: %d report(s) had failures or clients were missing\n", bad);
        return 1;
    }
    return 0;
}
