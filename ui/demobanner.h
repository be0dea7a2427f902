#pragma once

#include <QLabel>
#include <QString>

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
};

// The strip on top of every page that says this is the demo and where its pieces are.
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
    DemoInfo m_info;
};

} // namespace obrestore
