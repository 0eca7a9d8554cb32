// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Enums.h"

#include <QSet>
#include <QTest>
#include <functional>

using namespace oauthdesk;

namespace oauthdesk {
// QTest finds these by ADL, so a failing QCOMPARE prints the wire string, not a number.
char *toString(GrantType v)
{
    return QTest::toString(toWire(v));
}
} // namespace oauthdesk

namespace {

// The expected wire strings are written out here, independently of lib/model/Enums.cpp: they are
// what RFC 7591 §2 (grant_types, token_endpoint_auth_method), RFC 8705 §2 and the store use.
struct WireRow
{
    const char *kind;
    int value;
    const char *wire;
};

constexpr WireRow kExpectedWire[] = {
    { "ApplicationType", int(ApplicationType::Native), "native" },
    { "ApplicationType", int(ApplicationType::SinglePage), "spa" },
    { "ApplicationType", int(ApplicationType::Web), "web" },
    { "ApplicationType", int(ApplicationType::MachineToMachine), "machine_to_machine" },
    { "GrantType", int(GrantType::AuthorizationCode), "authorization_code" },
    { "GrantType", int(GrantType::RefreshToken), "refresh_token" },
    { "GrantType", int(GrantType::ClientCredentials), "client_credentials" },
    { "GrantType", int(GrantType::Implicit), "implicit" },
    { "GrantType", int(GrantType::Password), "password" },
    { "AuthMethod", int(AuthMethod::None), "none" },
    { "AuthMethod", int(AuthMethod::ClientSecretBasic), "client_secret_basic" },
    { "AuthMethod", int(AuthMethod::ClientSecretPost), "client_secret_post" },
    { "AuthMethod", int(AuthMethod::PrivateKeyJwt), "private_key_jwt" },
    { "AuthMethod", int(AuthMethod::TlsClientAuth), "tls_client_auth" },
    { "AuthMethod", int(AuthMethod::SelfSignedTlsClientAuth), "self_signed_tls_client_auth" },
    { "AuthMethod", int(AuthMethod::ClientSecretJwt), "client_secret_jwt" },
    { "PkcePolicy", int(PkcePolicy::Required), "required" },
    { "PkcePolicy", int(PkcePolicy::Optional), "optional" },
    { "ClientStatus", int(ClientStatus::Active), "active" },
    { "ClientStatus", int(ClientStatus::Disabled), "disabled" },
    { "ClientStatus", int(ClientStatus::Requested), "requested" },
    { "ClientStatus", int(ClientStatus::Approved), "approved" },
    { "ClientStatus", int(ClientStatus::Rejected), "rejected" },
    { "Connectivity", int(Connectivity::Tls), "tls" },
    { "Connectivity", int(Connectivity::MutualTls), "mtls" },
    { "CertificatePurpose", int(CertificatePurpose::Signing), "signing" },
    { "CertificatePurpose", int(CertificatePurpose::Transport), "transport" },
    { "KeyAlgorithm", int(KeyAlgorithm::Rsa2048), "RSA-2048" },
    { "KeyAlgorithm", int(KeyAlgorithm::Rsa3072), "RSA-3072" },
    { "KeyAlgorithm", int(KeyAlgorithm::Rsa4096), "RSA-4096" },
    { "KeyAlgorithm", int(KeyAlgorithm::EcP256), "EC-P-256" },
    { "KeyAlgorithm", int(KeyAlgorithm::EcP384), "EC-P-384" },
    { "CertificateState", int(CertificateState::KeyOnly), "key_only" },
    { "CertificateState", int(CertificateState::CsrPending), "csr_pending" },
    { "CertificateState", int(CertificateState::Issued), "issued" },
    { "CertificateState", int(CertificateState::Expired), "expired" },
};

// Type-erased view of one enum, so the data-driven tests can name the enum in a column.
struct EnumOps
{
    std::function<QList<int>()> values;
    std::function<QString(int)> toWireString;
    std::function<std::optional<int>(const QString &)> parse;
};

template <typename Enum> EnumOps opsFor()
{
    return {
        [] {
            QList<int> out;
            const QList<Enum> all = allValues<Enum>();
            for (Enum e : all)
                out.append(int(e));
            return out;
        },
        [](int v) { return toWire(Enum(v)); },
        [](const QString &s) -> std::optional<int> {
            if (auto e = fromWire<Enum>(s))
                return int(*e);
            return std::nullopt;
        },
    };
}

const QHash<QString, EnumOps> &allEnums()
{
    static const QHash<QString, EnumOps> ops {
        { QStringLiteral("ApplicationType"), opsFor<ApplicationType>() },
        { QStringLiteral("GrantType"), opsFor<GrantType>() },
        { QStringLiteral("AuthMethod"), opsFor<AuthMethod>() },
        { QStringLiteral("PkcePolicy"), opsFor<PkcePolicy>() },
        { QStringLiteral("ClientStatus"), opsFor<ClientStatus>() },
        { QStringLiteral("Connectivity"), opsFor<Connectivity>() },
        { QStringLiteral("CertificatePurpose"), opsFor<CertificatePurpose>() },
        { QStringLiteral("KeyAlgorithm"), opsFor<KeyAlgorithm>() },
        { QStringLiteral("CertificateState"), opsFor<CertificateState>() },
    };
    return ops;
}

QStringList enumNames()
{
    QStringList names = allEnums().keys();
    names.sort();
    return names;
}

// Flips the case of every ASCII letter: "RSA-2048" -> "rsa-2048", "native" -> "NATIVE".
QString swapCase(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        c = c.isUpper() ? c.toLower() : c.toUpper();
    return out;
}

QString capitalised(const QString &s)
{
    if (s.isEmpty())
        return s;
    QString out = s;
    out[0] = out[0].isUpper() ? out[0].toLower() : out[0].toUpper();
    return out;
}

} // namespace

class TestModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireStrings_data();
    void wireStrings();
    void allValuesRoundTrip_data();
    void allValuesRoundTrip();
    void allValuesInDeclarationOrder();
    void unknownStringsGiveNullopt_data();
    void unknownStringsGiveNullopt();
    void caseSensitive_data();
    void caseSensitive();
    void displayNamesNonEmptyAndDistinct();
    void grantTypesToWire_data();
    void grantTypesToWire();
    void grantTypesFromWire_data();
    void grantTypesFromWire();
    void grantTypesFromWireWithoutUnknownList();
    void grantTypesRoundTrip();
};

void TestModel::wireStrings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("wire");
    for (const WireRow &row : kExpectedWire) {
        QTest::addRow("%s/%s", row.kind, row.wire)
            << QString::fromLatin1(row.kind) << row.value << QString::fromLatin1(row.wire);
    }
}

void TestModel::wireStrings()
{
    QFETCH(QString, kind);
    QFETCH(int, value);
    QFETCH(QString, wire);
    const EnumOps &ops = allEnums()[kind];
    QCOMPARE(ops.toWireString(value), wire);
    const auto parsed = ops.parse(wire);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, value);
}

void TestModel::allValuesRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &name : enumNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestModel::allValuesRoundTrip()
{
    QFETCH(QString, kind);
    const EnumOps &ops = allEnums()[kind];
    const QList<int> values = ops.values();
    QVERIFY(!values.isEmpty());

    // Every value the enum has must have a row in kExpectedWire (a new value needs a new row).
    qsizetype expectedRows = 0;
    for (const WireRow &row : kExpectedWire)
        expectedRows += (QLatin1String(row.kind) == kind) ? 1 : 0;
    QCOMPARE(values.size(), expectedRows);

    QSet<QString> wires;
    QSet<int> seenValues;
    for (int v : values) {
        QVERIFY2(!seenValues.contains(v), "allValues() lists a value twice");
        seenValues.insert(v);
        const QString wire = ops.toWireString(v);
        QVERIFY2(!wire.isEmpty(),
            qPrintable(QStringLiteral("%1 value %2 has no wire string").arg(kind).arg(v)));
        QVERIFY2(!wires.contains(wire), qPrintable(wire));
        wires.insert(wire);
        // Wire strings carry no whitespace: they are joined with spaces in the store.
        QVERIFY(!wire.contains(QLatin1Char(' ')));
        const auto back = ops.parse(wire);
        QVERIFY(back.has_value());
        QCOMPARE(*back, v);
    }
}

void TestModel::allValuesInDeclarationOrder()
{
    QCOMPARE(allValues<ApplicationType>(),
        (QList<ApplicationType> { ApplicationType::Native, ApplicationType::SinglePage,
            ApplicationType::Web, ApplicationType::MachineToMachine }));
    QCOMPARE(allValues<GrantType>(),
        (QList<GrantType> { GrantType::AuthorizationCode, GrantType::RefreshToken,
            GrantType::ClientCredentials, GrantType::Implicit, GrantType::Password }));
    QCOMPARE(allValues<AuthMethod>(),
        (QList<AuthMethod> { AuthMethod::None, AuthMethod::ClientSecretBasic,
            AuthMethod::ClientSecretPost, AuthMethod::PrivateKeyJwt, AuthMethod::TlsClientAuth,
            AuthMethod::SelfSignedTlsClientAuth, AuthMethod::ClientSecretJwt }));
    QCOMPARE(allValues<PkcePolicy>(),
        (QList<PkcePolicy> { PkcePolicy::Required, PkcePolicy::Optional }));
    QCOMPARE(allValues<ClientStatus>(),
        (QList<ClientStatus> { ClientStatus::Active, ClientStatus::Disabled,
            ClientStatus::Requested, ClientStatus::Approved, ClientStatus::Rejected }));
    QCOMPARE(allValues<Connectivity>(),
        (QList<Connectivity> { Connectivity::Tls, Connectivity::MutualTls }));
    QCOMPARE(allValues<CertificatePurpose>(),
        (QList<CertificatePurpose> { CertificatePurpose::Signing, CertificatePurpose::Transport }));
    QCOMPARE(allValues<KeyAlgorithm>(),
        (QList<KeyAlgorithm> { KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072, KeyAlgorithm::Rsa4096,
            KeyAlgorithm::EcP256, KeyAlgorithm::EcP384 }));
    QCOMPARE(allValues<CertificateState>(),
        (QList<CertificateState> { CertificateState::KeyOnly, CertificateState::CsrPending,
            CertificateState::Issued, CertificateState::Expired }));
}

void TestModel::unknownStringsGiveNullopt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("wire");

    // Strings that are not in any table, for every enum.
    for (const QString &name : enumNames()) {
        const QByteArray n = name.toLatin1();
        QTest::addRow("%s/null", n.constData()) << name << QString();
        QTest::addRow("%s/empty", n.constData()) << name << QString(QLatin1String(""));
        QTest::addRow("%s/space", n.constData()) << name << QStringLiteral(" ");
        QTest::addRow("%s/garbage", n.constData()) << name << QStringLiteral("no_such_value");
    }
    // Near misses: whitespace, other spellings, the display name instead of the wire string.
    const struct
    {
        const char *kind;
        const char *wire;
    } nearMisses[] = {
        { "ApplicationType", " native" },
        { "ApplicationType", "native " },
        { "ApplicationType", "single_page" },
        { "ApplicationType", "m2m" },
        { "ApplicationType", "machine-to-machine" },
        { "GrantType", "authorization-code" },
        { "GrantType", "authorization_code refresh_token" },
        { "GrantType", "urn:ietf:params:oauth:grant-type:device_code" },
        { "GrantType", "client credentials" },
        { "AuthMethod", "client-secret-jwt" },
        { "AuthMethod", "private_key_jwt\n" },
        { "AuthMethod", "mtls" },
        { "PkcePolicy", "S256" },
        { "ClientStatus", "enabled" },
        { "Connectivity", "mutual_tls" },
        { "Connectivity", "tls " },
        { "CertificatePurpose", "sig" },
        { "KeyAlgorithm", "RSA2048" },
        { "KeyAlgorithm", "EC-P256" },
        { "KeyAlgorithm", "Ed25519" },
        { "CertificateState", "key-only" },
    };
    for (const auto &row : nearMisses) {
        QTest::addRow("%s/%s", row.kind, row.wire)
            << QString::fromLatin1(row.kind) << QString::fromLatin1(row.wire);
    }
}

void TestModel::unknownStringsGiveNullopt()
{
    QFETCH(QString, kind);
    QFETCH(QString, wire);
    const auto parsed = allEnums()[kind].parse(wire);
    QVERIFY2(!parsed.has_value(),
        qPrintable(QStringLiteral("\"%1\" parsed as value %2").arg(wire).arg(parsed.value_or(-1))));
}

void TestModel::caseSensitive_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("wire");
    // The registries are case-sensitive (Enums.h): "Native", "NATIVE" and "rsa-2048" are unknown.
    for (const QString &name : enumNames()) {
        const EnumOps &ops = allEnums()[name];
        const QList<int> values = ops.values();
        for (int v : values) {
            const QString wire = ops.toWireString(v);
            QTest::addRow("%s/swapped/%s", qPrintable(name), qPrintable(wire))
                << name << swapCase(wire);
            QTest::addRow("%s/capitalised/%s", qPrintable(name), qPrintable(wire))
                << name << capitalised(wire);
        }
    }
}

void TestModel::caseSensitive()
{
    QFETCH(QString, kind);
    QFETCH(QString, wire);
    QVERIFY2(!allEnums()[kind].parse(wire).has_value(), qPrintable(wire));
}

void TestModel::displayNamesNonEmptyAndDistinct()
{
    const auto check = [](auto values, auto name) {
        QSet<QString> seen;
        for (auto v : values) {
            const QString text = name(v);
            if (text.isEmpty() || seen.contains(text))
                return false;
            seen.insert(text);
        }
        return true;
    };
    QVERIFY(check(allValues<ApplicationType>(), [](ApplicationType v) { return displayName(v); }));
    QVERIFY(check(allValues<GrantType>(), [](GrantType v) { return displayName(v); }));
    QVERIFY(check(allValues<AuthMethod>(), [](AuthMethod v) { return displayName(v); }));
    QVERIFY(check(allValues<ClientStatus>(), [](ClientStatus v) { return displayName(v); }));
    QVERIFY(check(allValues<Connectivity>(), [](Connectivity v) { return displayName(v); }));
}

void TestModel::grantTypesToWire_data()
{
    QTest::addColumn<QList<GrantType>>("grants");
    QTest::addColumn<QString>("wire");
    using enum GrantType;
    QTest::newRow("empty") << QList<GrantType> {} << QString();
    QTest::newRow("one") << QList<GrantType> { ClientCredentials }
                         << QStringLiteral("client_credentials");
    QTest::newRow("code+refresh") << QList<GrantType> { AuthorizationCode, RefreshToken }
                                  << QStringLiteral("authorization_code refresh_token");
    QTest::newRow("order kept") << QList<GrantType> { RefreshToken, AuthorizationCode }
                                << QStringLiteral("refresh_token authorization_code");
    QTest::newRow("all") << QList<GrantType> { AuthorizationCode, RefreshToken, ClientCredentials,
        Implicit, Password }
                         << QStringLiteral("authorization_code refresh_token client_credentials "
                                           "implicit password");
}

void TestModel::grantTypesToWire()
{
    QFETCH(QList<GrantType>, grants);
    QFETCH(QString, wire);
    QCOMPARE(oauthdesk::grantTypesToWire(grants), wire);
}

void TestModel::grantTypesFromWire_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QList<GrantType>>("grants");
    QTest::addColumn<QStringList>("unknown");
    using enum GrantType;
    QTest::newRow("empty") << QString() << QList<GrantType> {} << QStringList {};
    QTest::newRow("spaces only") << QStringLiteral("   ") << QList<GrantType> {} << QStringList {};
    QTest::newRow("one") << QStringLiteral("client_credentials")
                         << QList<GrantType> { ClientCredentials } << QStringList {};
    QTest::newRow("two") << QStringLiteral("authorization_code refresh_token")
                         << QList<GrantType> { AuthorizationCode, RefreshToken } << QStringList {};
    QTest::newRow("extra spaces") << QStringLiteral("  authorization_code   refresh_token ")
                                  << QList<GrantType> { AuthorizationCode, RefreshToken }
                                  << QStringList {};
    QTest::newRow("legacy grants recognised")
        << QStringLiteral("password implicit") << QList<GrantType> { Password, Implicit }
        << QStringList {};
    QTest::newRow("unknown only") << QStringLiteral("device_code") << QList<GrantType> {}
                                  << QStringList { QStringLiteral("device_code") };
    QTest::newRow("unknown mixed")
        << QStringLiteral("authorization_code urn:ietf:params:oauth:grant-type:jwt-bearer "
                          "refresh_token Client_Credentials")
        << QList<GrantType> { AuthorizationCode, RefreshToken }
        << QStringList { QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"),
               QStringLiteral("Client_Credentials") };
    QTest::newRow("case sensitive") << QStringLiteral("AUTHORIZATION_CODE") << QList<GrantType> {}
                                    << QStringList { QStringLiteral("AUTHORIZATION_CODE") };
    QTest::newRow("comma is not a separator")
        << QStringLiteral("authorization_code,refresh_token") << QList<GrantType> {}
        << QStringList { QStringLiteral("authorization_code,refresh_token") };
}

void TestModel::grantTypesFromWire()
{
    QFETCH(QString, wire);
    QFETCH(QList<GrantType>, grants);
    QFETCH(QStringList, unknown);
    QStringList reported;
    QCOMPARE(oauthdesk::grantTypesFromWire(wire, &reported), grants);
    QCOMPARE(reported, unknown);
}

void TestModel::grantTypesFromWireWithoutUnknownList()
{
    // Unknown names are dropped when the caller does not ask for them (and nothing crashes).
    QCOMPARE(oauthdesk::grantTypesFromWire(QStringLiteral("foo refresh_token bar")),
        QList<GrantType> { GrantType::RefreshToken });
}

void TestModel::grantTypesRoundTrip()
{
    const QList<GrantType> all = allValues<GrantType>();
    // Every subset of the grant types survives the trip through the store's wire list.
    for (int mask = 0; mask < (1 << all.size()); ++mask) {
        QList<GrantType> subset;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (mask & (1 << i))
                subset.append(all[i]);
        }
        QStringList unknown;
        QCOMPARE(
            oauthdesk::grantTypesFromWire(oauthdesk::grantTypesToWire(subset), &unknown), subset);
        QVERIFY(unknown.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
