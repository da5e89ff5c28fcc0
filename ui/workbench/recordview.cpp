#include "ui/workbench/recordview.h"

#include "core/text/searchhits.h"
#include "ui/workbench/codingcolors.h"
#include "ui/document.h"
#include "ui/workbench/highlightfilterbar.h"
#include "ui/workbench/recordtextedit.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dyad::ui {

RecordView::RecordView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_filterBar(new HighlightFilterBar(this))
    , m_textEdit(new RecordTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(10, 8, 10, 6);
    headerLayout->setSpacing(2);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_meta);
    headerLayout->addWidget(m_filterBar);
    layout->addWidget(header);
    connect(m_filterBar, &HighlightFilterBar::filterChanged, this, &RecordView::reloadCodings);
    layout->addWidget(m_textEdit, 1);

    QFont textFont = m_textEdit->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    m_textEdit->setFont(textFont);
    m_title->setText(tr("No record selected"));
}

void RecordView::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_recordId = QUuid();
    if (m_document) {
        connect(m_document, &Document::changed, this, &RecordView::documentChanged);
        connect(m_document, &Document::reviewerChanged, this, [this] {
            // Nothing chosen as one reviewer stays chosen for the next (a selected coding
            // would be the target of Delete).
            m_textEdit->setSelectedCoding({});
            reloadCodes();
            m_filterBar->reload();
            reloadCodings();
        });
        reloadCodes();
    }
    m_filterBar->setDocument(m_document);
    m_textEdit->setRecord({}, {});
    m_title->setText(tr("No record selected"));
    m_meta->clear();
}

void RecordView::reloadCodes()
{
    m_codes.clear();
    m_reviewerNames.clear();
    if (!m_document)
        return;
    for (core::Code &c : m_document->project().codes(m_document->reviewerId()))
        m_codes.insert(c.id, std::move(c));
    for (const core::Reviewer &r : m_document->project().reviewers())
        m_reviewerNames.insert(r.id, r.name);
}

void RecordView::setRecord(const QUuid &recordId)
{
    if (!m_document || recordId == m_recordId)
        return;
    m_recordId = recordId;
    const auto record = recordId.isNull() ? std::nullopt : m_document->project().record(recordId);
    if (!record) {
        m_recordId = QUuid();
        m_title->setText(tr("No record selected"));
        m_meta->clear();
        m_textEdit->setRecord({}, {});
        emit recordChanged(m_recordId);
        return;
    }
    m_title->setText(record->title.isEmpty() ? tr("(untitled record)") : record->title);
    QStringList meta;
    if (!record->authors.isEmpty())
        meta << (record->authors.size() > 3 ? tr("%1 et al.").arg(record->authors.first())
                                            : record->authors.join(QStringLiteral("; ")));
    if (record->year)
        meta << QString::number(*record->year);
    if (!record->journal.isEmpty())
        meta << record->journal;
    if (!record->doi.isEmpty())
        meta << QStringLiteral("doi:") + record->doi;
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setVisible(!meta.isEmpty());
    m_textEdit->setRecord(recordId, record->text);
    reloadCodings();
    markSearchHits();
    emit recordChanged(m_recordId);
}

void RecordView::setSearchText(const QString &query)
{
    if (query == m_searchText)
        return;
    m_searchText = query;
    markSearchHits();
}

void RecordView::markSearchHits()
{
    m_textEdit->setSearchHits(m_searchText.trimmed().isEmpty() || m_recordId.isNull()
                                  ? std::vector<core::Span>{}
                                  : core::text::searchHitSpans(m_textEdit->recordText(), m_searchText));
}

void RecordView::reloadCodings()
{
    if (!m_document || m_recordId.isNull()) {
        m_textEdit->setCodings({});
        return;
    }
    const QUuid viewer = m_document->reviewerId();
    const QUuid consensus = m_document->project().consensusReviewer().id;
    const HighlightFilter &filter = m_filterBar->filter();
    std::vector<DisplayedCoding> shown;
    for (core::Coding &c : m_document->project().codingsForRecord(m_recordId, viewer)) {
        if (!filter.accepts(c.reviewerId, c.codeId))
            continue;
        DisplayedCoding d;
        const auto code = m_codes.constFind(c.codeId);
        d.color = codeColor(code != m_codes.cend() ? code->color : QString());
        d.codeName = code != m_codes.cend() ? code->name : tr("(hidden code)");
        d.reviewerName = m_reviewerNames.value(c.reviewerId);
        d.own = c.reviewerId == viewer;
        d.layer = d.own                      ? DisplayedCoding::Layer::Mine
            : c.reviewerId == consensus      ? DisplayedCoding::Layer::Consensus
                                             : DisplayedCoding::Layer::OtherReviewer;
        d.coding = std::move(c);
        shown.push_back(std::move(d));
    }
    m_textEdit->setCodings(std::move(shown));
}

void RecordView::documentChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::CodingAdded:
    case Kind::CodingChanged:
    case Kind::CodingRemoved:
        if (event.recordId == m_recordId)
            reloadCodings();
        break;
    case Kind::CodeAdded:
    case Kind::CodeChanged:
    case Kind::CodeRemoved:
        reloadCodes();
        m_filterBar->reload();
        reloadCodings();
        break;
    case Kind::ReviewerAdded:
        reloadCodes();
        m_filterBar->reload();
        break;
    case Kind::AssignmentChanged:
    case Kind::RoundChanged:
        // Marking a record done or unblinding a round can reveal the other reviewer.
        reloadCodings();
        break;
    case Kind::RecordChanged:
        if (event.id == m_recordId) {
            const QUuid id = m_recordId;
            m_recordId = QUuid();
            setRecord(id);
        }
        break;
    case Kind::Reset: {
        reloadCodes();
        const QUuid id = m_recordId;
        m_recordId = QUuid();
        setRecord(id);
        break;
    }
    case Kind::RecordsAdded:
        break;
    }
}

} // namespace dyad::ui
