#include "sourcepage.h"

#include "background.h"
#include "connectionform.h"
#include "diagnosticspanel.h"
#include "objectstorageform.h"
#include "common/backupuri.h"
#include "plan/displayzone.h"
#include "plan/recents.h"
#include "plan/wizardtasks.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QHeaderView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace obrestore {

SourcePage::SourcePage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(QStringLiteral("sourcePage"));
    auto *layout = new QVBoxLayout(this);

    auto *modeRow = new QHBoxLayout;
    m_onlineRadio = new QRadioButton(this);
    m_onlineRadio->setObjectName(QStringLiteral("sourceOnlineRadio"));
    m_offlineRadio = new QRadioButton(this);
    m_offlineRadio->setObjectName(QStringLiteral("sourceOfflineRadio"));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_onlineRadio);
    m_modeGroup->addButton(m_offlineRadio);
    modeRow->addWidget(m_onlineRadio);
    modeRow->addWidget(m_offlineRadio);
    modeRow->addStretch(1);
    layout->addLayout(modeRow);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sourceStack"));
    // Online: the connection, and for backups in object storage the keys of their buckets.
    auto *online = new QWidget(m_stack);
    online->setObjectName(QStringLiteral("onlinePanel"));
    auto *onlineLayout = new QVBoxLayout(online);
    onlineLayout->setContentsMargins(0, 0, 0, 0);
    m_connection = new ConnectionForm(QStringLiteral("source"), online);
    onlineLayout->addWidget(m_connection);
    m_keysBox = new QWidget(online);
    m_keysBox->setObjectName(QStringLiteral("sourceKeysBox"));
    auto *keys = new QVBoxLayout(m_keysBox);
    keys->setContentsMargins(0, 0, 0, 0);
    m_keysLabel = new QLabel(m_keysBox);
    m_keysLabel->setObjectName(QStringLiteral("sourceKeysLabel"));
    m_keysLabel->setWordWrap(true);
    keys->addWidget(m_keysLabel);
    auto *keysRow = new QHBoxLayout;
    m_keysList = new QTreeWidget(m_keysBox);
    m_keysList->setObjectName(QStringLiteral("sourceKeysList"));
    m_keysList->setColumnCount(3);
    m_keysList->setRootIsDecorated(false);
    m_keysList->setUniformRowHeights(true);
    m_keysList->setWordWrap(false);
    m_keysList->header()->setStretchLastSection(true);
    m_keysList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_keysList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_keysList->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_enterKey = new QPushButton(m_keysBox);
    m_enterKey->setObjectName(QStringLiteral("enterKeyButton"));
    m_enterKey->setEnabled(false);
    keysRow->addWidget(m_keysList, 1);
    keysRow->addWidget(m_enterKey, 0, Qt::AlignTop);
    keys->addLayout(keysRow);
    m_keysBox->setVisible(false);
    onlineLayout->addWidget(m_keysBox);
    m_stack->addWidget(online);
    // Offline.
    auto *offline = new QWidget(m_stack);
    offline->setObjectName(QStringLiteral("offlinePanel"));
    auto *off = new QVBoxLayout(offline);
    off->setContentsMargins(0, 0, 0, 0);
    m_locationLabel = new QLabel(offline);
    m_locationLabel->setWordWrap(true);
    off->addWidget(m_locationLabel);
    auto *row = new QHBoxLayout;
    m_location = new QComboBox(offline);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->addItems(Recents::locations());
    m_location->setEditText(QString());
    m_location->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_browse = new QPushButton(offline);
    m_browse->setObjectName(QStringLiteral("browseLocationButton"));
    m_objectToggle = new QPushButton(offline);
    m_objectToggle->setObjectName(QStringLiteral("objectStorageButton"));
    m_add = new QPushButton(offline);
    m_add->setObjectName(QStringLiteral("addLocationButton"));
    row->addWidget(m_location, 1);
    row->addWidget(m_browse);
    row->addWidget(m_objectToggle);
    row->addWidget(m_add);
    off->addLayout(row);
    m_objectForm = new ObjectStorageForm(this);
    auto *listRow = new QHBoxLayout;
    m_locations = new QListWidget(offline);
    m_locations->setObjectName(QStringLiteral("locationList"));
    m_locations->setMaximumHeight(m_locations->fontMetrics().lineSpacing() * 4 + 8);
    m_remove = new QPushButton(offline);
    m_remove->setObjectName(QStringLiteral("removeLocationButton"));
    listRow->addWidget(m_locations, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    off->addLayout(listRow);
    auto *parseRow = new QHBoxLayout;
    m_parse = new QPushButton(offline);
    m_parse->setObjectName(QStringLiteral("parseButton"));
    m_cancel = new QPushButton(offline);
    m_cancel->setObjectName(QStringLiteral("cancelParseButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(offline);
    m_progress->setObjectName(QStringLiteral("parseProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(120);
    m_counts = new QLabel(offline);
    m_counts->setObjectName(QStringLiteral("parseCounts"));
    parseRow->addWidget(m_parse);
    parseRow->addWidget(m_cancel);
    parseRow->addWidget(m_progress);
    parseRow->addWidget(m_counts, 1);
    off->addLayout(parseRow);
    m_stack->addWidget(offline);
    layout->addWidget(m_stack);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sourceSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_diagnostics = new DiagnosticsPanel(this);
    layout->addWidget(m_diagnostics, 1);

    m_countTimer = new QTimer(this);
    m_countTimer->setInterval(100);
    connect(m_countTimer, &QTimer::timeout, this, &SourcePage::updateCounts);

    connect(m_onlineRadio, &QRadioButton::toggled, this, [this](bool on) { setOnline(on); });
    connect(m_connection, &ConnectionForm::actionRequested, this, &SourcePage::readOnline);
    connect(m_browse, &QPushButton::clicked, this, &SourcePage::browseLocation);
    connect(m_enterKey, &QPushButton::clicked, this, &SourcePage::enterKey);
    connect(m_keysList, &QTreeWidget::itemActivated, this, &SourcePage::enterKey);
    connect(m_keysList, &QTreeWidget::currentItemChanged, this, [this] { m_enterKey->setEnabled(m_keysList->currentItem() && !m_busy); });
    connect(m_objectToggle, &QPushButton::clicked, this, [this] {
        m_objectForm->setLocationMode();
        const auto typed = BackupUri::parse(m_location->currentText().trimmed());
        if (typed && !typed->isLocal()) {
            m_objectForm->setUri(m_location->currentText().trimmed()); // a pasted object-storage URI fills the form
            m_location->setEditText(QString());                        // and leaves the edit field, where it shows
        }
        m_objectForm->show();
        m_objectForm->raise();
        m_objectForm->activateWindow();
    });
    connect(m_objectForm, &ObjectStorageForm::addRequested, this, [this] {
        if (m_objectForm->isKeyMode()) {
            useTypedKey();
            return;
        }
        QString error;
        const QString uri = m_objectForm->uri(&error);
        if (uri.isEmpty()) {
            m_objectForm->setTestResult(false, error);
            return;
        }
        addLocationText(uri);
        m_objectForm->hide();
    });
    connect(m_objectForm, &ObjectStorageForm::testRequested, this, &SourcePage::testAccess);
    connect(m_add, &QPushButton::clicked, this, &SourcePage::addLocation);
    connect(m_location->lineEdit(), &QLineEdit::returnPressed, this, &SourcePage::addLocation);
    auto removeCurrent = [this] {
        delete m_locations->currentItem();
        m_remove->setEnabled(m_locations->count() > 0);
    };
    connect(m_remove, &QPushButton::clicked, this, removeCurrent);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_locations);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, removeCurrent);
    connect(m_locations, &QListWidget::itemActivated, this, &SourcePage::editLocation);
    connect(m_parse, &QPushButton::clicked, this, &SourcePage::startParse);
    connect(m_cancel, &QPushButton::clicked, this, &SourcePage::cancelParse);
    m_remove->setEnabled(false);
    m_offlineRadio->setChecked(true);
    setOnline(false);
    // The findings name times: written again in the one display zone whenever it changes.
    connect(&DisplayZone::instance(), &DisplayZone::changed, this, &SourcePage::retranslateFindings);
    retranslateUi();
}

SourcePage::~SourcePage()
{
    cancelParse();
}

void SourcePage::setDemo(const DemoInfo &info)
{
    ConnectionSettings c;
    c.host = info.host;
    c.port = info.port;
    c.user = info.user;
    m_connection->setSettings(c);
    if (const auto uri = BackupUri::parse(info.backupRoot); uri && !uri->isLocal()) {
        // The demo bucket: listed (masked) and in the object-storage form, never in the edit field in clear.
        addLocationText(info.backupRoot);
        m_objectForm->setUri(info.backupRoot);
        m_location->setEditText(QString());
    } else {
        m_location->setEditText(info.backupRoot);
    }
}

void SourcePage::initializePage()
{
    const int value = field(QStringLiteral("scenario")).toInt();
    const Scenario scenario = isValidScenario(value) ? Scenario(value) : Scenario::SourceOffline;
    m_state.plan.scenario = scenario;
    const bool choose = scenario == Scenario::TargetNotManaged;
    m_onlineRadio->setVisible(choose);
    m_offlineRadio->setVisible(choose);
    if (scenario == Scenario::SourceOnline)
        m_onlineRadio->setChecked(true);
    else if (scenario == Scenario::SourceOffline)
        m_offlineRadio->setChecked(true);
    setOnline(m_onlineRadio->isChecked());
    retranslateUi();
}

void SourcePage::setOnline(bool online)
{
    if (m_state.sourceOnline != online && m_state.catalog) {
        // Another kind of source: what was found belongs to the other one.
        setCatalog(std::nullopt);
        m_outcome = Outcome::None;
        m_state.sourceKeys = SourceKeys();
    }
    m_state.sourceOnline = online;
    m_stack->setCurrentIndex(online ? 0 : 1);
    retranslateUi();
    Q_EMIT completeChanged();
}

QStringList SourcePage::locationList() const
{
    // The listed locations, which are what a parse reads (object storage with its secret: in memory only); a masked
    // or missing key is taken from the object-storage form's secret field (a location chosen from the recent ones
    // has its key masked).
    QStringList out;
    const QString secret = m_objectForm->secret();
    for (int i = 0; i < m_locations->count(); ++i) {
        QString l = m_locations->item(i)->data(Qt::UserRole).toString();
        if (const auto uri = BackupUri::parse(l); uri && !uri->isLocal() && !secret.isEmpty())
            l = uri->withAccessKey(secret).toRawString();
        if (!containsLocation(out, l))
            out << l;
    }
    return out;
}

void SourcePage::addLocation()
{
    const QString text = m_location->currentText().trimmed();
    if (text.isEmpty())
        return;
    addLocationText(text);
    m_location->setEditText(QString());
}

void SourcePage::addLocationText(const QString &text)
{
    // Shown with its secrets masked; the item keeps the real text for the parse. The same location again (also:
    // with its key now given where the listed one had it masked) replaces the listed one instead of repeating it.
    const QString shown = maskUriSecrets(text);
    for (int i = 0; i < m_locations->count(); ++i) {
        QListWidgetItem *item = m_locations->item(i);
        if (sameLocation(item->data(Qt::UserRole).toString(), text)) {
            if (!text.contains(QLatin1StringView("access_key=******"))) {
                item->setData(Qt::UserRole, text);
                item->setText(shown);
            }
            m_locations->setCurrentItem(item);
            return;
        }
    }
    auto *item = new QListWidgetItem(shown, m_locations);
    item->setData(Qt::UserRole, text);
    item->setToolTip(locationToolTip());
    m_locations->setCurrentItem(item);
    m_remove->setEnabled(true);
}

QString SourcePage::locationToolTip()
{
    return tr("Double-click to edit this location; Delete removes it.");
}

void SourcePage::editLocation(QListWidgetItem *item)
{
    // Back into the field it came from: object storage into its form (where the key stays in a password field),
    // anything else into the edit field. Taken out of the list until it is added again.
    if (!item)
        return;
    const QString text = item->data(Qt::UserRole).toString();
    m_objectForm->setLocationMode();
    delete item;
    m_remove->setEnabled(m_locations->count() > 0);
    if (const auto uri = BackupUri::parse(text); uri && !uri->isLocal()) {
        m_objectForm->setUri(text);
        m_objectForm->show();
        m_objectForm->raise();
        m_objectForm->activateWindow();
        return;
    }
    // Not object storage, or not a location at all: into the field, but never with a secret in clear (a refused
    // URI that carried one comes back masked, and its key must be typed again).
    m_location->setEditText(maskUriSecrets(text));
    m_location->setFocus();
}

void SourcePage::testAccess()
{
    QString error;
    QString location = m_objectForm->uri(&error);
    if (location.isEmpty()) {
        // The form is not filled: test what is typed, else the selected location (its key from the form if masked).
        location = m_location->currentText().trimmed();
        if (location.isEmpty() && m_locations->currentItem())
            location = m_locations->currentItem()->data(Qt::UserRole).toString();
        const QString secret = m_objectForm->secret();
        if (const auto uri = BackupUri::parse(location); uri && !uri->isLocal() && !secret.isEmpty())
            location = uri->withAccessKey(secret).toRawString();
    }
    if (location.isEmpty()) {
        m_objectForm->setTestResult(false, error);
        return;
    }
    m_objectForm->setTesting(true);
    const QString secret = m_objectForm->secret();
    const quint64 request = ++m_testRequest;
    runInBackground(m_state.pool, this, [location, secret] { return obrestore::testAccess(location, secret); },
                    [this, request](const AccessTest &r) {
                        if (request != m_testRequest)
                            return;
                        m_objectForm->setTesting(false);
                        m_objectForm->setTestResult(r.reachable, r.summary);
                    });
}

void SourcePage::browseLocation()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a backup location"), m_location->currentText());
    if (!dir.isEmpty())
        m_location->setEditText(dir);
}

void SourcePage::readOnline()
{
    const ConnectionSettings settings = m_connection->settings();
    m_state.sourceConnection = settings;
    m_busy = true;
    m_connection->setBusy(true);
    Q_EMIT completeChanged();
    CatalogOptions options;
    options.timeZone = DisplayZone::instance().zone();
    const quint64 request = ++m_request;
    runInBackground(m_state.pool, this, [settings, options] { return readOnlineSource(settings, options); },
                    [this, request](const OnlineSource &r) {
                        if (request != m_request)
                            return;
                        m_busy = false;
                        m_connection->setBusy(false);
                        m_state.sourceKeys = r.keys;
                        m_keyTests.clear();
                        if (!r.catalog) {
                            m_outcome = Outcome::Failed;
                            m_failure = r.error.toString();
                            m_connection->showError(r.error);
                            setCatalog(std::nullopt);
                            updateKeys();
                            return;
                        }
                        m_outcome = Outcome::Online;
                        m_scan = r.scan;
                        m_connection->showConnected(r.sourceVersion);
                        setOnlineCatalog(*r.catalog);
                    });
}

void SourcePage::setOnlineCatalog(const Catalog &catalog)
{
    setCatalog(catalog);
    // The statement's FROM takes each destination's key from here (held in memory only), and the tenant page's file
    // check reads the buckets with them.
    m_state.plan.sourceLocations = m_state.sourceKeys.locations();
    m_state.sourceStorage = m_state.sourceKeys.storage();
    updateKeys();
    testKeys();
}

void SourcePage::updateKeys()
{
    const SourceKeys &keys = m_state.sourceKeys;
    m_keysBox->setVisible(m_state.sourceOnline && !keys.isEmpty());
    const QString current = m_keysList->currentItem() ? m_keysList->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_keysList->clear();
    int missing = 0;
    for (const SourceKeys::Bucket &b : keys.buckets()) {
        QString state;
        switch (b.state) {
        case SourceKeys::State::FromSource:
            state = tr("read from the source cluster");
            break;
        case SourceKeys::State::Typed:
            state = tr("entered here (kept for this session only)");
            break;
        case SourceKeys::State::Encrypted:
            state = tr("stored encrypted by the source cluster, which a restore cannot use: enter it");
            ++missing;
            break;
        case SourceKeys::State::Missing:
            state = tr("not readable on the source cluster: enter it");
            ++missing;
            break;
        }
        if (m_keyTests.contains(b.id))
            state += QStringLiteral(" — ") + m_keyTests.value(b.id);
        auto *item = new QTreeWidgetItem(m_keysList, {b.displayName(), tr("%n destination(s)", nullptr, int(b.destinations.size())), state});
        item->setData(0, Qt::UserRole, b.id);
        item->setToolTip(0, b.destinations.join(u'\n'));
        item->setToolTip(2, state);
        if (b.state == SourceKeys::State::Encrypted || b.state == SourceKeys::State::Missing)
            item->setForeground(2, QColor(0xb3, 0x26, 0x1e));
        if (b.id == current)
            m_keysList->setCurrentItem(item);
    }
    // As tall as its rows (up to four): the findings below keep the page's room.
    const int rows = qBound(1, m_keysList->topLevelItemCount(), 4);
    const int rowHeight = m_keysList->topLevelItemCount() > 0 ? m_keysList->sizeHintForRow(0) : m_keysList->fontMetrics().height() + 4;
    m_keysList->setFixedHeight(m_keysList->header()->sizeHint().height() + rows * rowHeight + 2 * m_keysList->frameWidth());
    QString text = tr("The backups are in object storage: a restore's FROM needs each bucket's access key. Keys are kept in "
                      "memory only, never saved, shown or logged.");
    if (missing > 0)
        text += u' ' + tr("%n bucket(s) have no key a restore can use: select one and press Enter key… (a restore that reads it "
                          "cannot start without).", nullptr, missing);
    m_keysLabel->setText(text);
    m_enterKey->setEnabled(m_keysList->currentItem() && !m_busy);
}

void SourcePage::enterKey()
{
    if (!m_keysList->currentItem() && m_keysList->topLevelItemCount() > 0)
        m_keysList->setCurrentItem(m_keysList->topLevelItem(0));
    const QTreeWidgetItem *item = m_keysList->currentItem();
    if (!item)
        return;
    m_keyBucket = item->data(0, Qt::UserRole).toString();
    for (const SourceKeys::Bucket &b : m_state.sourceKeys.buckets()) {
        if (b.id == m_keyBucket)
            m_objectForm->setKeyFor(b.displayName(), b.formUri);
    }
    m_objectForm->show();
    m_objectForm->raise();
    m_objectForm->activateWindow();
}

void SourcePage::useTypedKey()
{
    QString error;
    const QString uri = m_objectForm->uri(&error);
    if (uri.isEmpty() || !m_state.sourceKeys.setTyped(m_keyBucket, uri, &error)) {
        m_objectForm->setTestResult(false, error);
        return;
    }
    m_objectForm->hide();
    m_objectForm->setLocationMode();
    m_keyTests.remove(m_keyBucket);
    if (!m_scan)
        return;
    // The catalog again with the key's parameters in the destinations (masked), so the tenant page says what the
    // restore reads exactly as for an offline location; built in the background like every catalog.
    ScanResult scan = *m_scan;
    m_state.sourceKeys.applyTo(scan);
    CatalogOptions options;
    options.timeZone = DisplayZone::instance().zone();
    m_busy = true;
    Q_EMIT completeChanged();
    const quint64 request = ++m_request;
    runInBackground(m_state.pool, this, [scan, options] { return buildCatalog(scan, options); },
                    [this, request, scan](const Catalog &catalog) {
                        if (request != m_request)
                            return;
                        m_busy = false;
                        m_scan = scan;
                        setOnlineCatalog(catalog);
                    });
}

void SourcePage::testKeys()
{
    // Each usable key tried on its bucket (a listing of its first destination), so a key rotated since the source
    // stored it is named before a restore fails on it. Reaching the bucket from this computer is not what the
    // cluster's servers do (they may use an internal endpoint): a failure is shown, never blocking.
    const quint64 request = ++m_keyTestRequest;
    for (const SourceKeys::Bucket &b : m_state.sourceKeys.buckets()) {
        const QString location = m_state.sourceKeys.locationOf(b.id);
        if (location.isEmpty() || m_keyTests.contains(b.id))
            continue;
        m_keyTests.insert(b.id, tr("testing access…"));
        const QString id = b.id;
        runInBackground(m_state.pool, this, [location] { return obrestore::testAccess(location, QString()); },
                        [this, request, id](const AccessTest &r) {
                            if (request != m_keyTestRequest)
                                return;
                            m_keyTests.insert(id, (r.reachable ? tr("✔ access tested: %1") : tr("✖ access test failed: %1")).arg(r.summary));
                            updateKeys();
                        });
    }
    updateKeys();
}

void SourcePage::startParse()
{
    // A location typed (or chosen from the recent ones) but not added joins the list, so the list always shows
    // everything a parse reads (rule 9 of issue 16).
    addLocation();
    const QStringList locations = locationList();
    if (locations.isEmpty()) {
        m_summary->setText(tr("Enter a backup location first."));
        return;
    }
    // A recent object-storage location keeps no key: it must be typed again (in the object storage form).
    for (const QString &l : locations) {
        if (l.contains(QLatin1StringView("access_key=******"))) {
            m_summary->setText(tr("Enter the secret access key of %1 in the object storage form (recent locations keep no key).")
                                   .arg(maskUriSecrets(l)));
            m_objectForm->setUri(l);
            m_objectForm->show();
            return;
        }
    }
    for (const QString &l : locations)
        Recents::rememberLocation(maskUriSecrets(l)); // never a secret in the settings
    cancelParse();
    m_control = std::make_shared<ParseControl>();
    m_busy = true;
    m_parse->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    setCatalog(std::nullopt);
    m_summary->setText(tr("Parsing %n location(s)…", nullptr, int(locations.size())));
    updateCounts();
    m_countTimer->start();
    Q_EMIT completeChanged();
    CatalogOptions options;
    options.timeZone = DisplayZone::instance().zone();
    const auto control = m_control;
    const quint64 request = ++m_request;
    // Two readers: the parse shares the machine with the GUI thread, which must never stall.
    runInBackground(m_state.pool, this, [locations, options, control] { return parseLocations(locations, options, control, QDir::currentPath(), 2); },
                    [this, request, locations](const OfflineParse &r) {
                        if (request != m_request)
                            return;
                        m_countTimer->stop();
                        updateCounts();
                        m_busy = false;
                        m_parse->setEnabled(true);
                        m_cancel->setEnabled(false);
                        m_progress->setVisible(false);
                        if (!r.invalidLocations.isEmpty()) {
                            m_outcome = Outcome::Failed;
                            m_failure = r.invalidLocations.join(u'\n');
                        } else {
                            m_outcome = r.catalog.cancelled ? Outcome::Cancelled : Outcome::Parsed;
                        }
                        m_scan = r.scan;
                        m_state.sourceKeys = SourceKeys(); // an offline location carries its own key
                        setCatalog(r.catalog.cancelled ? std::nullopt : std::optional<Catalog>(r.catalog));
                        m_state.sourceStorage = r.scan.storage;
                        m_state.plan.sourceLocations = locations; // the statement's FROM takes its secrets from here
                    });
}

void SourcePage::cancelParse()
{
    if (m_control)
        m_control->cancel = true;
}

void SourcePage::updateCounts()
{
    if (!m_control)
        return;
    QString text = tr("%1 folders, %2 files listed; %3 destinations, %4 metadata files read")
                       .arg(m_control->folders.load())
                       .arg(m_control->files.load())
                       .arg(m_control->destinations.load())
                       .arg(m_control->metadataRead.load());
    if (m_control->requests.load() > 0)
        text += tr("; %1 requests, %2 received").arg(m_control->requests.load()).arg(locale().formattedDataSize(m_control->bytes.load()));
    m_counts->setText(text);
}

void SourcePage::setCatalog(std::optional<Catalog> catalog)
{
    m_state.catalog = std::move(catalog);
    m_state.sourceStorage.reset();
    m_state.plan.sourceLocations.clear();
    ++m_state.sourceGeneration;
    m_state.plan.source.reset(); // the tenant page chooses again
    if (m_state.catalog)
        DisplayZone::instance().suggestSourceOf(*m_state.catalog); // findings in the zone the next pages use
    if (m_state.catalog)
        m_diagnostics->setCatalog(*m_state.catalog, DisplayZone::instance().zone());
    else
        m_diagnostics->clear();
    updateSummary();
    Q_EMIT completeChanged();
}

void SourcePage::updateSummary()
{
    QString text;
    if (m_state.catalog) {
        const Catalog &c = *m_state.catalog;
        int restorable = 0;
        for (const TenantEntry &t : c.tenants)
            restorable += t.windows.isEmpty() ? 0 : 1;
        if (c.tenants.isEmpty())
            text = tr("No tenant was found. The findings below say why, and how to fix it.");
        else if (restorable == 0)
            text = tr("%n tenant(s) found, but none has a restorable window. The findings below say why.", nullptr, int(c.tenants.size()));
        else
            text = tr("%n tenant(s) found, %1 with a restorable window. Press Next to choose one.", nullptr, int(c.tenants.size())).arg(restorable);
    } else if (m_outcome == Outcome::Cancelled) {
        text = tr("The parse was cancelled. Nothing was found yet.");
    } else if (m_outcome == Outcome::Failed) {
        text = m_failure;
    } else if (m_busy) {
        text = m_state.sourceOnline ? QString() : tr("Parsing…");
    } else {
        text = m_state.sourceOnline ? tr("Connect to read the source cluster's tenants and their backups.")
                                    : tr("Add one or more backup locations and press Parse.");
    }
    m_summary->setText(text);
}

bool SourcePage::isComplete() const
{
    return !m_busy && m_state.catalog && m_state.catalog->hasRestorableWindow();
}

void SourcePage::retranslateFindings()
{
    // The findings' messages were written in the language of the parse: write them again from the same scan in
    // the new one (in the background; nothing else changes, so the tenant chosen stays chosen).
    if (!m_scan || !m_state.catalog || m_busy)
        return;
    const ScanResult scan = *m_scan;
    CatalogOptions options;
    options.timeZone = DisplayZone::instance().zone();
    const quint64 generation = m_state.sourceGeneration;
    runInBackground(m_state.pool, this, [scan, options] { return buildCatalog(scan, options).diagnostics; },
                    [this, generation](const QList<Diagnostic> &diagnostics) {
                        if (generation != m_state.sourceGeneration || !m_state.catalog)
                            return;
                        m_state.catalog->diagnostics = diagnostics;
                        m_diagnostics->setCatalog(*m_state.catalog, DisplayZone::instance().zone());
                    });
}

void SourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        retranslateFindings();
    }
    QWizardPage::changeEvent(event);
}

void SourcePage::retranslateUi()
{
    if (m_state.sourceOnline) {
        setTitle(tr("Source: the source cluster"));
        setSubTitle(tr("Connect to the source cluster's sys tenant. Its tenants, backup sets and archive pieces are read "
                       "from its views."));
    } else {
        setTitle(tr("Source: the backup location"));
        setSubTitle(tr("Parse the backup location's files. Nothing is written, and only metadata files are read."));
    }
    m_onlineRadio->setText(tr("Read from the source cluster (online)"));
    m_offlineRadio->setText(tr("Parse the backup location (offline)"));
    m_connection->setActionText(tr("Connect and read backups"));
    m_locationLabel->setText(tr("Backup locations: a data backup path, a log archive path, or any folder above them "
                                "(file:///path or /path; an NFS mount works), or object storage: paste OceanBase's URI "
                                "(s3://, oss://, cos://) or fill in the object storage form."));
    m_objectToggle->setText(tr("Object storage…"));
    m_location->lineEdit()->setPlaceholderText(tr("/data/nfs/backup"));
    m_browse->setText(tr("Browse…"));
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    for (int i = 0; i < m_locations->count(); ++i)
        m_locations->item(i)->setToolTip(locationToolTip());
    m_parse->setText(tr("Parse"));
    m_cancel->setText(tr("Cancel parse"));
    m_keysList->setHeaderLabels({tr("Bucket"), tr("Destinations"), tr("Access key")});
    m_enterKey->setText(tr("Enter key…"));
    updateKeys();
    updateCounts();
    updateSummary();
}

} // namespace obrestore
