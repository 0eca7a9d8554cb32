// SPDX-License-Identifier: GPL-3.0-or-later
// The front ends talk to the use cases only (docs/architecture.md "Layers"): no file in app/
// (the GUI and app/cli/) includes the store, the PKI, the keychain class, the registries under
// the use cases, OpenSSL or QtKeychain.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// What a front end must not include, and why (said in the failure).
struct Rule
{
    QRegularExpression include;
    const char *why;
};

const QList<Rule> &rules()
{
    static const QList<Rule> r {
        { QRegularExpression(QStringLiteral("^\\s*#\\s*include\\s*[\"<]store/")),
            "the store is reached through lib/usecases" },
        { QRegularExpression(QStringLiteral("^\\s*#\\s*include\\s*[\"<]pki/")),
            "keys and certificates are use cases (Certificates)" },
        { QRegularExpression(QStringLiteral("^\\s*#\\s*include\\s*[\"<]secrets/Keychain\\.h")),
            "the keychain is reached through lib/usecases" },
        { QRegularExpression(QStringLiteral("^\\s*#\\s*include\\s*[\"<]registry/")),
            "the services under the use cases are theirs to call" },
        { QRegularExpression(QStringLiteral("^\\s*#\\s*include\\s*[\"<]openssl/")),
            "no OpenSSL in app/ (docs/architecture.md)" },
        { QRegularExpression(QStringLiteral("^\\s*#\\s*include\\s*[\"<]qt6keychain/")),
            "no QtKeychain in app/" },
    };
    return r;
}

/// The forbidden includes in @p text, as "line N: <line> (why)".
QStringList violations(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const Rule &rule : rules()) {
            if (rule.include.match(lines[i]).hasMatch())
                out.append(QStringLiteral("line %1: %2 (%3)")
                               .arg(i + 1)
                               .arg(lines[i].trimmed(), QString::fromLatin1(rule.why)));
        }
    }
    return out;
}

} // namespace

class TestLayering final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRuleCatchesWhatItShould()
    {
        QCOMPARE(violations(QStringLiteral("#include \"store/AsyncStore.h\"")).size(), 1);
        QCOMPARE(violations(QStringLiteral("  #  include <pki/KeyPair.h>")).size(), 1);
        QCOMPARE(violations(QStringLiteral("#include \"secrets/Keychain.h\"")).size(), 1);
        QCOMPARE(violations(QStringLiteral("#include <openssl/evp.h>")).size(), 1);
        QCOMPARE(violations(QStringLiteral("#include \"registry/ClientRegistry.h\"")).size(), 1);
        QCOMPARE(
            violations(QStringLiteral(
                           "#include \"secrets/SecretBytes.h\"\n#include \"usecases/Workspace.h\"\n"
                           "// the store/ folder is not included here"))
                .size(),
            0);
    }

    void noFrontEndReachesBelowTheUseCases()
    {
        const QString appDir = QStringLiteral(OAUTHDESK_SOURCE_DIR "/app");
        QStringList failures;
        int files = 0;
        QDirIterator it(appDir, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            for (const QString &v : violations(QString::fromUtf8(f.readAll())))
                failures.append(path.mid(appDir.size() - 3) + QStringLiteral(" ") + v);
        }
        QVERIFY2(files > 40,
            qPrintable(QStringLiteral("only %1 files found under %2").arg(files).arg(appDir)));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
