#pragma once

#include <QTreeView>
#include <QUuid>

namespace dyad::ui {

class CodebookModel;

/**
 * The codebook tree. Keeps which themes are expanded across model resets (merges), and
 * accepts text dragged from the record view onto a code.
 */
class CodebookView : public QTreeView
{
    Q_OBJECT

public:
    explicit CodebookView(QWidget *parent = nullptr);

    void setCodebookModel(CodebookModel *model);
    CodebookModel *codebookModel() const { return m_model; }

    QUuid currentCode() const;
    std::vector<QUuid> selectedCodes() const;
    void selectCode(const QUuid &codeId);

signals:
    void currentCodeChanged(const QUuid &codeId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;

private:
    CodebookModel *m_model = nullptr;
    QList<QUuid> m_expanded;
    QUuid m_currentBeforeReset;
};

} // namespace dyad::ui
