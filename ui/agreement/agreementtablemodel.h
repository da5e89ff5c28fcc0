#pragma once

#include "core/agreement/projectagreement.h"

#include <QAbstractTableModel>

#include <memory>

namespace dyad::ui {

/**
 * The figures of one pair of reviewers in one unit: a row per code, theme and the pooled
 * scope; columns depend on the unit (2×2 counts and coefficients, segment counts, or α_U).
 * Qt::DisplayRole is formatted text; SortRole gives numbers (NaN for undefined figures).
 */
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,   ///< numeric value for sorting
        ScopeKeyRole,                  ///< code or theme UUID text; empty for pooled
        ScopeKindRole,                 ///< "code", "theme" or "pooled"
    };

    enum Column {
        ScopeColumn,
        CodeColumn,
        // table units
        ACol, BCol, CCol, DCol, ObservedCol, KappaCol, CiCol, Ac1Col, PabakCol, AlphaCol, BandCol, FlagCol,
        TableColumnCount,
    };

    explicit AgreementTableModel(QObject *parent = nullptr);

    /** Shows a result (shared with the dashboard) for a pair and unit; null clears. */
    void setResult(std::shared_ptr<const core::agreement::ProjectAgreement> result, int pairIndex,
                   core::agreement::Unit unit);
    core::agreement::Unit unit() const { return m_unit; }
    int pairIndex() const { return m_pair; }
    const core::agreement::ProjectAgreement *result() const { return m_result.get(); }

    /** The scope shown in a row, or null. */
    const core::agreement::ScopeResult *scopeAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant tableCell(const core::agreement::Figures &f, int column, int role) const;
    /** The name of the one reviewer of the pair who applied the scope's code, or empty. */
    QString onlyOne(const core::agreement::Figures &f) const;

    std::shared_ptr<const core::agreement::ProjectAgreement> m_result;
    std::vector<const core::agreement::ScopeResult *> m_rows;
    int m_pair = 0;
    core::agreement::Unit m_unit = core::agreement::Unit::Character;
};

} // namespace dyad::ui
