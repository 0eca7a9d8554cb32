// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "oauth/SignInTester.h"
#include "oauth/TokenIntrospection.h"
#include "oauth/TokenSession.h"

namespace oauthdesk::cli {

/// What the token commands print about a result, for people and (--json) for scripts. The
/// field names are documented in the man page ("JSON OUTPUT"). Tokens are secrets: their
/// values appear only with --show-secret; the client secret never does (the curl command and
/// the exchanges redact it unless --show-secret).

/// The whole result: outcome, timing, scopes, the decoded access token, the signature and
/// certificate-binding checks, the client assertion sent; @p signIn adds the ID token check.
[[nodiscard]] QJsonObject tokenJson(const TokenSession &session, const TokenTestResult &result,
    const SignInResult *signIn, bool includeSecrets, bool includeExchanges);
/// The same for people.
[[nodiscard]] QString tokenText(const TokenSession &session, const TokenTestResult &result,
    const SignInResult *signIn, bool includeSecrets, bool verbose);

/// Why a token that came does not check out (empty: it does): a JWT whose signature is not
/// valid or could not be checked, a certificate binding that is wrong or missing, an ID token
/// that fails its checks. An opaque token's unknown binding is not a failure.
[[nodiscard]] QStringList failedChecks(const TokenTestResult &result, const SignInResult *signIn);

[[nodiscard]] QJsonObject introspectionJson(const Introspection &introspection);
[[nodiscard]] QString introspectionText(const Introspection &introspection);

/// Verdict and evidence words for --json ("bound", "not_bound", …; "token", …).
[[nodiscard]] QString verdictName(CertificateBinding::Verdict verdict);
[[nodiscard]] QString signatureStatusName(SignatureStatus status);

} // namespace oauthdesk::cli
