<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>oauthdesk::AccessibleNamer</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ApiCallTab</name>
    <message>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path under %1, e.g. /accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with Authorization: Bearer … %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body (JSON), for POST, PUT and PATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Calls the API again with the same token without the client certificate, and with another certificate: an API that enforces RFC 8705 refuses both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl copied, with the token (cleared in 30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl copied (token redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding check not offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the binding: the same call without the certificate, then with another one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── Binding check ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the certificate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation type="unfinished">Neue Anwendung</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you will recognise, e.g. Card issuing back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished">&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation type="unfinished">Organisations-ID</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">optional</translation>
    </message>
    <message>
        <source>&amp;Organisation ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ApplicationListModel</name>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client in every application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (clients: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ApplicationTypePreset</name>
    <message>
        <source>iOS, Android or desktop applications that cannot keep a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback http://127.0.0.1:{port}/… or [::1], a private-use scheme in reverse-DNS form (com.example.app:/callback), or an https URL the app claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React, Vue or Angular apps running entirely in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https URLs (http only on 127.0.0.1 or localhost for local development).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional server-side web applications that keep a secret on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs, microservices and back-end services acting on their own behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no browser is involved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Applications</name>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::AsyncStore</name>
    <message>
        <source>The data file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::AuthenticationPage</name>
    <message>
        <source>https://app.example.com/callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com/signed-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate-&amp;bound access tokens (RFC 8705)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>The recommended security configuration for this type of application, and the choices it leaves to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication method</source>
        <translation>Methode der Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation>Client-&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Make one now…</source>
        <translation>Jetzt eines erstellen…</translation>
    </message>
    <message>
        <source>Open this application&apos;s certificates: generate a key, issue or import its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gning key:</source>
        <translation>Si&amp;gnaturschlüssel:</translation>
    </message>
    <message>
        <source>Transport certificate</source>
        <translation>Transportzertifikat</translation>
    </message>
    <message>
        <source>Trans&amp;port certificate:</source>
        <translation>Trans&amp;portzertifikat:</translation>
    </message>
    <message>
        <source>The AS binds tokens to the transport certificate (cnf.x5t#S256); OAuthDesk checks every token it gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation>&amp;Redirect-URIs:</translation>
    </message>
    <message>
        <source>&amp;Post-logout redirect URIs:</source>
        <translation>Post-&amp;Logout-Redirect-URIs:</translation>
    </message>
    <message>
        <source>Scopes, separated by spaces</source>
        <translation>Scopes, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>space-separated, e.g. accounts:read payments:write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for a %1&lt;/b&gt;&lt;br&gt;Grant types: %2&lt;br&gt;PKCE: %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;required&lt;/b&gt; (the app cannot keep a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A public client: it authenticates with no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential client: it proves who it is at the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs a client assertion with a signing key of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presents a transport certificate of this application (mutual TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public clients use no client authentication; PKCE protects their codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key JWT and mutual TLS use this application&apos;s signing or transport certificates: make them in Applications → Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supports: %2</source>
        <translation>%1 unterstützt: %2</translation>
    </message>
    <message>
        <source>Scopes the authorization server grants this client, as its documentation names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>The %1 this client used is no longer among this application&apos;s certificates (deleted, or not issued yet): pick another, or make one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>transport certificate</source>
        <translation>Transportzertifikat</translation>
    </message>
    <message>
        <source>This application&apos;s certificates could not be read: %1. Go Back and Next to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading this application&apos;s certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the client&apos;s application first (Back), then make its certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::BasicInfoPage</name>
    <message>
        <source>Basic information</source>
        <translation>Grundinformationen</translation>
    </message>
    <message>
        <source>Name the client, say which application it belongs to, and what kind of application it is: the type decides the recommended security settings.</source>
        <translation>Benennen Sie den Client, geben Sie an, zu welcher Anwendung er gehört und welche Art von Anwendung er ist: Der Typ bestimmt die empfohlenen Sicherheitseinstellungen.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Client-Name</translation>
    </message>
    <message>
        <source>e.g. billing-service</source>
        <translation>z. B. billing-service</translation>
    </message>
    <message>
        <source>Client &amp;name:</source>
        <translation>Client-&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Neue Anwendung…</translation>
    </message>
    <message>
        <source>New application name</source>
        <translation>Name der neuen Anwendung</translation>
    </message>
    <message>
        <source>name of the new application</source>
        <translation>Name der neuen Anwendung</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>New en&amp;vironment…</source>
        <translation>Neue &amp;Umgebung…</translation>
    </message>
    <message>
        <source>Add an authorization server and API without leaving the wizard</source>
        <translation>Einen Authorization Server und eine API hinzufügen, ohne den Assistenten zu verlassen</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>U&amp;mgebung:</translation>
    </message>
    <message>
        <source>Application &amp;type:</source>
        <translation>Anwendungs&amp;typ:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Change application type</source>
        <translation>Anwendungstyp ändern</translation>
    </message>
    <message>
        <source>Change this client from %1 to %2?</source>
        <translation>Diesen Client von %1 auf %2 umstellen?</translation>
    </message>
    <message>
        <source>The recommended configuration of a %1 (grant types, PKCE, client authentication, redirect URIs) replaces the current one. Review it on the next pages; nothing is saved until you submit.</source>
        <translation>Die empfohlene Konfiguration für %1 (Grant Types, PKCE, Client-Authentifizierung, Redirect-URIs) ersetzt die aktuelle. Prüfen Sie sie auf den nächsten Seiten; gespeichert wird erst, wenn Sie absenden.</translation>
    </message>
    <message>
        <source>&amp;Change type</source>
        <translation>Typ &amp;ändern</translation>
    </message>
</context>
<context>
    <name>oauthdesk::BindingProbe</name>
    <message>
        <source>The token test was closed before the binding check ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token test was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With another certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused at the TLS handshake (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accepted, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither accepted nor refused, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The API accepted a bound token without its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The API accepted a bound token with another certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The API enforces the binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? The API turned every probe away at the TLS handshake, so the token was never presented: it demands a client certificate it trusts, but whether it checks the token&apos;s binding (cnf.x5t#S256) was not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? The API neither accepted nor clearly refused the token without its certificate: see each probe&apos;s answer (a 401 or 403 is a refusal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? The call with the certificate did not succeed (%1), so nothing can be concluded: make that call work first (path, method, token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token first: the check calls the API with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is opaque: only the AS knows whether it is bound. Introspect it; when the AS reports a cnf.x5t#S256, the binding check is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not sender-constrained (no cnf.x5t#S256, RFC 8705 §3): any holder may use it, so there is no binding for the API to enforce. Certificate-bound tokens come to clients set up for them over mutual TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is bound to a certificate, but the client has no transport certificate to call the API with for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network connection object to send requests with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::BrowserLauncher</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xdg-open exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ButtonCellDelegate</name>
    <message>
        <source>Copy client ID</source>
        <translation type="unfinished">Client-ID kopieren</translation>
    </message>
    <message>
        <source>View client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished">Client löschen</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Certificate</name>
    <message>
        <source>The certificate file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is larger than 1 MiB; OAuthDesk does not read it. Export only the certificate and its chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a PEM certificate nor a DER certificate. Expected &quot;-----BEGIN CERTIFICATE-----&quot; text or one binary .cer/.der certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM block in the file is truncated or damaged (certificate %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than %1 certificates; expected a certificate and its chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM file holds no &quot;CERTIFICATE&quot; block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate does not belong to this key: it certifies a different public key. Import the certificate the CA issued for this key&apos;s CSR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificateChecks</name>
    <message>
        <source>Neither a certificate nor a readable key to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the chain check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificateDetailsWidget</name>
    <message>
        <source>RSA 2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport (mTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 day left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 &amp;thumbprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;x5t#S256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x5t#S256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK &amp;kid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK kid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing request (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS&amp;R (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve CSR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSR to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificateRegistry</name>
    <message>
        <source>OAuthDesk local development CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has no certificate yet: import or issue one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has no signing key yet: generate one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport certificate: this key has no certificate yet; self-sign or issue one on the Certificates screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport key has no certificate yet: import or issue one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificateRequest</name>
    <message>
        <source>No key was given for the certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request&apos;s extensions could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the certificate request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a certificate request (over 64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a certificate request (PKCS#10 &quot;CERTIFICATE REQUEST&quot;), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request&apos;s signature does not verify: it was changed after signing, or not signed with its own key. Create the CSR again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Certificates</name>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificatesDialog</name>
    <message>
        <source>Certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys and certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing (private_key_jwt, signed requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport (mutual TLS client certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256 (ES256) is small and fast and every current authorization server accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048 is what CAs, TLS terminators and older appliances accept everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;CSR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue with local C&amp;A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-signed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export local CA certi&amp;ficate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PKCS#12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export private &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;JWKS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Could not save the %1 to %2: %3. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating a %1 key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key generation cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key created. Its JWK kid is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the key (check that the system keychain is unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling key generation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR created. Save it with &quot;Save CSR…&quot; or copy it from the details, and send it to your CA. The openssl equivalent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue with local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued by the local development CA, valid for 365 days. Export the local CA certificate to make a test server trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not issue the certificate with the local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed certificate created, valid for 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key with kid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is removed from the keychain and cannot be recovered. Clients that authenticate with it stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and certificate deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing request (*.csr *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check that the file exists and you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a certificate. Choose the PEM or DER file your CA returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export local CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the local CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the public JWKS of the signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK Set (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation type="unfinished">JWKS</translation>
    </message>
    <message>
        <source>Download certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate with chain (*.pem *.crt);;DER certificate (*.der *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored certificate is not valid PEM; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted private key (*.pem *.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Cli</name>
    <message>
        <source>No applications yet: &quot;oauthdesk-cli apps create NAME&quot; makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ORGANISATION ID</source>
        <translation>ORGANISATIONS-ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>Created application &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved application &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete application &quot;%1&quot; with its %2 client(s), their certificates and keychain entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete application &quot;%1&quot; with its certificates and keychain entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted. Add --yes to delete &quot;%1&quot; without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted application &quot;%1&quot;.</source>
        <translation>Anwendung „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>What the application is.</source>
        <translation>Was die Anwendung ist.</translation>
    </message>
    <message>
        <source>The organisation ID the portal knows it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the applications.</source>
        <translation>Die Anwendungen auflisten.</translation>
    </message>
    <message>
        <source>Show one application (by id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an application.</source>
        <translation>Eine Anwendung anlegen.</translation>
    </message>
    <message>
        <source>Rename or describe an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an application with its clients and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their keychain entries (client secrets, registration tokens, private keys) go first; if the keychain refuses, nothing is deleted. Clients registered at an authorization server stay registered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test token never answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the certificate: no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the certificate: HTTP %1 %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [throw-away certificate x5t#S256 %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method (default GET).</source>
        <translation>HTTP-Methode (Standard: GET).</translation>
    </message>
    <message>
        <source>The request body (sent as application/json), the same on every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that an API refuses a certificate-bound token without its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets a test token for CLIENT as &quot;call&quot; does and calls PATH under the environment&apos;s API base URL with the transport certificate; then makes the same call with the same token over TLS without a client certificate, and with a throw-away self-signed certificate made in memory for this check (RFC 8705 §3). A 401 or 403 (or a refused TLS handshake) is a refusal. Exit status: 0 when the API refused both (&quot;The API enforces the binding&quot;); 9 when it accepted the token without its certificate or with another one; 3 when the token is not certificate-bound (nothing to check; the reason is said); 4 when the call with the certificate itself was not accepted; 7 when a probe got neither a 2xx nor a refusal (e.g. 404 or 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name (CN), required; e.g. the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (O).</source>
        <translation>Organisation (O).</translation>
    </message>
    <message>
        <source>Organisational unit (OU).</source>
        <translation>Organisationseinheit (OU).</translation>
    </message>
    <message>
        <source>Country (C), two letters such as DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizationIdentifier (2.5.4.97), e.g. PSDGB-FCA-123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serialNumber (2.5.4.5), e.g. a software ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS subject alternative name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address subject alternative name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URI subject alternative name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cn: the common name is required, such as --cn billing-service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; could not be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>%1 „%2“ kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is larger than 1 MiB; pick the certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for CERT among this application&apos;s only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pem (default), chain, der, key or pkcs12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkcs12: modern (AES-256, PBKDF2, SHA-256 MAC; default) or compatible (3DES, SHA-1, for older servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (required for der, key and pkcs12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the export passphrase from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries the private key</source>
        <translation>sie enthält den privaten Schlüssel</translation>
    </message>
    <message>
        <source>it is binary</source>
        <translation>sie ist binär</translation>
    </message>
    <message>
        <source>Certificate %1 has no certificate yet: import the one your CA issued, issue one from the local CA, or self-sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exports the private key. Keep the file safe and delete it once it is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Export-Passphrase</translation>
    </message>
    <message>
        <source>Wrote %1 of certificate %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self-signed-tls: name the one transport certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the signing keys (CERT …) or the application (--app APP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing key to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys or certificates yet: &quot;oauthdesk-cli certs generate --app APP --purpose signing&quot; makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP</source>
        <translation>ANWENDUNG</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>ZWECK</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>Certificate %1 has only a key: no CSR or certificate to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app: name the application the key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the key (%1)…</source>
        <translation>Der Schlüssel wird erzeugt (%1)…</translation>
    </message>
    <message>
        <source>Generated %1 %2 key %3 (kid %4); the private key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request with the openssl program:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR for certificate %1 written to %2; send it to your CA, then &quot;certs import %1 FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>Die Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Imported the certificate of %1 (%2), valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: a whole number from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed certificate %1 (%2), valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued certificate %1 (%2) from the local development CA, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local development CA&apos;s certificate is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format der is binary: add --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete certificate %1 (%2) and its private key from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted. Add --yes to delete it without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted certificate %1 and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT is the certificate&apos;s id, its JWK kid or its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List keys and certificates.</source>
        <translation>Schlüssel und Zertifikate auflisten.</translation>
    </message>
    <message>
        <source>Only this application&apos;s.</source>
        <translation>Nur die dieser Anwendung.</translation>
    </message>
    <message>
        <source>Show a key or certificate.</source>
        <translation>Einen Schlüssel oder ein Zertifikat anzeigen.</translation>
    </message>
    <message>
        <source>Print the certificate (and chain), or the CSR, as PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a key pair; the private key goes straight into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application it belongs to (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing (private_key_jwt) or transport (mutual TLS); default signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default RSA-2048.</source>
        <translation>Standard: RSA-2048.</translation>
    </message>
    <message>
        <source>Create a certificate signing request for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR (PEM) goes to standard output, or to --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CSR to FILE.</source>
        <translation>Den CSR in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Also show the equivalent openssl req command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificate your CA issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is PEM or DER, the chain after the leaf (&quot;-&quot; reads standard input). Refused unless it belongs to the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the certificate from the local development CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For test servers that trust the local CA (&quot;certs local-ca&quot; prints its certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-sign a certificate for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For self_signed_tls_client_auth (RFC 8705 §2.2), or an AS that wants a signing key as x5c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the local development CA&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it to FILE.</source>
        <translation>In DATEI schreiben.</translation>
    </message>
    <message>
        <source>pem (default) or der.</source>
        <translation>pem (Standard) oder der.</translation>
    </message>
    <message>
        <source>Export a certificate, or the key on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pem, chain and der are the certificate. key (encrypted PKCS#8) and pkcs12 carry the private key: they need --out FILE (written readable by you only) and a passphrase, piped in with --passphrase-stdin or typed twice at a prompt that does not echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the public JWK Set of signing keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named signing keys, or every signing key of --app: what to register at the AS or serve as its jwks_uri. With --self-signed-tls, the JWK Set that registers one self-signed transport certificate (x5c, RFC 8705 §2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application whose signing keys to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT is a self-signed transport certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a key: from the keychain first, then its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Standard input can carry one thing, and it is already used for %1; give %2 another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed, and there is no terminal to type it at: pipe it in with --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: certificate %2 is a %3 key; pick a %4 one (&quot;oauthdesk-cli certs list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment whose AS registers it (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its environment (&quot;none&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID the AS issued (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the client ID.</source>
        <translation>Die Client-ID korrigieren.</translation>
    </message>
    <message>
        <source>The kind of application; its recommended settings are applied (default: machine_to_machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client is for.</source>
        <translation>Wofür der Client da ist.</translation>
    </message>
    <message>
        <source>Client authentication at the token endpoint (default: the type&apos;s recommendation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grant type (repeatable; default: the type&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope to ask for (repeatable, or space-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect URI (repeatable).</source>
        <translation>Eine Redirect-URI (wiederholbar).</translation>
    </message>
    <message>
        <source>A post-logout redirect URI (repeatable).</source>
        <translation>Eine Post-Logout-Redirect-URI (wiederholbar).</translation>
    </message>
    <message>
        <source>60 to 86400 (default 3600).</source>
        <translation>60 bis 86400 (Standard: 3600).</translation>
    </message>
    <message>
        <source>300 to 7776000, with the refresh_token grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s signing key for private_key_jwt (id, kid or subject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s transport certificate for mutual TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for certificate-bound access tokens (RFC 8705 §3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for certificate-bound tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it active or disabled (and so on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from standard input (for client_secret_basic/post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a strong secret (256 bits) to configure at the AS instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app: name the application the client belongs to (&quot;oauthdesk-cli apps list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env: name the environment whose authorization server registers the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bound-tokens and --no-bound-tokens contradict each other; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin and --generate-secret contradict each other; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>%1 is in the keychain, not shown (add --show-secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is in the keychain, not shown. &quot;oauthdesk-cli clients secret %2 --show-secret&quot; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients%1. &quot;oauthdesk-cli clients create NAME --app APP --client-id ID&quot; records one, &quot;oauthdesk-cli clients register NAME --app APP --env ENV&quot; registers one at the AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>--method %1 uses no client secret; leave out --secret-stdin and --generate-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created client &quot;%1&quot; (id %2), client ID %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated client secret (configure it at the AS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret for a client that has one is a rotation: use &quot;oauthdesk-cli clients rotate-secret %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved client %1.</source>
        <translation>Client %1 gespeichert.</translation>
    </message>
    <message>
        <source>The AS still has the settings it registered: &quot;oauthdesk-cli clients registration-update %1&quot; sends these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client %1 and its keychain entries here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted. Add --yes to delete %1 without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted client %1.</source>
        <translation>Client %1 gelöscht.</translation>
    </message>
    <message>
        <source>It is still registered at the AS (this only deleted it here); &quot;clients registration-delete&quot; deletes a registered client there and here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is printed only when you ask for it: add --show-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates with %2, so it has no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates with %2, which uses no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at-as asks the AS for a new secret; leave out --secret-stdin and --generate-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret of %1 is in the keychain (the AS was not asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret (configure it at the AS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not registered through OAuthDesk, so the AS cannot be asked; rotate it at the AS and store the new secret with &quot;clients rotate-secret %2 --secret-stdin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS issued a new secret for %1; it is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS kept the secret of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Client Secret</translation>
    </message>
    <message>
        <source>CLIENT is the client&apos;s id, name or client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the clients.</source>
        <translation>Die Clients auflisten.</translation>
    </message>
    <message>
        <source>Only this environment&apos;s.</source>
        <translation>Nur die dieser Umgebung.</translation>
    </message>
    <message>
        <source>Show everything recorded about a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a client registered elsewhere (its client ID from your AS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For client_secret_basic and client_secret_post the secret goes to the keychain: piped in with --secret-stdin, typed at a prompt that does not echo, or --generate-secret (shown only with --show-secret). The type&apos;s recommended settings apply, as in the wizard; what the rules reject is named by its option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a client here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what is given changes. A client registered at its AS keeps the old settings there until &quot;clients registration-update&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a client here, its keychain entries first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the client secret from the keychain (needs --show-secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the client secret.</source>
        <translation>Das Client Secret ersetzen.</translation>
    </message>
    <message>
        <source>By default the new secret is one the AS issued elsewhere (piped in with --secret-stdin, or typed) or a generated one to configure there (--generate-secret); the old one is replaced only once the new one is stored. --at-as asks the AS for a new one (RFC 7592 PUT without the current secret): only an AS that then issues one rotates, which is said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new secret from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a strong secret (256 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the AS for a new secret (clients registered through OAuthDesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it with &quot;oauthdesk-cli envs set-credential ENV %1 --stdin&quot; and pipe it in, or leave out --stdin to type it at a prompt that does not echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe it in with --passphrase-stdin, or leave it out to type it at a prompt that does not echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe it in with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe it in with --secret-stdin (for example: secret-tool lookup … | oauthdesk-cli … --secret-stdin), or leave it out to type it at a prompt that does not echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the data file in DIR (default: $OAUTHDESK_DATA_DIR, else the per-user data folder, as the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on standard output (field names are stable; see the man page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the technical detail to errors, and the HTTP exchanges made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print secrets and tokens where a command has them; never printed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for the command and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command: %1. &quot;oauthdesk-cli --help&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>„%1“ braucht einen Befehl: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. The commands are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &quot;oauthdesk-cli %1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: options are spelled in full, such as --help. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: a secret is never taken as a command-line argument: other users can see it in ps, and it stays in your shell history. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; has no option --%3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2). %3</source>
        <translation>--%1 braucht einen Wert (%2). %3</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3.</source>
        <translation>--%1: „%2“ ist keiner von %3.</translation>
    </message>
    <message>
        <source>--%1 is a switch and takes no value; leave out &quot;=%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given twice; give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2. %3</source>
        <translation>„%1“ braucht %2. %3</translation>
    </message>
    <message>
        <source>more arguments</source>
        <translation>weitere Argumente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, not &quot;%3&quot;. %4</source>
        <translation>„%1“ nimmt %2, nicht „%3“. %4</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Name a CLIENT, or give --env ENV for an environment&apos;s clients, or --all for every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a CLIENT or --all / --env, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients to check.</source>
        <translation>Keine Clients zu prüfen.</translation>
    </message>
    <message>
        <source>%1 client(s) checked in %2 ms, %3 with failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a client&apos;s whole chain and say what to fix (changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight doctor checks the environment (discovery, issuer, TLS chain and expiry, clock skew), the client against the AS&apos;s metadata (auth method, grant and response types, PKCE, signing algorithm, scopes, redirect URIs), its keys and certificates (key matches certificate, key usage, EKU, chain, validity, RSA size, SHA-1, the JWKS the AS has), its secrets, and a live test token with its certificate binding. Each finding is a pass (✔), warning (!), failure (✘) or skipped (–) with the fix. It never changes anything. The exit status is 9 when any check failed, 0 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every client.</source>
        <translation>Jeden Client prüfen.</translation>
    </message>
    <message>
        <source>Check every client of environment ENV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the AS for a test token (faster; offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM bundle of the CAs the AS trusts for client certificates: transport certificates are checked against it. Default: the environment&apos;s client CA (envs edit ENV --client-ca FILE); with neither, that check is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>mTLS aliases</source>
        <translation>mTLS-Aliasse</translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation>JWKS</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>(not offered)</source>
        <translation>(nicht angeboten)</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspection</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Auth methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant Types</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>(not recorded; the doctor skips the chain check: set it with --client-ca FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
    <message>
        <source>No environments yet: &quot;oauthdesk-cli envs create NAME --issuer URL&quot; adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation>ISSUER</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished">TLS</translation>
    </message>
    <message>
        <source>DISCOVERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration credentials could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client CA the AS trusts</source>
        <translation>Client-CA, der der AS vertraut</translation>
    </message>
    <message>
        <source>Initial access token</source>
        <translation>Initial Access Token</translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software statement</source>
        <translation>Software Statement</translation>
    </message>
    <message>
        <source>--header: &quot;%1&quot; is not NAME=VALUE; write it as --header X-Region=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created environment &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved environment &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: &quot;oauthdesk-cli envs discover %1&quot; reads the AS&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issuer is required: the authorization server&apos;s issuer URL, such as https://as.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete environment &quot;%1&quot; and its registration credentials? Its clients keep their settings, without an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted environment &quot;%1&quot;.</source>
        <translation>Umgebung „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Fetching %1 (at most %2 s)…</source>
        <translation>%1 wird abgerufen (höchstens %2 s)…</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>KIND is %1 or %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the %1 of &quot;%2&quot; from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 of &quot;%2&quot; in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL (the cached discovery is dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL (required).</source>
        <translation>Die Issuer-URL (erforderlich).</translation>
    </message>
    <message>
        <source>tls, or mtls to call the AS&apos;s mTLS endpoint aliases (RFC 8705 §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The APIs&apos; base URL (for &quot;call&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra header sent with every request, such as X-Region=1 (repeatable; replaces one of that name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust for this AS (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate(s) the AS trusts for client certificates (tls_client_auth), PEM or DER; the doctor checks transport certificates against them. CA certificates only: a client certificate or a private key is refused. Stored in OAuthDesk&apos;s data file (public data), not the path (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a private_key_jwt assertion&apos;s aud names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every extra header first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND is initial-access-token (RFC 7591 §3) or software-statement (RFC 7591 §2.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the environments.</source>
        <translation>Die Umgebungen auflisten.</translation>
    </message>
    <message>
        <source>Show an environment and its cached discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also says whether registration credentials are stored (never what they are), and the subjects and expiry of the client CA the AS trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment: one authorization server and the APIs behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an environment.</source>
        <translation>Eine Umgebung ändern.</translation>
    </message>
    <message>
        <source>Delete an environment and its registration credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and cache the AS&apos;s discovery metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect discovery, then RFC 8414&apos;s location. A document whose issuer is not identical to the configured one, or that names a plain-http endpoint, is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a registration credential in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from standard input with --stdin, or typed at a prompt that does not echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it from standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a registration credential from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: say which tool the pack is for: postman, bruno, http or curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: the %1 pack has several files; name the folder to write them to, or a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a hand-off pack for CLIENT&apos;s developers: Postman, Bruno, .http or curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds a client credentials token request with CLIENT&apos;s own auth method, the environment&apos;s extra headers and a sample API call with the token (to the environment&apos;s API base URL plus --api-path). postman writes collection.json and environment.json (Postman v2.1; newman runs them), bruno a collection folder (bru run --env ENV), both into the --output folder; http and curl write one file to --output, or to standard output. An --output ending in .zip gets the whole pack as one zip file instead (postman and bruno in a folder inside it). The client secret is left out as a variable to fill unless --include-secret is given: then it is read from the keychain and written, marked secret, and every file (or the zip) is readable by you only. For client_secret_basic the files form-encode the client ID and secret before Base64 (RFC 6749 §2.3.1). The private key is never written: private_key_jwt packs take a client_assertion you sign (the curl script reads CLIENT_ASSERTION or standard input), mutual TLS packs name the certificate and key files you supply (CLIENT_CERT and CLIENT_KEY for curl and Bruno, --ssl-client-cert and --ssl-client-key for newman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postman, bruno, http or curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder (postman, bruno) or file (http, curl) to write; a name ending in .zip: one zip file with the whole pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the client secret into the pack (from the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample API call&apos;s path under the API base URL (default /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>(repeatable)</source>
        <translation>(wiederholbar)</translation>
    </message>
    <message>
        <source>Do not ask; go ahead (needed when no terminal is attached).</source>
        <translation>Nicht nachfragen; fortfahren (nötig, wenn kein Terminal angeschlossen ist).</translation>
    </message>
    <message>
        <source>Usage: %1

%2
</source>
        <translation>Aufruf: %1

%2
</translation>
    </message>
    <message>
        <source>
Also spelled: %1
</source>
        <translation>
Auch geschrieben: %1
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Globale Optionen:
</translation>
    </message>
    <message>
        <source>Usage: oauthdesk-cli COMMAND [arguments] [options]

The command line of OAuthDesk: the same applications, environments, clients and certificates as the app (the same data file and keychain entries), and its test tokens.

Commands:
</source>
        <translation>Aufruf: oauthdesk-cli BEFEHL [Argumente] [Optionen]

Die Kommandozeile von OAuthDesk: dieselben Anwendungen, Umgebungen, Clients und Zertifikate wie in der App (dieselbe Datendatei und dieselben Schlüsselbund-Einträge) und ihre Test-Tokens.

Befehle:
</translation>
    </message>
    <message>
        <source>Usage: oauthdesk-cli %1 COMMAND [arguments] [options]

Commands:
</source>
        <translation>Aufruf: oauthdesk-cli %1 BEFEHL [Argumente] [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
Applications, environments and clients are named by their id or name (a client also by its client ID). Secrets are never arguments: they are read from standard input (--…-stdin) or typed at a prompt that does not echo, and printed only with --show-secret.

Exit status:
</source>
        <translation>
Anwendungen, Umgebungen und Clients werden über ihre ID oder ihren Namen angegeben (ein Client auch über seine Client-ID). Geheimnisse sind nie Argumente: Sie werden von der Standardeingabe gelesen (--…-stdin) oder an einer Eingabeaufforderung ohne Echo eingegeben und nur mit --show-secret ausgegeben.

Exit-Status:
</translation>
    </message>
    <message>
        <source>
&quot;oauthdesk-cli COMMAND --help&quot; says more about a command; &quot;man oauthdesk-cli&quot; says everything.
</source>
        <translation>
„oauthdesk-cli BEFEHL --help“ sagt mehr über einen Befehl; „man oauthdesk-cli“ sagt alles.
</translation>
    </message>
    <message>
        <source>oauthdesk-cli is the second front end of OAuthDesk, over the same use cases as the desktop app: the same SQLite data file, the same keychain entries, the same test tokens. What the app can do for a person, this does for a script: human tables by default, --json for a stable JSON document, documented exit codes, and errors on standard error in the same plain words as the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications, environments and clients are named by their id or their exact name; a client also by its client ID; a certificate by its id, JWK kid or subject. A name two objects share is refused with their ids (exit status 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also spelled: %1.</source>
        <translation>Auch geschrieben: %1.</translation>
    </message>
    <message>
        <source>Secrets (client secrets, initial access tokens, software statements, passphrases, tokens) are never taken as arguments: other users see arguments in ps(1), and the shell history keeps them. An option such as --secret VALUE is refused (exit status 2) with the way to do it: pipe the secret in with the command&apos;s --...-stdin option, or leave that out to type it at a prompt that does not echo. Secrets and tokens are printed only with --show-secret; curl commands and recorded exchanges show &lt;redacted&gt; instead. Secrets live in the keychain (Secret Service), under the service io.github.oauthdesk.OAuthDesk; without a keychain the command fails with exit status 6 and nothing is written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json every command prints one JSON document with &quot;ok&quot; (true or false). Lists are {&quot;applications&quot;|&quot;environments&quot;|&quot;clients&quot;|&quot;certificates&quot;: [...]}; one object is {&quot;application&quot;|&quot;environment&quot;|&quot;client&quot;|&quot;certificate&quot;: {...}}. Failures are {&quot;ok&quot;: false, &quot;error&quot;: {&quot;code&quot;, &quot;message&quot;, &quot;detail&quot;, &quot;exitCode&quot;}}.
A client has id, name, clientId, description, applicationId, environmentId, applicationType, grantTypes, pkce, redirectUris, postLogoutRedirectUris, scopes, accessTokenLifetime, refreshTokenLifetime, authMethod, signingCertificateId, transportCertificateId, certificateBoundTokens, status, registrationClientUri, clientIdIssuedAt, clientSecretExpiresAt (RFC 7591, when the AS named one; else null), createdAt, updatedAt. An environment has id, name, issuer, connectivity, apiBaseUrl, headers [{name, value}], caBundle, assertionAudience, discoveryFetchedAt, createdAt; in the envs commands also clientCa [{subject, issuer, notBefore, notAfter, sha256Thumbprint, selfSigned}], the CA certificates the AS trusts for client certificates ([] when not recorded). A certificate has id, applicationId, purpose, keyAlgorithm, state, subject, subjectAltNames, serialNumber, notBefore, notAfter, sha256Thumbprint, x5tS256, kid, hasCsr, hasCertificate, createdAt.
token and signin print ok, client {id, name, clientId, authMethod}, environment {id, name, issuer}, tokenEndpoint, status, latencyMs, tls, clientCertificatePresented, checksFailed [...], curl (redacted), and on success tokenType, expiresIn, expiresAt, scopes {requested, granted, notGranted, notRequested, omitted}, accessTokenFormat (jwt or opaque), refreshToken and idToken (whether issued), jwt {header, claims}, signature {status (valid, invalid, no_matching_key, unsupported_algorithm, bad_key_set, not_checked), valid, alg, kid, message}, binding {verdict (bound, not_bound, missing, other_certificate, nothing_presented, unknown), good, bound, expected, presentedThumbprint, tokenThumbprint, evidence, message}, clientAssertion {header, claims}; signin adds authorizationUrl, redirectUri and idTokenCheck {ok, subject, signature, checks [{name, passed, text}]}. On failure, error. accessToken (and refreshTokenValue, idTokenValue) only with --show-secret. introspect prints introspection {active, summary, expiresAt, claims}; revoke prints revoked and the introspection after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the data file when --data-dir is not given (as for the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file (no secrets in it), shared with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Konnektivität</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Assertion audience</source>
        <translation>Assertion-Audience</translation>
    </message>
    <message>
        <source>Discovery fetched</source>
        <translation>Discovery abgerufen</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Redirect-URIs</translation>
    </message>
    <message>
        <source>Post-logout URIs</source>
        <translation>Post-Logout-URIs</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh Token</translation>
    </message>
    <message>
        <source>Signing cert</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Transport cert</source>
        <translation>Transportzertifikat</translation>
    </message>
    <message>
        <source>Bound tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alt names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x5t#S256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK kid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no HTTP answer: %1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has clients%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have the same clients with the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote &quot;%1&quot; to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not promoted: %1 refuses what the client needs (the ✘ lines above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --register to register the client at %1&apos;s AS, or --client-id with the ID it issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s AS offers no registration: add --client-id with the client ID it issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &quot;%1&quot; in %2 with fresh credentials%3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and register it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not promoted. Add --yes to promote without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; in %2 (id %3), client ID %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, registered there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signing key: %1, kid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transport key: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS granted differently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two environments&apos; clients side by side (same application, same name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs the clients of ENV_A and ENV_B by application and name and compares grant types, scopes, authentication method, redirect URIs, token lifetimes, the assertion audience, certificates (subject, key algorithm, expiry, state; never a key) and registration state. Lines start with = (same), ≠ (differs), &lt; (only in ENV_A) or &gt; (only in ENV_B). The exit status is 0 whether or not they differ; with --exit-code it is 1 when they differ, as git diff --exit-code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clients of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List equal fields too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 1 when the environments differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create CLIENT in another environment with the same settings and fresh credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the plan first: what is copied, what is made fresh (a new secret, new keys and CSRs: never CLIENT&apos;s key or certificate), what cannot be copied (the client ID the target AS assigns, a certificate its CA must issue, environment headers), and what the target AS does not support (refused: nothing is made). --dry-run stops after the plan (exit status 2 when refused). --register registers the client at the target AS (RFC 7591); without it give --client-id. If the registration fails, the fresh keys are removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target environment (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the new client at the target&apos;s AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --register: the client ID the target AS issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the target environment with --to ENV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ics: %1 cannot be written (%2). Pick a file in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written (%2 calendar events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing expires within %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: name the zip file to write, e.g. --output support.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for the sign-in: add --sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign-in: &quot;%1&quot; gets its test token without a browser; leave --sign-in out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a test token for &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor could not run (%1); the bundle has no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle written to %1 (%2 bytes): %3. Secrets, tokens and signatures are redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the bundle (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in through the browser first (interactive clients) and bundle that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what expires: certificates, the local CA, client secrets, registration tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything with an expiry date across every environment and application, soonest first, with the days left and its urgency (expired, within 14 days, within 30 days, later). --within limits the list to what expires by then (expired items always show); durations are days (30d or 30), weeks (12w), months of 30 days (6m) or years (1y). --ics writes the same list as an iCalendar file, one all-day event per item with a reminder 14 days before. A client secret is listed when the AS named its expiry at registration (client_secret_expires_at). Exits 0 even when the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what expires within DURATION (30d, 12w, 6m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the list to FILE as iCalendar (.ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a support bundle for a client (zip, secrets redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets a fresh test token for CLIENT and runs the doctor, then writes one zip with the exchanges (every secret, token, assertion signature, authorization code, code_verifier and Authorization header redacted; JWT payloads kept), the doctor&apos;s report, the client&apos;s configuration, the AS metadata and the versions of OAuthDesk, Qt, OpenSSL and the OS. CLIENT is the client&apos;s id, name or client ID. A client that signs people in through a browser (native, SPA, web) gets no token without one: its bundle says it holds no exchanges, unless --sign-in runs the sign-in as &quot;signin&quot; does (the link printed on stderr, the browser coming back to the loopback redirect), and the bundle holds its authorization request, token exchange and JWKS fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret issued by the AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS of &quot;%1&quot; offers no registration endpoint in its cached discovery: run &quot;oauthdesk-cli envs discover %1&quot; first, or record a client registered elsewhere with &quot;clients create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered &quot;%1&quot; at the AS: client ID %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not registered through OAuthDesk (it has no registration management URI), so the AS cannot be asked about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &quot;%1&quot; (client ID %2, id %3) back from the AS; the local record has its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated &quot;%1&quot; (client ID %2, id %3) at the AS and here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (client ID %2) at the AS, then here with its keychain entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (client ID %2) at the AS and here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a client registered through OAuthDesk (it keeps the registration access token in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new client at the environment&apos;s AS (RFC 7591).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends client_name, grant_types, response_types, redirect_uris, token_endpoint_auth_method, scope, application_type, the signing key&apos;s JWKS (private_key_jwt), the self-signed certificate (self_signed_tls_client_auth) or the certificate&apos;s subject DN (tls_client_auth) and the environment&apos;s software statement, with its initial access token. What the AS answers is saved: its client ID, and the secret and registration access token in the keychain. What it granted differently is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client&apos;s registration back from the AS (RFC 7592 GET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s values replace the local ones; the differences are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the client&apos;s settings to the AS (RFC 7592 PUT of the full metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the same options as &quot;clients edit&quot;; they are applied, sent, and what the AS answers is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the client at the AS (RFC 7592 DELETE), then here with its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1, waiting for the CA&apos;s certificate (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial %1, subject %2, valid until %3 (id %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids at the AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject at the AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (--subject DN for another, --same-subject to keep %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --status, --step, --all and --abandon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --subject or --same-subject, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation of &quot;%1&quot; is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon the rotation of &quot;%1&quot; and delete the new key (kid %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not abandoned: confirm with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation abandoned: the new key is removed; the client keeps kid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject and --same-subject choose the new certificate&apos;s subject when a tls_client_auth rotation starts (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the old key (kid %1) from the keychain for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key stays (step 6 not run): confirm with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no JWKS file to publish at this step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a private_key_jwt or mutual TLS client&apos;s key, step by step, each verified live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six steps: generate the new key (the old one stays in use), publish it beside the old one (RFC 7592 update of the registered jwks, or the JWKS file for a jwks_uri host: --jwks-out), verify a token with the new key only, switch the client to it, retire the old key at the AS (a token with the new key works, the old one is refused), remove the old key from the keychain (asks, or --yes). Without an option: the state (&quot;step 3 of 6 — new key published, not yet verified&quot;). Interrupted, the client keeps its key; run again to resume.

tls_client_auth (RFC 8705 §2.1): the AS matches the certificate&apos;s subject DN, not its key, and holds one subject per client. Step 1 makes a CSR with a new subject by default (the CN gets a suffix, &quot;billing-service&quot; → &quot;billing-service-r2&quot;; --subject DN for another): step 3 registers it for one test token and puts the old subject back, step 4 switches the AS and the client together, and step 5 proves the AS refuses the old certificate. Have the CA the AS trusts issue the certificate for the CSR (certs show ID --pem, ID as in new_key) and import it (certs import ID FILE) before step 2. --same-subject keeps the old subject: nothing changes at the AS, but it cannot refuse the old certificate, which stays valid until it expires (step 5 proves it still works and shows the date; only the CA can revoke it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rotation&apos;s state (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform and verify the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform and verify every remaining step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the new key and leave the client as it was (before the switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls_client_auth, step 1: the new certificate&apos;s subject (RFC 4514, &quot;CN=billing-service-r2,O=Example Org&quot;); default: the proposed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls_client_auth, step 1: keep the old certificate&apos;s subject (the AS then cannot refuse the old certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JWKS file to publish at the jwks_uri host (public keys only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so nothing can be typed without echo: pipe the secret in with the command&apos;s --…-stdin option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was typed, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: standard input has more than %2 bytes; pipe in only the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: standard input was empty; pipe the secret in (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again, to be sure: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: standard input has more than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS issued no refresh token with this test token (client credentials tokens come without one); sign in with an interactive client, or pipe a refresh token in with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS publishes no introspection endpoint in its discovery metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS publishes no revocation endpoint in its discovery metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Revoked (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with an introspection: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection after it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token instead of the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the token read from standard input instead of a fresh test token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --token-stdin the token is a fresh test token of CLIENT (as &quot;token&quot; gets it). Some ASs (oidc-provider among them) do not keep JWT access tokens and call them inactive; opaque access tokens and refresh tokens they answer about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the AS about a token (RFC 7662), authenticated as CLIENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit status is 0 for an answer, active or not; see &quot;active&quot; in --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a token (RFC 7009), then introspect it to show it inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 prints the access token, a secret: add --show-secret to say you want it printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not sign in through a browser (no authorization code grant): this is its client credentials token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data and --data-stdin contradict each other; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling the API anyway, with the token that did not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauthdesk-cli: the API answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), json, jwt (the access token), header (an Authorization header line) or curl (the request, redacted unless --show-secret). jwt and header need --show-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body (sent as application/json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the request body from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show the request and the response headers (on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT is the client&apos;s id, name or client ID. Its environment&apos;s AS is asked as the GUI&apos;s &quot;Get test token&quot; does: discovery when not cached, the client&apos;s own authentication (client_secret_basic, client_secret_post, private_key_jwt with its signing key, tls_client_auth or self_signed_tls_client_auth over mutual TLS with its transport certificate, on the AS&apos;s mTLS endpoint aliases), the environment&apos;s extra headers, then the access token decoded, its signature checked against the AS&apos;s JWKS and its certificate binding (cnf.x5t#S256) checked. Interactive clients (native, SPA, web) sign in instead, as with &quot;signin&quot;. The exit status is 9 when the token came but a check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a test token for a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sign-in: the authorization code flow with PKCE through a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the authorization link (on stderr), listens on 127.0.0.1 for the browser&apos;s answer (RFC 8252 §7.3), exchanges the code with the client&apos;s authentication and prints the result: the tokens checked as for &quot;token&quot;, and the ID token verified (signature, iss, aud, azp, nonce, exp, iat). The client needs a loopback redirect URI such as http://127.0.0.1/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call an API with a fresh test token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH is under the environment&apos;s API base URL; the environment&apos;s headers and Authorization: Bearer go with it (and the transport certificate, which a bound token needs). The response body goes to standard output, the status line to stderr; any status outside 2xx exits with 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token&apos;s signature could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Token from %1 in %2 ms (%3%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, client certificate presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque (only the AS can read it; introspect it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, kid %2, aud %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ ID token of %1 verified
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ ID token does not check out (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for this scope instead of the client&apos;s (repeatable, or space-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link with xdg-open as well as printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the browser (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect login_hint for the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: a whole number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open this link in a browser on this computer:
  %1
Waiting on %2 for the browser to come back (Ctrl+C stops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened (%1); open the link by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back; exchanging the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: options are spelled in full, such as --help. If &quot;%1&quot; is a key ID or a name, put -- before it: oauthdesk-cli %2 -- %1. %3</source>
        <translation>Unbekannte Option „%1“: Optionen werden ausgeschrieben, etwa --help. Ist „%1“ eine Schlüssel-ID oder ein Name, setzen Sie -- davor: oauthdesk-cli %2 -- %1. %3</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ClientCa</name>
    <message>
        <source>Client CA the AS trusts</source>
        <translation type="unfinished">Client-CA, der der AS vertraut</translation>
    </message>
    <message>
        <source>%1: the file is empty. Load the PEM file of the CA certificate(s) the AS trusts for client certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds a private key. Only the CA&apos;s certificate belongs here, never a key: load the CA certificate file alone (such as ca.crt). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is a private key (DER). Only the CA&apos;s certificate belongs here, never a key: load the CA certificate file alone. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is a PKCS#12 bundle (.p12/.pfx), which holds a private key. Export the CA certificate alone as PEM and load that. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Load the PEM file of the CA certificate(s) the AS trusts for client certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: certificate %2 in the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: certificate %2 (%3) is not a CA certificate, so it cannot have issued client certificates. Load the certificate of the CA that issues your client certificates (basicConstraints CA:TRUE), not a client or server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ClientDetailsDialog</name>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy client ID</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Application type:</source>
        <translation>Anwendungstyp:</translation>
    </message>
    <message>
        <source>Grant types:</source>
        <translation>Grant Types:</translation>
    </message>
    <message>
        <source>PKCE:</source>
        <translation>PKCE:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>•••••••• kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal secret</source>
        <translation>Secret &amp;anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>R&amp;otate secret…</source>
        <translation>Secret r&amp;otieren…</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>Secret copied; the clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs:</source>
        <translation>Redirect-URIs:</translation>
    </message>
    <message>
        <source>Post-logout redirect URIs:</source>
        <translation>Post-Logout-Redirect-URIs:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Access token lifetime:</source>
        <translation>Lebensdauer des Access Tokens:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Refresh token lifetime:</source>
        <translation>Lebensdauer des Refresh Tokens:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Test &amp;sign-in</source>
        <translation>Test-Anm&amp;eldung</translation>
    </message>
    <message>
        <source>Get test &amp;token</source>
        <translation>Test-&amp;Token holen</translation>
    </message>
    <message>
        <source>Sign in through the browser (authorization code + PKCE) and get real tokens (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the client&apos;s environment for a real access token (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden again. Reveal it when you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Der Schlüsselbund wird gefragt…</translation>
    </message>
    <message>
        <source>Shown for %1 seconds.</source>
        <translation>Für %1 Sekunden angezeigt.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Secret rotieren</translation>
    </message>
    <message>
        <source>Make a new client secret for &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret replaces the old one in the keychain once it is stored; if storing fails, the old one stays. Configure the new secret at the authorization server too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>Storing the new secret…</source>
        <translation>Das neue Secret wird gespeichert…</translation>
    </message>
    <message>
        <source>New secret, shown once: copy it and configure it at the authorization server. It is in the keychain; the old one is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the keychain stores the new secret later, it is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old secret is unchanged.</source>
        <translation>Das alte Secret ist unverändert.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ClientRegistry</name>
    <message>
        <source>OAuthDesk is shutting down; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret is required for %1: paste the one your authorization server issued, or let OAuthDesk generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was saved, but its old client secret could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client authenticates with %1 and has no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients that authenticate with a client secret can rotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was not deleted: its secrets could not be removed from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not deleted: its clients&apos; secrets or its private keys could not be removed from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ClientTableModel</name>
    <message>
        <source>Click the copy icon (or press Ctrl+C) to copy the client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View, edit or delete this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished">Client-ID</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation type="unfinished">Grant Types</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Angelegt</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ClientWizard</name>
    <message>
        <source>Edit OAuth client</source>
        <translation>OAuth-Client bearbeiten</translation>
    </message>
    <message>
        <source>Create OAuth client</source>
        <translation>OAuth-Client anlegen</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Grundinformationen</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Token configuration</source>
        <translation>Token-Konfiguration</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard new client</source>
        <translation>Neuen Client verwerfen</translation>
    </message>
    <message>
        <source>Discard your changes to &quot;%1&quot;?</source>
        <translation>Ihre Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Discard this new client?</source>
        <translation>Diesen neuen Client verwerfen?</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. What you entered in this wizard is lost.</source>
        <translation>Noch ist nichts gespeichert. Was Sie in diesem Assistenten eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Clients</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Discovery</name>
    <message>
        <source>The discovery document is larger than 1 MiB; that is not a metadata document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery URL did not answer with a JSON metadata document. Check the issuer URL: it must be the authorization server&apos;s issuer, not its login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server calls itself &quot;%1&quot;, but this environment&apos;s issuer is &quot;%2&quot;. They must be identical (RFC 8414 §3.3): correct the issuer URL (mind a trailing slash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, plain %3 under an https issuer: refused, because the client&apos;s credentials and tokens would travel in clear text. The AS&apos;s metadata must name https endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery answered HTTP %1 at %2. Check the issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Doctor</name>
    <message>
        <source>The client has no environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the client and choose the environment (AS) it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was not compared with the AS&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discovery document (see Environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor could not check this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was not registered by OAuthDesk (no RFC 7592 management URI), so what the AS holds for it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration at the AS not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration access token is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration access token is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it OAuthDesk cannot manage the client at the AS (RFC 7592); register it again or ask the AS&apos;s operators for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration access token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS did not answer for the client&apos;s registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the client was deleted at the AS, register it again; if the token was revoked, ask the AS&apos;s operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has the client registered (RFC 7592 read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS replaced a credential when the doctor read the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: OAuthDesk now uses what the AS issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s JWKS was not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key could not be read (above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered jwks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has neither jwks nor jwks_uri for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the signing key (RFC 7592 update with jwks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s jwks_uri could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the JWKS at %1: the AS fetches the client&apos;s keys there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret to check.</source>
        <translation>Kein Client Secret zu prüfen.</translation>
    </message>
    <message>
        <source>The client authenticates with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret expiry not known.</source>
        <translation>Ablauf des Secrets nicht bekannt.</translation>
    </message>
    <message>
        <source>The client secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret is empty.</source>
        <translation>Das gespeicherte Secret ist leer.</translation>
    </message>
    <message>
        <source>Enter the client secret again (Edit client), or rotate it at the AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test token requested.</source>
        <translation>Kein Test-Token angefordert.</translation>
    </message>
    <message>
        <source>The live check was turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in needs a person in a browser: use Test sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is disabled.</source>
        <translation>Der Client ist deaktiviert.</translation>
    </message>
    <message>
        <source>The AS&apos;s metadata is not available (see Environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test token: the client&apos;s credentials could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the client&apos;s secret or key back in the keychain (see Secrets and Keys above), then run the doctor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor was closed.</source>
        <translation>Der Doctor wurde geschlossen.</translation>
    </message>
    <message>
        <source>The AS issued a test token (no scope named in its answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS issued a test token (scope %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS refused a test token.</source>
        <translation>Der AS hat ein Test-Token verweigert.</translation>
    </message>
    <message>
        <source>No answer from the token endpoint that gives a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the findings above; Get test token shows the whole exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate binding not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s binding could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was issued.</source>
        <translation>Es wurde kein Token ausgestellt.</translation>
    </message>
    <message>
        <source>Doctor: %1 (#%2) in %3, %4</source>
        <translation>Doctor: %1 (#%2) in %3, %4</translation>
    </message>
    <message>
        <source>no environment</source>
        <translation>keine Umgebung</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 warning(s), %3 failed, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its authentication method %1 needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for certificate-bound tokens (RFC 8705), which need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its environment %1 connects with mutual TLS, which needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is set to use a transport certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery was not fetched (asked not to); the cached document is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>Discovery answered in %1 ms.</source>
        <translation>Discovery hat in %1 ms geantwortet.</translation>
    </message>
    <message>
        <source>The AS&apos;s metadata was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators to fix the discovery document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s discovery could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks below use the copy cached on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the environment&apos;s issuer URL, the network, and that the AS runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer is not https.</source>
        <translation>Der Issuer ist nicht https.</translation>
    </message>
    <message>
        <source>Use the AS&apos;s https issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s TLS certificate chain is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the AS uses a private CA, set the environment&apos;s CA bundle to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the environment&apos;s CA bundle (%1) holds the CA that signed the AS&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s TLS certificate chain is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS not checked.</source>
        <translation>TLS nicht geprüft.</translation>
    </message>
    <message>
        <source>No connection to the AS was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew not checked.</source>
        <translation>Uhrenabweichung nicht geprüft.</translation>
    </message>
    <message>
        <source>The AS did not answer.</source>
        <translation>Der AS hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>The %1 key is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the keychain entry, or create a new key and certificate for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key or certificate could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the key and certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys or certificates to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authenticates with %1 and is not set up for mutual TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no %1 key.</source>
        <translation>Der Client hat keinen %1-Schlüssel.</translation>
    </message>
    <message>
        <source>Its %1 certificate (#%2) is gone from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or create a %1 key for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: the AS trusts the key it has registered (its JWKS), not a CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self_signed_tls_client_auth: the AS trusts the registered certificate itself, not a CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-ca %1</source>
        <translation>--client-ca %1</translation>
    </message>
    <message>
        <source>The client CA bundle %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;Client CA the AS trusts&quot; of environment %1 cannot be read; load it again in Settings → Environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment %1&apos;s &quot;Client CA the AS trusts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no environment, so which CA its AS trusts for client certificates is not known; pass oauthdesk-cli doctor --client-ca FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment %1 does not record which CA its AS trusts for client certificates; set &quot;Client CA the AS trusts&quot; in Settings → Environments (oauthdesk-cli envs edit ENV --client-ca FILE), or pass oauthdesk-cli doctor --client-ca FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::DoctorChecks</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <source>signing</source>
        <translation type="unfinished">Signatur</translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished">Transport</translation>
    </message>
    <message>
        <source>The %1 key in the keychain does not belong to its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate certifies another public key: TLS handshakes and signatures made with this key will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificate issued for this key, or issue a new one from a CSR of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the key, or restore the keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key in the keychain matches its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and certificate not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key has no certificate (private_key_jwt needs none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key is RSA %2: too weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA below 2048 bits is refused by current TLS stacks and ASs (NIST SP 800-131A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new RSA 2048+ or EC P-256 key and certificate, then rotate to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key is EC %2: too weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new EC P-256 key and rotate to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key is %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it: a new CSR for the key (or a new key) and the issued certificate imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 certificate is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, or wait until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 certificate expires in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 certificate is valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key usage restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage allows digital signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 certificate&apos;s key usage does not allow digital signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyUsage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the certificate reissued with keyUsage digitalSignature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extended key usage restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage allows TLS client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport certificate is not for TLS client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extendedKeyUsage: %1 (clientAuth is missing): the AS&apos;s TLS stack refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the certificate reissued with extendedKeyUsage clientAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 certificate is signed with SHA-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm: %1. SHA-1 signatures are refused by current TLS stacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the certificate reissued with SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain to the AS&apos;s trusted CA not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chains to the CA the AS trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1; the AS trusts %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 certificate does not chain to the CA the AS trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1, but the AS trusts %2%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have it issued by the CA the AS trusts, and import the intermediate certificates too; or, if the AS trusts another CA, correct the CA recorded (the environment&apos;s &quot;Client CA the AS trusts&quot;, or --client-ca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at the AS was not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has the signing key (kid %1) in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has a different key under the signing key&apos;s kid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has kid %2, but its public key is not the client&apos;s signing key: assertions will fail their signature check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the signing key&apos;s current public JWK (RFC 7592 update of jwks, or the JWKS file at the jwks_uri host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s JWKS has no key with the signing key&apos;s kid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the kids: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the signing key&apos;s public JWK (RFC 7592 update of jwks, or the JWKS file at the jwks_uri host), or select the key the AS has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS names itself %1, as configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s issuer differs from the configured one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured: %1; the discovery document says: %2. RFC 8414 §3.3 requires them identical (a trailing slash counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the environment&apos;s issuer to exactly what the AS publishes, or fix the AS&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate expiry not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS certificate was seen (no answer over HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AS&apos;s TLS configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s TLS certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators to renew its TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The AS&apos;s TLS certificate expires in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators to renew its TLS certificate before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The AS&apos;s TLS certificate is valid for %n more day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, valid until %2.</source>
        <translation type="unfinished">%1, gültig bis %2. {1,?}</translation>
    </message>
    <message>
        <source>Clock skew not checked.</source>
        <translation type="unfinished">Uhrenabweichung nicht geprüft.</translation>
    </message>
    <message>
        <source>The AS&apos;s answer carried no Date header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s Date header could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS should send an IMF-fixdate (RFC 9110 §5.6.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s %2 the AS&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AS: %1; here: %2. Tokens and client assertions are checked against the time (iat, nbf, exp): a large skew makes them look not yet valid or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise this computer&apos;s clock (NTP), or ask the AS&apos;s operators to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks agree (skew %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AS: %1; here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS supports %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not support the client&apos;s authentication method %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_endpoint_auth_methods_supported: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not published; RFC 8414 default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the client to one of the supported methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS supports the client&apos;s grant types (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not support the grant type(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant_types_supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the grant type from the client, or have it enabled at the AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response types not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client uses no authorization endpoint (no code or implicit grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS supports response type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not support response type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response_types_supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a grant whose response type the AS supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client does not use the authorization code grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS supports PKCE with S256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not say it supports PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not support PKCE with S256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_methods_supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators to enable PKCE with S256 (RFC 7636 §4.2; RFC 9700 requires it for public clients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion signing algorithm not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client does not sign client assertions (it uses %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s signing key is unknown or unreadable (see Keys and certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not publish which assertion algorithms it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_endpoint_auth_signing_alg_values_supported is missing; the key signs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators which algorithms it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS accepts %1 assertions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not accept %1 client assertions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_endpoint_auth_signing_alg_values_supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client a signing key of a type the AS accepts (RSA for RS256/PS256, EC P-256 for ES256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not publish scopes_supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks for no scope; the AS decides what it grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS knows every scope of the client (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS does not know the scope(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes_supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the unknown scopes from the client, or have them defined at the AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a wildcard: redirect URIs are compared exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a fragment (RFC 6749 §3.1.2 forbids it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses &quot;localhost&quot;: RFC 8252 §8.3 wants the loopback IP literal (127.0.0.1 or [::1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses http on localhost: fine for development only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses http on a host that is not loopback: only https is safe there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses http on loopback: fine for development only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the scheme %2: only native apps may use private-use schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RFC 8252 §7.1 wants private-use schemes in reverse domain order (com.example.app:/callback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code and implicit grants send the browser back to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the redirect URI the application listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client does not use a browser redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n redirect URI problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Register exact URIs: https, or for native apps http://127.0.0.1:&lt;port&gt;/path (RFC 8252 §7.3) or a reverse-domain private-use scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URIs work but are weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https redirect URIs outside development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URIs are exact and follow the rules for this kind of client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_expires_at is 0 or absent (RFC 7591 §3.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_expires_at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The client secret expires in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate the client secret before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token cnf.x5t#S256: %1; certificate presented: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is bound to the transport certificate (RFC 8705 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate binding not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is not set up for certificate-bound tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not bound to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the client with tls_client_certificate_bound_access_tokens, and call the AS&apos;s mTLS endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is bound to another certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which certificate the client presents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is bound, but no certificate was presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client its transport certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate binding not visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is opaque; introspect it to see its cnf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::DoctorDialog</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>Client vs AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight doctor: every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the AS for a &amp;test token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live check: a real token request (and its certificate binding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… (the doctor changes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment</source>
        <translation type="unfinished">keine Umgebung</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished">Behebung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) checked: %1 passed, %2 warning(s), %3 failed, %4 skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Report copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation>Client-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret, shown once</source>
        <translation>Client Secret, wird nur einmal angezeigt</translation>
    </message>
    <message>
        <source>Copy &amp;secret</source>
        <translation>&amp;Secret kopieren</translation>
    </message>
    <message>
        <source>This is the only time OAuthDesk shows the secret without being asked. It is kept in the system keychain (service %1), never in OAuthDesk&apos;s data file; &lt;b&gt;Reveal secret&lt;/b&gt; in the client&apos;s details shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>Client ID copied</source>
        <translation>Client-ID kopiert</translation>
    </message>
    <message>
        <source>Secret copied; the clipboard is cleared in 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; updated at %2&lt;/b&gt; and saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; registered at %2.&lt;/b&gt; The authorization server issued this client ID and secret; hand them to the team that runs the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; registered at %2.&lt;/b&gt; The authorization server issued this client ID; hand it to the team that runs the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1. </source>
        <translation>Ausgestellt %1. </translation>
    </message>
    <message>
        <source>Managed at &lt;code&gt;%1&lt;/code&gt; with a registration access token kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The authorization server granted exactly what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server granted something different:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk saved what the AS granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; saved.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Client „%1“ gespeichert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; recorded.&lt;/b&gt; Hand the client ID and secret to the team that runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; recorded.&lt;/b&gt; Hand the client ID to the team that runs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Enums</name>
    <message>
        <source>Native app (mobile/desktop)</source>
        <translation>Native App (Mobil/Desktop)</translation>
    </message>
    <message>
        <source>Single-page app</source>
        <translation>Single-Page-App</translation>
    </message>
    <message>
        <source>Web application</source>
        <translation>Webanwendung</translation>
    </message>
    <message>
        <source>Machine to machine</source>
        <translation>Maschine zu Maschine</translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation>Authorization Code</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh Token</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>Client Credentials</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>Implicit</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>None (public client)</source>
        <translation>Keine (öffentlicher Client)</translation>
    </message>
    <message>
        <source>Client secret (HTTP Basic)</source>
        <translation>Client Secret (HTTP Basic)</translation>
    </message>
    <message>
        <source>Client secret (form post)</source>
        <translation>Client Secret (Form-Post)</translation>
    </message>
    <message>
        <source>Private key JWT</source>
        <translation>Private Key JWT</translation>
    </message>
    <message>
        <source>Mutual TLS (CA-issued certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual TLS (self-signed certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Mutual TLS (mTLS)</source>
        <translation>Mutual TLS (mTLS)</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>der Token-Endpunkt</translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>der Issuer</translation>
    </message>
    <message>
        <source>the endpoint called</source>
        <translation>der aufgerufene Endpunkt</translation>
    </message>
</context>
<context>
    <name>oauthdesk::EnvironmentDiffDialog</name>
    <message>
        <source>Compare environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">Anwendung</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished">&amp;Anwendung:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client / setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ differs   &lt; only on the left   &gt; only on the right   = the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different environments to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has clients here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have the same clients with the same settings (client IDs always differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) differ between %1 and %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oauthdesk::Environments</name>
    <message>
        <source>%1: %2 cannot be read (%3). Check that the file exists and you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than 1 MiB, so it is not a CA certificate file. Load the PEM file of the CA certificate(s) the AS trusts for client certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment removed, but its registration credentials are still in the keychain (%1): remove them with your keychain tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UAT or Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation type="unfinished">Issuer-URL</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished">Konnektivität</translation>
    </message>
    <message>
        <source>Mutual TLS sends the client&apos;s transport certificate and uses the AS&apos;s mtls_endpoint_aliases (RFC 8705).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connectivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished">API-Basis-URL</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM file trusted for this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA b&amp;undle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client CA the AS &amp;trusts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client assertion audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a private_key_jwt client assertion names as its audience (aud). RFC 7523 allows the token endpoint or the issuer; some ASs want the endpoint called for introspection and revocation. Change it only when this AS refuses the assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client assertion au&amp;dience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished">Zusätzliche Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices (value=label, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add X-&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Region with the choices 0 Default, 1 EMEA, 2 APAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch {issuer}/.well-known/openid-configuration (or the RFC 8414 location) now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment: fill in the name and issuer URL, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name &quot;%1&quot; is already used; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment removed. Clients that used it keep their settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate(s) the AS accepts client certificates from (tls_client_auth, RFC 8705 §2.1): public certificates only, never a key. The doctor checks that transport certificates chain to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the client CA the AS trusts from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished">Leeren</translation>
    </message>
    <message>
        <source>Clear the client CA the AS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client CA the AS trusts (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client CA cleared; Save environment to keep the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n CA certificate(s); Save environment to keep them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: the doctor cannot check that transport certificates&lt;br&gt;chain to the CA the AS trusts. Load the CA certificate(s) the AS&lt;br&gt;accepts client certificates from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s), on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the environment, then fetch its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet. &lt;b&gt;Refresh discovery&lt;/b&gt; reads the AS&apos;s metadata; a test token fetches it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached metadata is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished">Token-Endpunkt</translation>
    </message>
    <message>
        <source>mTLS aliases</source>
        <translation type="unfinished">mTLS-Aliasse</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">Registrierung</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation type="unfinished">Introspection</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished">Widerruf</translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation type="unfinished">JWKS</translation>
    </message>
    <message>
        <source>Auth methods</source>
        <translation type="unfinished">Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation type="unfinished">Grant Types</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished">Scopes</translation>
    </message>
    <message>
        <source>Fetching %1… (gives up after %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata fetched and cached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ExchangeView</name>
    <message>
        <source>Request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and responses, as sent and received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ExpiryRadar</name>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a duration. Type a number of days, weeks, months (30 days) or years up to 100 years, such as 30d, 12w, 6m or 1y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; expires on %3 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or rotate it in OAuthDesk before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): pick another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished">Signaturzertifikat</translation>
    </message>
    <message>
        <source>Transport certificate</source>
        <translation type="unfinished">Transportzertifikat</translation>
    </message>
    <message>
        <source>Local CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished">Client Secret</translation>
    </message>
    <message>
        <source>Registration access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client CA the AS trusts</source>
        <translation type="unfinished">Client-CA, der der AS vertraut</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ExpiryRadarDialog</name>
    <message>
        <source>Expiry radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what expires within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">Anwendung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What expires, soonest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing expires in that time (%1 later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown; %2 expired or expiring within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (%2 calendar events).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Explanation</name>
    <message>
        <source>The {endpoint} endpoint rejected the client assertion (private_key_jwt, invalid_client) for {request}: check that the AS knows this signing key under the kid sent and accepts its algorithm, and this machine&apos;s clock (an expired assertion or a reused jti is refused). The assertion&apos;s audience was {aud} ({rule}); if this AS wants another, change &quot;Client assertion audience&quot; in Settings → Environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint did not accept the client certificate ({method}, invalid_client) for {request}: check that the transport certificate was presented at the AS&apos;s mTLS endpoint, and that its subject DN (tls_client_auth) or the registered certificate (self_signed_tls_client_auth) matches the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint does not accept this client as a public client (none, invalid_client) for {request}: check that the AS has this client ID registered with the method &quot;none&quot;.{publicCalls}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused this client&apos;s secret ({method}, invalid_client) for {request}: the secret expired on {secretExpiry}, the date the AS gave it when it issued it (client_secret_expires_at). A new secret is needed: for a client registered through OAuthDesk, &quot;Ask AS for a new secret&quot; (oauthdesk-cli clients rotate-secret CLIENT --at-as); otherwise get one in the AS&apos;s console and store it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint rejected this client&apos;s credentials ({method}, invalid_client) for {request}: check that the secret in the keychain matches the one at the AS and has not expired there, and that the AS expects {method} for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With {method} that usually means a wrong client secret: check that the secret in the keychain matches the one at the AS and that the AS expects {method}{scopeCheck}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With private_key_jwt that usually means the client assertion was not accepted: its audience was {aud} ({rule}; change &quot;Client assertion audience&quot; in Settings → Environments if this AS wants another); also check that the AS knows the signing key under its kid and this machine&apos;s clock{scopeCheck}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With {method} that usually means the client certificate was not presented or not trusted: check that the environment uses the AS&apos;s mTLS endpoint and that the AS trusts the certificate&apos;s issuer (or has the self-signed certificate registered){scopeCheck}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. This is a public client (method &quot;none&quot;: it sends only its client ID): check that the AS knows this client ID as a public client and allows it what {request} asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused the code exchange of this public client (unauthorized_client): either the authorization code grant is not enabled for it there, or the AS holds it as a confidential client that must authenticate (some ASs make a client registered with token_endpoint_auth_method &quot;none&quot; confidential anyway). Check both at the AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is not allowed {grant} at the authorization server (unauthorized_client): enable the grant type &quot;{grantWire}&quot; for it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is not allowed to use the {endpoint} endpoint at the authorization server (unauthorized_client, {method}): allow it there, or call it as a client that may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused the scopes of {request} (invalid_scope): ask only for scopes this client is allowed at the AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused the scopes of {request} (it answered &quot;scope_invalid&quot;, which is not an RFC 6749 error code; read as invalid_scope): ask only for scopes this client is allowed at the AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server does not support {grant} at its token endpoint (unsupported_grant_type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code was refused (invalid_grant): it expired or was already used, or the redirect_uri or the PKCE code_verifier does not match the authorization request. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was refused (invalid_grant): it was revoked, expired, or replaced by a newer one (refresh token rotation). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused {request} (invalid_grant): the grant is invalid, expired or was issued to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint says {request} is malformed (invalid_request): a parameter is missing, repeated or not allowed; the AS&apos;s error_description names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server does not know the resource {request} asked for (invalid_target, RFC 8707).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint does not handle this kind of token (unsupported_token_type): many ASs accept only refresh tokens there, or only opaque access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint redirected (HTTP {status}) to {location}. OAuthDesk does not send client credentials after a redirect: use the final URL as the {endpoint} endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint failed with HTTP {status}, a server error rather than a refusal of this client: try again later, or look at the AS&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} ({method}) with the error &quot;{code}&quot;, which OAuthDesk has no explanation for; the AS&apos;s error_description may say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {endpoint} endpoint answered HTTP {status} without an OAuth error: check the {endpoint} endpoint URL and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client credentials grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization code grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh token grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client credentials request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code exchange (authorization code grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh (refresh token grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token request (grant &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the introspection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <source>this environment&apos;s rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no Location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and that the client may ask for these scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Many ASs let only confidential clients call introspection and revocation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ExportPassphraseDialog</name>
    <message>
        <source>Export PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file contains the private key of %1. Anyone with the file and the passphrase can authenticate as this client. Keep it only where the server that needs it can read it, and delete copies you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains the private key of %1, encrypted with the passphrase. Anyone with the file and the passphrase can authenticate as this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modern (AES-256, PBKDF2-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compatible (3DES, SHA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for older Windows servers and appliances that cannot read AES-protected files: 3DES and SHA-1 are weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Handoff</name>
    <message>
        <source>The discovery of environment &quot;%1&quot; names no token_endpoint: check the issuer, then refresh its discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; has no client ID yet: register it or enter the ID the AS issued, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; signs a person in (authorization code): the hand-off pack covers client credentials clients (machine to machine) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; has no environment: choose its environment (its AS) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1: check its parent&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restrict who may read %1: %2; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the hand-off pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; the %2 pack has several files and needs a folder: name a new or existing folder, or a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: name the zip file to write, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off pack has no files to zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret has characters a .env file cannot hold, so it is not in these files: export %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruno presents the certificate and key files named by %1 and %2 (paths, in .env or the environment): bruno.json&apos;s clientCertificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruno reads the client assertion from %1 (in .env or the environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by OAuthDesk for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: bru run --env %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials token request, authenticated with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample API call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to .env and fill in, or export these variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret (secret: never commit this file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not in these files: fill in client_secret (the curl script and the Bruno collection read it from the CLIENT_SECRET environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files contain the client secret. Hand them over the way you would hand over a password, and never commit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_basic: the client ID and secret are form-encoded before Base64 (RFC 6749 §2.3.1), so that characters such as &apos;:&apos;, &apos;+&apos; and &apos;%&apos; reach the AS as they are; the files do it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt: the token request needs a client assertion (RFC 7523): a JWT with iss and sub &quot;%1&quot;, aud &quot;%2&quot;, a unique jti and a short exp, signed with the client&apos;s signing key. The key is not in these files: sign the assertion with your own tooling and put it in client_assertion (a new one for each token request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual TLS (%1): the token request must present the client&apos;s transport certificate and its private key, which are not in these files: give your tool both as PEM files, for host %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens are bound to the client certificate (RFC 8705): API calls must present the same certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment has no API base URL: fill in api_base_url for the sample API call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set CLIENT_SECRET (export CLIENT_SECRET=...) or run this script in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client assertion of %1 (a JWT, RFC 7523): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client assertion: export CLIENT_ASSERTION or pipe the JWT signed with the client&apos;s key into this script (RFC 7523).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script reads the assertion from CLIENT_ASSERTION, else from standard input: sign-tool | sh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script gives curl the files named by CLIENT_CERT and CLIENT_KEY (PEM): --cert and --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a token and a sample API call with curl, generated by OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs only sh, curl, od, sed and base64 (no jq): the token is taken from the JSON answer with sed, which expects the access_token string without escaped characters, as ASs issue them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private CA: export CURL_CA_BUNDLE=/path/to/ca.pem (curl reads it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret and the token go to curl on standard input, never as arguments (ps shows those).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: delete this line before sharing the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export CLIENT_CERT and CLIENT_KEY: the transport certificate and key files (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export CLIENT_KEY: the transport key file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token request failed; the AS answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6749 §2.3.1: client_secret_basic form-encodes the client ID and secret (Appendix B) before Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The token request (client credentials, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access_token in the answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. A sample API call with the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate: in VS Code, &quot;rest-client.certificates&quot; in settings.json, { &quot;%1&quot;: { &quot;cert&quot;: &quot;CERT.pem&quot;, &quot;key&quot;: &quot;KEY.pem&quot; } }; in JetBrains IDEs, &quot;SSLConfiguration&quot;: { &quot;clientCertificate&quot;: &quot;CERT.pem&quot;, &quot;clientCertificateKey&quot;: &quot;KEY.pem&quot; } in the environment of http-client.private.env.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: generated by OAuthDesk for the VS Code REST Client and the JetBrains HTTP Client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id and client_secret are form-encoded (RFC 6749 Appendix B: &apos;:&apos; as %3A, &apos;+&apos; as %2B, &apos;%&apos; as %25, a space as +), as the token request sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id is form-encoded (RFC 6749 Appendix B: &apos;:&apos; as %3A, &apos;+&apos; as %2B, &apos;%&apos; as %25, a space as +), as the token request sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the client secret, form-encoded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: delete this line before sharing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a client assertion signed with the client&apos;s key (RFC 7523):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token (client credentials, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample API call with the token of the request above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials token request for %1, authenticated with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-request script form-encodes client_id and client_secret into client_id_form and client_secret_form, which Basic Auth sends (RFC 6749 §2.3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman cannot sign the client assertion without a pre-request script: create the RFC 7523 JWT (iss and sub %1, aud %2, jti, exp) with the client&apos;s signing key and put it into the client_assertion variable before sending (newman: --env-var client_assertion=JWT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual TLS: in Postman, Settings → Certificates → Add Certificate, host %1, with the client&apos;s transport certificate (CRT file) and its private key (KEY file); newman: --ssl-client-cert CRT --ssl-client-key KEY. The key is not part of this collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample API call with the access token of &quot;Get token&quot; (run that first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::HandoffDialog</name>
    <message>
        <source>Export for developers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready-to-run token request and sample API call for the tools %1&apos;s developers use. The private key is never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman collection and environment (v2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruno collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.http file (VS Code REST Client, JetBrains HTTP Client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell script with curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample API call path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path under the environment&apos;s API base URL, e.g. /accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample API &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client authenticates with %1: it has no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The files will contain the client secret, read from the keychain. Anyone with them can get tokens as this client: hand them over like a password, never by e-mail or in a repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files of the pack in one zip file, to attach or hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-off pack into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-off pack as a zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-off pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in one zip, %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oauthdesk::HttpExchange</name>
    <message>
        <source>Fix it in Settings → Environments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::IdToken</name>
    <message>
        <source>The ID token is not a signed JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s JWKS is not available, so the signature could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by &quot;%1&quot;, not by this environment&apos;s issuer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience contains this client (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience (%1) does not contain this client (%2): the token was issued to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party is this client (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorized party (azp) is &quot;%1&quot;, not this client (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has several audiences but no authorized party (azp) naming this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token names no user (no &quot;sub&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user (sub): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has no expiry time (exp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at %1 (this machine&apos;s clock says %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has no issue time (iat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued in the future (%1; this machine&apos;s clock says %2): check the clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nonce matches the one sent with this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nonce does not match the one sent with this sign-in: the token may be replayed from another sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has no nonce, although one was sent with this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Jwk</name>
    <message>
        <source>The key&apos;s %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key&apos;s curve could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC keys on %1 have no JOSE name; use P-256 or P-384.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC public point could not be read uncompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only RSA and EC keys can be published as JWKs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RFC 7638 thumbprint for key type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::JwsSigner</name>
    <message>
        <source>The ECDSA signature could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECDSA signature does not fit the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk signs with RS256, PS256, ES256 or ES384, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 signature needs %2 key; this signing key is another type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a key on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSASSA-PSS could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client assertion needs the client ID and the audience (token endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key has no kid: the AS could not find it (&quot;kid null&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random bytes for the assertion&apos;s jti.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::KeyPair</name>
    <message>
        <source>Key generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#8 structure holds no private key OpenSSL can use. The key type may be unsupported, or the file damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This private key is encrypted. Enter the passphrase it was exported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this private key. Check the passphrase (it is case-sensitive); if it is right, the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PKCS#8 private key, or it is truncated or damaged. Expected a &quot;PRIVATE KEY&quot; or &quot;ENCRYPTED PRIVATE KEY&quot; in PEM, or its DER form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text is truncated or damaged: no complete &quot;-----BEGIN …-----&quot; to &quot;-----END …-----&quot; block was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a traditional (PKCS#1 or SEC 1) private key, not PKCS#8. Convert it with: openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block is not a private key (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot generate %1 keys here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the parameters for a %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the %1 key failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL made a different key than the %1 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be encoded as PKCS#8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be written as PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a private key (over 64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::KeyRotation</name>
    <message>
        <source>Generate the new key and get its certificate from the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the new certificate (the AS keeps the old subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AS has the subject registered (it matches both certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the AS accepts the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the AS and the client to the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the client to the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the AS refuses the old certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the old certificate at the AS (same subject: it cannot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it at the AS beside the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the AS accepts the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the client to the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the old key at the AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the old key from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new key generated, not yet published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new key published, not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new key verified, client not yet switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client switched to the new key, old key not yet retired at the AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old key retired at the AS, not yet removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished: the old key is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new certificate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new certificate issued (subject %1), not yet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new certificate issued, the AS&apos;s subject not yet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new certificate checked, not yet tested at the AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject registered at the AS, new certificate not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AS accepted the new certificate; the AS and the client not yet switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new certificate verified, client not yet switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AS and the client use the new certificate; the old one&apos;s refusal not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client switched to the new certificate, the old one not yet checked at the AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AS refuses the old certificate; its key is not yet removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AS still accepts the old certificate (same subject) until it expires on %1; its key is not yet removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished: the old certificate&apos;s key is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation finished: the client uses the new certificate and the old key is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation finished: the client uses the new key and the old one is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation in progress: step 1 of %1 — new key made, its certificate is not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation in progress: step %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; authenticates with %2: only private_key_jwt, tls_client_auth and self_signed_tls_client_auth clients have a key to rotate (rotate a secret on the client&apos;s details instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 key yet: pick or generate one on the client&apos;s Authentication page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing</source>
        <translation type="unfinished">Signatur</translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished">Transport</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no environment: there is no AS to publish a new key at. Edit the client and pick its environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered through OAuthDesk: what the AS has registered cannot be read, so the steps are verified with token requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s registration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration access token is not readable (%1): the AS&apos;s registration cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS matches this client by %1, not by its subject DN: the steps that update the registration register the certificate&apos;s subject DN instead (what OAuthDesk registers for tls_client_auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation&apos;s new key is gone; the client still uses its key. Start again to rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has the new subject %1 registered, but the client still uses the old certificate, which the AS refuses now: run the next step (it puts the AS back to the old subject or switches the client), or abandon the rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client uses the new certificate, but the AS has the subject %1 registered, not %2: its token requests are refused until step 5 registers the new subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <source>The old certificate (serial %1, subject %2) stays valid at the AS until it expires on %3: the AS cannot tell it from the new one. To end it sooner, ask the CA to revoke serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key rotation record %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key rotation record %1 is too large to be one: move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key rotation record %1 is not valid JSON: move it away (the rotation then starts again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key rotation record %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key rotation record %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject %1 has %2=%3, which OAuthDesk cannot put in a certificate request (it writes CN, O, OU, C, organizationIdentifier and serialNumber): give the new certificate&apos;s subject with those only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificate&apos;s subject %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new certificate (serial %1, subject %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old certificate (serial %1, subject %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new key only (kid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old key only (kid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the old key (kid %1) cannot be undone: confirm it (the CLI&apos;s --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation of &quot;%1&quot; is finished: nothing is left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s current key record is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key&apos;s CSR (subject %1) waits for its certificate: have the CA the AS trusts issue it (Save CSR…, or oauthdesk-cli certs show %2 --pem), import it (Import certificate…, or oauthdesk-cli certs import %2 FILE), then run the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 key %2 is in the keychain; the client still uses the certificate serial %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 key %2 (kid %3) is in the keychain; the client still uses kid %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR for %1 made: have the CA the AS trusts issue the certificate, and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same subject as the old certificate: the AS accepts both, and cannot refuse the old one after the switch (it matches the subject, not the key). The old certificate stays valid until it expires on %1 unless the CA revokes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subject (the old certificate has %1): once the AS and the client are switched to it (step 4), the AS refuses the old certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s registered jwks now has the kids %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS answered the update, but its registered jwks has the kids %1, not the ones sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS file with the new key only (kid %1) ready for the jwks_uri host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS file with both keys (kids %1, %2) ready: publish it at the client&apos;s jwks_uri host; the next step&apos;s token proves the host serves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Publish the file there (Download JWKS…), then run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 has the kids %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 has the kids %2, but should have %3: publish the file (Download JWKS…) there, then run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to test with is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion named kid %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token request with %1 got a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS still accepts the old certificate (serial %1) although it has the subject %2 registered: it may match this client on something else than the subject DN; check the client&apos;s registration at the AS, then run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS still accepts the old key (kid %1): remove it from the JWKS it reads, then run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token request with %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client now authenticates with the new certificate (serial %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client now authenticates with kid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was saved but does not reference the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key (kid %1) is also used by &quot;%2&quot;: switch that client first, then remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate&apos;s key (serial %1) is no longer in the keychain, and its record is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key (kid %1) is no longer in the keychain, and its record is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate itself (serial %1, same subject) stays valid at the AS until it expires on %2: removing its key here does not revoke it; only the CA can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key is still in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation of &quot;%1&quot; is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already authenticates with the new key: finish the rotation instead of abandoning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not registered through OAuthDesk: register the subject %2 at the AS yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS answered the update with the subject %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS answered the RFC 7592 update, but has the subject %1 registered, not %2: it may not let clients change tls_client_auth_subject_dn; ask its operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has the subject %1 registered (RFC 7592 update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificate (serial %1) is valid from %2 to %3, not now: have the CA issue another for the CSR and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificate (serial %1) is not for client authentication (its extended key usage is %2): the AS refuses it in the TLS handshake. Ask the CA for a certificate with clientAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificate (serial %1, subject %2) is valid until %3 and is for client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is issued by %1, the old one by %2: the AS must trust that CA for this client too (step 3 tries it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is issued by %1, as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both certificates have the subject %1: the AS must have it registered as the client&apos;s tls_client_auth_subject_dn (the next step&apos;s token proves it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has the subject %1 registered (RFC 7592 read): it matches both the old and the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS holds one subject per client (RFC 8705 §2.1.2). When you are ready to switch, have its operators register %1 in place of %2: the AS refuses the old certificate from then on, so run steps 3 and 4 right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS keeps the old subject %1 for now: it holds one subject per client (RFC 8705 §2.1.2), so the new one %2 is registered only to test it (step 3) and for the switch (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has the new subject registered and did not take the old one %1 back (%2): it refuses the old certificate the client uses until you run this step again (or abandon the rotation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subject %1 is registered again and the old certificate works: the AS would have refused it for at most %2 ms, while it had the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The AS has the old subject %2 again; the client keeps the old certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Putting the old subject %2 back failed too (%3): run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has the subject %1 registered (RFC 7592 read); the old certificate&apos;s %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS still accepts the old certificate (serial %1, subject %2): a token request with it just got a token. Both certificates have the same subject and the AS matches the subject, not the key (RFC 8705 §2.1), so it cannot tell them apart: the old certificate stays valid until it expires on %3. To end it sooner, ask the CA to revoke serial %1 (it counts where the AS checks revocation), or rotate again with a new subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS refuses the old certificate (serial %1) although its subject is the same (revoked, or expired?): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::KeyRotationDialog</name>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download JWKS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificate&apos;s subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each step verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each step verifies appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subject DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rotation&apos;s state (the AS is asked what it has registered)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the old key (kid %1) from the keychain and delete its record? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoning: removing the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS file could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the JWKS file for the jwks_uri host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK Set (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1: publish it at the jwks_uri host, then press Next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">erledigt</translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1, waiting for the CA&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial %1, subject %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key: kid %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key: kid %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the AS: subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <source>At the AS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwks_uri: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation&apos;s state could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same subject as the old certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS matches the subject, not the key (RFC 8705 §2.1): nothing changes at the AS, but it cannot refuse the old certificate, which stays valid until it expires (%1) unless the CA revokes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS holds one subject per client: step 3 registers the new one for a test token and puts the old one back, step 4 switches the AS and the client together, and from then on the AS refuses the old certificate (step 5 proves it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CSR for the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate request (*.pem *.csr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1: have the CA the AS trusts issue the certificate, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: that is not a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the certificate for the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the CA&apos;s certificate for the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Keychain</name>
    <message>
        <source>reported an error without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found no secret in the keychain for this client. It may have been removed outside OAuthDesk; rotate or enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was refused by the keychain. Unlock your keyring (for example in Passwords and Keys) and allow OAuthDesk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not remove the secret from the keychain. Remove the entry by hand (service %1) or try again once the keyring is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found no keychain. OAuthDesk keeps secrets only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KeePassXC): start one in your desktop session and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found no keychain: no Secret Service answers on this desktop session&apos;s D-Bus. Start GNOME Keyring (or another Secret Service, such as KeePassXC) and make sure libsecret-1-0 is installed, then try again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not use the keyring: it is locked or has no default collection. Unlock (or create) your login keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got no answer from the keychain within %1 seconds. It may be waiting for an unlock prompt that is not visible, or no Secret Service is running: unlock your keyring and try again. Nothing was saved in OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Later</name>
    <message>
        <source>The operation stopped before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::LocalCa</name>
    <message>
        <source>The certificate request is for a %1 key; OAuthDesk issues certificates only for RSA 2048, 3072, 4096 and EC P-256, P-384 keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given for the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local CA&apos;s key does not match its certificate. Create the local CA again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity: %1 days would outlast the local CA&apos;s own certificate. Choose fewer days, or create a new local CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject alternative names could not be copied from the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::LoopbackListener</name>
    <message>
        <source>The browser came back without any parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back with the parameter &quot;%1&quot; more than once, which OAuth forbids (RFC 6749 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This listener was already used; make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a loopback redirect URI: it must be http on 127.0.0.1, [::1] or localhost (RFC 8252 §7.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk could not listen on %1 port %2 for the browser&apos;s answer: another program probably uses that port. Close it, or register a redirect URI without a port (e.g. http://127.0.0.1/callback) so any free port can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk could not listen on %1 for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request head is larger than 8 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an HTTP request OAuthDesk understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address answers only requests for the loopback interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in no longer waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk is not waiting for a sign-in answer any more. Start the test again from OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a sign-in answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation type="unfinished">Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Sign-in finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window and return to OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Main</name>
    <message>
        <source>Desktop portal for OAuth 2.0 client administrators</source>
        <translation>Desktop-Portal für Administratoren von OAuth-2.0-Clients</translation>
    </message>
    <message>
        <source>Keep the data file in &lt;dir&gt; (also: $OAUTHDESK_DATA_DIR).</source>
        <translation>Die Datendatei in &lt;dir&gt; ablegen (auch: $OAUTHDESK_DATA_DIR).</translation>
    </message>
    <message>
        <source>Quit as soon as the window shows the loaded data (benchmarks).</source>
        <translation>Beenden, sobald das Fenster die geladenen Daten zeigt (Benchmarks).</translation>
    </message>
    <message>
        <source>Keychain entries left by an interrupted save could not be removed yet: %1</source>
        <translation>Schlüsselbund-Einträge eines unterbrochenen Speicherns konnten noch nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed a keychain entry left by a save that was interrupted.</source>
        <translation>Ein Schlüsselbund-Eintrag eines unterbrochenen Speicherns wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed %1 keychain entries left by saves that were interrupted.</source>
        <translation>%1 Schlüsselbund-Einträge unterbrochener Speichervorgänge wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::MainWindow</name>
    <message>
        <source>OAuthDesk — OAuth clients</source>
        <translation>OAuthDesk — OAuth-Clients</translation>
    </message>
    <message>
        <source>1 item expires within 14 days — View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items expire within 14 days — View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your clients…</source>
        <translation>Ihre Clients werden geöffnet…</translation>
    </message>
    <message>
        <source>No client matches &quot;%1&quot;</source>
        <translation>Kein Client passt zu „%1“</translation>
    </message>
    <message>
        <source>The search looks at client names and client IDs. Clear it (Esc in the search field) to see every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients in %1 yet</source>
        <translation>Noch keine Clients in %1</translation>
    </message>
    <message>
        <source>Add the &lt;b&gt;environment&lt;/b&gt; (UAT, Production) whose authorization server issues the clients, then create a client with the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a client with the wizard: it applies the right security settings for the kind of application and keeps the secret in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth clients yet</source>
        <translation>Noch keine OAuth-Clients</translation>
    </message>
    <message>
        <source>Pick an application on the left, or create a client with the wizard: it applies the right security settings for the kind of application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by creating an &lt;b&gt;application&lt;/b&gt;: the system your clients belong to. Then add the &lt;b&gt;environment&lt;/b&gt; (UAT, Production) whose authorization server issues them, and create your first &lt;b&gt;client&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an application first</source>
        <translation>Legen Sie zuerst eine Anwendung an</translation>
    </message>
    <message>
        <source>Clients: %1 · Applications: %2 · Environments: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk</source>
        <translation>OAuthDesk</translation>
    </message>
    <message>
        <source>Client ID copied</source>
        <translation>Client-ID kopiert</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; saved</source>
        <translation>Client „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Client löschen</translation>
    </message>
    <message>
        <source>Delete the client &quot;%1&quot; (%2) from OAuthDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes it and its secret (from the system keychain) from OAuthDesk; the registration at the authorization server is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete client</source>
        <translation>Client &amp;löschen</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; deleted</source>
        <translation>Client „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; created</source>
        <translation>Anwendung „%1“ angelegt</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; saved</source>
        <translation>Anwendung „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; deleted</source>
        <translation>Anwendung „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete the application &quot;%1&quot; and its clients (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its clients are removed from OAuthDesk too. Registrations at the authorization server are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete application and clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Applications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anwendungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>Rename application</source>
        <translation>Anwendung umbenennen</translation>
    </message>
    <message>
        <source>Certificates of this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Zertifikate…</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;OAuth clients&lt;/b&gt;</source>
        <translation>&lt;b&gt;OAuth-Clients&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Clients durchsuchen</translation>
    </message>
    <message>
        <source>Search by name or client ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create client…</source>
        <translation>Client &amp;anlegen…</translation>
    </message>
    <message>
        <source>1. Create an &amp;application</source>
        <translation>1. Eine &amp;Anwendung anlegen</translation>
    </message>
    <message>
        <source>2. Add an &amp;environment</source>
        <translation>2. Eine &amp;Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>3. Create a &amp;client</source>
        <translation>3. Einen &amp;Client anlegen</translation>
    </message>
    <message>
        <source>OAuth clients</source>
        <translation>OAuth-Clients</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Client…</translation>
    </message>
    <message>
        <source>New &amp;application…</source>
        <translation>Neue &amp;Anwendung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Client &amp;suchen</translation>
    </message>
    <message>
        <source>Get test &amp;token or sign in</source>
        <translation>Test-&amp;Token holen oder anmelden</translation>
    </message>
    <message>
        <source>&amp;Copy client ID</source>
        <translation>Client-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;View client</source>
        <translation>Client &amp;anzeigen</translation>
    </message>
    <message>
        <source>E&amp;dit client…</source>
        <translation>Client b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete client…</source>
        <translation>Client &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Umgebungen…</translation>
    </message>
    <message>
        <source>&amp;Language (applies at next start)</source>
        <translation>&amp;Sprache (gilt ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>&amp;Deutsch</source>
        <translation>&amp;Deutsch</translation>
    </message>
    <message>
        <source>The language changes the next time OAuthDesk starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von OAuthDesk.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OAuthDesk</source>
        <translation>&amp;Über OAuthDesk</translation>
    </message>
    <message>
        <source>About OAuthDesk</source>
        <translation>Über OAuthDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;OAuthDesk %1&lt;/b&gt;&lt;p&gt;A desktop portal for the admins who set up OAuth 2.0 clients.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Run preflight &amp;doctor…</source>
        <translation>Preflight-&amp;Doctor ausführen…</translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;rotieren…</translation>
    </message>
    <message>
        <source>&amp;Promote to another environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for developers…</source>
        <translation>Für Entwickler &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save &amp;support bundle…</source>
        <translation>&amp;Support-Paket speichern…</translation>
    </message>
    <message>
        <source>Preflight doctor for &amp;all clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry radar…</source>
        <translation>&amp;Ablauf-Radar…</translation>
    </message>
    <message>
        <source>&amp;Compare environments…</source>
        <translation>Umgebungen &amp;vergleichen…</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Pkcs12Export</name>
    <message>
        <source>Passphrase: required. A PKCS#12 file holds the private key; protect it with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: must not contain NUL characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of the chain is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file did not re-open as written, so it was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB; OAuthDesk does not read it as PKCS#12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) file, or it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this PKCS#12 file. Check the passphrase (it is case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened: it is damaged or uses encryption this OpenSSL does not offer (RC2/RC4 need OpenSSL&apos;s legacy provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file holds a different private key than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file holds a different certificate than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file holds a different chain than expected (%1 certificates instead of %2, or others).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::PromoteDialog</name>
    <message>
        <source>copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister it at the target&apos;s authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID issued by the target AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client ID the target AS issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value and what happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret, shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the new secret; the clipboard is cleared after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;romote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new client with the same settings and fresh credentials: a new secret, new keys and CSRs, never this client&apos;s key or certificate. Nothing is made before Promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other environment to promote to: add one under Settings → Environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what %1 supports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister it at %1&apos;s authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) refused by %1 (✘): change the client first; nothing will be made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: Promote creates &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion is still running. Wait until it has finished: closing now would stop it half-way and leave fresh keys behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making fresh keys and registering at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making fresh credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Created &quot;%1&quot; in %2, client ID %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signing key, kid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transport key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new client secret, shown once; it is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Promotion</name>
    <message>
        <source>There is no environment with id %1. List them to see their names and ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides are %1; pick two different environments to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: %1 refuses what the client needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s AS offers no registration (no registration_endpoint in its discovery): promote without registering and enter the client ID it issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: without registration, enter the client ID %1&apos;s AS issued for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the new secret for client %1 at %2&apos;s AS (it is shown once and kept in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the transport CSR (%1) to %2&apos;s CA, then import the certificate it issues under Certificates; until then the client cannot get a token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key&apos;s CSR (%1) is ready if %2 wants the key certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created in %1: the fresh keys made for it were removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client was created in %1, but these fresh keys are left: %2. Delete them under Certificates, or promote again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s AS does not support %2 (token_endpoint_auth_methods_supported: %3). Change the client&apos;s method in UAT first, or pick one %1 supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation type="unfinished">Grant Types</translation>
    </message>
    <message>
        <source>%1&apos;s AS does not offer the %2 grant (grant_types_supported: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished">Scopes</translation>
    </message>
    <message>
        <source>%1&apos;s AS does not know the scope %2 (scopes_supported: %3). Remove it from the client, or ask %1&apos;s administrators to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation type="unfinished">PKCE</translation>
    </message>
    <message>
        <source>%1&apos;s AS does not offer PKCE with S256 (code_challenge_methods_supported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>The client is already in %1; pick another environment to promote it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>%1 already has a client called &quot;%2&quot; in this application (row %3, client ID %4): compare them with the diff, or rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application type</source>
        <translation type="unfinished">Anwendungstyp</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished">Redirect-URIs</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation type="unfinished">Lebensdauer des Access Tokens</translation>
    </message>
    <message>
        <source>Refresh token lifetime</source>
        <translation type="unfinished">Lebensdauer des Refresh Tokens</translation>
    </message>
    <message>
        <source>Certificate-bound tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a loopback or plain-http address; %2 looks like production, where redirects should be the application&apos;s own https addresses. Edit the client in %2 after promoting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished">Client-ID</translation>
    </message>
    <message>
        <source>Assigned by %1&apos;s AS when the client is registered (RFC 7591).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s AS offers no registration: register the client there yourself and enter the client ID it issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s discovery is not known: refresh it to register there, or enter the client ID its AS issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished">Client Secret</translation>
    </message>
    <message>
        <source>Issued by %1&apos;s AS at registration, shown once, stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new 256-bit secret is generated, shown once, to configure at %1&apos;s AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client uses private_key_jwt but has no signing key here; pick one in its settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 key pair (a new kid); the source&apos;s key stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport certificate</source>
        <translation type="unfinished">Transportzertifikat</translation>
    </message>
    <message>
        <source>The client uses %1 but has no transport certificate here; pick one in its settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 key and a new self-signed certificate with the same subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport key and CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 key and a certificate signing request with the same subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate must be issued by %1&apos;s CA: send it the CSR, then import what it issues. Until then the client cannot get a token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s transport certificate has no subject to copy; give it one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1&apos;s AS for managing the new registration (RFC 7592).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s stays with it; %1 offers no registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished">Zusätzliche Header</translation>
    </message>
    <message>
        <source>Headers belong to the environment: %1 sends %2. Change them under Settings → Environments if the API needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client assertion audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 as the assertion&apos;s audience, %3 names %4 (an environment setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s discovery could not be read, so what its AS supports was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <source>Post-logout redirect URIs</source>
        <translation type="unfinished">Post-Logout-Redirect-URIs</translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">Registrierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered through OAuthDesk (RFC 7592)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded (registered elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Registration</name>
    <message>
        <source>Client name</source>
        <translation type="unfinished">Client-Name</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished">Redirect-URIs</translation>
    </message>
    <message>
        <source>Post-logout redirect URIs</source>
        <translation type="unfinished">Post-Logout-Redirect-URIs</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation type="unfinished">Grant Types</translation>
    </message>
    <message>
        <source>Grant types (response types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished">Scopes</translation>
    </message>
    <message>
        <source>Signing key or self-signed certificate (jwks_uri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key or self-signed certificate (jwks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport certificate (subject DN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate-bound tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application type</source>
        <translation type="unfinished">Anwendungstyp</translation>
    </message>
    <message>
        <source>Software statement</source>
        <translation type="unfinished">Software Statement</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished">Client-ID</translation>
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server publishes no registration_endpoint: it does not offer dynamic client registration (RFC 7591). Register the client in its portal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no registration_client_uri: it was not registered by OAuthDesk, or the AS does not support RFC 7592 management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s registration access token is not in the keychain, so the AS will not let OAuthDesk read, change or delete its registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The AS says: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs: none were sent, because this client has none (it uses no redirect-based grant), but this authorization server wants redirect_uris for every client, which RFC 7591 §2 does not require. Register the client at the AS another way (its console or administrators), then record it here with &quot;Register at … now&quot; unticked and the client ID it issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs: the authorization server refused a redirect URI. Check that each is an absolute URI without a fragment, https for web clients, and a loopback or private-use scheme for native ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the authorization server refused this value. Change it in the wizard and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software statement: the authorization server did not accept the environment&apos;s software statement (%1). Replace it in Settings → Environments → Registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial access token: this authorization server only registers clients presented with one. Store the token its administrators gave you in Settings → Environments → Registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial access token: the authorization server refused it (HTTP %1). It may be wrong, expired or used up: store a new one in Settings → Environments → Registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused this client&apos;s registration access token (HTTP %1): the client may have been deleted at the AS, or its token replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server no longer knows this client (HTTP 404): it was deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused the %1 with the error &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server answered HTTP %1 to the %2 without an OAuth error: check the endpoint URL and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server answered HTTP %1 but not with a JSON object, so there is no client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server&apos;s answer has no client_id (RFC 7591 §3.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration_client_uri &quot;%1&quot; is not an https URL (http only on loopback); OAuthDesk will not send the registration access token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by the AS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sent as &quot;%2&quot;, but the AS did not return it (it may have dropped it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — asked for &quot;%2&quot;, the AS has &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not sent; the AS set &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::RegistrationCredentialsBox</name>
    <message>
        <source>Store in &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial access token</source>
        <translation type="unfinished">Initial Access Token</translation>
    </message>
    <message>
        <source>initial access token from the AS&apos;s administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software statement</source>
        <translation type="unfinished">Software Statement</translation>
    </message>
    <message>
        <source>software statement (a signed JWT), if your AS wants one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the environment first; then store its registration credentials here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation type="unfinished">Der Schlüsselbund wird gefragt…</translation>
    </message>
    <message>
        <source>Refresh discovery first: it tells whether this AS registers clients (RFC 7591).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AS publishes no registration_endpoint: clients are registered in its own console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an initial access token is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no initial access token stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a software statement is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no software statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration at this AS: %1; %2. Typing a value replaces it; stored values are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial access token: paste the token (or a software statement) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software statement: it must be a signed JWT (three base64url parts separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::RegistrationPanel</name>
    <message>
        <source>At the authorization server (RFC 7592)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh from AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask AS for a &amp;new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete at AS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at %1 by OAuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Managed at &lt;code&gt;%1&lt;/code&gt;; the registration access token is in the keychain. To change the registration, edit the client: Review offers to update it at the AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client&apos;s registration at the AS (GET) and take its values here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the registration without the current secret (PUT): an AS that supports it issues a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret from the AS, shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret copied; the clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete at the authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client &quot;%1&quot; (%2) at %3, and here?

Applications using it stop getting tokens at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete at AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the registration at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS has the same registration as OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS&apos;s registration differs; OAuthDesk now holds the AS&apos;s values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a new client secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS issued a new client secret; it is in the keychain. Shown once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the client at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Deleted at %1 and here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::RegistrationService</name>
    <message>
        <source>The AS says the client secret expired on %1, so it will refuse it: ask the AS for a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS says the client secret expires on %1: rotate it before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the environment first: its registration credentials are kept under its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer dynamic client registration: its discovery metadata has no registration_endpoint (refresh it in Settings → Environments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS registered client %1, but it could not be saved here and cannot be deleted there automatically: delete it in the AS&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 stays registered at the AS: deleting it there failed too. Delete it in the AS&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS registered the client for %1 but returned no client_secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is registered and saved, but its registration access token could not be stored (%1): it cannot be managed from OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client was not registered through OAuthDesk (it has no registration_client_uri), so it can only be changed in the AS&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s registration access token is not in the keychain, so the AS will not let OAuthDesk read, change or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS now has this client on %1 but returned no client secret, so OAuthDesk has none to keep: rotate the secret in the AS&apos;s console and store it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS issued a new registration access token, but it could not be stored (%1): further changes from OAuthDesk will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS issued a new client secret, but it could not be stored in the keychain (%1). Copy it now: it is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client authenticates with %1: it has no client secret to rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS kept the same client secret: it does not rotate secrets through RFC 7592 updates. Rotate it in the AS&apos;s console, then use &quot;Rotate secret&quot; here to store the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted at the AS, but not here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Registrations</name>
    <message>
        <source>Transport certificate: the certificate picked for self_signed_tls_client_auth is gone; pick another on the Authentication page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: the certificate picked for private_key_jwt is gone; pick another on the Authentication page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS issued a new registration access token with its answer (RFC 7592 §2.1); OAuthDesk stored it in the keychain in place of the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS sent the client secret with its answer (RFC 7592 §2.1); OAuthDesk stored it in the keychain, so a secret the AS rotated is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS issued new credentials with its answer (RFC 7592 §2.1), but the keychain refused them (%1): register the client again to manage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jwks_uri %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jwks_uri %1 answered HTTP 404: no JWK Set is published there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jwks_uri %1 answered HTTP %2, not a JWK Set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jwks_uri %1 did not answer a JWK Set (a JSON object with a &quot;keys&quot; array, RFC 7517 §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jwks_uri &quot;%1&quot; is not an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not registered through OAuthDesk (no RFC 7592 management URI).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::ReviewPage</name>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>&amp;Generate a strong secret (256 bits) to configure at the authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the secret the authorization server issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Check everything once more. Back changes any stage; nothing is saved until Submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Absenden</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>the client ID your authorization server issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client secret issued by the authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste here; it goes to the system keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Secret anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Grundinformationen</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Client-Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Application type</source>
        <translation>Anwendungstyp</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant Types</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Redirect-URIs</translation>
    </message>
    <message>
        <source>Post-logout redirect URIs</source>
        <translation>Post-Logout-Redirect-URIs</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Token configuration</source>
        <translation>Token-Konfiguration</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Lebensdauer des Access Tokens</translation>
    </message>
    <message>
        <source>Refresh token lifetime</source>
        <translation>Lebensdauer des Refresh Tokens</translation>
    </message>
    <message>
        <source>&amp;Update the registration at %1 too (RFC 7592)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register at %1 now (RFC 7591 dynamic client registration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your authorization server</source>
        <translation>Ihr Authorization Server</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; sends the full registration to %1 (PUT, RFC 7592 §2.2) and saves what it answers here. Some authorization servers drop fields that are not sent, so every field is sent. The client secret stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; registers this client at %1 with the environment&apos;s registration credentials from the keychain. The authorization server issues the client ID%2; OAuthDesk stores what it answers, and lists anything it granted differently from what was asked. Token lifetimes are not part of RFC 7591 registration: set them at the AS if they differ from its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the client secret (kept in the system keychain, shown once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret in the keychain is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer uses a client secret: the one in the keychain is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now uses a client secret: enter it below; it goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; saves these changes in OAuthDesk only. Make the same changes at %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; records this client, registered at %1 by other means, in OAuthDesk, and stores its client secret in the system keychain (never in OAuthDesk&apos;s data file). You will see the secret once, to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; records this client, registered at %1 by other means, in OAuthDesk. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a public client (&lt;code&gt;none&lt;/code&gt;: it proves itself with PKCE, not a secret), so there is no client secret to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It authenticates with &lt;code&gt;%1&lt;/code&gt;, so there is no client secret to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering at the authorization server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… (the keychain may ask to be unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::SessionRecord</name>
    <message>
        <source>Test sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get test token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back to %1 with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back to %1 with an authorization code (redacted here), which the next exchange traded at the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not come back to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received, but the ID token did not check out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::SignInTester</name>
    <message>
        <source>The browser came back with a state that does not belong to this sign-in: the answer is from another (older) attempt, or was forged. Nothing was exchanged; start the test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back without the state parameter, so the answer cannot be tied to this sign-in (RFC 6749 §10.12). Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer says it comes from the issuer &quot;%1&quot;, not &quot;%2&quot; that this sign-in was sent to. It may come from another authorization server (a mix-up attack, RFC 9207); nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no &quot;iss&quot; parameter although the authorization server says it always sends one (authorization_response_iss_parameter_supported, RFC 9207). Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back without an authorization code and without an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied: the user declined, or the authorization server refused this sign-in (access_denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server needs the user to sign in, but could not show its sign-in page (login_required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has not consented to what this client asks for, and the authorization server could not ask (consent_required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server needs the user to do something (interaction_required), but could not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused the requested scopes (invalid_scope): ask only for scopes this client is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is not allowed to use the authorization code grant at the authorization server (unauthorized_client): enable it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server says the sign-in request is malformed (invalid_request): check the client&apos;s redirect URIs and PKCE settings there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server does not allow this client to get an authorization code (unsupported_response_type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server had an internal error (server_error). Try again later, or ask its operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server is temporarily unavailable (temporarily_unavailable). Try again in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server answered with the error &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL&apos;s random number generator failed, so no PKCE code verifier could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s): the sign-in was not completed there, or the browser could not reach OAuthDesk at %1. Start the test again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n second(s): the sign-in was not completed there, or the browser could not reach OAuthDesk at %1. Start the test again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no network connection object to send requests with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk has no way to open a web browser here, so the sign-in cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no loopback redirect URI, so the browser cannot come back to OAuthDesk. Add http://127.0.0.1/callback to the client&apos;s redirect URIs, here and at the authorization server (any port is allowed for native clients, RFC 8252 §7.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server publishes no authorization endpoint, so there is no sign-in page to open. It may serve machine-to-machine clients only; check the environment&apos;s issuer and refresh its discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server does not support PKCE with S256 (it lists only %1), which OAuthDesk requires for a sign-in (RFC 7636, RFC 9700 §2.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The sign-in finished. You can close this window and return to OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>If the browser shows an error (often a blank page or HTTP 403) instead of coming back, the authorization server wants the redirect URI exactly as registered, port included. OAuthDesk listens on %1 now: register %2 with a fixed port (for example %3) here and at the AS, and start the test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refresh token to use: sign in first. The authorization server issues one only if the client has the refresh_token grant (some also want the offline_access scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the sign-in test was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID token came back although the openid scope was requested (OIDC Core §3.1.3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same user as at sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed ID token names another user (%1, not %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Store</name>
    <message>
        <source>The data folder &quot;%1&quot; could not be created; check its permissions or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing; install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file &quot;%1&quot; could not be opened; check it exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OAuthDesk data file (or it is damaged). It was left untouched; move it away or start with --data-dir pointing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file&apos;s version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite file of another program, not OAuthDesk&apos;s. It was left untouched; start with --data-dir pointing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file was written by a newer OAuthDesk (data version %1; this program knows up to %2). It was left untouched: update OAuthDesk, or start with --data-dir pointing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file &quot;%1&quot; could not be prepared; check it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be upgraded to version %1; it was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved row could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Es existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Applications could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate record was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local CA could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local CA was not saved.</source>
        <translation>Die lokale CA wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Clients could not be read.</source>
        <translation>Clients konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The client could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; was not saved.</source>
        <translation>Client „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The clients were not saved.</source>
        <translation>Die Clients wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The client was not deleted.</source>
        <translation>Der Client wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Environments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document was not cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment changed meanwhile; fetch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry with the same name or client ID already exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refers to an application, environment or certificate that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field is empty or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be written; check the disk has space and the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain journal could not be written; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain journal could not be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain journal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::SubjectFields</name>
    <message>
        <source>required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters (RFC 5280); this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 names in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (letters, digits and dashes between dots; write international names in their xn-- form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI in ASCII (e.g. https://example.com/app or urn:example:software:42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name (CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational unit (OU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the two-letter ISO 3166 code, such as DE or GB (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only letters, digits, spaces and &apos; ( ) + , - . / : = ? are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::SubjectFieldsDialog</name>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. payments-client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation (O):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational &amp;unit (OU):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country (C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PSDGB-FCA-123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a software ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: DNS names, IP addresses or URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &amp;alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::SupportBundle</name>
    <message>
        <source>&quot;%1&quot; signs people in through a browser, and no sign-in was run for this bundle, so it holds no exchanges. To include them: in OAuthDesk, press &quot;Sign in now…&quot; in Save support bundle (or run Test sign-in first, then save the bundle); with the command line, add --sign-in to oauthdesk-cli bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization request (RFC 6749 §4.1.1), opened in the system browser: the browser sent it, not OAuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on purpose: state and nonce (single use, spent once the sign-in finished; the nonce is also in the ID token&apos;s claims) and code_challenge (public by design, RFC 7636 §4.2). The authorization code and the code_verifier are redacted in the token exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk support bundle for client &quot;%1&quot; (%2), made %3 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client secret, token, client assertion signature, registration access token and Authorization header in here is replaced by %1; JWTs keep their header and payload (header.payload.%1), so their claims can be read but they cannot be used. Private keys are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client.json         the client&apos;s configuration (no secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment.json    its environment: issuer, connectivity, headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-metadata.json    the authorization server&apos;s metadata (cached discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor.json         the preflight doctor&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanges/          the requests and responses of the test session, and a sign-in&apos;s authorization request (opened in the browser) where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions.json       OAuthDesk, Qt, OpenSSL and the operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test session: %1, finished %2 UTC, %n exchange(s). %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Test session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle holds no exchanges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor&apos;s report was included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): pick another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::SupportBundleDialog</name>
    <message>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One zip to send to a vendor or a colleague instead of &quot;logs&quot;: the exchanges of a test session, the doctor&apos;s report, the client&apos;s configuration, the authorization server&apos;s metadata, and the versions of OAuthDesk, Qt, OpenSSL and the operating system.&lt;br&gt;&lt;b&gt;Every secret, token, assertion signature, authorization code and Authorization header is redacted&lt;/b&gt;; JWTs keep their header and claims. Private keys are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a &amp;fresh test token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new &quot;Get test token&quot; for this client, made for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sign-in in the system browser; the bundle then holds its exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in another browser (or a private window) if the default one is not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client and running the doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected file, as it will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Use the last session: %1 at %2 (%n exchange(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-in has run for this client since OAuthDesk started: the bundle holds no exchanges unless you sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a test token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in there. OAuthDesk listens on %1 for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened: copy the sign-in link and open it in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened (%1): copy the sign-in link and open it in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back; exchanging the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test session: %1 Doctor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenActionsTab</name>
    <message>
        <source>Introspect access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspect refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the AS&apos;s introspection (RFC 7662) and revocation (RFC 7009) endpoints, authenticated as this client with its own method. A revocation is followed by an introspection of the same token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AS publishes no %1 endpoint in its discovery metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Asking the AS about the token…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoking…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Revoked (HTTP %1). Checking with an introspection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenClient</name>
    <message>
        <source>This client has no client secret in the keychain: rotate it or edit the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt needs the client&apos;s signing key: pick or generate a signing certificate for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the client&apos;s transport certificate and key: pick or generate one for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment has no token endpoint yet: refresh its discovery in Settings → Environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public client cannot use the client credentials grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered 200 with an HTML page, not a token. A proxy or login page is probably in the way: check the token endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered 200 but not with JSON, so there is no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered 200, but the JSON has no access_token (RFC 6749 §5.1): this is not a token response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token response has no token_type (RFC 6749 §5.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenInspector</name>
    <message>
        <source>The AS publishes no jwks_uri, so the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenIntrospection</name>
    <message>
        <source>The authorization server does not publish a %1 endpoint in its discovery metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to send: get a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: the authorization server no longer accepts this token (revoked, expired or unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Aktiv</translation>
    </message>
    <message>
        <source>issued to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection endpoint answered 200 but not with a JSON object (RFC 7662 §2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection answer has no boolean &quot;active&quot; member (RFC 7662 §2.2), so it says nothing about the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenPage</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token lifetime in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token configuration</source>
        <translation>Token-Konfiguration</translation>
    </message>
    <message>
        <source>Shorter lifetimes are safer, because a leaked token is useful for less time; longer ones mean fewer token requests and re-authentications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token lifetime:</source>
        <translation>Lebensdauer des &amp;Access Tokens:</translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation>Lebensdauer des &amp;Refresh Tokens:</translation>
    </message>
    <message>
        <source>Access tokens: 1 minute to 24 hours (default 1 hour). Refresh tokens: 5 minutes to 90 days, and longer than the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenSession</name>
    <message>
        <source>There is no network connection object to send requests with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are introspected or revoked, not sent to the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refresh token: the AS did not issue one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenTestDialog</name>
    <message>
        <source>&amp;Keep fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;secrets in curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sign-in: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test token: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a new token shortly before this one expires, with the same headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the refresh token (refresh_token grant) for a new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in another browser (or a private window) if the default one is not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access t&amp;oken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the access token, marked as a secret for clipboard managers; cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token copied (cleared in 30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introspect / revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token from %1… (each request gives up after %2 s; Cancel request stops it now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal cancelled: the token below is still the current one; keep fresh tries again when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser… OAuthDesk listens on %1 for the answer (one callback only; PKCE S256). Cancel if you closed the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuthDesk could not open a web browser here%1. Copy the sign-in link and open it in a browser on this computer; OAuthDesk keeps listening on %2 for the answer (Cancel to stop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; exchanging the authorization code for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl copied, with the secret (cleared in 30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl copied (secret redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token renewed in %1 ms (renewal %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed %1 time(s), last at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens refreshed in %1 ms (refresh_token grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; tokens received in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens received, but the ID token was NOT accepted, so this sign-in is rejected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token verified (signature, iss, aud, nonce, exp): signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token NOT accepted: see the checks on the Token tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Token type:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Granted scope:&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (omitted by the AS: as requested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested but not granted: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted without being asked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Refresh token: the AS did not issue a new one, so the one it issued before stays in use (RFC 6749 §6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Opaque access token (not a JWT): only the AS can read it; introspection shows its claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token revoked at %1 (RFC 7009): the AS accepted the revocation; the introspection on the Introspect / revoke tab says whether it still accepts the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token revoked at %1 (RFC 7009): a refresh with it will be refused; the access token may stay valid until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No token to show. The raw exchange has the authorization server&apos;s answer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Opaque access token&lt;/b&gt; (%1 characters). It is not a JWT, so its content is only known to the AS: Introspect shows what the AS says about it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Header&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Claims&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Client assertion sent (private_key_jwt)&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ID token (OpenID Connect)&lt;/h3&gt;&lt;table cellspacing=3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · renewal in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenTester</name>
    <message>
        <source>Certificate-bound (from the AS&apos;s introspection): cnf.x5t#S256 matches the transport certificate presented (RFC 8705 §3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate-bound: cnf.x5t#S256 matches the transport certificate presented (RFC 8705 §3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate binding unknown until introspected: the access token is opaque, so only the AS knows its cnf.x5t#S256. Introspect the access token to settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT certificate-bound: the client is set up for certificate-bound tokens, but the AS&apos;s introspection of the token has no cnf.x5t#S256. Check the AS&apos;s certificate-bound tokens setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT certificate-bound: the client is set up for certificate-bound tokens, but the token has no cnf.x5t#S256. Check the AS&apos;s certificate-bound tokens setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certificate-bound (the AS&apos;s introspection has no cnf.x5t#S256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certificate-bound (no cnf.x5t#S256 in the token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is bound to a certificate (cnf.x5t#S256), but none was presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to ANOTHER certificate: cnf.x5t#S256 is %1, the presented certificate&apos;s is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token first: the API call uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment has no API base URL: set it in Settings → Environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path &quot;%1&quot; does not make a valid URL under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the request was stopped before the authorization server answered. Get token again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenTests</name>
    <message>
        <source>&quot;%1&quot; has no environment, so there is no authorization server to ask. Edit the client and pick its environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Transport</name>
    <message>
        <source>%1 (certificate subject: %2; issuer: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted:
%2
If this is a test authorization server, add its CA certificate as the environment&apos;s CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (the inactivity timeout). Check that the URL is right and the server is reachable from this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the URL and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. If the server asks for a client certificate (mutual TLS), one is needed; otherwise check the server&apos;s TLS setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the TLS connection (%2). With mutual TLS this usually means the client certificate was missing or not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read; pick it again in Settings → Environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 is larger than 4 MiB; pick the file with just the CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate has no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the request to %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s (the overall deadline of a request): it was still sending after that, or sending very slowly. Check the server, or any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was larger than %1 KiB, far more than an OAuth response needs; it was cut off and not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer was complete (HTTP %2, %3 bytes of the body received): nothing of it is used. Try again; if it keeps happening, check the server or any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::UriListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::UseCase</name>
    <message>
        <source>There is no %1 &quot;%2&quot;. List them to see their names and ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2s are called &quot;%3&quot;; name one by its id (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::Validation</name>
    <message>
        <source>1 to 255 visible ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 36 lowercase letters, digits and single dashes, not starting or ending with a dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID is required: copy it from the authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID must be %1.</source>
        <translation>Die Client-ID muss %1 sein.</translation>
    </message>
    <message>
        <source>Grant types: the password grant is never offered. It hands the user&apos;s password to the client (OAuth 2.0 Security BCP, RFC 9700 §2.4); use authorization code with PKCE instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types: the implicit grant is not offered. It leaks access tokens in the browser (RFC 9700 §2.1.2); use authorization code with PKCE instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types: a %1 client cannot use %2; it may use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Redirect URIs: a %1 client uses no browser, so it takes no redirect URI. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI is empty: enter an absolute URL or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; has spaces at its start or end; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; contains a wildcard. The authorization server compares redirect URIs exactly (RFC 9700 §2.1); list each URL in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; has a fragment (#…), which RFC 6749 §3.1.2 forbids. Remove the part from # on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; is not an absolute URL. Start it with https:// (or the app&apos;s own scheme for native apps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot;: native apps should use the loopback IP 127.0.0.1 or [::1], not &quot;localhost&quot; (RFC 8252 §8.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; uses plain http on a host that is not loopback. Use https, or http://127.0.0.1 for local testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot;: a private-use scheme must be in reverse domain name form, such as com.example.app:/callback (RFC 8252 §7.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; must use https for a %2 client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: an empty scope was given; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope &quot;%1&quot; contains a character scopes cannot have (spaces, quotes, backslashes or non-ASCII; RFC 6749 §3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required: enter an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an absolute URL. Enter it in full, such as https://auth.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https; plain http is only accepted for 127.0.0.1 or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an https:// URL, not %2://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name is empty: enter a name such as X-Region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name &quot;%1&quot; may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~ (RFC 9110 §5.6.2); no spaces or colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is set by OAuthDesk itself and cannot be an extra header. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value must be on one line (no line breaks; RFC 9110 §5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value has spaces at its start or end; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret is empty: paste the secret your authorization server issued, or choose to generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret has spaces at its start or end, probably from copying; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret must be on one line, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret is longer than 1024 characters; check what was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name is longer than 100 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name is required.</source>
        <translation>Der Client-Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Client name is longer than 200 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application: pick the application this client belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types: pick at least one (a %1 client uses %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types: %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types: refresh token needs authorization code as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE must be required for a %1 client: it cannot keep a secret, so PKCE is what protects its authorization codes (RFC 7636).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication: a %1 client cannot use %2; pick one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate: private_key_jwt signs with a key of this application; pick one, or make one in the application&apos;s Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport certificate: %1 presents a certificate of this application; pick one, or make one in the application&apos;s Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate-bound tokens need a transport certificate to bind to (RFC 8705 §3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs: add at least one; the browser returns the user there after sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope &quot;%1&quot; is listed twice.</source>
        <translation>Scope „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Access token lifetime must be between 1 minute and 24 hours (60–86400 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token lifetime is set but the client is not granted refresh tokens; clear it or add the refresh token grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token lifetime must be between 5 minutes and 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token lifetime must be longer than the access token lifetime, or refreshing gains nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name is required, such as UAT or Production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Issuer-URL</translation>
    </message>
    <message>
        <source>Issuer URL must not have a query (?…) or fragment (#…) (RFC 8414 §2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is listed twice.</source>
        <translation>Header „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;: value &quot;%2&quot; is not one of its choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle &quot;%1&quot; cannot be read; pick an existing PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle is larger than 4 MiB; pick the PEM file with just the CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle holds no PEM certificate (-----BEGIN CERTIFICATE-----); pick the CA&apos;s certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oauthdesk::WizardStepper</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3, %4</source>
        <translation>Schritt %1 von %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>oauthdesk::X509Build</name>
    <message>
        <source>The subject name could not be built from these fields; check them for unusual characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject alternative names could not be encoded; check the DNS names, IP addresses and URIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate extension %1 could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity: choose 1 to %1 days (%2 was given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number or validity could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the certificate failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a DER-encoded X.509 certificate, or it is truncated or has trailing bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
