// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/KeyRotationContext.h"

namespace oauthdesk {

// --- the steps -----------------------------------------------------------------------------

Later<RotationState> KeyRotation::advance(qint64 clientRowId, bool removalConfirmed)
{
    RotationOptions options;
    options.removalConfirmed = removalConfirmed;
    return advance(clientRowId, options);
}

Later<RotationState> KeyRotation::advance(qint64 clientRowId, const RotationOptions &options)
{
    auto checks = std::make_shared<QList<RotationCheck>>();
    auto exchanges = std::make_shared<QList<HttpExchange>>();
    auto performed = std::make_shared<int>(0);
    return load(clientRowId)
        .andThen(this,
            [this, options, performed](std::shared_ptr<Context> c) {
                *performed = c->st.nextStep;
                return perform(c, options);
            })
        .andThen(this,
            [this, clientRowId, checks, exchanges](std::shared_ptr<Context> done) {
                *checks = done->st.checks;
                *exchanges = done->st.exchanges;
                return load(clientRowId); // the state as it now is, read again from what exists
            })
        .andThen(this, [this, checks, exchanges, performed](std::shared_ptr<Context> after) {
            after->st.checks = *checks;
            after->st.exchanges = *exchanges + after->st.exchanges;
            if (*performed == RotationState::kSteps && !after->st.inProgress)
                after->st.nextStep
                    = RotationState::kSteps + 1; // just finished (the record is gone)
            return stateOf(after);
        });
}

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::perform(
    std::shared_ptr<Context> c, const RotationOptions &options)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    c->st.exchanges.clear();
    const bool tls = c->st.kind == RotationKind::TlsClientAuth;
    switch (c->st.nextStep) {
    case 1:
        return generate(c, options.subjectDn);
    case 2:
        return tls ? tlsPublish(c) : publish(c, false);
    case 3:
        return (tls ? tlsProbe(c) : verifyToken(c, true, true))
            .andThen(this, [this](std::shared_ptr<Context> v) {
                v->record->verified = true;
                return saveRecord(v).andThen(this, [v] { return v; });
            });
    case 4:
        return tls ? tlsSwitch(c) : switchClient(c);
    case 5:
        return tls ? tlsRetire(c) : publish(c, true);
    case 6:
        if (!options.removalConfirmed)
            return CtxLater::failed({ ErrorCode::InvalidInput,
                KeyRotationText::tr(
                    "Removing the old key (kid %1) cannot be undone: confirm it (the CLI's --yes).")
                    .arg(c->st.oldKey ? c->st.oldKey->kid : QString()),
                {} });
        return removeOld(c);
    default:
        return CtxLater::failed({ ErrorCode::InvalidInput,
            KeyRotationText::tr("The rotation of \"%1\" is finished: nothing is left to do.")
                .arg(c->client.name),
            {} });
    }
}

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::generate(
    std::shared_ptr<Context> c, const QString &subjectDn)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    if (!c->st.oldKey)
        return CtxLater::failed({ ErrorCode::NotFound,
            KeyRotationText::tr("The client's current key record is gone."), {} });
    const CertificateRecord old = *c->st.oldKey;
    if (c->st.newKey) {
        // tls_client_auth: the key and CSR exist; the CA's certificate has not been imported.
        return CtxLater::failed({ ErrorCode::InvalidInput,
            KeyRotationText::tr(
                "The new key's CSR (subject %1) waits for its certificate: have the CA the AS "
                "trusts issue "
                "it (Save CSR…, or oauthdesk-cli certs show %2 --pem), import it (Import "
                "certificate…, or "
                "oauthdesk-cli certs import %2 FILE), then run the next step.")
                .arg(c->st.newKey->subjectDn)
                .arg(c->st.newKey->id),
            {} });
    }
    const CertificatePurpose purpose = c->st.kind == RotationKind::SigningKey
        ? CertificatePurpose::Signing
        : CertificatePurpose::Transport;
    SubjectFields subject;
    if (c->st.kind == RotationKind::TlsClientAuth) {
        // The AS matches this subject (RFC 8705 §2.1.2): a new one lets it refuse the old
        // certificate after the switch; the old one's keeps both valid.
        const QString wanted
            = subjectDn.trimmed().isEmpty() ? c->st.proposedSubjectDn : subjectDn.trimmed();
        auto fields = subjectFromDn(wanted, old.subjectAltNames, c->client.name);
        if (!fields)
            return CtxLater::failed(fields.error());
        subject = *fields;
    } else {
        // A self-signed certificate is matched by itself (x5c), not by its subject.
        auto fields = subjectFromDn(old.subjectDn, old.subjectAltNames, c->client.name);
        subject = fields
            ? *fields
            : SubjectFields { c->client.name.left(64), {}, {}, {}, {}, {}, {}, {}, {} };
    }
    int days = 365;
    if (old.notBefore && old.notAfter)
        days = std::clamp(int(old.notBefore->daysTo(*old.notAfter)), 1, 825);
    return workspace()
        .certificates()
        .createKey(c->client.applicationId, purpose, old.keyAlgorithm)
        .andThen(this,
            [this, c, subject, days](const CertificateRecord &fresh) -> Later<CertificateRecord> {
                c->record = RotationRecord { fresh.uuid, c->st.oldKey->uuid, false, false, false };
                // Remembered at once: a key made and then forgotten would be an unknown key.
                return saveRecord(c).andThen(
                    this, [this, c, fresh, subject, days]() -> Later<CertificateRecord> {
                        switch (c->st.kind) {
                        case RotationKind::SelfSignedTls:
                            return workspace().certificates().selfSign(fresh, subject, days);
                        case RotationKind::TlsClientAuth:
                            return workspace().certificates().createCsr(fresh, subject);
                        case RotationKind::SigningKey:
                            break;
                        }
                        return Later<CertificateRecord>::ready(fresh);
                    });
            })
        .andThen(this, [this, c](const CertificateRecord &fresh) {
            c->st.newKey = fresh;
            auto [later, resolve] = Later<std::shared_ptr<Context>>::make();
            workspace().keychain().read(Keychain::privateKeyKey(fresh.uuid), this,
                [c, fresh, resolve](Result<SecretBytes> key) {
                    if (!key) {
                        resolve.fail(key.error());
                        return;
                    }
                    if (c->st.kind == RotationKind::TlsClientAuth)
                        c->check(1, true,
                            KeyRotationText::tr(
                                "New %1 key %2 is in the keychain; the client still uses the "
                                "certificate "
                                "serial %3.")
                                .arg(toWire(fresh.keyAlgorithm), fresh.uuid.left(8),
                                    c->st.oldKey->serialNumber));
                    else
                        c->check(1, true,
                            KeyRotationText::tr(
                                "New %1 key %2 (kid %3) is in the keychain; the client still uses "
                                "kid "
                                "%4.")
                                .arg(toWire(fresh.keyAlgorithm), fresh.uuid.left(8), fresh.kid,
                                    c->st.oldKey->kid));
                    if (c->st.kind == RotationKind::TlsClientAuth) {
                        c->check(1, true,
                            KeyRotationText::tr(
                                "CSR for %1 made: have the CA the AS trusts issue the certificate, "
                                "and import it.")
                                .arg(fresh.subjectDn));
                        const CertificateRecord &was = *c->st.oldKey;
                        if (sameDn(fresh.subjectDn, was.subjectDn))
                            c->check(1, false,
                                KeyRotationText::tr(
                                    "Same subject as the old certificate: the AS accepts both, and "
                                    "cannot refuse "
                                    "the old one after the switch (it matches the subject, not the "
                                    "key). The old "
                                    "certificate stays valid until it expires on %1 unless the CA "
                                    "revokes it.")
                                    .arg(dateOf(was.notAfter)),
                                true);
                        else
                            c->check(1, true,
                                KeyRotationText::tr(
                                    "New subject (the old certificate has %1): once the AS and the "
                                    "client are "
                                    "switched to it (step 4), the AS refuses the old certificate.")
                                    .arg(was.subjectDn));
                    }
                    resolve(c);
                });
            return later;
        });
}

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::publish(
    std::shared_ptr<Context> c, bool retire)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    const int step = retire ? 5 : 2;
    const QString newKid = c->st.newKey->kid;
    const QString oldKid = c->st.oldKey ? c->st.oldKey->kid : QString();
    auto markAndSave = [this, c, retire]() {
        if (retire)
            c->record->retired = true;
        else
            c->record->published = true;
        return saveRecord(c).andThen(this, [c] { return c; });
    };
    auto afterRetire = [this, c](std::shared_ptr<Context>) -> CtxLater {
        // The new key still works, and (where the old one is still in the keychain) the old is
        // refused.
        return verifyToken(c, true, true)
            .andThen(this, [this](std::shared_ptr<Context> v) -> CtxLater {
                if (!v->st.oldKey)
                    return CtxLater::ready(v);
                return verifyToken(v, false, false);
            });
    };

    return jwksFor(c, !retire)
        .andThen(this,
            [this, c, retire, step, newKid, oldKid, markAndSave, afterRetire](
                const QByteArray &jwks) -> CtxLater {
                c->st.jwksFile = jwks;
                if (c->st.publication == RotationPublication::RegisteredJwks) {
                    return workspace()
                        .registrations()
                        .inputFor(c->client)
                        .andThen(this,
                            [this, c, jwks](RegistrationInput input) {
                                input.jwks = jwks;
                                return workspace().registrations().update(c->env, input);
                            })
                        .andThen(this,
                            [this, c, retire, step, newKid, oldKid, markAndSave, afterRetire](
                                RegistrationOutcome outcome) -> CtxLater {
                                c->st.exchanges += outcome.exchanges;
                                if (!outcome.client)
                                    return CtxLater::failed(outcome.client.error());
                                const QStringList kids
                                    = kidsOf(outcome.granted.value(QStringLiteral("jwks")));
                                const bool ok = kids.contains(newKid)
                                    && (retire ? !kids.contains(oldKid) : kids.contains(oldKid));
                                c->check(step, ok,
                                    KeyRotationText::tr(
                                        "The AS's registered jwks now has the kids %1.")
                                        .arg(kids.join(QStringLiteral(", "))));
                                if (!ok)
                                    return CtxLater::failed({ ErrorCode::ProtocolError,
                                        KeyRotationText::tr(
                                            "The AS answered the update, but its registered jwks "
                                            "has the kids %1, "
                                            "not the ones sent.")
                                            .arg(kids.join(QStringLiteral(", "))),
                                        {} });
                                auto saved = markAndSave();
                                return retire ? saved.andThen(this, afterRetire) : saved;
                            });
                }
                // A jwks_uri host: the admin publishes the file; where the URI is known, it is read
                // back.
                if (c->st.jwksUri.isEmpty()) {
                    if (retire) {
                        c->check(5, true,
                            KeyRotationText::tr(
                                "JWKS file with the new key only (kid %1) ready for the jwks_uri "
                                "host.")
                                .arg(newKid));
                        // Without a URI to read, the old key's refusal is what proves it was
                        // retired.
                        return afterRetire(c).andThen(this,
                            [markAndSave](std::shared_ptr<Context>) { return markAndSave(); });
                    }
                    c->check(2, true,
                        KeyRotationText::tr(
                            "JWKS file with both keys (kids %1, %2) ready: publish it at the "
                            "client's jwks_uri host; the "
                            "next step's token proves the host serves it.")
                            .arg(oldKid, newKid));
                    return markAndSave();
                }
                auto later
                    = workspace()
                          .registrations()
                          .fetchJwks(c->st.jwksUri, c->env)
                          .andThen(this, [c](const JwksFetch &fetched) -> Later<QStringList> {
                              c->st.exchanges += fetched.exchanges;
                              if (!fetched.keys)
                                  return Later<QStringList>::failed({ fetched.keys.error().code,
                                      KeyRotationText::tr(
                                          "%1 Publish the file there (Download JWKS…), then run "
                                          "this "
                                          "step again.")
                                          .arg(fetched.keys.error().message),
                                      fetched.keys.error().detail });
                              return Later<QStringList>::ready(fetched.keys->kids);
                          });
                return later.andThen(this,
                    [this, c, retire, step, newKid, oldKid, markAndSave, afterRetire](
                        const QStringList &kids) -> CtxLater {
                        const bool ok = kids.contains(newKid)
                            && (retire ? !kids.contains(oldKid) : kids.contains(oldKid));
                        c->check(step, ok,
                            KeyRotationText::tr("The JWKS at %1 has the kids %2.")
                                .arg(c->st.jwksUri.toString(), kids.join(QStringLiteral(", "))));
                        if (!ok)
                            return CtxLater::failed({ ErrorCode::InvalidInput,
                                KeyRotationText::tr(
                                    "The JWKS at %1 has the kids %2, but should have %3: publish "
                                    "the file "
                                    "(Download JWKS…) there, then run this step again.")
                                    .arg(c->st.jwksUri.toString(), kids.join(QStringLiteral(", ")),
                                        retire ? newKid : oldKid + QStringLiteral(", ") + newKid),
                                {} });
                        if (!retire)
                            return markAndSave();
                        return markAndSave().andThen(this, afterRetire);
                    });
            });
}

Later<TokenTestResult> KeyRotation::tokenWith(
    const std::shared_ptr<Context> &c, const CertificateRecord &key)
{
    OAuthClient probe = c->client;
    keyRef(probe, c->st.kind) = key.id;
    return workspace().tokenTests().open(probe, {}).andThen(
        this, [this, c](std::unique_ptr<TokenSession> owned) {
            auto [later, resolve] = Later<TokenTestResult>::make();
            TokenSession *session = owned.release();
            session->setParent(this);
            connect(session, &TokenSession::finished, this,
                [c, resolve, session](const TokenTestResult &r) {
                    session->deleteLater();
                    c->st.exchanges += r.exchanges;
                    resolve(r);
                });
            session->start();
            return later;
        });
}

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::verifyToken(
    std::shared_ptr<Context> c, bool withNewKey, bool expectAccepted)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    const std::optional<CertificateRecord> key = withNewKey ? c->st.newKey : c->st.oldKey;
    const int step = c->st.nextStep;
    if (!key)
        return CtxLater::failed(
            { ErrorCode::NotFound, KeyRotationText::tr("The key to test with is gone."), {} });
    return tokenWith(c, *key).andThen(
        this, [c, key, step, withNewKey, expectAccepted](const TokenTestResult &r) -> CtxLater {
            const QString which = keyWords(c->st.kind, *key, withNewKey);
            if (r.ok()) {
                if (r.clientAssertion && !r.clientAssertion->kid.isEmpty()
                    && r.clientAssertion->kid != key->kid)
                    return CtxLater::failed({ ErrorCode::Internal,
                        KeyRotationText::tr("The assertion named kid %1, not %2.")
                            .arg(r.clientAssertion->kid, key->kid),
                        {} });
                c->check(step, expectAccepted,
                    KeyRotationText::tr("A token request with %1 got a token.").arg(which));
                if (expectAccepted)
                    return CtxLater::ready(c);
                if (c->st.kind == RotationKind::TlsClientAuth)
                    return CtxLater::failed({ ErrorCode::Conflict,
                        KeyRotationText::tr(
                            "The AS still accepts the old certificate (serial %1) although it has "
                            "the subject "
                            "%2 registered: it may match this client on something else than the "
                            "subject DN; "
                            "check the client's registration at the AS, then run this step again.")
                            .arg(key->serialNumber,
                                c->st.newKey ? c->st.newKey->subjectDn : QString()),
                        {} });
                return CtxLater::failed({ ErrorCode::Conflict,
                    KeyRotationText::tr(
                        "The AS still accepts the old key (kid %1): remove it from the "
                        "JWKS it reads, then run "
                        "this step again.")
                        .arg(key->kid),
                    {} });
            }
            const Error e = r.token.result.error();
            const bool refused = e.code == ErrorCode::Rejected;
            c->check(step, !expectAccepted && refused,
                KeyRotationText::tr("A token request with %1 was refused: %2")
                    .arg(which, e.message));
            if (expectAccepted || !refused)
                return CtxLater::failed(e);
            return CtxLater::ready(c);
        });
}

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::switchClient(std::shared_ptr<Context> c)
{
    OAuthClient switched = c->client;
    keyRef(switched, c->st.kind) = c->st.newKey->id;
    return workspace()
        .clients()
        .save(switched, std::nullopt)
        .andThen(this, [this, c](const OAuthClient &saved) {
            const bool ok = keyRef(saved, c->st.kind) == c->st.newKey->id;
            c->check(4, ok,
                c->st.kind == RotationKind::TlsClientAuth
                    ? KeyRotationText::tr(
                        "The client now authenticates with the new certificate (serial %1).")
                          .arg(c->st.newKey->serialNumber)
                    : KeyRotationText::tr("The client now authenticates with kid %1.")
                          .arg(c->st.newKey->kid));
            c->client = saved;
            if (!ok)
                return Later<std::shared_ptr<Context>>::failed({ ErrorCode::Internal,
                    KeyRotationText::tr("The client was saved but does not reference the new key."),
                    {} });
            return verifyToken(c, true, true);
        });
}

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::removeOld(std::shared_ptr<Context> c)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    const CertificateRecord old = *c->st.oldKey;
    for (const OAuthClient &o : c->clients) {
        if (o.signingCertificateId == old.id || o.transportCertificateId == old.id)
            return CtxLater::failed({ ErrorCode::Conflict,
                KeyRotationText::tr(
                    "The old key (kid %1) is also used by \"%2\": switch that client first, then "
                    "remove it.")
                    .arg(old.kid, o.name),
                {} });
    }
    return workspace().certificates().remove(old).andThen(this, [this, c, old]() {
        auto [later, resolve] = Later<std::shared_ptr<Context>>::make();
        workspace().keychain().read(Keychain::privateKeyKey(old.uuid), this,
            [this, c, old, resolve](Result<SecretBytes> gone) {
                const bool ok = !gone && gone.error().code == ErrorCode::SecretNotFound;
                c->check(6, ok,
                    c->st.kind == RotationKind::TlsClientAuth
                        ? KeyRotationText::tr(
                            "The old certificate's key (serial %1) is no longer in the keychain, "
                            "and its "
                            "record is removed.")
                              .arg(old.serialNumber)
                        : KeyRotationText::tr(
                            "The old key (kid %1) is no longer in the keychain, and its record is "
                            "removed.")
                              .arg(old.kid));
                if (ok && c->st.kind == RotationKind::TlsClientAuth && !c->st.newSubject())
                    c->check(6, false,
                        KeyRotationText::tr(
                            "The old certificate itself (serial %1, same subject) stays valid at "
                            "the AS until "
                            "it expires on %2: removing its key here does not revoke it; only the "
                            "CA can.")
                            .arg(old.serialNumber, dateOf(old.notAfter)),
                        true);
                if (!ok) {
                    resolve.fail({ ErrorCode::Internal,
                        KeyRotationText::tr("The old key is still in the keychain."), {} });
                    return;
                }
                c->record.reset();
                saveRecord(c).then(this, [c, resolve](Result<void> r) {
                    if (!r)
                        resolve.fail(r.error());
                    else
                        resolve(c);
                });
            });
        return later;
    });
}

Later<RotationState> KeyRotation::abandon(qint64 clientRowId)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    return load(clientRowId)
        .andThen(this,
            [this](std::shared_ptr<Context> c) -> CtxLater {
                if (!c->st.inProgress)
                    return CtxLater::failed({ ErrorCode::InvalidInput,
                        KeyRotationText::tr("No rotation of \"%1\" is in progress.")
                            .arg(c->client.name),
                        {} });
                if (c->st.nextStep >= 5)
                    return CtxLater::failed({ ErrorCode::InvalidInput,
                        KeyRotationText::tr(
                            "\"%1\" already authenticates with the new key: finish the rotation "
                            "instead "
                            "of abandoning it.")
                            .arg(c->client.name),
                        {} });
                // tls_client_auth: steps 3–4 stopped between the AS's update and the client's
                // leave the new subject registered; the old certificate's goes back.
                if (c->st.kind == RotationKind::TlsClientAuth) {
                    const bool newAtAs = c->st.newSubject() && c->subjectDnAtAs && c->st.oldKey
                        && sameDn(*c->subjectDnAtAs, c->st.newKey->subjectDn);
                    if (!newAtAs)
                        return CtxLater::ready(c);
                    return registerSubject(c, c->st.oldKey->subjectDn, 0);
                }
                const bool atAs = c->st.publication == RotationPublication::RegisteredJwks
                    && c->st.kidsAtAs && c->st.kidsAtAs->contains(c->st.newKey->kid);
                if (!atAs)
                    return CtxLater::ready(c);
                // Back to the old key alone at the AS: what the client had before the rotation.
                return workspace()
                    .registrations()
                    .inputFor(c->client)
                    .andThen(this,
                        [this, c](const RegistrationInput &input) {
                            return workspace().registrations().update(c->env, input);
                        })
                    .andThen(this, [c](RegistrationOutcome o) -> CtxLater {
                        c->st.exchanges += o.exchanges;
                        if (!o.client)
                            return CtxLater::failed(o.client.error());
                        return CtxLater::ready(c);
                    });
            })
        .andThen(this,
            [this](std::shared_ptr<Context> c) {
                return workspace()
                    .certificates()
                    .remove(*c->st.newKey)
                    .andThen(this,
                        [this, c] {
                            c->record.reset();
                            return saveRecord(c);
                        })
                    .andThen(this, [this, c] { return load(c->client.id); });
            })
        .andThen(this, [](std::shared_ptr<Context> c) { return c->st; });
}

} // namespace oauthdesk
