// SPDX-License-Identifier: GPL-3.0-or-later
// Repeated test-token requests against the local real AS (run under tests/live/with-as.sh):
// OAuthDesk's warm request (connection reused) versus curl doing the same request each time
// (new process, new TLS connection), as a ratio in one run, plus OAuthDesk's overhead above the
// AS's own processing time (the AS reports it in X-AS-Processing-Ms).
// Usage: with-as.sh bench_token [--requests 50]
#include "BenchStats.h"
#include "oauth/TokenClient.h"
#include "oauth/Transport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <algorithm>
#include <cstdio>

using namespace oauthdesk;
using namespace oauthdesk::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOpt(QStringLiteral("requests"),
        QStringLiteral("Requests per side"), QStringLiteral("n"), QStringLiteral("50"));
    parser.addOption(countOpt);
    parser.process(app);
    const int n = std::max(3, parser.value(countOpt).toInt());
    const QString issuer = qEnvironmentVariable("OAUTHDESK_TEST_ISSUER");
    const QString ca = qEnvironmentVariable("OAUTHDESK_TEST_CA");
    if (issuer.isEmpty()) {
        std::fputs("bench_token: run under tests/live/with-as.sh\n", stderr);
        return 2;
    }

    Transport transport;
    TokenRequest r;
    r.tokenEndpoint = QUrl(issuer + QStringLiteral("/token"));
    r.clientId = QStringLiteral("basic-client");
    r.authMethod = AuthMethod::ClientSecretBasic;
    r.clientSecret = std::make_shared<const SecretBytes>(
        SecretBytes::fromUtf8(QStringLiteral("basic-secret-0123456789abcdef")));
    r.scopes = { QStringLiteral("accounts:read"), QStringLiteral("payments:write") };
    r.extraHeaders = { { QStringLiteral("X-Region"), QStringLiteral("1"), {} } };
    r.caBundlePath = ca;

    QList<double> ours, asTime, overhead;
    for (int i = 0; i <= n; ++i) { // request 0 warms the connection up and is not counted
        bool done = false;
        QElapsedTimer t;
        t.start();
        std::optional<TokenOutcome> outcome;
        requestToken(&transport, r, &app, [&](TokenOutcome o) {
            outcome = std::move(o);
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!outcome->result) {
            std::fprintf(stderr, "bench_token: request failed: %s\n",
                qPrintable(outcome->result.error().message));
            return 1;
        }
        if (i == 0)
            continue;
        ours.append(ms);
        const double processing = outcome->exchange.responseHeader("X-AS-Processing-Ms").toDouble();
        asTime.append(processing);
        overhead.append(ms - processing);
    }

    QList<double> curl;
    const QString basic
        = QString::fromLatin1(QByteArray("basic-client:basic-secret-0123456789abcdef").toBase64());
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral("curl"),
            { QStringLiteral("-sS"), QStringLiteral("--cacert"), ca, QStringLiteral("-H"),
                QStringLiteral("Authorization: Basic ") + basic, QStringLiteral("-H"),
                QStringLiteral("X-Region: 1"), QStringLiteral("-d"),
                QStringLiteral(
                    "grant_type=client_credentials&scope=accounts%3Aread+payments%3Awrite"),
                r.tokenEndpoint.toString() });
        if (!p.waitForFinished(20000) || p.exitCode() != 0
            || !p.readAllStandardOutput().contains("access_token")) {
            std::fputs("bench_token: curl failed (is curl installed?)\n", stderr);
            return 1;
        }
        curl.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("test-token requests against the local AS, %d each:\n", n);
    std::printf("  OAuthDesk (warm, connection reused): median %.2f ms (min %.2f, max %.2f)\n",
        median(ours), *std::min_element(ours.begin(), ours.end()),
        *std::max_element(ours.begin(), ours.end()));
    std::printf(
        "  curl (new process and TLS connection each time): median %.2f ms\n", median(curl));
    std::printf("  ratio curl / OAuthDesk: %.1fx\n", median(curl) / median(ours));
    std::printf(
        "  AS processing (X-AS-Processing-Ms): median %.2f ms; OAuthDesk overhead above it: median %.2f ms\n",
        median(asTime), median(overhead));
    return 0;
}
