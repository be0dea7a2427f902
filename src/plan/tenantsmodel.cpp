#include "tenantsmodel.h"

#include "common/obversion.h"

namespace obrestore {

TenantsModel::TenantsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TenantsModel::setTenants(const QList<TenantEntry> &tenants)
{
    beginResetModel();
    m_tenants = tenants;
    endResetModel();
}

const TenantEntry *TenantsModel::tenant(int row) const
{
    return row >= 0 && row < m_tenants.size() ? &m_tenants[row] : nullptr;
}

int TenantsModel::rowOf(qint64 clusterId, qint64 tenantId) const
{
    for (int i = 0; i < m_tenants.size(); ++i) {
        if (m_tenants[i].clusterId == clusterId && m_tenants[i].tenantId == tenantId)
            return i;
    }
    return -1;
}

void TenantsModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_tenants.isEmpty())
        Q_EMIT dataChanged(index(0, LatestColumn), index(rowCount() - 1, LatestColumn));
}

void TenantsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tenants.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TenantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tenants.size());
}

int TenantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TenantsModel::setCount(const TenantEntry &t)
{
    int n = 0;
    for (const DataDestEntry &d : t.dataDests)
        n += int(d.sets.size());
    return n;
}

int TenantsModel::pieceCount(const TenantEntry &t)
{
    int n = 0;
    for (const ArchiveDestEntry &a : t.archiveDests)
        n += int(a.pieces.size());
    return n;
}

QString TenantsModel::statusText(const TenantEntry &t)
{
    if (t.layout == TenantEntry::Layout::V3x)
        return tr("3.x backup: listed, not analysed");
    if (t.windows.isEmpty())
        return tr("No restorable window");
    return tr("Restorable (%n window(s))", nullptr, int(t.windows.size()));
}

QVariant TenantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantEntry &t = m_tenants[index.row()];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case ClusterColumn:
            return t.clusterName.isEmpty() ? QString::number(t.clusterId) : tr("%1 (%2)").arg(t.clusterName).arg(t.clusterId);
        case TenantColumn:
            return t.tenantName.isEmpty() ? tr("(unknown name)") : t.tenantName;
        case IdColumn:
            return t.tenantId;
        case VersionColumn: {
            const auto v = ObVersion::fromCalcVersion(t.sourceClusterVersion);
            return v ? v->toString() : tr("unknown");
        }
        case SetsColumn:
            return setCount(t);
        case PiecesColumn:
            return pieceCount(t);
        case LatestColumn:
            return t.windows.isEmpty() ? QString() : t.windows.last().end.toDisplayString(m_zone);
        case StatusColumn:
            return statusText(t);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == SetsColumn || index.column() == PiecesColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == LatestColumn && !t.windows.isEmpty())
        return tr("SCN %1").arg(t.windows.last().end.toDecimal());
    if (role == Qt::ToolTipRole && (index.column() == TenantColumn || index.column() == ClusterColumn)) {
        // Where the backups are: what the restore statement will read.
        QStringList lines;
        for (const DataDestEntry &d : t.dataDests)
            lines << tr("Data backup path: %1").arg(d.uri);
        for (const ArchiveDestEntry &a : t.archiveDests)
            lines << tr("Log archive path: %1").arg(a.uri);
        return lines.join(u'\n');
    }
    return {};
}

QVariant TenantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ClusterColumn:
        return tr("Cluster");
    case TenantColumn:
        return tr("Tenant");
    case IdColumn:
        return tr("ID");
    case VersionColumn:
        return tr("Source version");
    case SetsColumn:
        return tr("Sets");
    case PiecesColumn:
        return tr("Pieces");
    case LatestColumn:
        return tr("Latest restorable point");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace obrestore
