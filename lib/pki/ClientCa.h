// SPDX-License-Identifier: GPL-3.0-or-later
// An environment's "Client CA the AS trusts": the CA certificates the AS accepts client
// certificates from (RFC 8705 §2.1 tls_client_auth). Public data, read in-process with OpenSSL.
#pragma once

#include "core/Result.h"
#include "pki/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace oauthdesk {

/// One CA certificate of an environment's client CA.
struct ClientCaCertificate
{
    CertificateInfo info;
    QByteArray der;
};

class ClientCa
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::ClientCa)

public:
    /// The name the admin sees for the field, quoted in every message below.
    [[nodiscard]] static QString fieldLabel();

    /// Reads @p pemOrDer as the client CA of an environment: one or more PEM "CERTIFICATE"
    /// blocks (or one DER certificate), every one of them a CA (basicConstraints CA:TRUE, or a
    /// version-1 self-signed root: what OpenSSL's verifier accepts as an issuer). Refuses, with a
    /// message naming the field and what to do: an empty or damaged file, a file without a
    /// certificate, a private key of any kind (PEM "… PRIVATE KEY" blocks, a DER key, PKCS#12),
    /// and a certificate that is not a CA (a client or server certificate loaded by mistake).
    /// The result is in file order.
    [[nodiscard]] static Result<QList<ClientCaCertificate>> read(const QByteArray &pemOrDer);

    /// The form the store keeps: each certificate as one PEM "CERTIFICATE" block, nothing else
    /// from the file (comments, other blocks).
    [[nodiscard]] static QByteArray toPem(const QList<ClientCaCertificate> &certificates);

    /// The DER of each certificate in @p storedPem (as toPem() wrote it); empty when unset or
    /// unreadable.
    [[nodiscard]] static QList<QByteArray> derOf(const QByteArray &storedPem);
};

} // namespace oauthdesk
