#include "ui/import/pastedialog.h"

#include "core/io/import/identifiers.h"
#include "core/io/import/importreader.h"
#include "core/model/project.h"
#include "ui/document.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dyad::ui {

using namespace core::importer;

namespace {

QString decisionText(const DuplicateDecision &d)
{
    switch (d.action) {
    case DuplicateAction::Add: return PasteDialog::tr("New record: it will be added.");
    case DuplicateAction::UpdateExisting:
        return PasteDialog::tr("Already in the project but not yet coded: its metadata will be updated (%1).").arg(d.reason);
    case DuplicateAction::SkipExisting:
        return PasteDialog::tr("Already in the project (%1): nothing to import.").arg(d.reason);
    case DuplicateAction::SkipWithinFile: return PasteDialog::tr("Repeats an earlier record of the paste (%1).").arg(d.reason);
    }
    return QString();
}

/** The abstract part of a parsed record's text (readers build text = title + "\n\n" + abstract). */
QString abstractOf(const core::Record &r)
{
    if (r.text == r.title)
        return QString();
    const QString prefix = r.title + QStringLiteral("\n\n");
    return !r.title.isEmpty() && r.text.startsWith(prefix) ? r.text.mid(prefix.size()) : r.text;
}

QString oneLine(const QString &s)
{
    return s.simplified();
}

} // namespace

PasteDialog::PasteDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_keys(existingRecordKeys(document->project()))
{
    setObjectName(QStringLiteral("PasteDialog"));
    setWindowTitle(tr("Paste Record"));

    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("pasteInput"));
    m_input->setPlaceholderText(tr("Paste a record copied from a publisher or database page (PubMed, a journal, "
                                   "CNKI…), or a RIS/PubMed export."));
    m_parseButton = new QPushButton(tr("&Parse"));
    m_parseButton->setObjectName(QStringLiteral("pasteParse"));
    auto *inputPane = new QWidget;
    auto *inputLayout = new QVBoxLayout(inputPane);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(new QLabel(tr("Pasted text:")));
    inputLayout->addWidget(m_input, 1);
    auto *parseRow = new QHBoxLayout;
    parseRow->addStretch();
    parseRow->addWidget(m_parseButton);
    inputLayout->addLayout(parseRow);

    // One record: editable fields.
    auto *fieldsPage = new QWidget;
    auto *form = new QFormLayout(fieldsPage);
    auto line = [](const char *name) {
        auto *e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_title = line("pasteTitle");
    m_authors = new QPlainTextEdit;
    m_authors->setObjectName(QStringLiteral("pasteAuthors"));
    m_authors->setPlaceholderText(tr("One author per line"));
    m_authors->setMaximumHeight(90);
    m_year = line("pasteYear");
    m_journal = line("pasteJournal");
    m_doi = line("pasteDoi");
    m_pmid = line("pastePmid");
    m_language = line("pasteLanguage");
    m_language->setPlaceholderText(tr("e.g. en, zh"));
    m_abstract = new QPlainTextEdit;
    m_abstract->setObjectName(QStringLiteral("pasteAbstract"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Authors:"), m_authors);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Journal:"), m_journal);
    form->addRow(tr("&DOI:"), m_doi);
    form->addRow(tr("PM&ID:"), m_pmid);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("A&bstract:"), m_abstract);

    // Several records: listed as parsed.
    m_records = new QTableWidget(0, 4);
    m_records->setObjectName(QStringLiteral("pasteRecords"));
    m_records->setHorizontalHeaderLabels({tr("Title"), tr("Year"), tr("DOI"), tr("Action")});
    m_records->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_records->verticalHeader()->hide();
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *empty = new QLabel(tr("Paste text on the left, then press Parse."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_pages = new QStackedWidget;
    m_pages->addWidget(empty);
    m_pages->addWidget(fieldsPage);
    m_pages->addWidget(m_records);

    auto *splitter = new QSplitter;
    splitter->addWidget(inputPane);
    splitter->addWidget(m_pages);
    splitter->setSizes({420, 560});

    m_decision = new QLabel;
    m_decision->setObjectName(QStringLiteral("pasteDecision"));
    m_decision->setWordWrap(true);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("pasteProblems"));
    m_problems->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("pasteImport"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_decision);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(1000, 680);

    connect(m_parseButton, &QPushButton::clicked, this, &PasteDialog::parse);
    connect(m_input, &QPlainTextEdit::textChanged, this, &PasteDialog::updateButtons);
    for (QLineEdit *e : {m_title, m_year, m_journal, m_doi, m_pmid, m_language})
        connect(e, &QLineEdit::textChanged, this, &PasteDialog::fieldsEdited);
    connect(m_authors, &QPlainTextEdit::textChanged, this, &PasteDialog::fieldsEdited);
    connect(m_abstract, &QPlainTextEdit::textChanged, this, &PasteDialog::fieldsEdited);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasteDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &PasteDialog::import);

    if (const QClipboard *clipboard = QApplication::clipboard(); clipboard && !clipboard->text().trimmed().isEmpty())
        setText(clipboard->text());
    updateButtons();
}

void PasteDialog::setText(const QString &text)
{
    m_input->setPlainText(text);
}

void PasteDialog::parse()
{
    const QString text = m_input->toPlainText();
    m_parsedText = text;
    // parseText() recognises tagged exports (a RIS block, PubMed text) and reads anything
    // else as a web page (Format::Pasted); planPastedImport() would force the latter.
    ImportOptions options;
    options.sourceName = QStringLiteral("pasted");
    std::vector<ImportSource> sources;
    sources.push_back({options.sourceName, parseText(text, options), 0});
    m_plan = buildImportPlan(std::move(sources), m_keys);
    compareWithStoredRecords(m_document->project(), *m_plan);
    QStringList problems;
    for (const ImportSource &s : m_plan->sources)
        for (const Diagnostic &d : s.report.diagnostics)
            if (d.severity != Severity::Info)
                problems << d.toString();
    m_problems->setText(problems.join(QLatin1Char('\n')));

    m_filling = true;
    if (m_plan->records.size() == 1) {
        const core::Record &r = m_plan->records.front();
        m_title->setText(r.title);
        m_title->setCursorPosition(0); // a long title is read from its start
        m_authors->setPlainText(r.authors.join(QLatin1Char('\n')));
        m_year->setText(r.year ? QString::number(*r.year) : QString());
        m_journal->setText(r.journal);
        m_doi->setText(r.doi);
        m_pmid->setText(r.pmid);
        m_language->setText(r.language);
        m_abstract->setPlainText(abstractOf(r));
        m_pages->setCurrentIndex(1);
    } else if (m_plan->records.size() > 1) {
        m_records->setRowCount(int(m_plan->records.size()));
        for (int i = 0; i < int(m_plan->records.size()); ++i) {
            const core::Record &r = m_plan->records[size_t(i)];
            m_records->setItem(i, 0, new QTableWidgetItem(r.title));
            m_records->setItem(i, 1, new QTableWidgetItem(r.year ? QString::number(*r.year) : QString()));
            m_records->setItem(i, 2, new QTableWidgetItem(r.doi));
            m_records->setItem(i, 3, new QTableWidgetItem(decisionText(m_plan->decisions[size_t(i)])));
        }
        m_pages->setCurrentIndex(2);
        m_decision->setText(tr("The text holds %1 records; they are imported as listed. To correct one, paste it alone.")
                                .arg(m_plan->records.size()));
    } else {
        m_pages->setCurrentIndex(0);
        m_decision->setText(tr("No record was found in the pasted text."));
    }
    m_filling = false;
    if (m_plan->records.size() == 1)
        fieldsEdited();
    updateButtons();
}

std::optional<core::Record> PasteDialog::correctedRecord(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!m_plan || m_plan->records.size() != 1)
        return fail(tr("Nothing parsed yet."));
    core::Record r = m_plan->records.front();
    r.title = oneLine(m_title->text());
    const QString abstract = m_abstract->toPlainText().trimmed();
    if (r.title.isEmpty() && abstract.isEmpty())
        return fail(tr("The record needs a title or an abstract."));
    r.authors.clear();
    for (const QString &a : m_authors->toPlainText().split(QLatin1Char('\n')))
        if (!oneLine(a).isEmpty())
            r.authors << oneLine(a);
    r.year.reset();
    if (const QString y = m_year->text().trimmed(); !y.isEmpty()) {
        bool ok = false;
        const int year = y.toInt(&ok);
        if (!ok || year < 1500 || year > 2100)
            return fail(tr("The year \"%1\" is not a year between 1500 and 2100.").arg(y));
        r.year = year;
    }
    r.journal = oneLine(m_journal->text());
    r.doi.clear();
    if (const QString doi = m_doi->text().trimmed(); !doi.isEmpty()) {
        r.doi = normalizeDoi(doi);
        if (r.doi.isEmpty())
            return fail(tr("\"%1\" is not a DOI (expected 10.NNNN/suffix).").arg(doi));
    }
    r.pmid.clear();
    if (const QString pmid = m_pmid->text().trimmed(); !pmid.isEmpty()) {
        r.pmid = normalizePmid(pmid);
        if (r.pmid.isEmpty())
            return fail(tr("\"%1\" is not a PMID (expected 1 to 9 digits).").arg(pmid));
    }
    r.language = m_language->text().trimmed();
    if (r.language.isEmpty())
        r.language = QStringLiteral("und");
    r.text = abstract.isEmpty() ? r.title : r.title.isEmpty() ? abstract : r.title + QStringLiteral("\n\n") + abstract;
    r.rawSource = m_parsedText; // provenance: exactly what was pasted
    r.sourceName = QStringLiteral("pasted");
    return r;
}

void PasteDialog::fieldsEdited()
{
    if (m_filling || !m_plan || m_plan->records.size() != 1)
        return;
    QString error;
    const auto record = correctedRecord(&error);
    if (!record) {
        m_decision->setText(error);
    } else {
        // Classified again as the user edits: a corrected DOI may reveal a duplicate.
        const auto decisions = classifyDuplicates({*record}, m_keys);
        m_decision->setText(decisionText(decisions.front()));
    }
    updateButtons();
}

void PasteDialog::updateButtons()
{
    m_parseButton->setEnabled(!m_input->toPlainText().trimmed().isEmpty());
    bool ready = false;
    if (m_plan && m_parsedText == m_input->toPlainText()) {
        if (m_plan->records.size() == 1) {
            if (const auto record = correctedRecord())
                ready = classifyDuplicates({*record}, m_keys).front().action != DuplicateAction::SkipExisting;
        } else {
            ready = m_plan->count(DuplicateAction::Add) + m_plan->count(DuplicateAction::UpdateExisting) > 0;
        }
    }
    m_importButton->setEnabled(ready);
}

void PasteDialog::import()
{
    if (!m_plan)
        return;
    ImportPlan plan;
    if (m_plan->records.size() == 1) {
        QString error;
        const auto record = correctedRecord(&error);
        if (!record) {
            QMessageBox::warning(this, tr("Paste Record"), error);
            return;
        }
        ImportSource source;
        source.name = QStringLiteral("pasted");
        source.report.records.push_back(*record);
        std::vector<ImportSource> sources;
        sources.push_back(std::move(source));
        plan = buildImportPlan(std::move(sources), m_keys);
        compareWithStoredRecords(m_document->project(), plan);
    } else {
        plan = *m_plan;
    }
    auto applied = applyImport(m_document->project(), plan);
    if (!applied) {
        QMessageBox::warning(this, tr("Paste Record"), applied.error());
        return;
    }
    m_summary = *applied;
    emit imported(m_summary);
    accept();
}

} // namespace dyad::ui
