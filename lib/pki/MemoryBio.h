// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to lib/pki: moving bytes in and out of OpenSSL memory BIOs.
#pragma once

#include "pki/OpenSsl.h"

#include <QByteArray>
#include <openssl/bio.h>

namespace oauthdesk {

/// A read-only BIO over @p size bytes at @p data (which must outlive it).
[[nodiscard]] inline BioPtr readBio(const char *data, qsizetype size)
{
    return BioPtr(BIO_new_mem_buf(data, int(size)));
}

[[nodiscard]] inline BioPtr writeBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

/// Everything written to a memory BIO so far.
[[nodiscard]] inline QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

/// A read-only view of OpenSSL-owned bytes (no copy; the bytes must outlive the view).
[[nodiscard]] inline QByteArray viewOf(const unsigned char *data, qsizetype size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), size);
}

} // namespace oauthdesk
