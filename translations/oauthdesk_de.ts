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
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Check the &amp;binding</source>
        <translation>&amp;Bindung prüfen</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>API path</source>
        <translation>API-Pfad</translation>
    </message>
    <message>
        <source>path under %1, e.g. /accounts</source>
        <translation>Pfad unter %1, z. B. /accounts</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>request body (JSON), for POST, PUT and PATCH</source>
        <translation>Anfrage-Body (JSON), für POST, PUT und PATCH</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Calls the API again with the same token without the client certificate, and with another certificate: an API that enforces RFC 8705 refuses both.</source>
        <translation>Ruft die API mit demselben Token erneut auf, ohne das Client-Zertifikat und mit einem anderen Zertifikat: Eine API, die RFC 8705 erzwingt, lehnt beides ab.</translation>
    </message>
    <message>
        <source>API response</source>
        <translation>API-Antwort</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Aufruf läuft…</translation>
    </message>
    <message>
        <source>HTTP %1 %2 in %3 ms</source>
        <translation>HTTP %1 %2 in %3 ms</translation>
    </message>
    <message>
        <source>curl copied, with the token (cleared in 30 s)</source>
        <translation>curl kopiert, mit dem Token (wird in 30 s gelöscht)</translation>
    </message>
    <message>
        <source>curl copied (token redacted)</source>
        <translation>curl kopiert (Token geschwärzt)</translation>
    </message>
    <message>
        <source>Binding check not offered: %1</source>
        <translation>Bindungsprüfung nicht angeboten: %1</translation>
    </message>
    <message>
        <source>Checking the binding: the same call without the certificate, then with another one…</source>
        <translation>Bindung wird geprüft: derselbe Aufruf ohne das Zertifikat, dann mit einem anderen…</translation>
    </message>
    <message>
        <source>── Binding check ──</source>
        <translation>── Bindungsprüfung ──</translation>
    </message>
    <message>
        <source>With the certificate:</source>
        <translation>Mit dem Zertifikat:</translation>
    </message>
    <message>
        <source>Sent with Authorization: Bearer …</source>
        <translation>Gesendet mit Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Sent with Authorization: Bearer … and %1</source>
        <translation>Gesendet mit Authorization: Bearer … und %1</translation>
    </message>
    <message>
        <source>no API base URL: set one in Settings → Environments first</source>
        <translation>keine API-Basis-URL: Legen Sie zuerst eine unter Einstellungen → Umgebungen fest</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Anwendung bearbeiten</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <source>A name you will recognise, e.g. Card issuing back office</source>
        <translation>Ein Name, den Sie wiedererkennen, z. B. Backoffice Kartenausgabe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Application description</source>
        <translation>Beschreibung der Anwendung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Organisation ID:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>&amp;Create application</source>
        <translation>Anwendung &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ApplicationListModel</name>
    <message>
        <source>All clients</source>
        <translation>Alle Clients</translation>
    </message>
    <message>
        <source>Every client in every application</source>
        <translation>Alle Clients in allen Anwendungen</translation>
    </message>
    <message>
        <source>%1 (clients: %2)</source>
        <translation>%1 (Clients: %2)</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ApplicationTypePreset</name>
    <message>
        <source>iOS, Android or desktop applications that cannot keep a secret.</source>
        <translation>iOS-, Android- oder Desktop-Anwendungen, die kein Secret geheim halten können.</translation>
    </message>
    <message>
        <source>Loopback http://127.0.0.1:{port}/… or [::1], a private-use scheme in reverse-DNS form (com.example.app:/callback), or an https URL the app claims.</source>
        <translation>Loopback http://127.0.0.1:{port}/… oder [::1], ein privates Schema in Reverse-DNS-Form (com.example.app:/callback) oder eine https-URL, die die App beansprucht.</translation>
    </message>
    <message>
        <source>React, Vue or Angular apps running entirely in the browser.</source>
        <translation>React-, Vue- oder Angular-Apps, die vollständig im Browser laufen.</translation>
    </message>
    <message>
        <source>https URLs (http only on 127.0.0.1 or localhost for local development).</source>
        <translation>https-URLs (http nur auf 127.0.0.1 oder localhost für die lokale Entwicklung).</translation>
    </message>
    <message>
        <source>Traditional server-side web applications that keep a secret on the server.</source>
        <translation>Klassische serverseitige Webanwendungen, die ein Secret auf dem Server aufbewahren.</translation>
    </message>
    <message>
        <source>APIs, microservices and back-end services acting on their own behalf.</source>
        <translation>APIs, Microservices und Backend-Dienste, die in eigenem Namen handeln.</translation>
    </message>
    <message>
        <source>None: no browser is involved.</source>
        <translation>Keine: Es ist kein Browser beteiligt.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Applications</name>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>oauthdesk::AsyncStore</name>
    <message>
        <source>The data file is not open.</source>
        <translation>Die Datendatei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::AuthenticationPage</name>
    <message>
        <source>https://app.example.com/callback</source>
        <translation>https://app.example.com/callback</translation>
    </message>
    <message>
        <source>https://app.example.com/signed-out</source>
        <translation>https://app.example.com/signed-out</translation>
    </message>
    <message>
        <source>Certificate-&amp;bound access tokens (RFC 8705)</source>
        <translation>&amp;Zertifikatsgebundene Access Tokens (RFC 8705)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>The recommended security configuration for this type of application, and the choices it leaves to you.</source>
        <translation>Die empfohlene Sicherheitskonfiguration für diesen Anwendungstyp und die Entscheidungen, die sie Ihnen überlässt.</translation>
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
        <translation>Die Zertifikate dieser Anwendung öffnen: einen Schlüssel erzeugen, sein Zertifikat ausstellen oder importieren.</translation>
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
        <translation>Der AS bindet Tokens an das Transportzertifikat (cnf.x5t#S256); OAuthDesk prüft jedes Token, das es erhält.</translation>
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
        <translation>durch Leerzeichen getrennt, z. B. accounts:read payments:write</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for a %1&lt;/b&gt;&lt;br&gt;Grant types: %2&lt;br&gt;PKCE: %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Empfohlen für %1&lt;/b&gt;&lt;br&gt;Grant-Types: %2&lt;br&gt;PKCE: %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;required&lt;/b&gt; (the app cannot keep a secret)</source>
        <translation>&lt;b&gt;erforderlich&lt;/b&gt; (die App kann kein Secret geheim halten)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A public client: it authenticates with no secret.</source>
        <translation>Ein öffentlicher Client: Er authentifiziert sich ohne Secret.</translation>
    </message>
    <message>
        <source>A confidential client: it proves who it is at the token endpoint.</source>
        <translation>Ein vertraulicher Client: Er weist am Token-Endpunkt nach, wer er ist.</translation>
    </message>
    <message>
        <source>Signs a client assertion with a signing key of this application.</source>
        <translation>Signiert eine Client-Assertion mit einem Signaturschlüssel dieser Anwendung.</translation>
    </message>
    <message>
        <source>Presents a transport certificate of this application (mutual TLS).</source>
        <translation>Legt ein Transportzertifikat dieser Anwendung vor (Mutual TLS).</translation>
    </message>
    <message>
        <source>Public clients use no client authentication; PKCE protects their codes.</source>
        <translation>Öffentliche Clients verwenden keine Client-Authentifizierung; PKCE schützt ihre Codes.</translation>
    </message>
    <message>
        <source>Private key JWT and mutual TLS use this application&apos;s signing or transport certificates: make them in Applications → Certificates.</source>
        <translation>Private Key JWT und Mutual TLS verwenden die Signatur- bzw. Transportzertifikate dieser Anwendung: Erstellen Sie sie unter Anwendungen → Zertifikate.</translation>
    </message>
    <message>
        <source>%1 supports: %2</source>
        <translation>%1 unterstützt: %2</translation>
    </message>
    <message>
        <source>Scopes the authorization server grants this client, as its documentation names them.</source>
        <translation>Scopes, die der Autorisierungsserver diesem Client gewährt, so benannt wie in seiner Dokumentation.</translation>
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
        <translation>Dieser Client verwendete als %1 ein Zertifikat, das nicht mehr unter den Zertifikaten dieser Anwendung ist (gelöscht oder noch nicht ausgestellt): Wählen Sie ein anderes, oder erstellen Sie jetzt eines.</translation>
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
        <translation>Die Zertifikate dieser Anwendung konnten nicht gelesen werden: %1. Klicken Sie auf „Zurück“ und dann auf „Weiter“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Loading this application&apos;s certificates…</source>
        <translation>Die Zertifikate dieser Anwendung werden geladen…</translation>
    </message>
    <message>
        <source>Create the client&apos;s application first (Back), then make its certificates.</source>
        <translation>Legen Sie zuerst die Anwendung des Clients an („Zurück“), und erstellen Sie dann ihre Zertifikate.</translation>
    </message>
    <message>
        <source>Sends a client assertion MACed (HS256) with the client secret: the secret itself never crosses the wire (RFC 7523 §2.2).</source>
        <translation>Sendet eine mit dem Client-Secret per HMAC (HS256) gesicherte Client-Assertion: Das Secret selbst wird nie übertragen (RFC 7523 §2.2).</translation>
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
        <translation>Einen Autorisierungsserver und eine API hinzufügen, ohne den Assistenten zu verlassen</translation>
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
        <translation>Die empfohlene Konfiguration für %1 (Grant-Types, PKCE, Client-Authentifizierung, Redirect-URIs) ersetzt die aktuelle. Prüfen Sie sie auf den nächsten Seiten; gespeichert wird erst, wenn Sie absenden.</translation>
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
        <translation>Der Token-Test wurde geschlossen, bevor die Bindungsprüfung beendet war.</translation>
    </message>
    <message>
        <source>The token test was closed.</source>
        <translation>Der Token-Test wurde geschlossen.</translation>
    </message>
    <message>
        <source>Without the certificate</source>
        <translation>Ohne das Zertifikat</translation>
    </message>
    <message>
        <source>With another certificate</source>
        <translation>Mit einem anderen Zertifikat</translation>
    </message>
    <message>
        <source>%1: refused at the TLS handshake (%2)</source>
        <translation>%1: beim TLS-Handshake abgelehnt (%2)</translation>
    </message>
    <message>
        <source>%1: refused, %2</source>
        <translation>%1: abgelehnt, %2</translation>
    </message>
    <message>
        <source>%1: accepted, %2</source>
        <translation>%1: angenommen, %2</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: keine Antwort (%2)</translation>
    </message>
    <message>
        <source>%1: neither accepted nor refused, %2</source>
        <translation>%1: weder angenommen noch abgelehnt, %2</translation>
    </message>
    <message>
        <source>✘ The API accepted a bound token without its certificate</source>
        <translation>✘ Die API hat ein gebundenes Token ohne sein Zertifikat angenommen</translation>
    </message>
    <message>
        <source>✘ The API accepted a bound token with another certificate</source>
        <translation>✘ Die API hat ein gebundenes Token mit einem anderen Zertifikat angenommen</translation>
    </message>
    <message>
        <source>✔ The API enforces the binding</source>
        <translation>✔ Die API erzwingt die Bindung</translation>
    </message>
    <message>
        <source>? The API turned every probe away at the TLS handshake, so the token was never presented: it demands a client certificate it trusts, but whether it checks the token&apos;s binding (cnf.x5t#S256) was not tested.</source>
        <translation>? Die API hat jeden Prüfaufruf schon beim TLS-Handshake abgewiesen, daher wurde das Token nie vorgelegt: Sie verlangt ein Client-Zertifikat, dem sie vertraut, aber ob sie die Bindung des Tokens (cnf.x5t#S256) prüft, wurde nicht getestet.</translation>
    </message>
    <message>
        <source>? The API neither accepted nor clearly refused the token without its certificate: see each probe&apos;s answer (a 401 or 403 is a refusal).</source>
        <translation>? Die API hat das Token ohne sein Zertifikat weder angenommen noch eindeutig abgelehnt: Siehe die Antwort auf jeden Prüfaufruf (ein 401 oder 403 ist eine Ablehnung).</translation>
    </message>
    <message>
        <source>? The call with the certificate did not succeed (%1), so nothing can be concluded: make that call work first (path, method, token).</source>
        <translation>? Der Aufruf mit dem Zertifikat war nicht erfolgreich (%1), daher lässt sich nichts folgern: Bringen Sie zuerst diesen Aufruf zum Laufen (Pfad, Methode, Token).</translation>
    </message>
    <message>
        <source>Get a token first: the check calls the API with it.</source>
        <translation>Holen Sie zuerst ein Token: Die Prüfung ruft damit die API auf.</translation>
    </message>
    <message>
        <source>The access token is opaque: only the AS knows whether it is bound. Introspect it; when the AS reports a cnf.x5t#S256, the binding check is offered.</source>
        <translation>Das Access Token ist opak: Nur der AS weiß, ob es gebunden ist. Prüfen Sie es per Introspection; meldet der AS ein cnf.x5t#S256, wird die Bindungsprüfung angeboten.</translation>
    </message>
    <message>
        <source>The access token is not sender-constrained (no cnf.x5t#S256, RFC 8705 §3): any holder may use it, so there is no binding for the API to enforce. Certificate-bound tokens come to clients set up for them over mutual TLS.</source>
        <translation>Das Access Token ist nicht absendergebunden (kein cnf.x5t#S256, RFC 8705 §3): Jeder Inhaber kann es verwenden, daher gibt es keine Bindung, die die API erzwingen könnte. Zertifikatsgebundene Tokens erhalten Clients, die dafür über Mutual TLS eingerichtet sind.</translation>
    </message>
    <message>
        <source>The token is bound to a certificate, but the client has no transport certificate to call the API with for comparison.</source>
        <translation>Das Token ist an ein Zertifikat gebunden, aber der Client hat kein Transportzertifikat, mit dem die API zum Vergleich aufgerufen werden kann.</translation>
    </message>
    <message>
        <source>There is no network connection object to send requests with.</source>
        <translation>Es gibt kein Netzwerkverbindungsobjekt, mit dem Anfragen gesendet werden können.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::BrowserLauncher</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>xdg-open exited with code %1</source>
        <translation>xdg-open wurde mit Code %1 beendet</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ButtonCellDelegate</name>
    <message>
        <source>Copy client ID</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <source>View client</source>
        <translation>Client anzeigen</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Client bearbeiten</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Client löschen</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Certificate</name>
    <message>
        <source>The certificate file is empty.</source>
        <translation>Die Zertifikatsdatei ist leer.</translation>
    </message>
    <message>
        <source>The certificate file is larger than 1 MiB; OAuthDesk does not read it. Export only the certificate and its chain.</source>
        <translation>Die Zertifikatsdatei ist größer als 1 MiB; OAuthDesk liest sie nicht. Exportieren Sie nur das Zertifikat und seine Kette.</translation>
    </message>
    <message>
        <source>This is neither a PEM certificate nor a DER certificate. Expected &quot;-----BEGIN CERTIFICATE-----&quot; text or one binary .cer/.der certificate.</source>
        <translation>Dies ist weder ein PEM- noch ein DER-Zertifikat. Erwartet wird Text mit „-----BEGIN CERTIFICATE-----“ oder ein einzelnes binäres .cer/.der-Zertifikat.</translation>
    </message>
    <message>
        <source>A PEM block in the file is truncated or damaged (certificate %1).</source>
        <translation>Ein PEM-Block in der Datei ist abgeschnitten oder beschädigt (Zertifikat %1).</translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged.</source>
        <translation>Zertifikat %1 in der Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file holds more than %1 certificates; expected a certificate and its chain.</source>
        <translation>Die Datei enthält mehr als %1 Zertifikate; erwartet werden ein Zertifikat und seine Kette.</translation>
    </message>
    <message>
        <source>The PEM file holds no &quot;CERTIFICATE&quot; block.</source>
        <translation>Die PEM-Datei enthält keinen „CERTIFICATE“-Block.</translation>
    </message>
    <message>
        <source>This certificate does not belong to this key: it certifies a different public key. Import the certificate the CA issued for this key&apos;s CSR.</source>
        <translation>Dieses Zertifikat gehört nicht zu diesem Schlüssel: Es bestätigt einen anderen öffentlichen Schlüssel. Importieren Sie das Zertifikat, das die CA für den CSR dieses Schlüssels ausgestellt hat.</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation>Der öffentliche Schlüssel des Zertifikats kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificateChecks</name>
    <message>
        <source>Neither a certificate nor a readable key to check.</source>
        <translation>Weder ein Zertifikat noch ein lesbarer Schlüssel zum Prüfen.</translation>
    </message>
    <message>
        <source>Could not set up the chain check.</source>
        <translation>Die Kettenprüfung konnte nicht eingerichtet werden.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificateDetailsWidget</name>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Transport (mTLS)</source>
        <translation>Transport (mTLS)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>key only</source>
        <translation>nur Schlüssel</translation>
    </message>
    <message>
        <source>CSR pending</source>
        <translation>CSR ausstehend</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (1 day left)</source>
        <translation>%1 (noch 1 Tag)</translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation>%1 (noch %2 Tage)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Schlüsselalgorithmus:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 &amp;thumbprint:</source>
        <translation>SHA-256-&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;x5t#S256:</source>
        <translation>&amp;x5t#S256:</translation>
    </message>
    <message>
        <source>x5t#S256</source>
        <translation>x5t#S256</translation>
    </message>
    <message>
        <source>JWK &amp;kid:</source>
        <translation>JWK-&amp;kid:</translation>
    </message>
    <message>
        <source>JWK kid</source>
        <translation>JWK-kid</translation>
    </message>
    <message>
        <source>Certificate signing request (PEM)</source>
        <translation>Zertifikatsanforderung (PEM)</translation>
    </message>
    <message>
        <source>CS&amp;R (PEM):</source>
        <translation>CS&amp;R (PEM):</translation>
    </message>
    <message>
        <source>Sa&amp;ve CSR…</source>
        <translation>CSR s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save CSR to a file</source>
        <translation>CSR in einer Datei speichern</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificateRegistry</name>
    <message>
        <source>OAuthDesk local development CA</source>
        <translation>Lokale Entwicklungs-CA von OAuthDesk</translation>
    </message>
    <message>
        <source>This key has no certificate yet: import or issue one first.</source>
        <translation>Dieser Schlüssel hat noch kein Zertifikat: Importieren Sie zuerst eines, oder stellen Sie eines aus.</translation>
    </message>
    <message>
        <source>This application has no signing key yet: generate one first.</source>
        <translation>Diese Anwendung hat noch keinen Signaturschlüssel: Erzeugen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Transport certificate: this key has no certificate yet; self-sign or issue one on the Certificates screen first.</source>
        <translation>Transportzertifikat: Dieser Schlüssel hat noch kein Zertifikat; signieren Sie zuerst eines selbst, oder stellen Sie auf der Seite „Zertifikate“ eines aus.</translation>
    </message>
    <message>
        <source>The transport key has no certificate yet: import or issue one first.</source>
        <translation>Der Transportschlüssel hat noch kein Zertifikat: Importieren Sie zuerst eines, oder stellen Sie eines aus.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificateRequest</name>
    <message>
        <source>No key was given for the certificate request.</source>
        <translation>Für die Zertifikatsanforderung wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The certificate request could not be built.</source>
        <translation>Die Zertifikatsanforderung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s extensions could not be added.</source>
        <translation>Die Erweiterungen der Zertifikatsanforderung konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Signing the certificate request failed.</source>
        <translation>Das Signieren der Zertifikatsanforderung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The certificate request could not be written.</source>
        <translation>Die Zertifikatsanforderung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate request (over 64 KiB).</source>
        <translation>Die Datei ist zu groß für eine Zertifikatsanforderung (über 64 KiB).</translation>
    </message>
    <message>
        <source>This is not a certificate request (PKCS#10 &quot;CERTIFICATE REQUEST&quot;), or it is damaged.</source>
        <translation>Dies ist keine Zertifikatsanforderung (PKCS#10 „CERTIFICATE REQUEST“), oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s signature does not verify: it was changed after signing, or not signed with its own key. Create the CSR again.</source>
        <translation>Die Signatur der Zertifikatsanforderung lässt sich nicht verifizieren: Sie wurde nach dem Signieren geändert oder nicht mit ihrem eigenen Schlüssel signiert. Erstellen Sie den CSR erneut.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Certificates</name>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>oauthdesk::CertificatesDialog</name>
    <message>
        <source>Certificates: %1</source>
        <translation>Zertifikate: %1</translation>
    </message>
    <message>
        <source>Keys and certificates</source>
        <translation>Schlüssel und Zertifikate</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Keys and certificates:</source>
        <translation>Schlüssel und &amp;Zertifikate:</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Key purpose</source>
        <translation>Schlüsselzweck</translation>
    </message>
    <message>
        <source>Signing (private_key_jwt, signed requests)</source>
        <translation>Signatur (private_key_jwt, signierte Anfragen)</translation>
    </message>
    <message>
        <source>Transport (mutual TLS client certificate)</source>
        <translation>Transport (Client-Zertifikat für Mutual TLS)</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;Generate key…</source>
        <translation>Schlüssel &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Generating key</source>
        <translation>Schlüssel wird erzeugt</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>EC P-256 (ES256) is small and fast and every current authorization server accepts it.</source>
        <translation>EC P-256 (ES256) ist klein und schnell, und jeder aktuelle Autorisierungsserver akzeptiert es.</translation>
    </message>
    <message>
        <source>RSA 2048 is what CAs, TLS terminators and older appliances accept everywhere.</source>
        <translation>RSA 2048 wird überall von CAs, TLS-Terminatoren und älteren Appliances akzeptiert.</translation>
    </message>
    <message>
        <source>Create &amp;CSR…</source>
        <translation>&amp;CSR erstellen…</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>Zertifikat &amp;importieren…</translation>
    </message>
    <message>
        <source>Issue with local C&amp;A…</source>
        <translation>Mit lokaler C&amp;A ausstellen…</translation>
    </message>
    <message>
        <source>&amp;Self-signed…</source>
        <translation>&amp;Selbstsigniert…</translation>
    </message>
    <message>
        <source>Export local CA certi&amp;ficate…</source>
        <translation>Lokales CA-Zerti&amp;fikat exportieren…</translation>
    </message>
    <message>
        <source>Do&amp;wnload certificate…</source>
        <translation>Zertifikat herunterla&amp;den…</translation>
    </message>
    <message>
        <source>Export &amp;PKCS#12…</source>
        <translation>&amp;PKCS#12 exportieren…</translation>
    </message>
    <message>
        <source>Export private &amp;key…</source>
        <translation>Pri&amp;vaten Schlüssel exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Download &amp;JWKS…</source>
        <translation>&amp;JWKS herunterladen…</translation>
    </message>
    <message>
        <source>Could not read the certificates</source>
        <translation>Die Zertifikate konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>(kid %1)</source>
        <translation>(kid %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not save the %1 to %2: %3. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht in %2 gespeichert werden: %3. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Saved the %1 to %2.</source>
        <translation>%1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Generating a %1 key…</source>
        <translation>Ein %1-Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>Key generation cancelled; nothing was saved.</source>
        <translation>Schlüsselerzeugung abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Key created. Its JWK kid is %1.</source>
        <translation>Schlüssel erstellt. Seine JWK-kid ist %1.</translation>
    </message>
    <message>
        <source>Could not create the key (check that the system keychain is unlocked)</source>
        <translation>Der Schlüssel konnte nicht erstellt werden (prüfen Sie, ob der Systemschlüsselbund entsperrt ist)</translation>
    </message>
    <message>
        <source>Cancelling key generation…</source>
        <translation>Schlüsselerzeugung wird abgebrochen…</translation>
    </message>
    <message>
        <source>Create CSR</source>
        <translation>CSR erstellen</translation>
    </message>
    <message>
        <source>&amp;Create CSR</source>
        <translation>CSR &amp;erstellen</translation>
    </message>
    <message>
        <source>CSR created. Save it with &quot;Save CSR…&quot; or copy it from the details, and send it to your CA. The openssl equivalent: %1</source>
        <translation>CSR erstellt. Speichern Sie ihn mit „CSR speichern…“, oder kopieren Sie ihn aus den Details, und senden Sie ihn an Ihre CA. Die openssl-Entsprechung: %1</translation>
    </message>
    <message>
        <source>Could not create the CSR</source>
        <translation>Der CSR konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Issue with local CA</source>
        <translation>Mit lokaler CA ausstellen</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <source>Certificate issued by the local development CA, valid for 365 days. Export the local CA certificate to make a test server trust it.</source>
        <translation>Zertifikat von der lokalen Entwicklungs-CA ausgestellt, 365 Tage gültig. Exportieren Sie das lokale CA-Zertifikat, damit ein Testserver ihm vertraut.</translation>
    </message>
    <message>
        <source>Could not issue the certificate with the local CA</source>
        <translation>Das Zertifikat konnte nicht mit der lokalen CA ausgestellt werden</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Self-signed certificate created, valid for 365 days.</source>
        <translation>Selbstsigniertes Zertifikat erstellt, 365 Tage gültig.</translation>
    </message>
    <message>
        <source>Could not create the self-signed certificate</source>
        <translation>Das selbstsignierte Zertifikat konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>the key with kid %1</source>
        <translation>Schlüssel mit kid %1</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>The private key is removed from the keychain and cannot be recovered. Clients that authenticate with it stop working.</source>
        <translation>Der private Schlüssel wird aus dem Schlüsselbund entfernt und kann nicht wiederhergestellt werden. Clients, die sich damit authentifizieren, funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete the key</source>
        <translation>Der Schlüssel konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Key and certificate deleted.</source>
        <translation>Schlüssel und Zertifikat gelöscht.</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>CSR speichern</translation>
    </message>
    <message>
        <source>Certificate signing request (*.csr *.pem);;All files (*)</source>
        <translation>Zertifikatsanforderung (*.csr *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>Der CSR</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check that the file exists and you may read it.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a certificate. Choose the PEM or DER file your CA returned.</source>
        <translation>%1 ist größer als 1 MiB und daher kein Zertifikat. Wählen Sie die PEM- oder DER-Datei, die Ihre CA zurückgegeben hat.</translation>
    </message>
    <message>
        <source>Certificate imported.</source>
        <translation>Zertifikat importiert.</translation>
    </message>
    <message>
        <source>Could not import the certificate</source>
        <translation>Das Zertifikat konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Export local CA certificate</source>
        <translation>Lokales CA-Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikat (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read the local CA certificate</source>
        <translation>Das lokale CA-Zertifikat konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>local CA certificate</source>
        <translation>Das lokale CA-Zertifikat</translation>
    </message>
    <message>
        <source>Download the public JWKS of the signing keys</source>
        <translation>Das öffentliche JWKS der Signaturschlüssel herunterladen</translation>
    </message>
    <message>
        <source>JWK Set (*.json);;All files (*)</source>
        <translation>JWK Set (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not build the JWKS</source>
        <translation>Das JWKS konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation>Das JWKS</translation>
    </message>
    <message>
        <source>Download certificate</source>
        <translation>Zertifikat herunterladen</translation>
    </message>
    <message>
        <source>PEM certificate with chain (*.pem *.crt);;DER certificate (*.der *.cer)</source>
        <translation>PEM-Zertifikat mit Kette (*.pem *.crt);;DER-Zertifikat (*.der *.cer)</translation>
    </message>
    <message>
        <source>The stored certificate is not valid PEM; import it again.</source>
        <translation>Das gespeicherte Zertifikat ist kein gültiges PEM; importieren Sie es erneut.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Das Zertifikat</translation>
    </message>
    <message>
        <source>Export PKCS#12</source>
        <translation>PKCS#12 exportieren</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Could not export the PKCS#12 file</source>
        <translation>Die PKCS#12-Datei konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Die PKCS#12-Datei</translation>
    </message>
    <message>
        <source>Export private key</source>
        <translation>Privaten Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Encrypted private key (*.pem *.key)</source>
        <translation>Verschlüsselter privater Schlüssel (*.pem *.key)</translation>
    </message>
    <message>
        <source>Could not export the private key</source>
        <translation>Der private Schlüssel konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>encrypted private key</source>
        <translation>Der verschlüsselte private Schlüssel</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Cli</name>
    <message>
        <source>No applications yet: &quot;oauthdesk-cli apps create NAME&quot; makes one.</source>
        <translation>Noch keine Anwendungen: „oauthdesk-cli apps create NAME“ legt eine an.</translation>
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
        <translation>Anwendung „%1“ angelegt (ID %2).</translation>
    </message>
    <message>
        <source>Saved application &quot;%1&quot; (id %2).</source>
        <translation>Anwendung „%1“ gespeichert (ID %2).</translation>
    </message>
    <message>
        <source>Delete application &quot;%1&quot; with its %2 client(s), their certificates and keychain entries?</source>
        <translation>Anwendung „%1“ mit ihren %2 Client(s), deren Zertifikaten und Schlüsselbund-Einträgen löschen?</translation>
    </message>
    <message>
        <source>Delete application &quot;%1&quot; with its certificates and keychain entries?</source>
        <translation>Anwendung „%1“ mit ihren Zertifikaten und Schlüsselbund-Einträgen löschen?</translation>
    </message>
    <message>
        <source>Not deleted. Add --yes to delete &quot;%1&quot; without being asked.</source>
        <translation>Nicht gelöscht. Fügen Sie --yes hinzu, um „%1“ ohne Nachfrage zu löschen.</translation>
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
        <translation>Die Organisations-ID, unter der das Portal sie kennt.</translation>
    </message>
    <message>
        <source>List the applications.</source>
        <translation>Die Anwendungen auflisten.</translation>
    </message>
    <message>
        <source>Show one application (by id or name).</source>
        <translation>Eine Anwendung anzeigen (über ID oder Name).</translation>
    </message>
    <message>
        <source>Create an application.</source>
        <translation>Eine Anwendung anlegen.</translation>
    </message>
    <message>
        <source>Rename or describe an application.</source>
        <translation>Eine Anwendung umbenennen oder beschreiben.</translation>
    </message>
    <message>
        <source>Delete an application with its clients and certificates.</source>
        <translation>Eine Anwendung mit ihren Clients und Zertifikaten löschen.</translation>
    </message>
    <message>
        <source>Their keychain entries (client secrets, registration tokens, private keys) go first; if the keychain refuses, nothing is deleted. Clients registered at an authorization server stay registered there.</source>
        <translation>Zuerst werden ihre Schlüsselbund-Einträge (Client-Secrets, Registrierungs-Tokens, private Schlüssel) entfernt; verweigert der Schlüsselbund das, wird nichts gelöscht. Clients, die bei einem Autorisierungsserver registriert sind, bleiben dort registriert.</translation>
    </message>
    <message>
        <source>The test token never answered.</source>
        <translation>Auf die Test-Token-Anfrage kam keine Antwort.</translation>
    </message>
    <message>
        <source>With the certificate: no answer (%1)</source>
        <translation>Mit dem Zertifikat: keine Antwort (%1)</translation>
    </message>
    <message>
        <source>With the certificate: HTTP %1 %2 (%3 ms)</source>
        <translation>Mit dem Zertifikat: HTTP %1 %2 (%3 ms)</translation>
    </message>
    <message>
        <source> [throw-away certificate x5t#S256 %1]</source>
        <translation> [Wegwerfzertifikat x5t#S256 %1]</translation>
    </message>
    <message>
        <source>HTTP method (default GET).</source>
        <translation>HTTP-Methode (Standard: GET).</translation>
    </message>
    <message>
        <source>The request body (sent as application/json), the same on every call.</source>
        <translation>Der Anfrage-Body (als application/json gesendet), bei jedem Aufruf derselbe.</translation>
    </message>
    <message>
        <source>Check that an API refuses a certificate-bound token without its certificate.</source>
        <translation>Prüfen, ob eine API ein zertifikatsgebundenes Token ohne sein Zertifikat ablehnt.</translation>
    </message>
    <message>
        <source>Gets a test token for CLIENT as &quot;call&quot; does and calls PATH under the environment&apos;s API base URL with the transport certificate; then makes the same call with the same token over TLS without a client certificate, and with a throw-away self-signed certificate made in memory for this check (RFC 8705 §3). A 401 or 403 (or a refused TLS handshake) is a refusal. Exit status: 0 when the API refused both (&quot;The API enforces the binding&quot;); 9 when it accepted the token without its certificate or with another one; 3 when the token is not certificate-bound (nothing to check; the reason is said); 4 when the call with the certificate itself was not accepted; 7 when a probe got neither a 2xx nor a refusal (e.g. 404 or 500).</source>
        <translation>Holt wie „call“ ein Test-Token für CLIENT und ruft PATH unter der API-Basis-URL der Umgebung mit dem Transportzertifikat auf; dann folgt derselbe Aufruf mit demselben Token über TLS ohne Client-Zertifikat und mit einem Wegwerfzertifikat, das für diese Prüfung im Speicher selbst signiert wird (RFC 8705 §3). Ein 401 oder 403 (oder ein abgelehnter TLS-Handshake) gilt als Ablehnung. Exit-Status: 0, wenn die API beides abgelehnt hat („Die API erzwingt die Bindung“); 9, wenn sie das Token ohne sein Zertifikat oder mit einem anderen angenommen hat; 3, wenn das Token nicht zertifikatsgebunden ist (nichts zu prüfen; der Grund wird genannt); 4, wenn schon der Aufruf mit dem Zertifikat nicht angenommen wurde; 7, wenn ein Prüfaufruf weder 2xx noch eine Ablehnung erhielt (z. B. 404 oder 500).</translation>
    </message>
    <message>
        <source>Common name (CN), required; e.g. the client&apos;s name.</source>
        <translation>Common Name (CN), erforderlich; z. B. der Name des Clients.</translation>
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
        <translation>Land (C), zwei Buchstaben wie DE.</translation>
    </message>
    <message>
        <source>organizationIdentifier (2.5.4.97), e.g. PSDGB-FCA-123456.</source>
        <translation>organizationIdentifier (2.5.4.97), z. B. PSDGB-FCA-123456.</translation>
    </message>
    <message>
        <source>serialNumber (2.5.4.5), e.g. a software ID.</source>
        <translation>serialNumber (2.5.4.5), z. B. eine Software-ID.</translation>
    </message>
    <message>
        <source>A DNS subject alternative name (repeatable).</source>
        <translation>Ein alternativer Antragstellername (SAN) vom Typ DNS (wiederholbar).</translation>
    </message>
    <message>
        <source>An IP address subject alternative name (repeatable).</source>
        <translation>Ein alternativer Antragstellername (SAN) vom Typ IP-Adresse (wiederholbar).</translation>
    </message>
    <message>
        <source>A URI subject alternative name (repeatable).</source>
        <translation>Ein alternativer Antragstellername (SAN) vom Typ URI (wiederholbar).</translation>
    </message>
    <message>
        <source>--cn: the common name is required, such as --cn billing-service.</source>
        <translation>--cn: Der Common Name ist erforderlich, etwa --cn billing-service.</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; cannot be written: %2.</source>
        <translation>--out: „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; could not be saved: %2.</source>
        <translation>--out: „%1“ konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>%1 „%2“ kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is larger than 1 MiB; pick the certificate file.</source>
        <translation>%1 „%2“ ist größer als 1 MiB; wählen Sie die Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Look for CERT among this application&apos;s only.</source>
        <translation>CERT nur unter den Zertifikaten dieser Anwendung suchen.</translation>
    </message>
    <message>
        <source>pem (default), chain, der, key or pkcs12.</source>
        <translation>pem (Standard), chain, der, key oder pkcs12.</translation>
    </message>
    <message>
        <source>pkcs12: modern (AES-256, PBKDF2, SHA-256 MAC; default) or compatible (3DES, SHA-1, for older servers).</source>
        <translation>pkcs12: modern (AES-256, PBKDF2, SHA-256-MAC; Standard) oder compatible (3DES, SHA-1, für ältere Server).</translation>
    </message>
    <message>
        <source>Write to FILE (required for der, key and pkcs12).</source>
        <translation>In FILE schreiben (erforderlich für der, key und pkcs12).</translation>
    </message>
    <message>
        <source>Read the export passphrase from standard input.</source>
        <translation>Die Export-Passphrase von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE (%2).</source>
        <translation>--format %1 braucht --out FILE (%2).</translation>
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
        <translation>Zertifikat %1 hat noch kein Zertifikat: Importieren Sie das von Ihrer CA ausgestellte, stellen Sie eines von der lokalen CA aus, oder signieren Sie es selbst.</translation>
    </message>
    <message>
        <source>This exports the private key. Keep the file safe and delete it once it is configured.</source>
        <translation>Damit wird der private Schlüssel exportiert. Bewahren Sie die Datei sicher auf und löschen Sie sie, sobald sie eingerichtet ist.</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Export-Passphrase</translation>
    </message>
    <message>
        <source>Wrote %1 of certificate %2 to %3.</source>
        <translation>%1 von Zertifikat %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>--self-signed-tls: name the one transport certificate.</source>
        <translation>--self-signed-tls: Geben Sie genau ein Transportzertifikat an.</translation>
    </message>
    <message>
        <source>Name the signing keys (CERT …) or the application (--app APP).</source>
        <translation>Geben Sie die Signaturschlüssel (CERT …) oder die Anwendung (--app APP) an.</translation>
    </message>
    <message>
        <source>There is no signing key to publish.</source>
        <translation>Es gibt keinen Signaturschlüssel zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>No keys or certificates yet: &quot;oauthdesk-cli certs generate --app APP --purpose signing&quot; makes one.</source>
        <translation>Noch keine Schlüssel oder Zertifikate: „oauthdesk-cli certs generate --app APP --purpose signing“ erzeugt einen Schlüssel.</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>ZWECK</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
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
        <translation>Zertifikat %1 hat nur einen Schlüssel: kein CSR und kein Zertifikat zum Ausgeben.</translation>
    </message>
    <message>
        <source>--app: name the application the key belongs to.</source>
        <translation>--app: Geben Sie die Anwendung an, zu der der Schlüssel gehört.</translation>
    </message>
    <message>
        <source>Generating the key (%1)…</source>
        <translation>Der Schlüssel wird erzeugt (%1)…</translation>
    </message>
    <message>
        <source>Generated %1 %2 key %3 (kid %4); the private key is in the keychain.</source>
        <translation>Schlüssel %3 (%1, %2, kid %4) erzeugt; der private Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The same request with the openssl program:
  %1</source>
        <translation>Dieselbe Anfrage mit dem Programm openssl:
  %1</translation>
    </message>
    <message>
        <source>CSR for certificate %1 written to %2; send it to your CA, then &quot;certs import %1 FILE&quot;.</source>
        <translation>CSR für Zertifikat %1 nach %2 geschrieben; senden Sie ihn an Ihre CA, dann „certs import %1 FILE“.</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>Die Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Imported the certificate of %1 (%2), valid until %3.</source>
        <translation>Zertifikat von %1 (%2) importiert, gültig bis %3.</translation>
    </message>
    <message>
        <source>--days: a whole number from 1 to 3650.</source>
        <translation>--days: eine ganze Zahl von 1 bis 3650.</translation>
    </message>
    <message>
        <source>Self-signed certificate %1 (%2), valid until %3.</source>
        <translation>Zertifikat %1 (%2) selbst signiert, gültig bis %3.</translation>
    </message>
    <message>
        <source>Issued certificate %1 (%2) from the local development CA, valid until %3.</source>
        <translation>Zertifikat %1 (%2) von der lokalen Entwicklungs-CA ausgestellt, gültig bis %3.</translation>
    </message>
    <message>
        <source>The local development CA&apos;s certificate is in %1.</source>
        <translation>Das Zertifikat der lokalen Entwicklungs-CA liegt in %1.</translation>
    </message>
    <message>
        <source>--format der is binary: add --out FILE.</source>
        <translation>--format der ist binär: Fügen Sie --out FILE hinzu.</translation>
    </message>
    <message>
        <source>Delete certificate %1 (%2) and its private key from the keychain?</source>
        <translation>Zertifikat %1 (%2) und seinen privaten Schlüssel aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Not deleted. Add --yes to delete it without being asked.</source>
        <translation>Nicht gelöscht. Fügen Sie --yes hinzu, um ohne Nachfrage zu löschen.</translation>
    </message>
    <message>
        <source>Deleted certificate %1 and its private key.</source>
        <translation>Zertifikat %1 und sein privater Schlüssel wurden gelöscht.</translation>
    </message>
    <message>
        <source>CERT is the certificate&apos;s id, its JWK kid or its subject.</source>
        <translation>CERT ist die ID des Zertifikats, seine JWK-kid oder sein Subject.</translation>
    </message>
    <message>
        <source>Validity in days (default 365).</source>
        <translation>Gültigkeit in Tagen (Standard: 365).</translation>
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
        <translation>Das Zertifikat (und die Kette) oder den CSR als PEM ausgeben.</translation>
    </message>
    <message>
        <source>Generate a key pair; the private key goes straight into the keychain.</source>
        <translation>Ein Schlüsselpaar erzeugen; der private Schlüssel kommt direkt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The application it belongs to (required).</source>
        <translation>Die Anwendung, zu der er gehört (erforderlich).</translation>
    </message>
    <message>
        <source>signing (private_key_jwt) or transport (mutual TLS); default signing.</source>
        <translation>signing (private_key_jwt) oder transport (Mutual TLS); Standard: signing.</translation>
    </message>
    <message>
        <source>Default RSA-2048.</source>
        <translation>Standard: RSA-2048.</translation>
    </message>
    <message>
        <source>Create a certificate signing request for a key.</source>
        <translation>Eine Zertifikatsanforderung (CSR) für einen Schlüssel erstellen.</translation>
    </message>
    <message>
        <source>The CSR (PEM) goes to standard output, or to --out FILE.</source>
        <translation>Der CSR (PEM) geht an die Standardausgabe oder nach --out FILE.</translation>
    </message>
    <message>
        <source>Write the CSR to FILE.</source>
        <translation>Den CSR in FILE schreiben.</translation>
    </message>
    <message>
        <source>Also show the equivalent openssl req command.</source>
        <translation>Auch den entsprechenden Befehl openssl req zeigen.</translation>
    </message>
    <message>
        <source>Import the certificate your CA issued.</source>
        <translation>Das von Ihrer CA ausgestellte Zertifikat importieren.</translation>
    </message>
    <message>
        <source>FILE is PEM or DER, the chain after the leaf (&quot;-&quot; reads standard input). Refused unless it belongs to the key.</source>
        <translation>FILE ist PEM oder DER, die Kette nach dem Endzertifikat („-“ liest die Standardeingabe). Abgelehnt, wenn es nicht zum Schlüssel gehört.</translation>
    </message>
    <message>
        <source>Issue the certificate from the local development CA.</source>
        <translation>Das Zertifikat von der lokalen Entwicklungs-CA ausstellen.</translation>
    </message>
    <message>
        <source>For test servers that trust the local CA (&quot;certs local-ca&quot; prints its certificate).</source>
        <translation>Für Testserver, die der lokalen CA vertrauen („certs local-ca“ gibt ihr Zertifikat aus).</translation>
    </message>
    <message>
        <source>Self-sign a certificate for a key.</source>
        <translation>Ein Zertifikat für einen Schlüssel selbst signieren.</translation>
    </message>
    <message>
        <source>For self_signed_tls_client_auth (RFC 8705 §2.2), or an AS that wants a signing key as x5c.</source>
        <translation>Für self_signed_tls_client_auth (RFC 8705 §2.2) oder einen AS, der einen Signaturschlüssel als x5c erwartet.</translation>
    </message>
    <message>
        <source>Print the local development CA&apos;s certificate.</source>
        <translation>Das Zertifikat der lokalen Entwicklungs-CA ausgeben.</translation>
    </message>
    <message>
        <source>Write it to FILE.</source>
        <translation>In FILE schreiben.</translation>
    </message>
    <message>
        <source>pem (default) or der.</source>
        <translation>pem (Standard) oder der.</translation>
    </message>
    <message>
        <source>Export a certificate, or the key on purpose.</source>
        <translation>Ein Zertifikat exportieren, oder bewusst den Schlüssel.</translation>
    </message>
    <message>
        <source>pem, chain and der are the certificate. key (encrypted PKCS#8) and pkcs12 carry the private key: they need --out FILE (written readable by you only) and a passphrase, piped in with --passphrase-stdin or typed twice at a prompt that does not echo.</source>
        <translation>pem, chain und der sind das Zertifikat. key (verschlüsseltes PKCS#8) und pkcs12 enthalten den privaten Schlüssel: Diese brauchen --out FILE (nur für Sie lesbar geschrieben) und eine Passphrase, per --passphrase-stdin übergeben oder zweimal an einer Eingabeaufforderung ohne Echo eingegeben.</translation>
    </message>
    <message>
        <source>Print the public JWK Set of signing keys.</source>
        <translation>Das öffentliche JWK Set der Signaturschlüssel ausgeben.</translation>
    </message>
    <message>
        <source>The named signing keys, or every signing key of --app: what to register at the AS or serve as its jwks_uri. With --self-signed-tls, the JWK Set that registers one self-signed transport certificate (x5c, RFC 8705 §2.2).</source>
        <translation>Die genannten Signaturschlüssel oder alle Signaturschlüssel von --app: das, was beim AS zu registrieren oder unter der jwks_uri bereitzustellen ist. Mit --self-signed-tls das JWK Set, das ein selbst signiertes Transportzertifikat registriert (x5c, RFC 8705 §2.2).</translation>
    </message>
    <message>
        <source>The application whose signing keys to publish.</source>
        <translation>Die Anwendung, deren Signaturschlüssel veröffentlicht werden.</translation>
    </message>
    <message>
        <source>CERT is a self-signed transport certificate.</source>
        <translation>CERT ist ein selbst signiertes Transportzertifikat.</translation>
    </message>
    <message>
        <source>Delete a key: from the keychain first, then its record.</source>
        <translation>Einen Schlüssel löschen: zuerst aus dem Schlüsselbund, dann seinen Datensatz.</translation>
    </message>
    <message>
        <source>detail: </source>
        <translation>Detail: </translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Standard input can carry one thing, and it is already used for %1; give %2 another way.</source>
        <translation>Die Standardeingabe kann nur eines liefern, und sie wird schon für %1 verwendet; geben Sie %2 auf anderem Weg an.</translation>
    </message>
    <message>
        <source>%1 is needed, and there is no terminal to type it at: pipe it in with --%2.</source>
        <translation>%1 wird benötigt, und es gibt kein Terminal, um es einzugeben: Übergeben Sie es per Pipe mit --%2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number of seconds.</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>--%1: certificate %2 is a %3 key; pick a %4 one (&quot;oauthdesk-cli certs list&quot;).</source>
        <translation>--%1: Zertifikat %2 ist ein %3-Schlüssel; wählen Sie einen %4-Schlüssel („oauthdesk-cli certs list“).</translation>
    </message>
    <message>
        <source>Move it to another application.</source>
        <translation>In eine andere Anwendung verschieben.</translation>
    </message>
    <message>
        <source>The environment whose AS registers it (required).</source>
        <translation>Die Umgebung, deren AS den Client registriert (erforderlich).</translation>
    </message>
    <message>
        <source>Its environment (&quot;none&quot; for none).</source>
        <translation>Seine Umgebung („none“ für keine).</translation>
    </message>
    <message>
        <source>The client ID the AS issued (required).</source>
        <translation>Die vom AS ausgestellte Client-ID (erforderlich).</translation>
    </message>
    <message>
        <source>Correct the client ID.</source>
        <translation>Die Client-ID korrigieren.</translation>
    </message>
    <message>
        <source>The kind of application; its recommended settings are applied (default: machine_to_machine).</source>
        <translation>Die Art der Anwendung; deren empfohlene Einstellungen werden angewendet (Standard: machine_to_machine).</translation>
    </message>
    <message>
        <source>What the client is for.</source>
        <translation>Wofür der Client da ist.</translation>
    </message>
    <message>
        <source>Client authentication at the token endpoint (default: the type&apos;s recommendation).</source>
        <translation>Client-Authentifizierung am Token-Endpunkt (Standard: die Empfehlung für den Typ).</translation>
    </message>
    <message>
        <source>A grant type (repeatable; default: the type&apos;s).</source>
        <translation>Ein Grant-Type (wiederholbar; Standard: die des Typs).</translation>
    </message>
    <message>
        <source>A scope to ask for (repeatable, or space-separated).</source>
        <translation>Ein anzufordernder Scope (wiederholbar oder durch Leerzeichen getrennt).</translation>
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
        <translation>300 bis 7776000, mit dem Grant refresh_token.</translation>
    </message>
    <message>
        <source>The application&apos;s signing key for private_key_jwt (id, kid or subject).</source>
        <translation>Der Signaturschlüssel der Anwendung für private_key_jwt (ID, kid oder Subject).</translation>
    </message>
    <message>
        <source>The application&apos;s transport certificate for mutual TLS.</source>
        <translation>Das Transportzertifikat der Anwendung für Mutual TLS.</translation>
    </message>
    <message>
        <source>Ask for certificate-bound access tokens (RFC 8705 §3).</source>
        <translation>Zertifikatsgebundene Access Tokens anfordern (RFC 8705 §3).</translation>
    </message>
    <message>
        <source>Do not ask for certificate-bound tokens.</source>
        <translation>Keine zertifikatsgebundenen Tokens anfordern.</translation>
    </message>
    <message>
        <source>Mark it active or disabled (and so on).</source>
        <translation>Den Status setzen: active, disabled usw.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (for client_secret_basic/post).</source>
        <translation>Das Client-Secret von der Standardeingabe lesen (für client_secret_basic/post).</translation>
    </message>
    <message>
        <source>Generate a strong secret (256 bits) to configure at the AS instead.</source>
        <translation>Stattdessen ein starkes Secret (256 Bit) erzeugen, das beim AS einzurichten ist.</translation>
    </message>
    <message>
        <source>--app: name the application the client belongs to (&quot;oauthdesk-cli apps list&quot;).</source>
        <translation>--app: Geben Sie die Anwendung an, zu der der Client gehört („oauthdesk-cli apps list“).</translation>
    </message>
    <message>
        <source>--env: name the environment whose authorization server registers the client.</source>
        <translation>--env: Geben Sie die Umgebung an, deren Autorisierungsserver den Client registriert.</translation>
    </message>
    <message>
        <source>--bound-tokens and --no-bound-tokens contradict each other; give one.</source>
        <translation>--bound-tokens und --no-bound-tokens widersprechen sich; geben Sie nur eine der beiden an.</translation>
    </message>
    <message>
        <source>--secret-stdin and --generate-secret contradict each other; give one.</source>
        <translation>--secret-stdin und --generate-secret widersprechen sich; geben Sie nur eine der beiden an.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>%1 is in the keychain, not shown (add --show-secret).</source>
        <translation>%1 liegt im Schlüsselbund und wird nicht angezeigt (fügen Sie --show-secret hinzu).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is in the keychain, not shown. &quot;oauthdesk-cli clients secret %2 --show-secret&quot; prints it.</source>
        <translation>%1 liegt im Schlüsselbund und wird nicht angezeigt. „oauthdesk-cli clients secret %2 --show-secret“ gibt es aus.</translation>
    </message>
    <message>
        <source>No clients%1. &quot;oauthdesk-cli clients create NAME --app APP --client-id ID&quot; records one, &quot;oauthdesk-cli clients register NAME --app APP --env ENV&quot; registers one at the AS.</source>
        <translation>Keine Clients%1. „oauthdesk-cli clients create NAME --app APP --client-id ID“ erfasst einen, „oauthdesk-cli clients register NAME --app APP --env ENV“ registriert einen beim AS.</translation>
    </message>
    <message>
        <source> here</source>
        <translation> hier</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT ID</translation>
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
        <translation>ENV</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>--method %1 uses no client secret; leave out --secret-stdin and --generate-secret.</source>
        <translation>--method %1 verwendet kein Client-Secret; lassen Sie --secret-stdin und --generate-secret weg.</translation>
    </message>
    <message>
        <source>Created client &quot;%1&quot; (id %2), client ID %3.</source>
        <translation>Client „%1“ angelegt (ID %2), Client-ID %3.</translation>
    </message>
    <message>
        <source>Generated client secret (configure it at the AS)</source>
        <translation>Erzeugtes Client-Secret (beim AS einrichten)</translation>
    </message>
    <message>
        <source>A new secret for a client that has one is a rotation: use &quot;oauthdesk-cli clients rotate-secret %1&quot;.</source>
        <translation>Ein neues Secret für einen Client, der schon eines hat, ist eine Rotation: Verwenden Sie „oauthdesk-cli clients rotate-secret %1“.</translation>
    </message>
    <message>
        <source>Saved client %1.</source>
        <translation>Client %1 gespeichert.</translation>
    </message>
    <message>
        <source>The AS still has the settings it registered: &quot;oauthdesk-cli clients registration-update %1&quot; sends these.</source>
        <translation>Beim AS gelten noch die registrierten Einstellungen: „oauthdesk-cli clients registration-update %1“ sendet die neuen.</translation>
    </message>
    <message>
        <source>Delete client %1 and its keychain entries here?</source>
        <translation>Client %1 und seine Schlüsselbund-Einträge hier löschen?</translation>
    </message>
    <message>
        <source>Not deleted. Add --yes to delete %1 without being asked.</source>
        <translation>Nicht gelöscht. Fügen Sie --yes hinzu, um %1 ohne Nachfrage zu löschen.</translation>
    </message>
    <message>
        <source>Deleted client %1.</source>
        <translation>Client %1 gelöscht.</translation>
    </message>
    <message>
        <source>It is still registered at the AS (this only deleted it here); &quot;clients registration-delete&quot; deletes a registered client there and here.</source>
        <translation>Er ist beim AS noch registriert (gelöscht wurde er nur hier); „clients registration-delete“ löscht einen registrierten Client dort und hier.</translation>
    </message>
    <message>
        <source>The secret is printed only when you ask for it: add --show-secret.</source>
        <translation>Das Secret wird nur ausgegeben, wenn Sie es verlangen: Fügen Sie --show-secret hinzu.</translation>
    </message>
    <message>
        <source>%1 authenticates with %2, so it has no client secret.</source>
        <translation>%1 authentifiziert sich mit %2 und hat daher kein Client-Secret.</translation>
    </message>
    <message>
        <source>%1 authenticates with %2, which uses no client secret.</source>
        <translation>%1 authentifiziert sich mit %2, das kein Client-Secret verwendet.</translation>
    </message>
    <message>
        <source>--at-as asks the AS for a new secret; leave out --secret-stdin and --generate-secret.</source>
        <translation>--at-as fordert beim AS ein neues Secret an; lassen Sie --secret-stdin und --generate-secret weg.</translation>
    </message>
    <message>
        <source>The new secret of %1 is in the keychain (the AS was not asked).</source>
        <translation>Das neue Secret von %1 liegt im Schlüsselbund (der AS wurde nicht gefragt).</translation>
    </message>
    <message>
        <source>New client secret (configure it at the AS)</source>
        <translation>Neues Client-Secret (beim AS einrichten)</translation>
    </message>
    <message>
        <source>%1 was not registered through OAuthDesk, so the AS cannot be asked; rotate it at the AS and store the new secret with &quot;clients rotate-secret %2 --secret-stdin&quot;.</source>
        <translation>%1 wurde nicht über OAuthDesk registriert, daher kann der AS nicht gefragt werden; rotieren Sie das Secret beim AS und speichern Sie das neue mit „clients rotate-secret %2 --secret-stdin“.</translation>
    </message>
    <message>
        <source>The AS issued a new secret for %1; it is in the keychain.</source>
        <translation>Der AS hat ein neues Secret für %1 ausgestellt; es liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The AS kept the secret of %1.</source>
        <translation>Der AS hat das Secret von %1 beibehalten.</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Client-Secret</translation>
    </message>
    <message>
        <source>CLIENT is the client&apos;s id, name or client ID.</source>
        <translation>CLIENT ist die ID, der Name oder die Client-ID des Clients.</translation>
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
        <translation>Alles anzeigen, was zu einem Client erfasst ist.</translation>
    </message>
    <message>
        <source>Record a client registered elsewhere (its client ID from your AS).</source>
        <translation>Einen anderswo registrierten Client erfassen (mit der Client-ID von Ihrem AS).</translation>
    </message>
    <message>
        <source>Change a client here.</source>
        <translation>Einen Client hier ändern.</translation>
    </message>
    <message>
        <source>Only what is given changes. A client registered at its AS keeps the old settings there until &quot;clients registration-update&quot;.</source>
        <translation>Nur das Angegebene ändert sich. Ein bei seinem AS registrierter Client behält dort die alten Einstellungen bis „clients registration-update“.</translation>
    </message>
    <message>
        <source>Delete a client here, its keychain entries first.</source>
        <translation>Einen Client hier löschen, zuerst seine Schlüsselbund-Einträge.</translation>
    </message>
    <message>
        <source>Print the client secret from the keychain (needs --show-secret).</source>
        <translation>Das Client-Secret aus dem Schlüsselbund ausgeben (braucht --show-secret).</translation>
    </message>
    <message>
        <source>Replace the client secret.</source>
        <translation>Das Client-Secret ersetzen.</translation>
    </message>
    <message>
        <source>By default the new secret is one the AS issued elsewhere (piped in with --secret-stdin, or typed) or a generated one to configure there (--generate-secret); the old one is replaced only once the new one is stored. --at-as asks the AS for a new one (RFC 7592 PUT without the current secret): only an AS that then issues one rotates, which is said.</source>
        <translation>Standardmäßig ist das neue Secret eines, das der AS anderswo ausgestellt hat (per --secret-stdin übergeben oder eingegeben), oder ein erzeugtes, das dort einzurichten ist (--generate-secret); das alte wird erst ersetzt, wenn das neue gespeichert ist. --at-as fordert beim AS ein neues an (RFC 7592 PUT ohne das aktuelle Secret): Rotiert wird nur, wenn der AS daraufhin eines ausstellt; das wird gemeldet.</translation>
    </message>
    <message>
        <source>Read the new secret from standard input.</source>
        <translation>Das neue Secret von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Generate a strong secret (256 bits).</source>
        <translation>Ein starkes Secret (256 Bit) erzeugen.</translation>
    </message>
    <message>
        <source>Ask the AS for a new secret (clients registered through OAuthDesk).</source>
        <translation>Beim AS ein neues Secret anfordern (für über OAuthDesk registrierte Clients).</translation>
    </message>
    <message>
        <source>Store it with &quot;oauthdesk-cli envs set-credential ENV %1 --stdin&quot; and pipe it in, or leave out --stdin to type it at a prompt that does not echo.</source>
        <translation>Speichern Sie es mit „oauthdesk-cli envs set-credential ENV %1 --stdin“ und übergeben Sie es per Pipe, oder lassen Sie --stdin weg, um es an einer Eingabeaufforderung ohne Echo einzugeben.</translation>
    </message>
    <message>
        <source>Pipe it in with --passphrase-stdin, or leave it out to type it at a prompt that does not echo.</source>
        <translation>Übergeben Sie sie per Pipe mit --passphrase-stdin, oder lassen Sie die Option weg, um sie an einer Eingabeaufforderung ohne Echo einzugeben.</translation>
    </message>
    <message>
        <source>Pipe it in with --token-stdin.</source>
        <translation>Übergeben Sie es per Pipe mit --token-stdin.</translation>
    </message>
    <message>
        <source>Pipe it in with --secret-stdin (for example: secret-tool lookup … | oauthdesk-cli … --secret-stdin), or leave it out to type it at a prompt that does not echo.</source>
        <translation>Übergeben Sie es per Pipe mit --secret-stdin (zum Beispiel: secret-tool lookup … | oauthdesk-cli … --secret-stdin), oder lassen Sie die Option weg, um es an einer Eingabeaufforderung ohne Echo einzugeben.</translation>
    </message>
    <message>
        <source>Use the data file in DIR (default: $OAUTHDESK_DATA_DIR, else the per-user data folder, as the app).</source>
        <translation>Die Datendatei in DIR verwenden (Standard: $OAUTHDESK_DATA_DIR, sonst der Datenordner des Benutzers, wie bei der App).</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output (field names are stable; see the man page).</source>
        <translation>Ein JSON-Dokument auf der Standardausgabe ausgeben (die Feldnamen sind stabil; siehe Manpage).</translation>
    </message>
    <message>
        <source>Add the technical detail to errors, and the HTTP exchanges made.</source>
        <translation>Fehler mit technischen Details ausgeben, dazu die ausgeführten HTTP-Anfragen und -Antworten.</translation>
    </message>
    <message>
        <source>Print secrets and tokens where a command has them; never printed without it.</source>
        <translation>Secrets und Tokens ausgeben, wo ein Befehl sie hat; ohne diese Option werden sie nie ausgegeben.</translation>
    </message>
    <message>
        <source>Show help for the command and exit.</source>
        <translation>Hilfe zum Befehl anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Name a command: %1. &quot;oauthdesk-cli --help&quot; lists them.</source>
        <translation>Geben Sie einen Befehl an: %1. „oauthdesk-cli --help“ listet sie auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>„%1“ braucht einen Befehl: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;; it has: %3.</source>
        <translation>„%1“ hat keinen Befehl „%2“; vorhanden sind: %3.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. The commands are: %2.</source>
        <translation>Es gibt keinen Befehl „%1“. Die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>See &quot;oauthdesk-cli %1 --help&quot;.</source>
        <translation>Siehe „oauthdesk-cli %1 --help“.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: options are spelled in full, such as --help. %2</source>
        <translation>Unbekannte Option „%1“: Optionen werden ausgeschrieben, etwa --help. %2</translation>
    </message>
    <message>
        <source>--%1: a secret is never taken as a command-line argument: other users can see it in ps, and it stays in your shell history. %2</source>
        <translation>--%1: Ein Secret wird nie als Kommandozeilenargument angenommen: Andere Benutzer können es in ps sehen, und es bleibt in Ihrer Shell-History. %2</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; has no option --%3. %4</source>
        <translation>„%1 %2“ hat keine Option --%3. %4</translation>
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
        <translation>--%1 ist ein Schalter und nimmt keinen Wert; lassen Sie „=%2“ weg.</translation>
    </message>
    <message>
        <source>--%1 is given twice; give it once.</source>
        <translation>--%1 ist doppelt angegeben; geben Sie die Option nur einmal an.</translation>
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
        <translation>Geben Sie einen CLIENT an, oder --env ENV für die Clients einer Umgebung, oder --all für alle Clients.</translation>
    </message>
    <message>
        <source>Give either a CLIENT or --all / --env, not both.</source>
        <translation>Geben Sie entweder einen CLIENT oder --all / --env an, nicht beides.</translation>
    </message>
    <message>
        <source>No clients to check.</source>
        <translation>Keine Clients zu prüfen.</translation>
    </message>
    <message>
        <source>%1 client(s) checked in %2 ms, %3 with failures.</source>
        <translation>%1 Client(s) in %2 ms geprüft, %3 mit Fehlern.</translation>
    </message>
    <message>
        <source>Check a client&apos;s whole chain and say what to fix (changes nothing).</source>
        <translation>Die ganze Kette eines Clients prüfen und sagen, was zu beheben ist (ändert nichts).</translation>
    </message>
    <message>
        <source>The preflight doctor checks the environment (discovery, issuer, TLS chain and expiry, clock skew), the client against the AS&apos;s metadata (auth method, grant and response types, PKCE, signing algorithm, scopes, redirect URIs), its keys and certificates (key matches certificate, key usage, EKU, chain, validity, RSA size, SHA-1, the JWKS the AS has), its secrets, and a live test token with its certificate binding. Each finding is a pass (✔), warning (!), failure (✘) or skipped (–) with the fix. It never changes anything. The exit status is 9 when any check failed, 0 otherwise.</source>
        <translation>Die Preflight-Diagnose prüft die Umgebung (Discovery, Issuer, TLS-Kette und Ablauf, Uhrenabweichung), den Client gegen die Metadaten des AS (Authentifizierungsmethode, Grant- und Response-Types, PKCE, Signaturalgorithmus, Scopes, Redirect-URIs), seine Schlüssel und Zertifikate (Schlüssel passt zum Zertifikat, Key Usage, EKU, Kette, Gültigkeit, RSA-Größe, SHA-1, das JWKS beim AS), seine Secrets und ein Live-Test-Token mit seiner Zertifikatsbindung. Jedes Ergebnis ist bestanden (✔), eine Warnung (!), ein Fehler (✘) oder übersprungen (–), jeweils mit der Behebung. Die Diagnose ändert nie etwas. Der Exit-Status ist 9, wenn eine Prüfung fehlgeschlagen ist, sonst 0.</translation>
    </message>
    <message>
        <source>Check every client.</source>
        <translation>Jeden Client prüfen.</translation>
    </message>
    <message>
        <source>Check every client of environment ENV.</source>
        <translation>Alle Clients der Umgebung ENV prüfen.</translation>
    </message>
    <message>
        <source>Do not ask the AS for a test token (faster; offline).</source>
        <translation>Beim AS kein Test-Token anfordern (schneller; offline).</translation>
    </message>
    <message>
        <source>PEM bundle of the CAs the AS trusts for client certificates: transport certificates are checked against it. Default: the environment&apos;s client CA (envs edit ENV --client-ca FILE); with neither, that check is skipped.</source>
        <translation>PEM-Bundle der CAs, denen der AS bei Client-Zertifikaten vertraut: Transportzertifikate werden dagegen geprüft. Standard: die Client-CA der Umgebung (envs edit ENV --client-ca FILE); ohne beides wird diese Prüfung übersprungen.</translation>
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
        <translation>Grant-Types</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>(not recorded; the doctor skips the chain check: set it with --client-ca FILE)</source>
        <translation>(nicht erfasst; die Diagnose überspringt die Kettenprüfung: mit --client-ca FILE festlegen)</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
    <message>
        <source>No environments yet: &quot;oauthdesk-cli envs create NAME --issuer URL&quot; adds one.</source>
        <translation>Noch keine Umgebungen: „oauthdesk-cli envs create NAME --issuer URL“ fügt eine hinzu.</translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation>ISSUER</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>DISCOVERY</source>
        <translation>DISCOVERY</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Registration credentials could not be read: %1</source>
        <translation>Registrierungszugangsdaten konnten nicht gelesen werden: %1</translation>
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
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Software statement</source>
        <translation>Software Statement</translation>
    </message>
    <message>
        <source>--header: &quot;%1&quot; is not NAME=VALUE; write it as --header X-Region=1.</source>
        <translation>--header: „%1“ ist nicht NAME=VALUE; schreiben Sie es als --header X-Region=1.</translation>
    </message>
    <message>
        <source>Created environment &quot;%1&quot; (id %2).</source>
        <translation>Umgebung „%1“ angelegt (ID %2).</translation>
    </message>
    <message>
        <source>Saved environment &quot;%1&quot; (id %2).</source>
        <translation>Umgebung „%1“ gespeichert (ID %2).</translation>
    </message>
    <message>
        <source>Next: &quot;oauthdesk-cli envs discover %1&quot; reads the AS&apos;s metadata.</source>
        <translation>Als Nächstes: „oauthdesk-cli envs discover %1“ liest die Metadaten des AS.</translation>
    </message>
    <message>
        <source>--issuer is required: the authorization server&apos;s issuer URL, such as https://as.example.com.</source>
        <translation>--issuer ist erforderlich: die Issuer-URL des Autorisierungsservers, etwa https://as.example.com.</translation>
    </message>
    <message>
        <source>Delete environment &quot;%1&quot; and its registration credentials? Its clients keep their settings, without an environment.</source>
        <translation>Umgebung „%1“ und ihre Registrierungszugangsdaten löschen? Ihre Clients behalten ihre Einstellungen, ohne Umgebung.</translation>
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
        <translation>KIND ist %1 oder %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>Removed the %1 of &quot;%2&quot; from the keychain.</source>
        <translation>%1 von „%2“ aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Stored the %1 of &quot;%2&quot; in the keychain.</source>
        <translation>%1 von „%2“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The issuer URL (the cached discovery is dropped).</source>
        <translation>Die Issuer-URL (die zwischengespeicherte Discovery wird verworfen).</translation>
    </message>
    <message>
        <source>The issuer URL (required).</source>
        <translation>Die Issuer-URL (erforderlich).</translation>
    </message>
    <message>
        <source>tls, or mtls to call the AS&apos;s mTLS endpoint aliases (RFC 8705 §5).</source>
        <translation>tls, oder mtls, um die mTLS-Endpunkt-Aliasse des AS aufzurufen (RFC 8705 §5).</translation>
    </message>
    <message>
        <source>The APIs&apos; base URL (for &quot;call&quot;).</source>
        <translation>Die Basis-URL der APIs (für „call“).</translation>
    </message>
    <message>
        <source>An extra header sent with every request, such as X-Region=1 (repeatable; replaces one of that name).</source>
        <translation>Ein zusätzlicher Header, der mit jeder Anfrage gesendet wird, etwa X-Region=1 (wiederholbar; ersetzt einen gleichnamigen).</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust for this AS (&quot;&quot; for none).</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen für diesen AS vertraut wird (&quot;&quot; für keine).</translation>
    </message>
    <message>
        <source>The CA certificate(s) the AS trusts for client certificates (tls_client_auth), PEM or DER; the doctor checks transport certificates against them. CA certificates only: a client certificate or a private key is refused. Stored in OAuthDesk&apos;s data file (public data), not the path (&quot;&quot; for none).</source>
        <translation>Das oder die CA-Zertifikat(e), denen der AS bei Client-Zertifikaten vertraut (tls_client_auth), PEM oder DER; die Diagnose prüft Transportzertifikate dagegen. Nur CA-Zertifikate: Ein Client-Zertifikat oder ein privater Schlüssel wird abgelehnt. Gespeichert wird der Inhalt in der Datendatei von OAuthDesk (öffentliche Daten), nicht der Pfad (&quot;&quot; für keine).</translation>
    </message>
    <message>
        <source>What a private_key_jwt assertion&apos;s aud names.</source>
        <translation>Was das aud einer private_key_jwt-Assertion nennt.</translation>
    </message>
    <message>
        <source>Remove every extra header first.</source>
        <translation>Zuerst alle zusätzlichen Header entfernen.</translation>
    </message>
    <message>
        <source>KIND is initial-access-token (RFC 7591 §3) or software-statement (RFC 7591 §2.3).</source>
        <translation>KIND ist initial-access-token (RFC 7591 §3) oder software-statement (RFC 7591 §2.3).</translation>
    </message>
    <message>
        <source>List the environments.</source>
        <translation>Die Umgebungen auflisten.</translation>
    </message>
    <message>
        <source>Show an environment and its cached discovery.</source>
        <translation>Eine Umgebung und ihre zwischengespeicherte Discovery anzeigen.</translation>
    </message>
    <message>
        <source>Also says whether registration credentials are stored (never what they are), and the subjects and expiry of the client CA the AS trusts.</source>
        <translation>Zeigt auch, ob Registrierungszugangsdaten gespeichert sind (nie, wie sie lauten), sowie Subjects und Ablauf der Client-CA, der der AS vertraut.</translation>
    </message>
    <message>
        <source>Add an environment: one authorization server and the APIs behind it.</source>
        <translation>Eine Umgebung hinzufügen: ein Autorisierungsserver und die APIs dahinter.</translation>
    </message>
    <message>
        <source>Change an environment.</source>
        <translation>Eine Umgebung ändern.</translation>
    </message>
    <message>
        <source>Delete an environment and its registration credentials.</source>
        <translation>Eine Umgebung und ihre Registrierungszugangsdaten löschen.</translation>
    </message>
    <message>
        <source>Fetch and cache the AS&apos;s discovery metadata.</source>
        <translation>Die Discovery-Metadaten des AS abrufen und zwischenspeichern.</translation>
    </message>
    <message>
        <source>OpenID Connect discovery, then RFC 8414&apos;s location. A document whose issuer is not identical to the configured one, or that names a plain-http endpoint, is refused.</source>
        <translation>OpenID Connect Discovery, dann der Ort nach RFC 8414. Ein Dokument, dessen Issuer nicht mit dem konfigurierten identisch ist oder das einen Endpunkt mit reinem http nennt, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Store a registration credential in the keychain.</source>
        <translation>Registrierungszugangsdaten im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Read from standard input with --stdin, or typed at a prompt that does not echo.</source>
        <translation>Mit --stdin von der Standardeingabe gelesen oder an einer Eingabeaufforderung ohne Echo eingegeben.</translation>
    </message>
    <message>
        <source>Read it from standard input (one line).</source>
        <translation>Von der Standardeingabe lesen (eine Zeile).</translation>
    </message>
    <message>
        <source>Remove a registration credential from the keychain.</source>
        <translation>Registrierungszugangsdaten aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>--format: say which tool the pack is for: postman, bruno, http or curl.</source>
        <translation>--format: Geben Sie an, für welches Werkzeug das Paket ist: postman, bruno, http oder curl.</translation>
    </message>
    <message>
        <source>--output: the %1 pack has several files; name the folder to write them to, or a .zip file.</source>
        <translation>--output: Das %1-Paket hat mehrere Dateien; geben Sie den Ordner an, in den sie geschrieben werden, oder eine .zip-Datei.</translation>
    </message>
    <message>
        <source>Write a hand-off pack for CLIENT&apos;s developers: Postman, Bruno, .http or curl.</source>
        <translation>Ein Übergabepaket für die Entwickler von CLIENT schreiben: Postman, Bruno, .http oder curl.</translation>
    </message>
    <message>
        <source>The pack holds a client credentials token request with CLIENT&apos;s own auth method, the environment&apos;s extra headers and a sample API call with the token (to the environment&apos;s API base URL plus --api-path). postman writes collection.json and environment.json (Postman v2.1; newman runs them), bruno a collection folder (bru run --env ENV), both into the --output folder; http and curl write one file to --output, or to standard output. An --output ending in .zip gets the whole pack as one zip file instead (postman and bruno in a folder inside it). The client secret is left out as a variable to fill unless --include-secret is given: then it is read from the keychain and written, marked secret, and every file (or the zip) is readable by you only. For client_secret_basic the files form-encode the client ID and secret before Base64 (RFC 6749 §2.3.1). The private key is never written: private_key_jwt packs take a client_assertion you sign (the curl script reads CLIENT_ASSERTION or standard input), mutual TLS packs name the certificate and key files you supply (CLIENT_CERT and CLIENT_KEY for curl and Bruno, --ssl-client-cert and --ssl-client-key for newman).</source>
        <translation>Das Paket enthält eine Token-Anfrage per Client Credentials mit der eigenen Authentifizierungsmethode von CLIENT, den zusätzlichen Headern der Umgebung und einem Beispiel-API-Aufruf mit dem Token (an die API-Basis-URL der Umgebung plus --api-path). postman schreibt collection.json und environment.json (Postman v2.1; newman führt sie aus), bruno einen Collection-Ordner (bru run --env ENV), beide in den Ordner --output; http und curl schreiben eine Datei nach --output oder auf die Standardausgabe. Endet --output auf .zip, kommt stattdessen das ganze Paket in eine ZIP-Datei (postman und bruno in einem Ordner darin). Das Client-Secret bleibt als auszufüllende Variable leer, außer --include-secret ist angegeben: Dann wird es aus dem Schlüsselbund gelesen und als geheim markiert geschrieben, und jede Datei (oder die ZIP-Datei) ist nur für Sie lesbar. Für client_secret_basic kodieren die Dateien Client-ID und Secret vor Base64 per Form-Encoding (RFC 6749 §2.3.1). Der private Schlüssel wird nie geschrieben: private_key_jwt-Pakete erwarten eine client_assertion, die Sie signieren (das curl-Skript liest CLIENT_ASSERTION oder die Standardeingabe), Mutual-TLS-Pakete nennen die Zertifikats- und Schlüsseldateien, die Sie bereitstellen (CLIENT_CERT und CLIENT_KEY für curl und Bruno, --ssl-client-cert und --ssl-client-key für newman).</translation>
    </message>
    <message>
        <source>postman, bruno, http or curl.</source>
        <translation>postman, bruno, http oder curl.</translation>
    </message>
    <message>
        <source>The folder (postman, bruno) or file (http, curl) to write; a name ending in .zip: one zip file with the whole pack.</source>
        <translation>Der zu schreibende Ordner (postman, bruno) oder die Datei (http, curl); ein Name auf .zip: eine ZIP-Datei mit dem ganzen Paket.</translation>
    </message>
    <message>
        <source>Write the client secret into the pack (from the keychain).</source>
        <translation>Das Client-Secret in das Paket schreiben (aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>The sample API call&apos;s path under the API base URL (default /).</source>
        <translation>Der Pfad des Beispiel-API-Aufrufs unter der API-Basis-URL (Standard: /).</translation>
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
        <translation>oauthdesk-cli ist das zweite Frontend von OAuthDesk, für dieselben Anwendungsfälle wie die Desktop-App: dieselbe SQLite-Datendatei, dieselben Schlüsselbund-Einträge, dieselben Test-Tokens. Was die App für einen Menschen tun kann, tut dieses Programm für ein Skript: standardmäßig Tabellen für Menschen, --json für ein stabiles JSON-Dokument, dokumentierte Exit-Codes und Fehler auf der Standardfehlerausgabe in denselben klaren Worten wie in der App.</translation>
    </message>
    <message>
        <source>Applications, environments and clients are named by their id or their exact name; a client also by its client ID; a certificate by its id, JWK kid or subject. A name two objects share is refused with their ids (exit status 10).</source>
        <translation>Anwendungen, Umgebungen und Clients werden über ihre ID oder ihren exakten Namen angegeben; ein Client auch über seine Client-ID; ein Zertifikat über seine ID, JWK-kid oder sein Subject. Ein Name, den zwei Objekte teilen, wird mit deren IDs abgelehnt (Exit-Status 10).</translation>
    </message>
    <message>
        <source>Also spelled: %1.</source>
        <translation>Auch geschrieben: %1.</translation>
    </message>
    <message>
        <source>Secrets (client secrets, initial access tokens, software statements, passphrases, tokens) are never taken as arguments: other users see arguments in ps(1), and the shell history keeps them. An option such as --secret VALUE is refused (exit status 2) with the way to do it: pipe the secret in with the command&apos;s --...-stdin option, or leave that out to type it at a prompt that does not echo. Secrets and tokens are printed only with --show-secret; curl commands and recorded exchanges show &lt;redacted&gt; instead. Secrets live in the keychain (Secret Service), under the service io.github.oauthdesk.OAuthDesk; without a keychain the command fails with exit status 6 and nothing is written anywhere else.</source>
        <translation>Secrets (Client-Secrets, Initial Access Tokens, Software Statements, Passphrasen, Tokens) werden nie als Argumente angenommen: Andere Benutzer sehen Argumente in ps(1), und die Shell-History behält sie. Eine Option wie --secret VALUE wird abgelehnt (Exit-Status 2), zusammen mit dem richtigen Weg: Übergeben Sie das Secret per Pipe mit der Option --...-stdin des Befehls, oder lassen Sie diese weg, um es an einer Eingabeaufforderung ohne Echo einzugeben. Secrets und Tokens werden nur mit --show-secret ausgegeben; curl-Befehle und aufgezeichnete Anfragen und Antworten zeigen stattdessen &lt;redacted&gt;. Secrets liegen im Schlüsselbund (Secret Service) unter dem Dienst io.github.oauthdesk.OAuthDesk; ohne Schlüsselbund schlägt der Befehl mit Exit-Status 6 fehl, und nirgendwo sonst wird etwas geschrieben.</translation>
    </message>
    <message>
        <source>With --json every command prints one JSON document with &quot;ok&quot; (true or false). Lists are {&quot;applications&quot;|&quot;environments&quot;|&quot;clients&quot;|&quot;certificates&quot;: [...]}; one object is {&quot;application&quot;|&quot;environment&quot;|&quot;client&quot;|&quot;certificate&quot;: {...}}. Failures are {&quot;ok&quot;: false, &quot;error&quot;: {&quot;code&quot;, &quot;message&quot;, &quot;detail&quot;, &quot;exitCode&quot;}}.
A client has id, name, clientId, description, applicationId, environmentId, applicationType, grantTypes, pkce, redirectUris, postLogoutRedirectUris, scopes, accessTokenLifetime, refreshTokenLifetime, authMethod, signingCertificateId, transportCertificateId, certificateBoundTokens, status, registrationClientUri, clientIdIssuedAt, clientSecretExpiresAt (RFC 7591, when the AS named one; else null), createdAt, updatedAt. An environment has id, name, issuer, connectivity, apiBaseUrl, headers [{name, value}], caBundle, assertionAudience, discoveryFetchedAt, createdAt; in the envs commands also clientCa [{subject, issuer, notBefore, notAfter, sha256Thumbprint, selfSigned}], the CA certificates the AS trusts for client certificates ([] when not recorded). A certificate has id, applicationId, purpose, keyAlgorithm, state, subject, subjectAltNames, serialNumber, notBefore, notAfter, sha256Thumbprint, x5tS256, kid, hasCsr, hasCertificate, createdAt.
token and signin print ok, client {id, name, clientId, authMethod}, environment {id, name, issuer}, tokenEndpoint, status, latencyMs, tls, clientCertificatePresented, checksFailed [...], curl (redacted), and on success tokenType, expiresIn, expiresAt, scopes {requested, granted, notGranted, notRequested, omitted}, accessTokenFormat (jwt or opaque), refreshToken and idToken (whether issued), jwt {header, claims}, signature {status (valid, invalid, no_matching_key, unsupported_algorithm, bad_key_set, not_checked), valid, alg, kid, message}, binding {verdict (bound, not_bound, missing, other_certificate, nothing_presented, unknown), good, bound, expected, presentedThumbprint, tokenThumbprint, evidence, message}, clientAssertion {header, claims}; signin adds authorizationUrl, redirectUri and idTokenCheck {ok, subject, signature, checks [{name, passed, text}]}. On failure, error. accessToken (and refreshTokenValue, idTokenValue) only with --show-secret. introspect prints introspection {active, summary, expiresAt, claims}; revoke prints revoked and the introspection after it.</source>
        <translation>Mit --json gibt jeder Befehl ein JSON-Dokument mit &quot;ok&quot; (true oder false) aus. Listen sind {&quot;applications&quot;|&quot;environments&quot;|&quot;clients&quot;|&quot;certificates&quot;: [...]}; ein einzelnes Objekt ist {&quot;application&quot;|&quot;environment&quot;|&quot;client&quot;|&quot;certificate&quot;: {...}}. Fehler sind {&quot;ok&quot;: false, &quot;error&quot;: {&quot;code&quot;, &quot;message&quot;, &quot;detail&quot;, &quot;exitCode&quot;}}.
Ein Client hat id, name, clientId, description, applicationId, environmentId, applicationType, grantTypes, pkce, redirectUris, postLogoutRedirectUris, scopes, accessTokenLifetime, refreshTokenLifetime, authMethod, signingCertificateId, transportCertificateId, certificateBoundTokens, status, registrationClientUri, clientIdIssuedAt, clientSecretExpiresAt (RFC 7591, wenn der AS einen Wert genannt hat; sonst null), createdAt, updatedAt. Eine Umgebung hat id, name, issuer, connectivity, apiBaseUrl, headers [{name, value}], caBundle, assertionAudience, discoveryFetchedAt, createdAt; in den envs-Befehlen außerdem clientCa [{subject, issuer, notBefore, notAfter, sha256Thumbprint, selfSigned}], die CA-Zertifikate, denen der AS bei Client-Zertifikaten vertraut ([], wenn nicht erfasst). Ein Zertifikat hat id, applicationId, purpose, keyAlgorithm, state, subject, subjectAltNames, serialNumber, notBefore, notAfter, sha256Thumbprint, x5tS256, kid, hasCsr, hasCertificate, createdAt.
token und signin geben ok, client {id, name, clientId, authMethod}, environment {id, name, issuer}, tokenEndpoint, status, latencyMs, tls, clientCertificatePresented, checksFailed [...], curl (geschwärzt) aus, bei Erfolg außerdem tokenType, expiresIn, expiresAt, scopes {requested, granted, notGranted, notRequested, omitted}, accessTokenFormat (jwt oder opaque), refreshToken und idToken (ob ausgestellt), jwt {header, claims}, signature {status (valid, invalid, no_matching_key, unsupported_algorithm, bad_key_set, not_checked), valid, alg, kid, message}, binding {verdict (bound, not_bound, missing, other_certificate, nothing_presented, unknown), good, bound, expected, presentedThumbprint, tokenThumbprint, evidence, message}, clientAssertion {header, claims}; signin ergänzt authorizationUrl, redirectUri und idTokenCheck {ok, subject, signature, checks [{name, passed, text}]}. Bei einem Fehler error. accessToken (sowie refreshTokenValue, idTokenValue) nur mit --show-secret. introspect gibt introspection {active, summary, expiresAt, claims} aus; revoke gibt revoked und die anschließende Introspection aus.</translation>
    </message>
    <message>
        <source>The folder of the data file when --data-dir is not given (as for the app).</source>
        <translation>Der Ordner der Datendatei, wenn --data-dir nicht angegeben ist (wie bei der App).</translation>
    </message>
    <message>
        <source>The data file (no secrets in it), shared with the app.</source>
        <translation>Die Datendatei (ohne Secrets), gemeinsam mit der App genutzt.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
        <translation>Gebundene Tokens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration URI</source>
        <translation>Registrierungs-URI</translation>
    </message>
    <message>
        <source>Client ID issued</source>
        <translation>Client-ID ausgestellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Subject alt names</source>
        <translation>Alternative Antragstellernamen</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>x5t#S256</source>
        <translation>x5t#S256</translation>
    </message>
    <message>
        <source>JWK kid</source>
        <translation>JWK-kid</translation>
    </message>
    <message>
        <source>(no HTTP answer: %1)
</source>
        <translation>(keine HTTP-Antwort: %1)
</translation>
    </message>
    <message>
        <source>Client / field</source>
        <translation>Client / Feld</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has clients%3.</source>
        <translation>Weder %1 noch %2 hat Clients%3.</translation>
    </message>
    <message>
        <source> in this application</source>
        <translation> in dieser Anwendung</translation>
    </message>
    <message>
        <source>%1 and %2 have the same clients with the same settings.</source>
        <translation>%1 und %2 haben dieselben Clients mit denselben Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) differ.</source>
        <translation>
            <numerusform>%n Client unterscheidet sich.</numerusform>
            <numerusform>%n Clients unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>not copied</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Promote &quot;%1&quot; to %2:</source>
        <translation>„%1“ in %2 übernehmen:</translation>
    </message>
    <message>
        <source>Not promoted: %1 refuses what the client needs (the ✘ lines above).</source>
        <translation>Nicht übernommen: %1 lehnt ab, was der Client braucht (die ✘-Zeilen oben).</translation>
    </message>
    <message>
        <source>Add --register to register the client at %1&apos;s AS, or --client-id with the ID it issued.</source>
        <translation>Fügen Sie --register hinzu, um den Client beim AS von %1 zu registrieren, oder --client-id mit der ID, die dieser ausgestellt hat.</translation>
    </message>
    <message>
        <source>%1&apos;s AS offers no registration: add --client-id with the client ID it issued.</source>
        <translation>Der AS von %1 bietet keine Registrierung: Fügen Sie --client-id mit der Client-ID hinzu, die er ausgestellt hat.</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot; in %2 with fresh credentials%3?</source>
        <translation>„%1“ in %2 mit neuen Zugangsdaten anlegen%3?</translation>
    </message>
    <message>
        <source> and register it there</source>
        <translation> und dort registrieren</translation>
    </message>
    <message>
        <source>Not promoted. Add --yes to promote without being asked.</source>
        <translation>Nicht übernommen. Fügen Sie --yes hinzu, um ohne Nachfrage zu übernehmen.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; in %2 (id %3), client ID %4%5.</source>
        <translation>„%1“ in %2 angelegt (ID %3), Client-ID %4%5.</translation>
    </message>
    <message>
        <source>, registered there</source>
        <translation>, dort registriert</translation>
    </message>
    <message>
        <source>New signing key: %1, kid %2.</source>
        <translation>Neuer Signaturschlüssel: %1, kid %2.</translation>
    </message>
    <message>
        <source>New transport key: %1, %2.</source>
        <translation>Neuer Transportschlüssel: %1, %2.</translation>
    </message>
    <message>
        <source>The AS granted differently: %1</source>
        <translation>Der AS hat abweichend gewährt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Compare two environments&apos; clients side by side (same application, same name).</source>
        <translation>Die Clients zweier Umgebungen nebeneinander vergleichen (gleiche Anwendung, gleicher Name).</translation>
    </message>
    <message>
        <source>Pairs the clients of ENV_A and ENV_B by application and name and compares grant types, scopes, authentication method, redirect URIs, token lifetimes, the assertion audience, certificates (subject, key algorithm, expiry, state; never a key) and registration state. Lines start with = (same), ≠ (differs), &lt; (only in ENV_A) or &gt; (only in ENV_B). The exit status is 0 whether or not they differ; with --exit-code it is 1 when they differ, as git diff --exit-code.</source>
        <translation>Paart die Clients von ENV_A und ENV_B nach Anwendung und Name und vergleicht Grant-Types, Scopes, Authentifizierungsmethode, Redirect-URIs, Token-Lebensdauern, die Assertion-Audience, Zertifikate (Subject, Schlüsselalgorithmus, Ablauf, Zustand; nie einen Schlüssel) und den Registrierungsstatus. Zeilen beginnen mit = (gleich), ≠ (unterschiedlich), &lt; (nur in ENV_A) oder &gt; (nur in ENV_B). Der Exit-Status ist 0, ob sie sich unterscheiden oder nicht; mit --exit-code ist er 1, wenn sie sich unterscheiden, wie bei git diff --exit-code.</translation>
    </message>
    <message>
        <source>Only the clients of this application.</source>
        <translation>Nur die Clients dieser Anwendung.</translation>
    </message>
    <message>
        <source>List equal fields too.</source>
        <translation>Auch gleiche Felder auflisten.</translation>
    </message>
    <message>
        <source>Exit with 1 when the environments differ.</source>
        <translation>Mit 1 beenden, wenn sich die Umgebungen unterscheiden.</translation>
    </message>
    <message>
        <source>Create CLIENT in another environment with the same settings and fresh credentials.</source>
        <translation>CLIENT in einer anderen Umgebung mit denselben Einstellungen und neuen Zugangsdaten anlegen.</translation>
    </message>
    <message>
        <source>Prints the plan first: what is copied, what is made fresh (a new secret, new keys and CSRs: never CLIENT&apos;s key or certificate), what cannot be copied (the client ID the target AS assigns, a certificate its CA must issue, environment headers), and what the target AS does not support (refused: nothing is made). --dry-run stops after the plan (exit status 2 when refused). --register registers the client at the target AS (RFC 7591); without it give --client-id. If the registration fails, the fresh keys are removed again.</source>
        <translation>Gibt zuerst den Plan aus: was kopiert wird, was neu erzeugt wird (ein neues Secret, neue Schlüssel und CSRs: nie der Schlüssel oder das Zertifikat von CLIENT), was nicht kopiert werden kann (die Client-ID, die der Ziel-AS vergibt, ein Zertifikat, das seine CA ausstellen muss, Header der Umgebung) und was der Ziel-AS nicht unterstützt (abgelehnt: dann wird nichts angelegt). --dry-run endet nach dem Plan (Exit-Status 2 bei Ablehnung). --register registriert den Client beim Ziel-AS (RFC 7591); ohne diese Option geben Sie --client-id an. Schlägt die Registrierung fehl, werden die neuen Schlüssel wieder entfernt.</translation>
    </message>
    <message>
        <source>The target environment (required).</source>
        <translation>Die Zielumgebung (erforderlich).</translation>
    </message>
    <message>
        <source>Register the new client at the target&apos;s AS.</source>
        <translation>Den neuen Client beim AS des Ziels registrieren.</translation>
    </message>
    <message>
        <source>Without --register: the client ID the target AS issued.</source>
        <translation>Ohne --register: die Client-ID, die der Ziel-AS ausgestellt hat.</translation>
    </message>
    <message>
        <source>Print the plan only.</source>
        <translation>Nur den Plan ausgeben.</translation>
    </message>
    <message>
        <source>Name the target environment with --to ENV.</source>
        <translation>Geben Sie die Zielumgebung mit --to ENV an.</translation>
    </message>
    <message>
        <source>--ics: %1 cannot be written (%2). Pick a file in a folder you can write to.</source>
        <translation>--ics: %1 kann nicht geschrieben werden (%2). Wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 written (%2 calendar events).</source>
        <translation>%1 geschrieben (%2 Kalendereinträge).</translation>
    </message>
    <message>
        <source>Nothing expires within %1 days.</source>
        <translation>Innerhalb von %1 Tagen läuft nichts ab.</translation>
    </message>
    <message>
        <source>Nothing recorded expires.</source>
        <translation>Nichts Erfasstes läuft ab.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>URGENCY</source>
        <translation>DRINGLICHKEIT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>ANWENDUNG</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>--output: name the zip file to write, e.g. --output support.zip.</source>
        <translation>--output: Geben Sie die zu schreibende ZIP-Datei an, z. B. --output support.zip.</translation>
    </message>
    <message>
        <source>--%1 is for the sign-in: add --sign-in.</source>
        <translation>--%1 gilt für die Anmeldung: Fügen Sie --sign-in hinzu.</translation>
    </message>
    <message>
        <source>--sign-in: &quot;%1&quot; gets its test token without a browser; leave --sign-in out.</source>
        <translation>--sign-in: „%1“ erhält sein Test-Token ohne Browser; lassen Sie --sign-in weg.</translation>
    </message>
    <message>
        <source>The sign-in did not finish.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Getting a test token for &quot;%1&quot;…</source>
        <translation>Test-Token für „%1“ wird geholt…</translation>
    </message>
    <message>
        <source>Test session: %1</source>
        <translation>Test-Sitzung: %1</translation>
    </message>
    <message>
        <source>Running the doctor…</source>
        <translation>Diagnose läuft…</translation>
    </message>
    <message>
        <source>The doctor could not run (%1); the bundle has no report.</source>
        <translation>Die Diagnose konnte nicht laufen (%1); das Paket enthält keinen Bericht.</translation>
    </message>
    <message>
        <source>Support bundle written to %1 (%2 bytes): %3. Secrets, tokens and signatures are redacted.</source>
        <translation>Support-Paket nach %1 geschrieben (%2 Byte): %3. Secrets, Tokens und Signaturen sind geschwärzt.</translation>
    </message>
    <message>
        <source>Where to write the bundle (required).</source>
        <translation>Wohin das Paket geschrieben wird (erforderlich).</translation>
    </message>
    <message>
        <source>Sign in through the browser first (interactive clients) and bundle that session.</source>
        <translation>Zuerst über den Browser anmelden (interaktive Clients) und diese Sitzung ins Paket aufnehmen.</translation>
    </message>
    <message>
        <source>List what expires: certificates, the local CA, client secrets, registration tokens.</source>
        <translation>Auflisten, was abläuft: Zertifikate, die lokale CA, Client-Secrets, Registrierungs-Tokens.</translation>
    </message>
    <message>
        <source>Everything with an expiry date across every environment and application, soonest first, with the days left and its urgency (expired, within 14 days, within 30 days, later). --within limits the list to what expires by then (expired items always show); durations are days (30d or 30), weeks (12w), months of 30 days (6m) or years (1y). --ics writes the same list as an iCalendar file, one all-day event per item with a reminder 14 days before. A client secret is listed when the AS named its expiry at registration (client_secret_expires_at). Exits 0 even when the list is empty.</source>
        <translation>Alles mit einem Ablaufdatum über alle Umgebungen und Anwendungen, das Früheste zuerst, mit den verbleibenden Tagen und der Dringlichkeit (abgelaufen, innerhalb von 14 Tagen, innerhalb von 30 Tagen, später). --within beschränkt die Liste auf das, was bis dahin abläuft (Abgelaufenes wird immer angezeigt); Zeiträume sind Tage (30d oder 30), Wochen (12w), Monate zu 30 Tagen (6m) oder Jahre (1y). --ics schreibt dieselbe Liste als iCalendar-Datei, ein ganztägiger Termin pro Eintrag mit einer Erinnerung 14 Tage vorher. Ein Client-Secret erscheint, wenn der AS bei der Registrierung seinen Ablauf genannt hat (client_secret_expires_at). Der Exit-Status ist auch bei leerer Liste 0.</translation>
    </message>
    <message>
        <source>Only what expires within DURATION (30d, 12w, 6m).</source>
        <translation>Nur, was innerhalb von DURATION abläuft (30d, 12w, 6m).</translation>
    </message>
    <message>
        <source>Also write the list to FILE as iCalendar (.ics).</source>
        <translation>Die Liste außerdem als iCalendar (.ics) in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write a support bundle for a client (zip, secrets redacted).</source>
        <translation>Ein Support-Paket für einen Client schreiben (ZIP, Secrets geschwärzt).</translation>
    </message>
    <message>
        <source>Gets a fresh test token for CLIENT and runs the doctor, then writes one zip with the exchanges (every secret, token, assertion signature, authorization code, code_verifier and Authorization header redacted; JWT payloads kept), the doctor&apos;s report, the client&apos;s configuration, the AS metadata and the versions of OAuthDesk, Qt, OpenSSL and the OS. CLIENT is the client&apos;s id, name or client ID. A client that signs people in through a browser (native, SPA, web) gets no token without one: its bundle says it holds no exchanges, unless --sign-in runs the sign-in as &quot;signin&quot; does (the link printed on stderr, the browser coming back to the loopback redirect), and the bundle holds its authorization request, token exchange and JWKS fetch.</source>
        <translation>Holt ein neues Test-Token für CLIENT, führt die Diagnose aus und schreibt dann eine ZIP-Datei mit den Anfragen und Antworten (jedes Secret, Token, jede Assertion-Signatur, jeder Authorization Code, code_verifier und Authorization-Header geschwärzt; JWT-Payloads bleiben erhalten), dem Bericht der Diagnose, der Konfiguration des Clients, den AS-Metadaten und den Versionen von OAuthDesk, Qt, OpenSSL und dem Betriebssystem. CLIENT ist die ID, der Name oder die Client-ID des Clients. Ein Client, der Personen über einen Browser anmeldet (native, SPA, web), erhält ohne Anmeldung kein Token: Sein Paket vermerkt dann, dass es keine Anfragen enthält, außer --sign-in führt die Anmeldung wie „signin“ durch (der Link wird auf stderr ausgegeben, der Browser kehrt zur Loopback-Redirect-URI zurück); dann enthält das Paket Autorisierungsanfrage, Token-Austausch und JWKS-Abruf.</translation>
    </message>
    <message>
        <source>Client secret issued by the AS</source>
        <translation>Vom AS ausgestelltes Client-Secret</translation>
    </message>
    <message>
        <source>The AS of &quot;%1&quot; offers no registration endpoint in its cached discovery: run &quot;oauthdesk-cli envs discover %1&quot; first, or record a client registered elsewhere with &quot;clients create&quot;.</source>
        <translation>Der AS von „%1“ bietet in seiner zwischengespeicherten Discovery keinen Registrierungsendpunkt: Führen Sie zuerst „oauthdesk-cli envs discover %1“ aus, oder erfassen Sie einen anderswo registrierten Client mit „clients create“.</translation>
    </message>
    <message>
        <source>Registered &quot;%1&quot; at the AS: client ID %2 (id %3).</source>
        <translation>„%1“ beim AS registriert: Client-ID %2 (ID %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not registered through OAuthDesk (it has no registration management URI), so the AS cannot be asked about it.</source>
        <translation>„%1“ wurde nicht über OAuthDesk registriert (keine URI zur Registrierungsverwaltung), daher kann der AS nicht danach gefragt werden.</translation>
    </message>
    <message>
        <source>Read &quot;%1&quot; (client ID %2, id %3) back from the AS; the local record has its values.</source>
        <translation>„%1“ (Client-ID %2, ID %3) vom AS zurückgelesen; der lokale Datensatz hat jetzt dessen Werte.</translation>
    </message>
    <message>
        <source>Updated &quot;%1&quot; (client ID %2, id %3) at the AS and here.</source>
        <translation>„%1“ (Client-ID %2, ID %3) beim AS und hier aktualisiert.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (client ID %2) at the AS, then here with its keychain entries?</source>
        <translation>„%1“ (Client-ID %2) beim AS löschen, dann hier mit seinen Schlüsselbund-Einträgen?</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (client ID %2) at the AS and here.</source>
        <translation>„%1“ (Client-ID %2) beim AS und hier gelöscht.</translation>
    </message>
    <message>
        <source>For a client registered through OAuthDesk (it keeps the registration access token in the keychain).</source>
        <translation>Für einen über OAuthDesk registrierten Client (das Registrierungs-Access-Token liegt im Schlüsselbund).</translation>
    </message>
    <message>
        <source>Register a new client at the environment&apos;s AS (RFC 7591).</source>
        <translation>Einen neuen Client beim AS der Umgebung registrieren (RFC 7591).</translation>
    </message>
    <message>
        <source>Sends client_name, grant_types, response_types, redirect_uris, token_endpoint_auth_method, scope, application_type, the signing key&apos;s JWKS (private_key_jwt), the self-signed certificate (self_signed_tls_client_auth) or the certificate&apos;s subject DN (tls_client_auth) and the environment&apos;s software statement, with its initial access token. What the AS answers is saved: its client ID, and the secret and registration access token in the keychain. What it granted differently is listed.</source>
        <translation>Sendet client_name, grant_types, response_types, redirect_uris, token_endpoint_auth_method, scope, application_type, das JWKS des Signaturschlüssels (private_key_jwt), das selbst signierte Zertifikat (self_signed_tls_client_auth) oder den Subject-DN des Zertifikats (tls_client_auth) und das Software Statement der Umgebung, mit deren Initial Access Token. Die Antwort des AS wird gespeichert: die Client-ID, dazu Secret und Registrierungs-Access-Token im Schlüsselbund. Was er abweichend gewährt hat, wird aufgelistet.</translation>
    </message>
    <message>
        <source>Read the client&apos;s registration back from the AS (RFC 7592 GET).</source>
        <translation>Die Registrierung des Clients vom AS zurücklesen (RFC 7592 GET).</translation>
    </message>
    <message>
        <source>The AS&apos;s values replace the local ones; the differences are listed.</source>
        <translation>Die Werte des AS ersetzen die lokalen; die Unterschiede werden aufgelistet.</translation>
    </message>
    <message>
        <source>Send the client&apos;s settings to the AS (RFC 7592 PUT of the full metadata).</source>
        <translation>Die Einstellungen des Clients an den AS senden (RFC 7592 PUT mit den vollständigen Metadaten).</translation>
    </message>
    <message>
        <source>Takes the same options as &quot;clients edit&quot;; they are applied, sent, and what the AS answers is saved.</source>
        <translation>Nimmt dieselben Optionen wie „clients edit“; sie werden angewendet und gesendet, und die Antwort des AS wird gespeichert.</translation>
    </message>
    <message>
        <source>Delete the client at the AS (RFC 7592 DELETE), then here with its keychain entries.</source>
        <translation>Den Client beim AS löschen (RFC 7592 DELETE), dann hier mit seinen Schlüsselbund-Einträgen.</translation>
    </message>
    <message>
        <source>subject %1, waiting for the CA&apos;s certificate (id %2)</source>
        <translation>Subject %1, wartet auf das Zertifikat der CA (ID %2)</translation>
    </message>
    <message>
        <source>serial %1, subject %2, valid until %3 (id %4)</source>
        <translation>Seriennummer %1, Subject %2, gültig bis %3 (ID %4)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>(Datum unbekannt)</translation>
    </message>
    <message>
        <source>Old certificate</source>
        <translation>Altes Zertifikat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Old key</source>
        <translation>Alter Schlüssel</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Neues Zertifikat</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Kids at the AS</source>
        <translation>Kids beim AS</translation>
    </message>
    <message>
        <source>jwks_uri</source>
        <translation>jwks_uri</translation>
    </message>
    <message>
        <source>Subject at the AS</source>
        <translation>Subject beim AS</translation>
    </message>
    <message>
        <source>Proposed subject</source>
        <translation>Vorgeschlagenes Subject</translation>
    </message>
    <message>
        <source>%1 (--subject DN for another, --same-subject to keep %2)</source>
        <translation>%1 (--subject DN für ein anderes, --same-subject, um %2 zu behalten)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Give one of --status, --step, --all and --abandon.</source>
        <translation>Geben Sie eine der Optionen --status, --step, --all und --abandon an.</translation>
    </message>
    <message>
        <source>Give --subject or --same-subject, not both.</source>
        <translation>Geben Sie --subject oder --same-subject an, nicht beides.</translation>
    </message>
    <message>
        <source>No rotation of &quot;%1&quot; is in progress.</source>
        <translation>Für „%1“ läuft keine Rotation.</translation>
    </message>
    <message>
        <source>Abandon the rotation of &quot;%1&quot; and delete the new key (kid %2)?</source>
        <translation>Die Rotation von „%1“ abbrechen und den neuen Schlüssel (kid %2) löschen?</translation>
    </message>
    <message>
        <source>Not abandoned: confirm with --yes.</source>
        <translation>Nicht abgebrochen: Bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>Rotation abandoned: the new key is removed; the client keeps kid %1.</source>
        <translation>Rotation abgebrochen: Der neue Schlüssel ist entfernt; der Client behält kid %1.</translation>
    </message>
    <message>
        <source>--subject and --same-subject choose the new certificate&apos;s subject when a tls_client_auth rotation starts (step 1).</source>
        <translation>--subject und --same-subject wählen das Subject des neuen Zertifikats, wenn eine tls_client_auth-Rotation beginnt (Schritt 1).</translation>
    </message>
    <message>
        <source>Remove the old key (kid %1) from the keychain for good?</source>
        <translation>Den alten Schlüssel (kid %1) endgültig aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>The old key stays (step 6 not run): confirm with --yes.</source>
        <translation>Der alte Schlüssel bleibt (Schritt 6 nicht ausgeführt): Bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>Step %1: %2…</source>
        <translation>Schritt %1: %2…</translation>
    </message>
    <message>
        <source>There is no JWKS file to publish at this step (%1).</source>
        <translation>In diesem Schritt gibt es keine JWKS-Datei zu veröffentlichen (%1).</translation>
    </message>
    <message>
        <source>Rotate a private_key_jwt or mutual TLS client&apos;s key, step by step, each verified live.</source>
        <translation>Den Schlüssel eines private_key_jwt- oder Mutual-TLS-Clients Schritt für Schritt rotieren, jeden Schritt live geprüft.</translation>
    </message>
    <message>
        <source>The six steps: generate the new key (the old one stays in use), publish it beside the old one (RFC 7592 update of the registered jwks, or the JWKS file for a jwks_uri host: --jwks-out), verify a token with the new key only, switch the client to it, retire the old key at the AS (a token with the new key works, the old one is refused), remove the old key from the keychain (asks, or --yes). Without an option: the state (&quot;step 3 of 6 — new key published, not yet verified&quot;). Interrupted, the client keeps its key; run again to resume.

tls_client_auth (RFC 8705 §2.1): the AS matches the certificate&apos;s subject DN, not its key, and holds one subject per client. Step 1 makes a CSR with a new subject by default (the CN gets a suffix, &quot;billing-service&quot; → &quot;billing-service-r2&quot;; --subject DN for another): step 3 registers it for one test token and puts the old subject back, step 4 switches the AS and the client together, and step 5 proves the AS refuses the old certificate. Have the CA the AS trusts issue the certificate for the CSR (certs show ID --pem, ID as in new_key) and import it (certs import ID FILE) before step 2. --same-subject keeps the old subject: nothing changes at the AS, but it cannot refuse the old certificate, which stays valid until it expires (step 5 proves it still works and shows the date; only the CA can revoke it).</source>
        <translation>Die sechs Schritte: den neuen Schlüssel erzeugen (der alte bleibt in Gebrauch), ihn neben dem alten veröffentlichen (RFC-7592-Update der registrierten jwks oder die JWKS-Datei für einen jwks_uri-Host: --jwks-out), ein Token nur mit dem neuen Schlüssel prüfen, den Client darauf umstellen, den alten Schlüssel beim AS zurückziehen (ein Token mit dem neuen Schlüssel funktioniert, der alte wird abgelehnt), den alten Schlüssel aus dem Schlüsselbund entfernen (mit Nachfrage, oder --yes). Ohne Option: der Zustand („Rotation läuft: Schritt 3 von 6 — neuer Schlüssel veröffentlicht, noch nicht geprüft“). Nach einer Unterbrechung behält der Client seinen Schlüssel; ein erneuter Aufruf setzt fort.

tls_client_auth (RFC 8705 §2.1): Der AS vergleicht den Subject-DN des Zertifikats, nicht seinen Schlüssel, und hält ein Subject pro Client. Schritt 1 erstellt standardmäßig einen CSR mit neuem Subject (der CN bekommt ein Suffix, „billing-service“ → „billing-service-r2“; --subject DN für ein anderes): Schritt 3 registriert es für ein Test-Token und setzt das alte Subject zurück, Schritt 4 stellt AS und Client gemeinsam um, und Schritt 5 beweist, dass der AS das alte Zertifikat ablehnt. Lassen Sie vor Schritt 2 die CA, der der AS vertraut, das Zertifikat für den CSR ausstellen (certs show ID --pem, ID wie in new_key), und importieren Sie es (certs import ID FILE). --same-subject behält das alte Subject: Beim AS ändert sich nichts, aber er kann das alte Zertifikat nicht ablehnen; es bleibt gültig, bis es abläuft (Schritt 5 beweist, dass es noch funktioniert, und zeigt das Datum; nur die CA kann es widerrufen).</translation>
    </message>
    <message>
        <source>Show the rotation&apos;s state (the default).</source>
        <translation>Den Zustand der Rotation anzeigen (Standard).</translation>
    </message>
    <message>
        <source>Perform and verify the next step.</source>
        <translation>Den nächsten Schritt ausführen und prüfen.</translation>
    </message>
    <message>
        <source>Perform and verify every remaining step.</source>
        <translation>Alle verbleibenden Schritte ausführen und prüfen.</translation>
    </message>
    <message>
        <source>Remove the new key and leave the client as it was (before the switch).</source>
        <translation>Den neuen Schlüssel entfernen und den Client lassen, wie er war (vor der Umstellung).</translation>
    </message>
    <message>
        <source>tls_client_auth, step 1: the new certificate&apos;s subject (RFC 4514, &quot;CN=billing-service-r2,O=Example Org&quot;); default: the proposed one.</source>
        <translation>tls_client_auth, Schritt 1: das Subject des neuen Zertifikats (RFC 4514, „CN=billing-service-r2,O=Example Org“); Standard: das vorgeschlagene.</translation>
    </message>
    <message>
        <source>tls_client_auth, step 1: keep the old certificate&apos;s subject (the AS then cannot refuse the old certificate).</source>
        <translation>tls_client_auth, Schritt 1: das Subject des alten Zertifikats behalten (der AS kann das alte Zertifikat dann nicht ablehnen).</translation>
    </message>
    <message>
        <source>Write the JWKS file to publish at the jwks_uri host (public keys only).</source>
        <translation>Die JWKS-Datei schreiben, die auf dem jwks_uri-Host zu veröffentlichen ist (nur öffentliche Schlüssel).</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so nothing can be typed without echo: pipe the secret in with the command&apos;s --…-stdin option.</source>
        <translation>Die Standardeingabe ist kein Terminal, daher kann nichts ohne Echo eingegeben werden: Übergeben Sie das Secret per Pipe mit der Option --…-stdin des Befehls.</translation>
    </message>
    <message>
        <source>The terminal could not be read.</source>
        <translation>Das Terminal konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing was typed, so nothing was changed.</source>
        <translation>Es wurde nichts eingegeben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: standard input could not be read.</source>
        <translation>%1: Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: standard input has more than %2 bytes; pipe in only the secret.</source>
        <translation>%1: Die Standardeingabe hat mehr als %2 Byte; übergeben Sie nur das Secret.</translation>
    </message>
    <message>
        <source>%1: standard input was empty; pipe the secret in (one line).</source>
        <translation>%1: Die Standardeingabe war leer; übergeben Sie das Secret per Pipe (eine Zeile).</translation>
    </message>
    <message>
        <source>Again, to be sure: </source>
        <translation>Noch einmal, zur Sicherheit: </translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed. Try again.</source>
        <translation>Die beiden Eingaben unterscheiden sich; nichts wurde geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: standard input has more than %2 bytes.</source>
        <translation>%1: Die Standardeingabe hat mehr als %2 Byte.</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Das Token</translation>
    </message>
    <message>
        <source>The AS issued no refresh token with this test token (client credentials tokens come without one); sign in with an interactive client, or pipe a refresh token in with --token-stdin.</source>
        <translation>Der AS hat mit diesem Test-Token kein Refresh Token ausgestellt (Client-Credentials-Tokens kommen ohne); melden Sie sich mit einem interaktiven Client an, oder übergeben Sie ein Refresh Token per Pipe mit --token-stdin.</translation>
    </message>
    <message>
        <source>The AS publishes no introspection endpoint in its discovery metadata.</source>
        <translation>Der AS veröffentlicht in seinen Discovery-Metadaten keinen Introspection-Endpunkt.</translation>
    </message>
    <message>
        <source>The AS publishes no revocation endpoint in its discovery metadata.</source>
        <translation>Der AS veröffentlicht in seinen Discovery-Metadaten keinen Widerrufsendpunkt.</translation>
    </message>
    <message>
        <source>✔ Revoked (HTTP %1).</source>
        <translation>✔ Widerrufen (HTTP %1).</translation>
    </message>
    <message>
        <source>Checked with an introspection: </source>
        <translation>Mit einer Introspection geprüft: </translation>
    </message>
    <message>
        <source>The introspection after it failed: %1</source>
        <translation>Die anschließende Introspection ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The refresh token instead of the access token.</source>
        <translation>Das Refresh Token statt des Access Tokens.</translation>
    </message>
    <message>
        <source>Act on the token read from standard input instead of a fresh test token.</source>
        <translation>Mit dem von der Standardeingabe gelesenen Token arbeiten statt mit einem neuen Test-Token.</translation>
    </message>
    <message>
        <source>Without --token-stdin the token is a fresh test token of CLIENT (as &quot;token&quot; gets it). Some ASs (oidc-provider among them) do not keep JWT access tokens and call them inactive; opaque access tokens and refresh tokens they answer about.</source>
        <translation>Ohne --token-stdin ist das Token ein neues Test-Token von CLIENT (wie „token“ es holt). Manche AS (darunter oidc-provider) speichern JWT-Access-Tokens nicht und melden sie als inaktiv; zu opaken Access Tokens und Refresh Tokens geben sie Auskunft.</translation>
    </message>
    <message>
        <source>Ask the AS about a token (RFC 7662), authenticated as CLIENT.</source>
        <translation>Den AS nach einem Token fragen (RFC 7662), authentifiziert als CLIENT.</translation>
    </message>
    <message>
        <source>The exit status is 0 for an answer, active or not; see &quot;active&quot; in --json.</source>
        <translation>Der Exit-Status ist 0 bei einer Antwort, ob aktiv oder nicht; siehe „active“ in --json.</translation>
    </message>
    <message>
        <source>Revoke a token (RFC 7009), then introspect it to show it inactive.</source>
        <translation>Ein Token widerrufen (RFC 7009) und dann per Introspection zeigen, dass es inaktiv ist.</translation>
    </message>
    <message>
        <source>--format %1 prints the access token, a secret: add --show-secret to say you want it printed.</source>
        <translation>--format %1 gibt das Access Token aus, ein Secret: Fügen Sie --show-secret hinzu, um zu bestätigen, dass Sie es ausgegeben haben wollen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not sign in through a browser (no authorization code grant): this is its client credentials token.</source>
        <translation>„%1“ meldet sich nicht über einen Browser an (kein Authorization-Code-Grant): Dies ist sein Client-Credentials-Token.</translation>
    </message>
    <message>
        <source>--data and --data-stdin contradict each other; give one.</source>
        <translation>--data und --data-stdin widersprechen sich; geben Sie nur eine der beiden an.</translation>
    </message>
    <message>
        <source>The request body</source>
        <translation>Der Anfrage-Body</translation>
    </message>
    <message>
        <source>Calling the API anyway, with the token that did not check out.</source>
        <translation>Die API wird trotzdem aufgerufen, mit dem Token, dessen Prüfung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>oauthdesk-cli: the API answered HTTP %1.</source>
        <translation>oauthdesk-cli: Die API hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>text (default), json, jwt (the access token), header (an Authorization header line) or curl (the request, redacted unless --show-secret). jwt and header need --show-secret.</source>
        <translation>text (Standard), json, jwt (das Access Token), header (eine Zeile mit dem Authorization-Header) oder curl (die Anfrage, geschwärzt außer mit --show-secret). jwt und header brauchen --show-secret.</translation>
    </message>
    <message>
        <source>The request body (sent as application/json).</source>
        <translation>Der Anfrage-Body (als application/json gesendet).</translation>
    </message>
    <message>
        <source>Read the request body from standard input.</source>
        <translation>Den Anfrage-Body von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Also show the request and the response headers (on stderr).</source>
        <translation>Auch die Anfrage und die Antwort-Header zeigen (auf stderr).</translation>
    </message>
    <message>
        <source>Get a test token for a client.</source>
        <translation>Ein Test-Token für einen Client holen.</translation>
    </message>
    <message>
        <source>Test sign-in: the authorization code flow with PKCE through a browser.</source>
        <translation>Test-Anmeldung: der Authorization-Code-Flow mit PKCE über einen Browser.</translation>
    </message>
    <message>
        <source>Prints the authorization link (on stderr), listens on 127.0.0.1 for the browser&apos;s answer (RFC 8252 §7.3), exchanges the code with the client&apos;s authentication and prints the result: the tokens checked as for &quot;token&quot;, and the ID token verified (signature, iss, aud, azp, nonce, exp, iat). The client needs a loopback redirect URI such as http://127.0.0.1/callback.</source>
        <translation>Gibt den Autorisierungslink aus (auf stderr), wartet auf 127.0.0.1 auf die Antwort des Browsers (RFC 8252 §7.3), tauscht den Code mit der Authentifizierung des Clients ein und gibt das Ergebnis aus: die Tokens, geprüft wie bei „token“, und das verifizierte ID-Token (Signatur, iss, aud, azp, nonce, exp, iat). Der Client braucht eine Loopback-Redirect-URI wie http://127.0.0.1/callback.</translation>
    </message>
    <message>
        <source>Call an API with a fresh test token.</source>
        <translation>Eine API mit einem neuen Test-Token aufrufen.</translation>
    </message>
    <message>
        <source>PATH is under the environment&apos;s API base URL; the environment&apos;s headers and Authorization: Bearer go with it (and the transport certificate, which a bound token needs). The response body goes to standard output, the status line to stderr; any status outside 2xx exits with 4.</source>
        <translation>PATH liegt unter der API-Basis-URL der Umgebung; die Header der Umgebung und Authorization: Bearer werden mitgesendet (und das Transportzertifikat, das ein gebundenes Token braucht). Der Antwort-Body geht auf die Standardausgabe, die Statuszeile auf stderr; bei jedem Status außerhalb von 2xx ist der Exit-Status 4.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature could not be checked: %1</source>
        <translation>Die Signatur des Access Tokens konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>no key set</source>
        <translation>kein JWKS</translation>
    </message>
    <message>
        <source>ID token %1: %2</source>
        <translation>ID-Token %1: %2</translation>
    </message>
    <message>
        <source>ID token signature: %1</source>
        <translation>ID-Token-Signatur: %1</translation>
    </message>
    <message>
        <source>✔ Token from %1 in %2 ms (%3%4)
</source>
        <translation>✔ Token von %1 in %2 ms (%3%4)
</translation>
    </message>
    <message>
        <source>, client certificate presented</source>
        <translation>, Client-Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>in %1 s (%2)</source>
        <translation>in %1 s (%2)</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Nicht gewährt</translation>
    </message>
    <message>
        <source>Not asked for</source>
        <translation>Nicht angefordert</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>opaque (only the AS can read it; introspect it)</source>
        <translation>opak (nur der AS kann es lesen; per Introspection prüfen)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Assertion sent</source>
        <translation>Gesendete Assertion</translation>
    </message>
    <message>
        <source>%1, kid %2, aud %3</source>
        <translation>%1, kid %2, aud %3</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>Header:  %1
</source>
        <translation>Header:  %1
</translation>
    </message>
    <message>
        <source>Claims:
</source>
        <translation>Claims:
</translation>
    </message>
    <message>
        <source>✔ ID token of %1 verified
</source>
        <translation>✔ ID-Token von %1 verifiziert
</translation>
    </message>
    <message>
        <source>✘ ID token does not check out (%1)
</source>
        <translation>✘ ID-Token besteht die Prüfung nicht (%1)
</translation>
    </message>
    <message>
        <source>Access token: %1
</source>
        <translation>Access Token: %1
</translation>
    </message>
    <message>
        <source>Ask for this scope instead of the client&apos;s (repeatable, or space-separated).</source>
        <translation>Diesen Scope statt der Scopes des Clients anfordern (wiederholbar oder durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <source>Open the link with xdg-open as well as printing it.</source>
        <translation>Den Link nicht nur ausgeben, sondern auch mit xdg-open öffnen.</translation>
    </message>
    <message>
        <source>How long to wait for the browser (default 300).</source>
        <translation>Wie lange auf den Browser gewartet wird (Standard: 300).</translation>
    </message>
    <message>
        <source>OpenID Connect login_hint for the sign-in.</source>
        <translation>OpenID Connect login_hint für die Anmeldung.</translation>
    </message>
    <message>
        <source>--timeout: a whole number of seconds from 1 to 3600.</source>
        <translation>--timeout: eine ganze Zahl von Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>To sign in, open this link in a browser on this computer:
  %1
Waiting on %2 for the browser to come back (Ctrl+C stops).</source>
        <translation>Öffnen Sie zur Anmeldung diesen Link in einem Browser auf diesem Computer:
  %1
Warten auf %2, bis der Browser zurückkehrt (Strg+C bricht ab).</translation>
    </message>
    <message>
        <source>The browser could not be opened (%1); open the link by hand.</source>
        <translation>Der Browser konnte nicht geöffnet werden (%1); öffnen Sie den Link von Hand.</translation>
    </message>
    <message>
        <source>The browser came back; exchanging the code…</source>
        <translation>Der Browser ist zurückgekehrt; der Code wird eingetauscht…</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: options are spelled in full, such as --help. If &quot;%1&quot; is a key ID or a name, put -- before it: oauthdesk-cli %2 -- %1. %3</source>
        <translation>Unbekannte Option „%1“: Optionen werden ausgeschrieben, etwa --help. Ist „%1“ eine Schlüssel-ID oder ein Name, setzen Sie -- davor: oauthdesk-cli %2 -- %1. %3</translation>
    </message>
    <message>
        <source>For client_secret_basic, client_secret_post and client_secret_jwt the secret goes to the keychain: piped in with --secret-stdin, typed at a prompt that does not echo, or --generate-secret (shown only with --show-secret). The type&apos;s recommended settings apply, as in the wizard; what the rules reject is named by its option.</source>
        <translation>Für client_secret_basic, client_secret_post und client_secret_jwt kommt das Secret in den Schlüsselbund: per --secret-stdin übergeben, an einer Eingabeaufforderung ohne Echo eingegeben oder mit --generate-secret erzeugt (angezeigt nur mit --show-secret). Die empfohlenen Einstellungen des Typs gelten wie im Assistenten; was die Regeln ablehnen, wird mit der zugehörigen Option genannt.</translation>
    </message>
    <message>
        <source>CLIENT is the client&apos;s id, name or client ID. Its environment&apos;s AS is asked as the GUI&apos;s &quot;Get test token&quot; does: discovery when not cached, the client&apos;s own authentication (client_secret_basic, client_secret_post, client_secret_jwt with an HS256 assertion, private_key_jwt with its signing key, tls_client_auth or self_signed_tls_client_auth over mutual TLS with its transport certificate, on the AS&apos;s mTLS endpoint aliases), the environment&apos;s extra headers, then the access token decoded, its signature checked against the AS&apos;s JWKS and its certificate binding (cnf.x5t#S256) checked. Interactive clients (native, SPA, web) sign in instead, as with &quot;signin&quot;. The exit status is 9 when the token came but a check failed.</source>
        <translation>CLIENT ist die ID, der Name oder die Client-ID des Clients. Der AS seiner Umgebung wird so gefragt wie bei „Test-Token holen“ in der GUI: Discovery, wenn nicht zwischengespeichert, die eigene Authentifizierung des Clients (client_secret_basic, client_secret_post, client_secret_jwt mit einer HS256-Assertion, private_key_jwt mit seinem Signaturschlüssel, tls_client_auth oder self_signed_tls_client_auth über Mutual TLS mit seinem Transportzertifikat, an den mTLS-Endpunkt-Aliassen des AS), die zusätzlichen Header der Umgebung; dann wird das Access Token dekodiert und seine Signatur gegen das JWKS des AS sowie seine Zertifikatsbindung (cnf.x5t#S256) geprüft. Interaktive Clients (native, SPA, web) melden sich stattdessen an, wie mit „signin“. Der Exit-Status ist 9, wenn das Token kam, aber eine Prüfung fehlschlug.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ClientCa</name>
    <message>
        <source>Client CA the AS trusts</source>
        <translation>Client-CA, der der AS vertraut</translation>
    </message>
    <message>
        <source>%1: the file is empty. Load the PEM file of the CA certificate(s) the AS trusts for client certificates.</source>
        <translation>%1: Die Datei ist leer. Laden Sie die PEM-Datei mit den CA-Zertifikaten, denen der AS für Client-Zertifikate vertraut.</translation>
    </message>
    <message>
        <source>%1: the file holds a private key. Only the CA&apos;s certificate belongs here, never a key: load the CA certificate file alone (such as ca.crt). Nothing was saved.</source>
        <translation>%1: Die Datei enthält einen privaten Schlüssel. Hierher gehört nur das Zertifikat der CA, nie ein Schlüssel: Laden Sie nur die CA-Zertifikatsdatei (etwa ca.crt). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: the file is a private key (DER). Only the CA&apos;s certificate belongs here, never a key: load the CA certificate file alone. Nothing was saved.</source>
        <translation>%1: Die Datei ist ein privater Schlüssel (DER). Hierher gehört nur das Zertifikat der CA, nie ein Schlüssel: Laden Sie nur die CA-Zertifikatsdatei. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: the file is a PKCS#12 bundle (.p12/.pfx), which holds a private key. Export the CA certificate alone as PEM and load that. Nothing was saved.</source>
        <translation>%1: Die Datei ist ein PKCS#12-Bundle (.p12/.pfx), das einen privaten Schlüssel enthält. Exportieren Sie nur das CA-Zertifikat als PEM, und laden Sie dieses. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2 Load the PEM file of the CA certificate(s) the AS trusts for client certificates.</source>
        <translation>%1: %2 Laden Sie die PEM-Datei mit den CA-Zertifikaten, denen der AS für Client-Zertifikate vertraut.</translation>
    </message>
    <message>
        <source>%1: certificate %2 in the file cannot be read.</source>
        <translation>%1: Zertifikat %2 in der Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: certificate %2 (%3) is not a CA certificate, so it cannot have issued client certificates. Load the certificate of the CA that issues your client certificates (basicConstraints CA:TRUE), not a client or server certificate.</source>
        <translation>%1: Zertifikat %2 (%3) ist kein CA-Zertifikat und kann daher keine Client-Zertifikate ausgestellt haben. Laden Sie das Zertifikat der CA, die Ihre Client-Zertifikate ausstellt (basicConstraints CA:TRUE), kein Client- oder Serverzertifikat.</translation>
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
        <translation>Grant-Types:</translation>
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
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>•••••••• kept in the system keychain</source>
        <translation>•••••••• im Systemschlüsselbund gespeichert</translation>
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
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Secret copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Secret kopiert; die Zwischenablage wird in 30 Sekunden geleert.</translation>
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
        <translation>Über den Browser anmelden (Authorization Code + PKCE) und echte Tokens erhalten (Strg+T)</translation>
    </message>
    <message>
        <source>Ask the client&apos;s environment for a real access token (Ctrl+T)</source>
        <translation>Ein echtes Access Token von der Umgebung des Clients anfordern (Strg+T)</translation>
    </message>
    <message>
        <source>Hidden again. Reveal it when you need it.</source>
        <translation>Wieder verborgen. Zeigen Sie es an, wenn Sie es brauchen.</translation>
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
        <translation>Ein neues Client-Secret für „%1“ erstellen?</translation>
    </message>
    <message>
        <source>The new secret replaces the old one in the keychain once it is stored; if storing fails, the old one stays. Configure the new secret at the authorization server too.</source>
        <translation>Das neue Secret ersetzt das alte im Schlüsselbund, sobald es gespeichert ist; schlägt das Speichern fehl, bleibt das alte erhalten. Konfigurieren Sie das neue Secret auch beim Autorisierungsserver.</translation>
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
        <translation>Neues Secret, wird nur einmal angezeigt: Kopieren Sie es, und konfigurieren Sie es beim Autorisierungsserver. Es ist im Schlüsselbund; das alte ist entfernt.</translation>
    </message>
    <message>
        <source>If the keychain stores the new secret later, it is shown here.</source>
        <translation>Wenn der Schlüsselbund das neue Secret später speichert, wird es hier angezeigt.</translation>
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
        <translation>OAuthDesk wird beendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Client secret is required for %1: paste the one your authorization server issued, or let OAuthDesk generate one.</source>
        <translation>Für %1 ist ein Client-Secret erforderlich: Fügen Sie das von Ihrem Autorisierungsserver ausgestellte ein, oder lassen Sie OAuthDesk eines erzeugen.</translation>
    </message>
    <message>
        <source>The client was saved, but its old client secret could not be removed from the keychain: %1</source>
        <translation>Der Client wurde gespeichert, aber sein altes Client-Secret konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>This client authenticates with %1 and has no client secret.</source>
        <translation>Dieser Client authentifiziert sich mit %1 und hat kein Client-Secret.</translation>
    </message>
    <message>
        <source>Only clients that authenticate with a client secret can rotate it.</source>
        <translation>Nur Clients, die sich mit einem Client-Secret authentifizieren, können es rotieren.</translation>
    </message>
    <message>
        <source>The client was not deleted: its secrets could not be removed from the keychain. %1</source>
        <translation>Der Client wurde nicht gelöscht: Seine Secrets konnten nicht aus dem Schlüsselbund entfernt werden. %1</translation>
    </message>
    <message>
        <source>The application was not deleted: its clients&apos; secrets or its private keys could not be removed from the keychain. %1</source>
        <translation>Die Anwendung wurde nicht gelöscht: Die Secrets ihrer Clients oder ihre privaten Schlüssel konnten nicht aus dem Schlüsselbund entfernt werden. %1</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ClientTableModel</name>
    <message>
        <source>Click the copy icon (or press Ctrl+C) to copy the client ID</source>
        <translation>Klicken Sie auf das Kopiersymbol (oder drücken Sie Strg+C), um die Client-ID zu kopieren</translation>
    </message>
    <message>
        <source>View, edit or delete this client</source>
        <translation>Diesen Client anzeigen, bearbeiten oder löschen</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant-Types</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
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
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Discovery</name>
    <message>
        <source>The discovery document is larger than 1 MiB; that is not a metadata document.</source>
        <translation>Das Discovery-Dokument ist größer als 1 MiB; das ist kein Metadatendokument.</translation>
    </message>
    <message>
        <source>The discovery URL did not answer with a JSON metadata document. Check the issuer URL: it must be the authorization server&apos;s issuer, not its login page.</source>
        <translation>Die Discovery-URL hat nicht mit einem JSON-Metadatendokument geantwortet. Prüfen Sie die Issuer-URL: Es muss der Issuer des Autorisierungsservers sein, nicht seine Anmeldeseite.</translation>
    </message>
    <message>
        <source>The authorization server calls itself &quot;%1&quot;, but this environment&apos;s issuer is &quot;%2&quot;. They must be identical (RFC 8414 §3.3): correct the issuer URL (mind a trailing slash).</source>
        <translation>Der Autorisierungsserver nennt sich „%1“, aber der Issuer dieser Umgebung ist „%2“. Beide müssen identisch sein (RFC 8414 §3.3): Korrigieren Sie die Issuer-URL (achten Sie auf einen abschließenden Schrägstrich).</translation>
    </message>
    <message>
        <source>%1 is %2, plain %3 under an https issuer: refused, because the client&apos;s credentials and tokens would travel in clear text. The AS&apos;s metadata must name https endpoints.</source>
        <translation>%1 ist %2, reines %3 unter einem https-Issuer: abgelehnt, weil Zugangsdaten und Tokens des Clients im Klartext übertragen würden. Die Metadaten des AS müssen https-Endpunkte nennen.</translation>
    </message>
    <message>
        <source>The metadata has no %1.</source>
        <translation>Die Metadaten enthalten kein %1.</translation>
    </message>
    <message>
        <source>The discovery document is not usable: %1</source>
        <translation>Das Discovery-Dokument ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Discovery answered HTTP %1 at %2. Check the issuer URL.</source>
        <translation>Discovery hat unter %2 mit HTTP %1 geantwortet. Prüfen Sie die Issuer-URL.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Doctor</name>
    <message>
        <source>The client has no environment.</source>
        <translation>Der Client hat keine Umgebung.</translation>
    </message>
    <message>
        <source>Edit the client and choose the environment (AS) it belongs to.</source>
        <translation>Bearbeiten Sie den Client und wählen Sie die Umgebung (den AS), zu der er gehört.</translation>
    </message>
    <message>
        <source>The client was not compared with the AS&apos;s metadata.</source>
        <translation>Der Client wurde nicht mit den Metadaten des AS verglichen.</translation>
    </message>
    <message>
        <source>No discovery document (see Environment).</source>
        <translation>Kein Discovery-Dokument (siehe Umgebung).</translation>
    </message>
    <message>
        <source>The doctor could not check this client.</source>
        <translation>Die Diagnose konnte diesen Client nicht prüfen.</translation>
    </message>
    <message>
        <source>The client was not registered by OAuthDesk (no RFC 7592 management URI), so what the AS holds for it cannot be read.</source>
        <translation>Der Client wurde nicht von OAuthDesk registriert (keine Verwaltungs-URI nach RFC 7592), daher lässt sich nicht lesen, was der AS für ihn gespeichert hat.</translation>
    </message>
    <message>
        <source>Registration at the AS not read.</source>
        <translation>Registrierung beim AS nicht gelesen.</translation>
    </message>
    <message>
        <source>The registration access token is not in the keychain.</source>
        <translation>Das Registrierungs-Access-Token ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The registration access token is missing.</source>
        <translation>Das Registrierungs-Access-Token fehlt.</translation>
    </message>
    <message>
        <source>Without it OAuthDesk cannot manage the client at the AS (RFC 7592); register it again or ask the AS&apos;s operators for the token.</source>
        <translation>Ohne es kann OAuthDesk den Client beim AS nicht verwalten (RFC 7592); registrieren Sie ihn erneut oder fragen Sie die Betreiber des AS nach dem Token.</translation>
    </message>
    <message>
        <source>The registration access token is in the keychain.</source>
        <translation>Das Registrierungs-Access-Token ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The AS did not answer for the client&apos;s registration.</source>
        <translation>Der AS hat für die Registrierung des Clients nicht geantwortet.</translation>
    </message>
    <message>
        <source>If the client was deleted at the AS, register it again; if the token was revoked, ask the AS&apos;s operators.</source>
        <translation>Wurde der Client beim AS gelöscht, registrieren Sie ihn erneut; wurde das Token widerrufen, fragen Sie die Betreiber des AS.</translation>
    </message>
    <message>
        <source>The AS has the client registered (RFC 7592 read).</source>
        <translation>Beim AS ist der Client registriert (gelesen nach RFC 7592).</translation>
    </message>
    <message>
        <source>The AS replaced a credential when the doctor read the registration.</source>
        <translation>Der AS hat beim Lesen der Registrierung durch die Diagnose ein Credential ersetzt.</translation>
    </message>
    <message>
        <source>Nothing to do: OAuthDesk now uses what the AS issued.</source>
        <translation>Nichts zu tun: OAuthDesk verwendet jetzt, was der AS ausgestellt hat.</translation>
    </message>
    <message>
        <source>The AS&apos;s JWKS was not compared.</source>
        <translation>Das JWKS des AS wurde nicht verglichen.</translation>
    </message>
    <message>
        <source>The signing key could not be read (above).</source>
        <translation>Der Signaturschlüssel konnte nicht gelesen werden (siehe oben).</translation>
    </message>
    <message>
        <source>The registered jwks</source>
        <translation>Die registrierten jwks</translation>
    </message>
    <message>
        <source>The AS has neither jwks nor jwks_uri for the client.</source>
        <translation>Der AS hat für den Client weder jwks noch jwks_uri.</translation>
    </message>
    <message>
        <source>Publish the signing key (RFC 7592 update with jwks).</source>
        <translation>Veröffentlichen Sie den Signaturschlüssel (Änderung nach RFC 7592 mit jwks).</translation>
    </message>
    <message>
        <source>The client&apos;s jwks_uri could not be read.</source>
        <translation>Die jwks_uri des Clients konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Publish the JWKS at %1: the AS fetches the client&apos;s keys there.</source>
        <translation>Veröffentlichen Sie das JWKS unter %1: Dort ruft der AS die Schlüssel des Clients ab.</translation>
    </message>
    <message>
        <source>No client secret to check.</source>
        <translation>Kein Client-Secret zu prüfen.</translation>
    </message>
    <message>
        <source>The client authenticates with %1.</source>
        <translation>Der Client authentifiziert sich mit %1.</translation>
    </message>
    <message>
        <source>Secret expiry not known.</source>
        <translation>Ablauf des Secrets nicht bekannt.</translation>
    </message>
    <message>
        <source>The client secret is in the keychain.</source>
        <translation>Das Client-Secret ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The client secret is not in the keychain.</source>
        <translation>Das Client-Secret ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The stored secret is empty.</source>
        <translation>Das gespeicherte Secret ist leer.</translation>
    </message>
    <message>
        <source>Enter the client secret again (Edit client), or rotate it at the AS.</source>
        <translation>Geben Sie das Client-Secret erneut ein (Client bearbeiten) oder rotieren Sie es beim AS.</translation>
    </message>
    <message>
        <source>No test token requested.</source>
        <translation>Kein Test-Token angefordert.</translation>
    </message>
    <message>
        <source>The live check was turned off.</source>
        <translation>Die Live-Prüfung war ausgeschaltet.</translation>
    </message>
    <message>
        <source>A sign-in needs a person in a browser: use Test sign-in.</source>
        <translation>Eine Anmeldung braucht eine Person im Browser: Verwenden Sie „Test-Anmeldung“.</translation>
    </message>
    <message>
        <source>The client is disabled.</source>
        <translation>Der Client ist deaktiviert.</translation>
    </message>
    <message>
        <source>The AS&apos;s metadata is not available (see Environment).</source>
        <translation>Die Metadaten des AS sind nicht verfügbar (siehe Umgebung).</translation>
    </message>
    <message>
        <source>No test token: the client&apos;s credentials could not be read.</source>
        <translation>Kein Test-Token: Die Credentials des Clients konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Put the client&apos;s secret or key back in the keychain (see Secrets and Keys above), then run the doctor again.</source>
        <translation>Legen Sie das Secret oder den Schlüssel des Clients wieder im Schlüsselbund ab (siehe oben unter Secrets und Schlüssel) und führen Sie die Diagnose dann erneut aus.</translation>
    </message>
    <message>
        <source>The doctor was closed.</source>
        <translation>Die Diagnose wurde geschlossen.</translation>
    </message>
    <message>
        <source>The AS issued a test token (no scope named in its answer).</source>
        <translation>Der AS hat ein Test-Token ausgestellt (in seiner Antwort ist kein Scope genannt).</translation>
    </message>
    <message>
        <source>The AS issued a test token (scope %1).</source>
        <translation>Der AS hat ein Test-Token ausgestellt (Scope %1).</translation>
    </message>
    <message>
        <source>The AS refused a test token.</source>
        <translation>Der AS hat ein Test-Token verweigert.</translation>
    </message>
    <message>
        <source>No answer from the token endpoint that gives a token.</source>
        <translation>Keine Antwort des Token-Endpunkts, die ein Token liefert.</translation>
    </message>
    <message>
        <source>See the findings above; Get test token shows the whole exchange.</source>
        <translation>Siehe die Befunde oben; „Test-Token holen“ zeigt den vollständigen Austausch.</translation>
    </message>
    <message>
        <source>Certificate binding not checked.</source>
        <translation>Zertifikatsbindung nicht geprüft.</translation>
    </message>
    <message>
        <source>The token&apos;s binding could not be read.</source>
        <translation>Die Bindung des Tokens konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No token was issued.</source>
        <translation>Es wurde kein Token ausgestellt.</translation>
    </message>
    <message>
        <source>Doctor: %1 (#%2) in %3, %4</source>
        <translation>Diagnose: %1 (#%2) in %3, %4</translation>
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
        <translation>%1 bestanden, %2 Warnung(en), %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Its authentication method %1 needs one.</source>
        <translation>Seine Authentifizierungsmethode %1 braucht eines.</translation>
    </message>
    <message>
        <source>It asks for certificate-bound tokens (RFC 8705), which need one.</source>
        <translation>Er verlangt zertifikatsgebundene Tokens (RFC 8705), die eines brauchen.</translation>
    </message>
    <message>
        <source>Its environment %1 connects with mutual TLS, which needs one.</source>
        <translation>Seine Umgebung %1 verbindet sich über Mutual TLS, das eines braucht.</translation>
    </message>
    <message>
        <source>It is set to use a transport certificate.</source>
        <translation>Er ist so eingestellt, dass er ein Transportzertifikat verwendet.</translation>
    </message>
    <message>
        <source>Discovery was not fetched (asked not to); the cached document is used.</source>
        <translation>Die Discovery wurde nicht abgerufen (auf Wunsch); das zwischengespeicherte Dokument wird verwendet.</translation>
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
        <translation>Die Metadaten des AS wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators to fix the discovery document.</source>
        <translation>Bitten Sie die Betreiber des AS, das Discovery-Dokument zu korrigieren.</translation>
    </message>
    <message>
        <source>The AS&apos;s discovery could not be read.</source>
        <translation>Die Discovery des AS konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The checks below use the copy cached on %1.</source>
        <translation>Die folgenden Prüfungen verwenden die am %1 zwischengespeicherte Kopie.</translation>
    </message>
    <message>
        <source>Check the environment&apos;s issuer URL, the network, and that the AS runs.</source>
        <translation>Prüfen Sie die Issuer-URL der Umgebung, das Netzwerk und ob der AS läuft.</translation>
    </message>
    <message>
        <source>The issuer is not https.</source>
        <translation>Der Issuer ist nicht https.</translation>
    </message>
    <message>
        <source>Use the AS&apos;s https issuer URL.</source>
        <translation>Verwenden Sie die https-Issuer-URL des AS.</translation>
    </message>
    <message>
        <source>The AS&apos;s TLS certificate chain is not trusted.</source>
        <translation>Der TLS-Zertifikatskette des AS wird nicht vertraut.</translation>
    </message>
    <message>
        <source>If the AS uses a private CA, set the environment&apos;s CA bundle to it.</source>
        <translation>Verwendet der AS eine private CA, stellen Sie das CA-Bundle der Umgebung auf diese ein.</translation>
    </message>
    <message>
        <source>Check that the environment&apos;s CA bundle (%1) holds the CA that signed the AS&apos;s certificate.</source>
        <translation>Prüfen Sie, ob das CA-Bundle der Umgebung (%1) die CA enthält, die das Zertifikat des AS signiert hat.</translation>
    </message>
    <message>
        <source>The AS&apos;s TLS certificate chain is trusted.</source>
        <translation>Der TLS-Zertifikatskette des AS wird vertraut.</translation>
    </message>
    <message>
        <source>TLS not checked.</source>
        <translation>TLS nicht geprüft.</translation>
    </message>
    <message>
        <source>No connection to the AS was made.</source>
        <translation>Es wurde keine Verbindung zum AS hergestellt.</translation>
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
        <translation>Der %1-Schlüssel ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Restore the keychain entry, or create a new key and certificate for the client.</source>
        <translation>Stellen Sie den Schlüsselbund-Eintrag wieder her, oder erstellen Sie einen neuen Schlüssel und ein neues Zertifikat für den Client.</translation>
    </message>
    <message>
        <source>The %1 key is in the keychain.</source>
        <translation>Der %1-Schlüssel ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The %1 key or certificate could not be read.</source>
        <translation>Der %1-Schlüssel oder das Zertifikat konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Recreate the key and certificate.</source>
        <translation>Erstellen Sie Schlüssel und Zertifikat neu.</translation>
    </message>
    <message>
        <source>No keys or certificates to check.</source>
        <translation>Keine Schlüssel oder Zertifikate zu prüfen.</translation>
    </message>
    <message>
        <source>The client authenticates with %1 and is not set up for mutual TLS.</source>
        <translation>Der Client authentifiziert sich mit %1 und ist nicht für Mutual TLS eingerichtet.</translation>
    </message>
    <message>
        <source>The client has no %1 key.</source>
        <translation>Der Client hat keinen %1-Schlüssel.</translation>
    </message>
    <message>
        <source>Its %1 certificate (#%2) is gone from the application.</source>
        <translation>Sein %1-Zertifikat (#%2) ist nicht mehr in der Anwendung vorhanden.</translation>
    </message>
    <message>
        <source>Select or create a %1 key for the client.</source>
        <translation>Wählen oder erstellen Sie einen %1-Schlüssel für den Client.</translation>
    </message>
    <message>
        <source>private_key_jwt: the AS trusts the key it has registered (its JWKS), not a CA.</source>
        <translation>private_key_jwt: Der AS vertraut dem bei ihm registrierten Schlüssel (seinem JWKS), nicht einer CA.</translation>
    </message>
    <message>
        <source>self_signed_tls_client_auth: the AS trusts the registered certificate itself, not a CA.</source>
        <translation>self_signed_tls_client_auth: Der AS vertraut dem registrierten Zertifikat selbst, nicht einer CA.</translation>
    </message>
    <message>
        <source>--client-ca %1</source>
        <translation>--client-ca %1</translation>
    </message>
    <message>
        <source>The client CA bundle %1 could not be read: %2</source>
        <translation>Das Client-CA-Bundle %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The &quot;Client CA the AS trusts&quot; of environment %1 cannot be read; load it again in Settings → Environments.</source>
        <translation>„Client-CA, der der AS vertraut“ der Umgebung %1 kann nicht gelesen werden; laden Sie sie erneut unter Einstellungen → Umgebungen.</translation>
    </message>
    <message>
        <source>environment %1&apos;s &quot;Client CA the AS trusts&quot;</source>
        <translation>„Client-CA, der der AS vertraut“ der Umgebung %1</translation>
    </message>
    <message>
        <source>The client has no environment, so which CA its AS trusts for client certificates is not known; pass oauthdesk-cli doctor --client-ca FILE.</source>
        <translation>Der Client hat keine Umgebung, daher ist nicht bekannt, welcher CA sein AS bei Client-Zertifikaten vertraut; geben Sie oauthdesk-cli doctor --client-ca FILE an.</translation>
    </message>
    <message>
        <source>The environment %1 does not record which CA its AS trusts for client certificates; set &quot;Client CA the AS trusts&quot; in Settings → Environments (oauthdesk-cli envs edit ENV --client-ca FILE), or pass oauthdesk-cli doctor --client-ca FILE.</source>
        <translation>Die Umgebung %1 hält nicht fest, welcher CA ihr AS bei Client-Zertifikaten vertraut; legen Sie „Client-CA, der der AS vertraut“ unter Einstellungen → Umgebungen fest (oauthdesk-cli envs edit ENV --client-ca FILE) oder geben Sie oauthdesk-cli doctor --client-ca FILE an.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::DoctorChecks</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <source>The %1 key in the keychain does not belong to its certificate.</source>
        <translation>Der %1-Schlüssel im Schlüsselbund gehört nicht zu seinem Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate certifies another public key: TLS handshakes and signatures made with this key will be refused.</source>
        <translation>Das Zertifikat bestätigt einen anderen öffentlichen Schlüssel: TLS-Handshakes und Signaturen mit diesem Schlüssel werden abgelehnt.</translation>
    </message>
    <message>
        <source>Import the certificate issued for this key, or issue a new one from a CSR of it.</source>
        <translation>Importieren Sie das für diesen Schlüssel ausgestellte Zertifikat, oder lassen Sie aus einem CSR dieses Schlüssels ein neues ausstellen.</translation>
    </message>
    <message>
        <source>The %1 key could not be read.</source>
        <translation>Der %1-Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Recreate the key, or restore the keychain entry.</source>
        <translation>Erstellen Sie den Schlüssel neu, oder stellen Sie den Schlüsselbund-Eintrag wieder her.</translation>
    </message>
    <message>
        <source>The %1 key in the keychain matches its certificate.</source>
        <translation>Der %1-Schlüssel im Schlüsselbund passt zu seinem Zertifikat.</translation>
    </message>
    <message>
        <source>Key and certificate not compared.</source>
        <translation>Schlüssel und Zertifikat nicht verglichen.</translation>
    </message>
    <message>
        <source>The %1 key has no certificate (private_key_jwt needs none).</source>
        <translation>Der %1-Schlüssel hat kein Zertifikat (private_key_jwt braucht keines).</translation>
    </message>
    <message>
        <source>The %1 key is RSA %2: too weak.</source>
        <translation>Der %1-Schlüssel ist RSA %2: zu schwach.</translation>
    </message>
    <message>
        <source>RSA below 2048 bits is refused by current TLS stacks and ASs (NIST SP 800-131A).</source>
        <translation>RSA unter 2048 Bit wird von aktuellen TLS-Stacks und Autorisierungsservern abgelehnt (NIST SP 800-131A).</translation>
    </message>
    <message>
        <source>Create a new RSA 2048+ or EC P-256 key and certificate, then rotate to it.</source>
        <translation>Erstellen Sie einen neuen Schlüssel (RSA 2048+ oder EC P-256) mit Zertifikat, und rotieren Sie dann darauf.</translation>
    </message>
    <message>
        <source>The %1 key is EC %2: too weak.</source>
        <translation>Der %1-Schlüssel ist EC %2: zu schwach.</translation>
    </message>
    <message>
        <source>Create a new EC P-256 key and rotate to it.</source>
        <translation>Erstellen Sie einen neuen EC-P-256-Schlüssel, und rotieren Sie darauf.</translation>
    </message>
    <message>
        <source>The %1 key is %2 %3.</source>
        <translation>Der %1-Schlüssel ist %2 %3.</translation>
    </message>
    <message>
        <source>The %1 certificate has expired.</source>
        <translation>Das %1-Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1 expired on %2.</source>
        <translation>%1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Renew it: a new CSR for the key (or a new key) and the issued certificate imported.</source>
        <translation>Erneuern Sie es: einen neuen CSR für den Schlüssel (oder einen neuen Schlüssel) erstellen und das ausgestellte Zertifikat importieren.</translation>
    </message>
    <message>
        <source>The %1 certificate is not valid yet.</source>
        <translation>Das %1-Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>%1 is valid from %2.</source>
        <translation>%1 ist ab %2 gültig.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, or wait until then.</source>
        <translation>Prüfen Sie die Uhr dieses Rechners, oder warten Sie bis dahin.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Das %1-Zertifikat läuft in %n Tag ab.</numerusform>
            <numerusform>Das %1-Zertifikat läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is valid until %2.</source>
        <translation>%1 ist gültig bis %2.</translation>
    </message>
    <message>
        <source>Renew it before then.</source>
        <translation>Erneuern Sie es vorher.</translation>
    </message>
    <message>
        <source>The %1 certificate is valid until %2.</source>
        <translation>Das %1-Zertifikat ist gültig bis %2.</translation>
    </message>
    <message>
        <source>No key usage restriction.</source>
        <translation>Keine Einschränkung der Schlüsselverwendung.</translation>
    </message>
    <message>
        <source>Key usage allows digital signatures.</source>
        <translation>Die Schlüsselverwendung erlaubt digitale Signaturen.</translation>
    </message>
    <message>
        <source>The %1 certificate&apos;s key usage does not allow digital signatures.</source>
        <translation>Die Schlüsselverwendung des %1-Zertifikats erlaubt keine digitalen Signaturen.</translation>
    </message>
    <message>
        <source>keyUsage: %1</source>
        <translation>keyUsage: %1</translation>
    </message>
    <message>
        <source>Have the certificate reissued with keyUsage digitalSignature.</source>
        <translation>Lassen Sie das Zertifikat mit keyUsage digitalSignature neu ausstellen.</translation>
    </message>
    <message>
        <source>No extended key usage restriction.</source>
        <translation>Keine Einschränkung der erweiterten Schlüsselverwendung.</translation>
    </message>
    <message>
        <source>Extended key usage allows TLS client authentication.</source>
        <translation>Die erweiterte Schlüsselverwendung erlaubt TLS-Client-Authentifizierung.</translation>
    </message>
    <message>
        <source>The transport certificate is not for TLS client authentication.</source>
        <translation>Das Transportzertifikat ist nicht für TLS-Client-Authentifizierung bestimmt.</translation>
    </message>
    <message>
        <source>extendedKeyUsage: %1 (clientAuth is missing): the AS&apos;s TLS stack refuses it.</source>
        <translation>extendedKeyUsage: %1 (clientAuth fehlt): Der TLS-Stack des AS lehnt es ab.</translation>
    </message>
    <message>
        <source>Have the certificate reissued with extendedKeyUsage clientAuth.</source>
        <translation>Lassen Sie das Zertifikat mit extendedKeyUsage clientAuth neu ausstellen.</translation>
    </message>
    <message>
        <source>The %1 certificate is signed with SHA-1.</source>
        <translation>Das %1-Zertifikat ist mit SHA-1 signiert.</translation>
    </message>
    <message>
        <source>Signature algorithm: %1. SHA-1 signatures are refused by current TLS stacks.</source>
        <translation>Signaturalgorithmus: %1. SHA-1-Signaturen werden von aktuellen TLS-Stacks abgelehnt.</translation>
    </message>
    <message>
        <source>Have the certificate reissued with SHA-256.</source>
        <translation>Lassen Sie das Zertifikat mit SHA-256 neu ausstellen.</translation>
    </message>
    <message>
        <source>Signed with %1.</source>
        <translation>Signiert mit %1.</translation>
    </message>
    <message>
        <source>Chain to the AS&apos;s trusted CA not checked.</source>
        <translation>Kette zur vertrauenswürdigen CA des AS nicht geprüft.</translation>
    </message>
    <message>
        <source>The certificate chains to the CA the AS trusts.</source>
        <translation>Die Kette des Zertifikats führt zur CA, der der AS vertraut.</translation>
    </message>
    <message>
        <source>Issued by %1; the AS trusts %2%3.</source>
        <translation>Ausgestellt von %1; der AS vertraut %2%3.</translation>
    </message>
    <message>
        <source>The %1 certificate does not chain to the CA the AS trusts.</source>
        <translation>Die Kette des %1-Zertifikats führt nicht zur CA, der der AS vertraut.</translation>
    </message>
    <message>
        <source>Issued by %1, but the AS trusts %2%3: %4</source>
        <translation>Ausgestellt von %1, aber der AS vertraut %2%3: %4</translation>
    </message>
    <message>
        <source>Have it issued by the CA the AS trusts, and import the intermediate certificates too; or, if the AS trusts another CA, correct the CA recorded (the environment&apos;s &quot;Client CA the AS trusts&quot;, or --client-ca).</source>
        <translation>Lassen Sie es von der CA ausstellen, der der AS vertraut, und importieren Sie auch die Zwischenzertifikate; oder, falls der AS einer anderen CA vertraut, korrigieren Sie die hinterlegte CA („Client-CA, der der AS vertraut“ der Umgebung, oder --client-ca).</translation>
    </message>
    <message>
        <source>The public key could not be read.</source>
        <translation>Der öffentliche Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The JWKS at the AS was not compared.</source>
        <translation>Das JWKS beim AS wurde nicht verglichen.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(keine kid)</translation>
    </message>
    <message>
        <source>The AS has the signing key (kid %1) in %2.</source>
        <translation>Der AS hat den Signaturschlüssel (kid %1) in %2.</translation>
    </message>
    <message>
        <source>The AS has a different key under the signing key&apos;s kid %1.</source>
        <translation>Der AS hat unter der kid %1 des Signaturschlüssels einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 has kid %2, but its public key is not the client&apos;s signing key: assertions will fail their signature check.</source>
        <translation>%1 hat die kid %2, aber der öffentliche Schlüssel dazu ist nicht der Signaturschlüssel des Clients: Assertions scheitern an der Signaturprüfung.</translation>
    </message>
    <message>
        <source>Publish the signing key&apos;s current public JWK (RFC 7592 update of jwks, or the JWKS file at the jwks_uri host).</source>
        <translation>Veröffentlichen Sie den aktuellen öffentlichen JWK des Signaturschlüssels (RFC-7592-Update von jwks oder die JWKS-Datei auf dem jwks_uri-Host).</translation>
    </message>
    <message>
        <source>The AS&apos;s JWKS has no key with the signing key&apos;s kid %1.</source>
        <translation>Das JWKS des AS hat keinen Schlüssel mit der kid %1 des Signaturschlüssels.</translation>
    </message>
    <message>
        <source>%1 has the kids: %2.</source>
        <translation>%1 hat die kids: %2.</translation>
    </message>
    <message>
        <source>Publish the signing key&apos;s public JWK (RFC 7592 update of jwks, or the JWKS file at the jwks_uri host), or select the key the AS has.</source>
        <translation>Veröffentlichen Sie den öffentlichen JWK des Signaturschlüssels (RFC-7592-Update von jwks oder die JWKS-Datei auf dem jwks_uri-Host), oder wählen Sie den Schlüssel, den der AS hat.</translation>
    </message>
    <message>
        <source>The AS names itself %1, as configured.</source>
        <translation>Der AS nennt sich %1, wie konfiguriert.</translation>
    </message>
    <message>
        <source>The AS&apos;s issuer differs from the configured one.</source>
        <translation>Der Issuer des AS weicht vom konfigurierten ab.</translation>
    </message>
    <message>
        <source>Configured: %1; the discovery document says: %2. RFC 8414 §3.3 requires them identical (a trailing slash counts).</source>
        <translation>Konfiguriert: %1; das Discovery-Dokument sagt: %2. RFC 8414 §3.3 verlangt, dass beide identisch sind (ein abschließender Schrägstrich zählt).</translation>
    </message>
    <message>
        <source>(no issuer)</source>
        <translation>(kein Issuer)</translation>
    </message>
    <message>
        <source>Set the environment&apos;s issuer to exactly what the AS publishes, or fix the AS&apos;s issuer.</source>
        <translation>Setzen Sie den Issuer der Umgebung genau auf das, was der AS veröffentlicht, oder korrigieren Sie den Issuer des AS.</translation>
    </message>
    <message>
        <source>Server certificate expiry not checked.</source>
        <translation>Ablauf des Serverzertifikats nicht geprüft.</translation>
    </message>
    <message>
        <source>No TLS certificate was seen (no answer over HTTPS).</source>
        <translation>Kein TLS-Zertifikat gesehen (keine Antwort über HTTPS).</translation>
    </message>
    <message>
        <source>The server certificate could not be read.</source>
        <translation>Das Serverzertifikat konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the AS&apos;s TLS configuration.</source>
        <translation>Prüfen Sie die TLS-Konfiguration des AS.</translation>
    </message>
    <message>
        <source>The AS&apos;s TLS certificate has expired.</source>
        <translation>Das TLS-Zertifikat des AS ist abgelaufen.</translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators to renew its TLS certificate.</source>
        <translation>Bitten Sie die Betreiber des AS, sein TLS-Zertifikat zu erneuern.</translation>
    </message>
    <message numerus="yes">
        <source>The AS&apos;s TLS certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Das TLS-Zertifikat des AS läuft in %n Tag ab.</numerusform>
            <numerusform>Das TLS-Zertifikat des AS läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators to renew its TLS certificate before then.</source>
        <translation>Bitten Sie die Betreiber des AS, sein TLS-Zertifikat vorher zu erneuern.</translation>
    </message>
    <message numerus="yes">
        <source>The AS&apos;s TLS certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>Das TLS-Zertifikat des AS ist noch %n Tag gültig.</numerusform>
            <numerusform>Das TLS-Zertifikat des AS ist noch %n Tage gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, valid until %2.</source>
        <translation>%1, gültig bis %2.</translation>
    </message>
    <message>
        <source>Clock skew not checked.</source>
        <translation>Uhrenabweichung nicht geprüft.</translation>
    </message>
    <message>
        <source>The AS&apos;s answer carried no Date header.</source>
        <translation>Die Antwort des AS enthielt keinen Date-Header.</translation>
    </message>
    <message>
        <source>The AS&apos;s Date header could not be read.</source>
        <translation>Der Date-Header des AS konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>The AS should send an IMF-fixdate (RFC 9110 §5.6.7).</source>
        <translation>Der AS sollte ein IMF-fixdate senden (RFC 9110 §5.6.7).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s %2 the AS&apos;s.</source>
        <translation>Die Uhr dieses Rechners geht gegenüber der des AS %1 s %2.</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>AS: %1; here: %2. Tokens and client assertions are checked against the time (iat, nbf, exp): a large skew makes them look not yet valid or expired.</source>
        <translation>AS: %1; hier: %2. Tokens und Client-Assertions werden gegen die Uhrzeit geprüft (iat, nbf, exp): Eine große Abweichung lässt sie noch nicht gültig oder abgelaufen erscheinen.</translation>
    </message>
    <message>
        <source>Synchronise this computer&apos;s clock (NTP), or ask the AS&apos;s operators to.</source>
        <translation>Synchronisieren Sie die Uhr dieses Rechners (NTP), oder bitten Sie die Betreiber des AS darum.</translation>
    </message>
    <message>
        <source>Clocks agree (skew %1 s).</source>
        <translation>Die Uhren stimmen überein (Abweichung %1 s).</translation>
    </message>
    <message>
        <source>AS: %1; here: %2.</source>
        <translation>AS: %1; hier: %2.</translation>
    </message>
    <message>
        <source>The AS supports %1.</source>
        <translation>Der AS unterstützt %1.</translation>
    </message>
    <message>
        <source>The AS does not support the client&apos;s authentication method %1.</source>
        <translation>Der AS unterstützt die Authentifizierungsmethode %1 des Clients nicht.</translation>
    </message>
    <message>
        <source>token_endpoint_auth_methods_supported: %1%2</source>
        <translation>token_endpoint_auth_methods_supported: %1%2</translation>
    </message>
    <message>
        <source> (not published; RFC 8414 default)</source>
        <translation> (nicht veröffentlicht; Standard nach RFC 8414)</translation>
    </message>
    <message>
        <source>Switch the client to one of the supported methods.</source>
        <translation>Stellen Sie den Client auf eine der unterstützten Methoden um.</translation>
    </message>
    <message>
        <source>The AS supports the client&apos;s grant types (%1).</source>
        <translation>Der AS unterstützt die Grant-Types des Clients (%1).</translation>
    </message>
    <message>
        <source>The AS does not support the grant type(s) %1.</source>
        <translation>Der AS unterstützt diese Grant-Types nicht: %1.</translation>
    </message>
    <message>
        <source>grant_types_supported: %1</source>
        <translation>grant_types_supported: %1</translation>
    </message>
    <message>
        <source>Remove the grant type from the client, or have it enabled at the AS.</source>
        <translation>Entfernen Sie den Grant-Type aus dem Client, oder lassen Sie ihn beim AS aktivieren.</translation>
    </message>
    <message>
        <source>Response types not checked.</source>
        <translation>Response-Types nicht geprüft.</translation>
    </message>
    <message>
        <source>The client uses no authorization endpoint (no code or implicit grant).</source>
        <translation>Der Client nutzt keinen Autorisierungsendpunkt (kein Code- oder Implicit-Grant).</translation>
    </message>
    <message>
        <source>The AS supports response type %1.</source>
        <translation>Der AS unterstützt den Response-Type %1.</translation>
    </message>
    <message>
        <source>The AS does not support response type %1.</source>
        <translation>Der AS unterstützt den Response-Type %1 nicht.</translation>
    </message>
    <message>
        <source>response_types_supported: %1</source>
        <translation>response_types_supported: %1</translation>
    </message>
    <message>
        <source>Use a grant whose response type the AS supports.</source>
        <translation>Verwenden Sie einen Grant, dessen Response-Type der AS unterstützt.</translation>
    </message>
    <message>
        <source>PKCE not checked.</source>
        <translation>PKCE nicht geprüft.</translation>
    </message>
    <message>
        <source>The client does not use the authorization code grant.</source>
        <translation>Der Client verwendet den Authorization-Code-Grant nicht.</translation>
    </message>
    <message>
        <source>The AS supports PKCE with S256.</source>
        <translation>Der AS unterstützt PKCE mit S256.</translation>
    </message>
    <message>
        <source>The AS does not say it supports PKCE.</source>
        <translation>Der AS gibt keine PKCE-Unterstützung an.</translation>
    </message>
    <message>
        <source>The AS does not support PKCE with S256.</source>
        <translation>Der AS unterstützt PKCE mit S256 nicht.</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported: %1</source>
        <translation>code_challenge_methods_supported: %1</translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators to enable PKCE with S256 (RFC 7636 §4.2; RFC 9700 requires it for public clients).</source>
        <translation>Bitten Sie die Betreiber des AS, PKCE mit S256 zu aktivieren (RFC 7636 §4.2; RFC 9700 verlangt es für öffentliche Clients).</translation>
    </message>
    <message>
        <source>Assertion signing algorithm not checked.</source>
        <translation>Signaturalgorithmus der Assertion nicht geprüft.</translation>
    </message>
    <message>
        <source>The client does not sign client assertions (it uses %1).</source>
        <translation>Der Client signiert keine Client-Assertions (er verwendet %1).</translation>
    </message>
    <message>
        <source>The client&apos;s signing key is unknown or unreadable (see Keys and certificates).</source>
        <translation>Der Signaturschlüssel des Clients ist unbekannt oder nicht lesbar (siehe Schlüssel und Zertifikate).</translation>
    </message>
    <message>
        <source>The AS does not publish which assertion algorithms it accepts.</source>
        <translation>Der AS veröffentlicht nicht, welche Assertion-Algorithmen er akzeptiert.</translation>
    </message>
    <message>
        <source>token_endpoint_auth_signing_alg_values_supported is missing; the key signs %1.</source>
        <translation>token_endpoint_auth_signing_alg_values_supported fehlt; der Schlüssel signiert mit %1.</translation>
    </message>
    <message>
        <source>Ask the AS&apos;s operators which algorithms it accepts.</source>
        <translation>Fragen Sie die Betreiber des AS, welche Algorithmen er akzeptiert.</translation>
    </message>
    <message>
        <source>The AS accepts %1 assertions.</source>
        <translation>Der AS akzeptiert %1-Assertions.</translation>
    </message>
    <message>
        <source>The AS does not accept %1 client assertions.</source>
        <translation>Der AS akzeptiert keine %1-Client-Assertions.</translation>
    </message>
    <message>
        <source>token_endpoint_auth_signing_alg_values_supported: %1</source>
        <translation>token_endpoint_auth_signing_alg_values_supported: %1</translation>
    </message>
    <message>
        <source>Give the client a signing key of a type the AS accepts (RSA for RS256/PS256, EC P-256 for ES256).</source>
        <translation>Geben Sie dem Client einen Signaturschlüssel eines Typs, den der AS akzeptiert (RSA für RS256/PS256, EC P-256 für ES256).</translation>
    </message>
    <message>
        <source>Scopes not checked.</source>
        <translation>Scopes nicht geprüft.</translation>
    </message>
    <message>
        <source>The AS does not publish scopes_supported.</source>
        <translation>Der AS veröffentlicht kein scopes_supported.</translation>
    </message>
    <message>
        <source>The client asks for no scope; the AS decides what it grants.</source>
        <translation>Der Client fordert keinen Scope an; der AS entscheidet, was er gewährt.</translation>
    </message>
    <message>
        <source>The AS knows every scope of the client (%1).</source>
        <translation>Der AS kennt alle Scopes des Clients (%1).</translation>
    </message>
    <message>
        <source>The AS does not know the scope(s) %1.</source>
        <translation>Der AS kennt diese Scopes nicht: %1.</translation>
    </message>
    <message>
        <source>scopes_supported: %1</source>
        <translation>scopes_supported: %1</translation>
    </message>
    <message>
        <source>Remove the unknown scopes from the client, or have them defined at the AS.</source>
        <translation>Entfernen Sie die unbekannten Scopes aus dem Client, oder lassen Sie sie beim AS definieren.</translation>
    </message>
    <message>
        <source>%1 is not an absolute URI</source>
        <translation>%1 ist keine absolute URI</translation>
    </message>
    <message>
        <source>%1 contains a wildcard: redirect URIs are compared exactly</source>
        <translation>%1 enthält eine Wildcard: Redirect-URIs werden exakt verglichen</translation>
    </message>
    <message>
        <source>%1 has a fragment (RFC 6749 §3.1.2 forbids it)</source>
        <translation>%1 hat ein Fragment (RFC 6749 §3.1.2 verbietet das)</translation>
    </message>
    <message>
        <source>%1 uses &quot;localhost&quot;: RFC 8252 §8.3 wants the loopback IP literal (127.0.0.1 or [::1])</source>
        <translation>%1 verwendet „localhost“: RFC 8252 §8.3 verlangt die Loopback-IP als Literal (127.0.0.1 oder [::1])</translation>
    </message>
    <message>
        <source>%1 uses http on localhost: fine for development only</source>
        <translation>%1 verwendet http auf localhost: nur für die Entwicklung in Ordnung</translation>
    </message>
    <message>
        <source>%1 uses http on a host that is not loopback: only https is safe there</source>
        <translation>%1 verwendet http auf einem Host, der nicht Loopback ist: Dort ist nur https sicher</translation>
    </message>
    <message>
        <source>%1 uses http on loopback: fine for development only</source>
        <translation>%1 verwendet http auf Loopback: nur für die Entwicklung in Ordnung</translation>
    </message>
    <message>
        <source>%1 uses the scheme %2: only native apps may use private-use schemes</source>
        <translation>%1 verwendet das Schema %2: Nur native Apps dürfen Private-Use-Schemata verwenden</translation>
    </message>
    <message>
        <source>%1: RFC 8252 §7.1 wants private-use schemes in reverse domain order (com.example.app:/callback)</source>
        <translation>%1: RFC 8252 §7.1 verlangt Private-Use-Schemata in umgekehrter Domain-Reihenfolge (com.example.app:/callback)</translation>
    </message>
    <message>
        <source>The client has no redirect URI.</source>
        <translation>Der Client hat keine Redirect-URI.</translation>
    </message>
    <message>
        <source>The authorization code and implicit grants send the browser back to one.</source>
        <translation>Der Authorization-Code- und der Implicit-Grant schicken den Browser dorthin zurück.</translation>
    </message>
    <message>
        <source>Add the redirect URI the application listens on.</source>
        <translation>Fügen Sie die Redirect-URI hinzu, auf der die Anwendung lauscht.</translation>
    </message>
    <message>
        <source>Redirect URIs not checked.</source>
        <translation>Redirect-URIs nicht geprüft.</translation>
    </message>
    <message>
        <source>The client does not use a browser redirect.</source>
        <translation>Der Client verwendet keine Browser-Weiterleitung.</translation>
    </message>
    <message numerus="yes">
        <source>%n redirect URI problem(s).</source>
        <translation>
            <numerusform>%n Problem mit Redirect-URIs.</numerusform>
            <numerusform>%n Probleme mit Redirect-URIs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register exact URIs: https, or for native apps http://127.0.0.1:&lt;port&gt;/path (RFC 8252 §7.3) or a reverse-domain private-use scheme.</source>
        <translation>Registrieren Sie exakte URIs: https, oder für native Apps http://127.0.0.1:&lt;port&gt;/path (RFC 8252 §7.3) oder ein Private-Use-Schema in umgekehrter Domain-Schreibweise.</translation>
    </message>
    <message>
        <source>The redirect URIs work but are weak.</source>
        <translation>Die Redirect-URIs funktionieren, sind aber schwach.</translation>
    </message>
    <message>
        <source>Use https redirect URIs outside development.</source>
        <translation>Verwenden Sie außerhalb der Entwicklung https-Redirect-URIs.</translation>
    </message>
    <message>
        <source>The redirect URIs are exact and follow the rules for this kind of client.</source>
        <translation>Die Redirect-URIs sind exakt und folgen den Regeln für diese Art von Client.</translation>
    </message>
    <message>
        <source>The client secret does not expire.</source>
        <translation>Das Client-Secret läuft nicht ab.</translation>
    </message>
    <message>
        <source>client_secret_expires_at is 0 or absent (RFC 7591 §3.2.1).</source>
        <translation>client_secret_expires_at ist 0 oder fehlt (RFC 7591 §3.2.1).</translation>
    </message>
    <message>
        <source>The client secret has expired.</source>
        <translation>Das Client-Secret ist abgelaufen.</translation>
    </message>
    <message>
        <source>client_secret_expires_at: %1</source>
        <translation>client_secret_expires_at: %1</translation>
    </message>
    <message>
        <source>Rotate the client secret.</source>
        <translation>Rotieren Sie das Client-Secret.</translation>
    </message>
    <message numerus="yes">
        <source>The client secret expires in %n day(s).</source>
        <translation>
            <numerusform>Das Client-Secret läuft in %n Tag ab.</numerusform>
            <numerusform>Das Client-Secret läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate the client secret before then.</source>
        <translation>Rotieren Sie das Client-Secret vorher.</translation>
    </message>
    <message>
        <source>The client secret is valid until %1.</source>
        <translation>Das Client-Secret ist gültig bis %1.</translation>
    </message>
    <message>
        <source>token cnf.x5t#S256: %1; certificate presented: %2</source>
        <translation>cnf.x5t#S256 des Tokens: %1; vorgelegtes Zertifikat: %2</translation>
    </message>
    <message>
        <source>The token is bound to the transport certificate (RFC 8705 §3.1).</source>
        <translation>Das Token ist an das Transportzertifikat gebunden (RFC 8705 §3.1).</translation>
    </message>
    <message>
        <source>Certificate binding not checked.</source>
        <translation>Zertifikatsbindung nicht geprüft.</translation>
    </message>
    <message>
        <source>The client is not set up for certificate-bound tokens.</source>
        <translation>Der Client ist nicht für zertifikatsgebundene Tokens eingerichtet.</translation>
    </message>
    <message>
        <source>The token is not bound to the certificate.</source>
        <translation>Das Token ist nicht an das Zertifikat gebunden.</translation>
    </message>
    <message>
        <source>Register the client with tls_client_certificate_bound_access_tokens, and call the AS&apos;s mTLS endpoints.</source>
        <translation>Registrieren Sie den Client mit tls_client_certificate_bound_access_tokens, und rufen Sie die mTLS-Endpunkte des AS auf.</translation>
    </message>
    <message>
        <source>The token is bound to another certificate.</source>
        <translation>Das Token ist an ein anderes Zertifikat gebunden.</translation>
    </message>
    <message>
        <source>Check which certificate the client presents.</source>
        <translation>Prüfen Sie, welches Zertifikat der Client vorlegt.</translation>
    </message>
    <message>
        <source>The token is bound, but no certificate was presented.</source>
        <translation>Das Token ist gebunden, aber es wurde kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>Give the client its transport certificate.</source>
        <translation>Geben Sie dem Client sein Transportzertifikat.</translation>
    </message>
    <message>
        <source>Certificate binding not visible.</source>
        <translation>Zertifikatsbindung nicht sichtbar.</translation>
    </message>
    <message>
        <source>The access token is opaque; introspect it to see its cnf.</source>
        <translation>Das Access Token ist opak; prüfen Sie es per Introspection, um sein cnf zu sehen.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::DoctorDialog</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Client vs AS</source>
        <translation>Client vs. AS</translation>
    </message>
    <message>
        <source>Keys and certificates</source>
        <translation>Schlüssel und Zertifikate</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Preflight doctor</source>
        <translation>Preflight-Diagnose</translation>
    </message>
    <message>
        <source>Preflight doctor: every client</source>
        <translation>Preflight-Diagnose: alle Clients</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Ask the AS for a &amp;test token</source>
        <translation>Ein &amp;Test-Token beim AS anfordern</translation>
    </message>
    <message>
        <source>The live check: a real token request (and its certificate binding).</source>
        <translation>Die Live-Prüfung: eine echte Token-Anfrage (und ihre Zertifikatsbindung).</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Checking… (the doctor changes nothing)</source>
        <translation>Wird geprüft… (die Diagnose ändert nichts)</translation>
    </message>
    <message>
        <source>The doctor could not run: %1</source>
        <translation>Die Diagnose konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no environment</source>
        <translation>keine Umgebung</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) checked: %1 passed, %2 warning(s), %3 failed, %4 skipped.</source>
        <translation>
            <numerusform>%n Client geprüft: %1 bestanden, %2 Warnung(en), %3 fehlgeschlagen, %4 übersprungen.</numerusform>
            <numerusform>%n Clients geprüft: %1 bestanden, %2 Warnung(en), %3 fehlgeschlagen, %4 übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report copied.</source>
        <translation>Bericht kopiert.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
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
        <translation>Client-Secret, wird nur einmal angezeigt</translation>
    </message>
    <message>
        <source>Copy &amp;secret</source>
        <translation>&amp;Secret kopieren</translation>
    </message>
    <message>
        <source>This is the only time OAuthDesk shows the secret without being asked. It is kept in the system keychain (service %1), never in OAuthDesk&apos;s data file; &lt;b&gt;Reveal secret&lt;/b&gt; in the client&apos;s details shows it again.</source>
        <translation>Nur dieses eine Mal zeigt OAuthDesk das Secret ungefragt an. Es wird im System-Schlüsselbund aufbewahrt (Dienst %1), nie in der Datendatei von OAuthDesk; &lt;b&gt;Secret anzeigen&lt;/b&gt; in den Client-Details zeigt es erneut.</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Client ID copied</source>
        <translation>Client-ID kopiert</translation>
    </message>
    <message>
        <source>Secret copied; the clipboard is cleared in 30 seconds</source>
        <translation>Secret kopiert; die Zwischenablage wird in 30 Sekunden geleert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; updated at %2&lt;/b&gt; and saved here.</source>
        <translation>&lt;b&gt;Client „%1“ bei %2 aktualisiert&lt;/b&gt; und hier gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; registered at %2.&lt;/b&gt; The authorization server issued this client ID and secret; hand them to the team that runs the client.</source>
        <translation>&lt;b&gt;Client „%1“ bei %2 registriert.&lt;/b&gt; Der Autorisierungsserver hat diese Client-ID und dieses Secret ausgestellt; übergeben Sie sie dem Team, das den Client betreibt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; registered at %2.&lt;/b&gt; The authorization server issued this client ID; hand it to the team that runs the client.</source>
        <translation>&lt;b&gt;Client „%1“ bei %2 registriert.&lt;/b&gt; Der Autorisierungsserver hat diese Client-ID ausgestellt; übergeben Sie sie dem Team, das den Client betreibt.</translation>
    </message>
    <message>
        <source>Issued %1. </source>
        <translation>Ausgestellt %1. </translation>
    </message>
    <message>
        <source>Managed at &lt;code&gt;%1&lt;/code&gt; with a registration access token kept in the keychain.</source>
        <translation>Verwaltet unter &lt;code&gt;%1&lt;/code&gt; mit einem Registrierungs-Access-Token, das im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <source>✔ The authorization server granted exactly what was asked.</source>
        <translation>✔ Der Autorisierungsserver hat genau das gewährt, was angefordert wurde.</translation>
    </message>
    <message>
        <source>The authorization server granted something different:</source>
        <translation>Der Autorisierungsserver hat etwas anderes gewährt:</translation>
    </message>
    <message>
        <source>OAuthDesk saved what the AS granted.</source>
        <translation>OAuthDesk hat gespeichert, was der AS gewährt hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; saved.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Client „%1“ gespeichert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; recorded.&lt;/b&gt; Hand the client ID and secret to the team that runs it.</source>
        <translation>&lt;b&gt;Client „%1“ erfasst.&lt;/b&gt; Übergeben Sie Client-ID und Secret dem Team, das ihn betreibt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client &quot;%1&quot; recorded.&lt;/b&gt; Hand the client ID to the team that runs it.</source>
        <translation>&lt;b&gt;Client „%1“ erfasst.&lt;/b&gt; Übergeben Sie die Client-ID dem Team, das ihn betreibt.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Dpop</name>
    <message>
        <source>A DPoP proof needs the request&apos;s method and absolute URL.</source>
        <translation>Ein DPoP-Nachweis braucht die Methode und die absolute URL der Anfrage.</translation>
    </message>
    <message>
        <source>No random bytes for the DPoP proof&apos;s jti.</source>
        <translation>Keine Zufallsbytes für die jti des DPoP-Nachweises.</translation>
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
        <translation>Client-Secret (HTTP Basic)</translation>
    </message>
    <message>
        <source>Client secret (form post)</source>
        <translation>Client-Secret (Form-Post)</translation>
    </message>
    <message>
        <source>Private key JWT</source>
        <translation>Private Key JWT</translation>
    </message>
    <message>
        <source>Mutual TLS (CA-issued certificate)</source>
        <translation>Mutual TLS (von einer CA ausgestelltes Zertifikat)</translation>
    </message>
    <message>
        <source>Mutual TLS (self-signed certificate)</source>
        <translation>Mutual TLS (selbstsigniertes Zertifikat)</translation>
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
    <message>
        <source>Client secret JWT (HMAC-signed assertion)</source>
        <translation>Client-Secret-JWT (per HMAC signierte Assertion)</translation>
    </message>
</context>
<context>
    <name>oauthdesk::EnvironmentDiffDialog</name>
    <message>
        <source>Compare environments</source>
        <translation>Umgebungen vergleichen</translation>
    </message>
    <message>
        <source>Left environment</source>
        <translation>Linke Umgebung</translation>
    </message>
    <message>
        <source>Right environment</source>
        <translation>Rechte Umgebung</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Client / setting</source>
        <translation>Client / Einstellung</translation>
    </message>
    <message>
        <source>≠ differs   &lt; only on the left   &gt; only on the right   = the same</source>
        <translation>≠ unterschiedlich   &lt; nur links   &gt; nur rechts   = gleich</translation>
    </message>
    <message>
        <source>Pick two different environments to compare.</source>
        <translation>Wählen Sie zwei verschiedene Umgebungen zum Vergleichen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>the same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has clients here.</source>
        <translation>Weder %1 noch %2 hat hier Clients.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same clients with the same settings (client IDs always differ).</source>
        <translation>%1 und %2 haben dieselben Clients mit denselben Einstellungen (Client-IDs unterscheiden sich immer).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) differ between %1 and %2.</source>
        <translation>
            <numerusform>%n Client unterscheidet sich zwischen %1 und %2.</numerusform>
            <numerusform>%n Clients unterscheiden sich zwischen %1 und %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oauthdesk::Environments</name>
    <message>
        <source>%1: %2 cannot be read (%3). Check that the file exists and you may read it.</source>
        <translation>%1: %2 kann nicht gelesen werden (%3). Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than 1 MiB, so it is not a CA certificate file. Load the PEM file of the CA certificate(s) the AS trusts for client certificates.</source>
        <translation>%1: %2 ist größer als 1 MiB und daher keine CA-Zertifikatsdatei. Laden Sie die PEM-Datei der CA-Zertifikate, denen der AS bei Client-Zertifikaten vertraut.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The environment was deleted meanwhile.</source>
        <translation>Die Umgebung wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Environment removed, but its registration credentials are still in the keychain (%1): remove them with your keychain tool.</source>
        <translation>Umgebung entfernt, aber ihre Registrierungs-Credentials sind noch im Schlüsselbund (%1): Entfernen Sie sie mit Ihrem Schlüsselbund-Werkzeug.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
    <message>
        <source>e.g. UAT or Production</source>
        <translation>z. B. UAT oder Production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Issuer-URL</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Issuer-URL:</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Konnektivität</translation>
    </message>
    <message>
        <source>Mutual TLS sends the client&apos;s transport certificate and uses the AS&apos;s mtls_endpoint_aliases (RFC 8705).</source>
        <translation>Mutual TLS sendet das Transportzertifikat des Clients und verwendet die mtls_endpoint_aliases des AS (RFC 8705).</translation>
    </message>
    <message>
        <source>&amp;Connectivity:</source>
        <translation>&amp;Konnektivität:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>&amp;API-Basis-URL:</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA-Bundle-Datei</translation>
    </message>
    <message>
        <source>optional: PEM file trusted for this environment</source>
        <translation>optional: PEM-Datei, der für diese Umgebung vertraut wird</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CA b&amp;undle:</source>
        <translation>CA-B&amp;undle:</translation>
    </message>
    <message>
        <source>Client CA the AS &amp;trusts:</source>
        <translation>Client-CA, der der AS &amp;vertraut:</translation>
    </message>
    <message>
        <source>Client assertion audience</source>
        <translation>Client-Assertion-Audience</translation>
    </message>
    <message>
        <source>What a private_key_jwt client assertion names as its audience (aud). RFC 7523 allows the token endpoint or the issuer; some ASs want the endpoint called for introspection and revocation. Change it only when this AS refuses the assertion.</source>
        <translation>Was eine private_key_jwt-Client-Assertion als ihre Audience (aud) nennt. RFC 7523 erlaubt den Token-Endpunkt oder den Issuer; manche AS verlangen bei Introspection und Widerruf den aufgerufenen Endpunkt. Ändern Sie dies nur, wenn dieser AS die Assertion ablehnt.</translation>
    </message>
    <message>
        <source>Client assertion au&amp;dience:</source>
        <translation>&amp;Client-Assertion-Audience:</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Choices (value=label, …)</source>
        <translation>Auswahl (Wert=Bezeichnung, …)</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>&amp;Header hinzufügen</translation>
    </message>
    <message>
        <source>Add X-&amp;Region</source>
        <translation>X-&amp;Region hinzufügen</translation>
    </message>
    <message>
        <source>X-Region with the choices 0 Default, 1 EMEA, 2 APAC</source>
        <translation>X-Region mit der Auswahl 0 Standard, 1 EMEA, 2 APAC</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>&amp;Zusätzliche Header:</translation>
    </message>
    <message>
        <source>Re&amp;fresh discovery</source>
        <translation>Disc&amp;overy aktualisieren</translation>
    </message>
    <message>
        <source>Fetch {issuer}/.well-known/openid-configuration (or the RFC 8414 location) now</source>
        <translation>{issuer}/.well-known/openid-configuration (oder den Ort nach RFC 8414) jetzt abrufen</translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation>Discovery:</translation>
    </message>
    <message>
        <source>&amp;Save environment</source>
        <translation>Umgebung &amp;speichern</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation>EMEA</translation>
    </message>
    <message>
        <source>APAC</source>
        <translation>APAC</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA-Bundle (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New environment: fill in the name and issuer URL, then Save.</source>
        <translation>Neue Umgebung: Geben Sie Name und Issuer-URL ein und klicken Sie dann auf „Umgebung speichern“.</translation>
    </message>
    <message>
        <source>Environment name &quot;%1&quot; is already used; choose another.</source>
        <translation>Der Umgebungsname „%1“ wird bereits verwendet; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; saved.</source>
        <translation>Umgebung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Environment removed. Clients that used it keep their settings.</source>
        <translation>Umgebung entfernt. Clients, die sie verwendet haben, behalten ihre Einstellungen.</translation>
    </message>
    <message>
        <source>The CA certificate(s) the AS accepts client certificates from (tls_client_auth, RFC 8705 §2.1): public certificates only, never a key. The doctor checks that transport certificates chain to them.</source>
        <translation>Die CA-Zertifikate, von denen der AS Client-Zertifikate akzeptiert (tls_client_auth, RFC 8705 §2.1): nur öffentliche Zertifikate, niemals ein Schlüssel. Die Diagnose prüft, ob die Ketten der Transportzertifikate zu ihnen führen.</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Load the client CA the AS trusts from a file</source>
        <translation>Die Client-CA, der der AS vertraut, aus einer Datei laden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the client CA the AS trusts</source>
        <translation>Die Client-CA, der der AS vertraut, leeren</translation>
    </message>
    <message>
        <source>Client CA the AS trusts (PEM)</source>
        <translation>Client-CA, der der AS vertraut (PEM)</translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>CA-Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client CA cleared; Save environment to keep the change.</source>
        <translation>Client-CA geleert; speichern Sie die Umgebung, um die Änderung zu behalten.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n CA certificate(s); Save environment to keep them.</source>
        <translation>
            <numerusform>%n CA-Zertifikat geladen; speichern Sie die Umgebung, um es zu behalten.</numerusform>
            <numerusform>%n CA-Zertifikate geladen; speichern Sie die Umgebung, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: the doctor cannot check that transport certificates&lt;br&gt;chain to the CA the AS trusts. Load the CA certificate(s) the AS&lt;br&gt;accepts client certificates from.</source>
        <translation>Nicht festgelegt: Die Diagnose kann nicht prüfen, ob die Ketten der Transportzertifikate&lt;br&gt;zur CA führen, der der AS vertraut. Laden Sie die CA-Zertifikate, von denen der AS&lt;br&gt;Client-Zertifikate akzeptiert.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s), on %1</source>
        <translation>
            <numerusform>läuft in %n Tag ab, am %1</numerusform>
            <numerusform>läuft in %n Tagen ab, am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>root</source>
        <translation>Root-CA</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Registrierung:</translation>
    </message>
    <message>
        <source>Save the environment, then fetch its metadata.</source>
        <translation>Speichern Sie die Umgebung und rufen Sie dann ihre Metadaten ab.</translation>
    </message>
    <message>
        <source>Not fetched yet. &lt;b&gt;Refresh discovery&lt;/b&gt; reads the AS&apos;s metadata; a test token fetches it too.</source>
        <translation>Noch nicht abgerufen. &lt;b&gt;Discovery aktualisieren&lt;/b&gt; liest die Metadaten des AS; ein Test-Token ruft sie ebenfalls ab.</translation>
    </message>
    <message>
        <source>The cached metadata is not usable: %1</source>
        <translation>Die zwischengespeicherten Metadaten sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
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
        <source>Registration</source>
        <translation>Registrierung</translation>
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
        <source>JWKS</source>
        <translation>JWKS</translation>
    </message>
    <message>
        <source>Auth methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant-Types</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Fetching %1… (gives up after %2 s)</source>
        <translation>%1 wird abgerufen… (Abbruch nach %2 s)</translation>
    </message>
    <message>
        <source>Metadata fetched and cached.</source>
        <translation>Metadaten abgerufen und zwischengespeichert.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ExchangeView</name>
    <message>
        <source>Request and response</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Requests and responses, as sent and received</source>
        <translation>Anfragen und Antworten, wie gesendet und empfangen</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ExpiryRadar</name>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a duration. Type a number of days, weeks, months (30 days) or years up to 100 years, such as 30d, 12w, 6m or 1y.</source>
        <translation>%1: „%2“ ist kein Zeitraum. Geben Sie eine Anzahl Tage, Wochen, Monate (zu 30 Tagen) oder Jahre bis 100 Jahre ein, etwa 30d, 12w, 6m oder 1y.</translation>
    </message>
    <message>
        <source>%1 expires: %2</source>
        <translation>%1 läuft ab: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; expires on %3 UTC.</source>
        <translation>%1 „%2“ läuft am %3 UTC ab.</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Verwendet von: %1</translation>
    </message>
    <message>
        <source>Renew or rotate it in OAuthDesk before then.</source>
        <translation>Vorher in OAuthDesk erneuern oder rotieren.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): pick another folder.</source>
        <translation>%1 kann nicht geschrieben werden (%2): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Transport certificate</source>
        <translation>Transportzertifikat</translation>
    </message>
    <message>
        <source>Local CA</source>
        <translation>Lokale CA</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Registration access token</source>
        <translation>Registrierungs-Access-Token</translation>
    </message>
    <message>
        <source>Client CA the AS trusts</source>
        <translation>Client-CA, der der AS vertraut</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Within 14 days</source>
        <translation>Innerhalb von 14 Tagen</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ExpiryRadarDialog</name>
    <message>
        <source>Expiry radar</source>
        <translation>Ablauf-Radar</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Innerhalb von:</translation>
    </message>
    <message>
        <source>Show what expires within</source>
        <translation>Anzeigen, was innerhalb dieses Zeitraums abläuft</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>14 days</source>
        <translation>14 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird durchsucht…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
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
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>What expires, soonest first</source>
        <translation>Was abläuft, das Früheste zuerst</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>In &amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>Erneut &amp;durchsuchen</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Nothing recorded expires.</source>
        <translation>Nichts Erfasstes läuft ab.</translation>
    </message>
    <message>
        <source>Nothing expires in that time (%1 later).</source>
        <translation>In diesem Zeitraum läuft nichts ab (%1 später).</translation>
    </message>
    <message>
        <source>%1 shown; %2 expired or expiring within 14 days.</source>
        <translation>%1 angezeigt; %2 abgelaufen oder innerhalb von 14 Tagen ablaufend.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Exported to %1 (%2 calendar events).</source>
        <translation>Nach %1 exportiert (%2 Kalendereinträge).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Explanation</name>
    <message>
        <source>The {endpoint} endpoint rejected the client assertion (private_key_jwt, invalid_client) for {request}: check that the AS knows this signing key under the kid sent and accepts its algorithm, and this machine&apos;s clock (an expired assertion or a reused jti is refused). The assertion&apos;s audience was {aud} ({rule}); if this AS wants another, change &quot;Client assertion audience&quot; in Settings → Environments.</source>
        <translation>Der {endpoint}-Endpunkt hat die Client-Assertion (private_key_jwt, invalid_client) für {request} abgelehnt: Prüfen Sie, ob der AS diesen Signaturschlüssel unter der gesendeten kid kennt und seinen Algorithmus akzeptiert, und prüfen Sie die Uhr dieses Rechners (eine abgelaufene Assertion oder eine wiederverwendete jti wird abgelehnt). Die Audience der Assertion war {aud} ({rule}); wenn dieser AS eine andere erwartet, ändern Sie „Client-Assertion-Audience“ unter Einstellungen → Umgebungen.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint did not accept the client certificate ({method}, invalid_client) for {request}: check that the transport certificate was presented at the AS&apos;s mTLS endpoint, and that its subject DN (tls_client_auth) or the registered certificate (self_signed_tls_client_auth) matches the registration.</source>
        <translation>Der {endpoint}-Endpunkt hat das Client-Zertifikat ({method}, invalid_client) für {request} nicht akzeptiert: Prüfen Sie, ob das Transportzertifikat am mTLS-Endpunkt des AS vorgelegt wurde und ob sein Subject-DN (tls_client_auth) bzw. das registrierte Zertifikat (self_signed_tls_client_auth) zur Registrierung passt.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint does not accept this client as a public client (none, invalid_client) for {request}: check that the AS has this client ID registered with the method &quot;none&quot;.{publicCalls}</source>
        <translation>Der {endpoint}-Endpunkt akzeptiert diesen Client nicht als öffentlichen Client (none, invalid_client) für {request}: Prüfen Sie, ob beim AS diese Client-ID mit der Methode „none“ registriert ist.{publicCalls}</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused this client&apos;s secret ({method}, invalid_client) for {request}: the secret expired on {secretExpiry}, the date the AS gave it when it issued it (client_secret_expires_at). A new secret is needed: for a client registered through OAuthDesk, &quot;Ask AS for a new secret&quot; (oauthdesk-cli clients rotate-secret CLIENT --at-as); otherwise get one in the AS&apos;s console and store it here.</source>
        <translation>Der {endpoint}-Endpunkt hat das Secret dieses Clients ({method}, invalid_client) für {request} abgelehnt: Das Secret ist am {secretExpiry} abgelaufen, dem Datum, das der AS ihm bei der Ausstellung gegeben hat (client_secret_expires_at). Ein neues Secret ist nötig: Für einen über OAuthDesk registrierten Client „Neues Secret beim AS anfordern“ (oauthdesk-cli clients rotate-secret CLIENT --at-as); andernfalls holen Sie eines in der Konsole des AS und speichern es hier.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint rejected this client&apos;s credentials ({method}, invalid_client) for {request}: check that the secret in the keychain matches the one at the AS and has not expired there, and that the AS expects {method} for this client.</source>
        <translation>Der {endpoint}-Endpunkt hat die Zugangsdaten dieses Clients ({method}, invalid_client) für {request} abgelehnt: Prüfen Sie, ob das Secret im Schlüsselbund mit dem beim AS übereinstimmt und dort nicht abgelaufen ist, und ob der AS für diesen Client {method} erwartet.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With {method} that usually means a wrong client secret: check that the secret in the keychain matches the one at the AS and that the AS expects {method}{scopeCheck}.</source>
        <translation>Der {endpoint}-Endpunkt hat {request} mit HTTP {status} ohne OAuth-Fehler abgelehnt. Bei {method} bedeutet das meist ein falsches Client-Secret: Prüfen Sie, ob das Secret im Schlüsselbund mit dem beim AS übereinstimmt und ob der AS {method} erwartet{scopeCheck}.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With private_key_jwt that usually means the client assertion was not accepted: its audience was {aud} ({rule}; change &quot;Client assertion audience&quot; in Settings → Environments if this AS wants another); also check that the AS knows the signing key under its kid and this machine&apos;s clock{scopeCheck}.</source>
        <translation>Der {endpoint}-Endpunkt hat {request} mit HTTP {status} ohne OAuth-Fehler abgelehnt. Bei private_key_jwt bedeutet das meist, dass die Client-Assertion nicht akzeptiert wurde: Ihre Audience war {aud} ({rule}; ändern Sie „Client-Assertion-Audience“ unter Einstellungen → Umgebungen, wenn dieser AS eine andere erwartet); prüfen Sie außerdem, ob der AS den Signaturschlüssel unter seiner kid kennt, und die Uhr dieses Rechners{scopeCheck}.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With {method} that usually means the client certificate was not presented or not trusted: check that the environment uses the AS&apos;s mTLS endpoint and that the AS trusts the certificate&apos;s issuer (or has the self-signed certificate registered){scopeCheck}.</source>
        <translation>Der {endpoint}-Endpunkt hat {request} mit HTTP {status} ohne OAuth-Fehler abgelehnt. Bei {method} bedeutet das meist, dass das Client-Zertifikat nicht vorgelegt wurde oder ihm nicht vertraut wird: Prüfen Sie, ob die Umgebung den mTLS-Endpunkt des AS verwendet und ob der AS dem Aussteller des Zertifikats vertraut (oder das selbstsignierte Zertifikat registriert hat){scopeCheck}.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. This is a public client (method &quot;none&quot;: it sends only its client ID): check that the AS knows this client ID as a public client and allows it what {request} asks for.</source>
        <translation>Der {endpoint}-Endpunkt hat {request} mit HTTP {status} ohne OAuth-Fehler abgelehnt. Dies ist ein öffentlicher Client (Methode „none“: Er sendet nur seine Client-ID): Prüfen Sie, ob der AS diese Client-ID als öffentlichen Client kennt und ihm erlaubt, was {request} anfragt.</translation>
    </message>
    <message>
        <source>The authorization server refused the code exchange of this public client (unauthorized_client): either the authorization code grant is not enabled for it there, or the AS holds it as a confidential client that must authenticate (some ASs make a client registered with token_endpoint_auth_method &quot;none&quot; confidential anyway). Check both at the AS.</source>
        <translation>Der Autorisierungsserver hat die Code-Einlösung dieses öffentlichen Clients abgelehnt (unauthorized_client): Entweder ist der Authorization-Code-Grant dort für ihn nicht aktiviert, oder der AS führt ihn als vertraulichen Client, der sich authentifizieren muss (manche Autorisierungsserver machen einen mit token_endpoint_auth_method „none“ registrierten Client trotzdem vertraulich). Prüfen Sie beides beim AS.</translation>
    </message>
    <message>
        <source>This client is not allowed {grant} at the authorization server (unauthorized_client): enable the grant type &quot;{grantWire}&quot; for it there.</source>
        <translation>Dieser Client darf {grant} beim Autorisierungsserver nicht verwenden (unauthorized_client): Aktivieren Sie dort den Grant-Type „{grantWire}“ für ihn.</translation>
    </message>
    <message>
        <source>This client is not allowed to use the {endpoint} endpoint at the authorization server (unauthorized_client, {method}): allow it there, or call it as a client that may.</source>
        <translation>Dieser Client darf den {endpoint}-Endpunkt beim Autorisierungsserver nicht verwenden (unauthorized_client, {method}): Erlauben Sie es dort, oder rufen Sie ihn mit einem Client auf, der es darf.</translation>
    </message>
    <message>
        <source>The authorization server refused the scopes of {request} (invalid_scope): ask only for scopes this client is allowed at the AS.</source>
        <translation>Der Autorisierungsserver hat die Scopes abgelehnt, die {request} anfragt (invalid_scope): Fragen Sie nur Scopes an, die diesem Client beim AS erlaubt sind.</translation>
    </message>
    <message>
        <source>The authorization server refused the scopes of {request} (it answered &quot;scope_invalid&quot;, which is not an RFC 6749 error code; read as invalid_scope): ask only for scopes this client is allowed at the AS.</source>
        <translation>Der Autorisierungsserver hat die Scopes abgelehnt, die {request} anfragt (er antwortete „scope_invalid“, was kein Fehlercode aus RFC 6749 ist; gewertet als invalid_scope): Fragen Sie nur Scopes an, die diesem Client beim AS erlaubt sind.</translation>
    </message>
    <message>
        <source>The authorization server does not support {grant} at its token endpoint (unsupported_grant_type).</source>
        <translation>Der Autorisierungsserver unterstützt {grant} an seinem Token-Endpunkt nicht (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>The authorization code was refused (invalid_grant): it expired or was already used, or the redirect_uri or the PKCE code_verifier does not match the authorization request. Sign in again.</source>
        <translation>Der Authorization Code wurde abgelehnt (invalid_grant): Er ist abgelaufen oder wurde bereits verwendet, oder die redirect_uri bzw. der PKCE-code_verifier passt nicht zur Autorisierungsanfrage. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The refresh token was refused (invalid_grant): it was revoked, expired, or replaced by a newer one (refresh token rotation). Sign in again.</source>
        <translation>Das Refresh Token wurde abgelehnt (invalid_grant): Es wurde widerrufen, ist abgelaufen oder wurde durch ein neueres ersetzt (Refresh-Token-Rotation). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The authorization server refused {request} (invalid_grant): the grant is invalid, expired or was issued to another client.</source>
        <translation>Der Autorisierungsserver hat {request} abgelehnt (invalid_grant): Der Grant ist ungültig, abgelaufen oder wurde für einen anderen Client ausgestellt.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint says {request} is malformed (invalid_request): a parameter is missing, repeated or not allowed; the AS&apos;s error_description names it.</source>
        <translation>Der {endpoint}-Endpunkt meldet, {request} sei fehlerhaft (invalid_request): Ein Parameter fehlt, ist doppelt oder nicht erlaubt; die error_description des AS nennt ihn.</translation>
    </message>
    <message>
        <source>The authorization server does not know the resource {request} asked for (invalid_target, RFC 8707).</source>
        <translation>Der Autorisierungsserver kennt die Ressource nicht, nach der {request} gefragt hat (invalid_target, RFC 8707).</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint does not handle this kind of token (unsupported_token_type): many ASs accept only refresh tokens there, or only opaque access tokens.</source>
        <translation>Der {endpoint}-Endpunkt verarbeitet diese Art von Token nicht (unsupported_token_type): Viele Autorisierungsserver akzeptieren dort nur Refresh Tokens oder nur opake Access Tokens.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint redirected (HTTP {status}) to {location}. OAuthDesk does not send client credentials after a redirect: use the final URL as the {endpoint} endpoint.</source>
        <translation>Der {endpoint}-Endpunkt hat an {location} weitergeleitet (HTTP {status}). OAuthDesk sendet nach einer Weiterleitung keine Client-Zugangsdaten: Verwenden Sie die endgültige URL als {endpoint}-Endpunkt.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint failed with HTTP {status}, a server error rather than a refusal of this client: try again later, or look at the AS&apos;s logs.</source>
        <translation>Der {endpoint}-Endpunkt ist mit HTTP {status} gescheitert, einem Serverfehler und keiner Ablehnung dieses Clients: Versuchen Sie es später erneut, oder sehen Sie in den Logs des AS nach.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} ({method}) with the error &quot;{code}&quot;, which OAuthDesk has no explanation for; the AS&apos;s error_description may say more.</source>
        <translation>Der {endpoint}-Endpunkt hat {request} ({method}) mit dem Fehler „{code}“ abgelehnt, für den OAuthDesk keine Erklärung hat; die error_description des AS sagt vielleicht mehr.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint answered HTTP {status} without an OAuth error: check the {endpoint} endpoint URL and any proxy in between.</source>
        <translation>Der {endpoint}-Endpunkt hat mit HTTP {status} ohne OAuth-Fehler geantwortet: Prüfen Sie die URL des {endpoint}-Endpunkts und etwaige Proxys dazwischen.</translation>
    </message>
    <message>
        <source>the client credentials grant</source>
        <translation>den Client-Credentials-Grant</translation>
    </message>
    <message>
        <source>the authorization code grant</source>
        <translation>den Authorization-Code-Grant</translation>
    </message>
    <message>
        <source>the refresh token grant</source>
        <translation>den Refresh-Token-Grant</translation>
    </message>
    <message>
        <source>the grant &quot;%1&quot;</source>
        <translation>den Grant „%1“</translation>
    </message>
    <message>
        <source>the client credentials request</source>
        <translation>die Client-Credentials-Anfrage</translation>
    </message>
    <message>
        <source>the code exchange (authorization code grant)</source>
        <translation>die Code-Einlösung (Authorization-Code-Grant)</translation>
    </message>
    <message>
        <source>the refresh (refresh token grant)</source>
        <translation>die Token-Erneuerung (Refresh-Token-Grant)</translation>
    </message>
    <message>
        <source>the token request (grant &quot;%1&quot;)</source>
        <translation>die Token-Anfrage (Grant „%1“)</translation>
    </message>
    <message>
        <source>the introspection request</source>
        <translation>die Introspection-Anfrage</translation>
    </message>
    <message>
        <source>the revocation request</source>
        <translation>die Widerrufsanfrage</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>introspection</source>
        <translation>Introspection</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>Widerrufs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>this environment&apos;s rule: %1</source>
        <translation>Regel dieser Umgebung: %1</translation>
    </message>
    <message>
        <source>(no Location)</source>
        <translation>(kein Location-Header)</translation>
    </message>
    <message>
        <source>, and that the client may ask for these scopes</source>
        <translation>, und ob der Client diese Scopes anfragen darf</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source> Many ASs let only confidential clients call introspection and revocation.</source>
        <translation> Viele Autorisierungsserver lassen nur vertrauliche Clients Introspection und Widerruf aufrufen.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint rejected the client assertion (client_secret_jwt, invalid_client) for {request}: check that the secret in the keychain matches the one at the AS (the assertion is MACed with it), that the AS expects client_secret_jwt for this client, and this machine&apos;s clock (an expired assertion or a reused jti is refused). The assertion&apos;s audience was {aud} ({rule}); if this AS wants another, change &quot;Client assertion audience&quot; in Settings → Environments.</source>
        <translation>Der {endpoint}-Endpunkt hat die Client-Assertion (client_secret_jwt, invalid_client) für {request} abgelehnt: Prüfen Sie, ob das Secret im Schlüsselbund mit dem beim AS übereinstimmt (die Assertion wird damit per HMAC gesichert), ob der AS für diesen Client client_secret_jwt erwartet, und die Uhr dieses Rechners (eine abgelaufene Assertion oder eine wiederverwendete jti wird abgelehnt). Die Audience der Assertion war {aud} ({rule}); wenn dieser AS eine andere erwartet, ändern Sie „Client-Assertion-Audience“ unter Einstellungen → Umgebungen.</translation>
    </message>
    <message>
        <source>The {endpoint} endpoint refused {request} with HTTP {status} and no OAuth error. With client_secret_jwt that usually means the assertion was not accepted: check that the secret in the keychain matches the one at the AS; its audience was {aud} ({rule}){scopeCheck}.</source>
        <translation>Der {endpoint}-Endpunkt hat {request} mit HTTP {status} und ohne OAuth-Fehler abgelehnt. Bei client_secret_jwt heißt das meist, dass die Assertion nicht akzeptiert wurde: Prüfen Sie, ob das Secret im Schlüsselbund mit dem beim AS übereinstimmt; ihre Audience war {aud} ({rule}){scopeCheck}.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ExportPassphraseDialog</name>
    <message>
        <source>Export PKCS#12</source>
        <translation>PKCS#12 exportieren</translation>
    </message>
    <message>
        <source>Export private key</source>
        <translation>Privaten Schlüssel exportieren</translation>
    </message>
    <message>
        <source>The PKCS#12 file contains the private key of %1. Anyone with the file and the passphrase can authenticate as this client. Keep it only where the server that needs it can read it, and delete copies you do not need.</source>
        <translation>Die PKCS#12-Datei enthält den privaten Schlüssel von %1. Wer die Datei und die Passphrase hat, kann sich als dieser Client authentifizieren. Bewahren Sie sie nur dort auf, wo der Server, der sie braucht, sie lesen kann, und löschen Sie nicht benötigte Kopien.</translation>
    </message>
    <message>
        <source>The file contains the private key of %1, encrypted with the passphrase. Anyone with the file and the passphrase can authenticate as this client.</source>
        <translation>Die Datei enthält den privaten Schlüssel von %1, verschlüsselt mit der Passphrase. Wer die Datei und die Passphrase hat, kann sich als dieser Client authentifizieren.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Modern (AES-256, PBKDF2-SHA256)</source>
        <translation>&amp;Modern (AES-256, PBKDF2-SHA256)</translation>
    </message>
    <message>
        <source>Modern profile</source>
        <translation>Modernes Profil</translation>
    </message>
    <message>
        <source>&amp;Compatible (3DES, SHA-1)</source>
        <translation>&amp;Kompatibel (3DES, SHA-1)</translation>
    </message>
    <message>
        <source>Compatible profile</source>
        <translation>Kompatibles Profil</translation>
    </message>
    <message>
        <source>Only for older Windows servers and appliances that cannot read AES-protected files: 3DES and SHA-1 are weak.</source>
        <translation>Nur für ältere Windows-Server und Appliances, die AES-geschützte Dateien nicht lesen können: 3DES und SHA-1 sind schwach.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase in both fields.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Geben Sie in beiden Feldern dieselbe Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Handoff</name>
    <message>
        <source>The discovery of environment &quot;%1&quot; names no token_endpoint: check the issuer, then refresh its discovery.</source>
        <translation>Die Discovery der Umgebung „%1“ nennt keinen token_endpoint: Prüfen Sie den Issuer und aktualisieren Sie dann ihre Discovery.</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; has no client ID yet: register it or enter the ID the AS issued, then export it.</source>
        <translation>Client „%1“ hat noch keine Client-ID: Registrieren Sie ihn oder geben Sie die vom AS ausgestellte ID ein, und exportieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; signs a person in (authorization code): the hand-off pack covers client credentials clients (machine to machine) only.</source>
        <translation>Client „%1“ meldet eine Person an (Authorization Code): Das Übergabepaket deckt nur Client-Credentials-Clients (Maschine zu Maschine) ab.</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; has no environment: choose its environment (its AS) first.</source>
        <translation>Client „%1“ hat keine Umgebung: Wählen Sie zuerst seine Umgebung (seinen AS).</translation>
    </message>
    <message>
        <source>Could not create the folder %1: check its parent&apos;s permissions.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: Prüfen Sie die Berechtigungen des übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not restrict who may read %1: %2; nothing was written.</source>
        <translation>Der Lesezugriff auf %1 konnte nicht eingeschränkt werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Say where to write the hand-off pack.</source>
        <translation>Geben Sie an, wohin das Übergabepaket geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 is a file; the %2 pack has several files and needs a folder: name a new or existing folder, or a .zip file.</source>
        <translation>%1 ist eine Datei; das %2-Paket besteht aus mehreren Dateien und braucht einen Ordner: Geben Sie einen neuen oder vorhandenen Ordner oder eine .zip-Datei an.</translation>
    </message>
    <message>
        <source>%1 is a folder: name the zip file to write, such as %2.</source>
        <translation>%1 ist ein Ordner: Geben Sie die zu schreibende Zip-Datei an, z. B. %2.</translation>
    </message>
    <message>
        <source>The hand-off pack has no files to zip.</source>
        <translation>Das Übergabepaket enthält keine Dateien zum Zippen.</translation>
    </message>
    <message>
        <source>The client secret has characters a .env file cannot hold, so it is not in these files: export %1 instead.</source>
        <translation>Das Client-Secret enthält Zeichen, die eine .env-Datei nicht aufnehmen kann, daher ist es nicht in diesen Dateien: Exportieren Sie stattdessen %1.</translation>
    </message>
    <message>
        <source>Bruno presents the certificate and key files named by %1 and %2 (paths, in .env or the environment): bruno.json&apos;s clientCertificates.</source>
        <translation>Bruno präsentiert die Zertifikats- und Schlüsseldateien, die %1 und %2 benennen (Pfade, in .env oder in der Umgebung): clientCertificates in bruno.json.</translation>
    </message>
    <message>
        <source>Bruno reads the client assertion from %1 (in .env or the environment).</source>
        <translation>Bruno liest die Client-Assertion aus %1 (in .env oder in der Umgebung).</translation>
    </message>
    <message>
        <source>Generated by OAuthDesk for %1.</source>
        <translation>Von OAuthDesk für %1 erzeugt.</translation>
    </message>
    <message>
        <source>Run: bru run --env %1</source>
        <translation>Ausführen: bru run --env %1</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Token holen</translation>
    </message>
    <message>
        <source>Client credentials token request, authenticated with %1.</source>
        <translation>Token-Anfrage mit Client Credentials, authentifiziert mit %1.</translation>
    </message>
    <message>
        <source>Sample API call</source>
        <translation>Beispiel-API-Aufruf</translation>
    </message>
    <message>
        <source>Copy to .env and fill in, or export these variables.</source>
        <translation>Nach .env kopieren und ausfüllen, oder diese Variablen exportieren.</translation>
    </message>
    <message>
        <source>The client secret (secret: never commit this file).</source>
        <translation>Das Client-Secret (geheim: diese Datei niemals committen).</translation>
    </message>
    <message>
        <source>The client secret is not in these files: fill in client_secret (the curl script and the Bruno collection read it from the CLIENT_SECRET environment variable).</source>
        <translation>Das Client-Secret ist nicht in diesen Dateien: Tragen Sie client_secret ein (das curl-Skript und die Bruno-Collection lesen es aus der Umgebungsvariablen CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>These files contain the client secret. Hand them over the way you would hand over a password, and never commit them.</source>
        <translation>Diese Dateien enthalten das Client-Secret. Übergeben Sie sie so, wie Sie ein Passwort übergeben würden, und committen Sie sie niemals.</translation>
    </message>
    <message>
        <source>client_secret_basic: the client ID and secret are form-encoded before Base64 (RFC 6749 §2.3.1), so that characters such as &apos;:&apos;, &apos;+&apos; and &apos;%&apos; reach the AS as they are; the files do it for you.</source>
        <translation>client_secret_basic: Client-ID und Secret werden vor Base64 formularkodiert (RFC 6749 §2.3.1), damit Zeichen wie &apos;:&apos;, &apos;+&apos; und &apos;%&apos; unverändert beim AS ankommen; die Dateien erledigen das für Sie.</translation>
    </message>
    <message>
        <source>private_key_jwt: the token request needs a client assertion (RFC 7523): a JWT with iss and sub &quot;%1&quot;, aud &quot;%2&quot;, a unique jti and a short exp, signed with the client&apos;s signing key. The key is not in these files: sign the assertion with your own tooling and put it in client_assertion (a new one for each token request).</source>
        <translation>private_key_jwt: Die Token-Anfrage braucht eine Client-Assertion (RFC 7523): ein JWT mit iss und sub „%1“, aud „%2“, einer eindeutigen jti und einer kurzen exp, signiert mit dem Signaturschlüssel des Clients. Der Schlüssel ist nicht in diesen Dateien: Signieren Sie die Assertion mit Ihren eigenen Werkzeugen und tragen Sie sie in client_assertion ein (eine neue für jede Token-Anfrage).</translation>
    </message>
    <message>
        <source>Mutual TLS (%1): the token request must present the client&apos;s transport certificate and its private key, which are not in these files: give your tool both as PEM files, for host %2.</source>
        <translation>Mutual TLS (%1): Die Token-Anfrage muss das Transportzertifikat des Clients und seinen privaten Schlüssel präsentieren, die nicht in diesen Dateien sind: Geben Sie Ihrem Werkzeug beide als PEM-Dateien, für den Host %2.</translation>
    </message>
    <message>
        <source>The tokens are bound to the client certificate (RFC 8705): API calls must present the same certificate.</source>
        <translation>Die Tokens sind an das Client-Zertifikat gebunden (RFC 8705): API-Aufrufe müssen dasselbe Zertifikat präsentieren.</translation>
    </message>
    <message>
        <source>The environment has no API base URL: fill in api_base_url for the sample API call.</source>
        <translation>Die Umgebung hat keine API-Basis-URL: Tragen Sie api_base_url für den Beispiel-API-Aufruf ein.</translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation>Client-Secret von %1: </translation>
    </message>
    <message>
        <source>Set CLIENT_SECRET (export CLIENT_SECRET=...) or run this script in a terminal.</source>
        <translation>Setzen Sie CLIENT_SECRET (export CLIENT_SECRET=...) oder führen Sie dieses Skript in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Client assertion of %1 (a JWT, RFC 7523): </source>
        <translation>Client-Assertion von %1 (ein JWT, RFC 7523): </translation>
    </message>
    <message>
        <source>No client assertion: export CLIENT_ASSERTION or pipe the JWT signed with the client&apos;s key into this script (RFC 7523).</source>
        <translation>Keine Client-Assertion: Exportieren Sie CLIENT_ASSERTION oder leiten Sie das mit dem Schlüssel des Clients signierte JWT per Pipe an dieses Skript (RFC 7523).</translation>
    </message>
    <message>
        <source>The script reads the assertion from CLIENT_ASSERTION, else from standard input: sign-tool | sh %1</source>
        <translation>Das Skript liest die Assertion aus CLIENT_ASSERTION, sonst von der Standardeingabe: sign-tool | sh %1</translation>
    </message>
    <message>
        <source>The script gives curl the files named by CLIENT_CERT and CLIENT_KEY (PEM): --cert and --key.</source>
        <translation>Das Skript übergibt curl die Dateien, die CLIENT_CERT und CLIENT_KEY benennen (PEM): --cert und --key.</translation>
    </message>
    <message>
        <source>%1: a token and a sample API call with curl, generated by OAuthDesk.</source>
        <translation>%1: ein Token und ein Beispiel-API-Aufruf mit curl, erzeugt von OAuthDesk.</translation>
    </message>
    <message>
        <source>Needs only sh, curl, od, sed and base64 (no jq): the token is taken from the JSON answer with sed, which expects the access_token string without escaped characters, as ASs issue them.</source>
        <translation>Braucht nur sh, curl, od, sed und base64 (kein jq): Das Token wird mit sed aus der JSON-Antwort entnommen; das setzt einen access_token-String ohne Escape-Zeichen voraus, wie AS ihn ausstellen.</translation>
    </message>
    <message>
        <source>A private CA: export CURL_CA_BUNDLE=/path/to/ca.pem (curl reads it).</source>
        <translation>Eine private CA: export CURL_CA_BUNDLE=/path/to/ca.pem (curl liest sie).</translation>
    </message>
    <message>
        <source>The secret and the token go to curl on standard input, never as arguments (ps shows those).</source>
        <translation>Secret und Token gehen über die Standardeingabe an curl, nie als Argumente (ps zeigt diese an).</translation>
    </message>
    <message>
        <source>Secret: delete this line before sharing the script.</source>
        <translation>Geheim: Löschen Sie diese Zeile, bevor Sie das Skript weitergeben.</translation>
    </message>
    <message>
        <source>export CLIENT_CERT and CLIENT_KEY: the transport certificate and key files (PEM)</source>
        <translation>export CLIENT_CERT und CLIENT_KEY: die Dateien von Transportzertifikat und Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>export CLIENT_KEY: the transport key file (PEM)</source>
        <translation>export CLIENT_KEY: die Transport-Schlüsseldatei (PEM)</translation>
    </message>
    <message>
        <source>The token request failed; the AS answered:</source>
        <translation>Die Token-Anfrage ist fehlgeschlagen; der AS hat geantwortet:</translation>
    </message>
    <message>
        <source>RFC 6749 §2.3.1: client_secret_basic form-encodes the client ID and secret (Appendix B) before Base64.</source>
        <translation>RFC 6749 §2.3.1: client_secret_basic formularkodiert Client-ID und Secret (Anhang B) vor Base64.</translation>
    </message>
    <message>
        <source>1. The token request (client credentials, %1).</source>
        <translation>1. Die Token-Anfrage (Client Credentials, %1).</translation>
    </message>
    <message>
        <source>No access_token in the answer:</source>
        <translation>Kein access_token in der Antwort:</translation>
    </message>
    <message>
        <source>Got an access token.</source>
        <translation>Access Token erhalten.</translation>
    </message>
    <message>
        <source>2. A sample API call with the token.</source>
        <translation>2. Ein Beispiel-API-Aufruf mit dem Token.</translation>
    </message>
    <message>
        <source>Client certificate: in VS Code, &quot;rest-client.certificates&quot; in settings.json, { &quot;%1&quot;: { &quot;cert&quot;: &quot;CERT.pem&quot;, &quot;key&quot;: &quot;KEY.pem&quot; } }; in JetBrains IDEs, &quot;SSLConfiguration&quot;: { &quot;clientCertificate&quot;: &quot;CERT.pem&quot;, &quot;clientCertificateKey&quot;: &quot;KEY.pem&quot; } in the environment of http-client.private.env.json.</source>
        <translation>Client-Zertifikat: in VS Code &quot;rest-client.certificates&quot; in settings.json, { &quot;%1&quot;: { &quot;cert&quot;: &quot;CERT.pem&quot;, &quot;key&quot;: &quot;KEY.pem&quot; } }; in JetBrains-IDEs &quot;SSLConfiguration&quot;: { &quot;clientCertificate&quot;: &quot;CERT.pem&quot;, &quot;clientCertificateKey&quot;: &quot;KEY.pem&quot; } in der Umgebung von http-client.private.env.json.</translation>
    </message>
    <message>
        <source>%1: generated by OAuthDesk for the VS Code REST Client and the JetBrains HTTP Client.</source>
        <translation>%1: von OAuthDesk erzeugt für den VS Code REST Client und den JetBrains HTTP Client.</translation>
    </message>
    <message>
        <source>client_id and client_secret are form-encoded (RFC 6749 Appendix B: &apos;:&apos; as %3A, &apos;+&apos; as %2B, &apos;%&apos; as %25, a space as +), as the token request sends them.</source>
        <translation>client_id und client_secret sind formularkodiert (RFC 6749 Anhang B: &apos;:&apos; als %3A, &apos;+&apos; als %2B, &apos;%&apos; als %25, ein Leerzeichen als +), so wie die Token-Anfrage sie sendet.</translation>
    </message>
    <message>
        <source>client_id is form-encoded (RFC 6749 Appendix B: &apos;:&apos; as %3A, &apos;+&apos; as %2B, &apos;%&apos; as %25, a space as +), as the token request sends it.</source>
        <translation>client_id ist formularkodiert (RFC 6749 Anhang B: &apos;:&apos; als %3A, &apos;+&apos; als %2B, &apos;%&apos; als %25, ein Leerzeichen als +), so wie die Token-Anfrage sie sendet.</translation>
    </message>
    <message>
        <source>Fill in the client secret, form-encoded:</source>
        <translation>Tragen Sie das Client-Secret formularkodiert ein:</translation>
    </message>
    <message>
        <source>Secret: delete this line before sharing the file.</source>
        <translation>Geheim: Löschen Sie diese Zeile, bevor Sie die Datei weitergeben.</translation>
    </message>
    <message>
        <source>Paste a client assertion signed with the client&apos;s key (RFC 7523):</source>
        <translation>Fügen Sie eine mit dem Schlüssel des Clients signierte Client-Assertion ein (RFC 7523):</translation>
    </message>
    <message>
        <source>Get a token (client credentials, %1)</source>
        <translation>Token holen (Client Credentials, %1)</translation>
    </message>
    <message>
        <source>A sample API call with the token of the request above</source>
        <translation>Ein Beispiel-API-Aufruf mit dem Token der Anfrage oben</translation>
    </message>
    <message>
        <source>Client credentials token request for %1, authenticated with %2.</source>
        <translation>Token-Anfrage mit Client Credentials für %1, authentifiziert mit %2.</translation>
    </message>
    <message>
        <source>The pre-request script form-encodes client_id and client_secret into client_id_form and client_secret_form, which Basic Auth sends (RFC 6749 §2.3.1).</source>
        <translation>Das Pre-request-Skript formularkodiert client_id und client_secret in client_id_form und client_secret_form, die Basic Auth sendet (RFC 6749 §2.3.1).</translation>
    </message>
    <message>
        <source>Postman cannot sign the client assertion without a pre-request script: create the RFC 7523 JWT (iss and sub %1, aud %2, jti, exp) with the client&apos;s signing key and put it into the client_assertion variable before sending (newman: --env-var client_assertion=JWT).</source>
        <translation>Postman kann die Client-Assertion ohne Pre-request-Skript nicht signieren: Erstellen Sie das JWT nach RFC 7523 (iss und sub %1, aud %2, jti, exp) mit dem Signaturschlüssel des Clients und tragen Sie es vor dem Senden in die Variable client_assertion ein (newman: --env-var client_assertion=JWT).</translation>
    </message>
    <message>
        <source>Mutual TLS: in Postman, Settings → Certificates → Add Certificate, host %1, with the client&apos;s transport certificate (CRT file) and its private key (KEY file); newman: --ssl-client-cert CRT --ssl-client-key KEY. The key is not part of this collection.</source>
        <translation>Mutual TLS: in Postman unter Settings → Certificates → Add Certificate, Host %1, mit dem Transportzertifikat des Clients (CRT-Datei) und seinem privaten Schlüssel (KEY-Datei); newman: --ssl-client-cert CRT --ssl-client-key KEY. Der Schlüssel ist nicht Teil dieser Collection.</translation>
    </message>
    <message>
        <source>Run it with: %1</source>
        <translation>Ausführen mit: %1</translation>
    </message>
    <message>
        <source>A sample API call with the access token of &quot;Get token&quot; (run that first).</source>
        <translation>Ein Beispiel-API-Aufruf mit dem Access Token von „Token holen“ (führen Sie diese Anfrage zuerst aus).</translation>
    </message>
    <message>
        <source>client_secret_jwt: the token request needs a client assertion (RFC 7523 §2.2): a JWT with iss and sub &quot;%1&quot;, aud &quot;%2&quot;, a unique jti and a short exp, MACed with HS256 under the client secret. Make it with your own tooling and put it in client_assertion (a new one for each token request).</source>
        <translation>client_secret_jwt: Die Token-Anfrage braucht eine Client-Assertion (RFC 7523 §2.2): ein JWT mit iss und sub „%1“, aud „%2“, einer eindeutigen jti und kurzem exp, per HMAC (HS256) mit dem Client-Secret gesichert. Erstellen Sie sie mit Ihren eigenen Werkzeugen und setzen Sie sie in client_assertion ein (für jede Token-Anfrage eine neue).</translation>
    </message>
    <message>
        <source>Postman cannot MAC the client assertion without a pre-request script: create the RFC 7523 JWT (iss and sub %1, aud %2, jti, exp) with HS256 under the client secret and put it into the client_assertion variable before sending (newman: --env-var client_assertion=JWT).</source>
        <translation>Postman kann die Client-Assertion ohne Pre-Request-Skript nicht per HMAC sichern: Erstellen Sie das JWT nach RFC 7523 (iss und sub %1, aud %2, jti, exp) mit HS256 und dem Client-Secret und setzen Sie es vor dem Senden in die Variable client_assertion (newman: --env-var client_assertion=JWT).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::HandoffDialog</name>
    <message>
        <source>Export for developers: %1</source>
        <translation>Für Entwickler exportieren: %1</translation>
    </message>
    <message>
        <source>A ready-to-run token request and sample API call for the tools %1&apos;s developers use. The private key is never included.</source>
        <translation>Eine sofort ausführbare Token-Anfrage und ein Beispiel-API-Aufruf für die Werkzeuge, die die Entwickler von %1 verwenden. Der private Schlüssel ist nie enthalten.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Postman collection and environment (v2.1)</source>
        <translation>Postman-Collection und -Environment (v2.1)</translation>
    </message>
    <message>
        <source>Bruno collection</source>
        <translation>Bruno-Collection</translation>
    </message>
    <message>
        <source>.http file (VS Code REST Client, JetBrains HTTP Client)</source>
        <translation>.http-Datei (VS Code REST Client, JetBrains HTTP Client)</translation>
    </message>
    <message>
        <source>Shell script with curl</source>
        <translation>Shell-Skript mit curl</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Sample API call path</source>
        <translation>Pfad des Beispiel-API-Aufrufs</translation>
    </message>
    <message>
        <source>path under the environment&apos;s API base URL, e.g. /accounts</source>
        <translation>Pfad unter der API-Basis-URL der Umgebung, z. B. /accounts</translation>
    </message>
    <message>
        <source>Sample API &amp;path:</source>
        <translation>&amp;Pfad des Beispielaufrufs:</translation>
    </message>
    <message>
        <source>&amp;Include the client secret</source>
        <translation>Client-Secret &amp;einschließen</translation>
    </message>
    <message>
        <source>This client authenticates with %1: it has no secret.</source>
        <translation>Dieser Client authentifiziert sich mit %1: Er hat kein Secret.</translation>
    </message>
    <message>
        <source>⚠ The files will contain the client secret, read from the keychain. Anyone with them can get tokens as this client: hand them over like a password, never by e-mail or in a repository.</source>
        <translation>⚠ Die Dateien werden das Client-Secret enthalten, gelesen aus dem Schlüsselbund. Wer sie hat, kann als dieser Client Tokens holen: Geben Sie sie wie ein Passwort weiter, nie per E-Mail oder in einem Repository.</translation>
    </message>
    <message>
        <source>File shown</source>
        <translation>Angezeigte Datei</translation>
    </message>
    <message>
        <source>Pre&amp;view of:</source>
        <translation>&amp;Vorschau von:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;zip…</source>
        <translation>Als &amp;ZIP speichern…</translation>
    </message>
    <message>
        <source>All files of the pack in one zip file, to attach or hand over.</source>
        <translation>Alle Dateien des Pakets in einer ZIP-Datei, zum Anhängen oder Weitergeben.</translation>
    </message>
    <message>
        <source>Save the hand-off pack into a folder</source>
        <translation>Übergabepaket in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Save the hand-off pack as a zip file</source>
        <translation>Übergabepaket als ZIP-Datei speichern</translation>
    </message>
    <message>
        <source>Save the hand-off pack</source>
        <translation>Übergabepaket speichern</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Das Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Das Paket wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in one zip, %1.</source>
        <translation>
            <numerusform>%n Datei in einer ZIP-Datei gespeichert, %1.</numerusform>
            <numerusform>%n Dateien in einer ZIP-Datei gespeichert, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oauthdesk::HttpExchange</name>
    <message>
        <source>Fix it in Settings → Environments.</source>
        <translation>Beheben Sie das unter Einstellungen → Umgebungen.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::IdToken</name>
    <message>
        <source>The ID token is not a signed JWT: %1</source>
        <translation>Das ID-Token ist kein signiertes JWT: %1</translation>
    </message>
    <message>
        <source>The AS&apos;s JWKS is not available, so the signature could not be checked.</source>
        <translation>Das JWKS des AS ist nicht verfügbar, daher konnte die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Issued by %1.</source>
        <translation>Ausgestellt von %1.</translation>
    </message>
    <message>
        <source>Issued by &quot;%1&quot;, not by this environment&apos;s issuer %2.</source>
        <translation>Ausgestellt von „%1“, nicht vom Issuer dieser Umgebung %2.</translation>
    </message>
    <message>
        <source>Audience contains this client (%1).</source>
        <translation>Die Audience enthält diesen Client (%1).</translation>
    </message>
    <message>
        <source>The audience (%1) does not contain this client (%2): the token was issued to someone else.</source>
        <translation>Die Audience (%1) enthält diesen Client (%2) nicht: Das Token wurde für jemand anderen ausgestellt.</translation>
    </message>
    <message>
        <source>Authorized party is this client (%1).</source>
        <translation>Die Authorized Party ist dieser Client (%1).</translation>
    </message>
    <message>
        <source>The authorized party (azp) is &quot;%1&quot;, not this client (%2).</source>
        <translation>Die Authorized Party (azp) ist „%1“, nicht dieser Client (%2).</translation>
    </message>
    <message>
        <source>The token has several audiences but no authorized party (azp) naming this client.</source>
        <translation>Das Token hat mehrere Audiences, aber keine Authorized Party (azp), die diesen Client nennt.</translation>
    </message>
    <message>
        <source>The ID token names no user (no &quot;sub&quot;).</source>
        <translation>Das ID-Token nennt keinen Benutzer (kein „sub“).</translation>
    </message>
    <message>
        <source>Signed-in user (sub): %1.</source>
        <translation>Angemeldeter Benutzer (sub): %1.</translation>
    </message>
    <message>
        <source>The ID token has no expiry time (exp).</source>
        <translation>Das ID-Token hat keine Ablaufzeit (exp).</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>Expired at %1 (this machine&apos;s clock says %2).</source>
        <translation>Abgelaufen um %1 (die Uhr dieses Rechners zeigt %2).</translation>
    </message>
    <message>
        <source>The ID token has no issue time (iat).</source>
        <translation>Das ID-Token hat keine Ausstellungszeit (iat).</translation>
    </message>
    <message>
        <source>Issued at %1.</source>
        <translation>Ausgestellt um %1.</translation>
    </message>
    <message>
        <source>Issued in the future (%1; this machine&apos;s clock says %2): check the clocks.</source>
        <translation>In der Zukunft ausgestellt (%1; die Uhr dieses Rechners zeigt %2): Prüfen Sie die Uhren.</translation>
    </message>
    <message>
        <source>The nonce matches the one sent with this sign-in.</source>
        <translation>Die nonce stimmt mit der bei dieser Anmeldung gesendeten überein.</translation>
    </message>
    <message>
        <source>The nonce does not match the one sent with this sign-in: the token may be replayed from another sign-in.</source>
        <translation>Die nonce stimmt nicht mit der bei dieser Anmeldung gesendeten überein: Das Token wurde möglicherweise aus einer anderen Anmeldung wiederverwendet.</translation>
    </message>
    <message>
        <source>The ID token has no nonce, although one was sent with this sign-in.</source>
        <translation>Das ID-Token hat keine nonce, obwohl bei dieser Anmeldung eine gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Jwk</name>
    <message>
        <source>The key&apos;s %1 could not be read.</source>
        <translation>Der Wert %1 des Schlüssels konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No key.</source>
        <translation>Kein Schlüssel.</translation>
    </message>
    <message>
        <source>The EC key&apos;s curve could not be read.</source>
        <translation>Die Kurve des EC-Schlüssels konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>EC keys on %1 have no JOSE name; use P-256 or P-384.</source>
        <translation>EC-Schlüssel auf %1 haben keinen JOSE-Namen; verwenden Sie P-256 oder P-384.</translation>
    </message>
    <message>
        <source>The EC public point could not be read uncompressed.</source>
        <translation>Der öffentliche EC-Punkt konnte nicht unkomprimiert gelesen werden.</translation>
    </message>
    <message>
        <source>Only RSA and EC keys can be published as JWKs.</source>
        <translation>Nur RSA- und EC-Schlüssel können als JWKs veröffentlicht werden.</translation>
    </message>
    <message>
        <source>No RFC 7638 thumbprint for key type &quot;%1&quot;.</source>
        <translation>Kein Fingerabdruck nach RFC 7638 für den Schlüsseltyp „%1“.</translation>
    </message>
    <message>
        <source>The JWK has no &quot;%1&quot;.</source>
        <translation>Dem JWK fehlt „%1“.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::JwsSigner</name>
    <message>
        <source>The ECDSA signature could not be read.</source>
        <translation>Die ECDSA-Signatur konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ECDSA signature does not fit the curve.</source>
        <translation>Die ECDSA-Signatur passt nicht zur Kurve.</translation>
    </message>
    <message>
        <source>No signing key.</source>
        <translation>Kein Signaturschlüssel.</translation>
    </message>
    <message>
        <source>OAuthDesk signs with RS256, PS256, ES256 or ES384, not %1.</source>
        <translation>OAuthDesk signiert mit RS256, PS256, ES256 oder ES384, nicht mit %1.</translation>
    </message>
    <message>
        <source>A %1 signature needs %2 key; this signing key is another type.</source>
        <translation>Eine %1-Signatur braucht einen %2-Schlüssel; dieser Signaturschlüssel hat einen anderen Typ.</translation>
    </message>
    <message>
        <source>an RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>an EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <source>%1 needs a key on %2.</source>
        <translation>%1 braucht einen Schlüssel auf der Kurve %2.</translation>
    </message>
    <message>
        <source>Signing could not start.</source>
        <translation>Das Signieren konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>RSASSA-PSS could not be set up.</source>
        <translation>RSASSA-PSS konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Das Signieren ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A client assertion needs the client ID and the audience (token endpoint).</source>
        <translation>Eine Client-Assertion braucht die Client-ID und die Audience (Token-Endpunkt).</translation>
    </message>
    <message>
        <source>The signing key has no kid: the AS could not find it (&quot;kid null&quot;).</source>
        <translation>Der Signaturschlüssel hat keine kid: Der AS könnte ihn nicht finden („kid null“).</translation>
    </message>
    <message>
        <source>No random bytes for the assertion&apos;s jti.</source>
        <translation>Keine Zufallsbytes für die jti der Assertion.</translation>
    </message>
    <message>
        <source>%1 is not an HMAC algorithm OAuthDesk signs with (HS256, HS384, HS512).</source>
        <translation>%1 ist kein HMAC-Algorithmus, mit dem OAuthDesk signiert (HS256, HS384, HS512).</translation>
    </message>
    <message>
        <source>%1 needs a client secret of at least %2 bytes (RFC 7518 §3.2); this one has %3. Rotate the secret to a longer one, or use client_secret_basic.</source>
        <translation>%1 braucht ein Client-Secret von mindestens %2 Bytes (RFC 7518 §3.2); dieses hat %3. Rotieren Sie das Secret zu einem längeren oder verwenden Sie client_secret_basic.</translation>
    </message>
    <message>
        <source>The %1 MAC could not be computed.</source>
        <translation>Der %1-MAC konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::KeyPair</name>
    <message>
        <source>Key generation was cancelled.</source>
        <translation>Die Schlüsselerzeugung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PKCS#8 structure holds no private key OpenSSL can use. The key type may be unsupported, or the file damaged.</source>
        <translation>Die PKCS#8-Struktur enthält keinen privaten Schlüssel, den OpenSSL verwenden kann. Der Schlüsseltyp wird eventuell nicht unterstützt, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>This private key is encrypted. Enter the passphrase it was exported with.</source>
        <translation>Dieser private Schlüssel ist verschlüsselt. Geben Sie die Passphrase ein, mit der er exportiert wurde.</translation>
    </message>
    <message>
        <source>The passphrase does not open this private key. Check the passphrase (it is case-sensitive); if it is right, the file is damaged.</source>
        <translation>Die Passphrase öffnet diesen privaten Schlüssel nicht. Prüfen Sie die Passphrase (Groß- und Kleinschreibung wird unterschieden); ist sie richtig, ist die Datei beschädigt.</translation>
    </message>
    <message>
        <source>This is not a PKCS#8 private key, or it is truncated or damaged. Expected a &quot;PRIVATE KEY&quot; or &quot;ENCRYPTED PRIVATE KEY&quot; in PEM, or its DER form.</source>
        <translation>Dies ist kein privater PKCS#8-Schlüssel, oder er ist abgeschnitten oder beschädigt. Erwartet wurde ein „PRIVATE KEY“ oder „ENCRYPTED PRIVATE KEY“ in PEM oder dessen DER-Form.</translation>
    </message>
    <message>
        <source>The PEM text is truncated or damaged: no complete &quot;-----BEGIN …-----&quot; to &quot;-----END …-----&quot; block was found.</source>
        <translation>Der PEM-Text ist abgeschnitten oder beschädigt: Es wurde kein vollständiger Block von „-----BEGIN …-----“ bis „-----END …-----“ gefunden.</translation>
    </message>
    <message>
        <source>This is a traditional (PKCS#1 or SEC 1) private key, not PKCS#8. Convert it with: openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem</source>
        <translation>Dies ist ein traditioneller privater Schlüssel (PKCS#1 oder SEC 1), nicht PKCS#8. Konvertieren Sie ihn mit: openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem</translation>
    </message>
    <message>
        <source>The PEM block is not a private key (it is &quot;%1&quot;).</source>
        <translation>Der PEM-Block ist kein privater Schlüssel (er ist „%1“).</translation>
    </message>
    <message>
        <source>OpenSSL cannot generate %1 keys here.</source>
        <translation>OpenSSL kann hier keine %1-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>OpenSSL refused the parameters for a %1 key.</source>
        <translation>OpenSSL hat die Parameter für einen %1-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Generating the %1 key failed.</source>
        <translation>Das Erzeugen des %1-Schlüssels ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>OpenSSL made a different key than the %1 asked for.</source>
        <translation>OpenSSL hat einen anderen Schlüssel erzeugt als den angeforderten %1-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key could not be encoded as PKCS#8.</source>
        <translation>Der private Schlüssel konnte nicht als PKCS#8 kodiert werden.</translation>
    </message>
    <message>
        <source>The private key could not be written as PEM.</source>
        <translation>Der private Schlüssel konnte nicht als PEM geschrieben werden.</translation>
    </message>
    <message>
        <source>The private key could not be encrypted.</source>
        <translation>Der private Schlüssel konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The private key file is empty.</source>
        <translation>Die Datei des privaten Schlüssels ist leer.</translation>
    </message>
    <message>
        <source>The file is too large to be a private key (over 64 KiB).</source>
        <translation>Die Datei ist zu groß für einen privaten Schlüssel (über 64 KiB).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::KeyRotation</name>
    <message>
        <source>Generate the new key and get its certificate from the CA</source>
        <translation>Neuen Schlüssel erzeugen und sein Zertifikat von der CA holen</translation>
    </message>
    <message>
        <source>Check the new certificate (the AS keeps the old subject)</source>
        <translation>Neues Zertifikat prüfen (der AS behält das alte Subject)</translation>
    </message>
    <message>
        <source>Check the AS has the subject registered (it matches both certificates)</source>
        <translation>Prüfen, ob das Subject beim AS registriert ist (es passt zu beiden Zertifikaten)</translation>
    </message>
    <message>
        <source>Verify the AS accepts the new certificate</source>
        <translation>Prüfen, ob der AS das neue Zertifikat akzeptiert</translation>
    </message>
    <message>
        <source>Switch the AS and the client to the new certificate</source>
        <translation>AS und Client auf das neue Zertifikat umstellen</translation>
    </message>
    <message>
        <source>Switch the client to the new certificate</source>
        <translation>Client auf das neue Zertifikat umstellen</translation>
    </message>
    <message>
        <source>Verify the AS refuses the old certificate</source>
        <translation>Prüfen, ob der AS das alte Zertifikat ablehnt</translation>
    </message>
    <message>
        <source>Retire the old certificate at the AS (same subject: it cannot)</source>
        <translation>Altes Zertifikat beim AS zurückziehen (gleiches Subject: nicht möglich)</translation>
    </message>
    <message>
        <source>Generate the new key</source>
        <translation>Neuen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Publish it at the AS beside the old key</source>
        <translation>Neuen Schlüssel beim AS neben dem alten veröffentlichen</translation>
    </message>
    <message>
        <source>Verify the AS accepts the new key</source>
        <translation>Prüfen, ob der AS den neuen Schlüssel akzeptiert</translation>
    </message>
    <message>
        <source>Switch the client to the new key</source>
        <translation>Client auf den neuen Schlüssel umstellen</translation>
    </message>
    <message>
        <source>Retire the old key at the AS</source>
        <translation>Alten Schlüssel beim AS zurückziehen</translation>
    </message>
    <message>
        <source>Remove the old key from the keychain</source>
        <translation>Alten Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>no new key yet</source>
        <translation>noch kein neuer Schlüssel</translation>
    </message>
    <message>
        <source>new key generated, not yet published</source>
        <translation>neuer Schlüssel erzeugt, noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>new key published, not yet verified</source>
        <translation>neuer Schlüssel veröffentlicht, noch nicht geprüft</translation>
    </message>
    <message>
        <source>new key verified, client not yet switched</source>
        <translation>neuer Schlüssel geprüft, Client noch nicht umgestellt</translation>
    </message>
    <message>
        <source>client switched to the new key, old key not yet retired at the AS</source>
        <translation>Client auf den neuen Schlüssel umgestellt, alter Schlüssel beim AS noch nicht zurückgezogen</translation>
    </message>
    <message>
        <source>old key retired at the AS, not yet removed from the keychain</source>
        <translation>alter Schlüssel beim AS zurückgezogen, noch nicht aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>finished: the old key is gone</source>
        <translation>abgeschlossen: Der alte Schlüssel ist entfernt</translation>
    </message>
    <message>
        <source>no new certificate yet</source>
        <translation>noch kein neues Zertifikat</translation>
    </message>
    <message>
        <source>new certificate issued (subject %1), not yet checked</source>
        <translation>neues Zertifikat ausgestellt (Subject %1), noch nicht geprüft</translation>
    </message>
    <message>
        <source>new certificate issued, the AS&apos;s subject not yet checked</source>
        <translation>neues Zertifikat ausgestellt, Subject beim AS noch nicht geprüft</translation>
    </message>
    <message>
        <source>new certificate checked, not yet tested at the AS</source>
        <translation>neues Zertifikat geprüft, noch nicht beim AS getestet</translation>
    </message>
    <message>
        <source>subject registered at the AS, new certificate not yet verified</source>
        <translation>Subject beim AS registriert, neues Zertifikat noch nicht geprüft</translation>
    </message>
    <message>
        <source>the AS accepted the new certificate; the AS and the client not yet switched</source>
        <translation>der AS hat das neue Zertifikat akzeptiert; AS und Client noch nicht umgestellt</translation>
    </message>
    <message>
        <source>new certificate verified, client not yet switched</source>
        <translation>neues Zertifikat geprüft, Client noch nicht umgestellt</translation>
    </message>
    <message>
        <source>the AS and the client use the new certificate; the old one&apos;s refusal not yet verified</source>
        <translation>AS und Client verwenden das neue Zertifikat; Ablehnung des alten noch nicht geprüft</translation>
    </message>
    <message>
        <source>client switched to the new certificate, the old one not yet checked at the AS</source>
        <translation>Client auf das neue Zertifikat umgestellt, das alte noch nicht beim AS geprüft</translation>
    </message>
    <message>
        <source>the AS refuses the old certificate; its key is not yet removed from the keychain</source>
        <translation>der AS lehnt das alte Zertifikat ab; sein Schlüssel ist noch nicht aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>the AS still accepts the old certificate (same subject) until it expires on %1; its key is not yet removed from the keychain</source>
        <translation>der AS akzeptiert das alte Zertifikat (gleiches Subject) noch bis zu seinem Ablauf am %1; sein Schlüssel ist noch nicht aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>finished: the old certificate&apos;s key is gone</source>
        <translation>abgeschlossen: Der Schlüssel des alten Zertifikats ist entfernt</translation>
    </message>
    <message>
        <source>Rotation finished: the client uses the new certificate and the old key is gone.</source>
        <translation>Rotation abgeschlossen: Der Client verwendet das neue Zertifikat, und der alte Schlüssel ist entfernt.</translation>
    </message>
    <message>
        <source>Rotation finished: the client uses the new key and the old one is gone.</source>
        <translation>Rotation abgeschlossen: Der Client verwendet den neuen Schlüssel, und der alte ist entfernt.</translation>
    </message>
    <message>
        <source>No rotation in progress.</source>
        <translation>Keine Rotation in Arbeit.</translation>
    </message>
    <message>
        <source>Rotation in progress: step 1 of %1 — new key made, its certificate is not issued yet</source>
        <translation>Rotation läuft: Schritt 1 von %1 — neuer Schlüssel erstellt, sein Zertifikat ist noch nicht ausgestellt</translation>
    </message>
    <message>
        <source>Rotation in progress: step %1 of %2 — %3</source>
        <translation>Rotation läuft: Schritt %1 von %2 — %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; authenticates with %2: only private_key_jwt, tls_client_auth and self_signed_tls_client_auth clients have a key to rotate (rotate a secret on the client&apos;s details instead).</source>
        <translation>„%1“ authentifiziert sich mit %2: Nur Clients mit private_key_jwt, tls_client_auth oder self_signed_tls_client_auth haben einen Schlüssel zum Rotieren (ein Secret rotieren Sie stattdessen in den Client-Details).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 key yet: pick or generate one on the client&apos;s Authentication page first.</source>
        <translation>„%1“ hat noch keinen %2-Schlüssel: Wählen oder erzeugen Sie zuerst einen auf der Seite „Authentifizierung“ des Clients.</translation>
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
        <source>&quot;%1&quot; has no environment: there is no AS to publish a new key at. Edit the client and pick its environment.</source>
        <translation>„%1“ hat keine Umgebung: Es gibt keinen AS, bei dem ein neuer Schlüssel veröffentlicht werden kann. Bearbeiten Sie den Client und wählen Sie seine Umgebung.</translation>
    </message>
    <message>
        <source>Not registered through OAuthDesk: what the AS has registered cannot be read, so the steps are verified with token requests.</source>
        <translation>Nicht über OAuthDesk registriert: Was beim AS registriert ist, lässt sich nicht lesen, daher werden die Schritte mit Token-Anfragen geprüft.</translation>
    </message>
    <message>
        <source>The AS&apos;s registration could not be read: %1</source>
        <translation>Die Registrierung beim AS konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The registration access token is not readable (%1): the AS&apos;s registration cannot be read.</source>
        <translation>Das Registrierungs-Access-Token ist nicht lesbar (%1): Die Registrierung beim AS kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The AS matches this client by %1, not by its subject DN: the steps that update the registration register the certificate&apos;s subject DN instead (what OAuthDesk registers for tls_client_auth).</source>
        <translation>Der AS erkennt diesen Client an %1, nicht an seinem Subject-DN: Die Schritte, die die Registrierung ändern, registrieren stattdessen den Subject-DN des Zertifikats (was OAuthDesk für tls_client_auth registriert).</translation>
    </message>
    <message>
        <source>The rotation&apos;s new key is gone; the client still uses its key. Start again to rotate.</source>
        <translation>Der neue Schlüssel der Rotation ist nicht mehr vorhanden; der Client verwendet weiter seinen Schlüssel. Starten Sie die Rotation erneut.</translation>
    </message>
    <message>
        <source>The AS has the new subject %1 registered, but the client still uses the old certificate, which the AS refuses now: run the next step (it puts the AS back to the old subject or switches the client), or abandon the rotation.</source>
        <translation>Beim AS ist das neue Subject %1 registriert, der Client verwendet aber noch das alte Zertifikat, das der AS jetzt ablehnt: Führen Sie den nächsten Schritt aus (er stellt den AS auf das alte Subject zurück oder stellt den Client um), oder brechen Sie die Rotation ab.</translation>
    </message>
    <message>
        <source>The client uses the new certificate, but the AS has the subject %1 registered, not %2: its token requests are refused until step 5 registers the new subject.</source>
        <translation>Der Client verwendet das neue Zertifikat, beim AS ist aber das Subject %1 registriert, nicht %2: Seine Token-Anfragen werden abgelehnt, bis Schritt 5 das neue Subject registriert.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The old certificate (serial %1, subject %2) stays valid at the AS until it expires on %3: the AS cannot tell it from the new one. To end it sooner, ask the CA to revoke serial %1.</source>
        <translation>Das alte Zertifikat (Seriennummer %1, Subject %2) bleibt beim AS bis zu seinem Ablauf am %3 gültig: Der AS kann es nicht vom neuen unterscheiden. Um es früher zu beenden, lassen Sie die CA die Seriennummer %1 widerrufen.</translation>
    </message>
    <message>
        <source>The key rotation record %1 cannot be read: %2</source>
        <translation>Der Datensatz der Schlüsselrotation %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key rotation record %1 is too large to be one: move it away.</source>
        <translation>Der Datensatz der Schlüsselrotation %1 ist zu groß für einen Rotationsdatensatz: Verschieben Sie ihn an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The key rotation record %1 is not valid JSON: move it away (the rotation then starts again).</source>
        <translation>Der Datensatz der Schlüsselrotation %1 ist kein gültiges JSON: Verschieben Sie ihn an einen anderen Ort (die Rotation beginnt dann von vorn).</translation>
    </message>
    <message>
        <source>The key rotation record %1 cannot be removed.</source>
        <translation>Der Datensatz der Schlüsselrotation %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The key rotation record %1 cannot be written: %2</source>
        <translation>Der Datensatz der Schlüsselrotation %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The subject %1 has %2=%3, which OAuthDesk cannot put in a certificate request (it writes CN, O, OU, C, organizationIdentifier and serialNumber): give the new certificate&apos;s subject with those only.</source>
        <translation>Das Subject %1 enthält %2=%3, was OAuthDesk nicht in eine Zertifikatsanforderung aufnehmen kann (es schreibt CN, O, OU, C, organizationIdentifier und serialNumber): Geben Sie das Subject des neuen Zertifikats nur mit diesen an.</translation>
    </message>
    <message>
        <source>The new certificate&apos;s subject %1: %2</source>
        <translation>Das Subject des neuen Zertifikats %1: %2</translation>
    </message>
    <message>
        <source>the new certificate (serial %1, subject %2)</source>
        <translation>das neue Zertifikat (Seriennummer %1, Subject %2)</translation>
    </message>
    <message>
        <source>the old certificate (serial %1, subject %2)</source>
        <translation>das alte Zertifikat (Seriennummer %1, Subject %2)</translation>
    </message>
    <message>
        <source>the new key only (kid %1)</source>
        <translation>nur der neue Schlüssel (kid %1)</translation>
    </message>
    <message>
        <source>the old key only (kid %1)</source>
        <translation>nur der alte Schlüssel (kid %1)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>ein unbekanntes Datum</translation>
    </message>
    <message>
        <source>Removing the old key (kid %1) cannot be undone: confirm it (the CLI&apos;s --yes).</source>
        <translation>Das Entfernen des alten Schlüssels (kid %1) kann nicht rückgängig gemacht werden: Bestätigen Sie es (in der CLI: --yes).</translation>
    </message>
    <message>
        <source>The rotation of &quot;%1&quot; is finished: nothing is left to do.</source>
        <translation>Die Rotation von „%1“ ist abgeschlossen: Es ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>The client&apos;s current key record is gone.</source>
        <translation>Der Datensatz des aktuellen Schlüssels des Clients ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The new key&apos;s CSR (subject %1) waits for its certificate: have the CA the AS trusts issue it (Save CSR…, or oauthdesk-cli certs show %2 --pem), import it (Import certificate…, or oauthdesk-cli certs import %2 FILE), then run the next step.</source>
        <translation>Der CSR des neuen Schlüssels (Subject %1) wartet auf sein Zertifikat: Lassen Sie es von der CA ausstellen, der der AS vertraut (CSR speichern…, oder oauthdesk-cli certs show %2 --pem), importieren Sie es (Zertifikat importieren…, oder oauthdesk-cli certs import %2 FILE) und führen Sie dann den nächsten Schritt aus.</translation>
    </message>
    <message>
        <source>New %1 key %2 is in the keychain; the client still uses the certificate serial %3.</source>
        <translation>Neuer %1-Schlüssel %2 liegt im Schlüsselbund; der Client verwendet noch das Zertifikat mit der Seriennummer %3.</translation>
    </message>
    <message>
        <source>New %1 key %2 (kid %3) is in the keychain; the client still uses kid %4.</source>
        <translation>Neuer %1-Schlüssel %2 (kid %3) liegt im Schlüsselbund; der Client verwendet noch kid %4.</translation>
    </message>
    <message>
        <source>CSR for %1 made: have the CA the AS trusts issue the certificate, and import it.</source>
        <translation>CSR für %1 erstellt: Lassen Sie das Zertifikat von der CA ausstellen, der der AS vertraut, und importieren Sie es.</translation>
    </message>
    <message>
        <source>Same subject as the old certificate: the AS accepts both, and cannot refuse the old one after the switch (it matches the subject, not the key). The old certificate stays valid until it expires on %1 unless the CA revokes it.</source>
        <translation>Gleiches Subject wie beim alten Zertifikat: Der AS akzeptiert beide und kann das alte nach der Umstellung nicht ablehnen (er prüft das Subject, nicht den Schlüssel). Das alte Zertifikat bleibt bis zu seinem Ablauf am %1 gültig, sofern die CA es nicht widerruft.</translation>
    </message>
    <message>
        <source>New subject (the old certificate has %1): once the AS and the client are switched to it (step 4), the AS refuses the old certificate.</source>
        <translation>Neues Subject (das alte Zertifikat hat %1): Sobald AS und Client darauf umgestellt sind (Schritt 4), lehnt der AS das alte Zertifikat ab.</translation>
    </message>
    <message>
        <source>The AS&apos;s registered jwks now has the kids %1.</source>
        <translation>Die beim AS registrierten jwks haben jetzt die kid-Werte %1.</translation>
    </message>
    <message>
        <source>The AS answered the update, but its registered jwks has the kids %1, not the ones sent.</source>
        <translation>Der AS hat die Änderung beantwortet, seine registrierten jwks haben aber die kid-Werte %1, nicht die gesendeten.</translation>
    </message>
    <message>
        <source>JWKS file with the new key only (kid %1) ready for the jwks_uri host.</source>
        <translation>JWKS-Datei nur mit dem neuen Schlüssel (kid %1) für den jwks_uri-Host bereit.</translation>
    </message>
    <message>
        <source>JWKS file with both keys (kids %1, %2) ready: publish it at the client&apos;s jwks_uri host; the next step&apos;s token proves the host serves it.</source>
        <translation>JWKS-Datei mit beiden Schlüsseln (kid-Werte %1, %2) bereit: Veröffentlichen Sie sie auf dem jwks_uri-Host des Clients; das Token des nächsten Schritts beweist, dass der Host sie ausliefert.</translation>
    </message>
    <message>
        <source>%1 Publish the file there (Download JWKS…), then run this step again.</source>
        <translation>%1 Veröffentlichen Sie die Datei dort (JWKS herunterladen…) und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>The JWKS at %1 has the kids %2.</source>
        <translation>Das JWKS unter %1 hat die kid-Werte %2.</translation>
    </message>
    <message>
        <source>The JWKS at %1 has the kids %2, but should have %3: publish the file (Download JWKS…) there, then run this step again.</source>
        <translation>Das JWKS unter %1 hat die kid-Werte %2, sollte aber %3 haben: Veröffentlichen Sie die Datei (JWKS herunterladen…) dort und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>The key to test with is gone.</source>
        <translation>Der Schlüssel zum Testen ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The assertion named kid %1, not %2.</source>
        <translation>Die Assertion nannte kid %1, nicht %2.</translation>
    </message>
    <message>
        <source>A token request with %1 got a token.</source>
        <translation>Eine Token-Anfrage mit %1 hat ein Token erhalten.</translation>
    </message>
    <message>
        <source>The AS still accepts the old certificate (serial %1) although it has the subject %2 registered: it may match this client on something else than the subject DN; check the client&apos;s registration at the AS, then run this step again.</source>
        <translation>Der AS akzeptiert das alte Zertifikat (Seriennummer %1) noch, obwohl bei ihm das Subject %2 registriert ist: Er erkennt diesen Client womöglich an etwas anderem als dem Subject-DN. Prüfen Sie die Registrierung des Clients beim AS und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>The AS still accepts the old key (kid %1): remove it from the JWKS it reads, then run this step again.</source>
        <translation>Der AS akzeptiert den alten Schlüssel (kid %1) noch: Entfernen Sie ihn aus dem JWKS, das der AS liest, und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>A token request with %1 was refused: %2</source>
        <translation>Eine Token-Anfrage mit %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The client now authenticates with the new certificate (serial %1).</source>
        <translation>Der Client authentifiziert sich jetzt mit dem neuen Zertifikat (Seriennummer %1).</translation>
    </message>
    <message>
        <source>The client now authenticates with kid %1.</source>
        <translation>Der Client authentifiziert sich jetzt mit kid %1.</translation>
    </message>
    <message>
        <source>The client was saved but does not reference the new key.</source>
        <translation>Der Client wurde gespeichert, verweist aber nicht auf den neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The old key (kid %1) is also used by &quot;%2&quot;: switch that client first, then remove it.</source>
        <translation>Der alte Schlüssel (kid %1) wird auch von „%2“ verwendet: Stellen Sie zuerst diesen Client um und entfernen Sie den Schlüssel dann.</translation>
    </message>
    <message>
        <source>The old certificate&apos;s key (serial %1) is no longer in the keychain, and its record is removed.</source>
        <translation>Der Schlüssel des alten Zertifikats (Seriennummer %1) ist nicht mehr im Schlüsselbund, und sein Datensatz ist entfernt.</translation>
    </message>
    <message>
        <source>The old key (kid %1) is no longer in the keychain, and its record is removed.</source>
        <translation>Der alte Schlüssel (kid %1) ist nicht mehr im Schlüsselbund, und sein Datensatz ist entfernt.</translation>
    </message>
    <message>
        <source>The old certificate itself (serial %1, same subject) stays valid at the AS until it expires on %2: removing its key here does not revoke it; only the CA can.</source>
        <translation>Das alte Zertifikat selbst (Seriennummer %1, gleiches Subject) bleibt beim AS bis zu seinem Ablauf am %2 gültig: Das Entfernen seines Schlüssels hier widerruft es nicht; das kann nur die CA.</translation>
    </message>
    <message>
        <source>The old key is still in the keychain.</source>
        <translation>Der alte Schlüssel ist noch im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No rotation of &quot;%1&quot; is in progress.</source>
        <translation>Für „%1“ ist keine Rotation in Arbeit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already authenticates with the new key: finish the rotation instead of abandoning it.</source>
        <translation>„%1“ authentifiziert sich bereits mit dem neuen Schlüssel: Schließen Sie die Rotation ab, statt sie abzubrechen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not registered through OAuthDesk: register the subject %2 at the AS yourself.</source>
        <translation>„%1“ wurde nicht über OAuthDesk registriert: Registrieren Sie das Subject %2 selbst beim AS.</translation>
    </message>
    <message>
        <source>The AS answered the update with the subject %1, not %2.</source>
        <translation>Der AS hat die Änderung mit dem Subject %1 beantwortet, nicht mit %2.</translation>
    </message>
    <message>
        <source>The AS answered the RFC 7592 update, but has the subject %1 registered, not %2: it may not let clients change tls_client_auth_subject_dn; ask its operators.</source>
        <translation>Der AS hat die Änderung nach RFC 7592 beantwortet, hat aber das Subject %1 registriert, nicht %2: Möglicherweise lässt er Clients tls_client_auth_subject_dn nicht ändern; fragen Sie seine Betreiber.</translation>
    </message>
    <message>
        <source>The AS has the subject %1 registered (RFC 7592 update).</source>
        <translation>Beim AS ist das Subject %1 registriert (Änderung nach RFC 7592).</translation>
    </message>
    <message>
        <source>The new certificate (serial %1) is valid from %2 to %3, not now: have the CA issue another for the CSR and import it.</source>
        <translation>Das neue Zertifikat (Seriennummer %1) ist von %2 bis %3 gültig, nicht jetzt: Lassen Sie die CA ein weiteres für den CSR ausstellen und importieren Sie es.</translation>
    </message>
    <message>
        <source>The new certificate (serial %1) is not for client authentication (its extended key usage is %2): the AS refuses it in the TLS handshake. Ask the CA for a certificate with clientAuth.</source>
        <translation>Das neue Zertifikat (Seriennummer %1) ist nicht für die Client-Authentifizierung bestimmt (seine erweiterte Schlüsselverwendung ist %2): Der AS lehnt es im TLS-Handshake ab. Fordern Sie bei der CA ein Zertifikat mit clientAuth an.</translation>
    </message>
    <message>
        <source>The new certificate (serial %1, subject %2) is valid until %3 and is for client authentication.</source>
        <translation>Das neue Zertifikat (Seriennummer %1, Subject %2) ist bis %3 gültig und für die Client-Authentifizierung bestimmt.</translation>
    </message>
    <message>
        <source>It is issued by %1, the old one by %2: the AS must trust that CA for this client too (step 3 tries it).</source>
        <translation>Es wurde von %1 ausgestellt, das alte von %2: Der AS muss dieser CA für diesen Client ebenfalls vertrauen (Schritt 3 probiert es aus).</translation>
    </message>
    <message>
        <source>It is issued by %1, as the old one.</source>
        <translation>Es wurde wie das alte von %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Both certificates have the subject %1: the AS must have it registered as the client&apos;s tls_client_auth_subject_dn (the next step&apos;s token proves it).</source>
        <translation>Beide Zertifikate haben das Subject %1: Der AS muss es als tls_client_auth_subject_dn des Clients registriert haben (das Token des nächsten Schritts beweist es).</translation>
    </message>
    <message>
        <source>The AS has the subject %1 registered (RFC 7592 read): it matches both the old and the new certificate.</source>
        <translation>Beim AS ist das Subject %1 registriert (gelesen nach RFC 7592): Es passt sowohl zum alten als auch zum neuen Zertifikat.</translation>
    </message>
    <message>
        <source>The AS holds one subject per client (RFC 8705 §2.1.2). When you are ready to switch, have its operators register %1 in place of %2: the AS refuses the old certificate from then on, so run steps 3 and 4 right after.</source>
        <translation>Der AS speichert ein Subject pro Client (RFC 8705 §2.1.2). Wenn Sie zur Umstellung bereit sind, lassen Sie seine Betreiber %1 anstelle von %2 registrieren: Der AS lehnt das alte Zertifikat ab diesem Zeitpunkt ab, führen Sie daher direkt danach die Schritte 3 und 4 aus.</translation>
    </message>
    <message>
        <source>The AS keeps the old subject %1 for now: it holds one subject per client (RFC 8705 §2.1.2), so the new one %2 is registered only to test it (step 3) and for the switch (step 4).</source>
        <translation>Der AS behält vorerst das alte Subject %1: Er speichert ein Subject pro Client (RFC 8705 §2.1.2), daher wird das neue Subject %2 nur zum Testen (Schritt 3) und für die Umstellung (Schritt 4) registriert.</translation>
    </message>
    <message>
        <source>The AS has the new subject registered and did not take the old one %1 back (%2): it refuses the old certificate the client uses until you run this step again (or abandon the rotation).</source>
        <translation>Beim AS ist das neue Subject registriert, und er hat das alte Subject %1 nicht zurückgenommen (%2): Er lehnt das alte Zertifikat, das der Client verwendet, ab, bis Sie diesen Schritt erneut ausführen (oder die Rotation abbrechen).</translation>
    </message>
    <message>
        <source>The old subject %1 is registered again and the old certificate works: the AS would have refused it for at most %2 ms, while it had the new one.</source>
        <translation>Das alte Subject %1 ist wieder registriert und das alte Zertifikat funktioniert: Der AS hätte es höchstens %2 ms lang abgelehnt, solange er das neue hatte.</translation>
    </message>
    <message>
        <source>%1 The AS has the old subject %2 again; the client keeps the old certificate.</source>
        <translation>%1 Beim AS ist wieder das alte Subject %2 registriert; der Client behält das alte Zertifikat.</translation>
    </message>
    <message>
        <source>%1 Putting the old subject %2 back failed too (%3): run this step again.</source>
        <translation>%1 Auch das Zurücksetzen auf das alte Subject %2 ist fehlgeschlagen (%3): Führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>The AS has the subject %1 registered (RFC 7592 read); the old certificate&apos;s %2 is not.</source>
        <translation>Beim AS ist das Subject %1 registriert (gelesen nach RFC 7592); das Subject %2 des alten Zertifikats nicht.</translation>
    </message>
    <message>
        <source>The AS still accepts the old certificate (serial %1, subject %2): a token request with it just got a token. Both certificates have the same subject and the AS matches the subject, not the key (RFC 8705 §2.1), so it cannot tell them apart: the old certificate stays valid until it expires on %3. To end it sooner, ask the CA to revoke serial %1 (it counts where the AS checks revocation), or rotate again with a new subject.</source>
        <translation>Der AS akzeptiert das alte Zertifikat (Seriennummer %1, Subject %2) noch: Eine Token-Anfrage damit hat gerade ein Token erhalten. Beide Zertifikate haben dasselbe Subject, und der AS prüft das Subject, nicht den Schlüssel (RFC 8705 §2.1), daher kann er sie nicht unterscheiden: Das alte Zertifikat bleibt bis zu seinem Ablauf am %3 gültig. Um es früher zu beenden, lassen Sie die CA die Seriennummer %1 widerrufen (das wirkt, wo der AS den Widerruf prüft), oder rotieren Sie erneut mit einem neuen Subject.</translation>
    </message>
    <message>
        <source>The AS refuses the old certificate (serial %1) although its subject is the same (revoked, or expired?): %2</source>
        <translation>Der AS lehnt das alte Zertifikat (Seriennummer %1) ab, obwohl sein Subject gleich ist (widerrufen oder abgelaufen?): %2</translation>
    </message>
</context>
<context>
    <name>oauthdesk::KeyRotationDialog</name>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Abandon rotation</source>
        <translation>Rotation &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Download JWKS…</source>
        <translation>&amp;JWKS herunterladen…</translation>
    </message>
    <message>
        <source>The new certificate&apos;s subject</source>
        <translation>Subject des neuen Zertifikats</translation>
    </message>
    <message>
        <source>&amp;New subject:</source>
        <translation>Neues &amp;Subject:</translation>
    </message>
    <message>
        <source>Save &amp;CSR…</source>
        <translation>&amp;CSR speichern…</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>Zertifikat &amp;importieren…</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Rotation steps</source>
        <translation>Rotationsschritte</translation>
    </message>
    <message>
        <source>What each step verified</source>
        <translation>Was jeder Schritt geprüft hat</translation>
    </message>
    <message>
        <source>What each step verifies appears here.</source>
        <translation>Hier erscheint, was jeder Schritt prüft.</translation>
    </message>
    <message>
        <source>New subject DN</source>
        <translation>Neuer Subject-DN</translation>
    </message>
    <message>
        <source>&amp;Verified:</source>
        <translation>Ge&amp;prüft:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>Sc&amp;hritte:</translation>
    </message>
    <message>
        <source>Remove the old key</source>
        <translation>Alten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Reading the rotation&apos;s state (the AS is asked what it has registered)…</source>
        <translation>Der Zustand der Rotation wird gelesen (der AS wird gefragt, was er registriert hat)…</translation>
    </message>
    <message>
        <source>Remove the old key (kid %1) from the keychain and delete its record? This cannot be undone.</source>
        <translation>Den alten Schlüssel (kid %1) aus dem Schlüsselbund entfernen und seinen Eintrag löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Step %1: %2…</source>
        <translation>Schritt %1: %2…</translation>
    </message>
    <message>
        <source>Abandoning: removing the new key…</source>
        <translation>Abbruch: Der neue Schlüssel wird entfernt…</translation>
    </message>
    <message>
        <source>The JWKS file could not be written to %1: %2</source>
        <translation>Die JWKS-Datei konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the JWKS file for the jwks_uri host</source>
        <translation>JWKS-Datei für den jwks_uri-Host speichern</translation>
    </message>
    <message>
        <source>JWK Set (*.json)</source>
        <translation>JWK Set (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1: publish it at the jwks_uri host, then press Next step.</source>
        <translation>In %1 gespeichert: Veröffentlichen Sie sie auf dem jwks_uri-Host, und klicken Sie dann auf „Nächster Schritt“.</translation>
    </message>
    <message>
        <source>Rotate the key of &quot;%1&quot;</source>
        <translation>Schlüssel von „%1“ rotieren</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>subject %1, waiting for the CA&apos;s certificate</source>
        <translation>Subject %1, wartet auf das Zertifikat der CA</translation>
    </message>
    <message>
        <source>serial %1, subject %2, valid until %3</source>
        <translation>Seriennummer %1, Subject %2, gültig bis %3</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Old certificate: %1</source>
        <translation>Altes Zertifikat: %1</translation>
    </message>
    <message>
        <source>Current certificate: %1</source>
        <translation>Aktuelles Zertifikat: %1</translation>
    </message>
    <message>
        <source>Current key: kid %1 (%2)</source>
        <translation>Aktueller Schlüssel: kid %1 (%2)</translation>
    </message>
    <message>
        <source>New certificate: %1</source>
        <translation>Neues Zertifikat: %1</translation>
    </message>
    <message>
        <source>New key: kid %1 (%2)</source>
        <translation>Neuer Schlüssel: kid %1 (%2)</translation>
    </message>
    <message>
        <source>At the AS: subject %1</source>
        <translation>Beim AS: Subject %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>At the AS: %1</source>
        <translation>Beim AS: %1</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>keine Schlüssel</translation>
    </message>
    <message>
        <source>jwks_uri: %1</source>
        <translation>jwks_uri: %1</translation>
    </message>
    <message>
        <source>%1 Step %2: %3</source>
        <translation>%1 Schritt %2: %3</translation>
    </message>
    <message>
        <source>&amp;Start rotation</source>
        <translation>Rotation s&amp;tarten</translation>
    </message>
    <message>
        <source>The rotation&apos;s state could not be read.</source>
        <translation>Der Zustand der Rotation konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;Same subject as the old certificate (%1)</source>
        <translation>&amp;Gleiches Subject wie beim alten Zertifikat (%1)</translation>
    </message>
    <message>
        <source>The AS matches the subject, not the key (RFC 8705 §2.1): nothing changes at the AS, but it cannot refuse the old certificate, which stays valid until it expires (%1) unless the CA revokes it.</source>
        <translation>Der AS prüft das Subject, nicht den Schlüssel (RFC 8705 §2.1): Beim AS ändert sich nichts, aber er kann das alte Zertifikat nicht ablehnen, das bis zu seinem Ablauf (%1) gültig bleibt, sofern die CA es nicht widerruft.</translation>
    </message>
    <message>
        <source>The AS holds one subject per client: step 3 registers the new one for a test token and puts the old one back, step 4 switches the AS and the client together, and from then on the AS refuses the old certificate (step 5 proves it).</source>
        <translation>Der AS hält ein Subject pro Client: Schritt 3 registriert das neue für ein Test-Token und stellt das alte wieder her, Schritt 4 stellt AS und Client gemeinsam um, und ab dann lehnt der AS das alte Zertifikat ab (Schritt 5 beweist es).</translation>
    </message>
    <message>
        <source>The CSR could not be written to %1: %2</source>
        <translation>Der CSR konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the CSR for the CA</source>
        <translation>CSR für die CA speichern</translation>
    </message>
    <message>
        <source>Certificate request (*.pem *.csr)</source>
        <translation>Zertifikatsanforderung (*.pem *.csr)</translation>
    </message>
    <message>
        <source>Saved to %1: have the CA the AS trusts issue the certificate, then import it.</source>
        <translation>In %1 gespeichert: Lassen Sie das Zertifikat von der CA ausstellen, der der AS vertraut, und importieren Sie es dann.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: that is not a certificate file.</source>
        <translation>%1 ist größer als 1 MiB: Das ist keine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Importing the certificate for the new key…</source>
        <translation>Das Zertifikat für den neuen Schlüssel wird importiert…</translation>
    </message>
    <message>
        <source>The certificate in %1 was not imported: %2</source>
        <translation>Das Zertifikat in %1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Import the CA&apos;s certificate for the new key</source>
        <translation>Zertifikat der CA für den neuen Schlüssel importieren</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Keychain</name>
    <message>
        <source>reported an error without one.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet, ohne einen Fehler anzugeben.</translation>
    </message>
    <message>
        <source>found no secret in the keychain for this client. It may have been removed outside OAuthDesk; rotate or enter the secret again.</source>
        <translation>Für diesen Client wurde kein Secret im Schlüsselbund gefunden. Es wurde vielleicht außerhalb von OAuthDesk entfernt; rotieren Sie das Secret, oder geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>was refused by the keychain. Unlock your keyring (for example in Passwords and Keys) and allow OAuthDesk, then try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie Ihren Schlüsselbund (zum Beispiel in „Passwörter und Schlüssel“) und erlauben Sie OAuthDesk den Zugriff, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>could not remove the secret from the keychain. Remove the entry by hand (service %1) or try again once the keyring is unlocked.</source>
        <translation>Das Secret konnte nicht aus dem Schlüsselbund entfernt werden. Entfernen Sie den Eintrag von Hand (Dienst %1), oder versuchen Sie es erneut, sobald der Schlüsselbund entsperrt ist.</translation>
    </message>
    <message>
        <source>found no keychain. OAuthDesk keeps secrets only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KeePassXC): start one in your desktop session and try again.</source>
        <translation>Kein Schlüsselbund gefunden. OAuthDesk speichert Secrets nur im Schlüsselbund des Systems (unter Linux ein Secret Service wie GNOME Keyring oder KeePassXC): Starten Sie einen in Ihrer Desktop-Sitzung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>found no keychain: no Secret Service answers on this desktop session&apos;s D-Bus. Start GNOME Keyring (or another Secret Service, such as KeePassXC) and make sure libsecret-1-0 is installed, then try again. Nothing was saved.</source>
        <translation>Kein Schlüsselbund gefunden: Auf dem D-Bus dieser Desktop-Sitzung antwortet kein Secret Service. Starten Sie GNOME Keyring (oder einen anderen Secret Service, etwa KeePassXC), stellen Sie sicher, dass libsecret-1-0 installiert ist, und versuchen Sie es erneut. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>could not use the keyring: it is locked or has no default collection. Unlock (or create) your login keyring, then try again.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden: Er ist gesperrt oder hat keine Standardsammlung. Entsperren (oder erstellen) Sie Ihren Anmelde-Schlüsselbund, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>failed in the keychain: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>got no answer from the keychain within %1 seconds. It may be waiting for an unlock prompt that is not visible, or no Secret Service is running: unlock your keyring and try again. Nothing was saved in OAuthDesk.</source>
        <translation>Keine Antwort vom Schlüsselbund innerhalb von %1 Sekunden. Vielleicht wartet er auf eine nicht sichtbare Entsperrabfrage, oder es läuft kein Secret Service: Entsperren Sie Ihren Schlüsselbund, und versuchen Sie es erneut. In OAuthDesk wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving the secret</source>
        <translation>Speichern des Secrets:</translation>
    </message>
    <message>
        <source>Reading the secret</source>
        <translation>Lesen des Secrets:</translation>
    </message>
    <message>
        <source>Removing the secret</source>
        <translation>Entfernen des Secrets:</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Later</name>
    <message>
        <source>The operation stopped before it answered.</source>
        <translation>Der Vorgang wurde beendet, bevor er geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::LocalCa</name>
    <message>
        <source>The certificate request is for a %1 key; OAuthDesk issues certificates only for RSA 2048, 3072, 4096 and EC P-256, P-384 keys.</source>
        <translation>Die Zertifikatsanforderung ist für einen %1-Schlüssel; OAuthDesk stellt Zertifikate nur für Schlüssel mit RSA 2048, 3072, 4096 und EC P-256, P-384 aus.</translation>
    </message>
    <message>
        <source>No key was given for the certificate.</source>
        <translation>Für das Zertifikat wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The certificate could not be built.</source>
        <translation>Das Zertifikat konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The CA certificate could not be built.</source>
        <translation>Das CA-Zertifikat konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The local CA&apos;s key does not match its certificate. Create the local CA again.</source>
        <translation>Der Schlüssel der lokalen CA passt nicht zu ihrem Zertifikat. Erstellen Sie die lokale CA neu.</translation>
    </message>
    <message>
        <source>Validity: %1 days would outlast the local CA&apos;s own certificate. Choose fewer days, or create a new local CA.</source>
        <translation>Gültigkeit: %1 Tage würden das eigene Zertifikat der lokalen CA überdauern. Wählen Sie weniger Tage, oder erstellen Sie eine neue lokale CA.</translation>
    </message>
    <message>
        <source>The subject alternative names could not be copied from the request.</source>
        <translation>Die alternativen Antragstellernamen konnten nicht aus der Anforderung übernommen werden.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::LoopbackListener</name>
    <message>
        <source>The browser came back without any parameters.</source>
        <translation>Der Browser ist ohne Parameter zurückgekehrt.</translation>
    </message>
    <message>
        <source>The browser came back with the parameter &quot;%1&quot; more than once, which OAuth forbids (RFC 6749 §3.1).</source>
        <translation>Der Browser ist mit dem Parameter „%1“ mehrfach zurückgekehrt, was OAuth verbietet (RFC 6749 §3.1).</translation>
    </message>
    <message>
        <source>This listener was already used; make a new one.</source>
        <translation>Dieser Listener wurde bereits verwendet; erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a loopback redirect URI: it must be http on 127.0.0.1, [::1] or localhost (RFC 8252 §7.3).</source>
        <translation>„%1“ ist keine Loopback-Redirect-URI: Sie muss http auf 127.0.0.1, [::1] oder localhost sein (RFC 8252 §7.3).</translation>
    </message>
    <message>
        <source>OAuthDesk could not listen on %1 port %2 for the browser&apos;s answer: another program probably uses that port. Close it, or register a redirect URI without a port (e.g. http://127.0.0.1/callback) so any free port can be used.</source>
        <translation>OAuthDesk konnte auf %1 Port %2 nicht auf die Antwort des Browsers warten: Wahrscheinlich verwendet ein anderes Programm diesen Port. Schließen Sie es, oder registrieren Sie eine Redirect-URI ohne Port (z. B. http://127.0.0.1/callback), damit jeder freie Port verwendet werden kann.</translation>
    </message>
    <message>
        <source>OAuthDesk could not listen on %1 for the browser&apos;s answer.</source>
        <translation>OAuthDesk konnte auf %1 nicht auf die Antwort des Browsers warten.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>Die Anfrage hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request head is larger than 8 KiB.</source>
        <translation>Der Kopf der Anfrage ist größer als 8 KiB.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>This is not an HTTP request OAuthDesk understands.</source>
        <translation>Dies ist keine HTTP-Anfrage, die OAuthDesk versteht.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation>Hier wird nur GET angenommen.</translation>
    </message>
    <message>
        <source>This address answers only requests for the loopback interface.</source>
        <translation>Diese Adresse beantwortet nur Anfragen für die Loopback-Schnittstelle.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Sign-in no longer waiting</source>
        <translation>Anmeldung wartet nicht mehr</translation>
    </message>
    <message>
        <source>OAuthDesk is not waiting for a sign-in answer any more. Start the test again from OAuthDesk.</source>
        <translation>OAuthDesk wartet nicht mehr auf eine Anmeldeantwort. Starten Sie den Test erneut in OAuthDesk.</translation>
    </message>
    <message>
        <source>Not a sign-in answer</source>
        <translation>Keine Anmeldeantwort</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Sign-in finished</source>
        <translation>Anmeldung abgeschlossen</translation>
    </message>
    <message>
        <source>You can close this window and return to OAuthDesk.</source>
        <translation>Sie können dieses Fenster schließen und zu OAuthDesk zurückkehren.</translation>
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
        <translation>1 Eintrag läuft innerhalb von 14 Tagen ab — Anzeigen…</translation>
    </message>
    <message>
        <source>%1 items expire within 14 days — View…</source>
        <translation>%1 Einträge laufen innerhalb von 14 Tagen ab — Anzeigen…</translation>
    </message>
    <message>
        <source>The data file could not be opened</source>
        <translation>Die Datendatei konnte nicht geöffnet werden</translation>
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
        <translation>Die Suche berücksichtigt Client-Namen und Client-IDs. Leeren Sie sie (Esc im Suchfeld), um alle Clients zu sehen.</translation>
    </message>
    <message>
        <source>No clients in %1 yet</source>
        <translation>Noch keine Clients in %1</translation>
    </message>
    <message>
        <source>Add the &lt;b&gt;environment&lt;/b&gt; (UAT, Production) whose authorization server issues the clients, then create a client with the wizard.</source>
        <translation>Fügen Sie die &lt;b&gt;Umgebung&lt;/b&gt; (UAT, Production) hinzu, deren Autorisierungsserver die Clients ausstellt, und legen Sie dann mit dem Assistenten einen Client an.</translation>
    </message>
    <message>
        <source>Create a client with the wizard: it applies the right security settings for the kind of application and keeps the secret in the system keychain.</source>
        <translation>Legen Sie mit dem Assistenten einen Client an: Er wendet die passenden Sicherheitseinstellungen für die Art der Anwendung an und bewahrt das Secret im System-Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>No OAuth clients yet</source>
        <translation>Noch keine OAuth-Clients</translation>
    </message>
    <message>
        <source>Pick an application on the left, or create a client with the wizard: it applies the right security settings for the kind of application.</source>
        <translation>Wählen Sie links eine Anwendung, oder legen Sie mit dem Assistenten einen Client an: Er wendet die passenden Sicherheitseinstellungen für die Art der Anwendung an.</translation>
    </message>
    <message>
        <source>Start by creating an &lt;b&gt;application&lt;/b&gt;: the system your clients belong to. Then add the &lt;b&gt;environment&lt;/b&gt; (UAT, Production) whose authorization server issues them, and create your first &lt;b&gt;client&lt;/b&gt;.</source>
        <translation>Legen Sie zuerst eine &lt;b&gt;Anwendung&lt;/b&gt; an: das System, zu dem Ihre Clients gehören. Fügen Sie dann die &lt;b&gt;Umgebung&lt;/b&gt; (UAT, Production) hinzu, deren Autorisierungsserver sie ausstellt, und legen Sie Ihren ersten &lt;b&gt;Client&lt;/b&gt; an.</translation>
    </message>
    <message>
        <source>Create an application first</source>
        <translation>Legen Sie zuerst eine Anwendung an</translation>
    </message>
    <message>
        <source>Clients: %1 · Applications: %2 · Environments: %3</source>
        <translation>Clients: %1 · Anwendungen: %2 · Umgebungen: %3</translation>
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
        <translation>Den Client „%1“ (%2) aus OAuthDesk löschen?</translation>
    </message>
    <message>
        <source>This removes it and its secret (from the system keychain) from OAuthDesk; the registration at the authorization server is not changed.</source>
        <translation>Dadurch werden er und sein Secret (aus dem System-Schlüsselbund) aus OAuthDesk entfernt; die Registrierung beim Autorisierungsserver wird nicht geändert.</translation>
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
        <translation>Die Anwendung „%1“ und ihre Clients (%2) löschen?</translation>
    </message>
    <message>
        <source>Its clients are removed from OAuthDesk too. Registrations at the authorization server are not changed.</source>
        <translation>Ihre Clients werden ebenfalls aus OAuthDesk entfernt. Registrierungen beim Autorisierungsserver werden nicht geändert.</translation>
    </message>
    <message>
        <source>&amp;Delete application and clients</source>
        <translation>Anwendung und Clients &amp;löschen</translation>
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
        <translation>Zertifikate dieser Anwendung</translation>
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
        <translation>Nach Name oder Client-ID suchen (Strg+F)</translation>
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
        <translation>&lt;b&gt;OAuthDesk %1&lt;/b&gt;&lt;p&gt;Ein Desktop-Portal für Administratoren, die OAuth-2.0-Clients einrichten.&lt;/p&gt;&lt;p&gt;Datendatei: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Run preflight &amp;doctor…</source>
        <translation>Preflight-&amp;Diagnose ausführen…</translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;rotieren…</translation>
    </message>
    <message>
        <source>&amp;Promote to another environment…</source>
        <translation>In andere Umgebung &amp;übernehmen…</translation>
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
        <translation>Preflight-Diagnose für a&amp;lle Clients…</translation>
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
        <translation>Passphrase: erforderlich. Eine PKCS#12-Datei enthält den privaten Schlüssel; schützen Sie sie mit einer Passphrase.</translation>
    </message>
    <message>
        <source>Passphrase: must not contain NUL characters.</source>
        <translation>Passphrase: darf keine NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>A certificate of the chain is damaged.</source>
        <translation>Ein Zertifikat der Kette ist beschädigt.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be created.</source>
        <translation>Die PKCS#12-Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be encoded.</source>
        <translation>Die PKCS#12-Datei konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The PKCS#12 file did not re-open as written, so it was not saved: %1</source>
        <translation>Die PKCS#12-Datei ließ sich nicht so wieder öffnen, wie sie geschrieben wurde, daher wurde sie nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB; OAuthDesk does not read it as PKCS#12.</source>
        <translation>Die Datei ist größer als 1 MiB; OAuthDesk liest sie nicht als PKCS#12.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) file, or it is truncated.</source>
        <translation>Dies ist keine PKCS#12-Datei (.p12/.pfx), oder sie ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The passphrase does not open this PKCS#12 file. Check the passphrase (it is case-sensitive).</source>
        <translation>Die Passphrase öffnet diese PKCS#12-Datei nicht. Prüfen Sie die Passphrase (Groß- und Kleinschreibung wird unterschieden).</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened: it is damaged or uses encryption this OpenSSL does not offer (RC2/RC4 need OpenSSL&apos;s legacy provider).</source>
        <translation>Die PKCS#12-Datei konnte nicht geöffnet werden: Sie ist beschädigt oder verwendet eine Verschlüsselung, die dieses OpenSSL nicht anbietet (RC2/RC4 brauchen den Legacy-Provider von OpenSSL).</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key.</source>
        <translation>Die PKCS#12-Datei enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds a different private key than expected.</source>
        <translation>Die PKCS#12-Datei enthält einen anderen privaten Schlüssel als erwartet.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds a different certificate than expected.</source>
        <translation>Die PKCS#12-Datei enthält ein anderes Zertifikat als erwartet.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds a different chain than expected (%1 certificates instead of %2, or others).</source>
        <translation>Die PKCS#12-Datei enthält eine andere Kette als erwartet (%1 Zertifikate statt %2, oder andere).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::PromoteDialog</name>
    <message>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>not copied</source>
        <translation>nicht kopiert</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Promote &quot;%1&quot;</source>
        <translation>„%1“ übernehmen</translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation>Zielumgebung</translation>
    </message>
    <message>
        <source>Re&amp;gister it at the target&apos;s authorization server</source>
        <translation>Beim Autorisierungsserver des Ziels re&amp;gistrieren</translation>
    </message>
    <message>
        <source>Client ID issued by the target AS</source>
        <translation>Vom Ziel-AS ausgestellte Client-ID</translation>
    </message>
    <message>
        <source>the client ID the target AS issued</source>
        <translation>die vom Ziel-AS ausgestellte Client-ID</translation>
    </message>
    <message>
        <source>&amp;Promote to:</source>
        <translation>Übernehmen &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Promotion plan</source>
        <translation>Übernahmeplan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value and what happens</source>
        <translation>Wert und was geschieht</translation>
    </message>
    <message>
        <source>New client secret, shown once</source>
        <translation>Neues Client-Secret, wird nur einmal angezeigt</translation>
    </message>
    <message>
        <source>Cop&amp;y secret</source>
        <translation>Secret &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the new secret; the clipboard is cleared after 30 seconds.</source>
        <translation>Kopiert das neue Secret; die Zwischenablage wird nach 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>P&amp;romote</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>A new client with the same settings and fresh credentials: a new secret, new keys and CSRs, never this client&apos;s key or certificate. Nothing is made before Promote.</source>
        <translation>Ein neuer Client mit denselben Einstellungen und frischen Zugangsdaten: ein neues Secret, neue Schlüssel und CSRs, nie der Schlüssel oder das Zertifikat dieses Clients. Vor „Übernehmen“ wird nichts angelegt.</translation>
    </message>
    <message>
        <source>There is no other environment to promote to: add one under Settings → Environments.</source>
        <translation>Es gibt keine andere Umgebung zum Übernehmen: Fügen Sie unter Einstellungen → Umgebungen eine hinzu.</translation>
    </message>
    <message>
        <source>Checking what %1 supports…</source>
        <translation>Es wird geprüft, was %1 unterstützt…</translation>
    </message>
    <message>
        <source>Re&amp;gister it at %1&apos;s authorization server</source>
        <translation>Beim Autorisierungsserver von %1 re&amp;gistrieren</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) refused by %1 (✘): change the client first; nothing will be made.</source>
        <translation>
            <numerusform>%n Einstellung von %1 abgelehnt (✘): Ändern Sie zuerst den Client; es wird nichts angelegt.</numerusform>
            <numerusform>%n Einstellungen von %1 abgelehnt (✘): Ändern Sie zuerst den Client; es wird nichts angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: Promote creates &quot;%1&quot; in %2.</source>
        <translation>Bereit: „Übernehmen“ legt „%1“ in %2 an.</translation>
    </message>
    <message>
        <source>The promotion is still running. Wait until it has finished: closing now would stop it half-way and leave fresh keys behind.</source>
        <translation>Die Übernahme läuft noch. Warten Sie, bis sie abgeschlossen ist: Wenn Sie jetzt schließen, wird sie mittendrin abgebrochen, und frische Schlüssel bleiben zurück.</translation>
    </message>
    <message>
        <source>Making fresh keys and registering at %1…</source>
        <translation>Frische Schlüssel werden erstellt und bei %1 registriert…</translation>
    </message>
    <message>
        <source>Making fresh credentials…</source>
        <translation>Frische Zugangsdaten werden erstellt…</translation>
    </message>
    <message>
        <source>✔ Created &quot;%1&quot; in %2, client ID %3.</source>
        <translation>✔ „%1“ in %2 angelegt, Client-ID %3.</translation>
    </message>
    <message>
        <source>New signing key, kid %1.</source>
        <translation>Neuer Signaturschlüssel, kid %1.</translation>
    </message>
    <message>
        <source>New transport key for %1.</source>
        <translation>Neuer Transportschlüssel für %1.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>The new client secret, shown once; it is stored in the keychain.</source>
        <translation>Das neue Client-Secret, wird nur einmal angezeigt; es ist im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Promotion</name>
    <message>
        <source>There is no environment with id %1. List them to see their names and ids.</source>
        <translation>Es gibt keine Umgebung mit der ID %1. Listen Sie die Umgebungen auf, um ihre Namen und IDs zu sehen.</translation>
    </message>
    <message>
        <source>Both sides are %1; pick two different environments to compare.</source>
        <translation>Beide Seiten sind %1; wählen Sie zwei verschiedene Umgebungen zum Vergleichen.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Es gibt keinen Client mit der ID %1.</translation>
    </message>
    <message>
        <source>Nothing was created: %1 refuses what the client needs.</source>
        <translation>Nichts wurde angelegt: %1 lehnt ab, was der Client braucht.</translation>
    </message>
    <message>
        <source>%1&apos;s AS offers no registration (no registration_endpoint in its discovery): promote without registering and enter the client ID it issued.</source>
        <translation>Der AS von %1 bietet keine Registrierung an (kein registration_endpoint in seiner Discovery): Übernehmen Sie den Client ohne Registrierung und geben Sie die Client-ID ein, die der AS ausgestellt hat.</translation>
    </message>
    <message>
        <source>Client ID: without registration, enter the client ID %1&apos;s AS issued for this client.</source>
        <translation>Client-ID: Geben Sie ohne Registrierung die Client-ID ein, die der AS von %1 für diesen Client ausgestellt hat.</translation>
    </message>
    <message>
        <source>Configure the new secret for client %1 at %2&apos;s AS (it is shown once and kept in the keychain).</source>
        <translation>Tragen Sie das neue Secret für den Client %1 beim AS von %2 ein (es wird einmal angezeigt und im Schlüsselbund aufbewahrt).</translation>
    </message>
    <message>
        <source>Send the transport CSR (%1) to %2&apos;s CA, then import the certificate it issues under Certificates; until then the client cannot get a token there.</source>
        <translation>Senden Sie den Transport-CSR (%1) an die CA von %2 und importieren Sie dann das ausgestellte Zertifikat unter „Zertifikate“; bis dahin kann der Client dort kein Token erhalten.</translation>
    </message>
    <message>
        <source>The signing key&apos;s CSR (%1) is ready if %2 wants the key certified.</source>
        <translation>Der CSR des Signaturschlüssels (%1) liegt bereit, falls %2 den Schlüssel zertifiziert haben möchte.</translation>
    </message>
    <message>
        <source>Nothing was created in %1.</source>
        <translation>In %1 wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Nothing was created in %1: the fresh keys made for it were removed again.</source>
        <translation>In %1 wurde nichts angelegt: Die dafür neu erzeugten Schlüssel wurden wieder entfernt.</translation>
    </message>
    <message>
        <source>No client was created in %1, but these fresh keys are left: %2. Delete them under Certificates, or promote again.</source>
        <translation>In %1 wurde kein Client angelegt, aber diese neu erzeugten Schlüssel sind übrig: %2. Löschen Sie sie unter „Zertifikate“, oder übernehmen Sie den Client erneut.</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>%1&apos;s AS does not support %2 (token_endpoint_auth_methods_supported: %3). Change the client&apos;s method in UAT first, or pick one %1 supports.</source>
        <translation>Der AS von %1 unterstützt %2 nicht (token_endpoint_auth_methods_supported: %3). Ändern Sie zuerst die Methode des Clients in UAT, oder wählen Sie eine, die %1 unterstützt.</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant-Types</translation>
    </message>
    <message>
        <source>%1&apos;s AS does not offer the %2 grant (grant_types_supported: %3).</source>
        <translation>Der AS von %1 bietet den Grant-Type %2 nicht an (grant_types_supported: %3).</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>%1&apos;s AS does not know the scope %2 (scopes_supported: %3). Remove it from the client, or ask %1&apos;s administrators to add it.</source>
        <translation>Der AS von %1 kennt den Scope %2 nicht (scopes_supported: %3). Entfernen Sie ihn aus dem Client, oder bitten Sie die Administratoren von %1, ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>%1&apos;s AS does not offer PKCE with S256 (code_challenge_methods_supported: %2).</source>
        <translation>Der AS von %1 bietet PKCE mit S256 nicht an (code_challenge_methods_supported: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The client is already in %1; pick another environment to promote it to.</source>
        <translation>Der Client ist bereits in %1; wählen Sie eine andere Umgebung, in die er übernommen werden soll.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 already has a client called &quot;%2&quot; in this application (row %3, client ID %4): compare them with the diff, or rename one.</source>
        <translation>%1 hat in dieser Anwendung bereits einen Client namens „%2“ (Zeile %3, Client-ID %4): Vergleichen Sie beide im Diff, oder benennen Sie einen um.</translation>
    </message>
    <message>
        <source>Application type</source>
        <translation>Anwendungstyp</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Redirect-URIs</translation>
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
        <source>Certificate-bound tokens</source>
        <translation>Zertifikatsgebundene Tokens</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>%1 is a loopback or plain-http address; %2 looks like production, where redirects should be the application&apos;s own https addresses. Edit the client in %2 after promoting it.</source>
        <translation>%1 ist eine Loopback- oder unverschlüsselte http-Adresse; %2 sieht nach Produktion aus, wo Redirects auf die eigenen https-Adressen der Anwendung zeigen sollten. Bearbeiten Sie den Client in %2, nachdem Sie ihn übernommen haben.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Assigned by %1&apos;s AS when the client is registered (RFC 7591).</source>
        <translation>Wird vom AS von %1 vergeben, wenn der Client registriert wird (RFC 7591).</translation>
    </message>
    <message>
        <source>%1&apos;s AS offers no registration: register the client there yourself and enter the client ID it issues.</source>
        <translation>Der AS von %1 bietet keine Registrierung an: Registrieren Sie den Client dort selbst und geben Sie die ausgestellte Client-ID ein.</translation>
    </message>
    <message>
        <source>%1&apos;s discovery is not known: refresh it to register there, or enter the client ID its AS issued.</source>
        <translation>Die Discovery von %1 ist nicht bekannt: Aktualisieren Sie sie, um dort zu registrieren, oder geben Sie die vom dortigen AS ausgestellte Client-ID ein.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Issued by %1&apos;s AS at registration, shown once, stored in the keychain.</source>
        <translation>Wird bei der Registrierung vom AS von %1 ausgestellt, einmal angezeigt und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>A new 256-bit secret is generated, shown once, to configure at %1&apos;s AS.</source>
        <translation>Ein neues 256-Bit-Secret wird erzeugt und einmal angezeigt, um es beim AS von %1 einzutragen.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>The client uses private_key_jwt but has no signing key here; pick one in its settings first.</source>
        <translation>Der Client verwendet private_key_jwt, hat hier aber keinen Signaturschlüssel; wählen Sie zuerst einen in seinen Einstellungen.</translation>
    </message>
    <message>
        <source>A new %1 key pair (a new kid); the source&apos;s key stays where it is.</source>
        <translation>Ein neues %1-Schlüsselpaar (eine neue kid); der Schlüssel der Quelle bleibt, wo er ist.</translation>
    </message>
    <message>
        <source>Transport certificate</source>
        <translation>Transportzertifikat</translation>
    </message>
    <message>
        <source>The client uses %1 but has no transport certificate here; pick one in its settings first.</source>
        <translation>Der Client verwendet %1, hat hier aber kein Transportzertifikat; wählen Sie zuerst eines in seinen Einstellungen.</translation>
    </message>
    <message>
        <source>A new %1 key and a new self-signed certificate with the same subject.</source>
        <translation>Ein neuer %1-Schlüssel und ein neues selbstsigniertes Zertifikat mit demselben Subject.</translation>
    </message>
    <message>
        <source>Transport key and CSR</source>
        <translation>Transportschlüssel und CSR</translation>
    </message>
    <message>
        <source>A new %1 key and a certificate signing request with the same subject.</source>
        <translation>Ein neuer %1-Schlüssel und eine Zertifikatsanforderung (CSR) mit demselben Subject.</translation>
    </message>
    <message>
        <source>The certificate must be issued by %1&apos;s CA: send it the CSR, then import what it issues. Until then the client cannot get a token there.</source>
        <translation>Das Zertifikat muss von der CA von %1 ausgestellt werden: Senden Sie ihr den CSR und importieren Sie dann, was sie ausstellt. Bis dahin kann der Client dort kein Token erhalten.</translation>
    </message>
    <message>
        <source>The source&apos;s transport certificate has no subject to copy; give it one first.</source>
        <translation>Das Transportzertifikat der Quelle hat kein Subject zum Kopieren; geben Sie ihm zuerst eines.</translation>
    </message>
    <message>
        <source>Registration access token</source>
        <translation>Registrierungs-Access-Token</translation>
    </message>
    <message>
        <source>Issued by %1&apos;s AS for managing the new registration (RFC 7592).</source>
        <translation>Wird vom AS von %1 zur Verwaltung der neuen Registrierung ausgestellt (RFC 7592).</translation>
    </message>
    <message>
        <source>The source&apos;s stays with it; %1 offers no registration.</source>
        <translation>Das der Quelle bleibt bei ihr; %1 bietet keine Registrierung an.</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Headers belong to the environment: %1 sends %2. Change them under Settings → Environments if the API needs them.</source>
        <translation>Header gehören zur Umgebung: %1 sendet %2. Ändern Sie sie unter Einstellungen → Umgebungen, falls die API sie braucht.</translation>
    </message>
    <message>
        <source>Client assertion audience</source>
        <translation>Client-Assertion-Audience</translation>
    </message>
    <message>
        <source>%1 names %2 as the assertion&apos;s audience, %3 names %4 (an environment setting).</source>
        <translation>%1 nennt %2 als Audience der Assertion, %3 nennt %4 (eine Einstellung der Umgebung).</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <source>%1&apos;s discovery could not be read, so what its AS supports was not checked.</source>
        <translation>Die Discovery von %1 konnte nicht gelesen werden, daher wurde nicht geprüft, was ihr AS unterstützt.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Post-logout redirect URIs</source>
        <translation>Post-Logout-Redirect-URIs</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>registered through OAuthDesk (RFC 7592)</source>
        <translation>über OAuthDesk registriert (RFC 7592)</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <source>recorded (registered elsewhere)</source>
        <translation>erfasst (anderswo registriert)</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Registration</name>
    <message>
        <source>Client name</source>
        <translation>Client-Name</translation>
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
        <source>Grant types</source>
        <translation>Grant-Types</translation>
    </message>
    <message>
        <source>Grant types (response types)</source>
        <translation>Grant-Types (Response-Types)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Signing key or self-signed certificate (jwks_uri)</source>
        <translation>Signaturschlüssel oder selbstsigniertes Zertifikat (jwks_uri)</translation>
    </message>
    <message>
        <source>Signing key or self-signed certificate (jwks)</source>
        <translation>Signaturschlüssel oder selbstsigniertes Zertifikat (jwks)</translation>
    </message>
    <message>
        <source>Transport certificate (subject DN)</source>
        <translation>Transportzertifikat (Subject-DN)</translation>
    </message>
    <message>
        <source>Certificate-bound tokens</source>
        <translation>Zertifikatsgebundene Tokens</translation>
    </message>
    <message>
        <source>Application type</source>
        <translation>Anwendungstyp</translation>
    </message>
    <message>
        <source>Software statement</source>
        <translation>Software Statement</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>die Registrierung</translation>
    </message>
    <message>
        <source>reading the registration</source>
        <translation>die Abfrage der Registrierung</translation>
    </message>
    <message>
        <source>updating the registration</source>
        <translation>die Änderung der Registrierung</translation>
    </message>
    <message>
        <source>deleting the registration</source>
        <translation>die Löschung der Registrierung</translation>
    </message>
    <message>
        <source>The authorization server publishes no registration_endpoint: it does not offer dynamic client registration (RFC 7591). Register the client in its portal instead.</source>
        <translation>Der Autorisierungsserver veröffentlicht keinen registration_endpoint: Er bietet keine dynamische Client-Registrierung an (RFC 7591). Registrieren Sie den Client stattdessen in seinem Portal.</translation>
    </message>
    <message>
        <source>This client has no registration_client_uri: it was not registered by OAuthDesk, or the AS does not support RFC 7592 management.</source>
        <translation>Dieser Client hat keine registration_client_uri: Er wurde nicht von OAuthDesk registriert, oder der AS unterstützt keine Verwaltung nach RFC 7592.</translation>
    </message>
    <message>
        <source>This client&apos;s registration access token is not in the keychain, so the AS will not let OAuthDesk read, change or delete its registration.</source>
        <translation>Das Registrierungs-Access-Token dieses Clients ist nicht im Schlüsselbund, daher lässt der AS OAuthDesk seine Registrierung nicht lesen, ändern oder löschen.</translation>
    </message>
    <message>
        <source> The AS says: &quot;%1&quot;.</source>
        <translation> Der AS meldet: „%1“.</translation>
    </message>
    <message>
        <source>Redirect URIs: none were sent, because this client has none (it uses no redirect-based grant), but this authorization server wants redirect_uris for every client, which RFC 7591 §2 does not require. Register the client at the AS another way (its console or administrators), then record it here with &quot;Register at … now&quot; unticked and the client ID it issued.</source>
        <translation>Redirect-URIs: Es wurden keine gesendet, weil dieser Client keine hat (er verwendet keinen Redirect-basierten Grant), aber dieser Autorisierungsserver verlangt redirect_uris für jeden Client, was RFC 7591 §2 nicht vorschreibt. Registrieren Sie den Client auf anderem Weg beim AS (über seine Konsole oder seine Administratoren), und erfassen Sie ihn dann hier mit abgewähltem „Jetzt bei … registrieren“ und der ausgestellten Client-ID.</translation>
    </message>
    <message>
        <source>Redirect URIs: the authorization server refused a redirect URI. Check that each is an absolute URI without a fragment, https for web clients, and a loopback or private-use scheme for native ones.</source>
        <translation>Redirect-URIs: Der Autorisierungsserver hat eine Redirect-URI abgelehnt. Prüfen Sie, ob jede eine absolute URI ohne Fragment ist: https für Web-Clients, ein Loopback- oder Private-Use-Schema für native.</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Client-Metadaten</translation>
    </message>
    <message>
        <source>%1: the authorization server refused this value. Change it in the wizard and submit again.</source>
        <translation>%1: Der Autorisierungsserver hat diesen Wert abgelehnt. Ändern Sie ihn im Assistenten, und senden Sie erneut ab.</translation>
    </message>
    <message>
        <source>Software statement: the authorization server did not accept the environment&apos;s software statement (%1). Replace it in Settings → Environments → Registration.</source>
        <translation>Software Statement: Der Autorisierungsserver hat das Software Statement der Umgebung nicht akzeptiert (%1). Ersetzen Sie es unter Einstellungen → Umgebungen → Registrierung.</translation>
    </message>
    <message>
        <source>Initial access token: this authorization server only registers clients presented with one. Store the token its administrators gave you in Settings → Environments → Registration.</source>
        <translation>Initial Access Token: Dieser Autorisierungsserver registriert Clients nur, wenn eines vorgelegt wird. Hinterlegen Sie das Token, das Ihnen seine Administratoren gegeben haben, unter Einstellungen → Umgebungen → Registrierung.</translation>
    </message>
    <message>
        <source>Initial access token: the authorization server refused it (HTTP %1). It may be wrong, expired or used up: store a new one in Settings → Environments → Registration.</source>
        <translation>Initial Access Token: Der Autorisierungsserver hat es abgelehnt (HTTP %1). Es ist möglicherweise falsch, abgelaufen oder verbraucht: Hinterlegen Sie ein neues unter Einstellungen → Umgebungen → Registrierung.</translation>
    </message>
    <message>
        <source>The authorization server refused this client&apos;s registration access token (HTTP %1): the client may have been deleted at the AS, or its token replaced.</source>
        <translation>Der Autorisierungsserver hat das Registrierungs-Access-Token dieses Clients abgelehnt (HTTP %1): Der Client wurde beim AS möglicherweise gelöscht oder sein Token ersetzt.</translation>
    </message>
    <message>
        <source>The authorization server no longer knows this client (HTTP 404): it was deleted there.</source>
        <translation>Der Autorisierungsserver kennt diesen Client nicht mehr (HTTP 404): Er wurde dort gelöscht.</translation>
    </message>
    <message>
        <source>The authorization server refused the %1 with the error &quot;%2&quot;.</source>
        <translation>Der Autorisierungsserver hat %1 mit dem Fehler „%2“ abgelehnt.</translation>
    </message>
    <message>
        <source>The authorization server answered HTTP %1 to the %2 without an OAuth error: check the endpoint URL and any proxy in between.</source>
        <translation>Der Autorisierungsserver hat auf %2 mit HTTP %1 ohne OAuth-Fehler geantwortet: Prüfen Sie die Endpunkt-URL und etwaige Proxys dazwischen.</translation>
    </message>
    <message>
        <source>The authorization server answered HTTP %1 but not with a JSON object, so there is no client.</source>
        <translation>Der Autorisierungsserver hat mit HTTP %1 geantwortet, aber nicht mit einem JSON-Objekt, daher gibt es keinen Client.</translation>
    </message>
    <message>
        <source>The authorization server&apos;s answer has no client_id (RFC 7591 §3.2.1).</source>
        <translation>Die Antwort des Autorisierungsservers enthält keine client_id (RFC 7591 §3.2.1).</translation>
    </message>
    <message>
        <source>The registration_client_uri &quot;%1&quot; is not an https URL (http only on loopback); OAuthDesk will not send the registration access token there.</source>
        <translation>Die registration_client_uri „%1“ ist keine https-URL (http nur auf Loopback); OAuthDesk sendet das Registrierungs-Access-Token nicht dorthin.</translation>
    </message>
    <message>
        <source>not granted: %1</source>
        <translation>nicht gewährt: %1</translation>
    </message>
    <message>
        <source>added by the AS: %1</source>
        <translation>vom AS hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>%1 — sent as &quot;%2&quot;, but the AS did not return it (it may have dropped it).</source>
        <translation>%1 — als „%2“ gesendet, aber der AS hat es nicht zurückgegeben (er hat es möglicherweise verworfen).</translation>
    </message>
    <message>
        <source>%1 — asked for &quot;%2&quot;, the AS has &quot;%3&quot;.</source>
        <translation>%1 — „%2“ angefragt, der AS hat „%3“.</translation>
    </message>
    <message>
        <source>%1 — not sent; the AS set &quot;%2&quot;.</source>
        <translation>%1 — nicht gesendet; der AS hat „%2“ gesetzt.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::RegistrationCredentialsBox</name>
    <message>
        <source>Store in &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Initial access token</source>
        <translation>Initial Access Token</translation>
    </message>
    <message>
        <source>initial access token from the AS&apos;s administrators</source>
        <translation>Initial Access Token von den Administratoren des AS</translation>
    </message>
    <message>
        <source>Software statement</source>
        <translation>Software Statement</translation>
    </message>
    <message>
        <source>software statement (a signed JWT), if your AS wants one</source>
        <translation>Software Statement (ein signiertes JWT), falls Ihr AS eines verlangt</translation>
    </message>
    <message>
        <source>Initial access token:</source>
        <translation>Initial Access Token:</translation>
    </message>
    <message>
        <source>Software statement:</source>
        <translation>Software Statement:</translation>
    </message>
    <message>
        <source>Save the environment first; then store its registration credentials here.</source>
        <translation>Speichern Sie zuerst die Umgebung; speichern Sie dann hier ihre Registrierungs-Credentials.</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Der Schlüsselbund wird gefragt…</translation>
    </message>
    <message>
        <source>Refresh discovery first: it tells whether this AS registers clients (RFC 7591).</source>
        <translation>Aktualisieren Sie zuerst die Discovery: Sie zeigt, ob dieser AS Clients registriert (RFC 7591).</translation>
    </message>
    <message>
        <source>This AS publishes no registration_endpoint: clients are registered in its own console.</source>
        <translation>Dieser AS veröffentlicht keinen registration_endpoint: Clients werden in seiner eigenen Konsole registriert.</translation>
    </message>
    <message>
        <source>an initial access token is stored in the keychain</source>
        <translation>ein Initial Access Token ist im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>no initial access token stored</source>
        <translation>kein Initial Access Token gespeichert</translation>
    </message>
    <message>
        <source>a software statement is stored</source>
        <translation>ein Software Statement ist gespeichert</translation>
    </message>
    <message>
        <source>no software statement</source>
        <translation>kein Software Statement</translation>
    </message>
    <message>
        <source>Registration at this AS: %1; %2. Typing a value replaces it; stored values are never shown.</source>
        <translation>Registrierung bei diesem AS: %1; %2. Eine Eingabe ersetzt den Wert; gespeicherte Werte werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Initial access token: paste the token (or a software statement) first.</source>
        <translation>Initial Access Token: Fügen Sie zuerst das Token (oder ein Software Statement) ein.</translation>
    </message>
    <message>
        <source>Software statement: it must be a signed JWT (three base64url parts separated by dots).</source>
        <translation>Software Statement: Es muss ein signiertes JWT sein (drei base64url-Teile, durch Punkte getrennt).</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::RegistrationPanel</name>
    <message>
        <source>At the authorization server (RFC 7592)</source>
        <translation>Beim Autorisierungsserver (RFC 7592)</translation>
    </message>
    <message>
        <source>Re&amp;fresh from AS</source>
        <translation>Vom AS a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Ask AS for a &amp;new secret</source>
        <translation>&amp;Neues Secret beim AS anfordern</translation>
    </message>
    <message>
        <source>&amp;Delete at AS…</source>
        <translation>Beim AS &amp;löschen…</translation>
    </message>
    <message>
        <source>Registered at %1 by OAuthDesk</source>
        <translation>Von OAuthDesk bei %1 registriert</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> (am %1)</translation>
    </message>
    <message>
        <source>. Managed at &lt;code&gt;%1&lt;/code&gt;; the registration access token is in the keychain. To change the registration, edit the client: Review offers to update it at the AS.</source>
        <translation>. Verwaltet unter &lt;code&gt;%1&lt;/code&gt;; das Registrierungs-Access-Token liegt im Schlüsselbund. Um die Registrierung zu ändern, bearbeiten Sie den Client: Die Seite „Überprüfung“ bietet an, sie beim AS zu aktualisieren.</translation>
    </message>
    <message>
        <source>Read the client&apos;s registration at the AS (GET) and take its values here</source>
        <translation>Die Registrierung des Clients beim AS lesen (GET) und ihre Werte hier übernehmen</translation>
    </message>
    <message>
        <source>Send the registration without the current secret (PUT): an AS that supports it issues a new one</source>
        <translation>Die Registrierung ohne das aktuelle Secret senden (PUT): Ein AS, der das unterstützt, stellt ein neues aus</translation>
    </message>
    <message>
        <source>New client secret from the AS, shown once</source>
        <translation>Neues Client-Secret vom AS, wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Secret kopieren</translation>
    </message>
    <message>
        <source>Secret copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Secret kopiert; die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>Delete at the authorization server</source>
        <translation>Beim Autorisierungsserver löschen</translation>
    </message>
    <message>
        <source>Delete client &quot;%1&quot; (%2) at %3, and here?

Applications using it stop getting tokens at once. This cannot be undone.</source>
        <translation>Client „%1“ (%2) bei %3 und hier löschen?

Anwendungen, die ihn verwenden, erhalten sofort keine Tokens mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete at AS</source>
        <translation>Beim AS löschen</translation>
    </message>
    <message>
        <source>Reading the registration at %1…</source>
        <translation>Registrierung bei %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The AS has the same registration as OAuthDesk.</source>
        <translation>Der AS hat dieselbe Registrierung wie OAuthDesk.</translation>
    </message>
    <message>
        <source>The AS&apos;s registration differs; OAuthDesk now holds the AS&apos;s values:</source>
        <translation>Die Registrierung beim AS weicht ab; OAuthDesk übernimmt jetzt die Werte des AS:</translation>
    </message>
    <message>
        <source>Asking %1 for a new client secret…</source>
        <translation>Neues Client-Secret wird bei %1 angefordert…</translation>
    </message>
    <message>
        <source>The AS issued a new client secret; it is in the keychain. Shown once:</source>
        <translation>Der AS hat ein neues Client-Secret ausgestellt; es liegt im Schlüsselbund. Wird einmal angezeigt:</translation>
    </message>
    <message>
        <source>The registration was sent.</source>
        <translation>Die Registrierung wurde gesendet.</translation>
    </message>
    <message>
        <source>Deleting the client at %1…</source>
        <translation>Client wird bei %1 gelöscht…</translation>
    </message>
    <message>
        <source>✔ Deleted at %1 and here.</source>
        <translation>✔ Bei %1 und hier gelöscht.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::RegistrationService</name>
    <message>
        <source>The AS says the client secret expired on %1, so it will refuse it: ask the AS for a new secret.</source>
        <translation>Laut AS ist das Client-Secret am %1 abgelaufen, er wird es also ablehnen: Fordern Sie beim AS ein neues Secret an.</translation>
    </message>
    <message>
        <source>The AS says the client secret expires on %1: rotate it before then.</source>
        <translation>Laut AS läuft das Client-Secret am %1 ab: Rotieren Sie es vorher.</translation>
    </message>
    <message>
        <source>Save the environment first: its registration credentials are kept under its id.</source>
        <translation>Speichern Sie zuerst die Umgebung: Ihre Registrierungs-Credentials werden unter ihrer ID abgelegt.</translation>
    </message>
    <message>
        <source>Initial access token: %1</source>
        <translation>Initial Access Token: %1</translation>
    </message>
    <message>
        <source>Software statement: %1</source>
        <translation>Software Statement: %1</translation>
    </message>
    <message>
        <source>%1 does not offer dynamic client registration: its discovery metadata has no registration_endpoint (refresh it in Settings → Environments).</source>
        <translation>%1 bietet keine dynamische Client-Registrierung an: Die Discovery-Metadaten enthalten keinen registration_endpoint (aktualisieren Sie sie unter Einstellungen → Umgebungen).</translation>
    </message>
    <message>
        <source>The AS registered client %1, but it could not be saved here and cannot be deleted there automatically: delete it in the AS&apos;s console.</source>
        <translation>Der AS hat den Client %1 registriert, er konnte hier aber nicht gespeichert und dort nicht automatisch gelöscht werden: Löschen Sie ihn in der Konsole des AS.</translation>
    </message>
    <message>
        <source>Client %1 stays registered at the AS: deleting it there failed too. Delete it in the AS&apos;s console.</source>
        <translation>Der Client %1 bleibt beim AS registriert: Auch das Löschen dort ist fehlgeschlagen. Löschen Sie ihn in der Konsole des AS.</translation>
    </message>
    <message>
        <source>The AS registered the client for %1 but returned no client_secret.</source>
        <translation>Der AS hat den Client für %1 registriert, aber kein client_secret zurückgegeben.</translation>
    </message>
    <message>
        <source>The client is registered and saved, but its registration access token could not be stored (%1): it cannot be managed from OAuthDesk.</source>
        <translation>Der Client ist registriert und gespeichert, sein Registrierungs-Access-Token konnte aber nicht gespeichert werden (%1): Er kann nicht aus OAuthDesk verwaltet werden.</translation>
    </message>
    <message>
        <source>This client was not registered through OAuthDesk (it has no registration_client_uri), so it can only be changed in the AS&apos;s console.</source>
        <translation>Dieser Client wurde nicht über OAuthDesk registriert (er hat keine registration_client_uri), daher kann er nur in der Konsole des AS geändert werden.</translation>
    </message>
    <message>
        <source>This client&apos;s registration access token is not in the keychain, so the AS will not let OAuthDesk read, change or delete it.</source>
        <translation>Das Registrierungs-Access-Token dieses Clients ist nicht im Schlüsselbund, daher lässt der AS OAuthDesk ihn weder lesen noch ändern oder löschen.</translation>
    </message>
    <message>
        <source>The AS now has this client on %1 but returned no client secret, so OAuthDesk has none to keep: rotate the secret in the AS&apos;s console and store it here.</source>
        <translation>Beim AS nutzt dieser Client jetzt %1, der AS hat aber kein Client-Secret zurückgegeben, daher hat OAuthDesk keines aufzubewahren: Rotieren Sie das Secret in der Konsole des AS und speichern Sie es hier.</translation>
    </message>
    <message>
        <source>The AS issued a new registration access token, but it could not be stored (%1): further changes from OAuthDesk will fail.</source>
        <translation>Der AS hat ein neues Registrierungs-Access-Token ausgestellt, es konnte aber nicht gespeichert werden (%1): Weitere Änderungen aus OAuthDesk werden fehlschlagen.</translation>
    </message>
    <message>
        <source>The AS issued a new client secret, but it could not be stored in the keychain (%1). Copy it now: it is shown once.</source>
        <translation>Der AS hat ein neues Client-Secret ausgestellt, es konnte aber nicht im Schlüsselbund gespeichert werden (%1). Kopieren Sie es jetzt: Es wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>OAuthDesk is shutting down.</source>
        <translation>OAuthDesk wird beendet.</translation>
    </message>
    <message>
        <source>This client authenticates with %1: it has no client secret to rotate.</source>
        <translation>Dieser Client authentifiziert sich mit %1: Er hat kein Client-Secret zum Rotieren.</translation>
    </message>
    <message>
        <source>The AS kept the same client secret: it does not rotate secrets through RFC 7592 updates. Rotate it in the AS&apos;s console, then use &quot;Rotate secret&quot; here to store the new one.</source>
        <translation>Der AS hat dasselbe Client-Secret behalten: Er rotiert Secrets nicht über Änderungen nach RFC 7592. Rotieren Sie es in der Konsole des AS und speichern Sie das neue dann hier mit „Secret rotieren“.</translation>
    </message>
    <message>
        <source>Deleted at the AS, but not here: %1</source>
        <translation>Beim AS gelöscht, aber nicht hier: %1</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Registrations</name>
    <message>
        <source>Transport certificate: the certificate picked for self_signed_tls_client_auth is gone; pick another on the Authentication page.</source>
        <translation>Transportzertifikat: Das für self_signed_tls_client_auth gewählte Zertifikat ist nicht mehr vorhanden; wählen Sie auf der Seite „Authentifizierung“ ein anderes.</translation>
    </message>
    <message>
        <source>Signing key: the certificate picked for private_key_jwt is gone; pick another on the Authentication page.</source>
        <translation>Signaturschlüssel: Das für private_key_jwt gewählte Zertifikat ist nicht mehr vorhanden; wählen Sie auf der Seite „Authentifizierung“ ein anderes.</translation>
    </message>
    <message>
        <source>The AS issued a new registration access token with its answer (RFC 7592 §2.1); OAuthDesk stored it in the keychain in place of the old one.</source>
        <translation>Der AS hat mit seiner Antwort ein neues Registrierungs-Access-Token ausgestellt (RFC 7592 §2.1); OAuthDesk hat es anstelle des alten im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The AS sent the client secret with its answer (RFC 7592 §2.1); OAuthDesk stored it in the keychain, so a secret the AS rotated is not lost.</source>
        <translation>Der AS hat mit seiner Antwort das Client-Secret gesendet (RFC 7592 §2.1); OAuthDesk hat es im Schlüsselbund gespeichert, damit ein vom AS rotiertes Secret nicht verloren geht.</translation>
    </message>
    <message>
        <source>The AS issued new credentials with its answer (RFC 7592 §2.1), but the keychain refused them (%1): register the client again to manage it.</source>
        <translation>Der AS hat mit seiner Antwort neue Zugangsdaten ausgestellt (RFC 7592 §2.1), aber der Schlüsselbund hat sie abgelehnt (%1): Registrieren Sie den Client erneut, um ihn zu verwalten.</translation>
    </message>
    <message>
        <source>The jwks_uri %1 could not be read: %2</source>
        <translation>Die jwks_uri %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The jwks_uri %1 answered HTTP 404: no JWK Set is published there.</source>
        <translation>Die jwks_uri %1 antwortete mit HTTP 404: Dort ist kein JWK Set veröffentlicht.</translation>
    </message>
    <message>
        <source>The jwks_uri %1 answered HTTP %2, not a JWK Set.</source>
        <translation>Die jwks_uri %1 antwortete mit HTTP %2, nicht mit einem JWK Set.</translation>
    </message>
    <message>
        <source>The jwks_uri %1 did not answer a JWK Set (a JSON object with a &quot;keys&quot; array, RFC 7517 §5).</source>
        <translation>Die jwks_uri %1 lieferte kein JWK Set (ein JSON-Objekt mit einem „keys“-Array, RFC 7517 §5).</translation>
    </message>
    <message>
        <source>The jwks_uri &quot;%1&quot; is not an absolute URL.</source>
        <translation>Die jwks_uri „%1“ ist keine absolute URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not registered through OAuthDesk (no RFC 7592 management URI).</source>
        <translation>„%1“ wurde nicht über OAuthDesk registriert (keine Verwaltungs-URI nach RFC 7592).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::ReviewPage</name>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>&amp;Generate a strong secret (256 bits) to configure at the authorization server</source>
        <translation>Ein starkes Secret (256 Bit) &amp;erzeugen, das am Autorisierungsserver eingetragen wird</translation>
    </message>
    <message>
        <source>&amp;Paste the secret the authorization server issued:</source>
        <translation>Vom Autorisierungsserver ausgestelltes Secret ein&amp;fügen:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Check everything once more. Back changes any stage; nothing is saved until Submit.</source>
        <translation>Prüfen Sie alles noch einmal. Mit „Zurück“ ändern Sie jeden Schritt; gespeichert wird erst mit „Absenden“.</translation>
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
        <translation>die Client-ID, die Ihr Autorisierungsserver ausgestellt hat</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client secret issued by the authorization server</source>
        <translation>Vom Autorisierungsserver ausgestelltes Client-Secret</translation>
    </message>
    <message>
        <source>paste here; it goes to the system keychain only</source>
        <translation>hier einfügen; es gelangt nur in den System-Schlüsselbund</translation>
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
        <translation>Grant-Types</translation>
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
        <translation>Registrierung bei %1 ebenfalls a&amp;ktualisieren (RFC 7592)</translation>
    </message>
    <message>
        <source>&amp;Register at %1 now (RFC 7591 dynamic client registration)</source>
        <translation>Jetzt bei %1 &amp;registrieren (RFC 7591, dynamische Client-Registrierung)</translation>
    </message>
    <message>
        <source>your authorization server</source>
        <translation>Ihr Autorisierungsserver</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; sends the full registration to %1 (PUT, RFC 7592 §2.2) and saves what it answers here. Some authorization servers drop fields that are not sent, so every field is sent. The client secret stays as it is.</source>
        <translation>&lt;b&gt;Absenden&lt;/b&gt; sendet die vollständige Registrierung an %1 (PUT, RFC 7592 §2.2) und speichert hier, was zurückkommt. Manche Autorisierungsserver verwerfen Felder, die nicht gesendet werden, daher wird jedes Feld gesendet. Das Client-Secret bleibt unverändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; registers this client at %1 with the environment&apos;s registration credentials from the keychain. The authorization server issues the client ID%2; OAuthDesk stores what it answers, and lists anything it granted differently from what was asked. Token lifetimes are not part of RFC 7591 registration: set them at the AS if they differ from its defaults.</source>
        <translation>&lt;b&gt;Absenden&lt;/b&gt; registriert diesen Client bei %1 mit den Registrierungs-Credentials der Umgebung aus dem Schlüsselbund. Der Autorisierungsserver stellt die Client-ID%2 aus; OAuthDesk speichert seine Antwort und listet alles auf, was er anders als angefordert gewährt hat. Token-Lebensdauern sind nicht Teil der Registrierung nach RFC 7591: Legen Sie sie beim AS fest, wenn sie von dessen Standardwerten abweichen.</translation>
    </message>
    <message>
        <source> and the client secret (kept in the system keychain, shown once)</source>
        <translation> und das Client-Secret (im System-Schlüsselbund aufbewahrt, einmal angezeigt)</translation>
    </message>
    <message>
        <source>The client secret in the keychain is kept.</source>
        <translation>Das Client-Secret im Schlüsselbund wird beibehalten.</translation>
    </message>
    <message>
        <source>It no longer uses a client secret: the one in the keychain is removed.</source>
        <translation>Er verwendet kein Client-Secret mehr: Das Secret im Schlüsselbund wird entfernt.</translation>
    </message>
    <message>
        <source>It now uses a client secret: enter it below; it goes to the keychain.</source>
        <translation>Er verwendet jetzt ein Client-Secret: Geben Sie es unten ein; es gelangt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; saves these changes in OAuthDesk only. Make the same changes at %1. %2</source>
        <translation>&lt;b&gt;Absenden&lt;/b&gt; speichert diese Änderungen nur in OAuthDesk. Nehmen Sie dieselben Änderungen bei %1 vor. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; records this client, registered at %1 by other means, in OAuthDesk, and stores its client secret in the system keychain (never in OAuthDesk&apos;s data file). You will see the secret once, to copy.</source>
        <translation>&lt;b&gt;Absenden&lt;/b&gt; erfasst diesen Client, der auf anderem Weg bei %1 registriert wurde, in OAuthDesk und speichert sein Client-Secret im System-Schlüsselbund (nie in der Datendatei von OAuthDesk). Sie sehen das Secret einmal, zum Kopieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit&lt;/b&gt; records this client, registered at %1 by other means, in OAuthDesk. %2</source>
        <translation>&lt;b&gt;Absenden&lt;/b&gt; erfasst diesen Client, der auf anderem Weg bei %1 registriert wurde, in OAuthDesk. %2</translation>
    </message>
    <message>
        <source>It is a public client (&lt;code&gt;none&lt;/code&gt;: it proves itself with PKCE, not a secret), so there is no client secret to keep.</source>
        <translation>Er ist ein öffentlicher Client (&lt;code&gt;none&lt;/code&gt;: Er weist sich mit PKCE aus, nicht mit einem Secret), daher gibt es kein Client-Secret aufzubewahren.</translation>
    </message>
    <message>
        <source>It authenticates with &lt;code&gt;%1&lt;/code&gt;, so there is no client secret to keep.</source>
        <translation>Er authentifiziert sich mit &lt;code&gt;%1&lt;/code&gt;, daher gibt es kein Client-Secret aufzubewahren.</translation>
    </message>
    <message>
        <source>Registering at the authorization server…</source>
        <translation>Registrierung beim Autorisierungsserver…</translation>
    </message>
    <message>
        <source>Saving… (the keychain may ask to be unlocked)</source>
        <translation>Wird gespeichert… (der Schlüsselbund fragt eventuell nach dem Entsperren)</translation>
    </message>
    <message>
        <source>Summary of the new client</source>
        <translation>Zusammenfassung des neuen Clients</translation>
    </message>
</context>
<context>
    <name>oauthdesk::SessionRecord</name>
    <message>
        <source>Test sign-in</source>
        <translation>Test-Anmeldung</translation>
    </message>
    <message>
        <source>Get test token</source>
        <translation>Test-Token holen</translation>
    </message>
    <message>
        <source>Token received.</source>
        <translation>Token erhalten.</translation>
    </message>
    <message>
        <source>The browser came back to %1 with an error: %2</source>
        <translation>Der Browser ist mit einem Fehler zu %1 zurückgekehrt: %2</translation>
    </message>
    <message>
        <source>The browser came back to %1 with an authorization code (redacted here), which the next exchange traded at the token endpoint.</source>
        <translation>Der Browser ist mit einem Authorization Code (hier geschwärzt) zu %1 zurückgekehrt, den der nächste Austausch am Token-Endpunkt eingelöst hat.</translation>
    </message>
    <message>
        <source>The browser did not come back to %1: %2</source>
        <translation>Der Browser ist nicht zu %1 zurückgekehrt: %2</translation>
    </message>
    <message>
        <source>Token received, but the ID token did not check out: %1</source>
        <translation>Token erhalten, aber das ID-Token hat die Prüfung nicht bestanden: %1</translation>
    </message>
</context>
<context>
    <name>oauthdesk::SignInTester</name>
    <message>
        <source>The browser came back with a state that does not belong to this sign-in: the answer is from another (older) attempt, or was forged. Nothing was exchanged; start the test again.</source>
        <translation>Der Browser kam mit einem state zurück, der nicht zu dieser Anmeldung gehört: Die Antwort stammt von einem anderen (älteren) Versuch oder wurde gefälscht. Es wurde kein Code eingelöst; starten Sie den Test erneut.</translation>
    </message>
    <message>
        <source>The browser came back without the state parameter, so the answer cannot be tied to this sign-in (RFC 6749 §10.12). Nothing was exchanged.</source>
        <translation>Der Browser kam ohne den state-Parameter zurück, daher lässt sich die Antwort nicht dieser Anmeldung zuordnen (RFC 6749 §10.12). Es wurde kein Code eingelöst.</translation>
    </message>
    <message>
        <source>The answer says it comes from the issuer &quot;%1&quot;, not &quot;%2&quot; that this sign-in was sent to. It may come from another authorization server (a mix-up attack, RFC 9207); nothing was exchanged.</source>
        <translation>Laut der Antwort stammt sie vom Issuer „%1“, nicht von „%2“, an den diese Anmeldung gesendet wurde. Sie stammt möglicherweise von einem anderen Autorisierungsserver (ein Mix-up-Angriff, RFC 9207); es wurde kein Code eingelöst.</translation>
    </message>
    <message>
        <source>The answer has no &quot;iss&quot; parameter although the authorization server says it always sends one (authorization_response_iss_parameter_supported, RFC 9207). Nothing was exchanged.</source>
        <translation>Die Antwort hat keinen „iss“-Parameter, obwohl der Autorisierungsserver angibt, immer einen zu senden (authorization_response_iss_parameter_supported, RFC 9207). Es wurde kein Code eingelöst.</translation>
    </message>
    <message>
        <source>The authorization server said: &quot;%1&quot;.</source>
        <translation>Der Autorisierungsserver meldete: „%1“.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code and without an error.</source>
        <translation>Der Browser kam ohne Authorization Code und ohne Fehler zurück.</translation>
    </message>
    <message>
        <source>Access was denied: the user declined, or the authorization server refused this sign-in (access_denied).</source>
        <translation>Der Zugriff wurde verweigert: Der Benutzer hat abgelehnt, oder der Autorisierungsserver hat diese Anmeldung abgelehnt (access_denied).</translation>
    </message>
    <message>
        <source>The authorization server needs the user to sign in, but could not show its sign-in page (login_required).</source>
        <translation>Der Autorisierungsserver verlangt eine Anmeldung des Benutzers, konnte aber seine Anmeldeseite nicht anzeigen (login_required).</translation>
    </message>
    <message>
        <source>The user has not consented to what this client asks for, and the authorization server could not ask (consent_required).</source>
        <translation>Der Benutzer hat dem, was dieser Client anfragt, nicht zugestimmt, und der Autorisierungsserver konnte nicht nachfragen (consent_required).</translation>
    </message>
    <message>
        <source>The authorization server needs the user to do something (interaction_required), but could not ask.</source>
        <translation>Der Autorisierungsserver braucht eine Aktion des Benutzers (interaction_required), konnte aber nicht nachfragen.</translation>
    </message>
    <message>
        <source>The authorization server refused the requested scopes (invalid_scope): ask only for scopes this client is allowed.</source>
        <translation>Der Autorisierungsserver hat die angefragten Scopes abgelehnt (invalid_scope): Fragen Sie nur Scopes an, die diesem Client erlaubt sind.</translation>
    </message>
    <message>
        <source>This client is not allowed to use the authorization code grant at the authorization server (unauthorized_client): enable it there.</source>
        <translation>Dieser Client darf den Authorization-Code-Grant beim Autorisierungsserver nicht verwenden (unauthorized_client): Aktivieren Sie ihn dort.</translation>
    </message>
    <message>
        <source>The authorization server says the sign-in request is malformed (invalid_request): check the client&apos;s redirect URIs and PKCE settings there.</source>
        <translation>Der Autorisierungsserver meldet, die Anmeldeanfrage sei fehlerhaft (invalid_request): Prüfen Sie dort die Redirect-URIs und PKCE-Einstellungen des Clients.</translation>
    </message>
    <message>
        <source>The authorization server does not allow this client to get an authorization code (unsupported_response_type).</source>
        <translation>Der Autorisierungsserver erlaubt diesem Client nicht, einen Authorization Code zu erhalten (unsupported_response_type).</translation>
    </message>
    <message>
        <source>The authorization server had an internal error (server_error). Try again later, or ask its operators.</source>
        <translation>Der Autorisierungsserver hatte einen internen Fehler (server_error). Versuchen Sie es später erneut, oder wenden Sie sich an seine Betreiber.</translation>
    </message>
    <message>
        <source>The authorization server is temporarily unavailable (temporarily_unavailable). Try again in a while.</source>
        <translation>Der Autorisierungsserver ist vorübergehend nicht verfügbar (temporarily_unavailable). Versuchen Sie es in einer Weile erneut.</translation>
    </message>
    <message>
        <source>The authorization server answered with the error &quot;%1&quot;.</source>
        <translation>Der Autorisierungsserver antwortete mit dem Fehler „%1“.</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s random number generator failed, so no PKCE code verifier could be made.</source>
        <translation>Der Zufallszahlengenerator von OpenSSL ist fehlgeschlagen, daher konnte kein PKCE-Code-Verifier erzeugt werden.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s): the sign-in was not completed there, or the browser could not reach OAuthDesk at %1. Start the test again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser zurück: Die Anmeldung wurde dort nicht abgeschlossen, oder der Browser konnte OAuthDesk unter %1 nicht erreichen. Starten Sie den Test erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser zurück: Die Anmeldung wurde dort nicht abgeschlossen, oder der Browser konnte OAuthDesk unter %1 nicht erreichen. Starten Sie den Test erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n second(s): the sign-in was not completed there, or the browser could not reach OAuthDesk at %1. Start the test again.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde kam keine Antwort vom Browser zurück: Die Anmeldung wurde dort nicht abgeschlossen, oder der Browser konnte OAuthDesk unter %1 nicht erreichen. Starten Sie den Test erneut.</numerusform>
            <numerusform>Innerhalb von %n Sekunden kam keine Antwort vom Browser zurück: Die Anmeldung wurde dort nicht abgeschlossen, oder der Browser konnte OAuthDesk unter %1 nicht erreichen. Starten Sie den Test erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no network connection object to send requests with.</source>
        <translation>Es gibt kein Netzwerkverbindungsobjekt, mit dem Anfragen gesendet werden können.</translation>
    </message>
    <message>
        <source>OAuthDesk has no way to open a web browser here, so the sign-in cannot start.</source>
        <translation>OAuthDesk kann hier keinen Webbrowser öffnen, daher kann die Anmeldung nicht starten.</translation>
    </message>
    <message>
        <source>This client has no loopback redirect URI, so the browser cannot come back to OAuthDesk. Add http://127.0.0.1/callback to the client&apos;s redirect URIs, here and at the authorization server (any port is allowed for native clients, RFC 8252 §7.3).</source>
        <translation>Dieser Client hat keine Loopback-Redirect-URI, daher kann der Browser nicht zu OAuthDesk zurückkehren. Fügen Sie http://127.0.0.1/callback zu den Redirect-URIs des Clients hinzu, hier und beim Autorisierungsserver (für native Clients ist jeder Port erlaubt, RFC 8252 §7.3).</translation>
    </message>
    <message>
        <source>The authorization server publishes no authorization endpoint, so there is no sign-in page to open. It may serve machine-to-machine clients only; check the environment&apos;s issuer and refresh its discovery.</source>
        <translation>Der Autorisierungsserver veröffentlicht keinen Autorisierungsendpunkt, daher gibt es keine Anmeldeseite zum Öffnen. Er bedient möglicherweise nur Maschine-zu-Maschine-Clients; prüfen Sie den Issuer der Umgebung, und aktualisieren Sie ihre Discovery.</translation>
    </message>
    <message>
        <source>The authorization server does not support PKCE with S256 (it lists only %1), which OAuthDesk requires for a sign-in (RFC 7636, RFC 9700 §2.1.1).</source>
        <translation>Der Autorisierungsserver unterstützt PKCE mit S256 nicht (er nennt nur %1), was OAuthDesk für eine Anmeldung voraussetzt (RFC 7636, RFC 9700 §2.1.1).</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator von OpenSSL ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The sign-in finished. You can close this window and return to OAuthDesk.</source>
        <translation>Die Anmeldung ist abgeschlossen. Sie können dieses Fenster schließen und zu OAuthDesk zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>If the browser shows an error (often a blank page or HTTP 403) instead of coming back, the authorization server wants the redirect URI exactly as registered, port included. OAuthDesk listens on %1 now: register %2 with a fixed port (for example %3) here and at the AS, and start the test again.</source>
        <translation>Wenn der Browser statt zurückzukehren einen Fehler zeigt (oft eine leere Seite oder HTTP 403), verlangt der Autorisierungsserver die Redirect-URI genau wie registriert, einschließlich Port. OAuthDesk lauscht jetzt auf %1: Registrieren Sie %2 mit festem Port (zum Beispiel %3) hier und beim AS, und starten Sie den Test erneut.</translation>
    </message>
    <message>
        <source>There is no refresh token to use: sign in first. The authorization server issues one only if the client has the refresh_token grant (some also want the offline_access scope).</source>
        <translation>Es gibt kein Refresh Token zum Verwenden: Melden Sie sich zuerst an. Der Autorisierungsserver stellt nur dann eines aus, wenn der Client den Grant refresh_token hat (manche verlangen auch den Scope offline_access).</translation>
    </message>
    <message>
        <source>Cancelled: the sign-in test was stopped before it finished.</source>
        <translation>Abgebrochen: Der Anmeldetest wurde vor dem Ende gestoppt.</translation>
    </message>
    <message>
        <source>No ID token came back although the openid scope was requested (OIDC Core §3.1.3.3).</source>
        <translation>Es kam kein ID-Token zurück, obwohl der Scope openid angefragt wurde (OIDC Core §3.1.3.3).</translation>
    </message>
    <message>
        <source>Same user as at sign-in (%1).</source>
        <translation>Derselbe Benutzer wie bei der Anmeldung (%1).</translation>
    </message>
    <message>
        <source>The refreshed ID token names another user (%1, not %2).</source>
        <translation>Das erneuerte ID-Token nennt einen anderen Benutzer (%1, nicht %2).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Store</name>
    <message>
        <source>The data folder &quot;%1&quot; could not be created; check its permissions or choose another with --data-dir.</source>
        <translation>Der Datenordner „%1“ konnte nicht angelegt werden; prüfen Sie seine Berechtigungen, oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing; install libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber für Qt fehlt; installieren Sie libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The data file &quot;%1&quot; could not be opened; check it exists and is readable.</source>
        <translation>Die Datendatei „%1“ konnte nicht geöffnet werden; prüfen Sie, ob sie existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OAuthDesk data file (or it is damaged). It was left untouched; move it away or start with --data-dir pointing elsewhere.</source>
        <translation>„%1“ ist keine OAuthDesk-Datendatei (oder sie ist beschädigt). Sie wurde nicht verändert; verschieben Sie sie, oder starten Sie mit --data-dir und einem anderen Ort.</translation>
    </message>
    <message>
        <source>The data file&apos;s version could not be read.</source>
        <translation>Die Version der Datendatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite file of another program, not OAuthDesk&apos;s. It was left untouched; start with --data-dir pointing elsewhere.</source>
        <translation>„%1“ ist eine SQLite-Datei eines anderen Programms, nicht die von OAuthDesk. Sie wurde nicht verändert; starten Sie mit --data-dir und einem anderen Ort.</translation>
    </message>
    <message>
        <source>This data file was written by a newer OAuthDesk (data version %1; this program knows up to %2). It was left untouched: update OAuthDesk, or start with --data-dir pointing elsewhere.</source>
        <translation>Diese Datendatei wurde von einem neueren OAuthDesk geschrieben (Datenversion %1; dieses Programm kennt bis %2). Sie wurde nicht verändert: Aktualisieren Sie OAuthDesk, oder starten Sie mit --data-dir und einem anderen Ort.</translation>
    </message>
    <message>
        <source>The data file &quot;%1&quot; could not be prepared; check it is writable.</source>
        <translation>Die Datendatei „%1“ konnte nicht vorbereitet werden; prüfen Sie, ob sie beschreibbar ist.</translation>
    </message>
    <message>
        <source>The data file could not be initialised.</source>
        <translation>Die Datendatei konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The data file could not be checked.</source>
        <translation>Die Datendatei konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The data file could not be upgraded to version %1; it was left at version %2.</source>
        <translation>Die Datendatei konnte nicht auf Version %1 aktualisiert werden; sie bleibt auf Version %2.</translation>
    </message>
    <message>
        <source>The data file could not be upgraded.</source>
        <translation>Die Datendatei konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The saved row could not be read back.</source>
        <translation>Die gespeicherte Zeile konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Es existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Applications could not be read.</source>
        <translation>Anwendungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; was not saved.</source>
        <translation>Anwendung „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The application was not deleted.</source>
        <translation>Die Anwendung wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Certificates could not be read.</source>
        <translation>Zertifikate konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate record was not saved.</source>
        <translation>Der Zertifikatseintrag wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The certificate was not deleted.</source>
        <translation>Das Zertifikat wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The local CA could not be read.</source>
        <translation>Die lokale CA konnte nicht gelesen werden.</translation>
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
        <translation>Der Client konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The client no longer exists; it may have been deleted.</source>
        <translation>Der Client existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
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
        <translation>Umgebungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; was not saved.</source>
        <translation>Umgebung „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The discovery document was not cached.</source>
        <translation>Das Discovery-Dokument wurde nicht zwischengespeichert.</translation>
    </message>
    <message>
        <source>The environment changed meanwhile; fetch again.</source>
        <translation>Die Umgebung wurde inzwischen geändert; rufen Sie sie erneut ab.</translation>
    </message>
    <message>
        <source>The environment was not deleted.</source>
        <translation>Die Umgebung wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>An entry with the same name or client ID already exists; choose another.</source>
        <translation>Ein Eintrag mit demselben Namen oder derselben Client-ID existiert bereits; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>It refers to an application, environment or certificate that no longer exists.</source>
        <translation>Es verweist auf eine Anwendung, Umgebung oder ein Zertifikat, das nicht mehr existiert.</translation>
    </message>
    <message>
        <source>A required field is empty or invalid.</source>
        <translation>Ein Pflichtfeld ist leer oder ungültig.</translation>
    </message>
    <message>
        <source>The data file could not be written; check the disk has space and the file is writable.</source>
        <translation>Die Datendatei konnte nicht geschrieben werden; prüfen Sie, ob auf dem Datenträger Platz ist und die Datei beschreibbar ist.</translation>
    </message>
    <message>
        <source>The keychain journal could not be written; nothing was saved.</source>
        <translation>Das Schlüsselbund-Journal konnte nicht geschrieben werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The keychain journal could not be cleared.</source>
        <translation>Das Schlüsselbund-Journal konnte nicht geleert werden.</translation>
    </message>
    <message>
        <source>The keychain journal could not be read.</source>
        <translation>Das Schlüsselbund-Journal konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The data file could not be read.</source>
        <translation>Die Datendatei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::SubjectFields</name>
    <message>
        <source>required.</source>
        <translation>erforderlich.</translation>
    </message>
    <message>
        <source>at most %1 characters (RFC 5280); this one has %2.</source>
        <translation>höchstens %1 Zeichen (RFC 5280); dieser Wert hat %2.</translation>
    </message>
    <message>
        <source>contains control characters; remove them.</source>
        <translation>enthält Steuerzeichen; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Antragstellernamen (SAN)</translation>
    </message>
    <message>
        <source>at most %1 names in total.</source>
        <translation>insgesamt höchstens %1 Namen.</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (letters, digits and dashes between dots; write international names in their xn-- form).</source>
        <translation>„%1“ ist kein Hostname (Buchstaben, Ziffern und Bindestriche zwischen Punkten; schreiben Sie internationale Namen in ihrer xn--Form).</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI in ASCII (e.g. https://example.com/app or urn:example:software:42).</source>
        <translation>„%1“ ist keine absolute URI in ASCII (z. B. https://example.com/app oder urn:example:software:42).</translation>
    </message>
    <message>
        <source>Common name (CN)</source>
        <translation>Allgemeiner Name (CN)</translation>
    </message>
    <message>
        <source>Organisation (O)</source>
        <translation>Organisation (O)</translation>
    </message>
    <message>
        <source>Organisational unit (OU)</source>
        <translation>Organisationseinheit (OU)</translation>
    </message>
    <message>
        <source>Country (C)</source>
        <translation>Land (C)</translation>
    </message>
    <message>
        <source>use the two-letter ISO 3166 code, such as DE or GB (not &quot;%1&quot;).</source>
        <translation>verwenden Sie den zweibuchstabigen ISO-3166-Code, z. B. DE oder GB (nicht „%1“).</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Organisationskennung</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>only letters, digits, spaces and &apos; ( ) + , - . / : = ? are allowed.</source>
        <translation>nur Buchstaben, Ziffern, Leerzeichen und &apos; ( ) + , - . / : = ? sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::SubjectFieldsDialog</name>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>Allgemeiner &amp;Name (CN):</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>required, e.g. payments-client</source>
        <translation>erforderlich, z. B. payments-client</translation>
    </message>
    <message>
        <source>&amp;Organisation (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisational &amp;unit (OU):</source>
        <translation>Organisations&amp;einheit (OU):</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>&amp;Country (C):</source>
        <translation>&amp;Land (C):</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>Organisation &amp;identifier:</source>
        <translation>Organisations&amp;kennung:</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Organisationskennung</translation>
    </message>
    <message>
        <source>e.g. PSDGB-FCA-123456</source>
        <translation>z. B. PSDGB-FCA-123456</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>e.g. a software ID</source>
        <translation>z. B. eine Software-ID</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Subject-Namen</translation>
    </message>
    <message>
        <source>One per line: DNS names, IP addresses or URIs</source>
        <translation>Einer pro Zeile: DNS-Namen, IP-Adressen oder URIs</translation>
    </message>
    <message>
        <source>Subject &amp;alternative names:</source>
        <translation>&amp;Alternative Subject-Namen:</translation>
    </message>
</context>
<context>
    <name>oauthdesk::SupportBundle</name>
    <message>
        <source>&quot;%1&quot; signs people in through a browser, and no sign-in was run for this bundle, so it holds no exchanges. To include them: in OAuthDesk, press &quot;Sign in now…&quot; in Save support bundle (or run Test sign-in first, then save the bundle); with the command line, add --sign-in to oauthdesk-cli bundle.</source>
        <translation>„%1“ meldet Benutzer über einen Browser an, und für dieses Paket wurde keine Anmeldung ausgeführt, daher enthält es keine Austausche. Um sie aufzunehmen: Klicken Sie in OAuthDesk unter „Support-Paket speichern“ auf „Jetzt anmelden…“ (oder führen Sie zuerst „Test-Anmeldung“ aus und speichern Sie dann das Paket); auf der Kommandozeile ergänzen Sie oauthdesk-cli bundle um --sign-in.</translation>
    </message>
    <message>
        <source>Authorization request (RFC 6749 §4.1.1), opened in the system browser: the browser sent it, not OAuthDesk.</source>
        <translation>Autorisierungsanfrage (RFC 6749 §4.1.1), im Systembrowser geöffnet: Der Browser hat sie gesendet, nicht OAuthDesk.</translation>
    </message>
    <message>
        <source>Its parameters:</source>
        <translation>Ihre Parameter:</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Kept on purpose: state and nonce (single use, spent once the sign-in finished; the nonce is also in the ID token&apos;s claims) and code_challenge (public by design, RFC 7636 §4.2). The authorization code and the code_verifier are redacted in the token exchange.</source>
        <translation>Absichtlich beibehalten: state und nonce (einmalig verwendbar, nach Abschluss der Anmeldung verbraucht; die nonce steht auch in den Claims des ID-Tokens) und code_challenge (absichtlich öffentlich, RFC 7636 §4.2). Der Authorization Code und der code_verifier sind im Token-Austausch geschwärzt.</translation>
    </message>
    <message>
        <source>OAuthDesk support bundle for client &quot;%1&quot; (%2), made %3 UTC.</source>
        <translation>OAuthDesk-Support-Paket für Client „%1“ (%2), erstellt %3 UTC.</translation>
    </message>
    <message>
        <source>Every client secret, token, client assertion signature, registration access token and Authorization header in here is replaced by %1; JWTs keep their header and payload (header.payload.%1), so their claims can be read but they cannot be used. Private keys are never included.</source>
        <translation>Jedes Client-Secret, Token, jede Client-Assertion-Signatur, jedes Registrierungs-Access-Token und jeder Authorization-Header hierin ist durch %1 ersetzt; JWTs behalten Header und Payload (header.payload.%1), sodass ihre Claims lesbar, sie selbst aber nicht verwendbar sind. Private Schlüssel sind nie enthalten.</translation>
    </message>
    <message>
        <source>client.json         the client&apos;s configuration (no secrets)</source>
        <translation>client.json         die Konfiguration des Clients (ohne Secrets)</translation>
    </message>
    <message>
        <source>environment.json    its environment: issuer, connectivity, headers</source>
        <translation>environment.json    seine Umgebung: Issuer, Konnektivität, Header</translation>
    </message>
    <message>
        <source>as-metadata.json    the authorization server&apos;s metadata (cached discovery)</source>
        <translation>as-metadata.json    die Metadaten des Autorisierungsservers (zwischengespeicherte Discovery)</translation>
    </message>
    <message>
        <source>doctor.json         the preflight doctor&apos;s report</source>
        <translation>doctor.json         der Bericht der Preflight-Diagnose</translation>
    </message>
    <message>
        <source>exchanges/          the requests and responses of the test session, and a sign-in&apos;s authorization request (opened in the browser) where it happened</source>
        <translation>exchanges/          die Anfragen und Antworten der Testsitzung und, falls erfolgt, die Autorisierungsanfrage einer Anmeldung (im Browser geöffnet)</translation>
    </message>
    <message>
        <source>versions.json       OAuthDesk, Qt, OpenSSL and the operating system</source>
        <translation>versions.json       OAuthDesk, Qt, OpenSSL und das Betriebssystem</translation>
    </message>
    <message numerus="yes">
        <source>Test session: %1, finished %2 UTC, %n exchange(s). %3</source>
        <translation>
            <numerusform>Testsitzung: %1, beendet %2 UTC, %n Austausch. %3</numerusform>
            <numerusform>Testsitzung: %1, beendet %2 UTC, %n Austausche. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Test session: %1</source>
        <translation>Testsitzung: %1</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>keine.</translation>
    </message>
    <message>
        <source>This bundle holds no exchanges.</source>
        <translation>Dieses Paket enthält keine Austausche.</translation>
    </message>
    <message>
        <source>No doctor&apos;s report was included.</source>
        <translation>Es wurde kein Diagnosebericht aufgenommen.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): pick another folder.</source>
        <translation>%1 kann nicht geschrieben werden (%2): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2).</source>
        <translation>%1 konnte nicht gespeichert werden (%2).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::SupportBundleDialog</name>
    <message>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>One zip to send to a vendor or a colleague instead of &quot;logs&quot;: the exchanges of a test session, the doctor&apos;s report, the client&apos;s configuration, the authorization server&apos;s metadata, and the versions of OAuthDesk, Qt, OpenSSL and the operating system.&lt;br&gt;&lt;b&gt;Every secret, token, assertion signature, authorization code and Authorization header is redacted&lt;/b&gt;; JWTs keep their header and claims. Private keys are never included.</source>
        <translation>Eine Zip-Datei, die Sie statt „Logs“ an einen Hersteller oder Kollegen senden: die Anfragen einer Testsitzung, der Bericht der Diagnose, die Konfiguration des Clients, die Metadaten des Autorisierungsservers sowie die Versionen von OAuthDesk, Qt, OpenSSL und des Betriebssystems.&lt;br&gt;&lt;b&gt;Alle Secrets, Tokens, Assertion-Signaturen, Authorization Codes und Authorization-Header werden geschwärzt&lt;/b&gt;; JWTs behalten ihren Header und ihre Claims. Private Schlüssel sind nie enthalten.</translation>
    </message>
    <message>
        <source>Exchanges to include</source>
        <translation>Aufzunehmende Anfragen</translation>
    </message>
    <message>
        <source>Get a &amp;fresh test token now</source>
        <translation>Jetzt ein &amp;neues Test-Token holen</translation>
    </message>
    <message>
        <source>A new &quot;Get test token&quot; for this client, made for the bundle</source>
        <translation>Ein neues „Test-Token holen“ für diesen Client, eigens für das Paket</translation>
    </message>
    <message>
        <source>Sign &amp;in now…</source>
        <translation>Jetzt an&amp;melden…</translation>
    </message>
    <message>
        <source>Test sign-in in the system browser; the bundle then holds its exchanges</source>
        <translation>Test-Anmeldung im Systembrowser; das Paket enthält dann deren Anfragen</translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation>Anmelde-&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Open it in another browser (or a private window) if the default one is not right</source>
        <translation>Öffnen Sie ihn in einem anderen Browser (oder einem privaten Fenster), wenn der Standardbrowser nicht der richtige ist</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Reading the client and running the doctor…</source>
        <translation>Client wird gelesen und Diagnose ausgeführt…</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The selected file, as it will be saved</source>
        <translation>Die ausgewählte Datei, so wie sie gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Use the last session: %1 at %2 (%n exchange(s))</source>
        <translation>
            <numerusform>Letzte Sitzung &amp;verwenden: %1 um %2 (%n Anfrage)</numerusform>
            <numerusform>Letzte Sitzung &amp;verwenden: %1 um %2 (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-in has run for this client since OAuthDesk started: the bundle holds no exchanges unless you sign in now.</source>
        <translation>Seit dem Start von OAuthDesk wurde für diesen Client keine Anmeldung ausgeführt: Das Paket enthält keine Anfragen, sofern Sie sich nicht jetzt anmelden.</translation>
    </message>
    <message>
        <source>Getting a test token…</source>
        <translation>Test-Token wird geholt…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in there. OAuthDesk listens on %1 for its answer.</source>
        <translation>Warten auf den Browser: Melden Sie sich dort an. OAuthDesk lauscht auf %1 auf seine Antwort.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the sign-in link and open it in a browser on this computer.</source>
        <translation>Es konnte kein Browser geöffnet werden: Kopieren Sie den Anmelde-Link und öffnen Sie ihn in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>The browser could not be opened (%1): copy the sign-in link and open it in a browser on this computer.</source>
        <translation>Der Browser konnte nicht geöffnet werden (%1): Kopieren Sie den Anmelde-Link und öffnen Sie ihn in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>The browser came back; exchanging the code…</source>
        <translation>Der Browser hat geantwortet; der Code wird eingetauscht…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>Test session: %1 Doctor: %2</source>
        <translation>Testsitzung: %1 Diagnose: %2</translation>
    </message>
    <message>
        <source>report included.</source>
        <translation>Bericht enthalten.</translation>
    </message>
    <message>
        <source>not included.</source>
        <translation>nicht enthalten.</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenActionsTab</name>
    <message>
        <source>Introspect access token</source>
        <translation>Introspection des Access Tokens</translation>
    </message>
    <message>
        <source>Introspect refresh token</source>
        <translation>Introspection des Refresh Tokens</translation>
    </message>
    <message>
        <source>Revoke access token</source>
        <translation>Access Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke refresh token</source>
        <translation>Refresh Token widerrufen</translation>
    </message>
    <message>
        <source>Sent to the AS&apos;s introspection (RFC 7662) and revocation (RFC 7009) endpoints, authenticated as this client with its own method. A revocation is followed by an introspection of the same token.</source>
        <translation>Wird an die Introspection- (RFC 7662) und Widerrufs-Endpunkte (RFC 7009) des AS gesendet, authentifiziert als dieser Client mit seiner eigenen Methode. Auf einen Widerruf folgt eine Introspection desselben Tokens.</translation>
    </message>
    <message>
        <source>The AS publishes no %1 endpoint in its discovery metadata.</source>
        <translation>Der AS veröffentlicht in seinen Discovery-Metadaten keinen %1-Endpunkt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asking the AS about the token…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der AS wird zum Token befragt…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wird widerrufen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>✔ Revoked (HTTP %1). Checking with an introspection…</source>
        <translation>✔ Widerrufen (HTTP %1). Prüfung per Introspection…</translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenClient</name>
    <message>
        <source>This client has no client secret in the keychain: rotate it or edit the client.</source>
        <translation>Dieser Client hat kein Client-Secret im Schlüsselbund: Rotieren Sie es oder bearbeiten Sie den Client.</translation>
    </message>
    <message>
        <source>private_key_jwt needs the client&apos;s signing key: pick or generate a signing certificate for it.</source>
        <translation>private_key_jwt braucht den Signaturschlüssel des Clients: Wählen oder erzeugen Sie ein Signaturzertifikat für ihn.</translation>
    </message>
    <message>
        <source>%1 needs the client&apos;s transport certificate and key: pick or generate one for it.</source>
        <translation>%1 braucht das Transportzertifikat und den Schlüssel des Clients: Wählen oder erzeugen Sie eines für ihn.</translation>
    </message>
    <message>
        <source>The environment has no token endpoint yet: refresh its discovery in Settings → Environments.</source>
        <translation>Die Umgebung hat noch keinen Token-Endpunkt: Aktualisieren Sie ihre Discovery unter Einstellungen → Umgebungen.</translation>
    </message>
    <message>
        <source>A public client cannot use the client credentials grant.</source>
        <translation>Ein öffentlicher Client kann den Grant-Type Client Credentials nicht verwenden.</translation>
    </message>
    <message>
        <source>The token endpoint answered 200 with an HTML page, not a token. A proxy or login page is probably in the way: check the token endpoint URL.</source>
        <translation>Der Token-Endpunkt hat mit 200 und einer HTML-Seite geantwortet, nicht mit einem Token. Wahrscheinlich ist ein Proxy oder eine Anmeldeseite dazwischen: Prüfen Sie die URL des Token-Endpunkts.</translation>
    </message>
    <message>
        <source>The token endpoint answered 200 but not with JSON, so there is no token.</source>
        <translation>Der Token-Endpunkt hat mit 200 geantwortet, aber nicht mit JSON, daher gibt es kein Token.</translation>
    </message>
    <message>
        <source>The token endpoint answered 200, but the JSON has no access_token (RFC 6749 §5.1): this is not a token response.</source>
        <translation>Der Token-Endpunkt hat mit 200 geantwortet, aber das JSON enthält kein access_token (RFC 6749 §5.1): Dies ist keine Token-Antwort.</translation>
    </message>
    <message>
        <source>The token response has no token_type (RFC 6749 §5.1).</source>
        <translation>Die Token-Antwort enthält keinen token_type (RFC 6749 §5.1).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenInspector</name>
    <message>
        <source>The AS publishes no jwks_uri, so the signature cannot be checked.</source>
        <translation>Der AS veröffentlicht keine jwks_uri, daher kann die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The JWKS at %1 answered HTTP %2.</source>
        <translation>Das JWKS unter %1 hat mit HTTP %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenIntrospection</name>
    <message>
        <source>The authorization server does not publish a %1 endpoint in its discovery metadata.</source>
        <translation>Der Autorisierungsserver veröffentlicht in seinen Discovery-Metadaten keinen %1-Endpunkt.</translation>
    </message>
    <message>
        <source>There is no token to send: get a token first.</source>
        <translation>Es gibt kein Token zum Senden: Holen Sie zuerst ein Token.</translation>
    </message>
    <message>
        <source>Inactive: the authorization server no longer accepts this token (revoked, expired or unknown).</source>
        <translation>Inaktiv: Der Autorisierungsserver akzeptiert dieses Token nicht mehr (widerrufen, abgelaufen oder unbekannt).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>issued to %1</source>
        <translation>ausgestellt für %1</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>Scope „%1“</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>The introspection endpoint answered 200 but not with a JSON object (RFC 7662 §2.2).</source>
        <translation>Der Introspection-Endpunkt hat mit 200 geantwortet, aber nicht mit einem JSON-Objekt (RFC 7662 §2.2).</translation>
    </message>
    <message>
        <source>The introspection answer has no boolean &quot;active&quot; member (RFC 7662 §2.2), so it says nothing about the token.</source>
        <translation>Die Introspection-Antwort hat kein boolesches Member &quot;active&quot; (RFC 7662 §2.2), daher sagt sie nichts über das Token aus.</translation>
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
        <translation>Lebensdauer des Access Tokens in Sekunden</translation>
    </message>
    <message>
        <source>Refresh token lifetime in seconds</source>
        <translation>Lebensdauer des Refresh Tokens in Sekunden</translation>
    </message>
    <message>
        <source>Token configuration</source>
        <translation>Token-Konfiguration</translation>
    </message>
    <message>
        <source>Shorter lifetimes are safer, because a leaked token is useful for less time; longer ones mean fewer token requests and re-authentications.</source>
        <translation>Kürzere Lebensdauern sind sicherer, weil ein geleaktes Token kürzer nutzbar ist; längere bedeuten weniger Token-Anfragen und erneute Authentifizierungen.</translation>
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
        <translation>Access Tokens: 1 Minute bis 24 Stunden (Standard: 1 Stunde). Refresh Tokens: 5 Minuten bis 90 Tage und länger als das Access Token.</translation>
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
        <translation>Es gibt kein Netzwerkverbindungsobjekt, mit dem Anfragen gesendet werden können.</translation>
    </message>
    <message>
        <source>Get a token first.</source>
        <translation>Holen Sie zuerst ein Token.</translation>
    </message>
    <message>
        <source>Tokens are introspected or revoked, not sent to the token endpoint.</source>
        <translation>Tokens werden per Introspection geprüft oder widerrufen, nicht an den Token-Endpunkt gesendet.</translation>
    </message>
    <message>
        <source>There is no refresh token: the AS did not issue one.</source>
        <translation>Es gibt kein Refresh Token: Der AS hat keines ausgestellt.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenTestDialog</name>
    <message>
        <source>&amp;Keep fresh</source>
        <translation>Automatisch &amp;erneuern</translation>
    </message>
    <message>
        <source>Include &amp;secrets in curl</source>
        <translation>&amp;Secrets in curl einschließen</translation>
    </message>
    <message>
        <source>&amp;Get token again</source>
        <translation>Token erneut &amp;holen</translation>
    </message>
    <message>
        <source>Test sign-in: %1 at %2</source>
        <translation>Test-Anmeldung: %1 bei %2</translation>
    </message>
    <message>
        <source>Test token: %1 at %2</source>
        <translation>Test-Token: %1 bei %2</translation>
    </message>
    <message>
        <source>Request a new token shortly before this one expires, with the same headers.</source>
        <translation>Kurz vor Ablauf dieses Tokens ein neues anfordern, mit denselben Headern.</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>Erneut an&amp;melden</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Use the refresh token (refresh_token grant) for a new access token</source>
        <translation>Mit dem Refresh Token (Grant refresh_token) ein neues Access Token holen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the authorization server</source>
        <translation>Nicht länger auf den Autorisierungsserver warten</translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation>Anmelde-&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Open it in another browser (or a private window) if the default one is not right</source>
        <translation>Öffnen Sie ihn in einem anderen Browser (oder einem privaten Fenster), wenn der Standardbrowser nicht der richtige ist</translation>
    </message>
    <message>
        <source>Copy access t&amp;oken</source>
        <translation>Access T&amp;oken kopieren</translation>
    </message>
    <message>
        <source>Copies the access token, marked as a secret for clipboard managers; cleared after 30 seconds</source>
        <translation>Kopiert das Access Token, für Zwischenablage-Manager als geheim markiert; wird nach 30 Sekunden gelöscht</translation>
    </message>
    <message>
        <source>Access token copied (cleared in 30 s)</source>
        <translation>Access Token kopiert (wird in 30 s gelöscht)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Raw exchange</source>
        <translation>&amp;Rohdaten</translation>
    </message>
    <message>
        <source>Call &amp;API</source>
        <translation>&amp;API aufrufen</translation>
    </message>
    <message>
        <source>&amp;Introspect / revoke</source>
        <translation>&amp;Introspection / Widerruf</translation>
    </message>
    <message>
        <source>Sign-in link copied</source>
        <translation>Anmelde-Link kopiert</translation>
    </message>
    <message>
        <source>Preparing the sign-in at %1…</source>
        <translation>Anmeldung bei %1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Requesting a token from %1… (each request gives up after %2 s; Cancel request stops it now)</source>
        <translation>Token wird von %1 angefordert… (jede Anfrage gibt nach %2 s auf; „Anfrage abbrechen“ beendet sie sofort)</translation>
    </message>
    <message>
        <source>Renewal cancelled: the token below is still the current one; keep fresh tries again when it is due.</source>
        <translation>Erneuerung abgebrochen: Das Token unten ist weiterhin das aktuelle; „Automatisch erneuern“ versucht es erneut, wenn es fällig ist.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser… OAuthDesk listens on %1 for the answer (one callback only; PKCE S256). Cancel if you closed the browser.</source>
        <translation>Warten auf Ihre Anmeldung im Browser… OAuthDesk lauscht auf %1 auf die Antwort (nur ein Callback; PKCE S256). Brechen Sie ab, wenn Sie den Browser geschlossen haben.</translation>
    </message>
    <message>
        <source>OAuthDesk could not open a web browser here%1. Copy the sign-in link and open it in a browser on this computer; OAuthDesk keeps listening on %2 for the answer (Cancel to stop).</source>
        <translation>OAuthDesk konnte hier keinen Webbrowser öffnen%1. Kopieren Sie den Anmelde-Link und öffnen Sie ihn in einem Browser auf diesem Computer; OAuthDesk lauscht weiter auf %2 auf die Antwort („Abbrechen“ beendet das).</translation>
    </message>
    <message>
        <source>Signed in; exchanging the authorization code for tokens…</source>
        <translation>Angemeldet; der Authorization Code wird gegen Tokens eingetauscht…</translation>
    </message>
    <message>
        <source>curl copied, with the secret (cleared in 30 s)</source>
        <translation>curl kopiert, mit dem Secret (wird in 30 s gelöscht)</translation>
    </message>
    <message>
        <source>curl copied (secret redacted)</source>
        <translation>curl kopiert (Secret geschwärzt)</translation>
    </message>
    <message>
        <source>No token. %1</source>
        <translation>Kein Token. %1</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 nach %2 ms</translation>
    </message>
    <message>
        <source>Token received in %1 ms.</source>
        <translation>Token in %1 ms erhalten.</translation>
    </message>
    <message>
        <source>Token renewed in %1 ms (renewal %2).</source>
        <translation>Token in %1 ms erneuert (Erneuerung %2).</translation>
    </message>
    <message>
        <source>Renewed %1 time(s), last at %2</source>
        <translation>%1-mal erneuert, zuletzt um %2</translation>
    </message>
    <message>
        <source>Tokens refreshed in %1 ms (refresh_token grant).</source>
        <translation>Tokens in %1 ms aktualisiert (Grant refresh_token).</translation>
    </message>
    <message>
        <source>Signed in; tokens received in %1 ms.</source>
        <translation>Angemeldet; Tokens in %1 ms erhalten.</translation>
    </message>
    <message>
        <source>Tokens received, but the ID token was NOT accepted, so this sign-in is rejected. %1</source>
        <translation>Tokens erhalten, aber das ID-Token wurde NICHT akzeptiert, daher wird diese Anmeldung abgelehnt. %1</translation>
    </message>
    <message>
        <source>Sign-in failed. %1</source>
        <translation>Anmeldung fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>ID token verified (signature, iss, aud, nonce, exp): signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>ID-Token geprüft (Signatur, iss, aud, nonce, exp): angemeldet als &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>ID token NOT accepted: see the checks on the Token tab.</source>
        <translation>ID-Token NICHT akzeptiert: Siehe die Prüfungen auf dem Reiter „Token“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token type:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Granted scope:&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>&lt;b&gt;Token-Typ:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Gewährter Scope:&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source> (omitted by the AS: as requested)</source>
        <translation> (vom AS weggelassen: wie angefordert)</translation>
    </message>
    <message>
        <source>Requested but not granted: %1. </source>
        <translation>Angefordert, aber nicht gewährt: %1. </translation>
    </message>
    <message>
        <source>Granted without being asked: %1.</source>
        <translation>Gewährt, ohne angefordert zu sein: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Refresh token: the AS did not issue a new one, so the one it issued before stays in use (RFC 6749 §6).</source>
        <translation>&lt;br&gt;Refresh Token: Der AS hat kein neues ausgestellt, daher bleibt das zuvor ausgestellte in Gebrauch (RFC 6749 §6).</translation>
    </message>
    <message>
        <source>&lt;br&gt;Opaque access token (not a JWT): only the AS can read it; introspection shows its claims.</source>
        <translation>&lt;br&gt;Opakes Access Token (kein JWT): Nur der AS kann es lesen; die Introspection zeigt seine Claims.</translation>
    </message>
    <message>
        <source>Access token revoked at %1 (RFC 7009): the AS accepted the revocation; the introspection on the Introspect / revoke tab says whether it still accepts the token.</source>
        <translation>Access Token um %1 widerrufen (RFC 7009): Der AS hat den Widerruf angenommen; die Introspection auf dem Reiter „Introspection / Widerruf“ zeigt, ob er das Token noch akzeptiert.</translation>
    </message>
    <message>
        <source>Refresh token revoked at %1 (RFC 7009): a refresh with it will be refused; the access token may stay valid until it expires.</source>
        <translation>Refresh Token um %1 widerrufen (RFC 7009): Ein Refresh damit wird abgelehnt; das Access Token kann bis zu seinem Ablauf gültig bleiben.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No token to show. The raw exchange has the authorization server&apos;s answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Token anzuzeigen. Der Reiter „Rohdaten“ enthält die Antwort des Autorisierungsservers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Opaque access token&lt;/b&gt; (%1 characters). It is not a JWT, so its content is only known to the AS: Introspect shows what the AS says about it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Opakes Access Token&lt;/b&gt; (%1 Zeichen). Es ist kein JWT, daher kennt nur der AS seinen Inhalt: Die Introspection zeigt, was der AS darüber sagt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Header&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Header&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Claims&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Claims&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Client assertion sent (private_key_jwt)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Gesendete Client-Assertion (private_key_jwt)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ID token (OpenID Connect)&lt;/h3&gt;&lt;table cellspacing=3&gt;</source>
        <translation>&lt;h3&gt;ID-Token (OpenID Connect)&lt;/h3&gt;&lt;table cellspacing=3&gt;</translation>
    </message>
    <message>
        <source>Revoked at %1</source>
        <translation>Widerrufen um %1</translation>
    </message>
    <message>
        <source>Expires in %1:%2</source>
        <translation>Läuft ab in %1:%2</translation>
    </message>
    <message>
        <source>Expired %1 s ago</source>
        <translation>Vor %1 s abgelaufen</translation>
    </message>
    <message>
        <source> · renewal in %1 s</source>
        <translation> · Erneuerung in %1 s</translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenTester</name>
    <message>
        <source>Certificate-bound (from the AS&apos;s introspection): cnf.x5t#S256 matches the transport certificate presented (RFC 8705 §3).</source>
        <translation>Zertifikatsgebunden (laut Introspection des AS): cnf.x5t#S256 passt zum präsentierten Transportzertifikat (RFC 8705 §3).</translation>
    </message>
    <message>
        <source>Certificate-bound: cnf.x5t#S256 matches the transport certificate presented (RFC 8705 §3).</source>
        <translation>Zertifikatsgebunden: cnf.x5t#S256 passt zum präsentierten Transportzertifikat (RFC 8705 §3).</translation>
    </message>
    <message>
        <source>Certificate binding unknown until introspected: the access token is opaque, so only the AS knows its cnf.x5t#S256. Introspect the access token to settle it.</source>
        <translation>Zertifikatsbindung bis zur Introspection unbekannt: Das Access Token ist opak, daher kennt nur der AS sein cnf.x5t#S256. Führen Sie eine Introspection des Access Tokens durch, um das zu klären.</translation>
    </message>
    <message>
        <source>NOT certificate-bound: the client is set up for certificate-bound tokens, but the AS&apos;s introspection of the token has no cnf.x5t#S256. Check the AS&apos;s certificate-bound tokens setting.</source>
        <translation>NICHT zertifikatsgebunden: Der Client ist für zertifikatsgebundene Tokens eingerichtet, aber die Introspection des Tokens durch den AS enthält kein cnf.x5t#S256. Prüfen Sie die Einstellung des AS für zertifikatsgebundene Tokens.</translation>
    </message>
    <message>
        <source>NOT certificate-bound: the client is set up for certificate-bound tokens, but the token has no cnf.x5t#S256. Check the AS&apos;s certificate-bound tokens setting.</source>
        <translation>NICHT zertifikatsgebunden: Der Client ist für zertifikatsgebundene Tokens eingerichtet, aber das Token enthält kein cnf.x5t#S256. Prüfen Sie die Einstellung des AS für zertifikatsgebundene Tokens.</translation>
    </message>
    <message>
        <source>Not certificate-bound (the AS&apos;s introspection has no cnf.x5t#S256).</source>
        <translation>Nicht zertifikatsgebunden (die Introspection des AS enthält kein cnf.x5t#S256).</translation>
    </message>
    <message>
        <source>Not certificate-bound (no cnf.x5t#S256 in the token).</source>
        <translation>Nicht zertifikatsgebunden (kein cnf.x5t#S256 im Token).</translation>
    </message>
    <message>
        <source>The token is bound to a certificate (cnf.x5t#S256), but none was presented.</source>
        <translation>Das Token ist an ein Zertifikat gebunden (cnf.x5t#S256), es wurde aber keines präsentiert.</translation>
    </message>
    <message>
        <source>Bound to ANOTHER certificate: cnf.x5t#S256 is %1, the presented certificate&apos;s is %2.</source>
        <translation>An ein ANDERES Zertifikat gebunden: cnf.x5t#S256 ist %1, der Wert des präsentierten Zertifikats ist %2.</translation>
    </message>
    <message>
        <source>Get a token first: the API call uses it.</source>
        <translation>Holen Sie zuerst ein Token: Der API-Aufruf verwendet es.</translation>
    </message>
    <message>
        <source>The environment has no API base URL: set it in Settings → Environments.</source>
        <translation>Die Umgebung hat keine API-Basis-URL: Legen Sie sie unter Einstellungen → Umgebungen fest.</translation>
    </message>
    <message>
        <source>Path &quot;%1&quot; does not make a valid URL under %2.</source>
        <translation>Der Pfad „%1“ ergibt unter %2 keine gültige URL.</translation>
    </message>
    <message>
        <source>Cancelled: the request was stopped before the authorization server answered. Get token again when ready.</source>
        <translation>Abgebrochen: Die Anfrage wurde beendet, bevor der Autorisierungsserver geantwortet hat. Holen Sie das Token erneut, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::TokenTests</name>
    <message>
        <source>&quot;%1&quot; has no environment, so there is no authorization server to ask. Edit the client and pick its environment.</source>
        <translation>„%1“ hat keine Umgebung, daher gibt es keinen Autorisierungsserver, der gefragt werden könnte. Bearbeiten Sie den Client, und wählen Sie seine Umgebung.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Transport</name>
    <message>
        <source>%1 (certificate subject: %2; issuer: %3)</source>
        <translation>%1 (Zertifikats-Subject: %2; Aussteller: %3)</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted:
%2
If this is a test authorization server, add its CA certificate as the environment&apos;s CA bundle.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut:
%2
Wenn dies ein Test-Autorisierungsserver ist, fügen Sie sein CA-Zertifikat als CA-Bundle der Umgebung hinzu.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (the inactivity timeout). Check that the URL is right and the server is reachable from this machine.</source>
        <translation>%1 hat %2 s lang nichts gesendet (Inaktivitäts-Timeout). Prüfen Sie, ob die URL stimmt und der Server von diesem Rechner aus erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the URL and port.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort lauscht nichts. Prüfen Sie URL und Port.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the URL.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. If the server asks for a client certificate (mutual TLS), one is needed; otherwise check the server&apos;s TLS setup.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen. Wenn der Server ein Client-Zertifikat verlangt (Mutual TLS), wird eines benötigt; andernfalls prüfen Sie die TLS-Einrichtung des Servers.</translation>
    </message>
    <message>
        <source>%1 ended the TLS connection (%2). With mutual TLS this usually means the client certificate was missing or not accepted.</source>
        <translation>%1 hat die TLS-Verbindung beendet (%2). Bei Mutual TLS bedeutet das meist, dass das Client-Zertifikat fehlte oder nicht akzeptiert wurde.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read; pick it again in Settings → Environments.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden; wählen Sie es unter Einstellungen → Umgebungen erneut aus.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is larger than 4 MiB; pick the file with just the CA certificates.</source>
        <translation>Das CA-Bundle %1 ist größer als 4 MiB; wählen Sie die Datei, die nur die CA-Zertifikate enthält.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The client certificate has no private key.</source>
        <translation>Das Client-Zertifikat hat keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Cancelled: the request to %1 was stopped.</source>
        <translation>Abgebrochen: Die Anfrage an %1 wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s (the overall deadline of a request): it was still sending after that, or sending very slowly. Check the server, or any proxy in between.</source>
        <translation>%1 hat die Antwort nicht innerhalb von %2 s abgeschlossen (die Gesamtfrist einer Anfrage): Der Server sendete danach noch oder sehr langsam. Prüfen Sie den Server oder etwaige Proxys dazwischen.</translation>
    </message>
    <message>
        <source>The answer was larger than %1 KiB, far more than an OAuth response needs; it was cut off and not used.</source>
        <translation>Die Antwort war größer als %1 KiB, weit mehr, als eine OAuth-Antwort braucht; sie wurde abgeschnitten und nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer was complete (HTTP %2, %3 bytes of the body received): nothing of it is used. Try again; if it keeps happening, check the server or any proxy in between.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war (HTTP %2, %3 Byte des Bodys empfangen): Nichts davon wird verwendet. Versuchen Sie es erneut; wenn es weiter passiert, prüfen Sie den Server oder etwaige Proxys dazwischen.</translation>
    </message>
</context>
<context>
    <name>oauthdesk::UriListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>oauthdesk::UseCase</name>
    <message>
        <source>There is no %1 &quot;%2&quot;. List them to see their names and ids.</source>
        <translation>%1 „%2“ gibt es nicht. Listen Sie die Einträge auf, um ihre Namen und IDs zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2s are called &quot;%3&quot;; name one by its id (%4).</source>
        <translation>Mehrere Einträge vom Typ %2 (%1) heißen „%3“; geben Sie einen über seine ID an (%4).</translation>
    </message>
</context>
<context>
    <name>oauthdesk::Validation</name>
    <message>
        <source>1 to 255 visible ASCII characters</source>
        <translation>1 bis 255 sichtbare ASCII-Zeichen</translation>
    </message>
    <message>
        <source>3 to 36 lowercase letters, digits and single dashes, not starting or ending with a dash</source>
        <translation>3 bis 36 Kleinbuchstaben, Ziffern und einzelne Bindestriche, nicht mit einem Bindestrich am Anfang oder Ende</translation>
    </message>
    <message>
        <source>Client ID is required: copy it from the authorization server.</source>
        <translation>Die Client-ID ist erforderlich: Kopieren Sie sie vom Autorisierungsserver.</translation>
    </message>
    <message>
        <source>Client ID must be %1.</source>
        <translation>Die Client-ID muss %1 sein.</translation>
    </message>
    <message>
        <source>Grant types: the password grant is never offered. It hands the user&apos;s password to the client (OAuth 2.0 Security BCP, RFC 9700 §2.4); use authorization code with PKCE instead.</source>
        <translation>Grant-Types: Der Password-Grant wird nie angeboten. Er gibt das Passwort des Benutzers an den Client weiter (OAuth 2.0 Security BCP, RFC 9700 §2.4); verwenden Sie stattdessen Authorization Code mit PKCE.</translation>
    </message>
    <message>
        <source>Grant types: the implicit grant is not offered. It leaks access tokens in the browser (RFC 9700 §2.1.2); use authorization code with PKCE instead.</source>
        <translation>Grant-Types: Der Implicit-Grant wird nicht angeboten. Er gibt Access Tokens im Browser preis (RFC 9700 §2.1.2); verwenden Sie stattdessen Authorization Code mit PKCE.</translation>
    </message>
    <message>
        <source>Grant types: a %1 client cannot use %2; it may use %3.</source>
        <translation>Grant-Types: Ein Client vom Typ %1 kann %2 nicht verwenden, wohl aber %3.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Redirect URIs: a %1 client uses no browser, so it takes no redirect URI. Remove it.</source>
        <translation>Redirect-URIs: Ein Client vom Typ %1 verwendet keinen Browser und hat daher keine Redirect-URI. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Redirect URI is empty: enter an absolute URL or remove the line.</source>
        <translation>Die Redirect-URI ist leer: Geben Sie eine absolute URL ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; has spaces at its start or end; remove them.</source>
        <translation>Die Redirect-URI „%1“ hat Leerzeichen am Anfang oder Ende; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; contains a wildcard. The authorization server compares redirect URIs exactly (RFC 9700 §2.1); list each URL in full.</source>
        <translation>Die Redirect-URI „%1“ enthält eine Wildcard. Der Autorisierungsserver vergleicht Redirect-URIs exakt (RFC 9700 §2.1); geben Sie jede URL vollständig an.</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; has a fragment (#…), which RFC 6749 §3.1.2 forbids. Remove the part from # on.</source>
        <translation>Die Redirect-URI „%1“ hat ein Fragment (#…), was RFC 6749 §3.1.2 verbietet. Entfernen Sie den Teil ab #.</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; is not an absolute URL. Start it with https:// (or the app&apos;s own scheme for native apps).</source>
        <translation>Die Redirect-URI „%1“ ist keine absolute URL. Beginnen Sie sie mit https:// (oder bei nativen Apps mit dem eigenen Schema der App).</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; has no host name.</source>
        <translation>Die Redirect-URI „%1“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot;: native apps should use the loopback IP 127.0.0.1 or [::1], not &quot;localhost&quot; (RFC 8252 §8.3).</source>
        <translation>Redirect-URI „%1“: Native Apps sollten die Loopback-IP 127.0.0.1 oder [::1] verwenden, nicht „localhost“ (RFC 8252 §8.3).</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; uses plain http on a host that is not loopback. Use https, or http://127.0.0.1 for local testing.</source>
        <translation>Die Redirect-URI „%1“ verwendet unverschlüsseltes http auf einem Host, der nicht Loopback ist. Verwenden Sie https, oder http://127.0.0.1 für lokale Tests.</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot;: a private-use scheme must be in reverse domain name form, such as com.example.app:/callback (RFC 8252 §7.1).</source>
        <translation>Redirect-URI „%1“: Ein Private-Use-Schema muss in umgekehrter Domainnamen-Schreibweise stehen, etwa com.example.app:/callback (RFC 8252 §7.1).</translation>
    </message>
    <message>
        <source>Redirect URI &quot;%1&quot; must use https for a %2 client.</source>
        <translation>Die Redirect-URI „%1“ muss für einen Client vom Typ %2 https verwenden.</translation>
    </message>
    <message>
        <source>Scopes: an empty scope was given; remove it.</source>
        <translation>Scopes: Ein leerer Scope wurde angegeben; entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Scope &quot;%1&quot; contains a character scopes cannot have (spaces, quotes, backslashes or non-ASCII; RFC 6749 §3.3).</source>
        <translation>Scope „%1“ enthält ein Zeichen, das in Scopes nicht vorkommen darf (Leerzeichen, Anführungszeichen, Backslashes oder Nicht-ASCII; RFC 6749 §3.3).</translation>
    </message>
    <message>
        <source>%1 is required: enter an https:// URL.</source>
        <translation>%1 ist erforderlich: Geben Sie eine https://-URL ein.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an absolute URL. Enter it in full, such as https://auth.example.com.</source>
        <translation>%1 „%2“ ist keine absolute URL. Geben Sie sie vollständig ein, etwa https://auth.example.com.</translation>
    </message>
    <message>
        <source>%1 must use https; plain http is only accepted for 127.0.0.1 or localhost.</source>
        <translation>%1 muss https verwenden; unverschlüsseltes http wird nur für 127.0.0.1 oder localhost akzeptiert.</translation>
    </message>
    <message>
        <source>%1 must be an https:// URL, not %2://.</source>
        <translation>%1 muss eine https://-URL sein, nicht %2://.</translation>
    </message>
    <message>
        <source>Header name is empty: enter a name such as X-Region.</source>
        <translation>Der Header-Name ist leer: Geben Sie einen Namen wie X-Region ein.</translation>
    </message>
    <message>
        <source>Header name &quot;%1&quot; may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~ (RFC 9110 §5.6.2); no spaces or colons.</source>
        <translation>Der Header-Name „%1“ darf nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ enthalten (RFC 9110 §5.6.2); keine Leerzeichen oder Doppelpunkte.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; is set by OAuthDesk itself and cannot be an extra header. Remove it.</source>
        <translation>Der Header „%1“ wird von OAuthDesk selbst gesetzt und kann kein zusätzlicher Header sein. Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Header value must be on one line (no line breaks; RFC 9110 §5.5).</source>
        <translation>Der Header-Wert muss in einer Zeile stehen (keine Zeilenumbrüche; RFC 9110 §5.5).</translation>
    </message>
    <message>
        <source>Header value has spaces at its start or end; remove them.</source>
        <translation>Der Header-Wert hat Leerzeichen am Anfang oder Ende; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Client secret is empty: paste the secret your authorization server issued, or choose to generate one.</source>
        <translation>Das Client-Secret ist leer: Fügen Sie das Secret ein, das Ihr Autorisierungsserver ausgestellt hat, oder lassen Sie eines erzeugen.</translation>
    </message>
    <message>
        <source>Client secret has spaces at its start or end, probably from copying; remove them.</source>
        <translation>Das Client-Secret hat Leerzeichen am Anfang oder Ende, vermutlich vom Kopieren; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Client secret must be on one line, without control characters.</source>
        <translation>Das Client-Secret muss in einer Zeile stehen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>Client secret is longer than 1024 characters; check what was pasted.</source>
        <translation>Das Client-Secret ist länger als 1024 Zeichen; prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>Application name is required.</source>
        <translation>Der Anwendungsname ist erforderlich.</translation>
    </message>
    <message>
        <source>Application name is longer than 100 characters; shorten it.</source>
        <translation>Der Anwendungsname ist länger als 100 Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Client name is required.</source>
        <translation>Der Client-Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Client name is longer than 200 characters; shorten it.</source>
        <translation>Der Client-Name ist länger als 200 Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Application: pick the application this client belongs to.</source>
        <translation>Anwendung: Wählen Sie die Anwendung, zu der dieser Client gehört.</translation>
    </message>
    <message>
        <source>Grant types: pick at least one (a %1 client uses %2).</source>
        <translation>Grant-Types: Wählen Sie mindestens einen (ein Client vom Typ %1 verwendet %2).</translation>
    </message>
    <message>
        <source>Grant types: %1 is listed twice.</source>
        <translation>Grant-Types: %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Grant types: refresh token needs authorization code as well.</source>
        <translation>Grant-Types: Refresh Token setzt auch Authorization Code voraus.</translation>
    </message>
    <message>
        <source>PKCE must be required for a %1 client: it cannot keep a secret, so PKCE is what protects its authorization codes (RFC 7636).</source>
        <translation>Für einen Client vom Typ %1 muss PKCE erforderlich sein: Er kann kein Secret geheim halten, daher schützt PKCE seine Authorization Codes (RFC 7636).</translation>
    </message>
    <message>
        <source>Client authentication: a %1 client cannot use %2; pick one of %3.</source>
        <translation>Client-Authentifizierung: Ein Client vom Typ %1 kann %2 nicht verwenden; wählen Sie eine von %3.</translation>
    </message>
    <message>
        <source>Signing certificate: private_key_jwt signs with a key of this application; pick one, or make one in the application&apos;s Certificates.</source>
        <translation>Signaturzertifikat: private_key_jwt signiert mit einem Schlüssel dieser Anwendung; wählen Sie einen aus, oder erstellen Sie einen unter den Zertifikaten der Anwendung.</translation>
    </message>
    <message>
        <source>Transport certificate: %1 presents a certificate of this application; pick one, or make one in the application&apos;s Certificates.</source>
        <translation>Transportzertifikat: %1 legt ein Zertifikat dieser Anwendung vor; wählen Sie eines aus, oder erstellen Sie eines unter den Zertifikaten der Anwendung.</translation>
    </message>
    <message>
        <source>Certificate-bound tokens need a transport certificate to bind to (RFC 8705 §3).</source>
        <translation>Zertifikatsgebundene Tokens brauchen ein Transportzertifikat, an das sie gebunden werden (RFC 8705 §3).</translation>
    </message>
    <message>
        <source>Redirect URIs: add at least one; the browser returns the user there after sign-in.</source>
        <translation>Redirect-URIs: Fügen Sie mindestens eine hinzu; der Browser schickt den Benutzer nach der Anmeldung dorthin zurück.</translation>
    </message>
    <message>
        <source>Scope &quot;%1&quot; is listed twice.</source>
        <translation>Scope „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Access token lifetime must be between 1 minute and 24 hours (60–86400 seconds).</source>
        <translation>Die Lebensdauer des Access Tokens muss zwischen 1 Minute und 24 Stunden liegen (60–86400 Sekunden).</translation>
    </message>
    <message>
        <source>Refresh token lifetime is set but the client is not granted refresh tokens; clear it or add the refresh token grant.</source>
        <translation>Die Lebensdauer des Refresh Tokens ist gesetzt, aber der Client erhält keine Refresh Tokens; leeren Sie sie, oder fügen Sie den Refresh-Token-Grant hinzu.</translation>
    </message>
    <message>
        <source>Refresh token lifetime must be between 5 minutes and 90 days.</source>
        <translation>Die Lebensdauer des Refresh Tokens muss zwischen 5 Minuten und 90 Tagen liegen.</translation>
    </message>
    <message>
        <source>Refresh token lifetime must be longer than the access token lifetime, or refreshing gains nothing.</source>
        <translation>Die Lebensdauer des Refresh Tokens muss länger sein als die des Access Tokens, sonst bringt das Erneuern nichts.</translation>
    </message>
    <message>
        <source>Environment name is required, such as UAT or Production.</source>
        <translation>Der Umgebungsname ist erforderlich, etwa UAT oder Produktion.</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Issuer-URL</translation>
    </message>
    <message>
        <source>Issuer URL must not have a query (?…) or fragment (#…) (RFC 8414 §2).</source>
        <translation>Die Issuer-URL darf keine Query (?…) und kein Fragment (#…) enthalten (RFC 8414 §2).</translation>
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
        <translation>Header „%1“: Der Wert „%2“ gehört nicht zu den möglichen Werten.</translation>
    </message>
    <message>
        <source>CA bundle &quot;%1&quot; cannot be read; pick an existing PEM file.</source>
        <translation>Das CA-Bundle „%1“ kann nicht gelesen werden; wählen Sie eine vorhandene PEM-Datei.</translation>
    </message>
    <message>
        <source>CA bundle is larger than 4 MiB; pick the PEM file with just the CA certificates.</source>
        <translation>Das CA-Bundle ist größer als 4 MiB; wählen Sie die PEM-Datei, die nur die CA-Zertifikate enthält.</translation>
    </message>
    <message>
        <source>CA bundle holds no PEM certificate (-----BEGIN CERTIFICATE-----); pick the CA&apos;s certificate file.</source>
        <translation>Das CA-Bundle enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----); wählen Sie die Zertifikatsdatei der CA.</translation>
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
        <translation>Der Subject-Name konnte aus diesen Feldern nicht gebildet werden; prüfen Sie sie auf ungewöhnliche Zeichen.</translation>
    </message>
    <message>
        <source>The subject alternative names could not be encoded; check the DNS names, IP addresses and URIs.</source>
        <translation>Die alternativen Subject-Namen konnten nicht kodiert werden; prüfen Sie die DNS-Namen, IP-Adressen und URIs.</translation>
    </message>
    <message>
        <source>The certificate extension %1 could not be added.</source>
        <translation>Die Zertifikatserweiterung %1 konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Validity: choose 1 to %1 days (%2 was given).</source>
        <translation>Gültigkeit: Wählen Sie 1 bis %1 Tage (angegeben: %2).</translation>
    </message>
    <message>
        <source>The serial number or validity could not be set.</source>
        <translation>Die Seriennummer oder Gültigkeit konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Signing the certificate failed.</source>
        <translation>Das Signieren des Zertifikats ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The certificate could not be encoded.</source>
        <translation>Das Zertifikat konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>This is not a DER-encoded X.509 certificate, or it is truncated or has trailing bytes.</source>
        <translation>Dies ist kein DER-kodiertes X.509-Zertifikat, oder es ist abgeschnitten oder hat überzählige Bytes am Ende.</translation>
    </message>
</context>
</TS>
