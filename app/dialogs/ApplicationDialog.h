// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Application.h"

#include <QDialog>
#include <memory>

class QLineEdit;
class QPlainTextEdit;

namespace oauthdesk {

class FieldProblems;

/// Create or rename an application: name, description, organisation ID.
class ApplicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationDialog)

public:
    explicit ApplicationDialog(Application app, QWidget *parent = nullptr);
    ~ApplicationDialog() override;

    [[nodiscard]] Application application() const;
    void accept() override;

private:
    Application m_app;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_organisationId;
    std::unique_ptr<FieldProblems> m_problems;
};

} // namespace oauthdesk
