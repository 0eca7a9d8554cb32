// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/KeyRotationContext.h"

namespace oauthdesk {

// --- the steps -----------------------------------------------------------------------------

Later<RotationState> KeyRotation::advance(qint64 clientRowId, bool removalConfirmed)
{
    auto checks = std::make_shared<QList<RotationCheck>>();
    auto exchanges = std::make_shared<QList<HttpExchange>>();
    auto performed = std::make_shared<int>(0);
    return load(clientRowId)
        .andThen(this,
            [this, removalConfirmed, performed](std::shared_ptr<Context> c) {
                *performed = c->st.nextStep;
                return perform(c, removalConfirmed);
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
    std::shared_ptr<Context> c, bool removalConfirmed)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    c->st.exchanges.clear();
    switch (c->st.nextStep) {
    case 1:
        return generate(c);
    case 2:
        return publish(c, false);
    case 3:
        return verifyToken(c, true, true).andThen(this, [this](std::shared_ptr<Context> v) {
            v->record->verified = true;
            return saveRecord(v).andThen(this, [v] { return v; });
        });
    case 4:
        return switchClient(c);
    case 5:
        return publish(c, true);
    case 6:
        if (!removalConfirmed)
            return CtxLater::failed({ ErrorCode::InvalidInput,
                tr("Removing the old key (kid %1) cannot be undone: confirm it (the CLI's --yes).")
                    .arg(c->st.oldKey ? c->st.oldKey->kid : QString()),
                {} });
        return removeOld(c);
    default:
        return CtxLater::failed({ ErrorCode::InvalidInput,
            tr("The rotation of \"%1\" is finished: nothing is left to do.").arg(c->client.name),
            {} });
    }
}

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::generate(std::shared_ptr<Context> c)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    if (!c->st.oldKey)
        return CtxLater::failed(
            { ErrorCode::NotFound, tr("The client's current key record is gone."), {} });
    const CertificateRecord old = *c->st.oldKey;
    if (c->st.newKey) {
        // tls_client_auth: the key and CSR exist; the CA's certificate has not been imported.
        return CtxLater::failed({ ErrorCode::InvalidInput,
            tr("The new key's CSR (subject %1) waits for its certificate: have the CA the AS "
               "trusts "
               "issue it, import it under Certificates (kid %2), then run the next step.")
                .arg(c->st.newKey->subjectDn, c->st.newKey->kid),
            {} });
    }
    const CertificatePurpose purpose = c->st.kind == RotationKind::SigningKey
        ? CertificatePurpose::Signing
        : CertificatePurpose::Transport;
    const SubjectFields subject = subjectFromDn(old.subjectDn, c->client.name);
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
                    c->check(1, true,
                        tr("New %1 key %2 (kid %3) is in the keychain; the client still uses kid "
                           "%4.")
                            .arg(toWire(fresh.keyAlgorithm), fresh.uuid.left(8), fresh.kid,
                                c->st.oldKey->kid));
                    if (c->st.kind == RotationKind::TlsClientAuth)
                        c->check(1, true,
                            tr("CSR for %1 made: have the CA the AS trusts issue the certificate, "
                               "and import it.")
                                .arg(fresh.subjectDn));
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
                if (!v->st.oldKey || v->st.kind == RotationKind::TlsClientAuth)
                    return CtxLater::ready(v);
                return verifyToken(v, false, false);
            });
    };

    if (c->st.publication == RotationPublication::SubjectDn) {
        if (retire) {
            c->check(5, false,
                tr("tls_client_auth registers a subject DN, not a key: the old certificate (same "
                   "subject %1) is "
                   "accepted until it expires or the CA revokes it. Ask the CA to revoke serial "
                   "%2.")
                    .arg(c->st.oldKey ? c->st.oldKey->subjectDn : QString(),
                        c->st.oldKey ? c->st.oldKey->serialNumber : QString()));
            return markAndSave().andThen(this, afterRetire);
        }
        if (c->client.registrationClientUri.isEmpty()) {
            c->check(2, true,
                tr("Register the subject DN %1 at the AS (it is the same as the old one's when "
                   "unchanged).")
                    .arg(c->st.newKey->subjectDn));
            return markAndSave();
        }
        OAuthClient target = c->client;
        target.transportCertificateId = c->st.newKey->id;
        return workspace()
            .registrations()
            .inputFor(target)
            .andThen(this,
                [this, c](RegistrationInput input) {
                    input.client = c->client; // the local record keeps its current certificate
                    return workspace().registrations().update(c->env, input);
                })
            .andThen(this, [c, markAndSave](RegistrationOutcome outcome) -> CtxLater {
                c->st.exchanges += outcome.exchanges;
                if (!outcome.client)
                    return CtxLater::failed(outcome.client.error());
                c->check(2, true,
                    tr("The AS has the subject DN %1 registered.").arg(c->st.newKey->subjectDn));
                return markAndSave();
            });
    }

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
                                    tr("The AS's registered jwks now has the kids %1.")
                                        .arg(kids.join(QStringLiteral(", "))));
                                if (!ok)
                                    return CtxLater::failed({ ErrorCode::ProtocolError,
                                        tr("The AS answered the update, but its registered jwks "
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
                            tr("JWKS file with the new key only (kid %1) ready for the jwks_uri "
                               "host.")
                                .arg(newKid));
                        // Without a URI to read, the old key's refusal is what proves it was
                        // retired.
                        return afterRetire(c).andThen(this,
                            [markAndSave](std::shared_ptr<Context>) { return markAndSave(); });
                    }
                    c->check(2, true,
                        tr("JWKS file with both keys (kids %1, %2) ready: publish it at the "
                           "client's jwks_uri host; the "
                           "next step's token proves the host serves it.")
                            .arg(oldKid, newKid));
                    return markAndSave();
                }
                HttpRequest get;
                get.url = c->st.jwksUri;
                get.maxResponseBytes = 256 * 1024;
                auto [later, resolve] = Later<QStringList>::make();
                workspace().transport().send(
                    get, c->env.caBundlePath, this, [c, resolve](HttpExchange jx) {
                        c->st.exchanges.append(jx);
                        const QJsonDocument doc = QJsonDocument::fromJson(jx.responseBody);
                        if (jx.status != 200 || !doc.isObject()) {
                            resolve.fail({ ErrorCode::ProtocolError,
                                tr("The jwks_uri %1 answered HTTP %2 with no JWKS: publish the "
                                   "file there (Download "
                                   "JWKS…), then run this step again.")
                                    .arg(c->st.jwksUri.toString())
                                    .arg(jx.status),
                                {} });
                            return;
                        }
                        resolve(kidsOf(doc.object()));
                    });
                return later.andThen(this,
                    [this, c, retire, step, newKid, oldKid, markAndSave, afterRetire](
                        const QStringList &kids) -> CtxLater {
                        const bool ok = kids.contains(newKid)
                            && (retire ? !kids.contains(oldKid) : kids.contains(oldKid));
                        c->check(step, ok,
                            tr("The JWKS at %1 has the kids %2.")
                                .arg(c->st.jwksUri.toString(), kids.join(QStringLiteral(", "))));
                        if (!ok)
                            return CtxLater::failed({ ErrorCode::InvalidInput,
                                tr("The JWKS at %1 has the kids %2, but should have %3: publish "
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

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::verifyToken(
    std::shared_ptr<Context> c, bool withNewKey, bool expectAccepted)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    const std::optional<CertificateRecord> key = withNewKey ? c->st.newKey : c->st.oldKey;
    const int step = c->st.nextStep;
    if (!key)
        return CtxLater::failed({ ErrorCode::NotFound, tr("The key to test with is gone."), {} });
    OAuthClient probe = c->client;
    keyRef(probe, c->st.kind) = key->id;
    return workspace().tokenTests().open(probe, {}).andThen(this,
        [this, c, key, step, withNewKey, expectAccepted](std::unique_ptr<TokenSession> owned) {
            auto [later, resolve] = CtxLater::make();
            TokenSession *session = owned.release();
            session->setParent(this);
            connect(session, &TokenSession::finished, this,
                [c, key, step, withNewKey, expectAccepted, resolve, session](
                    const TokenTestResult &r) {
                    session->deleteLater();
                    c->st.exchanges += r.exchanges;
                    const QString which = withNewKey ? tr("new") : tr("old");
                    if (r.ok()) {
                        if (r.clientAssertion && !r.clientAssertion->kid.isEmpty()
                            && r.clientAssertion->kid != key->kid) {
                            resolve.fail({ ErrorCode::Internal,
                                tr("The assertion named kid %1, not %2.")
                                    .arg(r.clientAssertion->kid, key->kid),
                                {} });
                            return;
                        }
                        c->check(step, expectAccepted,
                            tr("A token request with the %1 key only (kid %2) got a token.")
                                .arg(which, key->kid));
                        if (!expectAccepted)
                            resolve.fail({ ErrorCode::Conflict,
                                tr("The AS still accepts the old key (kid %1): remove it from the "
                                   "JWKS it reads, then run "
                                   "this step again.")
                                    .arg(key->kid),
                                {} });
                        else
                            resolve(c);
                        return;
                    }
                    const Error e = r.token.result.error();
                    const bool refused = e.code == ErrorCode::Rejected;
                    c->check(step, !expectAccepted && refused,
                        tr("A token request with the %1 key only (kid %2) was refused: %3")
                            .arg(which, key->kid, e.message));
                    if (expectAccepted || !refused)
                        resolve.fail(e);
                    else
                        resolve(c);
                });
            session->start();
            return later;
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
            c->check(4, ok, tr("The client now authenticates with kid %1.").arg(c->st.newKey->kid));
            c->client = saved;
            if (!ok)
                return Later<std::shared_ptr<Context>>::failed({ ErrorCode::Internal,
                    tr("The client was saved but does not reference the new key."), {} });
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
                tr("The old key (kid %1) is also used by \"%2\": switch that client first, then "
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
                    tr("The old key (kid %1) is no longer in the keychain, and its record is "
                       "removed.")
                        .arg(old.kid));
                if (!ok) {
                    resolve.fail(
                        { ErrorCode::Internal, tr("The old key is still in the keychain."), {} });
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
                        tr("No rotation of \"%1\" is in progress.").arg(c->client.name), {} });
                if (c->st.nextStep >= 5)
                    return CtxLater::failed({ ErrorCode::InvalidInput,
                        tr("\"%1\" already authenticates with the new key: finish the rotation "
                           "instead "
                           "of abandoning it.")
                            .arg(c->client.name),
                        {} });
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
