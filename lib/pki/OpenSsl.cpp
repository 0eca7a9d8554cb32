// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki/OpenSsl.h"

#include <openssl/err.h>

#include <QStringList>

namespace oauthdesk {

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
