// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace oauthdesk {

/// An add/remove list of URIs (redirect URIs, post-logout redirect URIs). Type a URI, press
/// Enter or Add; select one and press Remove or Delete.
class UriListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UriListEditor)

public:
    UriListEditor(const QString &objectName, const QString &placeholder, QWidget *parent = nullptr);

    [[nodiscard]] QStringList uris() const;
    void setUris(const QStringList &uris);
    [[nodiscard]] QLineEdit *input() const { return m_input; }

    /// Adds what is typed in the input (tests and the Add button).
    void addTyped();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_input;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace oauthdesk
