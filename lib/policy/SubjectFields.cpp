// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/SubjectFields.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace oauthdesk {

namespace {

struct SubjectFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(oauthdesk::SubjectFields)
};

// RFC 5280 Appendix A.1 upper bounds (ub-common-name, ub-organization-name, …).
constexpr qsizetype kMaxNameLength = 64;
constexpr qsizetype kMaxAltNames = 50;

std::unexpected<Error> problem(const QString &label, const QString &key, const QString &what)
{
    return fail(ErrorCode::InvalidInput, label + QStringLiteral(": ") + what, key);
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

Result<void> checkText(
    const QString &value, const QString &label, const QString &key, bool required)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        if (required)
            return problem(label, key, SubjectFieldsText::tr("required."));
        return {};
    }
    if (v.size() > kMaxNameLength)
        return problem(label, key,
            SubjectFieldsText::tr("at most %1 characters (RFC 5280); this one has %2.")
                .arg(kMaxNameLength)
                .arg(v.size()));
    if (hasControlCharacters(v))
        return problem(
            label, key, SubjectFieldsText::tr("contains control characters; remove them."));
    return {};
}

// X.680 PrintableString: letters, digits, space and ' ( ) + , - . / : = ?
bool isPrintableString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9 '()+,\\-./:=?]*$"));
    return pattern.match(text).hasMatch();
}

bool isDnsName(const QString &name)
{
    // RFC 1035 §2.3.1 labels (RFC 5280 §4.2.1.6: preferred name syntax); one leading "*." allowed.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                       "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

Result<void> checkAltNames(const SubjectFields &f)
{
    if (f.dnsNames.size() + f.ipAddresses.size() + f.uris.size() > kMaxAltNames)
        return problem(SubjectFieldsText::tr("Subject alternative names"),
            QStringLiteral("subjectAltNames"),
            SubjectFieldsText::tr("at most %1 names in total.").arg(kMaxAltNames));
    for (qsizetype i = 0; i < f.dnsNames.size(); ++i) {
        const QString name = f.dnsNames.at(i).trimmed();
        if (!isDnsName(name))
            return problem(SubjectFieldsText::tr("DNS name"), QStringLiteral("dnsNames[%1]").arg(i),
                SubjectFieldsText::tr(
                    "\"%1\" is not a host name (letters, digits and dashes between "
                    "dots; write international names in their xn-- form).")
                    .arg(name));
    }
    for (qsizetype i = 0; i < f.ipAddresses.size(); ++i) {
        const QString text = f.ipAddresses.at(i).trimmed();
        QHostAddress address;
        if (text.contains(u'%') || !address.setAddress(text))
            return problem(SubjectFieldsText::tr("IP address"),
                QStringLiteral("ipAddresses[%1]").arg(i),
                SubjectFieldsText::tr("\"%1\" is not an IPv4 or IPv6 address.").arg(text));
    }
    for (qsizetype i = 0; i < f.uris.size(); ++i) {
        const QString text = f.uris.at(i).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!isAscii(text) || !url.isValid() || url.isRelative())
            return problem(SubjectFieldsText::tr("URI"), QStringLiteral("uris[%1]").arg(i),
                SubjectFieldsText::tr("\"%1\" is not an absolute URI in ASCII (e.g. "
                                      "https://example.com/app or urn:example:software:42).")
                    .arg(text));
    }
    return {};
}

} // namespace

Result<void> validateSubjectFields(const SubjectFields &f)
{
    if (auto ok = checkText(f.commonName, SubjectFieldsText::tr("Common name (CN)"),
            QStringLiteral("commonName"), true);
        !ok)
        return ok;
    if (auto ok = checkText(f.organisation, SubjectFieldsText::tr("Organisation (O)"),
            QStringLiteral("organisation"), false);
        !ok)
        return ok;
    if (auto ok = checkText(f.organisationalUnit, SubjectFieldsText::tr("Organisational unit (OU)"),
            QStringLiteral("organisationalUnit"), false);
        !ok)
        return ok;
    const QString country = f.country.trimmed();
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
    if (!country.isEmpty() && !twoLetters.match(country).hasMatch())
        return problem(SubjectFieldsText::tr("Country (C)"), QStringLiteral("country"),
            SubjectFieldsText::tr(
                "use the two-letter ISO 3166 code, such as DE or GB (not \"%1\").")
                .arg(country));
    if (auto ok
        = checkText(f.organisationIdentifier, SubjectFieldsText::tr("Organisation identifier"),
            QStringLiteral("organisationIdentifier"), false);
        !ok)
        return ok;
    if (auto ok = checkText(f.serialNumber, SubjectFieldsText::tr("Serial number"),
            QStringLiteral("serialNumber"), false);
        !ok)
        return ok;
    if (!isPrintableString(f.serialNumber.trimmed()))
        return problem(SubjectFieldsText::tr("Serial number"), QStringLiteral("serialNumber"),
            SubjectFieldsText::tr(
                "only letters, digits, spaces and ' ( ) + , - . / : = ? are allowed."));
    return checkAltNames(f);
}

} // namespace oauthdesk
