// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/UriListEditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace oauthdesk {

UriListEditor::UriListEditor(const QString &objectName, const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(objectName);
    m_input->setObjectName(objectName + QStringLiteral("Input"));
    m_input->setPlaceholderText(placeholder);
    m_input->setAccessibleName(placeholder);
    m_list->setObjectName(objectName + QStringLiteral("List"));
    m_list->setMaximumHeight(74);
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    m_remove->setEnabled(false);
    setFocusProxy(m_input);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_input, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(3);
    root->addLayout(row);
    root->addWidget(m_list);

    connect(m_add, &QPushButton::clicked, this, &UriListEditor::addTyped);
    // Enter adds the URI and stops there: QLineEdit passes Return on, and in a wizard or dialog
    // it would also press the default button (Next) — one key, two actions.
    m_input->installEventFilter(this);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->takeItem(m_list->currentRow());
        Q_EMIT changed();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, m_remove, &QPushButton::click);
}

bool UriListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_input->text().isEmpty()) {
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UriListEditor::addTyped()
{
    // Kept as typed: lib/policy says what is wrong with it, beside the list.
    const QString text = m_input->text();
    if (text.isEmpty())
        return;
    m_list->addItem(text);
    m_input->clear();
    Q_EMIT changed();
}

QStringList UriListEditor::uris() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void UriListEditor::setUris(const QStringList &uris)
{
    m_list->clear();
    m_list->addItems(uris);
}

} // namespace oauthdesk
