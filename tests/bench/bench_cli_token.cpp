// SPDX-License-Identifier: GPL-3.0-or-later
// `oauthdesk-cli token` as a whole process (start, store read, keychain read, TLS, token request,
// JWKS fetch and signature check) against curl making the same token request with the secret on
// its command line, as a ratio in one run. Both are a new process and a new TLS connection each
// time; the runs alternate, so drift in machine load hits both sides alike. For where the time
// goes, three shorter CLI runs are timed too: process start (--version), start + store read
// (clients show), start + store + keychain read (clients secret).
// Run under tests/keychain/with-keyring.sh tests/live/with-as.sh (ctest does).
// Usage: bench_cli_token [--runs 20]
#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace oauthdesk::bench;

namespace {

struct Timed
{
    double ms = 0;
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

Timed timed(const QString &program, const QStringList &args, const QProcessEnvironment &env,
    const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (input.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    Timed r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ms = double(t.nsecsElapsed()) / 1e6;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void line(const char *what, const QList<double> &v)
{
    std::printf("  %-58s median %7.1f ms (min %.1f, max %.1f)\n", what, median(v),
        *std::min_element(v.begin(), v.end()), *std::max_element(v.begin(), v.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per side"),
        QStringLiteral("n"), QStringLiteral("20"));
    parser.addOption(runsOpt);
    parser.process(app);
    const int n = std::max(3, parser.value(runsOpt).toInt());
    const QString issuer = qEnvironmentVariable("OAUTHDESK_TEST_ISSUER");
    const QString ca = qEnvironmentVariable("OAUTHDESK_TEST_CA");
    if (issuer.isEmpty() || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        std::fputs(
            "bench_cli_token: run under tests/keychain/with-keyring.sh tests/live/with-as.sh\n",
            stderr);
        return 2;
    }
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), dir.path());
    const QString cli = QStringLiteral(OAUTHDESK_CLI_PATH);
    const QByteArray secret = "basic-secret-0123456789abcdef";
    const QString scopes = QStringLiteral("accounts:read payments:write");

    // The workspace a script would have: an environment (discovery cached) and the client.
    const QList<std::pair<QStringList, QByteArray>> setup {
        { { QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Bench") }, {} },
        { { QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Local AS"),
              QStringLiteral("--issuer"), issuer, QStringLiteral("--ca-bundle"), ca,
              QStringLiteral("--header"), QStringLiteral("X-Region=1") },
            {} },
        { { QStringLiteral("envs"), QStringLiteral("discover"), QStringLiteral("Local AS") }, {} },
        { { QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("basic"),
              QStringLiteral("--app"), QStringLiteral("Bench"), QStringLiteral("--env"),
              QStringLiteral("Local AS"), QStringLiteral("--client-id"),
              QStringLiteral("basic-client"), QStringLiteral("--scope"), scopes,
              QStringLiteral("--secret-stdin") },
            secret },
    };
    for (const auto &[args, input] : setup) {
        const Timed r = timed(cli, args, env, input);
        if (r.exit != 0) {
            std::fprintf(stderr, "bench_cli_token: oauthdesk-cli %s failed (%d): %s\n",
                qPrintable(args.join(QLatin1Char(' '))), r.exit, r.err.constData());
            return 1;
        }
    }

    const QStringList tokenArgs { QStringLiteral("token"), QStringLiteral("basic"),
        QStringLiteral("--format"), QStringLiteral("json") };
    const QString basic = QString::fromLatin1(QByteArray("basic-client:" + secret).toBase64());
    const QStringList curlArgs { QStringLiteral("-sS"), QStringLiteral("--cacert"), ca,
        QStringLiteral("-H"), QStringLiteral("Authorization: Basic ") + basic, QStringLiteral("-H"),
        QStringLiteral("X-Region: 1"), QStringLiteral("-d"),
        QStringLiteral("grant_type=client_credentials&scope=accounts%3Aread+payments%3Awrite"),
        issuer + QStringLiteral("/token") };
    // One of each first (page cache, the AS's own warm-up), not counted.
    if (timed(cli, tokenArgs, env).exit != 0
        || timed(QStringLiteral("curl"), curlArgs, env).exit != 0) {
        std::fputs("bench_cli_token: the warm-up token failed (is curl installed?)\n", stderr);
        return 1;
    }
    QList<double> ours, curl, start, storeRead, keychainRead;
    for (int i = 0; i < n; ++i) {
        const Timed c = timed(cli, tokenArgs, env);
        if (c.exit != 0 || !c.out.contains("\"ok\": true")
            || !c.out.contains("\"status\": \"valid\"") || c.out.contains(secret)) {
            std::fprintf(stderr, "bench_cli_token: oauthdesk-cli token failed (%d): %s%s\n", c.exit,
                c.out.constData(), c.err.constData());
            return 1;
        }
        ours.append(c.ms);
        const Timed k = timed(QStringLiteral("curl"), curlArgs, env);
        if (k.exit != 0 || !k.out.contains("access_token")) {
            std::fprintf(
                stderr, "bench_cli_token: curl failed (%d): %s\n", k.exit, k.err.constData());
            return 1;
        }
        curl.append(k.ms);
        start.append(timed(cli, { QStringLiteral("--version") }, env).ms);
        storeRead.append(timed(cli,
            { QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("basic"),
                QStringLiteral("--json") },
            env)
                             .ms);
        keychainRead.append(timed(cli,
            { QStringLiteral("clients"), QStringLiteral("secret"), QStringLiteral("basic"),
                QStringLiteral("--show-secret") },
            env)
                                .ms);
    }
    std::printf(
        "oauthdesk-cli token vs curl against the local AS, %d runs each (new process and TLS connection every run):\n",
        n);
    line("oauthdesk-cli token basic --format json (whole process)", ours);
    line("curl, the same token request, secret on its command line", curl);
    std::printf("  ratio oauthdesk-cli / curl: %.1fx\n", median(ours) / median(curl));
    std::printf("  where the CLI's time goes (medians, each its own process):\n");
    line("  start and exit (--version)", start);
    line("  + open the store, read the client (clients show)", storeRead);
    line("  + read the secret from the keychain (clients secret)", keychainRead);
    std::printf("  the rest (TLS, token request, JWKS fetch, signature check): ~%.1f ms\n",
        median(ours) - median(keychainRead));
    return 0;
}
