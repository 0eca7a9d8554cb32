// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Schema.h"

namespace oauthdesk {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> m;

    // 1: the registry itself. Secrets are deliberately absent from every table: client secrets,
    // private keys and registration tokens live in the keychain (docs/architecture.md "Secrets").
    m.append({ 1, QStringLiteral("applications, environments and OAuth clients"),
        {
            QStringLiteral("CREATE TABLE applications ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " description TEXT NOT NULL DEFAULT '',"
                           " organisation_id TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE environments ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),"
                " issuer TEXT NOT NULL,"
                " connectivity TEXT NOT NULL CHECK (connectivity IN ('tls', 'mtls')),"
                " api_base_url TEXT NOT NULL DEFAULT '',"
                " headers_json TEXT NOT NULL DEFAULT '[]',"
                " ca_bundle_path TEXT NOT NULL DEFAULT '',"
                " discovery_json BLOB,"
                " discovery_fetched_at INTEGER,"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE clients ("
                " id INTEGER PRIMARY KEY,"
                " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                " environment_id INTEGER REFERENCES environments(id) ON DELETE SET NULL,"
                " client_id TEXT NOT NULL CHECK (length(client_id) > 0),"
                " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                " description TEXT NOT NULL DEFAULT '',"
                " application_type TEXT NOT NULL,"
                " grant_types TEXT NOT NULL,"
                " pkce TEXT NOT NULL,"
                " redirect_uris_json TEXT NOT NULL DEFAULT '[]',"
                " post_logout_redirect_uris_json TEXT NOT NULL DEFAULT '[]',"
                " scopes TEXT NOT NULL DEFAULT '',"
                " access_token_lifetime INTEGER NOT NULL,"
                " refresh_token_lifetime INTEGER,"
                " auth_method TEXT NOT NULL,"
                " status TEXT NOT NULL,"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " registration_client_uri TEXT NOT NULL DEFAULT '',"
                " client_id_issued_at INTEGER)"),
            QStringLiteral("CREATE INDEX clients_by_application ON clients(application_id)"),
            // The same client ID may exist at two ASs, never twice at one.
            QStringLiteral("CREATE UNIQUE INDEX clients_unique_per_environment"
                           " ON clients(environment_id, client_id)"),
        } });

    // 2: certificates came with signing/transport keys (private_key_jwt, mTLS). Clients point at
    // the certificates they authenticate with; deleting a certificate unlinks it.
    m.append({ 2, QStringLiteral("certificates and the clients' links to them"),
        {
            QStringLiteral(
                "CREATE TABLE certificates ("
                " id INTEGER PRIMARY KEY,"
                " application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                " purpose TEXT NOT NULL CHECK (purpose IN ('signing', 'transport')),"
                " key_algorithm TEXT NOT NULL,"
                " subject_dn TEXT NOT NULL DEFAULT '',"
                " subject_alt_names_json TEXT NOT NULL DEFAULT '[]',"
                " csr_pem BLOB,"
                " certificate_pem BLOB,"
                " chain_pem BLOB,"
                " serial_number TEXT NOT NULL DEFAULT '',"
                " not_before INTEGER,"
                " not_after INTEGER,"
                " sha256_thumbprint TEXT NOT NULL DEFAULT '',"
                " kid TEXT NOT NULL DEFAULT '',"
                " state TEXT NOT NULL,"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX certificates_by_application"
                           " ON certificates(application_id)"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN signing_certificate_id INTEGER"
                           " REFERENCES certificates(id) ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN transport_certificate_id INTEGER"
                           " REFERENCES certificates(id) ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE clients ADD COLUMN certificate_bound_tokens"
                           " INTEGER NOT NULL DEFAULT 0"),
        } });
    // 3: keychain entries are named after a stable local id. Row ids are not stable enough:
    // SQLite may hand a deleted client's id to the next one, which would then inherit the old
    // client's secret.
    m.append({ 3, QStringLiteral("a stable local UUID per client, naming its keychain entries"),
        {
            QStringLiteral("ALTER TABLE clients ADD COLUMN uuid TEXT"),
            QStringLiteral(
                "UPDATE clients SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2))"
                " || '-4' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(2)) || '-'"
                " || hex(randomblob(6))) WHERE uuid IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX clients_by_uuid ON clients(uuid)"),
        } });
    // 4: private keys are named in the keychain after a stable id, like clients' secrets; and a
    // workspace keeps one local development CA (its key in the keychain, never here).
    m.append({ 4, QStringLiteral("certificate UUIDs and the local development CA"),
        {
            QStringLiteral("ALTER TABLE certificates ADD COLUMN uuid TEXT"),
            QStringLiteral(
                "UPDATE certificates SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2))"
                " || '-4' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(2)) || '-'"
                " || hex(randomblob(6))) WHERE uuid IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX certificates_by_uuid ON certificates(uuid)"),
            QStringLiteral(
                "CREATE TABLE local_ca (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL,"
                " certificate_der BLOB NOT NULL, created_at INTEGER NOT NULL)"),
        } });
    // 5: some ASs want the issuer, not the token endpoint, as a client assertion's audience.
    m.append({ 5, QStringLiteral("client assertion audience per environment"),
        { QStringLiteral(
            "ALTER TABLE environments ADD COLUMN assertion_aud_issuer INTEGER NOT NULL DEFAULT 0") } });
    // 6: environments name keychain entries (registration credentials) by a stable id too.
    m.append({ 6, QStringLiteral("stable environment ids for their keychain entries"),
        {
            QStringLiteral("ALTER TABLE environments ADD COLUMN uuid TEXT"),
            QStringLiteral(
                "UPDATE environments SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2))"
                " || '-4' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(2)) || '-'"
                " || hex(randomblob(6))) WHERE uuid IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX environments_by_uuid ON environments(uuid)"),
        } });
    // 7: keychain entries written ahead of the row that owns them, until that row is saved: a
    // save killed in between leaves its entry here, found and removed at the next start. The
    // names of entries only (e.g. "client/<uuid>/client_secret"), never their values.
    m.append({ 7, QStringLiteral("journal of keychain entries written ahead of their rows"),
        { QStringLiteral(
            "CREATE TABLE keychain_journal (key TEXT PRIMARY KEY, created_at INTEGER NOT NULL)") } });
    // 8: when the AS said the client's secret expires (RFC 7591 client_secret_expires_at), for
    // the expiry radar. A date only, never the secret.
    m.append({ 8, QStringLiteral("client secret expiry from registration"),
        { QStringLiteral("ALTER TABLE clients ADD COLUMN client_secret_expires_at INTEGER") } });
    // 9: which CA the environment's AS trusts for client certificates (tls_client_auth), for the
    // doctor's chain check and the expiry radar: CA certificates as PEM, public data. NULL: not
    // recorded.
    m.append({ 9, QStringLiteral("client CA the AS trusts, per environment"),
        { QStringLiteral("ALTER TABLE environments ADD COLUMN client_ca_pem BLOB") } });
    return m;
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

} // namespace oauthdesk
