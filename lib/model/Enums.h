// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace oauthdesk {

/// The four kinds of application a portal offers (docs/architecture.md "Application types").
enum class ApplicationType { Native, SinglePage, Web, MachineToMachine };

/// OAuth 2.0 grant types. Password and Implicit exist only so that a client read from elsewhere
/// can be recognised and rejected by the policy (OAuth 2.0 Security BCP, RFC 9700 §2.4, §2.1.2).
enum class GrantType { AuthorizationCode, RefreshToken, ClientCredentials, Implicit, Password };

/// Token endpoint authentication methods (RFC 7591 §2, RFC 8705 §2).
enum class AuthMethod {
    None,
    ClientSecretBasic,
    ClientSecretPost,
    PrivateKeyJwt,
    TlsClientAuth,
    SelfSignedTlsClientAuth,
    ClientSecretJwt, ///< RFC 7523 §2.2: an assertion MACed with the client secret (HS256)
};

/// Whether the client must use PKCE (RFC 7636) for the authorization code grant.
enum class PkcePolicy { Required, Optional };

enum class ClientStatus { Active, Disabled, Requested, Approved, Rejected };

/// How the token endpoint is reached: plain TLS, or mutual TLS with `mtls_endpoint_aliases`
/// (RFC 8705 §5).
enum class Connectivity { Tls, MutualTls };

enum class CertificatePurpose { Signing, Transport };

/// What a private_key_jwt client assertion names as its audience (`aud`). RFC 7523 §3 allows the
/// token endpoint or the issuer; RFC 7521 §5.2 lets an AS want the endpoint the assertion is sent
/// to, which matters for introspection and revocation. Each AS accepts its own subset.
enum class AssertionAudience { TokenEndpoint, Issuer, EndpointCalled };

enum class KeyAlgorithm { Rsa2048, Rsa3072, Rsa4096, EcP256, EcP384 };

/// Key only → CSR pending → issued → expired (docs/architecture.md "Certificate record").
enum class CertificateState { KeyOnly, CsrPending, Issued, Expired };

// One wire-string mapping per enum: the strings are what RFCs, the AS and the store use.
[[nodiscard]] QString toWire(ApplicationType v);
[[nodiscard]] QString toWire(GrantType v);
[[nodiscard]] QString toWire(AuthMethod v);
[[nodiscard]] QString toWire(PkcePolicy v);
[[nodiscard]] QString toWire(ClientStatus v);
[[nodiscard]] QString toWire(Connectivity v);
[[nodiscard]] QString toWire(CertificatePurpose v);
[[nodiscard]] QString toWire(AssertionAudience v);
[[nodiscard]] QString toWire(KeyAlgorithm v);
[[nodiscard]] QString toWire(CertificateState v);

/// Parses a wire string; std::nullopt for anything not in the table (case-sensitive, as the
/// RFCs' registries are).
template <typename Enum> [[nodiscard]] std::optional<Enum> fromWire(const QString &wire);

/// Every value of an enum, in declaration order (for combo boxes and round-trip tests).
template <typename Enum> [[nodiscard]] QList<Enum> allValues();

/// What the admin reads for a value ("Machine to machine", "client credentials").
[[nodiscard]] QString displayName(ApplicationType v);
[[nodiscard]] QString displayName(GrantType v);
[[nodiscard]] QString displayName(AuthMethod v);
[[nodiscard]] QString displayName(ClientStatus v);
[[nodiscard]] QString displayName(Connectivity v);
[[nodiscard]] QString displayName(AssertionAudience v);

/// Grant types as the space-separated wire list the store keeps ("authorization_code
/// refresh_token").
[[nodiscard]] QString grantTypesToWire(const QList<GrantType> &grants);
/// The inverse; unknown names are returned in @p unknown (when given) instead of being dropped
/// silently.
[[nodiscard]] QList<GrantType> grantTypesFromWire(
    const QString &wire, QStringList *unknown = nullptr);

} // namespace oauthdesk
