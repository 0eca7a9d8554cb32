// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCodes.h"

namespace oauthdesk::cli {

const QList<ExitCodeInfo> &exitCodeTable()
{
    static const QList<ExitCodeInfo> table {
        { ExitCode::Ok, "ok", "Success." },
        { ExitCode::Failure, "failure",
            "Any other failure (an internal error, a file that could not be written)." },
        { ExitCode::Usage, "usage",
            "The command line or a value in it is wrong (unknown option, a secret passed as "
            "an argument, a field the rules reject); nothing was changed." },
        { ExitCode::NotFound, "not_found",
            "No such application, environment, client or certificate, or the keychain "
            "holds no entry for it." },
        { ExitCode::Refused, "refused",
            "The authorization server (or the API) answered with an error, such as "
            "invalid_client or invalid_scope." },
        { ExitCode::TlsFailure, "tls_failure",
            "The TLS handshake or the server certificate check failed (never "
            "ignored; trust a test server with the environment's CA bundle)." },
        { ExitCode::KeychainUnavailable, "keychain_unavailable",
            "No keychain (Secret Service) answers, it refused, "
            "or it did not answer in time; nothing is written "
            "anywhere else." },
        { ExitCode::Network, "network",
            "No usable answer: connection refused, host unknown, timeout, an oversized "
            "answer or one that is not what the protocol promises." },
        { ExitCode::Store, "store",
            "The data file cannot be opened, read or written, or was written by a newer "
            "OAuthDesk." },
        { ExitCode::CheckFailed, "check_failed",
            "A token came, but its signature, its certificate binding or the ID "
            "token did not check out." },
        { ExitCode::Conflict, "conflict",
            "A name two objects share (name it by its id), or a clash with an "
            "existing one." },
        { ExitCode::Cancelled, "cancelled", "Stopped before it finished." },
    };
    return table;
}

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return ExitCode::Usage;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    case ErrorCode::SecretNotFound:
        return ExitCode::NotFound;
    case ErrorCode::Conflict:
        return ExitCode::Conflict;
    case ErrorCode::StoreUnavailable:
        return ExitCode::Store;
    case ErrorCode::SchemaTooNew:
        return ExitCode::Store;
    case ErrorCode::KeychainUnavailable:
        return ExitCode::KeychainUnavailable;
    case ErrorCode::KeychainDenied:
        return ExitCode::KeychainUnavailable;
    case ErrorCode::KeychainTimeout:
        return ExitCode::KeychainUnavailable;
    case ErrorCode::NetworkFailure:
        return ExitCode::Network;
    case ErrorCode::Timeout:
        return ExitCode::Network;
    case ErrorCode::ResponseTooLarge:
        return ExitCode::Network;
    case ErrorCode::ProtocolError:
        return ExitCode::Network;
    case ErrorCode::TlsFailure:
        return ExitCode::TlsFailure;
    case ErrorCode::Rejected:
        return ExitCode::Refused;
    case ErrorCode::Cancelled:
        return ExitCode::Cancelled;
    case ErrorCode::Internal:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::StoreUnavailable:
        return QStringLiteral("store_unavailable");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain_unavailable");
    case ErrorCode::KeychainDenied:
        return QStringLiteral("keychain_denied");
    case ErrorCode::KeychainTimeout:
        return QStringLiteral("keychain_timeout");
    case ErrorCode::SecretNotFound:
        return QStringLiteral("secret_not_found");
    case ErrorCode::NetworkFailure:
        return QStringLiteral("network_failure");
    case ErrorCode::TlsFailure:
        return QStringLiteral("tls_failure");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::ResponseTooLarge:
        return QStringLiteral("response_too_large");
    case ErrorCode::ProtocolError:
        return QStringLiteral("protocol_error");
    case ErrorCode::Rejected:
        return QStringLiteral("rejected");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("internal");
}

} // namespace oauthdesk::cli
