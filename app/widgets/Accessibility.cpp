// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Accessibility.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolButton>

namespace oauthdesk {

namespace {

QString plainLabel(QString text)
{
    // "&Name:" → "Name"
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

/// What a field is called: its accessible name, else its form label or buddy, else its placeholder.
QString fieldName(QWidget *field)
{
    if (!field->accessibleName().isEmpty())
        return field->accessibleName();
    if (QWidget *parent = field->parentWidget()) {
        if (auto *form = qobject_cast<QFormLayout *>(parent->layout())) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                return plainLabel(label->text());
        }
        const auto labels = parent->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->buddy() == field)
                return plainLabel(label->text());
        }
    }
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        return edit->placeholderText();
    return {};
}

void nameClearButton(QToolButton *button)
{
    const QAction *action = button->defaultAction();
    auto *edit = qobject_cast<QLineEdit *>(button->parentWidget());
    if (!action || !edit)
        return;
    if (action->objectName() != QLatin1String("_q_qlineeditclearaction")) {
        // Another QLineEdit::addAction button (an icon, "show the secret"): its action's text or
        // tip.
        if (button->accessibleName().isEmpty()) {
            const QString text = plainLabel(action->text());
            button->setAccessibleName(text.isEmpty() ? action->toolTip() : text);
        }
        return;
    }
    const QString field = fieldName(edit);
    const QString name = field.isEmpty() ? AccessibleNamer::tr("Clear")
                                         : AccessibleNamer::tr("Clear %1").arg(field);
    if (button->accessibleName() != name)
        button->setAccessibleName(name);
}

/// A read-only text view that is a tab's page is called after its tab.
void nameTabPage(QAbstractScrollArea *view)
{
    if (!view->accessibleName().isEmpty())
        return;
    auto *stack = qobject_cast<QStackedWidget *>(view->parentWidget());
    auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
    if (!tabs)
        return;
    const int index = tabs->indexOf(view);
    if (index >= 0)
        view->setAccessibleName(plainLabel(tabs->tabText(index)));
}

} // namespace

AccessibleNamer::AccessibleNamer(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("accessibleNamer"));
}

void AccessibleNamer::install()
{
    if (!qApp
        || qApp->findChild<AccessibleNamer *>(
            QStringLiteral("accessibleNamer"), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new AccessibleNamer(qApp));
    const auto widgets = QApplication::allWidgets();
    for (QWidget *w : widgets)
        nameWidget(w);
}

void AccessibleNamer::nameWidget(QWidget *w)
{
    if (auto *button = qobject_cast<QToolButton *>(w))
        nameClearButton(button);
    else if (qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w))
        nameTabPage(static_cast<QAbstractScrollArea *>(w));
}

bool AccessibleNamer::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::Polish || event->type() == QEvent::Show)
        && watched->isWidgetType())
        nameWidget(static_cast<QWidget *>(watched));
    return QObject::eventFilter(watched, event);
}

} // namespace oauthdesk
