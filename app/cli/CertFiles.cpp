// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertFiles.h"

#include "CliText.h"
#include "Lookups.h"
#include "Output.h"
#include "SecretInput.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace oauthdesk::cli {

namespace {

/// The option that sets a SubjectFields member (the key validateSubjectFields puts in detail).
QString optionForSubjectKey(const QString &key)
{
    static const QList<QPair<QString, QString>> table {
        { QStringLiteral("commonName"), QStringLiteral("--cn") },
        { QStringLiteral("organisationalUnit"), QStringLiteral("--org-unit") },
        { QStringLiteral("organisationIdentifier"), QStringLiteral("--org-id") },
        { QStringLiteral("organisation"), QStringLiteral("--org") },
        { QStringLiteral("country"), QStringLiteral("--country") },
        { QStringLiteral("serialNumber"), QStringLiteral("--serial") },
        { QStringLiteral("dnsNames"), QStringLiteral("--dns") },
        { QStringLiteral("ipAddresses"), QStringLiteral("--ip") },
        { QStringLiteral("uris"), QStringLiteral("--uri") },
    };
    for (const auto &[member, option] : table) {
        if (key == member || key.startsWith(member + QLatin1Char('[')))
            return option;
    }
    return {};
}

/// The first PEM block's DER, or @p bytes itself when it is not PEM.
QByteArray firstDer(const QByteArray &pem)
{
    static const QRegularExpression block(
        QStringLiteral("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----"));
    const auto m = block.match(QString::fromLatin1(pem));
    if (!m.hasMatch())
        return {};
    return QByteArray::fromBase64(
        m.captured(1).remove(QRegularExpression(QStringLiteral("\\s"))).toLatin1());
}

} // namespace

QList<OptionSpec> subjectOptions()
{
    return {
        { QStringLiteral("cn"), QStringLiteral("NAME"),
            CliText::tr("Common name (CN), required; e.g. the client's name."), false, {} },
        { QStringLiteral("org"), QStringLiteral("NAME"), CliText::tr("Organisation (O)."), false,
            {} },
        { QStringLiteral("org-unit"), QStringLiteral("NAME"),
            CliText::tr("Organisational unit (OU)."), false, {} },
        { QStringLiteral("country"), QStringLiteral("CC"),
            CliText::tr("Country (C), two letters such as DE."), false, {} },
        { QStringLiteral("org-id"), QStringLiteral("ID"),
            CliText::tr("organizationIdentifier (2.5.4.97), e.g. PSDGB-FCA-123456."), false, {} },
        { QStringLiteral("serial"), QStringLiteral("TEXT"),
            CliText::tr("serialNumber (2.5.4.5), e.g. a software ID."), false, {} },
        { QStringLiteral("dns"), QStringLiteral("NAME"),
            CliText::tr("A DNS subject alternative name (repeatable)."), true, {} },
        { QStringLiteral("ip"), QStringLiteral("ADDRESS"),
            CliText::tr("An IP address subject alternative name (repeatable)."), true, {} },
        { QStringLiteral("uri"), QStringLiteral("URI"),
            CliText::tr("A URI subject alternative name (repeatable)."), true, {} },
    };
}

Result<SubjectFields> subjectFromOptions(const ParsedArgs &args)
{
    SubjectFields f;
    f.commonName = args.value(QStringLiteral("cn")).trimmed();
    f.organisation = args.value(QStringLiteral("org")).trimmed();
    f.organisationalUnit = args.value(QStringLiteral("org-unit")).trimmed();
    f.country = args.value(QStringLiteral("country")).trimmed();
    f.organisationIdentifier = args.value(QStringLiteral("org-id")).trimmed();
    f.serialNumber = args.value(QStringLiteral("serial")).trimmed();
    f.dnsNames = args.all(QStringLiteral("dns"));
    f.ipAddresses = args.all(QStringLiteral("ip"));
    f.uris = args.all(QStringLiteral("uri"));
    if (f.commonName.isEmpty())
        return fail(ErrorCode::InvalidInput,
            CliText::tr("--cn: the common name is required, such as --cn billing-service."));
    if (auto ok = validateSubjectFields(f); !ok) {
        const QString option = optionForSubjectKey(ok.error().detail);
        return fail(ErrorCode::InvalidInput,
            (option.isEmpty() ? QString() : option + QStringLiteral(": ")) + ok.error().message,
            ok.error().detail);
    }
    return f;
}

Result<void> writeOutputFile(const QString &path, const QByteArray &bytes, bool privateFile)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Internal,
            CliText::tr("--out: \"%1\" cannot be written: %2.").arg(path, file.errorString()));
    if (privateFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Internal,
            CliText::tr("--out: \"%1\" could not be saved: %2.").arg(path, file.errorString()));
    if (privateFile)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QByteArray> readInputFile(CliContext &ctx, const QString &path, const QString &what)
{
    constexpr qsizetype kMax = 1024 * 1024;
    if (path == QLatin1String("-")) {
        if (auto claimed = ctx.claimStdin(what); !claimed)
            return std::unexpected(claimed.error());
        return readStdin(what, kMax);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
            CliText::tr("%1 \"%2\" cannot be read: %3.").arg(what, path, file.errorString()));
    if (file.size() > kMax)
        return fail(ErrorCode::InvalidInput,
            CliText::tr("%1 \"%2\" is larger than 1 MiB; pick the certificate file.")
                .arg(what, path));
    return file.readAll();
}

QByteArray pemOf(const QByteArray &der, const char *label)
{
    const QByteArray b64 = der.toBase64();
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += QByteArray("-----END ") + label + "-----\n";
    return out;
}

QList<OptionSpec> exportOptions()
{
    return {
        { QStringLiteral("app"), QStringLiteral("APP"),
            CliText::tr("Look for CERT among this application's only."), false, {} },
        { QStringLiteral("format"), QStringLiteral("FORMAT"),
            CliText::tr("pem (default), chain, der, key or pkcs12."), false,
            { QStringLiteral("pem"), QStringLiteral("chain"), QStringLiteral("der"),
                QStringLiteral("key"), QStringLiteral("pkcs12") } },
        { QStringLiteral("profile"), QStringLiteral("PROFILE"),
            CliText::tr("pkcs12: modern (AES-256, PBKDF2, SHA-256 MAC; default) or compatible "
                        "(3DES, SHA-1, for older servers)."),
            false, { QStringLiteral("modern"), QStringLiteral("compatible") } },
        { QStringLiteral("out"), QStringLiteral("FILE"),
            CliText::tr("Write to FILE (required for der, key and pkcs12)."), false, {} },
        { QStringLiteral("passphrase-stdin"), {},
            CliText::tr("Read the export passphrase from standard input."), false, {} },
    };
}

int exportCertificate(CliContext &ctx, const ParsedArgs &args)
{
    auto r = findCertificate(ctx, args.positional(0), args.value(QStringLiteral("app")));
    if (!r)
        return ctx.fail(r.error());
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("pem"));
    const QString out = args.value(QStringLiteral("out"));
    const bool withKey = format == QLatin1String("key") || format == QLatin1String("pkcs12");
    if (out.isEmpty() && format != QLatin1String("pem") && format != QLatin1String("chain"))
        return ctx.usage(CliText::tr("--format %1 needs --out FILE (%2).")
                             .arg(format,
                                 withKey ? CliText::tr("it carries the private key")
                                         : CliText::tr("it is binary")));
    if (!withKey && r->certificatePem.isEmpty())
        return ctx.fail(Error { ErrorCode::NotFound,
            CliText::tr("Certificate %1 has no certificate yet: import the one your CA issued, "
                        "issue one from "
                        "the local CA, or self-sign it.")
                .arg(r->id),
            {} });
    QByteArray bytes;
    if (format == QLatin1String("pem")) {
        bytes = r->certificatePem;
    } else if (format == QLatin1String("chain")) {
        bytes = r->certificatePem + r->chainPem;
    } else if (format == QLatin1String("der")) {
        bytes = firstDer(r->certificatePem);
    } else {
        ctx.note(CliText::tr("This exports the private key. Keep the file safe and delete it once "
                             "it is configured."));
        auto passphrase = ctx.secret(
            args, QStringLiteral("passphrase-stdin"), CliText::tr("Export passphrase"), true);
        if (!passphrase)
            return ctx.fail(passphrase.error());
        auto ws = ctx.workspace();
        const Pkcs12Profile profile
            = args.value(QStringLiteral("profile")) == QLatin1String("compatible")
            ? Pkcs12Profile::Compatible
            : Pkcs12Profile::Modern;
        auto exported = ctx.wait(format == QLatin1String("key")
                ? (*ws)->certificates().exportPrivateKey(*r, *passphrase)
                : (*ws)->certificates().exportPkcs12(*r, *passphrase, profile));
        if (!exported)
            return ctx.fail(exported.error());
        bytes = *exported;
    }
    if (!out.isEmpty()) {
        if (auto written = writeOutputFile(out, bytes, withKey); !written)
            return ctx.fail(written.error());
        if (ctx.json())
            ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
                { QStringLiteral("certificate"), toJson(*r) }, { QStringLiteral("format"), format },
                { QStringLiteral("file"), QFileInfo(out).absoluteFilePath() } });
        else
            ctx.print(
                CliText::tr("Wrote %1 of certificate %2 to %3.").arg(format).arg(r->id).arg(out));
        return 0;
    }
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
            { QStringLiteral("certificate"), toJson(*r) },
            { QStringLiteral("pem"), QString::fromLatin1(bytes) } });
    else
        ctx.print(QString::fromLatin1(bytes));
    return 0;
}

int jwks(CliContext &ctx, const ParsedArgs &args)
{
    const QString app = args.value(QStringLiteral("app"));
    QList<CertificateRecord> records;
    for (const QString &name : args.positionals) {
        auto r = findCertificate(ctx, name, app);
        if (!r)
            return ctx.fail(r.error());
        records.append(*r);
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    QByteArray document;
    if (args.has(QStringLiteral("self-signed-tls"))) {
        if (records.size() != 1)
            return ctx.usage(CliText::tr("--self-signed-tls: name the one transport certificate."));
        auto made = Certificates::selfSignedTlsJwks(records.first());
        if (!made)
            return ctx.fail(made.error());
        document = *made;
    } else {
        if (records.isEmpty()) {
            if (app.isEmpty())
                return ctx.usage(
                    CliText::tr("Name the signing keys (CERT …) or the application (--app APP)."));
            auto a = findApplication(ctx, app);
            if (!a)
                return ctx.fail(a.error());
            auto all = ctx.wait((*ws)->certificates().forApplication(a->id));
            if (!all)
                return ctx.fail(all.error());
            records = *all;
        }
        records.removeIf(
            [](const CertificateRecord &r) { return r.purpose != CertificatePurpose::Signing; });
        if (records.isEmpty())
            return ctx.fail(Error {
                ErrorCode::NotFound, CliText::tr("There is no signing key to publish."), {} });
        auto made = ctx.wait((*ws)->certificates().jwks(records));
        if (!made)
            return ctx.fail(made.error());
        document = *made;
    }
    // The JWK Set is the JSON document, with or without --json.
    ctx.print(QString::fromUtf8(QJsonDocument::fromJson(document).toJson(QJsonDocument::Indented)));
    return 0;
}

} // namespace oauthdesk::cli
