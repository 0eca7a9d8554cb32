// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace oauthdesk {

/// CRC-32 as ZIP (APPNOTE.TXT §4.4.7) and PNG use it: polynomial 0xEDB88320, reflected,
/// initial and final value 0xFFFFFFFF.
[[nodiscard]] quint32 crc32(QByteArrayView data);

/// A small in-memory ZIP writer (PKWARE APPNOTE.TXT 6.3): "stored" entries only (method 0,
/// no compression library is needed), UTF-8 names (general purpose flag bit 11), no ZIP64 (so
/// each entry and the whole archive stay under 4 GiB; a support bundle is kilobytes).
class ZipWriter final
{
public:
    /// Adds a file; @p name uses '/' between folders ("exchanges/01-token.txt"). A leading '/'
    /// or a ".." component is refused (false), so an unzip never writes outside its folder;
    /// so is a name already added.
    [[nodiscard]] bool addFile(
        const QString &name, const QByteArray &data, const QDateTime &modified = {});
    [[nodiscard]] QStringList names() const;
    /// The whole archive: local headers and data, the central directory, its end record.
    [[nodiscard]] QByteArray finish() const;

private:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    QList<Entry> m_entries;
};

} // namespace oauthdesk
