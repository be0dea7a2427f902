#include "objectstorageform.h"

#include "common/backupuri.h"
#include "secretfield.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace obrestore {

namespace {

// Provider rows: the URI scheme OceanBase uses for it. Every one but Azure Blob is read over the S3 protocol.
enum Provider { AwsS3, S3Compatible, AliyunOss, TencentCos, HuaweiObs, AzureBlob };
constexpr int kProviders = 6;

QString schemeOf(int provider)
{
    switch (provider) {
    case AliyunOss:
        return QStringLiteral("oss");
    case TencentCos:
        return QStringLiteral("cos");
    case AzureBlob:
        return QStringLiteral("azblob");
    default: // Huawei Cloud OBS too: OceanBase has no obs://, OBS is reached over S3 with its own endpoint
        return QStringLiteral("s3");
    }
}

bool isObsEndpoint(const QString &host)
{
    return host.contains(QLatin1StringView("myhuaweicloud.com"), Qt::CaseInsensitive);
}

} // namespace

ObjectStorageForm::ObjectStorageForm(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("objectStorageForm"));
    setModal(false);
    // Two label/field pairs per row: the form stays short enough for the page above the findings.
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    int cell = 0;
    auto field = [this, &cell](QWidget *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        auto *label = new QLabel(this);
        label->setBuddy(w);
        m_labels << label;
        const int row = cell / 2;
        const int column = (cell % 2) * 2;
        m_grid->addWidget(label, row, column);
        m_grid->addWidget(w, row, column + 1);
        ++cell;
    };
    m_provider = new QComboBox(this);
    for (int i = 0; i < kProviders; ++i)
        m_provider->addItem(QString());
    field(m_provider, "objectProviderCombo");
    m_endpoint = new QLineEdit(this);
    field(m_endpoint, "objectEndpointEdit");
    m_bucket = new QLineEdit(this);
    field(m_bucket, "objectBucketEdit");
    m_path = new QLineEdit(this);
    field(m_path, "objectPathEdit");
    m_accessId = new QLineEdit(this);
    field(m_accessId, "objectAccessIdEdit");
    m_secret = new QLineEdit(this);
    makeSecretField(m_secret);
    field(m_secret, "objectSecretEdit");
    m_region = new QLineEdit(this);
    field(m_region, "objectRegionEdit");
    m_addressing = new QComboBox(this);
    m_addressing->addItem(QString(), QStringLiteral("virtual_hosted_style"));
    m_addressing->addItem(QString(), QStringLiteral("path_style"));
    field(m_addressing, "objectAddressingCombo");
    m_appId = new QLineEdit(this);
    field(m_appId, "objectAppIdEdit");

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testAccessButton"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addObjectLocationButton"));
    buttons->addWidget(m_test);
    buttons->addWidget(m_add);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testAccessResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeObjectStorageButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    m_grid->addWidget(m_result, (cell + 1) / 2, 0, 1, 4);
    m_grid->addLayout(buttons, (cell + 1) / 2 + 1, 0, 1, 4);
    m_result->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    connect(m_close, &QPushButton::clicked, this, &QDialog::hide);

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] { updateProviderFields(); });
    connect(m_test, &QPushButton::clicked, this, &ObjectStorageForm::testRequested);
    connect(m_add, &QPushButton::clicked, this, &ObjectStorageForm::addRequested);
    retranslateUi();
    updateProviderFields();
}

QString ObjectStorageForm::secret() const
{
    return m_secret->text();
}

QString ObjectStorageForm::uri(QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const QString endpoint = m_endpoint->text().trimmed();
    const QString bucket = m_bucket->text().trimmed();
    if (endpoint.isEmpty())
        return fail(tr("Enter the endpoint of the object storage."));
    if (bucket.isEmpty() || bucket.contains(u'/') || bucket.contains(u'?'))
        return fail(tr("Enter the bucket name (without slashes)."));
    if (m_accessId->text().trimmed().isEmpty() || m_secret->text().isEmpty())
        return fail(tr("Enter the access key ID and the secret access key."));
    for (const QLineEdit *e : {m_endpoint, m_accessId, m_secret, m_region, m_appId, m_path}) {
        if (e->text().contains(u'&') || e->text().contains(u'?'))
            return fail(tr("\"&\" and \"?\" cannot appear in the fields: OceanBase splits the location's parameters at them."));
    }
    QString path = m_path->text().trimmed();
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    const int provider = m_provider->currentIndex();
    QString out = schemeOf(provider) + QStringLiteral("://") + bucket + (path.isEmpty() ? QString() : u'/' + path)
        + QStringLiteral("?host=") + endpoint + QStringLiteral("&access_id=") + m_accessId->text().trimmed()
        + QStringLiteral("&access_key=") + m_secret->text();
    if (provider == AwsS3 || provider == S3Compatible) {
        if (!m_region->text().trimmed().isEmpty())
            out += QStringLiteral("&s3_region=") + m_region->text().trimmed();
        if (m_addressing->currentIndex() == 1)
            out += QStringLiteral("&addressing_model=path_style");
    }
    if (provider == TencentCos && !m_appId->text().trimmed().isEmpty())
        out += QStringLiteral("&appid=") + m_appId->text().trimmed();
    return out;
}

void ObjectStorageForm::setUri(const QString &text)
{
    const auto parsed = BackupUri::parse(text);
    if (!parsed || parsed->isLocal())
        return;
    const QString path = parsed->objectPath();
    m_bucket->setText(path.section(u'/', 0, 0));
    m_path->setText(path.section(u'/', 1));
    for (const QString &t : parsed->query().split(u'&', Qt::SkipEmptyParts)) {
        const QString value = t.section(u'=', 1);
        if (t.startsWith(QLatin1StringView("host=")))
            m_endpoint->setText(value);
        else if (t.startsWith(QLatin1StringView("access_id=")))
            m_accessId->setText(value);
        else if (t.startsWith(QLatin1StringView("access_key=")) && value != u"******")
            m_secret->setText(value);
        else if (t.startsWith(QLatin1StringView("s3_region=")))
            m_region->setText(value);
        else if (t.startsWith(QLatin1StringView("appid=")))
            m_appId->setText(value);
        else if (t.startsWith(QLatin1StringView("addressing_model=")))
            m_addressing->setCurrentIndex(value.startsWith(u"path") ? 1 : 0);
    }
    // The provider from the scheme, and for s3:// from the endpoint read above (the host parameter itself, not any
    // text that happens to contain "host=").
    const int provider = parsed->scheme() == BackupUri::Scheme::Oss ? AliyunOss
        : parsed->scheme() == BackupUri::Scheme::Cos               ? TencentCos
        : parsed->scheme() == BackupUri::Scheme::Azblob            ? AzureBlob
        : isObsEndpoint(m_endpoint->text())                        ? HuaweiObs
                                                                   : S3Compatible;
    m_provider->setCurrentIndex(provider);
}

void ObjectStorageForm::setKeyFor(const QString &bucketName, const QString &uri)
{
    m_keyFor = bucketName;
    for (QLineEdit *e : {m_endpoint, m_bucket, m_path, m_accessId, m_secret, m_region, m_appId})
        e->clear();
    m_addressing->setCurrentIndex(0);
    m_result->clear();
    setUri(uri);
    retranslateUi();
    m_secret->setFocus();
}

void ObjectStorageForm::setLocationMode()
{
    if (m_keyFor.isEmpty())
        return;
    m_keyFor.clear();
    m_result->clear();
    retranslateUi();
}

void ObjectStorageForm::setTestResult(bool ok, const QString &text)
{
    m_result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
    adjustSize(); // the whole answer in view, however many lines it takes
}

void ObjectStorageForm::setTesting(bool testing)
{
    m_test->setEnabled(!testing);
    if (testing)
        m_result->setText(tr("Listing the location…"));
}

void ObjectStorageForm::updateProviderFields()
{
    const int p = m_provider->currentIndex();
    const bool s3 = p == AwsS3 || p == S3Compatible;
    // Labels sit in the list in field order: provider, endpoint, bucket, path, id, secret, region, addressing, appid.
    m_region->setEnabled(s3);
    m_addressing->setEnabled(s3);
    m_appId->setEnabled(p == TencentCos);
    m_labels[6]->setEnabled(s3);
    m_labels[7]->setEnabled(s3);
    m_labels[8]->setEnabled(p == TencentCos);
    switch (p) {
    case AwsS3:
        m_endpoint->setPlaceholderText(QStringLiteral("s3.us-east-1.amazonaws.com"));
        break;
    case S3Compatible:
        m_endpoint->setPlaceholderText(QStringLiteral("http://minio.example.com:9000"));
        break;
    case AliyunOss:
        m_endpoint->setPlaceholderText(QStringLiteral("oss-cn-hangzhou.aliyuncs.com"));
        break;
    case TencentCos:
        m_endpoint->setPlaceholderText(QStringLiteral("cos.ap-guangzhou.myqcloud.com"));
        break;
    case AzureBlob:
        m_endpoint->setPlaceholderText(QStringLiteral("https://ACCOUNT.blob.core.windows.net"));
        break;
    default:
        m_endpoint->setPlaceholderText(QStringLiteral("obs.cn-north-4.myhuaweicloud.com"));
        break;
    }
    retranslateUi(); // Azure names the key pair differently
}

void ObjectStorageForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ObjectStorageForm::retranslateUi()
{
    setWindowTitle(m_keyFor.isEmpty() ? tr("Object storage location") : tr("Access key of %1").arg(m_keyFor));
    m_close->setText(tr("Close"));
    m_provider->setItemText(AwsS3, tr("Amazon S3 (s3://)"));
    m_provider->setItemText(S3Compatible, tr("S3-compatible: MinIO, Ceph, GCS… (s3://)"));
    m_provider->setItemText(AliyunOss, tr("Alibaba Cloud OSS (oss://)"));
    m_provider->setItemText(TencentCos, tr("Tencent Cloud COS (cos://)"));
    m_provider->setItemText(HuaweiObs, tr("Huawei Cloud OBS (s3://)"));
    m_addressing->setItemText(0, tr("Virtual-hosted (bucket.host)"));
    m_addressing->setItemText(1, tr("Path (host/bucket)"));
    m_provider->setItemText(AzureBlob, tr("Azure Blob Storage (azblob://)"));
    // Azure's words for the same fields: the container, the storage account (access_id) and its key (access_key).
    const bool azure = m_provider->currentIndex() == AzureBlob;
    const QStringList labels{tr("Provider:"), tr("Endpoint (host):"), azure ? tr("Container:") : tr("Bucket:"),
                             azure ? tr("Path in the container:") : tr("Path in the bucket:"),
                             azure ? tr("Storage account:") : tr("Access key ID:"), azure ? tr("Account key:") : tr("Secret access key:"),
                             tr("Region (optional):"), tr("Addressing:"), tr("APPID:")};
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_path->setPlaceholderText(tr("backup/data or a folder above the destinations"));
    m_secret->setPlaceholderText(tr("kept in memory only, never saved"));
    m_region->setPlaceholderText(tr("from the endpoint, else us-east-1"));
    m_test->setText(tr("Test access"));
    m_add->setText(m_keyFor.isEmpty() ? tr("Add location") : tr("Use this key"));
}

} // namespace obrestore
