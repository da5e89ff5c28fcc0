#pragma once

#include "core/io/import/projectimport.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace dyad::ui {

class Document;

/**
 * File > Paste Record: text copied from a publisher or database page is parsed into
 * title, authors, year, journal, DOI, PMID, language and abstract, which the user corrects
 * before Import adds exactly that record (the pasted text kept as its raw source). Text
 * holding several records (a RIS block, say) is listed and imported as parsed.
 */
class PasteDialog : public QDialog
{
    Q_OBJECT

public:
    /** Imports into @p document's project (it writes, so it holds the document). */
    explicit PasteDialog(Document *document, QWidget *parent = nullptr);

    void setText(const QString &text);
    /** Parses the pasted text and fills the fields (or the list of records). */
    void parse();
    /** The record as the fields describe it now (single-record pastes). */
    std::optional<core::Record> correctedRecord(QString *error = nullptr) const;
    /** What Import did (after the dialog was accepted). */
    const core::importer::ImportSummary &summary() const { return m_summary; }

signals:
    void imported(const core::importer::ImportSummary &summary);

private:
    void fieldsEdited();
    void updateButtons();
    void import();

    Document *m_document;
    std::vector<core::importer::ExistingRecordKey> m_keys;
    std::optional<core::importer::ImportPlan> m_plan;
    QString m_parsedText;
    core::importer::ImportSummary m_summary;
    bool m_filling = false;

    QPlainTextEdit *m_input;
    QPushButton *m_parseButton;
    QStackedWidget *m_pages;
    QLineEdit *m_title;
    QPlainTextEdit *m_authors;
    QLineEdit *m_year;
    QLineEdit *m_journal;
    QLineEdit *m_doi;
    QLineEdit *m_pmid;
    QLineEdit *m_language;
    QPlainTextEdit *m_abstract;
    QTableWidget *m_records;
    QLabel *m_decision;
    QLabel *m_problems;
    QPushButton *m_importButton;
};

} // namespace dyad::ui
