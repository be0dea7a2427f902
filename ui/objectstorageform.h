#pragma once

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace obrestore {

// The source page's object-storage location, as a form in a window of its own (the page keeps its findings in
// view): provider, endpoint, bucket, path, access key ID, secret access key, region and addressing (S3), APPID
// (COS). It builds the URI OceanBase takes in its FROM and LOG_ARCHIVE_DEST ("s3://bucket/path?host=…&access_id=…
// &access_key=…"). The secret stays in this window's memory only (it is hidden, not destroyed, when closed): it
// is never shown again, never saved, and the URI built from it is handed over, not displayed.
class ObjectStorageForm final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectStorageForm)

public:
    explicit ObjectStorageForm(QWidget *parent = nullptr);

    // The URI with the real secret, or empty with `error` set (translated) when a required field is empty.
    QString uri(QString *error = nullptr) const;
    // Fills the fields from a pasted URI (the secret too, when it has one).
    void setUri(const QString &uri);
    // The secret typed here: used for a location whose key is masked or missing (a recent location).
    QString secret() const;
    // Asks for the key of one bucket of an online source (issue 28): the fields from `uri` (endpoint, bucket, path,
    // access key ID and other parameters, no secret), the secret field empty, the window titled with `bucketName`
    // and its button "Use this key". setLocationMode() goes back to adding a location.
    void setKeyFor(const QString &bucketName, const QString &uri);
    void setLocationMode();
    bool isKeyMode() const { return !m_keyFor.isEmpty(); }
    void setTestResult(bool ok, const QString &text);
    void setTesting(bool testing);

Q_SIGNALS:
    void testRequested();
    void addRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateProviderFields();

    QGridLayout *m_grid = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_bucket = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_accessId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_addressing = nullptr;
    QLineEdit *m_appId = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_result = nullptr;
    QList<QLabel *> m_labels;
    QString m_keyFor; // the bucket whose key is asked for; empty when adding a location
};

} // namespace obrestore
