// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: input formats that keep the seed corpus readable, and a check that
// turns a broken promise of the API into a crash libFuzzer reports.
#pragma once

#include "oauth/HttpExchange.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace oauthdesk::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// An invariant the header promises: violating it is a finding, like a crash.
#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

/// Splits @p input at the first '\n': "<compact JWS>\n<JWK Set>". No newline: second is empty.
inline std::pair<QByteArray, QByteArray> splitFirstLine(const QByteArray &input)
{
    const qsizetype nl = input.indexOf('\n');
    if (nl < 0)
        return { input, QByteArray() };
    return { input.left(nl), input.mid(nl + 1) };
}

/// A raw HTTP/1.1 response as the seeds hold it ("HTTP/1.1 400 Bad Request", header lines,
/// an empty line, the body) turned into the HttpExchange the parsers read. Lenient: a missing
/// status line is status 0 with the whole input as body, a bad status number is taken as is,
/// a header line without ':' is skipped. A request is filled in so that the renderings
/// (requestText, responseText, curl) have something to redact.
inline HttpExchange exchangeFromHttp(const QByteArray &input)
{
    HttpExchange ex;
    ex.request.method = "POST";
    ex.request.url = QUrl(QStringLiteral("https://as.example.com/token"));
    ex.request.headers = { { "Authorization", "Basic c3ZjOnNlY3JldA==" },
        { "Content-Type", "application/x-www-form-urlencoded" } };
    ex.request.body = "grant_type=client_credentials&scope=accounts%3Aread&client_secret=s3cr3t";
    ex.request.secretHeaders = { "Authorization" };
    ex.request.secretFormFields = { "client_secret" };
    ex.request.secretResponseMembers = { "access_token", "refresh_token", "id_token",
        "client_secret", "registration_access_token" };
    if (!input.startsWith("HTTP/")) {
        ex.responseBody = input;
        return ex;
    }
    qsizetype headEnd = input.indexOf("\r\n\r\n");
    qsizetype bodyStart = headEnd + 4;
    if (headEnd < 0) {
        headEnd = input.size();
        bodyStart = input.size();
    }
    const QList<QByteArray> lines = input.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    ex.status = statusLine.value(1).toInt();
    ex.reason = statusLine.mid(2).join(' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        ex.responseHeaders.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    ex.responseBody = input.mid(bodyStart);
    return ex;
}

/// Everything the result pane shows of an exchange: it renders outside input too.
inline void renderExchange(const HttpExchange &ex)
{
    (void)ex.requestText(false);
    (void)ex.requestText(true);
    (void)ex.responseText();
    (void)ex.curl(false, QStringLiteral("/tmp/ca bundle.pem"));
    const OAuthErrorAnswer answer = oauthErrorAnswer(ex);
    FUZZ_CHECK(answer.description.size() <= 300);
}

/// A cheap, stable number from the input, to vary the request context without spending input
/// bytes on it (so the seeds stay plain HTTP answers).
inline unsigned pick(const QByteArray &input)
{
    unsigned h = 2166136261u;
    for (char c : input)
        h = (h ^ uint8_t(c)) * 16777619u;
    return h;
}

} // namespace oauthdesk::fuzz
