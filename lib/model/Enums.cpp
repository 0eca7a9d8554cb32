// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace oauthdesk {

namespace {

template <typename Enum, std::size_t N>
using WireTable = std::array<std::pair<Enum, const char *>, N>;

constexpr WireTable<ApplicationType, 4> kApplicationTypes { {
    { ApplicationType::Native, "native" },
    { ApplicationType::SinglePage, "spa" },
    { ApplicationType::Web, "web" },
    { ApplicationType::MachineToMachine, "machine_to_machine" },
} };

// RFC 7591 §2 grant_types values.
constexpr WireTable<GrantType, 5> kGrantTypes { {
    { GrantType::AuthorizationCode, "authorization_code" },
    { GrantType::RefreshToken, "refresh_token" },
    { GrantType::ClientCredentials, "client_credentials" },
    { GrantType::Implicit, "implicit" },
    { GrantType::Password, "password" },
} };

// RFC 7591 §2, RFC 7523 §2.2 and RFC 8705 §2 token_endpoint_auth_method values.
constexpr WireTable<AuthMethod, 7> kAuthMethods { {
    { AuthMethod::None, "none" },
    { AuthMethod::ClientSecretBasic, "client_secret_basic" },
    { AuthMethod::ClientSecretPost, "client_secret_post" },
    { AuthMethod::PrivateKeyJwt, "private_key_jwt" },
    { AuthMethod::TlsClientAuth, "tls_client_auth" },
    { AuthMethod::SelfSignedTlsClientAuth, "self_signed_tls_client_auth" },
    { AuthMethod::ClientSecretJwt, "client_secret_jwt" },
} };

constexpr WireTable<PkcePolicy, 2> kPkcePolicies { {
    { PkcePolicy::Required, "required" },
    { PkcePolicy::Optional, "optional" },
} };

constexpr WireTable<ClientStatus, 5> kClientStatuses { {
    { ClientStatus::Active, "active" },
    { ClientStatus::Disabled, "disabled" },
    { ClientStatus::Requested, "requested" },
    { ClientStatus::Approved, "approved" },
    { ClientStatus::Rejected, "rejected" },
} };

constexpr WireTable<Connectivity, 2> kConnectivities { {
    { Connectivity::Tls, "tls" },
    { Connectivity::MutualTls, "mtls" },
} };

constexpr WireTable<AssertionAudience, 3> kAssertionAudiences { {
    { AssertionAudience::TokenEndpoint, "token_endpoint" },
    { AssertionAudience::Issuer, "issuer" },
    { AssertionAudience::EndpointCalled, "endpoint_called" },
} };

constexpr WireTable<CertificatePurpose, 2> kPurposes { {
    { CertificatePurpose::Signing, "signing" },
    { CertificatePurpose::Transport, "transport" },
} };

constexpr WireTable<KeyAlgorithm, 5> kKeyAlgorithms { {
    { KeyAlgorithm::Rsa2048, "RSA-2048" },
    { KeyAlgorithm::Rsa3072, "RSA-3072" },
    { KeyAlgorithm::Rsa4096, "RSA-4096" },
    { KeyAlgorithm::EcP256, "EC-P-256" },
    { KeyAlgorithm::EcP384, "EC-P-384" },
} };

constexpr WireTable<CertificateState, 4> kCertificateStates { {
    { CertificateState::KeyOnly, "key_only" },
    { CertificateState::CsrPending, "csr_pending" },
    { CertificateState::Issued, "issued" },
    { CertificateState::Expired, "expired" },
} };

template <typename Enum, std::size_t N> QString lookup(const WireTable<Enum, N> &table, Enum v)
{
    for (const auto &[value, wire] : table) {
        if (value == v)
            return QString::fromLatin1(wire);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> reverse(const WireTable<Enum, N> &table, const QString &wire)
{
    for (const auto &[value, w] : table) {
        if (wire == QLatin1String(w))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QList<Enum> values(const WireTable<Enum, N> &table)
{
    QList<Enum> out;
    out.reserve(qsizetype(N));
    for (const auto &entry : table)
        out.append(entry.first);
    return out;
}

struct EnumsText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::Enums)
};

} // namespace

QString toWire(ApplicationType v)
{
    return lookup(kApplicationTypes, v);
}
QString toWire(GrantType v)
{
    return lookup(kGrantTypes, v);
}
QString toWire(AuthMethod v)
{
    return lookup(kAuthMethods, v);
}
QString toWire(PkcePolicy v)
{
    return lookup(kPkcePolicies, v);
}
QString toWire(ClientStatus v)
{
    return lookup(kClientStatuses, v);
}
QString toWire(Connectivity v)
{
    return lookup(kConnectivities, v);
}
QString toWire(CertificatePurpose v)
{
    return lookup(kPurposes, v);
}
QString toWire(AssertionAudience v)
{
    return lookup(kAssertionAudiences, v);
}
QString toWire(KeyAlgorithm v)
{
    return lookup(kKeyAlgorithms, v);
}
QString toWire(CertificateState v)
{
    return lookup(kCertificateStates, v);
}

#define OAUTHDESK_WIRE_ENUM(Enum, table)                                                           \
    template <> std::optional<Enum> fromWire<Enum>(const QString &wire)                            \
    {                                                                                              \
        return reverse(table, wire);                                                               \
    }                                                                                              \
    template <> QList<Enum> allValues<Enum>()                                                      \
    {                                                                                              \
        return values(table);                                                                      \
    }

OAUTHDESK_WIRE_ENUM(ApplicationType, kApplicationTypes)
OAUTHDESK_WIRE_ENUM(GrantType, kGrantTypes)
OAUTHDESK_WIRE_ENUM(AuthMethod, kAuthMethods)
OAUTHDESK_WIRE_ENUM(PkcePolicy, kPkcePolicies)
OAUTHDESK_WIRE_ENUM(ClientStatus, kClientStatuses)
OAUTHDESK_WIRE_ENUM(Connectivity, kConnectivities)
OAUTHDESK_WIRE_ENUM(CertificatePurpose, kPurposes)
OAUTHDESK_WIRE_ENUM(AssertionAudience, kAssertionAudiences)
OAUTHDESK_WIRE_ENUM(KeyAlgorithm, kKeyAlgorithms)
OAUTHDESK_WIRE_ENUM(CertificateState, kCertificateStates)
#undef OAUTHDESK_WIRE_ENUM

QString displayName(ApplicationType v)
{
    switch (v) {
    case ApplicationType::Native:
        return EnumsText::tr("Native app (mobile/desktop)");
    case ApplicationType::SinglePage:
        return EnumsText::tr("Single-page app");
    case ApplicationType::Web:
        return EnumsText::tr("Web application");
    case ApplicationType::MachineToMachine:
        return EnumsText::tr("Machine to machine");
    }
    return {};
}

QString displayName(GrantType v)
{
    switch (v) {
    case GrantType::AuthorizationCode:
        return EnumsText::tr("authorization code");
    case GrantType::RefreshToken:
        return EnumsText::tr("refresh token");
    case GrantType::ClientCredentials:
        return EnumsText::tr("client credentials");
    case GrantType::Implicit:
        return EnumsText::tr("implicit");
    case GrantType::Password:
        return EnumsText::tr("password");
    }
    return {};
}

QString displayName(AuthMethod v)
{
    switch (v) {
    case AuthMethod::None:
        return EnumsText::tr("None (public client)");
    case AuthMethod::ClientSecretBasic:
        return EnumsText::tr("Client secret (HTTP Basic)");
    case AuthMethod::ClientSecretPost:
        return EnumsText::tr("Client secret (form post)");
    case AuthMethod::PrivateKeyJwt:
        return EnumsText::tr("Private key JWT");
    case AuthMethod::TlsClientAuth:
        return EnumsText::tr("Mutual TLS (CA-issued certificate)");
    case AuthMethod::SelfSignedTlsClientAuth:
        return EnumsText::tr("Mutual TLS (self-signed certificate)");
    case AuthMethod::ClientSecretJwt:
        return EnumsText::tr("Client secret JWT (HMAC-signed assertion)");
    }
    return {};
}

QString displayName(ClientStatus v)
{
    switch (v) {
    case ClientStatus::Active:
        return EnumsText::tr("Active");
    case ClientStatus::Disabled:
        return EnumsText::tr("Disabled");
    case ClientStatus::Requested:
        return EnumsText::tr("Requested");
    case ClientStatus::Approved:
        return EnumsText::tr("Approved");
    case ClientStatus::Rejected:
        return EnumsText::tr("Rejected");
    }
    return {};
}

QString displayName(Connectivity v)
{
    switch (v) {
    case Connectivity::Tls:
        return EnumsText::tr("TLS");
    case Connectivity::MutualTls:
        return EnumsText::tr("Mutual TLS (mTLS)");
    }
    return {};
}

QString displayName(AssertionAudience v)
{
    switch (v) {
    case AssertionAudience::TokenEndpoint:
        return EnumsText::tr("the token endpoint");
    case AssertionAudience::Issuer:
        return EnumsText::tr("the issuer");
    case AssertionAudience::EndpointCalled:
        return EnumsText::tr("the endpoint called");
    }
    return {};
}

QString grantTypesToWire(const QList<GrantType> &grants)
{
    QStringList parts;
    parts.reserve(grants.size());
    for (GrantType g : grants)
        parts.append(toWire(g));
    return parts.join(QLatin1Char(' '));
}

QList<GrantType> grantTypesFromWire(const QString &wire, QStringList *unknown)
{
    QList<GrantType> out;
    const auto parts = wire.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (auto g = fromWire<GrantType>(part))
            out.append(*g);
        else if (unknown)
            unknown->append(part);
    }
    return out;
}

} // namespace oauthdesk
