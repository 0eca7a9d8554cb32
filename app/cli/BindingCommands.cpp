// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli check-binding: the negative sender-constraint test (issue 15). A fresh test
// token as "call" gets it, the API call with the transport certificate, then the same call with
// the same token without the certificate and with a throw-away one (BindingProbe): an API that
// enforces RFC 8705 §3 refuses both.
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Output.h"
#include "TokenRun.h"
#include "oauth/BindingProbe.h"

namespace oauthdesk::cli {

namespace {

QString kindName(BindingProbeKind kind)
{
    switch (kind) {
    case BindingProbeKind::WithoutCertificate:
        return QStringLiteral("without_certificate");
    case BindingProbeKind::OtherCertificate:
        return QStringLiteral("other_certificate");
    }
    return {};
}

QString answerName(BindingProbeOutcome::Answer answer)
{
    switch (answer) {
    case BindingProbeOutcome::Answer::Refused:
        return QStringLiteral("refused");
    case BindingProbeOutcome::Answer::Accepted:
        return QStringLiteral("accepted");
    case BindingProbeOutcome::Answer::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return {};
}

QJsonObject reportJson(const BindingReport &report, bool verbose)
{
    QJsonArray probes;
    for (const BindingProbeOutcome &p : report.probes) {
        QJsonObject o { { QStringLiteral("kind"), kindName(p.kind) },
            { QStringLiteral("answer"), answerName(p.answer) },
            { QStringLiteral("status"), p.exchange.status },
            { QStringLiteral("message"), p.message() },
            { QStringLiteral("exchange"), toJson(p.exchange, verbose) } };
        if (!p.certificateThumbprint.isEmpty())
            o.insert(QStringLiteral("certificateThumbprint"), p.certificateThumbprint);
        if (p.exchange.transportError)
            o.insert(QStringLiteral("error"), toJson(*p.exchange.transportError));
        probes.append(o);
    }
    return QJsonObject { { QStringLiteral("ok"), report.enforced() },
        { QStringLiteral("verdict"), report.verdictName() },
        { QStringLiteral("constraint"), QStringLiteral("certificate") },
        { QStringLiteral("lines"), jsonStrings(report.verdictLines()) },
        { QStringLiteral("reference"),
            QJsonObject { { QStringLiteral("status"), report.reference.status },
                { QStringLiteral("exchange"), toJson(report.reference, verbose) } } },
        { QStringLiteral("probes"), probes } };
}

int checkBinding(CliContext &ctx, const ParsedArgs &args)
{
    const QByteArray method
        = args.value(QStringLiteral("method"), QStringLiteral("GET")).toUpper().toLatin1();
    const QByteArray body = args.value(QStringLiteral("data")).toUtf8();
    auto session = openSession(ctx, args);
    if (!session)
        return ctx.fail(session.error());
    TokenSession &s = **session;
    const auto result = runSession(ctx, s);
    if (!result)
        return ctx.fail(
            Error { ErrorCode::Timeout, CliText::tr("The test token never answered."), {} });
    if (!result->ok())
        return reportOutcome(ctx, s, *result, false);
    auto report = ctx.wait(BindingProbe::run(s, method, args.positional(1), body));
    if (!report) // not offered (exit 3, the reason on stderr), or the request could not be made
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.printJson(reportJson(*report, ctx.options().verbose));
    } else {
        QStringList lines = report->verdictLines();
        const HttpExchange &ref = report->reference;
        lines.append(QStringLiteral("  ")
            + (ref.transportError ? CliText::tr("With the certificate: no answer (%1)")
                                        .arg(ref.transportError->message)
                                  : CliText::tr("With the certificate: HTTP %1 %2 (%3 ms)")
                                        .arg(ref.status)
                                        .arg(QString::fromUtf8(ref.reason))
                                        .arg(ref.elapsedMs)));
        for (const BindingProbeOutcome &p : report->probes) {
            QString line = QStringLiteral("  ") + p.message();
            if (!p.certificateThumbprint.isEmpty())
                line += CliText::tr(" [throw-away certificate x5t#S256 %1]")
                            .arg(p.certificateThumbprint);
            lines.append(line);
        }
        ctx.print(lines.join(QLatin1Char('\n')));
        if (ctx.options().verbose) {
            ctx.note(exchangeText(ref));
            for (const BindingProbeOutcome &p : report->probes)
                ctx.note(exchangeText(p.exchange));
        }
    }
    switch (report->verdict) {
    case BindingReport::Verdict::Enforced:
        return toInt(ExitCode::Ok);
    case BindingReport::Verdict::AcceptedWithoutProof:
        return toInt(ExitCode::CheckFailed);
    case BindingReport::Verdict::Inconclusive:
        return toInt(ExitCode::Network);
    case BindingReport::Verdict::ReferenceFailed:
        return report->reference.transportError
            ? toInt(exitCodeFor(report->reference.transportError->code))
            : toInt(ExitCode::Refused);
    }
    return toInt(ExitCode::Failure);
}

} // namespace

QList<CommandSpec> bindingCommands()
{
    QList<OptionSpec> options = sessionOptions(false);
    options += QList<OptionSpec> {
        { QStringLiteral("method"), QStringLiteral("METHOD"),
            CliText::tr("HTTP method (default GET)."), false,
            { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                QStringLiteral("PATCH"), QStringLiteral("DELETE") } },
        { QStringLiteral("data"), QStringLiteral("JSON"),
            CliText::tr("The request body (sent as application/json), the same on every call."),
            false, {} },
    };
    return {
        { {}, QStringLiteral("check-binding"), {}, QStringLiteral("CLIENT PATH"), 2, 2,
            CliText::tr(
                "Check that an API refuses a certificate-bound token without its certificate."),
            CliText::tr(
                "Gets a test token for CLIENT as \"call\" does and calls PATH under the "
                "environment's API base URL with "
                "the transport certificate; then makes the same call with the same token over TLS "
                "without a client "
                "certificate, and with a throw-away self-signed certificate made in memory for "
                "this "
                "check (RFC 8705 "
                "§3). A 401 or 403 (or a refused TLS handshake) is a refusal. Exit status: 0 when "
                "the API refused both "
                "(\"The API enforces the binding\"); 9 when it accepted the token without its "
                "certificate or with "
                "another one; 3 when the token is not certificate-bound (nothing to check; the "
                "reason is said); 4 when "
                "the call with the certificate itself was not accepted; 7 when a probe got neither "
                "a 2xx nor a "
                "refusal (e.g. 404 or 500)."),
            options, checkBinding },
    };
}

} // namespace oauthdesk::cli
