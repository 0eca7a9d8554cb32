// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Secrets never at rest: the suites that handle secrets (client secrets, private keys,
// registration and access tokens) remember each one in a SecretLedger and, before their
// temporary folders go, scan every file they left there (store, WAL, settings, keyring-free
// HOME, exports they did not ask for) for any spelling of any of them. tst_secret_scan plants
// secrets to prove the scan finds one.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace oauthdesk::test {

/// The spellings a secret can take in a file: as is, base64, base64url, hex, percent-encoded
/// and UTF-16 (little-endian, as QSettings and some stores write it).
inline QList<QByteArray> secretSpellings(const QByteArray &secret)
{
    QList<QByteArray> out { secret, secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        secret.toHex(), secret.toPercentEncoding() };
    QByteArray utf16;
    for (const QChar c : QString::fromUtf8(secret)) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    out.append(utf16);
    // A base64 spelling is only recognisable without its padding and its last, partial group.
    QByteArray b64 = secret.toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    if (b64.size() > 4)
        out.append(b64.left(b64.size() - 4));
    // Inside a longer base64 value (e.g. "id:secret" in a Basic header) the secret starts at any
    // of three alignments; its middle groups depend on it alone.
    for (int shift = 1; shift <= 2; ++shift) {
        const QByteArray shifted = QByteArray(QByteArray(shift, '\0') + secret).toBase64();
        if (shifted.size() > 12)
            out.append(shifted.mid(4, shifted.size() - 12));
    }
    QSet<QByteArray> seen;
    QList<QByteArray> unique;
    for (const QByteArray &s : std::as_const(out)) {
        if (s.size() >= 8 && !seen.contains(s)) {
            seen.insert(s);
            unique.append(s);
        }
    }
    return unique;
}

/// "file: secret #n" for each file under @p roots holding any spelling of any of @p secrets.
/// Files named in @p asked (exports the test asked for) are not looked at.
inline QStringList filesHoldingSecrets(
    const QStringList &roots, const QList<QByteArray> &secrets, const QStringList &asked = {})
{
    QList<QList<QByteArray>> spellings;
    for (const QByteArray &s : secrets)
        spellings.append(secretSpellings(s));
    QStringList hits;
    for (const QString &root : roots) {
        if (root.isEmpty())
            continue;
        QDirIterator it(
            root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (asked.contains(path))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            for (qsizetype i = 0; i < spellings.size(); ++i) {
                for (const QByteArray &spelling : spellings.at(i)) {
                    if (content.contains(spelling)) {
                        hits.append(QStringLiteral("%1: secret #%2").arg(path).arg(i + 1));
                        break;
                    }
                }
            }
        }
    }
    return hits;
}

/// The secrets a suite handled, for the scan at its end.
class SecretLedger
{
public:
    void remember(const QByteArray &secret)
    {
        if (secret.size() >= 8 && !m_secrets.contains(secret))
            m_secrets.append(secret);
    }
    void remember(const QString &secret) { remember(secret.toUtf8()); }
    [[nodiscard]] qsizetype size() const { return m_secrets.size(); }
    [[nodiscard]] QStringList scan(const QStringList &roots, const QStringList &asked = {}) const
    {
        return filesHoldingSecrets(roots, m_secrets, asked);
    }

private:
    QList<QByteArray> m_secrets;
};

} // namespace oauthdesk::test
