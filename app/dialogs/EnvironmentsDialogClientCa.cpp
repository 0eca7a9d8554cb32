// SPDX-License-Identifier: GPL-3.0-or-later
// The Environments dialog's "Client CA the AS trusts" (issue 15): the CA certificates the AS
// accepts client certificates from (tls_client_auth), loaded from a file by the use case (read and
// checked off the GUI thread), shown as subjects and expiry, kept in the form until Save.
#include "dialogs/EnvironmentsDialog.h"
#include "usecases/Workspace.h"
#include "widgets/FieldProblems.h"
#include "widgets/TimeFormat.h"
#include "widgets/Tones.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oauthdesk {

QWidget *EnvironmentsDialog::buildClientCaBox(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("clientCaBox"));
    box->setAccessibleName(Environments::clientCaLabel());
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_clientCaSummary = new QLabel(box);
    m_clientCaSummary->setObjectName(QStringLiteral("clientCaSummary"));
    m_clientCaSummary->setAccessibleName(Environments::clientCaLabel());
    m_clientCaSummary->setTextFormat(Qt::RichText); // subjects escaped in showClientCa()
    // Lines of its own (showClientCa() breaks them), not word-wrapped: a wrapped label's size
    // hint is a guess that made the row tall once a problem showed under it.
    m_clientCaSummary->setWordWrap(false);
    m_clientCaSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clientCaSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_clientCaSummary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    const QString why
        = tr("The CA certificate(s) the AS accepts client certificates from (tls_client_auth, "
             "RFC 8705 §2.1): public certificates only, never a key. The doctor checks that "
             "transport certificates chain to them.");
    m_clientCaSummary->setToolTip(why);
    box->setToolTip(why);
    auto *buttons = new QVBoxLayout;
    auto *load = new QPushButton(tr("&Load from file…"), box);
    load->setObjectName(QStringLiteral("loadClientCaButton"));
    load->setAccessibleName(tr("Load the client CA the AS trusts from a file"));
    m_clearClientCa = new QPushButton(tr("Clear"), box);
    m_clearClientCa->setObjectName(QStringLiteral("clearClientCaButton"));
    m_clearClientCa->setAccessibleName(tr("Clear the client CA the AS trusts"));
    box->setFocusProxy(load); // the row label's mnemonic lands on Load from file…
    buttons->addWidget(load);
    buttons->addWidget(m_clearClientCa);
    buttons->addStretch(1);
    layout->addWidget(m_clientCaSummary, 1);
    layout->addLayout(buttons);

    connect(load, &QPushButton::clicked, this, [this] {
        auto *fd = new QFileDialog(this, tr("Client CA the AS trusts (PEM)"), QString(),
            tr("CA certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        fd->setAttribute(Qt::WA_DeleteOnClose);
        fd->setFileMode(QFileDialog::ExistingFile);
        connect(fd, &QFileDialog::fileSelected, this, &EnvironmentsDialog::loadClientCaFile);
        fd->open();
    });
    connect(m_clearClientCa, &QPushButton::clicked, this, [this] {
        ++m_clientCaLoads; // a load still under way no longer applies
        m_clientCaPem.clear();
        m_problems->clear();
        showClientCa();
        setStatus(tr("Client CA cleared; Save environment to keep the change."), false);
    });
    return box;
}

void EnvironmentsDialog::loadClientCaFile(const QString &path)
{
    if (path.isEmpty())
        return;
    // The answer applies only to the form it was asked for (not after a switch or a Clear).
    const quint64 load = ++m_clientCaLoads;
    setStatus(tr("Reading %1…").arg(QDir::toNativeSeparators(path)), false);
    m_workspace.environments().loadClientCa(path).then(
        this, [this, load](Result<ClientCaRead> read) {
            if (load != m_clientCaLoads)
                return;
            if (!read) {
                // Beside the field; what the form held (an earlier CA, the other fields) stays.
                m_problems->show({ { Environments::clientCaField(), read.error().message } });
                setStatus(QString(), false);
                Q_EMIT clientCaLoaded(false);
                return;
            }
            m_problems->clear();
            m_clientCaPem = read->pem;
            showClientCa(*read);
            setStatus(tr("Loaded %n CA certificate(s); Save environment to keep them.", nullptr,
                          int(read->certificates.size())),
                false);
            Q_EMIT clientCaLoaded(true);
        });
}

void EnvironmentsDialog::showClientCa(const std::optional<ClientCaRead> &known)
{
    m_clearClientCa->setEnabled(!m_clientCaPem.isEmpty());
    if (m_clientCaPem.isEmpty()) {
        m_clientCaSummary->setText(
            tr("Not recorded: the doctor cannot check that transport certificates<br>"
               "chain to the CA the AS trusts. Load the CA certificate(s) the AS<br>"
               "accepts client certificates from."));
        m_clientCaSummary->setToolTip(m_clientCaSummary->parentWidget()->toolTip());
        return;
    }
    // Stored PEM was checked when it was loaded; reading it again is a few certificates' worth.
    Result<ClientCaRead> read
        = known ? Result<ClientCaRead>(*known) : Environments::readClientCa(m_clientCaPem);
    if (!read) {
        m_clientCaSummary->setText(read.error().message.toHtmlEscaped());
        return;
    }
    // A long distinguished name is shortened on screen; the tooltip has every one in full.
    auto shortened = [](const QString &dn) {
        constexpr qsizetype kMax = 60;
        return dn.size() <= kMax ? dn : dn.left(kMax - 1) + QStringLiteral("…");
    };
    QStringList full;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    for (const ClientCaSummary &c : std::as_const(read->certificates)) {
        const qint64 days = now.daysTo(c.notAfter);
        QString when;
        QString colour;
        if (c.notAfter <= now) {
            when = tr("expired on %1").arg(timeformat::date(c.notAfter));
            colour = tones::css(tones::Tone::Bad, palette());
        } else if (days <= 30) {
            when = tr("expires in %n day(s), on %1", nullptr, int(days))
                       .arg(timeformat::date(c.notAfter));
            colour = tones::css(tones::Tone::Warning, palette());
        } else {
            when = tr("valid until %1").arg(timeformat::date(c.notAfter));
        }
        const QString kind
            = c.selfSigned ? tr("root") : tr("issued by %1").arg(shortened(c.issuer));
        // Two lines each: the subject, then its expiry and whether it is a root.
        QString line = QStringLiteral("<b>%1</b><br>&nbsp;&nbsp;&nbsp;")
                           .arg(shortened(c.subject).toHtmlEscaped());
        line += colour.isEmpty()
            ? when.toHtmlEscaped()
            : QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, when.toHtmlEscaped());
        line += QStringLiteral(" <span style='color:%2'>(%1)</span>")
                    .arg(kind.toHtmlEscaped(), tones::css(tones::Tone::Muted, palette()));
        lines.append(line);
        full.append(QStringLiteral("%1: %2 (%3)")
                        .arg(c.subject, when,
                            c.selfSigned ? tr("root") : tr("issued by %1").arg(c.issuer)));
    }
    m_clientCaSummary->setText(lines.join(QStringLiteral("<br>")));
    m_clientCaSummary->setToolTip(full.join(QLatin1Char('\n')));
}

} // namespace oauthdesk
