// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CertificateDetailsWidget.h"

#include "widgets/TimeFormat.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

namespace {
QByteArray thumbprintBytes(const QString &hex)
{
    QString clean = hex;
    clean.remove(QLatin1Char(':'));
    return QByteArray::fromHex(clean.toLatin1());
}
} // namespace

QString CertificateDetailsWidget::colonHex(const QString &hex)
{
    const QByteArray bytes = thumbprintBytes(hex);
    return bytes.isEmpty() ? QString() : QString::fromLatin1(bytes.toHex(':').toUpper());
}

QString CertificateDetailsWidget::x5tS256(const QString &hex)
{
    const QByteArray bytes = thumbprintBytes(hex);
    return bytes.isEmpty() ? QString()
                           : QString::fromLatin1(bytes.toBase64(
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString CertificateDetailsWidget::keyAlgorithmName(KeyAlgorithm a)
{
    switch (a) {
    case KeyAlgorithm::Rsa2048:
        return tr("RSA 2048");
    case KeyAlgorithm::Rsa3072:
        return tr("RSA 3072");
    case KeyAlgorithm::Rsa4096:
        return tr("RSA 4096");
    case KeyAlgorithm::EcP256:
        return tr("EC P-256");
    case KeyAlgorithm::EcP384:
        return tr("EC P-384");
    }
    return toWire(a);
}

QString CertificateDetailsWidget::purposeName(CertificatePurpose p)
{
    return p == CertificatePurpose::Signing ? tr("Signing") : tr("Transport (mTLS)");
}

QString CertificateDetailsWidget::stateName(const CertificateRecord &r)
{
    if (r.state == CertificateState::Expired
        || (r.state == CertificateState::Issued && r.notAfter
            && *r.notAfter < QDateTime::currentDateTimeUtc()))
        return tr("expired");
    switch (r.state) {
    case CertificateState::KeyOnly:
        return tr("key only");
    case CertificateState::CsrPending:
        return tr("CSR pending");
    case CertificateState::Issued:
        return tr("issued");
    case CertificateState::Expired:
        return tr("expired");
    }
    return {};
}

QString CertificateDetailsWidget::validityText(
    const std::optional<QDateTime> &when, bool withDaysLeft)
{
    if (!when)
        return {};
    const QString date = timeformat::date(*when);
    if (!withDaysLeft)
        return date;
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(when->toUTC());
    if (*when < QDateTime::currentDateTimeUtc())
        return tr("%1 (expired)").arg(date);
    return days == 1 ? tr("%1 (1 day left)").arg(date)
                     : tr("%1 (%2 days left)").arg(date).arg(days);
}

QLabel *CertificateDetailsWidget::addValue(
    QFormLayout *form, const QString &label, const char *name)
{
    auto *v = new QLabel(this);
    v->setObjectName(QString::fromLatin1(name));
    v->setTextFormat(Qt::PlainText);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    v->setWordWrap(true);
    QString accessible = label;
    accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    v->setAccessibleName(accessible);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(v);
    form->addRow(buddy, v);
    return v;
}

QLabel *CertificateDetailsWidget::addCopyableValue(QFormLayout *form, const QString &label,
    const char *name, const char *buttonName, const QString &what)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *v = new QLabel(row);
    v->setObjectName(QString::fromLatin1(name));
    v->setTextFormat(Qt::PlainText);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    v->setWordWrap(true);
    v->setAccessibleName(what);
    auto *copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), row);
    copy->setObjectName(QString::fromLatin1(buttonName));
    copy->setAccessibleName(tr("Copy %1").arg(what));
    copy->setEnabled(false);
    m_copyButtons.append(copy);
    layout->addWidget(v, 1);
    layout->addWidget(copy);
    connect(copy, &QPushButton::clicked, this, [this, v, what] {
        if (v->text().isEmpty())
            return;
        QGuiApplication::clipboard()->setText(v->text()); // public values: a plain copy
        Q_EMIT copied(what);
    });
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(copy);
    form->addRow(buddy, row);
    return v;
}

CertificateDetailsWidget::CertificateDetailsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("certificateDetails"));
    auto *form = new QFormLayout;
    m_purpose = addValue(form, tr("Purpose:"), "detailPurpose");
    m_algorithm = addValue(form, tr("Key algorithm:"), "detailKeyAlgorithm");
    m_subject = addValue(form, tr("Subject:"), "detailSubject");
    m_sans = addValue(form, tr("Alternative names:"), "detailSubjectAltNames");
    m_serial = addValue(form, tr("Serial number:"), "detailSerial");
    m_notBefore = addValue(form, tr("Valid from:"), "detailNotBefore");
    m_notAfter = addValue(form, tr("Valid until:"), "detailNotAfter");
    m_thumbprint = addCopyableValue(form, tr("SHA-256 &thumbprint:"), "detailThumbprint",
        "copyThumbprintButton", tr("SHA-256 thumbprint"));
    m_x5t = addCopyableValue(form, tr("&x5t#S256:"), "detailX5t", "copyX5tButton", tr("x5t#S256"));
    m_kid = addCopyableValue(form, tr("JWK &kid:"), "detailKid", "copyKidButton", tr("JWK kid"));

    m_csr = new QPlainTextEdit(this);
    m_csr->setObjectName(QStringLiteral("csrPem"));
    m_csr->setReadOnly(true);
    m_csr->setAccessibleName(tr("Certificate signing request (PEM)"));
    m_csr->setMaximumHeight(110);
    m_csr->setFont(QFont(QStringLiteral("monospace")));
    auto *csrLabel = new QLabel(tr("CS&R (PEM):"), this);
    csrLabel->setBuddy(m_csr);
    m_saveCsr = new QPushButton(tr("Sa&ve CSR…"), this);
    m_saveCsr->setObjectName(QStringLiteral("saveCsrButton"));
    m_saveCsr->setAccessibleName(tr("Save CSR to a file"));
    connect(m_saveCsr, &QPushButton::clicked, this, &CertificateDetailsWidget::saveCsrRequested);
    auto *csrBox = new QWidget(this);
    auto *csrLayout = new QVBoxLayout(csrBox);
    csrLayout->setContentsMargins(0, 0, 0, 0);
    csrLayout->addWidget(m_csr);
    csrLayout->addWidget(m_saveCsr, 0, Qt::AlignLeft);
    form->addRow(csrLabel, csrBox);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->addLayout(form);
    setRecord(std::nullopt);
}

void CertificateDetailsWidget::setRecord(const std::optional<CertificateRecord> &record)
{
    const auto dash = [](const QString &s) { return s.isEmpty() ? tr("—") : s; };
    if (!record) {
        for (QLabel *l : { m_purpose, m_algorithm, m_subject, m_sans, m_serial, m_notBefore,
                 m_notAfter, m_thumbprint, m_x5t, m_kid })
            l->clear();
        for (QPushButton *b : std::as_const(m_copyButtons))
            b->setEnabled(false);
        m_csr->clear();
        m_saveCsr->setEnabled(false);
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const CertificateRecord &r = *record;
    m_purpose->setText(purposeName(r.purpose));
    m_algorithm->setText(keyAlgorithmName(r.keyAlgorithm));
    m_subject->setText(dash(r.subjectDn));
    m_sans->setText(dash(r.subjectAltNames.join(QLatin1Char('\n'))));
    m_serial->setText(dash(r.serialNumber));
    m_notBefore->setText(dash(validityText(r.notBefore, false)));
    m_notAfter->setText(dash(validityText(r.notAfter, true)));
    m_thumbprint->setText(colonHex(r.sha256Thumbprint));
    m_x5t->setText(x5tS256(r.sha256Thumbprint));
    m_kid->setText(r.kid);
    m_copyButtons.at(0)->setEnabled(!m_thumbprint->text().isEmpty());
    m_copyButtons.at(1)->setEnabled(!m_x5t->text().isEmpty());
    m_copyButtons.at(2)->setEnabled(!m_kid->text().isEmpty());
    m_csr->setPlainText(QString::fromLatin1(r.csrPem));
    m_saveCsr->setEnabled(!r.csrPem.isEmpty());
}

} // namespace oauthdesk
