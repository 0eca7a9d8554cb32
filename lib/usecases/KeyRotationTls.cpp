// SPDX-License-Identifier: GPL-3.0-or-later
// The key rotation's steps 2–5 for a tls_client_auth client (RFC 8705 §2.1): the AS registers one
// subject DN (tls_client_auth_subject_dn) and accepts every certificate from a CA it trusts that
// has it. A new certificate with a new subject cannot be registered beside the old one, so the AS
// is switched to it when the client is (and refuses the old certificate from then on); one with
// the same subject is accepted beside the old one, which then stays valid until it expires.
#include "pki/Certificate.h"
#include "usecases/KeyRotationContext.h"

#include <QElapsedTimer>

namespace oauthdesk {

namespace {

Result<CertificateInfo> infoOf(const CertificateRecord &r)
{
    auto ders = parseCertificates(r.certificatePem);
    if (!ders)
        return std::unexpected(ders.error());
    return certificateInfo(ders->constFirst());
}

} // namespace

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::registerSubject(
    std::shared_ptr<Context> c, const QString &subjectDn, int step)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    if (!c->registeredHere())
        return CtxLater::failed({ ErrorCode::InvalidInput,
            KeyRotationText::tr(
                "\"%1\" was not registered through OAuthDesk: register the subject %2 at the AS "
                "yourself.")
                .arg(c->client.name, subjectDn),
            {} });
    return workspace()
        .registrations()
        .inputFor(c->client)
        .andThen(this,
            [this, c, subjectDn](RegistrationInput input) {
                // The client's metadata as stored, with this subject (the local record keeps its
                // certificate: the switch is step 4's).
                input.tlsClientAuthSubjectDn = subjectDn;
                return workspace().registrations().update(c->env, input);
            })
        .andThen(this, [c, subjectDn, step](RegistrationOutcome outcome) -> CtxLater {
            c->st.exchanges += outcome.exchanges;
            if (!outcome.client)
                return CtxLater::failed(outcome.client.error());
            c->client = *outcome.client;
            const QString granted
                = outcome.granted.value(QStringLiteral("tls_client_auth_subject_dn")).toString();
            if (!sameDn(granted, subjectDn)) {
                c->check(step, false,
                    KeyRotationText::tr("The AS answered the update with the subject %1, not %2.")
                        .arg(granted.isEmpty() ? KeyRotationText::tr("(none)") : granted,
                            subjectDn));
                return CtxLater::failed({ ErrorCode::ProtocolError,
                    KeyRotationText::tr(
                        "The AS answered the RFC 7592 update, but has the subject %1 registered, "
                        "not %2: "
                        "it may not let clients change tls_client_auth_subject_dn; ask its "
                        "operators.")
                        .arg(
                            granted.isEmpty() ? KeyRotationText::tr("(none)") : granted, subjectDn),
                    {} });
            }
            c->subjectDnAtAs = granted;
            c->st.subjectDnAtAs = granted;
            if (step > 0)
                c->check(step, true,
                    KeyRotationText::tr("The AS has the subject %1 registered (RFC 7592 update).")
                        .arg(granted));
            return CtxLater::ready(c);
        });
}

// Step 2 ---------------------------------------------------------------------------------------

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::tlsPublish(std::shared_ptr<Context> c)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    const CertificateRecord fresh = *c->st.newKey;
    auto published = [this, c]() {
        c->record->published = true;
        return saveRecord(c).andThen(this, [c] { return c; });
    };
    auto info = infoOf(fresh);
    if (!info)
        return CtxLater::failed(info.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (info->notAfter < now || info->notBefore > now)
        return CtxLater::failed({ ErrorCode::InvalidInput,
            KeyRotationText::tr("The new certificate (serial %1) is valid from %2 to %3, not now: "
                                "have the CA issue "
                                "another "
                                "for the CSR and import it.")
                .arg(info->serialHex, dateOf(info->notBefore), dateOf(info->notAfter)),
            {} });
    if (!info->extendedKeyUsage.isEmpty()
        && !info->extendedKeyUsage.contains(QStringLiteral("clientAuth")))
        return CtxLater::failed({ ErrorCode::InvalidInput,
            KeyRotationText::tr(
                "The new certificate (serial %1) is not for client authentication (its extended "
                "key "
                "usage is "
                "%2): the AS refuses it in the TLS handshake. Ask the CA for a certificate with "
                "clientAuth.")
                .arg(info->serialHex, info->extendedKeyUsage.join(QStringLiteral(", "))),
            {} });
    c->check(2, true,
        KeyRotationText::tr(
            "The new certificate (serial %1, subject %2) is valid until %3 and is for client "
            "authentication.")
            .arg(info->serialHex, info->subject, dateOf(info->notAfter)));
    if (c->st.oldKey && !c->st.oldKey->certificatePem.isEmpty()) {
        auto was = infoOf(*c->st.oldKey);
        if (was && !sameDn(was->issuer, info->issuer))
            c->check(2, false,
                KeyRotationText::tr(
                    "It is issued by %1, the old one by %2: the AS must trust that CA for this "
                    "client "
                    "too (step 3 tries it).")
                    .arg(info->issuer, was->issuer),
                true);
        else if (was)
            c->check(2, true,
                KeyRotationText::tr("It is issued by %1, as the old one.").arg(info->issuer));
    }

    if (!c->st.newSubject()) {
        // One subject matches both certificates: the AS needs that subject, nothing else.
        if (!c->registeredHere()) {
            c->check(2, true,
                KeyRotationText::tr(
                    "Both certificates have the subject %1: the AS must have it registered as the "
                    "client's tls_client_auth_subject_dn (the next step's token proves it).")
                    .arg(fresh.subjectDn));
            return published();
        }
        if (c->subjectDnAtAs && sameDn(*c->subjectDnAtAs, fresh.subjectDn)) {
            c->check(2, true,
                KeyRotationText::tr(
                    "The AS has the subject %1 registered (RFC 7592 read): it matches both the old "
                    "and "
                    "the new certificate.")
                    .arg(*c->subjectDnAtAs));
            return published();
        }
        return registerSubject(c, fresh.subjectDn, 2)
            .andThen(this, [published](std::shared_ptr<Context>) { return published(); });
    }
    if (!c->registeredHere()) {
        c->check(2, true,
            KeyRotationText::tr(
                "The AS holds one subject per client (RFC 8705 §2.1.2). When you are ready to "
                "switch, have "
                "its operators register %1 in place of %2: the AS refuses the old certificate from "
                "then "
                "on, so run steps 3 and 4 right after.")
                .arg(fresh.subjectDn, c->st.oldKey ? c->st.oldKey->subjectDn : QString()));
        return published();
    }
    c->check(2, true,
        KeyRotationText::tr(
            "The AS keeps the old subject %1 for now: it holds one subject per client (RFC 8705 "
            "§2.1.2), so the new one %2 is registered only to test it (step 3) and for the switch "
            "(step 4).")
            .arg(c->subjectDnAtAs.value_or(c->st.oldKey ? c->st.oldKey->subjectDn : QString()),
                fresh.subjectDn));
    return published();
}

// Step 3 ---------------------------------------------------------------------------------------

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::tlsProbe(std::shared_ptr<Context> c)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    if (!c->st.newSubject() || !c->registeredHere() || !c->st.oldKey)
        return verifyToken(c, true, true);
    // The new subject for one token request, then the old one back: the old certificate is
    // refused only for that moment (the check says how long).
    const QString newDn = c->st.newKey->subjectDn;
    const QString oldDn = c->st.oldKey->subjectDn;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto [later, resolve] = CtxLater::make();
    registerSubject(c, newDn, 3)
        .then(this, [this, c, oldDn, clock, resolve](Result<std::shared_ptr<Context>> r) {
            if (!r) {
                resolve.fail(r.error()); // the update was refused: the AS still has the old subject
                return;
            }
            verifyToken(c, true, true)
                .then(
                    this, [this, c, oldDn, clock, resolve](Result<std::shared_ptr<Context>> tried) {
                        registerSubject(c, oldDn, 3)
                            .then(this,
                                [this, c, oldDn, clock, tried, resolve](
                                    Result<std::shared_ptr<Context>> back) {
                                    const qint64 window = clock->elapsed();
                                    if (!back) {
                                        resolve.fail({ back.error().code,
                                            KeyRotationText::tr(
                                                "The AS has the new subject registered and did not "
                                                "take the old one %1 back (%2): "
                                                "it refuses the old certificate the client uses "
                                                "until you run this step again "
                                                "(or abandon the rotation).")
                                                .arg(oldDn, back.error().message),
                                            back.error().detail });
                                        return;
                                    }
                                    verifyToken(c, false, true)
                                        .then(this,
                                            [c, oldDn, window, tried, resolve](
                                                Result<std::shared_ptr<Context>> old) {
                                                if (!old) {
                                                    resolve.fail(old.error());
                                                    return;
                                                }
                                                c->check(3, true,
                                                    KeyRotationText::tr(
                                                        "The old subject %1 is registered again "
                                                        "and the old certificate works: the AS "
                                                        "would have refused it for at most %2 ms, "
                                                        "while it had the new one.")
                                                        .arg(oldDn)
                                                        .arg(window));
                                                if (!tried)
                                                    resolve.fail(tried.error());
                                                else
                                                    resolve(c);
                                            });
                                });
                    });
        });
    return later;
}

// Step 4 ---------------------------------------------------------------------------------------

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::tlsSwitch(std::shared_ptr<Context> c)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    if (!c->st.newSubject() || !c->registeredHere() || !c->st.oldKey)
        return switchClient(c);
    // The AS first (put back if it refuses the new certificate), then the client.
    const QString newDn = c->st.newKey->subjectDn;
    const QString oldDn = c->st.oldKey->subjectDn;
    return registerSubject(c, newDn, 4).andThen(this, [this, oldDn](std::shared_ptr<Context> v) {
        auto [later, resolve] = CtxLater::make();
        verifyToken(v, true, true)
            .then(this, [this, v, oldDn, resolve](Result<std::shared_ptr<Context>> tried) {
                if (tried) {
                    switchClient(v).then(this, [resolve](Result<std::shared_ptr<Context>> done) {
                        if (done)
                            resolve(*done);
                        else
                            resolve.fail(done.error());
                    });
                    return;
                }
                const Error refused = tried.error();
                registerSubject(v, oldDn, 4)
                    .then(this, [refused, oldDn, resolve](Result<std::shared_ptr<Context>> back) {
                        resolve.fail({ refused.code,
                            back ? KeyRotationText::tr(
                                "%1 The AS has the old subject %2 again; the client keeps "
                                "the old certificate.")
                                       .arg(refused.message, oldDn)
                                 : KeyRotationText::tr(
                                     "%1 Putting the old subject %2 back failed too (%3): run "
                                     "this step again.")
                                       .arg(refused.message, oldDn, back.error().message),
                            refused.detail });
                    });
            });
        return later;
    });
}

// Step 5 ---------------------------------------------------------------------------------------

Later<std::shared_ptr<KeyRotation::Context>> KeyRotation::tlsRetire(std::shared_ptr<Context> c)
{
    using CtxLater = Later<std::shared_ptr<Context>>;
    auto retired = [this](std::shared_ptr<Context> v) {
        v->record->retired = true;
        return saveRecord(v).andThen(this, [v] { return v; });
    };
    const bool fresh = c->st.newSubject();
    // What the AS has now (read in load()): the new subject, else it is registered here.
    const QString newDn = c->st.newKey->subjectDn;
    const bool atAs = c->subjectDnAtAs && sameDn(*c->subjectDnAtAs, newDn);
    if (fresh && atAs)
        c->check(5, true,
            KeyRotationText::tr(
                "The AS has the subject %1 registered (RFC 7592 read); the old certificate's %2 is "
                "not.")
                .arg(*c->subjectDnAtAs, c->st.oldKey ? c->st.oldKey->subjectDn : QString()));
    CtxLater first
        = fresh && c->registeredHere() && !atAs ? registerSubject(c, newDn, 5) : CtxLater::ready(c);
    return first
        .andThen(this, [this](std::shared_ptr<Context> v) { return verifyToken(v, true, true); })
        .andThen(this,
            [this, fresh](std::shared_ptr<Context> v) -> CtxLater {
                if (!v->st.oldKey)
                    return CtxLater::ready(v);
                if (fresh)
                    return verifyToken(v, false, false); // refused, or this step fails
                // Same subject: the AS cannot tell the certificates apart. Said, and proved.
                const CertificateRecord old = *v->st.oldKey;
                return tokenWith(v, old).andThen(
                    this, [v, old](const TokenTestResult &r) -> CtxLater {
                        if (r.ok()) {
                            v->check(5, false,
                                KeyRotationText::tr(
                                    "The AS still accepts the old certificate (serial %1, subject "
                                    "%2): a token "
                                    "request with it just got a token. Both certificates have the "
                                    "same subject and "
                                    "the AS matches the subject, not the key (RFC 8705 §2.1), so "
                                    "it "
                                    "cannot tell "
                                    "them apart: the old certificate stays valid until it expires "
                                    "on %3. To end it "
                                    "sooner, ask the CA to revoke serial %1 (it counts where the "
                                    "AS "
                                    "checks "
                                    "revocation), or rotate again with a new subject.")
                                    .arg(old.serialNumber, old.subjectDn, dateOf(old.notAfter)),
                                true);
                            return CtxLater::ready(v);
                        }
                        const Error e = r.token.result.error();
                        if (e.code != ErrorCode::Rejected)
                            return CtxLater::failed(e);
                        v->check(5, true,
                            KeyRotationText::tr(
                                "The AS refuses the old certificate (serial %1) although its "
                                "subject is the same "
                                "(revoked, or expired?): %2")
                                .arg(old.serialNumber, e.message));
                        return CtxLater::ready(v);
                    });
            })
        .andThen(this, retired);
}

} // namespace oauthdesk
