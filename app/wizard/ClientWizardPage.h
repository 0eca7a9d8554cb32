// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Validation.h"

#include <QWizardPage>
#include <memory>

class QFormLayout;
class QLabel;

namespace oauthdesk {

class ClientWizard;
struct ClientDraft;
class FieldProblems;

/// What every stage of the wizard shares: it edits the wizard's ClientDraft as the admin types,
/// asks lib/policy about its own fields, marks them beside the field, and keeps Next disabled
/// while they are wrong. Back never resets anything: the draft is the truth, and each page
/// loads from it in initializePage().
class ClientWizardPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientWizardPage)

public:
    ClientWizardPage(ClientWizard *wizard, QList<QLatin1String> pageFields);
    ~ClientWizardPage() override;

    bool isComplete() const override;
    /// QWizard's default resets registered fields on Back; the draft keeps them instead.
    void cleanupPage() override { }

protected:
    [[nodiscard]] ClientWizard *clientWizard() const { return m_wizard; }
    [[nodiscard]] ClientDraft &draft() const;
    /// Adds "label: widget" with a problem label under the widget, bound to @p field.
    void addRow(
        QFormLayout *form, const QString &label, QWidget *field, QLatin1String problemField);
    /// Problems of @p field mark @p widget and appear under @p besideField's row.
    void alsoShow(QLatin1String field, QWidget *widget, QLatin1String besideField);
    /// Call after every edit by the admin: re-checks the page, marks fields, enables Next.
    void changed();
    /// Re-checks without counting as an edit (initializePage): fields are marked only once
    /// the admin has edited this page.
    void refresh();
    /// Extra problems only this page knows (e.g. the pasted secret on Review).
    [[nodiscard]] virtual Problems extraProblems() const { return {}; }

private:
    ClientWizard *m_wizard;
    QList<QLatin1String> m_fields;
    std::unique_ptr<FieldProblems> m_problems;
    bool m_touched = false;
};

} // namespace oauthdesk
