// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/OAuthClient.h"
#include "usecases/Handoff.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace oauthdesk {

class Workspace;

/// "Export for developers…": the hand-off pack of one client for the developers' own tools
/// (Postman, Bruno, .http, curl), previewed file by file and saved to a folder or file, or as
/// one zip ("Save as zip…"). The secret is left out unless "Include the client secret" is
/// ticked (a warning says what that means; the files, or the zip, are then the owner's only);
/// the private key is never part of it.
class HandoffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffDialog)

public:
    HandoffDialog(const OAuthClient &client, Workspace &workspace, QWidget *parent = nullptr);

    /// What "Save…" and "Save as zip…" ask for.
    enum class SaveAs {
        Folder, ///< the folder for a pack of several files
        File, ///< the one file of a one-file pack
        Zip, ///< a .zip file holding the whole pack
    };
    /// Asks where to save @p kind, suggesting the name @p suggested; calls @p answer with the
    /// path (not at all when the admin cancels). Tests replace it.
    using PathChooser = std::function<void(
        SaveAs kind, const QString &suggested, std::function<void(const QString &)> answer)>;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

    /// The pack the preview shows (empty until the first one was built).
    [[nodiscard]] const HandoffPack &pack() const { return m_pack; }

public Q_SLOTS:
    /// Builds the pack again for the current choices (called on every change).
    void rebuild();
    void save();
    /// "Save as zip…": the whole pack as one zip file.
    void saveZip();

Q_SIGNALS:
    /// A pack was built (ok) or refused (the message is shown); tests wait for it.
    void packBuilt(bool ok);
    /// The pack was written; @p paths are the files (the zip file alone for "Save as zip…").
    void saved(const QStringList &paths);

private:
    void showFile(int index);
    void setStatus(const QString &text, bool error);

    OAuthClient m_client;
    Handoff m_handoff;
    HandoffPack m_pack;
    PathChooser m_chooser;
    int m_generation = 0;
    QComboBox *m_format = nullptr;
    QLineEdit *m_apiPath = nullptr;
    QCheckBox *m_includeSecret = nullptr;
    QLabel *m_secretWarning = nullptr;
    QComboBox *m_file = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveZip = nullptr;
};

} // namespace oauthdesk
