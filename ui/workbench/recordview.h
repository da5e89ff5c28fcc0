#pragma once

#include "core/model/types.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class Document;
class HighlightFilterBar;
class RecordTextEdit;

/**
 * The document view: title and metadata of the current record above its codable text,
 * with the codings the current reviewer may see (core's blinding-aware read).
 */
class RecordView : public QWidget
{
    Q_OBJECT

public:
    explicit RecordView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    void setRecord(const QUuid &recordId);
    QUuid recordId() const { return m_recordId; }

    RecordTextEdit *textEdit() const { return m_textEdit; }
    HighlightFilterBar *highlightFilter() const { return m_filterBar; }

    /** The record search as typed: its hits are marked in the text (core::text::searchHitSpans). */
    void setSearchText(const QString &query);
    QString searchText() const { return m_searchText; }

    /** Reloads the codings of the shown record (after a coding or code change). */
    void reloadCodings();

signals:
    void recordChanged(const QUuid &recordId);

private:
    void documentChanged(const core::ChangeEvent &event);
    void reloadCodes();
    void markSearchHits();

    Document *m_document = nullptr;
    QUuid m_recordId;
    QLabel *m_title;
    QLabel *m_meta;
    HighlightFilterBar *m_filterBar;
    RecordTextEdit *m_textEdit;
    QHash<QUuid, core::Code> m_codes;        // what the viewer may see
    QHash<QUuid, QString> m_reviewerNames;
    QString m_searchText;
};

} // namespace dyad::ui
