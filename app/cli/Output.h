// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"
#include "model/CertificateRecord.h"
#include "model/Environment.h"
#include "model/OAuthClient.h"
#include "oauth/HttpExchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace oauthdesk::cli {

/// A plain-text table for people: a header row, columns padded to their widest cell, two
/// spaces between them, no trailing spaces.
class Table
{
public:
    explicit Table(QStringList headers);
    void addRow(QStringList cells);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    [[nodiscard]] QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

/// "Label:   value" lines, labels padded to the widest; empty values are left out.
using Fields = QList<QPair<QString, QString>>;
[[nodiscard]] QString renderFields(const Fields &fields);

/// ISO 8601 in UTC ("2026-11-23T10:00:00Z"); empty for an invalid or missing time.
[[nodiscard]] QString isoTime(const QDateTime &time);
[[nodiscard]] QString isoTime(const std::optional<QDateTime> &time);
[[nodiscard]] QJsonValue jsonTime(const std::optional<QDateTime> &time);
[[nodiscard]] QJsonArray jsonStrings(const QStringList &list);

/// The JSON shapes of --json (documented in the man page, "JSON OUTPUT"; the names are stable).
/// A client's and an environment's are lib/model/ClientJson.h's, shared with the support bundle.
[[nodiscard]] QJsonObject toJson(const Application &app);
[[nodiscard]] QJsonObject toJson(const Environment &env);
[[nodiscard]] QJsonObject toJson(const OAuthClient &client);
[[nodiscard]] QJsonObject toJson(const CertificateRecord &cert);
/// One HTTP exchange, briefly: method, URL, status, time, TLS, error; with @p full the request
/// and response as text (secrets redacted unless @p includeSecrets).
[[nodiscard]] QJsonObject toJson(
    const HttpExchange &exchange, bool full = false, bool includeSecrets = false);
[[nodiscard]] QJsonObject toJson(const Error &error, bool withDetail = true);

/// The x5t#S256 of a certificate from its hex SHA-256 thumbprint (RFC 8705 §3.1, base64url).
[[nodiscard]] QString x5tS256FromHex(const QString &hexThumbprint);

/// The human views of `show`.
[[nodiscard]] Fields describe(const Application &app);
[[nodiscard]] Fields describe(const Environment &env);
[[nodiscard]] Fields describe(
    const OAuthClient &client, const QString &applicationName, const QString &environmentName);
[[nodiscard]] Fields describe(const CertificateRecord &cert);

/// One exchange as the GUI's raw tab shows it (request and response text, secrets redacted
/// unless @p includeSecrets).
[[nodiscard]] QString exchangeText(const HttpExchange &exchange, bool includeSecrets = false);

} // namespace oauthdesk::cli
