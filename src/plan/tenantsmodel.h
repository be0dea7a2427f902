#pragma once

#include "backupdest/catalog.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace obrestore {

// The tenants of a catalog for the wizard's tenant table (qt-house-style.md §3.3: models live in the core).
class TenantsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantsModel)

public:
    enum Column { ClusterColumn, TenantColumn, IdColumn, VersionColumn, SetsColumn, PiecesColumn, LatestColumn, StatusColumn, ColumnCount };

    explicit TenantsModel(QObject *parent = nullptr);

    void setTenants(const QList<TenantEntry> &tenants);
    const QList<TenantEntry> &tenants() const { return m_tenants; }
    const TenantEntry *tenant(int row) const;
    int rowOf(qint64 clusterId, qint64 tenantId) const;

    void setTimeZone(const QTimeZone &zone);
    // Re-emits the headers and cells after a language switch (models get no LanguageChange event).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sets and pieces as the table counts them: every set listed, every piece of every archive destination.
    static int setCount(const TenantEntry &t);
    static int pieceCount(const TenantEntry &t);
    // The translated status: restorable, no restorable window, 3.x listed only.
    static QString statusText(const TenantEntry &t);

private:
    QList<TenantEntry> m_tenants;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace obrestore
