// SPDX-License-Identifier: GPL-3.0-or-later
// Shared set-up for the offscreen GUI suites: a real SQLite file in a temporary folder, seeded
// through the same Store the app uses, then opened by an AsyncStore as main() does.
#pragma once

#include "MainWindow.h"
#include "policy/ApplicationTypePreset.h"
#include "store/Store.h"
#include "usecases/Workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace oauthdesk::test {

inline OAuthClient makeClient(qint64 appId, const QString &name, const QString &clientId,
    ApplicationType type = ApplicationType::MachineToMachine)
{
    const auto &preset = presetFor(type);
    OAuthClient c;
    c.applicationId = appId;
    c.name = name;
    c.clientId = clientId;
    c.applicationType = type;
    c.grantTypes = preset.grantTypes;
    c.pkce = preset.pkce;
    c.authMethod = preset.defaultAuthMethod;
    if (preset.redirectRule != RedirectRule::NoRedirects)
        c.redirectUris = { QStringLiteral("https://app.example.com/callback") };
    return c;
}

/// Opens the store at @p path in a Workspace and a MainWindow on it, as main() does; waits
/// until loaded.
struct OpenWindow
{
    std::unique_ptr<Workspace> workspace = std::make_unique<Workspace>();
    std::unique_ptr<MainWindow> window;

    bool open(const QString &path)
    {
        window = std::make_unique<MainWindow>(*workspace);
        QSignalSpy loaded(window.get(), &MainWindow::loaded);
        workspace->open(path).then(window.get(), [w = window.get()](Result<int> r) {
            if (!r)
                w->showStoreError(r.error());
        });
        workspace->snapshot().then(window.get(), [w = window.get()](Result<StoreSnapshot> s) {
            if (s)
                w->loadSnapshot(std::move(*s));
        });
        if (!loaded.wait(5000))
            return false;
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    ~OpenWindow()
    {
        window.reset(); // before the workspace: the window's answers are bound to it
        workspace.reset();
    }
};

/// The window-modal message box the window opened, once it shows.
inline QMessageBox *waitForMessageBox(QWidget *parent, const QString &objectName)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox *>(objectName);
            return box && box->isVisible();
        },
        3000);
    return shown ? box : nullptr;
}

} // namespace oauthdesk::test
