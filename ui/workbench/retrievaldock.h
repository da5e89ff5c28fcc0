#pragma once

#include "core/analysis/retrieval.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class Document;
class PassageModel;

/**
 * Retrieval: every passage coded with one code (NVivo's "open a node", MAXQDA's retrieved
 * segments), listed by record with the reviewer, read in context below the list, jumped
 * to in the document with Enter or a double-click, and exported as CSV or XLSX.
 *
 * Reads through core's blinded retrieval (core::analysis::retrievePassages), so a reviewer
 * in the independent phase only ever sees passages they may see. Follows the document's
 * change events while it is shown.
 */
class RetrievalDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RetrievalDock(QWidget *parent = nullptr);
    ~RetrievalDock() override;

    void setDocument(Document *document);
    /** Lists the passages of @p codeId (and shows and raises the dock). */
    void showCode(const QUuid &codeId);
    QUuid codeId() const { return m_codeId; }

    const std::vector<core::analysis::CodedPassage> &passages() const;
    QTreeView *list() const { return m_list; }

    /** Writes the listed passages to @p path (.xlsx, otherwise CSV). */
    bool exportTo(const QString &path, QString *error = nullptr) const;

signals:
    /** The reviewer asked to see a passage in the document. */
    void passageActivated(const QUuid &recordId, const QUuid &codingId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void documentChanged(const core::ChangeEvent &event);
    void reload();
    void reloadLayers();
    void updatePreview();
    void activate(const QModelIndex &index);
    void exportList();

    Document *m_document = nullptr;
    QUuid m_codeId;
    QString m_error;
    bool m_stale = false;
    QLabel *m_heading;
    QComboBox *m_layer;
    QCheckBox *m_withSubCodes;
    QPushButton *m_export;
    QTreeView *m_list;
    QTextBrowser *m_preview;
    PassageModel *m_model;
};

} // namespace dyad::ui
