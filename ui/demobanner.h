#pragma once

#include <QLabel>
#include <QString>
#include <QTimer>

#include <functional>

namespace obrestore {

// What demo mode started, for the banner (plain values: the UI never sees the simulator).
struct DemoInfo
{
    QString host;
    quint16 port = 0;
    QString user;
    QString version;
    QString backupRoot;
    QString decryptionPassword; // pre-filled (masked) on the target page; never shown
    // What has gone from under the demo (translated), or empty; run off the GUI thread now and then.
    std::function<QString()> problem;
};

// The strip on top of every page that says this is the demo and where its pieces are, and, when they have gone (the
// sample folder removed, the simulated cluster stopped), says so instead of naming them as if they were there.
class DemoBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBanner)

public:
    DemoBanner(const DemoInfo &info, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();
    DemoInfo m_info;
    QTimer m_timer;
    QString m_problem;
    bool m_checking = false;
};

} // namespace obrestore
