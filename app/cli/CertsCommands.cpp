// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli certs list|show|generate|csr|import|issue|self-sign|local-ca|export|jwks|delete:
// the Certificates use case (every OpenSSL and keychain step runs in lib/, off this thread).
#include "CertFiles.h"
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Lookups.h"
#include "Output.h"
#include "SecretInput.h"
#include "policy/SubjectFields.h"

#include <QFile>

namespace oauthdesk::cli {

namespace {

int list(CliContext &ctx, const ParsedArgs &args)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    QList<Application> apps;
    if (args.has(QStringLiteral("app"))) {
        auto app = findApplication(ctx, args.value(QStringLiteral("app")));
        if (!app)
            return ctx.fail(app.error());
        apps = { *app };
    } else {
        auto all = ctx.wait((*ws)->applications().list());
        if (!all)
            return ctx.fail(all.error());
        apps = *all;
    }
    QList<CertificateRecord> records;
    QHash<qint64, QString> appNames;
    for (const Application &a : apps) {
        appNames.insert(a.id, a.name);
        auto r = ctx.wait((*ws)->certificates().forApplication(a.id));
        if (!r)
            return ctx.fail(r.error());
        records += *r;
    }
    if (ctx.json()) {
        QJsonArray a;
        for (const CertificateRecord &r : records)
            a.append(toJson(r));
        ctx.printJson(
            QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("certificates"), a } });
        return 0;
    }
    if (records.isEmpty()) {
        ctx.note(CliText::tr("No keys or certificates yet: \"oauthdesk-cli certs generate --app "
                             "APP --purpose signing\" makes one."));
        return 0;
    }
    Table t({ CliText::tr("ID"), CliText::tr("APP"), CliText::tr("PURPOSE"), CliText::tr("KEY"),
        CliText::tr("STATE"), CliText::tr("SUBJECT"), CliText::tr("EXPIRES"), CliText::tr("KID") });
    for (const CertificateRecord &r : records)
        t.addRow({ QString::number(r.id), appNames.value(r.applicationId), toWire(r.purpose),
            toWire(r.keyAlgorithm), toWire(r.state), r.subjectDn, isoTime(r.notAfter).left(10),
            r.kid });
    ctx.print(t.render());
    return 0;
}

Result<CertificateRecord> named(CliContext &ctx, const ParsedArgs &args)
{
    return findCertificate(ctx, args.positional(0), args.value(QStringLiteral("app")));
}

int printRecord(
    CliContext &ctx, const CertificateRecord &r, const QString &done, QJsonObject extra = {})
{
    if (ctx.json()) {
        QJsonObject o { { QStringLiteral("ok"), true },
            { QStringLiteral("certificate"), toJson(r) } };
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            o.insert(it.key(), it.value());
        ctx.printJson(o);
    } else if (!done.isEmpty()) {
        ctx.print(done);
    } else {
        ctx.print(renderFields(describe(r)));
    }
    return 0;
}

int show(CliContext &ctx, const ParsedArgs &args)
{
    auto r = named(ctx, args);
    if (!r)
        return ctx.fail(r.error());
    if (args.has(QStringLiteral("pem"))) {
        const QByteArray pem
            = r->certificatePem.isEmpty() ? r->csrPem : r->certificatePem + r->chainPem;
        if (pem.isEmpty())
            return ctx.fail(Error { ErrorCode::NotFound,
                CliText::tr("Certificate %1 has only a key: no CSR or certificate to print.")
                    .arg(r->id),
                {} });
        if (!ctx.json()) {
            ctx.print(QString::fromLatin1(pem));
            return 0;
        }
        return printRecord(ctx, *r, {}, { { QStringLiteral("pem"), QString::fromLatin1(pem) } });
    }
    return printRecord(ctx, *r, {});
}

int generate(CliContext &ctx, const ParsedArgs &args)
{
    if (!args.has(QStringLiteral("app")))
        return ctx.usage(CliText::tr("--app: name the application the key belongs to."));
    auto app = findApplication(ctx, args.value(QStringLiteral("app")));
    if (!app)
        return ctx.fail(app.error());
    const auto purpose = fromWire<CertificatePurpose>(
        args.value(QStringLiteral("purpose"), QStringLiteral("signing")));
    const auto algorithm = fromWire<KeyAlgorithm>(
        args.value(QStringLiteral("algorithm"), QStringLiteral("RSA-2048")));
    auto ws = ctx.workspace();
    if (!ctx.json())
        ctx.note(CliText::tr("Generating the key (%1)…").arg(toWire(*algorithm)));
    auto r = ctx.wait((*ws)->certificates().createKey(app->id, *purpose, *algorithm));
    if (!r)
        return ctx.fail(r.error());
    return printRecord(ctx, *r,
        CliText::tr("Generated %1 %2 key %3 (kid %4); the private key is in the keychain.")
            .arg(toWire(r->purpose), toWire(r->keyAlgorithm))
            .arg(r->id)
            .arg(r->kid));
}

int csr(CliContext &ctx, const ParsedArgs &args)
{
    auto r = named(ctx, args);
    if (!r)
        return ctx.fail(r.error());
    auto subject = subjectFromOptions(args);
    if (!subject)
        return ctx.fail(subject.error());
    auto ws = ctx.workspace();
    auto made = ctx.wait((*ws)->certificates().createCsr(*r, *subject));
    if (!made)
        return ctx.fail(made.error());
    if (args.has(QStringLiteral("out"))) {
        if (auto written = writeOutputFile(args.value(QStringLiteral("out")), made->csrPem, false);
            !written)
            return ctx.fail(written.error());
    }
    if (args.has(QStringLiteral("openssl")))
        ctx.note(CliText::tr("The same request with the openssl program:\n  %1")
                     .arg(Certificates::opensslEquivalent(
                         *subject, *made, QStringLiteral("private-key.pem"))));
    if (ctx.json())
        return printRecord(
            ctx, *made, {}, { { QStringLiteral("csrPem"), QString::fromLatin1(made->csrPem) } });
    if (args.has(QStringLiteral("out")))
        ctx.print(CliText::tr("CSR for certificate %1 written to %2; send it to your CA, then "
                              "\"certs import %1 FILE\".")
                      .arg(made->id)
                      .arg(args.value(QStringLiteral("out"))));
    else
        ctx.print(QString::fromLatin1(made->csrPem));
    return 0;
}

int import(CliContext &ctx, const ParsedArgs &args)
{
    auto r = named(ctx, args);
    if (!r)
        return ctx.fail(r.error());
    auto bytes = readInputFile(ctx, args.positional(1), CliText::tr("The certificate file"));
    if (!bytes)
        return ctx.fail(bytes.error());
    auto ws = ctx.workspace();
    auto imported = ctx.wait((*ws)->certificates().importCertificate(*r, *bytes));
    if (!imported)
        return ctx.fail(imported.error());
    return printRecord(ctx, *imported,
        CliText::tr("Imported the certificate of %1 (%2), valid until %3.")
            .arg(imported->id)
            .arg(imported->subjectDn, isoTime(imported->notAfter)));
}

int issue(CliContext &ctx, const ParsedArgs &args, bool selfSigned)
{
    auto r = named(ctx, args);
    if (!r)
        return ctx.fail(r.error());
    auto subject = subjectFromOptions(args);
    if (!subject)
        return ctx.fail(subject.error());
    bool ok = true;
    const int days = args.value(QStringLiteral("days"), QStringLiteral("365")).toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return ctx.usage(CliText::tr("--days: a whole number from 1 to 3650."));
    auto ws = ctx.workspace();
    auto made = ctx.wait(selfSigned ? (*ws)->certificates().selfSign(*r, *subject, days)
                                    : (*ws)->certificates().issueWithLocalCa(*r, *subject, days));
    if (!made)
        return ctx.fail(made.error());
    return printRecord(ctx, *made,
        (selfSigned
                ? CliText::tr("Self-signed certificate %1 (%2), valid until %3.")
                : CliText::tr(
                    "Issued certificate %1 (%2) from the local development CA, valid until %3."))
            .arg(made->id)
            .arg(made->subjectDn, isoTime(made->notAfter)));
}

int localCa(CliContext &ctx, const ParsedArgs &args)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto der = ctx.wait((*ws)->certificates().localCaCertificate());
    if (!der)
        return ctx.fail(der.error());
    const bool asDer
        = args.value(QStringLiteral("format"), QStringLiteral("pem")) == QLatin1String("der");
    const QByteArray bytes = asDer ? *der : pemOf(*der, "CERTIFICATE");
    if (args.has(QStringLiteral("out"))) {
        if (auto written = writeOutputFile(args.value(QStringLiteral("out")), bytes, false);
            !written)
            return ctx.fail(written.error());
        ctx.print(CliText::tr("The local development CA's certificate is in %1.")
                      .arg(args.value(QStringLiteral("out"))));
        return 0;
    }
    if (asDer)
        return ctx.usage(CliText::tr("--format der is binary: add --out FILE."));
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("pem"), QString::fromLatin1(bytes) } });
    else
        ctx.print(QString::fromLatin1(bytes));
    return 0;
}

int remove(CliContext &ctx, const ParsedArgs &args)
{
    auto r = named(ctx, args);
    if (!r)
        return ctx.fail(r.error());
    if (!ctx.confirm(args,
            CliText::tr("Delete certificate %1 (%2) and its private key from the keychain?")
                .arg(r->id)
                .arg(r->subjectDn.isEmpty() ? r->kid : r->subjectDn)))
        return ctx.usage(CliText::tr("Not deleted. Add --yes to delete it without being asked."));
    auto ws = ctx.workspace();
    auto removed = ctx.wait((*ws)->certificates().remove(*r));
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), true }, { QStringLiteral("deleted"), toJson(*r) } });
    else
        ctx.print(CliText::tr("Deleted certificate %1 and its private key.").arg(r->id));
    return 0;
}

OptionSpec appOption()
{
    return { QStringLiteral("app"), QStringLiteral("APP"),
        CliText::tr("Look for CERT among this application's only."), false, {} };
}

} // namespace

QList<CommandSpec> certificateCommands()
{
    const QString g = QStringLiteral("certs");
    const QString naming = CliText::tr("CERT is the certificate's id, its JWK kid or its subject.");
    QStringList algorithms;
    for (KeyAlgorithm a : allValues<KeyAlgorithm>())
        algorithms.append(toWire(a));
    QList<OptionSpec> subject = subjectOptions();
    subject.prepend(appOption());
    QList<OptionSpec> issued = subject;
    issued.append({ QStringLiteral("days"), QStringLiteral("N"),
        CliText::tr("Validity in days (default 365)."), false, {} });
    return {
        { g, QStringLiteral("list"), {}, {}, 0, 0, CliText::tr("List keys and certificates."), {},
            { { QStringLiteral("app"), QStringLiteral("APP"),
                CliText::tr("Only this application's."), false, {} } },
            list },
        { g, QStringLiteral("show"), {}, QStringLiteral("CERT"), 1, 1,
            CliText::tr("Show a key or certificate."), naming,
            { appOption(),
                { QStringLiteral("pem"), {},
                    CliText::tr("Print the certificate (and chain), or the CSR, as PEM."), false,
                    {} } },
            show },
        { g, QStringLiteral("generate"), { QStringLiteral("create"), QStringLiteral("add") }, {}, 0,
            0, CliText::tr("Generate a key pair; the private key goes straight into the keychain."),
            {},
            { { QStringLiteral("app"), QStringLiteral("APP"),
                  CliText::tr("The application it belongs to (required)."), false, {} },
                { QStringLiteral("purpose"), QStringLiteral("PURPOSE"),
                    CliText::tr(
                        "signing (private_key_jwt) or transport (mutual TLS); default signing."),
                    false, { QStringLiteral("signing"), QStringLiteral("transport") } },
                { QStringLiteral("algorithm"), QStringLiteral("ALG"),
                    CliText::tr("Default RSA-2048."), false, algorithms } },
            generate },
        { g, QStringLiteral("csr"), {}, QStringLiteral("CERT"), 1, 1,
            CliText::tr("Create a certificate signing request for a key."),
            naming + QLatin1Char(' ')
                + CliText::tr("The CSR (PEM) goes to standard output, or to --out FILE."),
            subject
                + QList<OptionSpec> { { QStringLiteral("out"), QStringLiteral("FILE"),
                                          CliText::tr("Write the CSR to FILE."), false, {} },
                    { QStringLiteral("openssl"), {},
                        CliText::tr("Also show the equivalent openssl req command."), false, {} } },
            csr },
        { g, QStringLiteral("import"), {}, QStringLiteral("CERT FILE"), 2, 2,
            CliText::tr("Import the certificate your CA issued."),
            CliText::tr("FILE is PEM or DER, the chain after the leaf (\"-\" reads standard "
                        "input). Refused unless it belongs to the key."),
            { appOption() }, import },
        { g, QStringLiteral("issue"), {}, QStringLiteral("CERT"), 1, 1,
            CliText::tr("Issue the certificate from the local development CA."),
            CliText::tr("For test servers that trust the local CA (\"certs local-ca\" prints its "
                        "certificate)."),
            issued, [](CliContext &c, const ParsedArgs &a) { return issue(c, a, false); } },
        { g, QStringLiteral("self-sign"), {}, QStringLiteral("CERT"), 1, 1,
            CliText::tr("Self-sign a certificate for a key."),
            CliText::tr("For self_signed_tls_client_auth (RFC 8705 §2.2), or an AS that wants a "
                        "signing key as x5c."),
            issued, [](CliContext &c, const ParsedArgs &a) { return issue(c, a, true); } },
        { g, QStringLiteral("local-ca"), {}, {}, 0, 0,
            CliText::tr("Print the local development CA's certificate."), {},
            { { QStringLiteral("out"), QStringLiteral("FILE"), CliText::tr("Write it to FILE."),
                  false, {} },
                { QStringLiteral("format"), QStringLiteral("FORMAT"),
                    CliText::tr("pem (default) or der."), false,
                    { QStringLiteral("pem"), QStringLiteral("der") } } },
            localCa },
        { g, QStringLiteral("export"), {}, QStringLiteral("CERT"), 1, 1,
            CliText::tr("Export a certificate, or the key on purpose."),
            CliText::tr("pem, chain and der are the certificate. key (encrypted PKCS#8) and pkcs12 "
                        "carry the private key: they "
                        "need --out FILE (written readable by you only) and a passphrase, piped in "
                        "with --passphrase-stdin or "
                        "typed twice at a prompt that does not echo."),
            exportOptions(), exportCertificate },
        { g, QStringLiteral("jwks"), {}, QStringLiteral("[CERT...]"), 0, -1,
            CliText::tr("Print the public JWK Set of signing keys."),
            CliText::tr("The named signing keys, or every signing key of --app: what to register "
                        "at the AS or serve as its "
                        "jwks_uri. With --self-signed-tls, the JWK Set that registers one "
                        "self-signed transport certificate "
                        "(x5c, RFC 8705 §2.2)."),
            { { QStringLiteral("app"), QStringLiteral("APP"),
                  CliText::tr("The application whose signing keys to publish."), false, {} },
                { QStringLiteral("self-signed-tls"), {},
                    CliText::tr("CERT is a self-signed transport certificate."), false, {} } },
            jwks },
        { g, QStringLiteral("delete"), { QStringLiteral("remove") }, QStringLiteral("CERT"), 1, 1,
            CliText::tr("Delete a key: from the keychain first, then its record."), naming,
            { appOption(), yesOption() }, remove },
    };
}

} // namespace oauthdesk::cli
