// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/OpenSsl.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/err.h>

namespace oauthdesk {

namespace {

// OpenSSL frees its global state from an atexit handler, registered by whoever initialises it
// first. When that is a worker thread (a key generated on Qt's global thread pool, a TLS
// handshake on Qt's HTTP thread), the handler runs before the Q_GLOBAL_STATIC that owns those
// threads is destroyed, and a thread that still stops afterwards touches freed state: a crash
// at exit. Initialising here, before main(), with no atexit handler at all keeps the state alive
// until the process is gone; the kernel reclaims it (docs/architecture.md, "OpenSSL ownership").
[[maybe_unused]] const bool openSslInitialised
    = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

} // namespace

QString openSslErrors()
{
    QStringList lines;
    char buffer[256];
    while (const unsigned long e = ERR_get_error()) {
        ERR_error_string_n(e, buffer, sizeof buffer);
        lines.append(QString::fromLatin1(buffer));
    }
    return lines.join(QStringLiteral("; "));
}

Error openSslError(ErrorCode code, const QString &message)
{
    return Error { code, message, openSslErrors() };
}

} // namespace oauthdesk
