// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/DoctorChecks.h"

#include "oauth/TokenInspector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace oauthdesk::doctor {

namespace {

struct DoctorChecksText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::DoctorChecks)
};

using O = DoctorFinding::Outcome;

QStringList stringList(const QJsonObject &o, const QString &member)
{
    QStringList out;
    for (const QJsonValue &v : o.value(member).toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

QString date(const QDateTime &d)
{
    return d.toUTC().toString(Qt::ISODate);
}

QString listed(const QStringList &l)
{
    return l.isEmpty() ? DoctorChecksText::tr("(none)") : l.join(QStringLiteral(", "));
}

} // namespace

DoctorFinding finding(const QString &check, const QString &area, DoctorFinding::Outcome outcome,
    const QString &title, const QString &detail, const QString &fix)
{
    return DoctorFinding { check, area, outcome, title, detail, fix };
}

DoctorFinding checkIssuer(const QJsonObject &metadata, const QUrl &configured)
{
    const QString id = QStringLiteral("env.issuer");
    const QString issuer = metadata.value(QStringLiteral("issuer")).toString();
    const QString expected = configured.toString();
    if (issuer == expected)
        return finding(id, doctorarea::environment, O::Pass,
            DoctorChecksText::tr("The AS names itself %1, as configured.").arg(issuer));
    return finding(id, doctorarea::environment, O::Failure,
        DoctorChecksText::tr("The AS's issuer differs from the configured one."),
        DoctorChecksText::tr("Configured: %1; the discovery document says: %2. RFC 8414 §3.3 "
                             "requires them identical "
                             "(a trailing slash counts).")
            .arg(expected, issuer.isEmpty() ? DoctorChecksText::tr("(no issuer)") : issuer),
        DoctorChecksText::tr(
            "Set the environment's issuer to exactly what the AS publishes, or fix the AS's "
            "issuer."));
}

DoctorFinding checkServerCertificate(const QList<QByteArray> &chainDer, const QDateTime &now)
{
    const QString id = QStringLiteral("tls.expiry");
    if (chainDer.isEmpty())
        return finding(id, doctorarea::environment, O::Skipped,
            DoctorChecksText::tr("Server certificate expiry not checked."),
            DoctorChecksText::tr("No TLS certificate was seen (no answer over HTTPS)."));
    auto info = certificateInfo(chainDer.first());
    if (!info)
        return finding(id, doctorarea::environment, O::Failure,
            DoctorChecksText::tr("The server certificate could not be read."), info.error().message,
            DoctorChecksText::tr("Check the AS's TLS configuration."));
    const qint64 days = now.daysTo(info->notAfter);
    if (info->notAfter < now)
        return finding(id, doctorarea::environment, O::Failure,
            DoctorChecksText::tr("The AS's TLS certificate has expired."),
            DoctorChecksText::tr("%1 expired on %2.").arg(info->subject, date(info->notAfter)),
            DoctorChecksText::tr("Ask the AS's operators to renew its TLS certificate."));
    if (days < kExpiryWarningDays)
        return finding(id, doctorarea::environment, O::Warning,
            DoctorChecksText::tr(
                "The AS's TLS certificate expires in %n day(s).", nullptr, int(days)),
            DoctorChecksText::tr("%1 is valid until %2.").arg(info->subject, date(info->notAfter)),
            DoctorChecksText::tr(
                "Ask the AS's operators to renew its TLS certificate before then."));
    return finding(id, doctorarea::environment, O::Pass,
        DoctorChecksText::tr(
            "The AS's TLS certificate is valid for %n more day(s).", nullptr, int(days)),
        DoctorChecksText::tr("%1, valid until %2.").arg(info->subject, date(info->notAfter)));
}

DoctorFinding checkClockSkew(const QByteArray &dateHeader, const QDateTime &localNow)
{
    const QString id = QStringLiteral("env.clock");
    if (dateHeader.isEmpty())
        return finding(id, doctorarea::environment, O::Skipped,
            DoctorChecksText::tr("Clock skew not checked."),
            DoctorChecksText::tr("The AS's answer carried no Date header."));
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), else what Qt reads as RFC 2822.
    const QString text = QString::fromLatin1(dateHeader).trimmed();
    QDateTime server
        = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (server.isValid())
        server = QDateTime(server.date(), server.time(), Qt::UTC);
    else
        server = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!server.isValid())
        return finding(id, doctorarea::environment, O::Warning,
            DoctorChecksText::tr("The AS's Date header could not be read."),
            DoctorChecksText::tr("Date: %1").arg(QString::fromLatin1(dateHeader)),
            DoctorChecksText::tr("The AS should send an IMF-fixdate (RFC 9110 §5.6.7)."));
    const qint64 skew = localNow.secsTo(server);
    if (qAbs(skew) > kMaxClockSkewSeconds)
        return finding(id, doctorarea::environment, O::Warning,
            DoctorChecksText::tr("This computer's clock is %1 s %2 the AS's.")
                .arg(qAbs(skew))
                .arg(skew > 0 ? DoctorChecksText::tr("behind") : DoctorChecksText::tr("ahead of")),
            DoctorChecksText::tr(
                "AS: %1; here: %2. Tokens and client assertions are checked against the time "
                "(iat, nbf, exp): a large skew makes them look not yet valid or expired.")
                .arg(date(server), date(localNow)),
            DoctorChecksText::tr(
                "Synchronise this computer's clock (NTP), or ask the AS's operators to."));
    return finding(id, doctorarea::environment, O::Pass,
        DoctorChecksText::tr("Clocks agree (skew %1 s).").arg(skew),
        DoctorChecksText::tr("AS: %1; here: %2.").arg(date(server), date(localNow)));
}

QList<DoctorFinding> checkAgainstMetadata(
    const OAuthClient &client, const QJsonObject &m, const QString &signingAlg)
{
    const QString area = doctorarea::clientVsAs;
    QList<DoctorFinding> out;

    // RFC 8414 §2: token_endpoint_auth_methods_supported defaults to client_secret_basic.
    QStringList methods = stringList(m, QStringLiteral("token_endpoint_auth_methods_supported"));
    const bool methodsPublished
        = m.contains(QStringLiteral("token_endpoint_auth_methods_supported"));
    if (!methodsPublished)
        methods = { QStringLiteral("client_secret_basic") };
    const QString method = toWire(client.authMethod);
    if (methods.contains(method))
        out.append(finding(QStringLiteral("as.auth_method"), area, O::Pass,
            DoctorChecksText::tr("The AS supports %1.").arg(method)));
    else
        out.append(finding(QStringLiteral("as.auth_method"), area, O::Failure,
            DoctorChecksText::tr("The AS does not support the client's authentication method %1.")
                .arg(method),
            DoctorChecksText::tr("token_endpoint_auth_methods_supported: %1%2")
                .arg(listed(methods),
                    methodsPublished ? QString()
                                     : DoctorChecksText::tr(" (not published; RFC 8414 default)")),
            DoctorChecksText::tr("Switch the client to one of the supported methods.")));

    // RFC 8414 §2: grant_types_supported defaults to authorization_code and implicit.
    QStringList grants = stringList(m, QStringLiteral("grant_types_supported"));
    if (!m.contains(QStringLiteral("grant_types_supported")))
        grants = { QStringLiteral("authorization_code"), QStringLiteral("implicit") };
    QStringList missingGrants;
    for (GrantType g : client.grantTypes) {
        if (!grants.contains(toWire(g)))
            missingGrants.append(toWire(g));
    }
    if (missingGrants.isEmpty())
        out.append(finding(QStringLiteral("as.grant_types"), area, O::Pass,
            DoctorChecksText::tr("The AS supports the client's grant types (%1).")
                .arg(grantTypesToWire(client.grantTypes))));
    else
        out.append(finding(QStringLiteral("as.grant_types"), area, O::Failure,
            DoctorChecksText::tr("The AS does not support the grant type(s) %1.")
                .arg(missingGrants.join(QStringLiteral(", "))),
            DoctorChecksText::tr("grant_types_supported: %1").arg(listed(grants)),
            DoctorChecksText::tr(
                "Remove the grant type from the client, or have it enabled at the AS.")));

    QStringList responseTypes;
    if (client.grantTypes.contains(GrantType::AuthorizationCode))
        responseTypes.append(QStringLiteral("code"));
    if (client.grantTypes.contains(GrantType::Implicit))
        responseTypes.append(QStringLiteral("token"));
    const QStringList supportedResponses
        = stringList(m, QStringLiteral("response_types_supported"));
    if (responseTypes.isEmpty()) {
        out.append(finding(QStringLiteral("as.response_types"), area, O::Skipped,
            DoctorChecksText::tr("Response types not checked."),
            DoctorChecksText::tr(
                "The client uses no authorization endpoint (no code or implicit grant).")));
    } else {
        QStringList missing;
        for (const QString &r : responseTypes) {
            if (!supportedResponses.contains(r))
                missing.append(r);
        }
        if (missing.isEmpty())
            out.append(finding(QStringLiteral("as.response_types"), area, O::Pass,
                DoctorChecksText::tr("The AS supports response type %1.")
                    .arg(responseTypes.join(QStringLiteral(", ")))));
        else
            out.append(finding(QStringLiteral("as.response_types"), area, O::Failure,
                DoctorChecksText::tr("The AS does not support response type %1.")
                    .arg(missing.join(QStringLiteral(", "))),
                DoctorChecksText::tr("response_types_supported: %1")
                    .arg(listed(supportedResponses)),
                DoctorChecksText::tr("Use a grant whose response type the AS supports.")));
    }

    if (!client.grantTypes.contains(GrantType::AuthorizationCode)) {
        out.append(finding(QStringLiteral("as.pkce"), area, O::Skipped,
            DoctorChecksText::tr("PKCE not checked."),
            DoctorChecksText::tr("The client does not use the authorization code grant.")));
    } else {
        const QStringList pkce = stringList(m, QStringLiteral("code_challenge_methods_supported"));
        if (pkce.contains(QStringLiteral("S256")))
            out.append(finding(QStringLiteral("as.pkce"), area, O::Pass,
                DoctorChecksText::tr("The AS supports PKCE with S256.")));
        else
            out.append(finding(QStringLiteral("as.pkce"), area,
                pkce.isEmpty() ? O::Warning : O::Failure,
                pkce.isEmpty() ? DoctorChecksText::tr("The AS does not say it supports PKCE.")
                               : DoctorChecksText::tr("The AS does not support PKCE with S256."),
                DoctorChecksText::tr("code_challenge_methods_supported: %1").arg(listed(pkce)),
                DoctorChecksText::tr(
                    "Ask the AS's operators to enable PKCE with S256 (RFC 7636 §4.2; RFC 9700 "
                    "requires it for public clients).")));
    }

    if (client.authMethod != AuthMethod::PrivateKeyJwt) {
        out.append(finding(QStringLiteral("as.signing_alg"), area, O::Skipped,
            DoctorChecksText::tr("Assertion signing algorithm not checked."),
            DoctorChecksText::tr("The client does not sign client assertions (it uses %1).")
                .arg(toWire(client.authMethod))));
    } else {
        const QStringList algs
            = stringList(m, QStringLiteral("token_endpoint_auth_signing_alg_values_supported"));
        if (signingAlg.isEmpty())
            out.append(finding(QStringLiteral("as.signing_alg"), area, O::Skipped,
                DoctorChecksText::tr("Assertion signing algorithm not checked."),
                DoctorChecksText::tr(
                    "The client's signing key is unknown or unreadable (see Keys and "
                    "certificates).")));
        else if (algs.isEmpty())
            out.append(finding(QStringLiteral("as.signing_alg"), area, O::Warning,
                DoctorChecksText::tr(
                    "The AS does not publish which assertion algorithms it accepts."),
                DoctorChecksText::tr("token_endpoint_auth_signing_alg_values_supported is missing; "
                                     "the key signs %1.")
                    .arg(signingAlg),
                DoctorChecksText::tr("Ask the AS's operators which algorithms it accepts.")));
        else if (algs.contains(signingAlg))
            out.append(finding(QStringLiteral("as.signing_alg"), area, O::Pass,
                DoctorChecksText::tr("The AS accepts %1 assertions.").arg(signingAlg)));
        else
            out.append(finding(QStringLiteral("as.signing_alg"), area, O::Failure,
                DoctorChecksText::tr("The AS does not accept %1 client assertions.")
                    .arg(signingAlg),
                DoctorChecksText::tr("token_endpoint_auth_signing_alg_values_supported: %1")
                    .arg(listed(algs)),
                DoctorChecksText::tr(
                    "Give the client a signing key of a type the AS accepts (RSA for RS256/PS256, "
                    "EC P-256 for ES256).")));
    }

    const QStringList scopes = stringList(m, QStringLiteral("scopes_supported"));
    if (!m.contains(QStringLiteral("scopes_supported"))) {
        out.append(finding(QStringLiteral("as.scopes"), area, O::Skipped,
            DoctorChecksText::tr("Scopes not checked."),
            DoctorChecksText::tr("The AS does not publish scopes_supported.")));
    } else {
        QStringList unknown;
        for (const QString &s : client.scopes) {
            if (!scopes.contains(s))
                unknown.append(s);
        }
        if (client.scopes.isEmpty())
            out.append(finding(QStringLiteral("as.scopes"), area, O::Pass,
                DoctorChecksText::tr(
                    "The client asks for no scope; the AS decides what it grants.")));
        else if (unknown.isEmpty())
            out.append(finding(QStringLiteral("as.scopes"), area, O::Pass,
                DoctorChecksText::tr("The AS knows every scope of the client (%1).")
                    .arg(listed(client.scopes))));
        else
            out.append(finding(QStringLiteral("as.scopes"), area, O::Failure,
                DoctorChecksText::tr("The AS does not know the scope(s) %1.")
                    .arg(unknown.join(QStringLiteral(", "))),
                DoctorChecksText::tr("scopes_supported: %1").arg(listed(scopes)),
                DoctorChecksText::tr(
                    "Remove the unknown scopes from the client, or have them defined at the AS.")));
    }
    return out;
}

QStringList redirectUriProblems(const QString &uri, ApplicationType type, QStringList *warningsOut)
{
    QStringList problems;
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        problems.append(DoctorChecksText::tr("%1 is not an absolute URI").arg(uri));
        return problems;
    }
    if (uri.contains(QLatin1Char('*')))
        problems.append(
            DoctorChecksText::tr("%1 contains a wildcard: redirect URIs are compared exactly")
                .arg(uri));
    if (url.hasFragment() || uri.contains(QLatin1Char('#')))
        problems.append(
            DoctorChecksText::tr("%1 has a fragment (RFC 6749 §3.1.2 forbids it)").arg(uri));
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    const bool loopbackIp = host == QStringLiteral("127.0.0.1") || host == QStringLiteral("::1");
    const bool localhost = host == QStringLiteral("localhost");
    if (scheme == QStringLiteral("http")) {
        if (localhost) {
            if (type == ApplicationType::Native)
                problems.append(DoctorChecksText::tr(
                    "%1 uses \"localhost\": RFC 8252 §8.3 wants the loopback IP literal "
                    "(127.0.0.1 or [::1])")
                                    .arg(uri));
            else if (warningsOut)
                warningsOut->append(
                    DoctorChecksText::tr("%1 uses http on localhost: fine for development only")
                        .arg(uri));
        } else if (!loopbackIp) {
            problems.append(DoctorChecksText::tr(
                "%1 uses http on a host that is not loopback: only https is safe there")
                                .arg(uri));
        } else if (type != ApplicationType::Native && warningsOut) {
            warningsOut->append(
                DoctorChecksText::tr("%1 uses http on loopback: fine for development only")
                    .arg(uri));
        }
    } else if (scheme != QStringLiteral("https")) {
        if (type != ApplicationType::Native)
            problems.append(DoctorChecksText::tr(
                "%1 uses the scheme %2: only native apps may use private-use schemes")
                                .arg(uri, scheme));
        else if (!scheme.contains(QLatin1Char('.')) && warningsOut)
            warningsOut->append(DoctorChecksText::tr(
                "%1: RFC 8252 §7.1 wants private-use schemes in reverse domain order "
                "(com.example.app:/callback)")
                                    .arg(uri));
    }
    return problems;
}

DoctorFinding checkRedirectUris(const OAuthClient &client)
{
    const QString id = QStringLiteral("client.redirect_uris");
    const QString area = doctorarea::clientVsAs;
    if (client.redirectUris.isEmpty()) {
        if (client.grantTypes.contains(GrantType::AuthorizationCode)
            || client.grantTypes.contains(GrantType::Implicit))
            return finding(id, area, O::Failure,
                DoctorChecksText::tr("The client has no redirect URI."),
                DoctorChecksText::tr(
                    "The authorization code and implicit grants send the browser back to one."),
                DoctorChecksText::tr("Add the redirect URI the application listens on."));
        return finding(id, area, O::Skipped, DoctorChecksText::tr("Redirect URIs not checked."),
            DoctorChecksText::tr("The client does not use a browser redirect."));
    }
    QStringList problems, warnings;
    for (const QString &uri : client.redirectUris)
        problems += redirectUriProblems(uri, client.applicationType, &warnings);
    if (!problems.isEmpty())
        return finding(id, area, O::Failure,
            DoctorChecksText::tr("%n redirect URI problem(s).", nullptr, int(problems.size())),
            (problems + warnings).join(QStringLiteral("; ")),
            DoctorChecksText::tr(
                "Register exact URIs: https, or for native apps http://127.0.0.1:<port>/path "
                "(RFC 8252 §7.3) or a reverse-domain private-use scheme."));
    if (!warnings.isEmpty())
        return finding(id, area, O::Warning,
            DoctorChecksText::tr("The redirect URIs work but are weak."),
            warnings.join(QStringLiteral("; ")),
            DoctorChecksText::tr("Use https redirect URIs outside development."));
    return finding(id, area, O::Pass,
        DoctorChecksText::tr(
            "The redirect URIs are exact and follow the rules for this kind of client."),
        client.redirectUris.join(QStringLiteral(", ")));
}

DoctorFinding checkSecretExpiry(const std::optional<QDateTime> &expiresAt, const QDateTime &now)
{
    const QString id = QStringLiteral("secret.expiry");
    if (!expiresAt)
        return finding(id, doctorarea::secrets, O::Pass,
            DoctorChecksText::tr("The client secret does not expire."),
            DoctorChecksText::tr("client_secret_expires_at is 0 or absent (RFC 7591 §3.2.1)."));
    if (*expiresAt < now)
        return finding(id, doctorarea::secrets, O::Failure,
            DoctorChecksText::tr("The client secret has expired."),
            DoctorChecksText::tr("client_secret_expires_at: %1").arg(date(*expiresAt)),
            DoctorChecksText::tr("Rotate the client secret."));
    const qint64 days = now.daysTo(*expiresAt);
    if (days < kExpiryWarningDays)
        return finding(id, doctorarea::secrets, O::Warning,
            DoctorChecksText::tr("The client secret expires in %n day(s).", nullptr, int(days)),
            DoctorChecksText::tr("client_secret_expires_at: %1").arg(date(*expiresAt)),
            DoctorChecksText::tr("Rotate the client secret before then."));
    return finding(id, doctorarea::secrets, O::Pass,
        DoctorChecksText::tr("The client secret is valid until %1.").arg(date(*expiresAt)));
}

DoctorFinding checkBinding(const CertificateBinding &b)
{
    const QString id = QStringLiteral("live.binding");
    const QString area = doctorarea::live;
    using V = CertificateBinding::Verdict;
    const QString seen
        = DoctorChecksText::tr("token cnf.x5t#S256: %1; certificate presented: %2")
              .arg(b.tokenThumbprint.isEmpty() ? DoctorChecksText::tr("(none)") : b.tokenThumbprint,
                  b.presentedThumbprint.isEmpty() ? DoctorChecksText::tr("(none)")
                                                  : b.presentedThumbprint);
    switch (b.verdict()) {
    case V::Bound:
        return finding(id, area, O::Pass,
            DoctorChecksText::tr(
                "The token is bound to the transport certificate (RFC 8705 §3.1)."),
            seen);
    case V::NotBound:
        return finding(id, area, O::Skipped,
            DoctorChecksText::tr("Certificate binding not checked."),
            DoctorChecksText::tr("The client is not set up for certificate-bound tokens."));
    case V::Missing:
        return finding(id, area, O::Failure,
            DoctorChecksText::tr("The token is not bound to the certificate."), seen,
            DoctorChecksText::tr(
                "Register the client with tls_client_certificate_bound_access_tokens, and call the "
                "AS's "
                "mTLS endpoints."));
    case V::OtherCertificate:
        return finding(id, area, O::Failure,
            DoctorChecksText::tr("The token is bound to another certificate."), seen,
            DoctorChecksText::tr("Check which certificate the client presents."));
    case V::NothingPresented:
        return finding(id, area, O::Failure,
            DoctorChecksText::tr("The token is bound, but no certificate was presented."), seen,
            DoctorChecksText::tr("Give the client its transport certificate."));
    case V::Unknown:
        break;
    }
    return finding(id, area, O::Skipped, DoctorChecksText::tr("Certificate binding not visible."),
        DoctorChecksText::tr("The access token is opaque; introspect it to see its cnf."));
}

} // namespace oauthdesk::doctor
