// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/SupportBundle.h"

#include <QDialog>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace oauthdesk {

class Doctor;
class TokenSession;
class Workspace;

/// "Save support bundle…" for a client (issue 15): says what goes in, runs the doctor, and
/// offers the exchanges to include — the client's last test session in this process (with its
/// time), a fresh test token (clients that get one without a browser), or "Sign in now…" (clients
/// that sign in through a browser: the real Test sign-in, system browser and loopback redirect).
/// Lists the bundle's files with the redacted exchanges to look at, and saves the zip.
class SupportBundleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportBundleDialog)

public:
    SupportBundleDialog(Workspace &workspace, qint64 clientRowId, QWidget *parent = nullptr);
    ~SupportBundleDialog() override;

    /// How "Sign in now…" opens the browser (default: the system browser, as Test sign-in does;
    /// tests pass a headless one).
    void setBrowserOpener(std::function<bool(const QUrl &)> opener)
    {
        m_browserOpener = std::move(opener);
    }

    /// Writes the bundle to @p path (Save… asks for it).
    void saveTo(const QString &path);

    // For tests.
    [[nodiscard]] bool isReady() const { return m_input.has_value(); }
    [[nodiscard]] QStringList fileNames() const;
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] QString statusText() const;
    /// The bundle's files as they would be saved (name, content).
    [[nodiscard]] QList<SupportBundleFile> files() const;

Q_SIGNALS:
    /// The bundle is ready to be saved with the chosen exchanges (again after each change).
    void ready();
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void collect();
    void offerChoices();
    void choose();
    void runFreshToken();
    void signIn();
    void signedIn(SessionRecord record);
    [[nodiscard]] SessionRecord noSession() const;
    void use(const SessionRecord &session);
    void gathered();
    void setBusy(bool busy);
    void saveAsked();

    Workspace &m_workspace;
    qint64 m_clientRowId;
    std::unique_ptr<SupportBundle> m_bundle;
    std::unique_ptr<Doctor> m_doctor;
    std::function<bool(const QUrl &)> m_browserOpener;
    std::optional<SupportBundleInput> m_base; ///< client, application, environment
    std::optional<SupportBundleInput> m_input; ///< m_base with the chosen session and the report
    std::optional<QJsonObject> m_report;
    std::optional<SessionRecord> m_last; ///< the last session: remembered, or signed in here
    std::optional<SessionRecord> m_fresh; ///< the fresh test token, once run
    std::unique_ptr<TokenSession> m_signIn;
    QUrl m_signInUrl;
    bool m_busy = false;

    QLabel *m_status = nullptr;
    QRadioButton *m_useLast = nullptr;
    QRadioButton *m_useFresh = nullptr;
    QLabel *m_noSession = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelSignIn = nullptr;
    QPushButton *m_copyLink = nullptr;
    QTreeWidget *m_files = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace oauthdesk
