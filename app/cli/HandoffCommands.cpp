// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli export: the client's "Export for developers…" (the hand-off pack): a Postman
// collection and environment, a Bruno collection, an .http file or a curl script.
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Lookups.h"
#include "usecases/Handoff.h"

namespace oauthdesk::cli {

namespace {

int exportCommand(CliContext &ctx, const ParsedArgs &args)
{
    const auto format = handoffFormatFromWire(args.value(QStringLiteral("format")));
    if (!format)
        return ctx.usage(
            CliText::tr("--format: say which tool the pack is for: postman, bruno, http or curl."));
    const QString output = args.value(QStringLiteral("output"));
    const bool severalFiles = *format == HandoffFormat::Postman || *format == HandoffFormat::Bruno;
    if (severalFiles && output.isEmpty())
        return ctx.usage(
            CliText::tr("--output: the %1 pack has several files; name the folder to write "
                        "them to, or a .zip file.")
                .arg(toWire(*format)));
    auto client = findClient(ctx, args.positional(0));
    if (!client)
        return ctx.fail(client.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    HandoffOptions options;
    options.includeSecret = args.has(QStringLiteral("include-secret"));
    options.apiPath = args.value(QStringLiteral("api-path"), QStringLiteral("/"));
    Handoff handoff(**ws);
    auto pack = ctx.wait(handoff.build(*client, *format, options));
    if (!pack)
        return ctx.fail(pack.error());
    QStringList written;
    if (Handoff::isZipPath(output)) {
        // The whole pack as one zip (a folder inside for postman and bruno).
        auto saved = Handoff::saveZip(*pack, output);
        if (!saved)
            return ctx.fail(saved.error());
        written = { *saved };
    } else if (!output.isEmpty()) {
        auto saved = Handoff::save(*pack, output);
        if (!saved)
            return ctx.fail(saved.error());
        written = *saved;
    }
    if (ctx.json()) {
        QJsonArray files;
        for (const QString &f : written)
            files.append(f);
        QJsonArray notes;
        for (const QString &n : pack->notes)
            notes.append(n);
        QJsonObject o { { QStringLiteral("ok"), true },
            { QStringLiteral("format"), toWire(*format) }, { QStringLiteral("files"), files },
            { QStringLiteral("zip"), Handoff::isZipPath(output) },
            { QStringLiteral("containsSecret"), pack->containsSecret },
            { QStringLiteral("notes"), notes } };
        if (output.isEmpty())
            o.insert(QStringLiteral("content"), QString::fromUtf8(pack->files.constFirst().bytes));
        ctx.printJson(o);
        return 0;
    }
    if (output.isEmpty()) {
        // One file to standard output (redirect it, or pipe it to sh).
        QTextStream(stdout) << QString::fromUtf8(pack->files.constFirst().bytes);
    } else {
        for (const QString &f : written)
            ctx.print(f);
    }
    for (const QString &n : pack->notes)
        ctx.note(n);
    return 0;
}

} // namespace

QList<CommandSpec> handoffCommands()
{
    return {
        { {}, QStringLiteral("export"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr(
                "Write a hand-off pack for CLIENT's developers: Postman, Bruno, .http or curl."),
            CliText::tr(
                "The pack holds a client credentials token request with CLIENT's own auth method, "
                "the environment's extra headers and a sample API call with the token (to the "
                "environment's API base URL plus --api-path). postman writes collection.json and "
                "environment.json (Postman v2.1; newman runs them), bruno a collection folder (bru "
                "run --env ENV), both into the --output folder; http and curl write one file to "
                "--output, or to standard output. An --output ending in .zip gets the whole pack "
                "as one zip file instead (postman and bruno in a folder inside it). The client "
                "secret is left out as a variable to fill unless --include-secret is given: then "
                "it "
                "is read from the keychain and written, marked secret, and every file (or the zip) "
                "is readable by you only. For client_secret_basic the files form-encode the client "
                "ID and secret before Base64 (RFC 6749 §2.3.1). The private key is never written: "
                "private_key_jwt packs take a client_assertion you sign (the curl script reads "
                "CLIENT_ASSERTION or standard input), mutual TLS packs name the certificate and "
                "key "
                "files you supply (CLIENT_CERT and CLIENT_KEY for curl and Bruno, "
                "--ssl-client-cert and --ssl-client-key for newman)."),
            { { QStringLiteral("format"), QStringLiteral("FORMAT"),
                  CliText::tr("postman, bruno, http or curl."), false,
                  { QStringLiteral("postman"), QStringLiteral("bruno"), QStringLiteral("http"),
                      QStringLiteral("curl") } },
                { QStringLiteral("output"), QStringLiteral("PATH"),
                    CliText::tr("The folder (postman, bruno) or file (http, curl) to write; a name "
                                "ending in .zip: one zip file with the whole pack."),
                    false, {} },
                { QStringLiteral("include-secret"), {},
                    CliText::tr("Write the client secret into the pack (from the keychain)."),
                    false, {} },
                { QStringLiteral("api-path"), QStringLiteral("PATH"),
                    CliText::tr("The sample API call's path under the API base URL (default /)."),
                    false, {} } },
            exportCommand },
    };
}

} // namespace oauthdesk::cli
