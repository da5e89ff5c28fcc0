#pragma once

#include "core/analysis/words.h"
#include "ui/analysis/common.h"

#include <QAbstractTableModel>
#include <QWidget>

class QCheckBox;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace dyad::ui::analysis {

/** Word, count, records, per 1,000 words. */
class WordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    using QAbstractTableModel::QAbstractTableModel;
    void setTable(core::analysis::WordTable table);
    const core::analysis::WordTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::analysis::WordTable m_table;
};

/** The Words dock: word frequencies of a code's text; selecting a word shows its KWIC lines. */
class WordsView : public QWidget
{
    Q_OBJECT

public:
    WordsView(ProjectAccessor project, QWidget *parent = nullptr);
    void reload();   ///< refills the pickers (another project); refresh() recomputes
    void refresh();
    /** Fills the KWIC list for @p word (what selecting a row does). */
    void showKwic(const QString &word);

    WordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *kwic() const { return m_kwic; }
    QComboBox *source() const { return m_source; }

private:
    core::analysis::WordOptions options() const;

    ProjectAccessor m_project;
    LayerPicker *m_layer;
    QComboBox *m_source;     ///< "Coded text", "Whole records", then every code
    QCheckBox *m_stopWords;
    QSpinBox *m_context;
    WordsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTableWidget *m_kwic;
    QString m_keyword;
};

} // namespace dyad::ui::analysis
