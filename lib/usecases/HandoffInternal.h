// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the hand-off pack's writers share (HandoffCommon.cpp defines it; HandoffPostman.cpp,
// HandoffBruno.cpp, HandoffHttp.cpp and HandoffCurl.cpp use it). Not for use outside them.

#include "usecases/Handoff.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace oauthdesk::handoff {

/// The client_assertion_type of RFC 7523 §2.2.
extern const QString kAssertionType;
/// The environment variables the curl script and the Bruno collection read.
extern const QString kSecretEnv; ///< CLIENT_SECRET
extern const QString kAssertionEnv; ///< CLIENT_ASSERTION
extern const QString kCertEnv; ///< CLIENT_CERT: the transport certificate's PEM file
extern const QString kKeyEnv; ///< CLIENT_KEY: the transport key's PEM file

/// "{{name}}": a variable reference in Postman, Bruno and .http files.
[[nodiscard]] QString braces(const QString &name);
[[nodiscard]] bool usesSecret(AuthMethod m);
[[nodiscard]] bool usesCertificate(AuthMethod m);
/// private_key_jwt or client_secret_jwt: the token request carries a client assertion.
[[nodiscard]] bool usesAssertion(AuthMethod m);
/// "Payments backend (UAT)".
[[nodiscard]] QString title(const HandoffInput &in);
/// The API path with a leading '/'.
[[nodiscard]] QString apiPath(const HandoffInput &in);
/// The API path to append to the base URL: empty for "/".
[[nodiscard]] QString apiSuffix(const HandoffInput &in);
/// "host" or "host:port" of @p url (what Postman's and Bruno's certificate settings match).
[[nodiscard]] QString hostAndPort(const QUrl &url);
/// RFC 6749 Appendix B: @p value as application/x-www-form-urlencoded (UTF-8, unreserved
/// ALPHA DIGIT "-" "." "_" kept, a space as '+', everything else %XX), as the app sends it.
[[nodiscard]] QString formEncoded(const QString &value);

/// The notes every format carries: what the developer must set up themselves.
[[nodiscard]] QStringList commonNotes(const HandoffInput &in);
/// A pack of @p format named after the client and environment plus @p nameSuffix, with the
/// common notes, saying whether the secret is in it.
[[nodiscard]] HandoffPack startPack(
    const HandoffInput &in, HandoffFormat format, const QString &nameSuffix);

/// The variables all formats share, in the order they are listed.
struct Variable
{
    QString name;
    QString value;
    bool secret = false;
};
[[nodiscard]] QList<Variable> variables(const HandoffInput &in);

/// The token request's form fields (besides Basic authentication), as name → value template
/// with variables written open + name + close.
[[nodiscard]] QList<QPair<QString, QString>> tokenForm(
    const HandoffInput &in, const QString &open, const QString &close);

/// The JavaScript (Postman and Bruno scripts) of a function formEncode(s) that does what
/// formEncoded() does: RFC 6749 §2.3.1 wants client_secret_basic's ID and secret form-encoded
/// before Base64, which neither tool's Basic authentication does by itself.
[[nodiscard]] QStringList formEncodeScript();
/// The variables the pre-request scripts set from client_id and client_secret, form-encoded.
extern const QString kIdFormVar; ///< client_id_form
extern const QString kSecretFormVar; ///< client_secret_form

[[nodiscard]] QByteArray json(const QJsonObject &o);

} // namespace oauthdesk::handoff
