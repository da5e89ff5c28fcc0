#include "ui/codebook/codebookview.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/workbench/recordtextedit.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>

namespace dyad::ui {

CodebookView::CodebookView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("CodebookView"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setUniformRowHeights(true);
    setAnimated(true);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(false);
}

void CodebookView::setCodebookModel(CodebookModel *model)
{
    m_model = model;
    setModel(model);
    header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(CodebookModel::CountColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CodebookModel::KeyColumn, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_expanded.clear();
        for (const QUuid &id : m_model->codesInTreeOrder())
            if (isExpanded(m_model->indexOf(id)))
                m_expanded << id;
        m_currentBeforeReset = currentCode();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        for (const QUuid &id : std::as_const(m_expanded))
            expand(m_model->indexOf(id));
        if (m_expanded.isEmpty())
            expandToDepth(0);
        if (!m_currentBeforeReset.isNull())
            selectCode(m_currentBeforeReset);
    });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentCodeChanged(m_model->codeId(current)); });
    expandToDepth(0);
}

QUuid CodebookView::currentCode() const
{
    return m_model ? m_model->codeId(currentIndex()) : QUuid();
}

std::vector<QUuid> CodebookView::selectedCodes() const
{
    std::vector<QUuid> out;
    if (!m_model)
        return out;
    for (const QModelIndex &i : selectionModel()->selectedRows())
        out.push_back(m_model->codeId(i));
    return out;
}

void CodebookView::selectCode(const QUuid &codeId)
{
    const QModelIndex index = m_model ? m_model->indexOf(codeId) : QModelIndex();
    if (!index.isValid())
        return;
    scrollTo(index);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CodebookView::dragEnterEvent(QDragEnterEvent *event)
{
    // Text from the record view is copied as a coding, never moved.
    if (event->mimeData()->hasFormat(QLatin1String(RecordTextEdit::SpanMimeType)))
        event->setDropAction(Qt::CopyAction);
    QTreeView::dragEnterEvent(event);
}

void CodebookView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    if (event->isAccepted() && event->mimeData()->hasFormat(QLatin1String(RecordTextEdit::SpanMimeType))) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }
}

} // namespace dyad::ui
