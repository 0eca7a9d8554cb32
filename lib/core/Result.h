// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <expected>

namespace oauthdesk {

/// What went wrong, in one of a few categories a caller may branch on.
enum class ErrorCode {
    InvalidInput, ///< the caller passed something the rules reject
    NotFound, ///< the thing asked for does not exist (any more)
    Conflict, ///< it would clash with something that exists (e.g. a duplicate name)
    StoreUnavailable, ///< the SQLite file could not be opened, read or written
    SchemaTooNew, ///< the store was written by a newer OAuthDesk
    KeychainUnavailable, ///< no Secret Service / keychain answers on this desktop session
    KeychainDenied, ///< the keychain refused (locked, or the user said no)
    KeychainTimeout, ///< the keychain did not answer in time (e.g. an unseen unlock prompt)
    SecretNotFound, ///< the keychain holds no entry under that key
    NetworkFailure, ///< no HTTP answer: refused, unresolvable host, broken connection
    TlsFailure, ///< the TLS handshake or certificate check failed (never ignored)
    Timeout, ///< no answer within the request's timeout
    ResponseTooLarge, ///< the answer exceeded the size OAuthDesk accepts
    ProtocolError, ///< an answer that is not what the protocol promises (HTML for JSON, …)
    Rejected, ///< the server answered with an error (RFC 6749 §5.2 and friends)
    Internal, ///< a bug: the detail says where
    Cancelled, ///< the caller asked for the work to stop (e.g. key generation)
};

/// One error type for the whole library (docs/architecture.md "Errors are values").
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; ///< what the admin reads: what is wrong and what to check
    QString detail; ///< what an engineer reads: SQL error, OpenSSL queue, HTTP status
};

template <typename T> using Result = std::expected<T, Error>;

/// Shorthand for the error branch: `return fail(ErrorCode::NotFound, tr("…"));`
[[nodiscard]] inline std::unexpected<Error> fail(
    ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error { code, std::move(message), std::move(detail) });
}

} // namespace oauthdesk
