// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The clients the binding-check tests need, made as an admin would with the built oauthdesk-cli
// (a QProcess; secrets on stdin) in a fresh OAUTHDESK_DATA_DIR: an environment on the live AS,
// "bound" (self_signed_tls_client_auth with an EC P-256 transport key and a self-signed
// certificate, registered with tls_client_certificate_bound_access_tokens) and "plain"
// (basic-client, client_secret_basic, unbound tokens).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <optional>

namespace oauthdesk::test {

struct CliRun
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QByteArray why() const
    {
        return "exit " + QByteArray::number(exit) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

inline CliRun runCli(const QString &dataDir, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("OAUTHDESK_DATA_DIR"), dataDir);
    p.setProcessEnvironment(e);
    if (input.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(OAUTHDESK_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + p.readAllStandardError();
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Makes the environment and both clients; the first failing step's output, or nothing.
inline std::optional<QByteArray> setUpBindingClients(const QString &dataDir)
{
    const auto env = [](const char *name) { return qEnvironmentVariable(name); };
    const QList<std::pair<QStringList, QByteArray>> steps {
        { { QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Payments") }, {} },
        { { QStringLiteral("envs"), QStringLiteral("create"), QStringLiteral("Live AS"),
              QStringLiteral("--issuer"), env("OAUTHDESK_TEST_ISSUER"),
              QStringLiteral("--ca-bundle"), env("OAUTHDESK_TEST_CA"), QStringLiteral("--api-base"),
              env("OAUTHDESK_TEST_API") },
            {} },
        { { QStringLiteral("envs"), QStringLiteral("discover"), QStringLiteral("Live AS") }, {} },
        { { QStringLiteral("envs"), QStringLiteral("set-credential"), QStringLiteral("Live AS"),
              QStringLiteral("initial-access-token"), QStringLiteral("--stdin") },
            env("OAUTHDESK_TEST_IAT").toUtf8() + '\n' },
        { { QStringLiteral("clients"), QStringLiteral("create"), QStringLiteral("plain"),
              QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
              QStringLiteral("Live AS"), QStringLiteral("--client-id"),
              QStringLiteral("basic-client"), QStringLiteral("--scope"),
              QStringLiteral("accounts:read"), QStringLiteral("--secret-stdin") },
            QByteArray("basic-secret-0123456789abcdef\n") },
    };
    for (const auto &[args, input] : steps) {
        const CliRun r = runCli(dataDir, args, input);
        if (r.exit != 0)
            return args.join(QLatin1Char(' ')).toUtf8() + ": " + r.why();
    }
    CliRun r = runCli(dataDir,
        { QStringLiteral("certs"), QStringLiteral("generate"), QStringLiteral("--app"),
            QStringLiteral("Payments"), QStringLiteral("--purpose"), QStringLiteral("transport"),
            QStringLiteral("--algorithm"), QStringLiteral("EC-P-256"), QStringLiteral("--json") });
    if (r.exit != 0)
        return "certs generate: " + r.why();
    const QString key = QString::number(qint64(r.json()
                                                   .value(QLatin1String("certificate"))
                                                   .toObject()
                                                   .value(QLatin1String("id"))
                                                   .toDouble()));
    r = runCli(dataDir,
        { QStringLiteral("certs"), QStringLiteral("self-sign"), key, QStringLiteral("--cn"),
            QStringLiteral("binding-probe-client"), QStringLiteral("--days"),
            QStringLiteral("2") });
    if (r.exit != 0)
        return "certs self-sign: " + r.why();
    r = runCli(dataDir,
        { QStringLiteral("clients"), QStringLiteral("register"), QStringLiteral("bound"),
            QStringLiteral("--app"), QStringLiteral("Payments"), QStringLiteral("--env"),
            QStringLiteral("Live AS"), QStringLiteral("--scope"), QStringLiteral("accounts:read"),
            QStringLiteral("--method"), QStringLiteral("self_signed_tls_client_auth"),
            QStringLiteral("--transport-cert"), key, QStringLiteral("--bound-tokens") });
    if (r.exit != 0)
        return "clients register: " + r.why();
    return std::nullopt;
}

} // namespace oauthdesk::test
