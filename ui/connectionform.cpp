#include "connectionform.h"

#include "plan/recents.h"
#include "secretfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace obrestore {

namespace {

QString named(const QString &prefix, const char *name)
{
    return prefix + QLatin1StringView(name);
}

} // namespace

ConnectionForm::ConnectionForm(const QString &prefix, QWidget *parent) : QWidget(parent)
{
    setObjectName(named(prefix, "ConnectionForm"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    outer->addLayout(m_form);

    m_host = new QComboBox(this);
    m_host->setObjectName(named(prefix, "HostEdit"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->setMinimumContentsLength(24);
    m_port = new QSpinBox(this);
    m_port->setObjectName(named(prefix, "PortEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(2881);
    m_user = new QLineEdit(QStringLiteral("root@sys"), this);
    m_user->setObjectName(named(prefix, "UserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(named(prefix, "PasswordEdit"));
    makeSecretField(m_password);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_port);
    // QFormLayout creates no label for an empty text: make them, retranslateUi() names them.
    m_form->addRow(new QLabel(this), hostRow);
    m_form->addRow(new QLabel(this), m_user);
    m_form->addRow(new QLabel(this), m_password);

    m_tls = new QCheckBox(this);
    m_tls->setObjectName(named(prefix, "TlsCheck"));
    m_form->addRow(new QLabel(this), m_tls);
    m_tlsBox = new QGroupBox(this);
    m_tlsBox->setObjectName(named(prefix, "TlsBox"));
    m_tlsForm = new QFormLayout(m_tlsBox);
    for (auto [edit, name] : {std::pair{&m_ca, "CaEdit"}, std::pair{&m_cert, "CertEdit"}, std::pair{&m_key, "KeyEdit"}}) {
        *edit = new QLineEdit(m_tlsBox);
        (*edit)->setObjectName(named(prefix, name));
        auto *row = new QHBoxLayout;
        row->addWidget(*edit, 1);
        auto *browse = new QPushButton(m_tlsBox);
        browse->setObjectName(named(prefix, name).replace(QStringLiteral("Edit"), QStringLiteral("Browse")));
        m_browseButtons << browse;
        QLineEdit *target = *edit;
        connect(browse, &QPushButton::clicked, this, [this, target] { this->browse(target); });
        connect(target, &QLineEdit::textEdited, this, &ConnectionForm::edited);
        row->addWidget(browse);
        m_tlsForm->addRow(new QLabel(m_tlsBox), row);
    }
    m_tlsBox->setVisible(false);
    m_form->addRow(m_tlsBox);
    connect(m_tls, &QCheckBox::toggled, this, [this](bool on) {
        m_tlsBox->setVisible(on);
        Q_EMIT edited();
    });

    auto *actionRow = new QHBoxLayout;
    m_action = new QPushButton(this);
    m_action->setObjectName(named(prefix, "ConnectButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(named(prefix, "ConnectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actionRow->addWidget(m_action, 0, Qt::AlignTop);
    actionRow->addWidget(m_result, 1);
    outer->addLayout(actionRow);
    connect(m_action, &QPushButton::clicked, this, &ConnectionForm::actionRequested);

    connect(m_host, &QComboBox::editTextChanged, this, &ConnectionForm::edited);
    connect(m_host, &QComboBox::activated, this, &ConnectionForm::applyRecent);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionForm::edited);
    connect(m_user, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    connect(m_password, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    // Return in any field of the form runs its action (Connect), not the wizard's default button.
    for (QWidget *w : std::initializer_list<QWidget *>{m_host->lineEdit(), m_port, m_user, m_password, m_ca, m_cert, m_key})
        w->installEventFilter(this);
    fillRecent();
    if (!m_recent.isEmpty())
        setSettings(m_recent.first());
    else
        m_host->setEditText(QStringLiteral("127.0.0.1"));
    retranslateUi();
}

void ConnectionForm::fillRecent()
{
    m_recent = Recents::connections();
    const QSignalBlocker block(m_host); // the same connection: not an edit
    const QString text = m_host->currentText();
    m_host->clear();
    for (const ConnectionSettings &c : std::as_const(m_recent))
        m_host->addItem(c.displayName());
    m_host->setEditText(text);
}

void ConnectionForm::applyRecent(int index)
{
    if (index < 0 || index >= m_recent.size())
        return;
    ConnectionSettings c = m_recent[index];
    m_password->clear(); // a recent connection never carries its password
    setSettings(c);
    Q_EMIT edited();
}

ConnectionSettings ConnectionForm::settings() const
{
    ConnectionSettings c;
    QString host = m_host->currentText().trimmed();
    // A recent entry shows as user@host:port: take the host part back out.
    for (const ConnectionSettings &r : m_recent) {
        if (host == r.displayName())
            host = r.host;
    }
    c.host = host;
    c.port = quint16(m_port->value());
    c.user = m_user->text().trimmed();
    c.password = m_password->text();
    c.tls = m_tls->isChecked();
    c.caFile = m_ca->text().trimmed();
    c.certFile = m_cert->text().trimmed();
    c.keyFile = m_key->text().trimmed();
    return c;
}

void ConnectionForm::setSettings(const ConnectionSettings &s)
{
    m_host->setEditText(s.host);
    m_port->setValue(s.port);
    m_user->setText(s.user);
    if (!s.password.isEmpty())
        m_password->setText(s.password);
    m_tls->setChecked(s.tls);
    m_ca->setText(s.caFile);
    m_cert->setText(s.certFile);
    m_key->setText(s.keyFile);
}

void ConnectionForm::setActionText(const QString &text)
{
    m_actionText = text;
    m_action->setText(text);
}

bool ConnectionForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_action->isEnabled() && m_action->isVisible())
                m_action->click();
            return true; // consumed either way: a busy form must not fall through to Next
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConnectionForm::setBusy(bool busy)
{
    m_action->setEnabled(!busy);
    if (busy) {
        m_connected.reset();
        m_result->setStyleSheet(QString());
        m_result->setText(tr("Connecting to %1…").arg(settings().displayName()));
    }
}

void ConnectionForm::setResult(const QString &text, bool ok)
{
    m_connected.reset();
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b7a2e;") : QStringLiteral("color: #b3261e;"));
    m_result->setText(text);
    if (ok) {
        Recents::rememberConnection(settings()); // never with the password (Recents drops it)
        fillRecent();
    }
}

void ConnectionForm::showConnected(const ObVersion &version)
{
    setResult(tr("Connected: OceanBase %1.").arg(version.toString()), true);
    m_connected = version;
}

void ConnectionForm::showError(const ServerError &error)
{
    setResult(error.toStringWithFix(), false);
}

void ConnectionForm::clearResult()
{
    m_connected.reset();
    m_result->clear();
}

void ConnectionForm::browse(QLineEdit *edit)
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), edit->text(),
                                                      tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!file.isEmpty()) {
        edit->setText(file);
        Q_EMIT edited();
    }
}

void ConnectionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionForm::retranslateUi()
{
    auto setLabel = [](QFormLayout *form, int row, const QString &text) {
        if (auto *item = form->itemAt(row, QFormLayout::LabelRole)) {
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setText(text);
        }
    };
    setLabel(m_form, 0, tr("Host and port:"));
    setLabel(m_form, 1, tr("User:"));
    setLabel(m_form, 2, tr("Password:"));
    m_user->setPlaceholderText(tr("root@sys"));
    m_password->setPlaceholderText(tr("never saved"));
    m_host->setToolTip(tr("The host of an OBServer or OBProxy of the cluster; recent connections are in the list."));
    m_tls->setText(tr("Use TLS"));
    m_tlsBox->setTitle(tr("TLS (PEM files)"));
    setLabel(m_tlsForm, 0, tr("CA certificate:"));
    setLabel(m_tlsForm, 1, tr("Client certificate:"));
    setLabel(m_tlsForm, 2, tr("Client key:"));
    m_ca->setPlaceholderText(tr("required: the server's certificate is verified against it"));
    m_cert->setPlaceholderText(tr("optional, together with the key"));
    m_key->setPlaceholderText(tr("optional, together with the certificate"));
    for (QPushButton *b : std::as_const(m_browseButtons))
        b->setText(tr("Browse…"));
    if (m_connected)
        m_result->setText(tr("Connected: OceanBase %1.").arg(m_connected->toString()));
    if (!m_actionText.isEmpty())
        m_action->setText(m_actionText);
}

} // namespace obrestore
