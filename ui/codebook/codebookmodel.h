#pragma once

#include "core/model/types.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class Document;

/**
 * The codebook as a tree (themes > sub-themes > codes) as the current reviewer may see it,
 * with how often the reviewer applied each code. Follows Document::changed in one switch.
 * Drops (codes to regroup, text spans to code) become undo commands; the model never
 * writes to the project itself.
 */
class CodebookModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, KeyColumn, ColumnCount };
    enum Role { CodeIdRole = Qt::UserRole + 1, ColorRole, DirectCountRole };

    static constexpr auto CodeMimeType = "application/x-dyad-code-ids";

    explicit CodebookModel(QObject *parent = nullptr);
    ~CodebookModel() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOf(const QUuid &codeId, int column = 0) const;
    QUuid codeId(const QModelIndex &index) const;
    const core::Code *code(const QUuid &codeId) const;
    /** Visible codes in tree order (depth first), e.g. for the code picker. */
    std::vector<QUuid> codesInTreeOrder() const;

    /** Quick keys 1–9: the code bound to a key (null when none). */
    QUuid quickKeyCode(int key) const;
    int quickKeyOf(const QUuid &codeId) const;
    /** Binds a key to a code (and unbinds it elsewhere); remembered per project and reviewer. */
    void setQuickKey(int key, const QUuid &codeId);

    /** Whether the counts are still being counted (off the GUI thread, on a project file). */
    bool countsPending() const { return m_countsPending; }

signals:
    void quickKeysChanged();
    /** The counts were (re)counted from the project. */
    void countsChanged();

private:
    struct Node;

    void documentChanged(const core::ChangeEvent &event);
    void rebuild();
    void codeAdded(const QUuid &codeId);
    void codeChanged(const QUuid &codeId);
    void codeRemoved(const QUuid &codeId);
    void refreshCounts();
    void applyCounts(const QHash<QUuid, int> &counts);
    void recomputeTotals();
    void codingChanged(const core::ChangeEvent &event);
    void addToCount(const QUuid &codeId, int delta);
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    int insertPosition(const Node *parent, const core::Code &code, const Node *ignore) const;
    void loadQuickKeys();
    void announceKeyColumn();
    void saveQuickKeys() const;
    QString quickKeySettingsKey() const;

    Document *m_document = nullptr;
    std::unique_ptr<Node> m_root;
    QHash<QUuid, Node *> m_nodes;
    QUuid m_quickKeys[9];
    bool m_quickKeysExplicit = false;
    quint64 m_countGeneration = 0;
    bool m_countsPending = false;
    bool m_countsStale = false;
    QUuid m_countsReviewer; // whose codings the nodes' counts are
};

} // namespace dyad::ui
