// SPDX-License-Identifier: GPL-3.0-or-later
// oauthdesk-cli rotate: the key rotation assistant (issue 15) for private_key_jwt and mutual TLS
// clients, through KeyRotation: the state derived from what exists, one step (--step) or all
// of them (--all), each verified live against the AS, or the rotation abandoned (--abandon).
#include "CertFiles.h"
#include "CliContext.h"
#include "CliText.h"
#include "Commands.h"
#include "Output.h"
#include "usecases/KeyRotation.h"

namespace oauthdesk::cli {

namespace {

QString kindName(RotationKind kind)
{
    switch (kind) {
    case RotationKind::SigningKey:
        return QStringLiteral("signing_key");
    case RotationKind::SelfSignedTls:
        return QStringLiteral("self_signed_tls_client_auth");
    case RotationKind::TlsClientAuth:
        return QStringLiteral("tls_client_auth");
    }
    return {};
}

QString publicationName(RotationPublication p)
{
    switch (p) {
    case RotationPublication::RegisteredJwks:
        return QStringLiteral("registered_jwks");
    case RotationPublication::JwksFile:
        return QStringLiteral("jwks_file");
    case RotationPublication::SubjectDn:
        return QStringLiteral("subject_dn");
    }
    return {};
}

QJsonObject keyJson(const std::optional<CertificateRecord> &key)
{
    if (!key)
        return {};
    QJsonObject o { { QStringLiteral("id"), key->id }, { QStringLiteral("kid"), key->kid },
        { QStringLiteral("algorithm"), toWire(key->keyAlgorithm) },
        { QStringLiteral("subject"), key->subjectDn } };
    if (!key->serialNumber.isEmpty())
        o.insert(QStringLiteral("serial"), key->serialNumber);
    if (key->notAfter)
        o.insert(QStringLiteral("not_after"), key->notAfter->toUTC().toString(Qt::ISODate));
    return o;
}

QString mark(const RotationCheck &c)
{
    return c.caution ? QStringLiteral("⚠") : c.passed ? QStringLiteral("✔") : QStringLiteral("✘");
}

QJsonObject stateJson(const RotationState &s)
{
    QJsonArray checks;
    for (const RotationCheck &c : s.checks)
        checks.append(QJsonObject { { QStringLiteral("step"), c.step },
            { QStringLiteral("passed"), c.passed }, { QStringLiteral("caution"), c.caution },
            { QStringLiteral("text"), c.text } });
    QJsonObject o { { QStringLiteral("client_id"), s.clientRowId },
        { QStringLiteral("client"), s.clientName }, { QStringLiteral("kind"), kindName(s.kind) },
        { QStringLiteral("publication"), publicationName(s.publication) },
        { QStringLiteral("in_progress"), s.inProgress },
        { QStringLiteral("finished"), s.finished() }, { QStringLiteral("next_step"), s.nextStep },
        { QStringLiteral("steps"), RotationState::kSteps },
        { QStringLiteral("summary"), s.summary() },
        { QStringLiteral("old_key"), keyJson(s.oldKey) },
        { QStringLiteral("new_key"), keyJson(s.newKey) }, { QStringLiteral("checks"), checks },
        { QStringLiteral("warnings"), jsonStrings(s.warnings) } };
    if (s.kidsAtAs)
        o.insert(QStringLiteral("kids_at_as"), jsonStrings(*s.kidsAtAs));
    if (!s.jwksUri.isEmpty())
        o.insert(QStringLiteral("jwks_uri"), s.jwksUri.toString());
    if (!s.asNote.isEmpty())
        o.insert(QStringLiteral("as_note"), s.asNote);
    if (s.kind == RotationKind::TlsClientAuth) {
        o.insert(QStringLiteral("new_subject"), s.newSubject());
        if (s.subjectDnAtAs)
            o.insert(QStringLiteral("subject_dn_at_as"), *s.subjectDnAtAs);
        if (!s.proposedSubjectDn.isEmpty())
            o.insert(QStringLiteral("proposed_subject_dn"), s.proposedSubjectDn);
    }
    if (!s.jwksFile.isEmpty())
        o.insert(QStringLiteral("jwks_file"), QJsonDocument::fromJson(s.jwksFile).object());
    return o;
}

QString stateText(const RotationState &s)
{
    QStringList lines { s.summary() };
    for (int step = 1; step <= RotationState::kSteps; ++step) {
        const QString box = step < s.nextStep || s.finished() ? QStringLiteral("[x]")
            : step == s.nextStep                              ? QStringLiteral("[>]")
                                                              : QStringLiteral("[ ]");
        lines.append(QStringLiteral("  %1 %2. %3").arg(box).arg(step).arg(s.title(step)));
    }
    Fields f;
    auto certificate = [](const CertificateRecord &r) {
        if (r.certificatePem.isEmpty())
            return CliText::tr("subject %1, waiting for the CA's certificate (id %2)")
                .arg(r.subjectDn)
                .arg(r.id);
        return CliText::tr("serial %1, subject %2, valid until %3 (id %4)")
            .arg(r.serialNumber, r.subjectDn,
                r.notAfter ? r.notAfter->toUTC().toString(Qt::ISODate)
                           : CliText::tr("an unknown date"))
            .arg(r.id);
    };
    const bool tls = s.kind == RotationKind::TlsClientAuth;
    if (s.oldKey)
        f.append(tls ? qMakePair(
                     s.inProgress ? CliText::tr("Old certificate") : CliText::tr("Certificate"),
                     certificate(*s.oldKey))
                     : qMakePair(s.inProgress ? CliText::tr("Old key") : CliText::tr("Key"),
                         QStringLiteral("kid %1 (id %2)").arg(s.oldKey->kid).arg(s.oldKey->id)));
    if (s.newKey)
        f.append(tls ? qMakePair(CliText::tr("New certificate"), certificate(*s.newKey))
                     : qMakePair(CliText::tr("New key"),
                         QStringLiteral("kid %1 (id %2)").arg(s.newKey->kid).arg(s.newKey->id)));
    if (s.kidsAtAs)
        f.append({ CliText::tr("Kids at the AS"), s.kidsAtAs->join(QStringLiteral(", ")) });
    if (!s.jwksUri.isEmpty())
        f.append({ CliText::tr("jwks_uri"), s.jwksUri.toString() });
    if (s.subjectDnAtAs)
        f.append({ CliText::tr("Subject at the AS"), *s.subjectDnAtAs });
    if (!s.proposedSubjectDn.isEmpty())
        f.append({ CliText::tr("Proposed subject"),
            CliText::tr("%1 (--subject DN for another, --same-subject to keep %2)")
                .arg(s.proposedSubjectDn, s.oldKey ? s.oldKey->subjectDn : QString()) });
    f.append({ CliText::tr("Note"), s.asNote });
    const QString fields = renderFields(f).trimmed();
    if (!fields.isEmpty())
        lines.append(fields);
    for (const RotationCheck &c : s.checks)
        lines.append(QStringLiteral("%1 step %2: %3").arg(mark(c)).arg(c.step).arg(c.text));
    for (const QString &w : s.warnings)
        lines.append(CliText::tr("Warning: %1").arg(w));
    return lines.join(QLatin1Char('\n'));
}

int rotate(CliContext &ctx, const ParsedArgs &args)
{
    const bool step = args.has(QStringLiteral("step"));
    const bool all = args.has(QStringLiteral("all"));
    const bool abandon = args.has(QStringLiteral("abandon"));
    if (int(step) + int(all) + int(abandon) + int(args.has(QStringLiteral("status"))) > 1)
        return ctx.usage(CliText::tr("Give one of --status, --step, --all and --abandon."));
    const bool sameSubject = args.has(QStringLiteral("same-subject"));
    if (sameSubject && args.has(QStringLiteral("subject")))
        return ctx.usage(CliText::tr("Give --subject or --same-subject, not both."));
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto client = ctx.wait((*ws)->clients().find(args.positional(0)));
    if (!client)
        return ctx.fail(client.error());
    KeyRotation rotation(**ws);
    auto current = ctx.wait(rotation.state(client->id));
    if (!current)
        return ctx.fail(current.error());
    RotationState shown = *current;

    if (abandon) {
        if (!current->inProgress)
            return ctx.fail(Error { ErrorCode::InvalidInput,
                CliText::tr("No rotation of \"%1\" is in progress.").arg(client->name), {} });
        if (!ctx.confirm(args,
                CliText::tr("Abandon the rotation of \"%1\" and delete the new key (kid %2)?")
                    .arg(client->name, current->newKey ? current->newKey->kid : QString())))
            return ctx.fail(Error {
                ErrorCode::Cancelled, CliText::tr("Not abandoned: confirm with --yes."), {} });
        auto after = ctx.wait(rotation.abandon(client->id));
        if (!after)
            return ctx.fail(after.error());
        shown = *after;
        if (!ctx.json())
            ctx.note(
                CliText::tr("Rotation abandoned: the new key is removed; the client keeps kid %1.")
                    .arg(shown.oldKey ? shown.oldKey->kid : QString()));
    } else if (step || all) {
        if ((sameSubject || args.has(QStringLiteral("subject")))
            && (current->kind != RotationKind::TlsClientAuth || current->inProgress))
            return ctx.usage(CliText::tr(
                "--subject and --same-subject choose the new certificate's subject when a "
                "tls_client_auth rotation starts (step 1)."));
        RotationOptions options;
        if (sameSubject)
            options.subjectDn = current->oldKey ? current->oldKey->subjectDn : QString();
        else
            options.subjectDn = args.value(QStringLiteral("subject"));
        QList<RotationCheck> checks;
        do {
            if (shown.finished())
                break;
            options.removalConfirmed = false;
            if (shown.nextStep == RotationState::kSteps) {
                options.removalConfirmed = ctx.confirm(args,
                    CliText::tr("Remove the old key (kid %1) from the keychain for good?")
                        .arg(shown.oldKey ? shown.oldKey->kid : QString()));
                if (!options.removalConfirmed)
                    return ctx.fail(Error { ErrorCode::Cancelled,
                        CliText::tr("The old key stays (step 6 not run): confirm with --yes."),
                        {} });
            }
            if (!ctx.json())
                ctx.note(CliText::tr("Step %1: %2…")
                             .arg(shown.nextStep)
                             .arg(shown.title(shown.nextStep)));
            auto next = ctx.wait(rotation.advance(client->id, options));
            if (!next) {
                if (!ctx.json())
                    for (const RotationCheck &c : checks)
                        ctx.note(
                            QStringLiteral("%1 step %2: %3").arg(mark(c)).arg(c.step).arg(c.text));
                return ctx.fail(next.error());
            }
            checks += next->checks;
            shown = *next;
            // tls_client_auth waits at step 1 for the CA's certificate: nothing more to do now.
            if (shown.nextStep == 1)
                break;
        } while (all);
        shown.checks = checks;
    }

    if (args.has(QStringLiteral("jwks-out"))) {
        if (shown.jwksFile.isEmpty())
            return ctx.fail(Error { ErrorCode::NotFound,
                CliText::tr("There is no JWKS file to publish at this step (%1).")
                    .arg(shown.summary()),
                {} });
        if (auto w = writeOutputFile(args.value(QStringLiteral("jwks-out")), shown.jwksFile, false);
            !w)
            return ctx.fail(w.error());
    }
    if (ctx.json()) {
        QJsonObject o = stateJson(shown);
        o.insert(QStringLiteral("ok"), true);
        ctx.printJson(o);
    } else {
        ctx.print(stateText(shown));
    }
    return 0;
}

} // namespace

QList<CommandSpec> rotationCommands()
{
    return {
        { {}, QStringLiteral("rotate"), {}, QStringLiteral("CLIENT"), 1, 1,
            CliText::tr(
                "Rotate a private_key_jwt or mutual TLS client's key, step by step, each verified "
                "live."),
            CliText::tr(
                "The six steps: generate the new key (the old one stays in use), publish it beside "
                "the old one (RFC 7592 "
                "update of the registered jwks, or the JWKS file for a jwks_uri host: --jwks-out), "
                "verify a token with "
                "the new key only, switch the client to it, retire the old key at the AS (a token "
                "with the new key "
                "works, the old one is refused), remove the old key from the keychain (asks, or "
                "--yes). Without an "
                "option: the state (\"step 3 of 6 — new key published, not yet verified\"). "
                "Interrupted, the client "
                "keeps its key; run again to resume.\n\n"
                "tls_client_auth (RFC 8705 §2.1): the AS matches the certificate's subject DN, not "
                "its key, "
                "and holds one subject per client. Step 1 makes a CSR with a new subject by "
                "default "
                "(the "
                "CN gets a suffix, \"billing-service\" → \"billing-service-r2\"; --subject DN for "
                "another): step 3 registers it for one test token and puts the old subject back, "
                "step 4 "
                "switches the AS and the client together, and step 5 proves the AS refuses the old "
                "certificate. Have the CA the AS trusts issue the certificate for the CSR (certs "
                "show ID --pem, ID "
                "as in new_key) and import it (certs import ID FILE) before step 2. --same-subject "
                "keeps the old subject: nothing changes at "
                "the AS, but it cannot refuse the old certificate, which stays valid until it "
                "expires "
                "(step 5 proves it still works and shows the date; only the CA can revoke it)."),
            { { QStringLiteral("status"), {},
                  CliText::tr("Show the rotation's state (the default)."), false, {} },
                { QStringLiteral("step"), {}, CliText::tr("Perform and verify the next step."),
                    false, {} },
                { QStringLiteral("all"), {},
                    CliText::tr("Perform and verify every remaining step."), false, {} },
                { QStringLiteral("abandon"), {},
                    CliText::tr(
                        "Remove the new key and leave the client as it was (before the switch)."),
                    false, {} },
                { QStringLiteral("subject"), QStringLiteral("DN"),
                    CliText::tr(
                        "tls_client_auth, step 1: the new certificate's subject (RFC 4514, "
                        "\"CN=billing-service-r2,O=Example Org\"); default: the proposed one."),
                    false, {} },
                { QStringLiteral("same-subject"), {},
                    CliText::tr(
                        "tls_client_auth, step 1: keep the old certificate's subject (the AS then "
                        "cannot refuse the old certificate)."),
                    false, {} },
                { QStringLiteral("jwks-out"), QStringLiteral("PATH"),
                    CliText::tr(
                        "Write the JWKS file to publish at the jwks_uri host (public keys only)."),
                    false, {} },
                yesOption() },
            rotate },
    };
}

} // namespace oauthdesk::cli
