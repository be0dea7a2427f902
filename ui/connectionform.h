#pragma once

#include "cluster/session.h"
#include "common/obversion.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace obrestore {

// A sys-tenant connection: host (with recent connections), port, user, password, TLS files, and an action button
// whose work the owning page runs in the background. The password is never stored or shown in clear.
class ConnectionForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionForm)

public:
    // `prefix` makes the children's objectNames unique per page (e.g. "source" → "sourceHostEdit").
    ConnectionForm(const QString &prefix, QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &settings); // keeps the password field as it is unless non-empty
    void setActionText(const QString &text);
    void setBusy(bool busy);
    // The outcome of the last action: a one-line result, green for ok, red for errors.
    void setResult(const QString &text, bool ok);
    // The two outcomes of a connection: the server's version (remembered as a recent connection), or the error.
    void showConnected(const ObVersion &version);
    void showError(const ServerError &error);
    void clearResult();

Q_SIGNALS:
    void actionRequested();
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillRecent();
    void applyRecent(int index);
    void browse(QLineEdit *edit);

    QFormLayout *m_form = nullptr;
    QComboBox *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_tls = nullptr;
    QGroupBox *m_tlsBox = nullptr;
    QFormLayout *m_tlsForm = nullptr;
    QLineEdit *m_ca = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QList<QPushButton *> m_browseButtons;
    QPushButton *m_action = nullptr;
    QLabel *m_result = nullptr;
    std::optional<ObVersion> m_connected; // shown as "Connected: …", rewritten on a language switch
    QString m_actionText;
    QList<ConnectionSettings> m_recent;
};

} // namespace obrestore
