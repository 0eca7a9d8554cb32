// SPDX-License-Identifier: GPL-3.0-or-later
// The create-client wizard driven as an admin would (keys and clicks), against a real SQLite
// file and a real gnome-keyring (tests/keychain/with-keyring.sh), for all four application types.
#include "../support/SecretScan.h"
#include "GuiTestSupport.h"
#include "dialogs/ClientDetailsDialog.h"
#include "dialogs/EnvironmentsDialog.h"
#include "models/ClientTableModel.h"
#include "oauth/Transport.h"
#include "registry/ClientRegistry.h"
#include "registry/RegistrationService.h"
#include "secrets/Keychain.h"
#include "store/AsyncStore.h"
#include "wizard/ClientWizard.h"
#include "wizard/ReviewPage.h"
#include "wizard/WizardStepper.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QUuid>

using namespace oauthdesk;
using namespace oauthdesk::test;

namespace {

std::optional<QByteArray> keychainEntry(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"),
            QString::fromLatin1(Keychain::kService), QStringLiteral("user"), key });
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return std::nullopt;
    return QByteArray::fromBase64(p.readAllStandardOutput().trimmed());
}

/// How many OAuthDesk entries the keychain holds, as another program sees them.
int keychainEntryCount()
{
    QProcess search;
    search.start(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
            QString::fromLatin1(Keychain::kService) });
    if (!search.waitForFinished(10000))
        return -1;
    // secret-tool prints one "[/org/freedesktop/secrets/collection/…]" header per item.
    const QByteArray all
        = QByteArray("\n") + search.readAllStandardOutput() + search.readAllStandardError();
    return int(all.count("\n[/"));
}

/// Every file under @p dir that contains @p needle (raw or base64).
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray content = f.readAll();
            if (content.contains(needle) || content.contains(needle.toBase64()))
                hits.append(f.fileName());
        }
    }
    return hits;
}

} // namespace

class TestWizard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_appId = 0;
    qint64 m_envId = 0;
    std::unique_ptr<Workspace> m_workspace;
    Keychain *m_keychain = nullptr; ///< the workspace's
    ClientRegistry *m_registry = nullptr; ///< the workspace's

    QList<Application> m_apps;
    QList<Environment> m_envs;
    oauthdesk::test::SecretLedger m_secrets; ///< every secret this suite handled

    std::unique_ptr<ClientWizard> openWizard(std::optional<OAuthClient> existing = std::nullopt)
    {
        m_workspace->environments().adopt(m_envs); // as the main window's snapshot does
        auto w = std::make_unique<ClientWizard>(*m_workspace, m_apps, std::move(existing));
        if (!w->isEditing()) {
            w->draft().client.applicationId = m_appId;
            w->draft().client.environmentId = m_envId;
        }
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        return w;
    }

    /// Saves @p w as @p name.png under $OAUTHDESK_SCREENSHOTS, when set (to look at the pages).
    static void shot(QWidget *w, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(150);
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

    static QAbstractButton *next(QWizard *w) { return w->button(QWizard::NextButton); }
    static QAbstractButton *submitButton(QWizard *w) { return w->button(QWizard::CommitButton); }
    static void click(QAbstractButton *b) { QTest::mouseClick(b, Qt::LeftButton); }

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    static void addUri(QWidget *wizard, const char *editor, const QString &uri)
    {
        auto *input = child<QLineEdit>(wizard, editor);
        QVERIFY(input);
        input->setFocus();
        QTest::keyClicks(input, uri);
        QTest::keyClick(input, Qt::Key_Return); // adds, and must not press Next
    }

    /// Presses Tab from the focused widget until focus comes back round, at most 60 times; the
    /// widgets it passed, in order.
    static QList<QWidget *> tabCycle(QWidget *window)
    {
        QList<QWidget *> order;
        QWidget *start = QApplication::focusWidget();
        if (!start)
            return order;
        order.append(start);
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || now == start || now->window() != window)
                break;
            order.append(now);
        }
        return order;
    }

    /// Tab from the focused widget until @p target has focus; false if it never comes.
    static bool tabTo(QWidget *target)
    {
        for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

    /// Checks the current page as a keyboard-only user meets it: focus starts on its first field,
    /// Tab reaches every field the page shows (of a radio group, the checked one), and goes
    /// through them in reading order, top to bottom and left to right in a row.
    static void checkPageByKeyboard(QWizard *w, const char *firstField)
    {
        QWidget *page = w->currentPage();
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), QString::fromLatin1(firstField));
        const QList<QWidget *> cycle = tabCycle(w);
        QStringList names;
        for (QWidget *f : cycle)
            names.append(f->objectName().isEmpty()
                    ? QString::fromLatin1(f->metaObject()->className())
                    : f->objectName());
        qInfo("page %d, Tab order: %s", w->currentId(),
            qPrintable(names.join(QStringLiteral(" → "))));
        QStringList missed;
        for (QWidget *f : page->findChildren<QWidget *>()) {
            if (!f->isVisibleTo(w) || !f->isEnabled() || !(f->focusPolicy() & Qt::TabFocus)
                || f->focusProxy())
                continue;
            if (qobject_cast<QLineEdit *>(f) && qobject_cast<QAbstractSpinBox *>(f->parentWidget()))
                continue; // a spin box's own line edit: the spin box is the stop
            if (auto *radio = qobject_cast<QRadioButton *>(f)) {
                // Tab stops once in a group of radio buttons; the arrows move within it.
                const auto group = radio->parentWidget()->findChildren<QRadioButton *>(
                    Qt::FindDirectChildrenOnly);
                if (std::none_of(group.begin(), group.end(),
                        [&](QRadioButton *r) { return cycle.contains(r); }))
                    missed.append(radio->objectName());
                continue;
            }
            if (!cycle.contains(f))
                missed.append(f->objectName().isEmpty()
                        ? QString::fromLatin1(f->metaObject()->className())
                        : f->objectName());
        }
        QVERIFY2(missed.isEmpty(),
            qPrintable(QStringLiteral("page %1: Tab never reaches %2")
                           .arg(w->currentId())
                           .arg(missed.join(QStringLiteral(", ")))));
        // The page's stops in Tab order, read as a cycle from the topmost one.
        QList<QWidget *> stops;
        for (QWidget *f : cycle)
            if (page->isAncestorOf(f))
                stops.append(f); // the wizard's buttons and the stepper come after the page
        const auto topmost
            = std::min_element(stops.begin(), stops.end(), [page](QWidget *a, QWidget *b) {
                  const QPoint pa = a->mapTo(page, QPoint(0, 0)), pb = b->mapTo(page, QPoint(0, 0));
                  return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
              });
        std::rotate(stops.begin(), topmost, stops.end());
        QStringList outOfOrder;
        QWidget *previous = nullptr;
        QPoint previousAt;
        for (QWidget *f : stops) {
            const QPoint at = f->mapTo(page, QPoint(0, 0));
            if (previous) {
                const bool sameRow
                    = qAbs(at.y() - previousAt.y()) < qMin(f->height(), previous->height()) / 2 + 1;
                if (sameRow ? at.x() < previousAt.x() : at.y() < previousAt.y())
                    outOfOrder.append(
                        QStringLiteral("%1 -> %2").arg(previous->objectName(), f->objectName()));
            }
            previous = f;
            previousAt = at;
        }
        QVERIFY2(outOfOrder.isEmpty(),
            qPrintable(QStringLiteral("page %1: Tab goes back up: %2")
                           .arg(w->currentId())
                           .arg(outOfOrder.join(QStringLiteral(", ")))));
    }

    QList<OAuthClient> storedClients()
    {
        auto s = Store::open(m_path);
        return s ? (*s)->clients().value_or(QList<OAuthClient> {}) : QList<OAuthClient> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/keychain/with-keyring.sh");
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1/oauthdesk.sqlite")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction())
                                        + QString::fromLatin1(QTest::currentDataTag())
                                              .replace(QLatin1Char(' '), QLatin1Char('-'))));
        {
            auto s = Store::open(m_path);
            QVERIFY(s);
            auto app = (*s)->saveApplication({ 0, QStringLiteral("Card issuing"), {}, {}, {} });
            Environment env;
            env.name = QStringLiteral("UAT");
            env.issuer = QUrl(QStringLiteral("https://auth.uat.example.com"));
            env.discoveryDocument
                = R"({"issuer":"https://auth.uat.example.com","scopes_supported":["openid","accounts:read","payments:write"]})";
            auto savedEnv = (*s)->saveEnvironment(env);
            QVERIFY(app && savedEnv);
            m_appId = app->id;
            m_envId = savedEnv->id;
            m_apps = { *app };
            m_envs = { *savedEnv };
        }
        m_workspace = std::make_unique<Workspace>();
        QFuture<Result<int>> opened = m_workspace->open(m_path).future();
        QTRY_VERIFY(opened.isFinished());
        QVERIFY(opened.result());
        m_keychain = &m_workspace->keychain();
        m_registry = &m_workspace->clientRegistry();
    }

    /// Secrets never at rest: none of the secrets the wizard generated, showed or rotated, nor
    /// those pasted in, is in any file the suite left (stores, WALs, settings under HOME).
    void cleanupTestCase()
    {
        for (const char *pasted : { "pasted-secret-value", "ledger-secret", "batch-secret" })
            m_secrets.remember(QByteArray(pasted));
        QVERIFY(m_secrets.size() >= 5);
        const QStringList hits = m_secrets.scan({ m_dir.path(), QDir::homePath() });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void cleanup()
    {
        m_registry = nullptr;
        m_keychain = nullptr;
        m_workspace.reset();
    }

    void fourTypesThroughTheWizard_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("grants");
        QTest::addColumn<int>("pkce");
        QTest::addColumn<QString>("authMethod");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<bool>("hasSecret");
        QTest::newRow("native") << "native"
                                << "authorization_code refresh_token" << int(PkcePolicy::Required)
                                << "none"
                                << "http://127.0.0.1/callback" << false;
        QTest::newRow("spa") << "spa"
                             << "authorization_code refresh_token" << int(PkcePolicy::Required)
                             << "none"
                             << "https://spa.example.com/callback" << false;
        QTest::newRow("web") << "web"
                             << "authorization_code refresh_token" << int(PkcePolicy::Optional)
                             << "client_secret_post"
                             << "https://web.example.com/callback" << true;
        QTest::newRow("machine to machine")
            << "machine_to_machine"
            << "client_credentials" << int(PkcePolicy::Optional) << "client_secret_basic"
            << "" << true;
        // client_secret_jwt keeps its secret in the keychain like the other secret methods.
        QTest::newRow("machine to machine, client_secret_jwt")
            << "machine_to_machine"
            << "client_credentials" << int(PkcePolicy::Optional) << "client_secret_jwt"
            << "" << true;
    }

    void fourTypesThroughTheWizard()
    {
        QFETCH(QString, type);
        QFETCH(QString, grants);
        QFETCH(int, pkce);
        QFETCH(QString, authMethod);
        QFETCH(QString, redirect);
        QFETCH(bool, hasSecret);
        auto wizard = openWizard();
        QVERIFY(wizard);
        QWizard *w = wizard.get();
        const QString name = QStringLiteral("client-") + type.left(6);
        const QString clientId = QStringLiteral("id-") + type.left(6) + QStringLiteral("-0001");

        // 1. Basic information: Next waits for a name.
        QCOMPARE(w->currentId(), int(ClientWizard::BasicPage));
        QVERIFY(!next(w)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(w, "clientName"), QStringLiteral("   "));
        QVERIFY(!next(w)->isEnabled()); // blanks are no name
        QVERIFY(child<QLabel>(w, "nameProblem")->isVisible());
        QVERIFY(child<QLabel>(w, "nameProblem")->text().contains(QStringLiteral("Client name")));
        child<QLineEdit>(w, "clientName")->clear();
        QTest::keyClicks(child<QLineEdit>(w, "clientName"), name);
        auto *typeButton = w->findChild<QRadioButton *>(QStringLiteral("type_") + type);
        QVERIFY(typeButton);
        QTest::mouseClick(typeButton, Qt::LeftButton, {}, QPoint(8, typeButton->height() / 2));
        QVERIFY(typeButton->isChecked());
        QVERIFY(next(w)->isEnabled());
        click(next(w));

        // 2. Authentication: the preset summary, then the open choices.
        QCOMPARE(w->currentId(), int(ClientWizard::AuthenticationPage));
        const QString summary = child<QLabel>(w, "securitySummary")->text();
        for (const QString &g : grants.split(QLatin1Char(' ')))
            QVERIFY2(summary.contains(g), qPrintable(summary));
        QVERIFY(summary.contains(pkce == int(PkcePolicy::Required) ? QStringLiteral("required")
                                                                   : QStringLiteral("optional")));
        auto *method = child<QComboBox>(w, "authMethod");
        const int methodIndex = method->findData(authMethod);
        QVERIFY2(methodIndex >= 0, "the type offers the expected method");
        method->setCurrentIndex(methodIndex);
        QVERIFY(
            next(w)->isEnabled() == redirect.isEmpty()); // interactive types need a redirect URI
        auto *redirectProblem = child<QLabel>(w, "redirectUrisProblem");
        if (redirect.isEmpty()) {
            QVERIFY(!child<QWidget>(w, "redirectUris")
                         ->isVisible()); // M2M: no browser, no redirect URI
        } else {
            addUri(w, "redirectUrisInput", QStringLiteral("http://evil.example.com/cb#frag"));
            QCOMPARE(
                w->currentId(), int(ClientWizard::AuthenticationPage)); // Enter did not press Next
            QVERIFY(redirectProblem->isVisible());
            QVERIFY2(redirectProblem->text().contains(QStringLiteral("fragment")),
                qPrintable(redirectProblem->text()));
            QVERIFY(!next(w)->isEnabled());
            auto *list = child<QListWidget>(w, "redirectUrisList");
            list->setCurrentRow(0);
            click(child<QAbstractButton>(w, "redirectUrisRemove"));
            QCOMPARE(list->count(), 0);
            addUri(w, "redirectUrisInput", redirect);
            QVERIFY2(!redirectProblem->isVisible(), qPrintable(redirectProblem->text()));
        }
        auto *scopes = child<QLineEdit>(w, "scopes");
        QVERIFY(scopes->completer()); // suggestions from UAT's discovery document
        QVERIFY(child<QLabel>(w, "scopeHint")->text().contains(QStringLiteral("payments:write")));
        QTest::keyClicks(scopes, QStringLiteral("accounts:read bad\"scope"));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(child<QLabel>(w, "scopesProblem")->text().contains(QStringLiteral("bad\"scope")));
        scopes->clear();
        QTest::keyClicks(scopes, QStringLiteral("accounts:read payments:write"));
        QVERIFY(next(w)->isEnabled());

        // Back keeps what was entered, on both pages.
        click(w->button(QWizard::BackButton));
        QCOMPARE(w->currentId(), int(ClientWizard::BasicPage));
        QCOMPARE(child<QLineEdit>(w, "clientName")->text(), name);
        QVERIFY(typeButton->isChecked());
        click(next(w));
        QCOMPARE(child<QComboBox>(w, "authMethod")->currentData().toString(), authMethod);
        QCOMPARE(
            child<QLineEdit>(w, "scopes")->text(), QStringLiteral("accounts:read payments:write"));
        if (!redirect.isEmpty())
            QCOMPARE(child<QListWidget>(w, "redirectUrisList")->item(0)->text(), redirect);
        click(next(w));

        // 3. Token configuration: bounds from lib/policy, beside the field.
        QCOMPARE(w->currentId(), int(ClientWizard::TokenPage));
        auto *access = child<QSpinBox>(w, "accessTokenLifetime");
        QCOMPARE(access->value(), 3600);
        access->setValue(30);
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(child<QLabel>(w, "accessTokenLifetimeProblem")
                    ->text()
                    .contains(QStringLiteral("Access token lifetime")));
        access->setValue(1800);
        auto *refresh = child<QSpinBox>(w, "refreshTokenLifetime");
        const bool hasRefresh = grants.contains(QStringLiteral("refresh_token"));
        QCOMPARE(refresh->isVisible(), hasRefresh);
        if (hasRefresh) {
            refresh->setValue(900); // shorter than the access token
            QVERIFY(!next(w)->isEnabled());
            QVERIFY(child<QLabel>(w, "refreshTokenLifetimeProblem")
                        ->text()
                        .contains(QStringLiteral("longer")));
            refresh->setValue(7 * 86400);
        }
        QVERIFY(next(w)->isEnabled());
        click(next(w));

        // 4. Review: everything readable, Submit waits for the client ID.
        QCOMPARE(w->currentId(), int(ClientWizard::ReviewPage));
        const QString review = child<QLabel>(w, "reviewSummary")->text();
        for (const QString &expected : { name, QStringLiteral("Card issuing"),
                 QStringLiteral("UAT"), authMethod, QStringLiteral("accounts:read"),
                 QStringLiteral("payments:write"), QStringLiteral("30 min") })
            QVERIFY2(review.contains(expected),
                qPrintable(expected + QStringLiteral(" missing in ") + review));
        for (const QString &g : grants.split(QLatin1Char(' ')))
            QVERIFY(review.contains(g));
        if (!redirect.isEmpty())
            QVERIFY(review.contains(redirect));
        if (hasRefresh)
            QVERIFY(review.contains(QStringLiteral("7 day")));
        QVERIFY(child<QLabel>(w, "whatSubmitDoes")
                    ->text()
                    .contains(hasSecret ? QStringLiteral("keychain")
                                        : QStringLiteral("no client secret")));
        QCOMPARE(child<QWidget>(w, "generateSecret")->isVisible(), hasSecret);
        QVERIFY(!submitButton(w)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(w, "reviewClientId"), clientId);
        QVERIFY(submitButton(w)->isEnabled());
        if (hasSecret) {
            // A pasted secret with stray spaces is refused beside it; then let OAuthDesk generate
            // one.
            QTest::mouseClick(
                child<QRadioButton>(w, "pasteSecret"), Qt::LeftButton, {}, QPoint(8, 8));
            QTest::keyClicks(child<QLineEdit>(w, "pastedSecret"), QStringLiteral(" pasted "));
            QVERIFY(!submitButton(w)->isEnabled());
            QVERIFY(
                child<QLabel>(w, "clientSecretProblem")->text().contains(QStringLiteral("spaces")));
            QTest::mouseClick(
                child<QRadioButton>(w, "generateSecret"), Qt::LeftButton, {}, QPoint(8, 8));
            QVERIFY(submitButton(w)->isEnabled());
        }
        click(submitButton(w));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ClientWizard::DonePage), 10000);

        // Done: the client ID with a copy button, the secret once.
        QCOMPARE(child<QLineEdit>(w, "doneClientId")->text(), clientId);
        click(child<QAbstractButton>(w, "copyClientIdButton"));
        QCOMPARE(QApplication::clipboard()->text(), clientId);
        auto *shown = child<QLineEdit>(w, "shownSecret");
        QCOMPARE(shown->isVisible(), hasSecret);

        const auto stored = storedClients();
        QCOMPARE(stored.size(), 1);
        const OAuthClient &c = stored.first();
        QCOMPARE(c.name, name);
        QCOMPARE(c.clientId, clientId);
        QCOMPARE(toWire(c.applicationType), type);
        QCOMPARE(grantTypesToWire(c.grantTypes), grants);
        QCOMPARE(int(c.pkce), pkce);
        QCOMPARE(toWire(c.authMethod), authMethod);
        QCOMPARE(c.redirectUris, redirect.isEmpty() ? QStringList {} : QStringList { redirect });
        QCOMPARE(c.scopes,
            QStringList({ QStringLiteral("accounts:read"), QStringLiteral("payments:write") }));
        QCOMPARE(c.accessTokenLifetimeSeconds, 1800);
        QCOMPARE(c.refreshTokenLifetimeSeconds,
            hasRefresh ? std::optional<int>(7 * 86400) : std::nullopt);
        QCOMPARE(c.applicationId, m_appId);
        QCOMPARE(c.environmentId, std::optional<qint64>(m_envId));
        QVERIFY(!c.uuid.isEmpty());

        const auto entry = keychainEntry(Keychain::clientSecretKey(c.uuid));
        if (!hasSecret) {
            QCOMPARE(entry, std::nullopt);
            return;
        }
        const QString secret = shown->text();
        m_secrets.remember(secret);
        QCOMPARE(secret.size(), 43); // 256 bits, base64url
        QCOMPARE(entry, std::optional<QByteArray>(secret.toUtf8()));
        click(child<QAbstractButton>(w, "copySecretButton"));
        QCOMPARE(QApplication::clipboard()->text(), secret);
        QCOMPARE(QApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
            QByteArray("secret"));
        // The secret is nowhere but the keychain: not in the data file (or its WAL), not in
        // settings.
        m_registry = nullptr;
        m_keychain = nullptr;
        m_workspace.reset(); // closes the file, checkpointing the WAL
        QCOMPARE(
            filesContaining(QFileInfo(m_path).absolutePath(), secret.toUtf8()), QStringList {});
        QCOMPARE(
            filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                secret.toUtf8()),
            QStringList {});
        QCOMPARE(filesContaining(QDir::homePath() + QStringLiteral("/.config"), secret.toUtf8()),
            QStringList {});
    }

    // A keyboard-only user creates a client: no mouse, focus where the work is, Tab in reading
    // order on every page, Return for Next and for Submit.
    void keyboardOnlyWalk()
    {
        auto wizard = openWizard();
        QVERIFY(wizard);
        QWizard *w = wizard.get();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));

        QCOMPARE(w->currentId(), int(ClientWizard::BasicPage));
        checkPageByKeyboard(w, "clientName");
        QVERIFY(tabTo(child<QLineEdit>(w, "clientName")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("keyboard-client"));
        // The type: Tab stops once in the group of types (at its first button, as Qt does), the
        // arrows move along it, Space chooses. Web first, then machine to machine.
        auto *web = child<QRadioButton>(w, "type_web");
        auto *m2m = child<QRadioButton>(w, "type_machine_to_machine");
        QVERIFY(web && m2m);
        QVERIFY(tabTo(child<QRadioButton>(w, "type_native")));
        for (int i = 0; i < 6 && QApplication::focusWidget() != web; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), web);
        QTest::keyClick(web, Qt::Key_Space);
        QVERIFY(web->isChecked());
        QTest::keyClick(web, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), m2m);
        QTest::keyClick(m2m, Qt::Key_Space);
        QVERIFY(m2m->isChecked() && !web->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w->currentId(), int(ClientWizard::AuthenticationPage));

        checkPageByKeyboard(w, "authMethod");
        QVERIFY(tabTo(child<QLineEdit>(w, "scopes")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("accounts:read"));
        QTest::keyClick(
            QApplication::focusWidget(), Qt::Key_Escape); // closes the completer's popup, if shown
        QCOMPARE(w->currentId(), int(ClientWizard::AuthenticationPage));
        QVERIFY(w->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w->currentId(), int(ClientWizard::TokenPage));

        checkPageByKeyboard(w, "accessTokenLifetime");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w->currentId(), int(ClientWizard::ReviewPage));

        checkPageByKeyboard(w, "reviewClientId");
        QVERIFY(tabTo(child<QLineEdit>(w, "reviewClientId")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kbd-0001"));
        QVERIFY(submitButton(w)->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ClientWizard::DonePage), 10000);
        const auto stored = storedClients();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("keyboard-client"));
        QCOMPARE(stored.first().clientId, QStringLiteral("kbd-0001"));
        QCOMPARE(stored.first().applicationType, ApplicationType::MachineToMachine);
        QCOMPARE(stored.first().scopes, QStringList { QStringLiteral("accounts:read") });
        m_secrets.remember(child<QLineEdit>(w, "shownSecret")->text());
    }

    void newApplicationInline()
    {
        auto wizard = openWizard();
        QWizard *w = wizard.get();
        QTest::keyClicks(child<QLineEdit>(w, "clientName"), QStringLiteral("desktop-agent"));
        QTest::mouseClick(child<QRadioButton>(w, "type_native"), Qt::LeftButton, {}, QPoint(8, 8));
        click(child<QToolButton>(w, "newApplicationToggle"));
        QVERIFY(!next(w)->isEnabled()); // the new application needs a name
        QVERIFY(child<QLabel>(w, "applicationIdProblem")
                    ->text()
                    .contains(QStringLiteral("Application name")));
        QTest::keyClicks(
            child<QLineEdit>(w, "newApplicationName"), QStringLiteral("Field service"));
        click(next(w));
        addUri(w, "redirectUrisInput", QStringLiteral("com.example.agent:/oauth2redirect"));
        click(next(w));
        click(next(w));
        QVERIFY(child<QLabel>(w, "reviewSummary")
                    ->text()
                    .contains(QStringLiteral("Field service (new)")));
        QTest::keyClicks(child<QLineEdit>(w, "reviewClientId"), QStringLiteral("desktop-agent-01"));
        click(submitButton(w));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ClientWizard::DonePage), 10000);
        auto s = Store::open(m_path);
        QVERIFY(s);
        const auto apps = (*s)->applications().value();
        QCOMPARE(apps.size(), 2);
        const auto clients = (*s)->clients().value();
        QCOMPARE(clients.size(), 1);
        for (const auto &a : apps) {
            if (a.name == QStringLiteral("Field service"))
                QCOMPARE(clients.first().applicationId, a.id);
        }
    }

    void stepperMarksTheCurrentStage()
    {
        auto wizard = openWizard();
        QWizard *w = wizard.get();
        WizardStepper *stepper = wizard->stepper();
        QVERIFY(stepper && stepper->isVisible());
        QCOMPARE(stepper->count(), 4);
        QCOMPARE(stepper->current(), 0);
        QVERIFY2(stepper->stageText(0).startsWith(QStringLiteral("●  1. Basic information")),
            qPrintable(stepper->stageText(0)));
        QVERIFY(stepper->stageText(3).startsWith(QStringLiteral("○  4. Review")));
        QTest::keyClicks(child<QLineEdit>(w, "clientName"), QStringLiteral("stepper-client"));
        click(next(w));
        QCOMPARE(stepper->current(), 1);
        shot(w, QStringLiteral("wizard-stepper-authentication"));
        QVERIFY(stepper->stageText(0).startsWith(QStringLiteral("✔")));
        QVERIFY(stepper->stageText(1).startsWith(QStringLiteral("●  2. Authentication")));
        click(w->button(QWizard::BackButton));
        QCOMPARE(stepper->current(), 0);
        QVERIFY(stepper->stageText(1).startsWith(QStringLiteral("○")));
        // The stage is in the accessible name too, not only in the glyph and the colour.
        auto *first = stepper->findChild<QLabel *>(QStringLiteral("stage1"));
        QVERIFY(first->accessibleName().contains(QStringLiteral("current stage")));
    }

    void escapeAsksOnlyWhenSomethingChanged()
    {
        {
            auto wizard = openWizard();
            QTest::keyClick(wizard.get(), Qt::Key_Escape);
            QTRY_VERIFY(!wizard->isVisible()); // nothing typed: nothing to lose, no question
            QCOMPARE(wizard->result(), int(QDialog::Rejected));
            QVERIFY(!wizard->findChild<QMessageBox *>(QStringLiteral("confirmDiscard")));
        }
        auto wizard = openWizard();
        QWizard *w = wizard.get();
        QTest::keyClicks(child<QLineEdit>(w, "clientName"), QStringLiteral("half-typed"));
        QTest::keyClick(w, Qt::Key_Escape);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = w->findChild<QMessageBox *>(QStringLiteral("confirmDiscard")))
            && ask->isVisible());
        QVERIFY(w->isVisible());
        QVERIFY(ask->text().contains(QStringLiteral("Discard this new client")));
        shot(ask, QStringLiteral("wizard-discard-question"));
        // Escape on the question keeps editing, and so does its button.
        QTest::keyClick(ask, Qt::Key_Escape);
        QTRY_VERIFY(!w->findChild<QMessageBox *>(QStringLiteral("confirmDiscard")));
        QVERIFY(w->isVisible());
        QCOMPARE(child<QLineEdit>(w, "clientName")->text(), QStringLiteral("half-typed"));
        // Cancel asks the same; Discard closes.
        click(w->button(QWizard::CancelButton));
        QTRY_VERIFY((ask = w->findChild<QMessageBox *>(QStringLiteral("confirmDiscard")))
            && ask->isVisible());
        click(ask->findChild<QPushButton *>(QStringLiteral("discardButton")));
        QTRY_VERIFY(!w->isVisible());
        QCOMPARE(w->result(), int(QDialog::Rejected));
        QVERIFY(storedClients().isEmpty());
    }

    void newEnvironmentFromTheWizard()
    {
        auto wizard = openWizard();
        QWizard *w = wizard.get();
        auto *combo = child<QComboBox>(w, "environment");
        QCOMPARE(combo->count(), 2); // (none yet) and UAT
        click(child<QPushButton>(w, "newEnvironmentButton"));
        EnvironmentsDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = w->findChild<EnvironmentsDialog *>()) && dlg->isVisible());
        dlg->findChild<QLineEdit *>(QStringLiteral("environmentName"))
            ->setText(QStringLiteral("Production"));
        dlg->findChild<QLineEdit *>(QStringLiteral("issuerUrl"))
            ->setText(QStringLiteral("https://auth.example.com"));
        QSignalSpy answered(dlg, &EnvironmentsDialog::storeAnswered);
        click(dlg->findChild<QPushButton *>(QStringLiteral("saveEnvironmentButton")));
        QTRY_COMPARE(answered.size(), 1);
        QCOMPARE(answered.first().first().toBool(), true);
        click(dlg->findChild<QPushButton *>(QStringLiteral("closeButton")));
        QTRY_COMPARE(combo->count(), 3);
        QVERIFY2(combo->currentText().startsWith(QStringLiteral("Production")),
            qPrintable(combo->currentText()));
        shot(w, QStringLiteral("wizard-new-environment"));
        QVERIFY(wizard->draft().client.environmentId);
        QVERIFY(*wizard->draft().client.environmentId != m_envId);
        const Environment *env = wizard->environment();
        QVERIFY(env);
        QCOMPARE(env->name, QStringLiteral("Production"));
    }

    void registrationOfferedWhereTheAsOffersIt()
    {
        // The environment's discovery has no registration_endpoint: nothing offered.
        {
            auto wizard = openWizard();
            QTest::keyClicks(child<QLineEdit>(wizard.get(), "clientName"), QStringLiteral("batch"));
            click(next(wizard.get()));
            click(next(wizard.get()));
            click(next(wizard.get()));
            QVERIFY(!child<QCheckBox>(wizard.get(), "registerAtAs")->isVisible());
            QVERIFY(child<QLineEdit>(wizard.get(), "reviewClientId")->isVisible());
        }
        // It has one (here an AS that is not running): offered and ticked, the AS issues the ID.
        const QList<Environment> original = m_envs;
        m_envs.first().discoveryDocument
            = R"({"issuer":"https://auth.uat.example.com","token_endpoint":"https://auth.uat.example.com/token","registration_endpoint":"https://127.0.0.1:1/reg"})";
        auto wizard = openWizard();
        m_envs = original;
        QWizard *w = wizard.get();
        QTest::keyClicks(child<QLineEdit>(w, "clientName"), QStringLiteral("batch"));
        click(next(w));
        click(next(w));
        click(next(w));
        auto *box = child<QCheckBox>(w, "registerAtAs");
        QVERIFY(box->isVisible());
        QVERIFY(box->isChecked());
        QVERIFY(box->text().contains(QStringLiteral("Register at UAT")));
        QVERIFY(!child<QLineEdit>(w, "reviewClientId")->isVisible());
        QVERIFY(child<QLabel>(w, "whatSubmitDoes")
                    ->text()
                    .contains(QStringLiteral("registers this client at UAT")));
        QVERIFY(submitButton(w)->isEnabled()); // no client ID needed
        // Unticked: a client registered elsewhere again, and it stays unticked after Back.
        click(box);
        QVERIFY(child<QLineEdit>(w, "reviewClientId")->isVisible());
        QVERIFY(!submitButton(w)->isEnabled());
        w->back();
        click(next(w));
        QVERIFY(!box->isChecked());
        click(box);
        // Submit: the AS cannot be reached; the message says so and nothing is saved.
        click(submitButton(w));
        auto *error = child<QLabel>(w, "submitError");
        QTRY_VERIFY_WITH_TIMEOUT(
            error->isVisible() && !error->text().startsWith(QStringLiteral("Registering")), 20000);
        QCOMPARE(w->currentId(), int(ClientWizard::ReviewPage));
        QVERIFY2(!error->text().isEmpty(), "an error message");
        // What was sent is there to look at, the token-free request of the failed registration.
        auto *exchange = child<QWidget>(w, "reviewExchange");
        QVERIFY(exchange->isVisible());
        QVERIFY(exchange->findChild<QPlainTextEdit *>(QStringLiteral("exchangeText"))
                    ->toPlainText()
                    .contains(QStringLiteral("POST /reg HTTP/1.1")));
        auto s = Store::open(m_path);
        QVERIFY(s);
        QVERIFY((*s)->clients().value().isEmpty());
    }

    void editingAsksBeforeChangingTheType()
    {
        OAuthClient existing = makeClient(
            m_appId, QStringLiteral("batch-export"), QStringLiteral("batch-export-01"));
        existing.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto stored = Store::open(m_path).value()->saveClient(existing);
        QVERIFY(stored);
        auto wizard = openWizard(*stored);
        QWizard *w = wizard.get();
        QVERIFY(w->windowTitle().contains(QStringLiteral("Edit")));
        QCOMPARE(child<QLineEdit>(w, "clientName")->text(), QStringLiteral("batch-export"));
        QTest::mouseClick(child<QRadioButton>(w, "type_web"), Qt::LeftButton, {}, QPoint(8, 8));
        click(next(w));
        QMessageBox *box = waitForMessageBox(w, QStringLiteral("confirmTypeChange"));
        QVERIFY(box);
        QVERIFY(box->text().contains(displayName(ApplicationType::Web)));
        click(child<QAbstractButton>(box, "cancelButton"));
        QTRY_VERIFY(child<QRadioButton>(w, "type_machine_to_machine")->isChecked());
        QCOMPARE(w->currentId(), int(ClientWizard::BasicPage));

        QTest::mouseClick(child<QRadioButton>(w, "type_web"), Qt::LeftButton, {}, QPoint(8, 8));
        click(next(w));
        box = waitForMessageBox(w, QStringLiteral("confirmTypeChange"));
        QVERIFY(box);
        click(child<QAbstractButton>(box, "confirmButton"));
        QTRY_COMPARE(w->currentId(), int(ClientWizard::AuthenticationPage));
        QVERIFY(child<QLabel>(w, "securitySummary")
                    ->text()
                    .contains(QStringLiteral("authorization_code")));
        addUri(w, "redirectUrisInput", QStringLiteral("https://batch.example.com/cb"));
        click(next(w));
        click(next(w));
        QVERIFY(child<QLabel>(w, "whatSubmitDoes")
                    ->text()
                    .contains(QStringLiteral("saves these changes")));
        QVERIFY(!child<QWidget>(w, "generateSecret")->isVisible()); // the secret is kept
        click(submitButton(w));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ClientWizard::DonePage), 10000);
        const auto clients = storedClients();
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.first().applicationType, ApplicationType::Web);
        QCOMPARE(clients.first().grantTypes,
            (QList<GrantType> { GrantType::AuthorizationCode, GrantType::RefreshToken }));
        QCOMPARE(clients.first().uuid, stored->uuid);
        QCOMPARE(clients.first().createdAt, stored->createdAt);
    }

    void keychainThatDoesNotAnswerSavesNothing()
    {
        m_keychain->setTimeout(std::chrono::milliseconds(0));
        auto wizard = openWizard();
        QWizard *w = wizard.get();
        QTest::keyClicks(child<QLineEdit>(w, "clientName"), QStringLiteral("statement-sync"));
        click(next(w)); // machine to machine, client_secret_basic
        click(next(w));
        click(next(w));
        QTest::keyClicks(child<QLineEdit>(w, "reviewClientId"), QStringLiteral("stmt-sync-9"));
        const int entriesBefore = keychainEntryCount();
        click(submitButton(w));
        auto *error = child<QLabel>(w, "submitError");
        QTRY_VERIFY_WITH_TIMEOUT(
            error->isVisible() && error->text().contains(QStringLiteral("Nothing was saved")),
            5000);
        QVERIFY2(error->text().contains(QStringLiteral("no answer from the keychain")),
            qPrintable(error->text()));
        QCOMPARE(w->currentId(), int(ClientWizard::ReviewPage));
        QCOMPARE(child<QLineEdit>(w, "reviewClientId")->text(),
            QStringLiteral("stmt-sync-9")); // nothing lost
        QVERIFY(submitButton(w)->isEnabled()); // and it can be tried again
        QTest::qWait(500);
        QVERIFY(storedClients().isEmpty());
        // The keychain stored the secret after the timeout; the registry took it out again, so
        // no secret is left without its client.
        QCOMPARE(keychainEntryCount(), entriesBefore);
    }

    void revealRotateAndDeleteTheSecret()
    {
        // A client recorded with a pasted secret, through the same registry the wizard uses.
        OAuthClient c = makeClient(
            m_appId, QStringLiteral("webhook-relay"), QStringLiteral("webhook-relay-1"));
        std::optional<Result<OAuthClient>> saved;
        m_registry->save(c, SecretBytes::fromUtf8(QStringLiteral("pasted-secret-value")), this,
            [&saved](Result<OAuthClient> r) { saved = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
        QVERIFY(*saved);
        const OAuthClient client = **saved;
        QCOMPARE(keychainEntry(Keychain::clientSecretKey(client.uuid)),
            std::optional<QByteArray>("pasted-secret-value"));

        ClientDetailsDialog details(
            client, QStringLiteral("Card issuing"), QStringLiteral("UAT"), *m_workspace);
        details.setRevealDuration(400);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        auto *secretField = child<QLineEdit>(&details, "revealedSecret");
        QVERIFY(secretField->text().isEmpty()); // nothing shown until asked
        QSignalSpy answered(&details, &ClientDetailsDialog::secretAnswered);
        click(child<QAbstractButton>(&details, "revealSecretButton"));
        QVERIFY(answered.wait(10000));
        QCOMPARE(secretField->text(), QStringLiteral("pasted-secret-value"));
        QTRY_VERIFY_WITH_TIMEOUT(secretField->text().isEmpty(), 3000); // hidden again

        click(child<QAbstractButton>(&details, "rotateSecretButton"));
        QMessageBox *box = waitForMessageBox(&details, QStringLiteral("confirmRotate"));
        QVERIFY(box);
        click(child<QAbstractButton>(box, "confirmButton"));
        QVERIFY(answered.wait(10000));
        QCOMPARE(answered.last().first().toBool(), true);
        const QString rotated = secretField->text();
        m_secrets.remember(rotated);
        QCOMPARE(rotated.size(), 43);
        QVERIFY(rotated != QStringLiteral("pasted-secret-value"));
        QCOMPARE(keychainEntry(Keychain::clientSecretKey(client.uuid)),
            std::optional<QByteArray>(rotated.toUtf8()));
        details.close();

        // Delete from the main window: the keychain entry goes with the client.
        cleanup(); // the window opens the file with its own AsyncStore, as the app does
        OpenWindow window;
        QVERIFY(window.open(m_path));
        QTableView *table = window.window->clientTable();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Delete);
        box = waitForMessageBox(window.window.get(), QStringLiteral("confirmDeleteClient"));
        QVERIFY(box);
        QSignalSpy deleted(window.window.get(), &MainWindow::storeAnswered);
        click(child<QAbstractButton>(box, "confirmButton"));
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.first().first().toBool(), true);
        QCOMPARE(keychainEntry(Keychain::clientSecretKey(client.uuid)), std::nullopt);
        QTRY_COMPARE(table->model()->rowCount(), 0);
    }

    void deletingAnApplicationRemovesItsClientsSecrets()
    {
        OAuthClient c
            = makeClient(m_appId, QStringLiteral("ledger-sync"), QStringLiteral("ledger-sync-1"));
        std::optional<Result<OAuthClient>> saved;
        m_registry->save(c, SecretBytes::fromUtf8(QStringLiteral("ledger-secret")), this,
            [&saved](Result<OAuthClient> r) { saved = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value() && saved->has_value(), 10000);
        const QString key = Keychain::clientSecretKey((*saved)->uuid);
        QVERIFY(keychainEntry(key));
        std::optional<Result<void>> removed;
        m_registry->removeApplication(
            m_appId, this, [&removed](Result<void> r) { removed = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
        QVERIFY(*removed);
        QCOMPARE(keychainEntry(key), std::nullopt);
        QVERIFY(storedClients().isEmpty());
    }

    /// Regression (issue 12, defect 8): editing a private_key_jwt client shows its signing key,
    /// not "(none)", and Next works; a key that is gone is said, not a silently disabled Next.
    void editingAKeyedClientKeepsItsKey()
    {
        auto s = Store::open(m_path).value();
        CertificateRecord key;
        key.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        key.applicationId = m_appId;
        key.purpose = CertificatePurpose::Signing;
        key.keyAlgorithm = KeyAlgorithm::EcP256;
        key.kid = QStringLiteral("kid-of-the-signing-key");
        key.state = CertificateState::KeyOnly;
        key.createdAt = QDateTime::currentDateTimeUtc();
        auto savedKey = s->saveCertificate(key);
        QVERIFY(savedKey);
        OAuthClient existing
            = makeClient(m_appId, QStringLiteral("signer"), QStringLiteral("signer-01"));
        existing.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        existing.authMethod = AuthMethod::PrivateKeyJwt;
        existing.signingCertificateId = savedKey->id;
        auto stored = s->saveClient(existing);
        QVERIFY(stored);

        auto wizard = openWizard(*stored);
        QWizard *w = wizard.get();
        click(next(w));
        QTRY_COMPARE(w->currentId(), int(ClientWizard::AuthenticationPage));
        auto *signing = child<QComboBox>(w, "signingCertificate");
        QVERIFY(signing);
        QTRY_COMPARE_WITH_TIMEOUT(signing->currentData().toLongLong(), savedKey->id, 5000);
        QVERIFY2(signing->currentText().contains(QStringLiteral("kid-of-the-")),
            qPrintable(signing->currentText()));
        QVERIFY(next(w)->isEnabled());
        click(next(w));
        click(next(w));
        click(submitButton(w));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ClientWizard::DonePage), 10000);
        QCOMPARE(storedClients().first().signingCertificateId, std::optional<qint64>(savedKey->id));
        wizard.reset();

        // The key is deleted (the store unlinks it): the wizard says why Next is off.
        QVERIFY(s->removeCertificate(savedKey->id));
        wizard = openWizard(storedClients().first());
        w = wizard.get();
        click(next(w));
        QTRY_COMPARE(w->currentId(), int(ClientWizard::AuthenticationPage));
        QTRY_VERIFY(!next(w)->isEnabled());
        auto *problem = w->findChild<QLabel *>(
            QString(fields::signingCertificate) + QStringLiteral("Problem"));
        QVERIFY(problem);
        QTRY_VERIFY(problem->isVisible()
            && !problem->text().isEmpty()); // why Next is off, beside the field
    }

    void editingAwayFromASecretRemovesIt()
    {
        OAuthClient c = makeClient(m_appId, QStringLiteral("batch-x"), QStringLiteral("batch-x-1"));
        std::optional<Result<OAuthClient>> saved;
        m_registry->save(c, SecretBytes::fromUtf8(QStringLiteral("batch-secret")), this,
            [&saved](Result<OAuthClient> r) { saved = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value() && saved->has_value(), 10000);
        const OAuthClient stored = **saved;
        QVERIFY(keychainEntry(Keychain::clientSecretKey(stored.uuid)));
        // Machine to machine → Native app: a public client, so its secret goes.
        auto wizard = openWizard(stored);
        QWizard *w = wizard.get();
        QTest::mouseClick(child<QRadioButton>(w, "type_native"), Qt::LeftButton, {}, QPoint(8, 8));
        click(next(w));
        QMessageBox *box = waitForMessageBox(w, QStringLiteral("confirmTypeChange"));
        QVERIFY(box);
        click(child<QAbstractButton>(box, "confirmButton"));
        QTRY_COMPARE(w->currentId(), int(ClientWizard::AuthenticationPage));
        addUri(w, "redirectUrisInput", QStringLiteral("http://127.0.0.1/callback"));
        click(next(w));
        click(next(w));
        QVERIFY(child<QLabel>(w, "whatSubmitDoes")->text().contains(QStringLiteral("is removed")));
        click(submitButton(w));
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ClientWizard::DonePage), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            keychainEntry(Keychain::clientSecretKey(stored.uuid)), std::nullopt, 5000);
        QCOMPARE(storedClients().first().authMethod, AuthMethod::None);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
