// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QTimer>

namespace oauthdesk {

void copySecretToClipboard(const QString &secret, int clearAfterMs)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(mime);
    // Remember only a hash of what was copied, to clear it later if it is still there.
    const QByteArray fingerprint
        = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    QTimer::singleShot(clearAfterMs, qApp, [fingerprint] {
        QClipboard *clipboard = QApplication::clipboard();
        if (QCryptographicHash::hash(clipboard->text().toUtf8(), QCryptographicHash::Sha256)
            == fingerprint)
            clipboard->clear();
    });
}

} // namespace oauthdesk
