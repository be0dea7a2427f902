#pragma once

#include "monitor/progresspoller.h"
#include "monitor/progresstracker.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThreadPool;

namespace obrestore {

class ProgressChart;

// Asks for the tenant's name before a cancel (it drops the tenant being restored).
class CancelRestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelRestoreDialog)

public:
    // `recovery`: the cancel of a table-level recovery (the receiving tenant stays).
    CancelRestoreDialog(const QString &tenant, const QString &statement, QWidget *parent = nullptr, bool recovery = false);

private:
    QLineEdit *m_name = nullptr;
};

// One restore, watched live: the chart, the status in words (both rows), tablets, restore point against recovered
// up to, elapsed time, throughput and time left, the per-LS table, a stall warning with what to check, cancel, and
// at the end the next steps or the failure explained. The poller runs in its own thread; this widget only shows.
class ProgressView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressView)

public:
    ProgressView(QThreadPool *pool, QWidget *parent = nullptr);
    ~ProgressView() override;

    void watch(const PollTarget &target);
    // Embedded where a page already says the same above it (the run page): the headline is not repeated.
    void setHeadlineShown(bool shown);
    void stop();
    bool isWatching() const;
    const ProgressTracker &tracker() const { return m_tracker; }
    ProgressMonitor *monitor() const { return m_monitor; }
    ProgressChart *chart() const { return m_chart; }
    const PollTarget &target() const { return m_target; }

    // Defaults from the settings (monitor/intervalSeconds, monitor/stallMinutes); tests set them directly.
    void setIntervalMs(int ms);
    void setStallAfterSeconds(qint64 seconds);
    // Writes a support bundle of this job (the cluster's restore rows and events, the samples collected here, the
    // statements this view sent) to `path` in the background; the action line says when it is done.
    void exportBundle(const QString &path);
    // What the page that started the job knows, added to its bundles: files (the statements sent, the parse's
    // report) and secrets to redact (the plan's passwords; the bundle masks the rest itself).
    void setBundleContext(const QList<QPair<QString, QByteArray>> &files, const QList<QPair<QString, QString>> &descriptions,
                          const QStringList &secrets);

    // Whether the job seen last has ended by a cancel (sent from here, recorded, or told by its comment).
    bool endedByCancel() const;

Q_SIGNALS:
    void jobEnded(const obrestore::ProgressSample &final);
    // Statements this view sent (a cancel, dropped pools), as shown (secrets masked).
    void statementsSent(const QStringList &statements);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The status form's word-wrapped values need their wrapped height: a box layout gives a height-for-width
    // child only its plain minimum, which cut the longer (Chinese) lines to one.
    void fitForm();
    void saveSamples();
    QElapsedTimer m_lastSave;
    void onSample(const ProgressSample &sample);
    void onFinished(const ProgressSample &final);
    void refresh();
    QWidget *m_formBox = nullptr;
    void refreshLogStreams(const ProgressSample &s);
    void refreshTasks(const ProgressSample &s);
    void refreshOutcome();
    void retranslateUi();
    void askCancel();
    void askDropPools();
    void bundleClicked();

    QThreadPool *m_pool = nullptr;
    ProgressMonitor *m_monitor = nullptr;
    ProgressTracker m_tracker;
    PollTarget m_target;
    // A cancel sent by this view, or one the local record has for this job (a re-attached view).
    bool cancelledHere(const ProgressSample &s) const;
    bool m_cancelSent = false;
    mutable qint64 m_recordJobId = -1; // the job whose local cancel record m_recordSaysCancelled holds
    mutable bool m_recordSaysCancelled = false;
    QStringList m_cancelStatements; // what the cancel sent, until the outcome has said it once the job ended
    bool m_busy = false;
    QString m_actionResult; // the last cancel / drop result, translated
    QStringList m_sentByView; // statements this view sent (cancel, drop pool)
    std::optional<std::pair<qint64, QDateTime>> m_lastElapsed; // the newest elapsed seconds the server said, and when
    qint64 m_lastElapsedJob = 0;
    QList<QPair<QString, QByteArray>> m_bundleFiles;
    QList<QPair<QString, QString>> m_bundleDescriptions;
    QStringList m_bundleSecrets;

    QLabel *m_headline = nullptr;
    QLabel *m_connection = nullptr;
    QWidget *m_stallBox = nullptr;
    QLabel *m_stall = nullptr;
    QPlainTextEdit *m_stallChecks = nullptr;
    QPushButton *m_stallToggle = nullptr;
    ProgressChart *m_chart = nullptr;
    QComboBox *m_range = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_stallMinutes = nullptr;
    QList<QLabel *> m_names;
    QLabel *m_job = nullptr;
    QLabel *m_jobStatus = nullptr;
    QLabel *m_tenantStatus = nullptr;
    QLabel *m_data = nullptr;
    QLabel *m_log = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_throughput = nullptr;
    QLabel *m_timeLeft = nullptr;
    QLabel *m_lastSample = nullptr;
    QLabel *m_import = nullptr;
    QTableWidget *m_ls = nullptr;
    QTableWidget *m_tasks = nullptr;
    QWidget *m_outcomeBox = nullptr;
    QLabel *m_outcome = nullptr;
    QPlainTextEdit *m_nextSteps = nullptr;
    QPushButton *m_copyNextSteps = nullptr;
    QPushButton *m_dropPools = nullptr;
    QPushButton *m_bundle = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_refreshNow = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QLabel *m_stallLabel = nullptr;
    int m_intervalOverride = 0;
};

} // namespace obrestore
