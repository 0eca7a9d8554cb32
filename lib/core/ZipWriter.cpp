// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ZipWriter.h"

#include <QtEndian>
#include <array>

namespace oauthdesk {

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}
constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// APPNOTE §4.4.6: MS-DOS date and time, local time, 2-second resolution, years 1980-2107.
void dosDateTime(const QDateTime &when, quint16 &time, quint16 &date)
{
    QDateTime t = when.isValid() ? when.toLocalTime() : QDateTime::currentDateTime();
    if (t.date().year() < 1980)
        t = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    if (t.date().year() > 2107)
        t = QDateTime(QDate(2107, 12, 31), QTime(23, 59, 58));
    time = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
    date = quint16(((t.date().year() - 1980) << 9) | (t.date().month() << 5) | t.date().day());
}

constexpr quint16 kVersion = 20; // 2.0: folders; what "stored" files need at most
constexpr quint16 kUtf8Names = 0x0800; // general purpose bit 11: names are UTF-8

} // namespace

quint32 crc32(QByteArrayView data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = kCrcTable[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return false;
    const QByteArray utf8 = name.toUtf8();
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.name == utf8)
            return false;
    }
    Entry e;
    e.name = utf8;
    e.data = data;
    e.crc = crc32(data);
    dosDateTime(modified, e.dosTime, e.dosDate);
    m_entries.append(std::move(e));
    return true;
}

QStringList ZipWriter::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out.append(QString::fromUtf8(e.name));
    return out;
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QList<quint32> offsets;
    for (const Entry &e : m_entries) {
        offsets.append(quint32(out.size()));
        put32(out, 0x04034b50); // local file header (§4.3.7)
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0); // stored
        put16(out, e.dosTime);
        put16(out, e.dosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size())); // compressed = uncompressed when stored
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0); // no extra field
        out += e.name;
        out += e.data;
    }
    const quint32 directoryStart = quint32(out.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        put32(out, 0x02014b50); // central directory header (§4.3.12)
        put16(out, quint16((3 << 8) | kVersion)); // made by: UNIX, so the permissions below count
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0);
        put16(out, e.dosTime);
        put16(out, e.dosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk number start
        put16(out, 0); // internal attributes
        put32(out, quint32(0100600) << 16); // external: a regular file, rw for its owner only
        put32(out, offsets.at(i));
        out += e.name;
    }
    const quint32 directorySize = quint32(out.size()) - directoryStart;
    put32(out, 0x06054b50); // end of central directory (§4.3.16)
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryStart);
    put16(out, 0); // no comment
    return out;
}

} // namespace oauthdesk
