// SPDX-License-Identifier: GPL-3.0-or-later
// What the tls_client_auth rotation tests share (tst_live_rotation, tst_live_rotation_dialog):
// the live AS as an environment, the client CA the test AS trusts (with-as.sh:
// OAUTHDESK_TEST_CLIENT_CA and _KEY), a certificate it issues for a record's CSR imported into the
// Workspace as an admin would, and a tls_client_auth client registered at the AS (RFC 7591) with
// such a transport certificate.
#pragma once

#include "../support/AwaitLater.h"
#include "pki/Certificate.h"
#include "pki/KeyPair.h"
#include "pki/LocalCa.h"
#include "usecases/Workspace.h"

#include <QFile>

namespace oauthdesk::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The live AS (with-as.sh) saved as an environment "Live AS" with its discovery fetched, and the
/// initial access token for dynamic registration stored for it.
inline Result<Environment> liveEnvironment(Workspace &ws)
{
    Environment e;
    e.name = QStringLiteral("Live AS");
    e.issuer = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_ISSUER"));
    e.apiBaseUrl = QUrl(qEnvironmentVariable("OAUTHDESK_TEST_API"));
    e.caBundlePath = qEnvironmentVariable("OAUTHDESK_TEST_CA");
    auto saved = wait(ws.environments().save(e));
    if (!saved)
        return std::unexpected(saved.error());
    auto refreshed = wait(ws.environments().refreshDiscovery(saved->id));
    if (!refreshed)
        return std::unexpected(refreshed.error());
    auto iat = std::make_shared<const SecretBytes>(
        SecretBytes::fromUtf8(qEnvironmentVariable("OAUTHDESK_TEST_IAT")));
    auto stored
        = wait(ws.registrations().storeCredentials(refreshed->environment, iat, std::nullopt));
    if (!stored)
        return std::unexpected(stored.error());
    return refreshed->environment;
}

/// The client CA the test AS trusts for tls_client_auth.
inline std::optional<LocalCa> testClientCa()
{
    auto key = privateKeyFromPkcs8(
        SecretBytes::fromBytes(readAll(qEnvironmentVariable("OAUTHDESK_TEST_CLIENT_CA_KEY"))));
    auto cert = parseCertificates(readAll(qEnvironmentVariable("OAUTHDESK_TEST_CLIENT_CA")));
    if (!key || !cert || cert->isEmpty())
        return std::nullopt;
    return LocalCa { std::move(*key), cert->constFirst() };
}

/// The test client CA's certificate (DER) for the CSR @p csrPem, valid for a day.
inline Result<QByteArray> issueForCsr(const QByteArray &csrPem)
{
    auto ca = testClientCa();
    if (!ca)
        return fail(ErrorCode::NotFound, QStringLiteral("the test client CA is not readable"));
    return issueFromCsr(*ca, csrPem, CertificatePurpose::Transport, 1);
}

/// The CA issues the certificate for @p withCsr's CSR; imported (Certificates → Import).
inline Result<CertificateRecord> issueAndImport(Workspace &ws, const CertificateRecord &withCsr)
{
    auto der = issueForCsr(withCsr.csrPem);
    if (!der)
        return std::unexpected(der.error());
    return wait(ws.certificates().importCertificate(withCsr, *der));
}

/// A tls_client_auth client of @p applicationId registered at @p env's AS with a transport
/// certificate for CN=@p name,O=Example Org from the test client CA.
inline Result<OAuthClient> registerTlsClientAuth(
    Workspace &ws, qint64 applicationId, const Environment &env, const QString &name)
{
    auto key = wait(ws.certificates().createKey(
        applicationId, CertificatePurpose::Transport, KeyAlgorithm::EcP256));
    if (!key)
        return std::unexpected(key.error());
    SubjectFields subject;
    subject.commonName = name;
    subject.organisation = QStringLiteral("Example Org");
    auto csr = wait(ws.certificates().createCsr(*key, subject));
    if (!csr)
        return std::unexpected(csr.error());
    auto cert = issueAndImport(ws, *csr);
    if (!cert)
        return std::unexpected(cert.error());
    OAuthClient c;
    c.applicationId = applicationId;
    c.environmentId = env.id;
    c.name = name;
    c.applicationType = ApplicationType::MachineToMachine;
    c.grantTypes = { GrantType::ClientCredentials };
    c.authMethod = AuthMethod::TlsClientAuth;
    c.scopes = { QStringLiteral("accounts:read") };
    c.transportCertificateId = cert->id;
    c.certificateBoundTokens = true;
    auto input = wait(ws.registrations().inputFor(c));
    if (!input)
        return std::unexpected(input.error());
    auto outcome = wait(ws.registrations().registerClient(env, *input));
    if (!outcome)
        return std::unexpected(outcome.error());
    return outcome->client;
}

} // namespace oauthdesk::test
