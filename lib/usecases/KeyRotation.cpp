// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/KeyRotationContext.h"

namespace oauthdesk {

QString RotationState::stepTitle(int step)
{
    return stepTitle(step, RotationKind::SigningKey, false);
}

QString RotationState::stepTitle(int step, RotationKind kind, bool newSubject)
{
    if (kind == RotationKind::TlsClientAuth) {
        switch (step) {
        case 1:
            return KeyRotationText::tr("Generate the new key and get its certificate from the CA");
        case 2:
            return newSubject
                ? KeyRotationText::tr("Check the new certificate (the AS keeps the old subject)")
                : KeyRotationText::tr(
                    "Check the AS has the subject registered (it matches both certificates)");
        case 3:
            return KeyRotationText::tr("Verify the AS accepts the new certificate");
        case 4:
            return newSubject
                ? KeyRotationText::tr("Switch the AS and the client to the new certificate")
                : KeyRotationText::tr("Switch the client to the new certificate");
        case 5:
            return newSubject ? KeyRotationText::tr("Verify the AS refuses the old certificate")
                              : KeyRotationText::tr(
                                  "Retire the old certificate at the AS (same subject: it cannot)");
        default:
            break;
        }
    }
    switch (step) {
    case 1:
        return KeyRotationText::tr("Generate the new key");
    case 2:
        return KeyRotationText::tr("Publish it at the AS beside the old key");
    case 3:
        return KeyRotationText::tr("Verify the AS accepts the new key");
    case 4:
        return KeyRotationText::tr("Switch the client to the new key");
    case 5:
        return KeyRotationText::tr("Retire the old key at the AS");
    case 6:
        return KeyRotationText::tr("Remove the old key from the keychain");
    default:
        return {};
    }
}

QString RotationState::stepStatus(int nextStep)
{
    switch (nextStep) {
    case 1:
        return KeyRotationText::tr("no new key yet");
    case 2:
        return KeyRotationText::tr("new key generated, not yet published");
    case 3:
        return KeyRotationText::tr("new key published, not yet verified");
    case 4:
        return KeyRotationText::tr("new key verified, client not yet switched");
    case 5:
        return KeyRotationText::tr(
            "client switched to the new key, old key not yet retired at the AS");
    case 6:
        return KeyRotationText::tr("old key retired at the AS, not yet removed from the keychain");
    default:
        return KeyRotationText::tr("finished: the old key is gone");
    }
}

bool RotationState::newSubject() const
{
    if (kind != RotationKind::TlsClientAuth)
        return false;
    if (!newKey || !oldKey)
        return true; // the proposed subject is the default
    return !sameDn(newKey->subjectDn, oldKey->subjectDn);
}

QString RotationState::title(int step) const
{
    return stepTitle(step, kind, newSubject());
}

QString RotationState::status(int next) const
{
    if (kind != RotationKind::TlsClientAuth)
        return stepStatus(next);
    const bool fresh = newSubject();
    switch (next) {
    case 1:
        return KeyRotationText::tr("no new certificate yet");
    case 2:
        return fresh
            ? KeyRotationText::tr("new certificate issued (subject %1), not yet checked")
                  .arg(newKey ? newKey->subjectDn : QString())
            : KeyRotationText::tr("new certificate issued, the AS's subject not yet checked");
    case 3:
        return fresh
            ? KeyRotationText::tr("new certificate checked, not yet tested at the AS")
            : KeyRotationText::tr("subject registered at the AS, new certificate not yet verified");
    case 4:
        return fresh ? KeyRotationText::tr(
                   "the AS accepted the new certificate; the AS and the client not yet switched")
                     : KeyRotationText::tr("new certificate verified, client not yet switched");
    case 5:
        return fresh
            ? KeyRotationText::tr(
                "the AS and the client use the new certificate; the old one's refusal not yet "
                "verified")
            : KeyRotationText::tr(
                "client switched to the new certificate, the old one not yet checked at the AS");
    case 6:
        return fresh
            ? KeyRotationText::tr(
                "the AS refuses the old certificate; its key is not yet removed from the keychain")
            : KeyRotationText::tr(
                "the AS still accepts the old certificate (same subject) until it expires on %1; "
                "its key "
                "is not yet removed from the keychain")
                  .arg(dateOf(oldKey ? oldKey->notAfter : std::nullopt));
    default:
        return KeyRotationText::tr("finished: the old certificate's key is gone");
    }
}

QString RotationState::summary() const
{
    if (finished())
        return kind == RotationKind::TlsClientAuth
            ? KeyRotationText::tr(
                "Rotation finished: the client uses the new certificate and the old key is gone.")
            : KeyRotationText::tr(
                "Rotation finished: the client uses the new key and the old one is gone.");
    if (!inProgress)
        return KeyRotationText::tr("No rotation in progress.");
    if (nextStep == 1)
        return KeyRotationText::tr(
            "Rotation in progress: step 1 of %1 — new key made, its certificate is not issued yet")
            .arg(kSteps);
    return KeyRotationText::tr("Rotation in progress: step %1 of %2 — %3")
        .arg(nextStep)
        .arg(kSteps)
        .arg(status(nextStep));
}

QString KeyRotation::recordPath(const QString &dataFile)
{
    return dataFile + QStringLiteral(".rotations.json");
}

// --- reading the state -------------------------------------------------------------------

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::load(qint64 clientRowId)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    auto c = std::make_shared<Context>();
    c->st.clientRowId = clientRowId;
    const QString path = recordPath(workspace().path());
    return workspace()
        .clients()
        .get(clientRowId)
        .andThen(this,
            [this, c](const OAuthClient &client) -> Later<QList<CertificateRecord>> {
                c->client = client;
                c->st.clientName = client.name;
                switch (client.authMethod) {
                case AuthMethod::PrivateKeyJwt:
                    c->st.kind = RotationKind::SigningKey;
                    break;
                case AuthMethod::SelfSignedTlsClientAuth:
                    c->st.kind = RotationKind::SelfSignedTls;
                    break;
                case AuthMethod::TlsClientAuth:
                    c->st.kind = RotationKind::TlsClientAuth;
                    break;
                default:
                    return Later<QList<CertificateRecord>>::failed({ ErrorCode::InvalidInput,
                        KeyRotationText::tr(
                            "\"%1\" authenticates with %2: only private_key_jwt, tls_client_auth "
                            "and "
                            "self_signed_tls_client_auth clients have a key to rotate (rotate a "
                            "secret on the client's "
                            "details instead).")
                            .arg(client.name, toWire(client.authMethod)),
                        {} });
                }
                if (!keyRef(c->client, c->st.kind))
                    return Later<QList<CertificateRecord>>::failed({ ErrorCode::InvalidInput,
                        KeyRotationText::tr(
                            "\"%1\" has no %2 key yet: pick or generate one on the client's "
                            "Authentication page first.")
                            .arg(client.name,
                                c->st.kind == RotationKind::SigningKey
                                    ? KeyRotationText::tr("signing")
                                    : KeyRotationText::tr("transport")),
                        {} });
                if (!client.environmentId)
                    return Later<QList<CertificateRecord>>::failed({ ErrorCode::InvalidInput,
                        KeyRotationText::tr(
                            "\"%1\" has no environment: there is no AS to publish a new key at. "
                            "Edit the client and pick "
                            "its environment.")
                            .arg(client.name),
                        {} });
                return workspace().certificates().forApplication(client.applicationId);
            })
        .andThen(this,
            [this, c](const QList<CertificateRecord> &records) {
                c->records = records;
                return workspace().clients().list();
            })
        .andThen(this,
            [this, c](const QList<OAuthClient> &all) {
                for (const OAuthClient &o : all) {
                    if (o.applicationId == c->client.applicationId && o.id != c->client.id)
                        c->clients.append(o);
                }
                return workspace().environments().find(QString::number(*c->client.environmentId));
            })
        .andThen(this,
            [c, path](const Environment &env) {
                c->env = env;
                const QString uuid = c->client.uuid;
                return Later<std::optional<RotationRecord>>::fromFuture(
                    QtConcurrent::run([path, uuid] { return readRecord(path, uuid); }));
            })
        .andThen(this,
            [this, c](std::optional<RotationRecord> record) {
                c->record = record;
                return readAs(c);
            })
        .andThen(this, [this, c](std::shared_ptr<Context>) -> CtxLater {
            derive(*c);
            const bool needsFile = c->st.publication == RotationPublication::JwksFile
                && c->st.newKey && c->st.oldKey && (c->st.nextStep == 2 || c->st.nextStep == 5);
            if (!needsFile)
                return CtxLater::ready(c);
            return jwksFor(c, c->st.nextStep == 2).andThen(this, [c](const QByteArray &file) {
                c->st.jwksFile = file;
                return c;
            });
        });
}

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::readAs(std::shared_ptr<Context> c)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    c->st.publication = c->st.kind == RotationKind::TlsClientAuth ? RotationPublication::SubjectDn
                                                                  : RotationPublication::JwksFile;
    if (c->client.registrationClientUri.isEmpty() || c->client.uuid.isEmpty()) {
        c->st.asNote = KeyRotationText::tr(
            "Not registered through OAuthDesk: what the AS has registered cannot be "
            "read, so the steps are "
            "verified with token requests.");
        return CtxLater::ready(c);
    }
    return workspace()
        .registrations()
        .read(c->env, c->client)
        .andThen(this, [this, c](const RegistrationRead &read) -> CtxLater {
            c->st.exchanges += read.exchanges;
            c->st.warnings += read.notes;
            if (!read.registered) {
                c->st.asNote = read.tokenRead
                    ? KeyRotationText::tr("The AS's registration could not be read: %1")
                          .arg(read.registered.error().message)
                    : KeyRotationText::tr("The registration access token is not readable "
                                          "(%1): the AS's registration cannot be "
                                          "read.")
                          .arg(read.registered.error().message);
                return CtxLater::ready(c);
            }
            const QJsonObject &m = read.registered->metadata;
            if (c->st.kind == RotationKind::TlsClientAuth) {
                c->subjectDnAtAs = m.value(QStringLiteral("tls_client_auth_subject_dn")).toString();
                for (const char *san : { "tls_client_auth_san_dns", "tls_client_auth_san_uri",
                         "tls_client_auth_san_ip", "tls_client_auth_san_email" }) {
                    const QString value = m.value(QLatin1String(san)).toString();
                    if (!value.isEmpty())
                        c->sanMatchAtAs
                            = QStringLiteral("%1 \"%2\"").arg(QLatin1String(san), value);
                }
                if (!c->sanMatchAtAs.isEmpty())
                    c->st.warnings.append(
                        KeyRotationText::tr("The AS matches this client by %1, not by its subject "
                                            "DN: the steps that update the "
                                            "registration register the certificate's subject DN "
                                            "instead (what OAuthDesk registers "
                                            "for tls_client_auth).")
                            .arg(c->sanMatchAtAs));
                c->st.subjectDnAtAs = c->subjectDnAtAs;
                return CtxLater::ready(c);
            }
            if (m.contains(QStringLiteral("jwks")) && !m.value(QStringLiteral("jwks")).isNull()) {
                c->st.publication = RotationPublication::RegisteredJwks;
                c->st.kidsAtAs = kidsOf(m.value(QStringLiteral("jwks")));
                return CtxLater::ready(c);
            }
            c->st.jwksUri = QUrl(m.value(QStringLiteral("jwks_uri")).toString());
            if (!c->st.jwksUri.isValid() || c->st.jwksUri.isEmpty())
                return CtxLater::ready(c);
            return workspace()
                .registrations()
                .fetchJwks(c->st.jwksUri, c->env)
                .andThen(this, [c](const JwksFetch &fetched) {
                    c->st.exchanges += fetched.exchanges;
                    if (fetched.keys)
                        c->st.kidsAtAs = fetched.keys->kids;
                    else if (fetched.keys.error().code == ErrorCode::NotFound)
                        c->st.kidsAtAs = QStringList {};
                    else
                        c->st.asNote = fetched.keys.error().message;
                    return c;
                });
        });
}

void KeyRotation::derive(Context &c)
{
    RotationState &st = c.st;
    const std::optional<qint64> ref = keyRef(c.client, st.kind);
    st.oldKey = c.byId(ref);
    st.nextStep = 1;
    st.inProgress = false;
    if (!c.record) {
        if (st.kind == RotationKind::TlsClientAuth && st.oldKey)
            st.proposedSubjectDn = proposedSubjectDn(st.oldKey->subjectDn, c.client.name);
        return;
    }
    st.newKey = c.byUuid(c.record->newUuid);
    const auto old = c.byUuid(c.record->oldUuid);
    if (!st.newKey) {
        // The new key was removed elsewhere: nothing is in progress any more.
        c.dropRecord = true;
        st.warnings.append(
            KeyRotationText::tr("The rotation's new key is gone; the client still uses its key. "
                                "Start again to rotate."));
        return;
    }
    st.inProgress = true;
    const bool switched = ref && *ref == st.newKey->id;
    if (switched)
        st.oldKey = old;
    else if (!st.oldKey || (old && old->id != st.oldKey->id))
        st.oldKey = old ? old : st.oldKey;
    if (st.kind == RotationKind::TlsClientAuth && st.newKey->certificatePem.isEmpty())
        return; // step 1 waits for the CA's certificate
    if (!switched) {
        // Our own RFC 7592 update is read back from the AS; a file published elsewhere counts once
        // step 2 has read it there (or, without a URI to read, once the admin went past step 2).
        bool published = c.record->published;
        if (st.kidsAtAs && st.publication == RotationPublication::RegisteredJwks)
            published = st.kidsAtAs->contains(st.newKey->kid);
        else if (st.kidsAtAs)
            published = published && st.kidsAtAs->contains(st.newKey->kid);
        else if (c.subjectDnAtAs && !st.newSubject())
            published = published && sameDn(*c.subjectDnAtAs, st.newKey->subjectDn);
        if (st.newSubject() && c.subjectDnAtAs && sameDn(*c.subjectDnAtAs, st.newKey->subjectDn))
            // Steps 3 and 4 update the AS before the client: stopped in between, the AS refuses
            // the certificate the client still uses. The next step puts it right either way.
            st.warnings.append(KeyRotationText::tr(
                "The AS has the new subject %1 registered, but the client still uses the old "
                "certificate, which the AS refuses now: run the next step (it puts the AS "
                "back to the old subject or switches the client), or abandon the rotation.")
                                   .arg(*c.subjectDnAtAs));
        st.nextStep = !published ? 2 : (c.record->verified ? 4 : 3);
        return;
    }
    if (st.newSubject() && c.subjectDnAtAs && !sameDn(*c.subjectDnAtAs, st.newKey->subjectDn))
        st.warnings.append(KeyRotationText::tr(
            "The client uses the new certificate, but the AS has the subject %1 registered, not "
            "%2: its token requests are refused until step 5 registers the new subject.")
                               .arg(c.subjectDnAtAs->isEmpty() ? KeyRotationText::tr("(none)")
                                                               : *c.subjectDnAtAs,
                                   st.newKey->subjectDn));
    // Retired once step 5 verified it (new key accepted, old refused) and the AS still agrees.
    bool retired = c.record->retired;
    if (st.kidsAtAs && old && st.kind != RotationKind::TlsClientAuth)
        retired
            = retired && !st.kidsAtAs->contains(old->kid) && st.kidsAtAs->contains(st.newKey->kid);
    if (st.newSubject() && c.subjectDnAtAs)
        retired = retired && sameDn(*c.subjectDnAtAs, st.newKey->subjectDn);
    if (retired && old && st.kind == RotationKind::TlsClientAuth && !st.newSubject())
        st.warnings.append(KeyRotationText::tr(
            "The old certificate (serial %1, subject %2) stays valid at the AS until it expires "
            "on %3: the AS cannot tell it from the new one. To end it sooner, ask the CA to "
            "revoke serial %1.")
                               .arg(old->serialNumber, old->subjectDn, dateOf(old->notAfter)));
    if (!retired)
        st.nextStep = 5;
    else
        st.nextStep = old ? 6 : RotationState::kSteps + 1;
}

RotationState KeyRotation::stateOf(const std::shared_ptr<Context> &c)
{
    return c->st;
}

Later<RotationState> KeyRotation::state(qint64 clientRowId)
{
    return load(clientRowId)
        .andThen(this, [this](std::shared_ptr<Context> c) -> Later<RotationState> {
            if (!c->dropRecord)
                return Later<RotationState>::ready(stateOf(c));
            c->record.reset();
            return saveRecord(c).andThen(this, [this, c] { return stateOf(c); });
        });
}

Later<void> KeyRotation::saveRecord(const std::shared_ptr<Context> &c)
{
    const QString path = recordPath(workspace().path());
    const QString uuid = c->client.uuid;
    const std::optional<RotationRecord> record = c->record;
    return Later<void>::fromFuture(
        QtConcurrent::run([path, uuid, record] { return writeRecord(path, uuid, record); }));
}

Later<QByteArray> KeyRotation::jwksFor(const std::shared_ptr<Context> &c, bool both)
{
    QList<CertificateRecord> keys;
    if (both && c->st.oldKey)
        keys.append(*c->st.oldKey);
    if (c->st.newKey)
        keys.append(*c->st.newKey);
    if (c->st.kind == RotationKind::SigningKey)
        return workspace().certificates().jwks(keys);
    QJsonArray all;
    for (const CertificateRecord &r : keys) {
        auto one = Certificates::selfSignedTlsJwks(r);
        if (!one)
            return Later<QByteArray>::failed(one.error());
        for (const QJsonValue &k :
            QJsonDocument::fromJson(*one).object().value(QStringLiteral("keys")).toArray())
            all.append(k);
    }
    return Later<QByteArray>::ready(QJsonDocument(
        QJsonObject { { QStringLiteral("keys"),
            all } }).toJson(QJsonDocument::Compact));
}

} // namespace oauthdesk
