// SPDX-License-Identifier: GPL-3.0-or-later
// Accessible names for the widgets Qt creates on its own (issue 16): the clear button that
// QLineEdit::setClearButtonEnabled adds has no name, so a screen reader says only "button".
#pragma once

#include <QObject>

class QWidget;

namespace oauthdesk {

/// Application-wide event filter: names each line edit's clear button "Clear <field>" (and its
/// other action buttons after their action) when it is polished or shown, and a tab page's
/// read-only text view after its tab. Install once on
/// the QApplication (main() does; the GUI tests too).
class AccessibleNamer final : public QObject
{
    Q_OBJECT

public:
    explicit AccessibleNamer(QObject *parent = nullptr);

    /// Installs one namer on qApp (idempotent) and names the widgets that exist already.
    static void install();
    /// Names what needs a name in @p w (the widget itself only).
    static void nameWidget(QWidget *w);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace oauthdesk
