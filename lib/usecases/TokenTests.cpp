// SPDX-License-Identifier: GPL-3.0-or-later
#include "usecases/TokenTests.h"

#include "oauth/SignInTester.h"
#include "oauth/TokenTester.h"
#include "registry/CertificateRegistry.h"
#include "usecases/Workspace.h"

#include <QPointer>

namespace oauthdesk {

Later<std::unique_ptr<TokenSession>> TokenTests::open(qint64 clientRowId, Options options)
{
    return workspace()
        .clients()
        .get(clientRowId)
        .andThen(
            this, [this, options](const OAuthClient &client) { return open(client, options); });
}

Later<std::unique_ptr<TokenSession>> TokenTests::open(const OAuthClient &stored, Options options)
{
    using SessionLater = Later<std::unique_ptr<TokenSession>>;
    if (!stored.environmentId)
        return SessionLater::failed({ ErrorCode::InvalidInput,
            tr("\"%1\" has no environment, so there is no authorization server to ask. "
               "Edit the client and pick its environment.")
                .arg(stored.name),
            {} });
    OAuthClient client = stored;
    if (!options.scopes.isEmpty())
        client.scopes = options.scopes;
    auto environment = std::make_shared<Environment>();
    // Fresh from the store: its cached discovery is the newest any session wrote.
    return workspace()
        .environments()
        .find(QString::number(*client.environmentId))
        .andThen(this,
            [this, client, environment](const Environment &env) {
                *environment = env;
                return credentialsFor(client);
            })
        .andThen(this,
            [this, client, environment, options](
                ClientCredentials credentials) -> std::unique_ptr<TokenSession> {
                Transport *transport = &workspace().transport();
                std::unique_ptr<TokenSession> session;
                // Interactive clients (Native, SPA, Web) are tested by signing in through the
                // browser.
                if (isInteractive(client)) {
                    auto signIn = std::make_unique<SignInTester>(
                        transport, *environment, client, std::move(credentials));
                    SignInTester *tester = signIn.get();
                    auto open = options.openBrowser;
                    tester->setBrowserOpener([tester, open](const QUrl &url) {
                        if (!open)
                            return false; // the link is shown; the session keeps listening for it
                        // The browser may give up after the session is gone: only a live one hears
                        // it.
                        return open(
                            url, [guard = QPointer<SignInTester>(tester), url](const QString &why) {
                                if (guard)
                                    guard->reportBrowserNotOpened(url, why);
                            });
                    });
                    session = std::move(signIn);
                } else {
                    session = std::make_unique<TokenTester>(
                        transport, *environment, client, std::move(credentials));
                }
                if (options.remember) {
                    // Sealed at once: what a support bundle may share, and no secret kept alive.
                    connect(session.get(), &TokenSession::finished, this,
                        [this, client, s = session.get(), id = ++m_opened](
                            const TokenTestResult &result) {
                            remember(client, id, SessionRecord::of(*s, result).sealed());
                        });
                }
                // What the session fetches is cached for the environment (the one writer).
                const Environment fetchedFor = *environment;
                connect(session.get(), &TokenSession::discovered, this,
                    [this, fetchedFor](const QByteArray &document) {
                        // A cache: when it cannot be written, the next test fetches again.
                        workspace()
                            .environments()
                            .cacheDiscovery(fetchedFor, document)
                            .then(this, [](Result<Environment>) {});
                    });
                return session;
            });
}

void TokenTests::remember(const OAuthClient &client, quint64 session, SessionRecord attempt)
{
    auto it = m_last.find(client.id);
    if (it != m_last.end() && it->session == session && it->clientUuid == client.uuid)
        it->record.append(std::move(attempt));
    else
        m_last.insert(client.id, Remembered { client.uuid, session, std::move(attempt) });
}

std::optional<SessionRecord> TokenTests::lastSession(const OAuthClient &client) const
{
    const auto it = m_last.constFind(client.id);
    if (it == m_last.cend() || it->clientUuid != client.uuid)
        return std::nullopt;
    return it->record;
}

Later<ClientCredentials> TokenTests::credentialsFor(const OAuthClient &c)
{
    if (c.authMethod == AuthMethod::None)
        return Later<ClientCredentials>::ready(
            ClientCredentials {}); // a public client proves nothing but PKCE
    const bool needsCertificates = c.signingCertificateId || c.transportCertificateId;
    if (!needsCertificates) {
        return workspace().clients().readSecret(c).andThen(this, [](SecretBytes secret) {
            ClientCredentials credentials;
            credentials.clientSecret = std::make_shared<const SecretBytes>(std::move(secret));
            return credentials;
        });
    }
    // Keys and certificates: the records from the store, the keys from the keychain.
    return workspace()
        .certificates()
        .forApplication(c.applicationId)
        .andThen(this, [this, c](const QList<CertificateRecord> &certs) {
            std::optional<CertificateRecord> signing, transport;
            for (const CertificateRecord &r : certs) {
                if (c.signingCertificateId == r.id)
                    signing = r;
                if (c.transportCertificateId == r.id)
                    transport = r;
            }
            auto [later, resolve] = Later<ClientCredentials>::make();
            workspace().certificateRegistry().credentialsFor(c, signing, transport, this, resolve);
            return later;
        });
}

} // namespace oauthdesk
