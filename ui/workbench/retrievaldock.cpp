#include "ui/workbench/retrievaldock.h"

#include "core/model/project.h"
#include "ui/workbench/codingcolors.h"
#include "ui/document.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace dyad::ui {

/** The retrieved passages as rows: record, reviewer, passage. */
class PassageModel : public QAbstractTableModel
{
public:
    enum Column { RecordColumn, ReviewerColumn, PassageColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPassages(std::vector<core::analysis::CodedPassage> passages)
    {
        beginResetModel();
        m_passages = std::move(passages);
        endResetModel();
    }
    const std::vector<core::analysis::CodedPassage> &passages() const { return m_passages; }
    const core::analysis::CodedPassage *passage(const QModelIndex &index) const
    {
        return index.isValid() && size_t(index.row()) < m_passages.size() ? &m_passages[size_t(index.row())] : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_passages.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const core::analysis::CodedPassage *p = passage(index);
        if (!p)
            return {};
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case RecordColumn:
                return p->recordTitle.isEmpty() ? RetrievalDock::tr("(untitled record)") : p->recordTitle;
            case ReviewerColumn:
                return p->reviewerName;
            case PassageColumn:
                return QString(p->text).replace(QLatin1Char('\n'), QLatin1Char(' '));
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole && index.column() == PassageColumn)
            return QStringLiteral("…%1<b>%2</b>%3…")
                .arg(p->before.toHtmlEscaped(), p->text.toHtmlEscaped(), p->after.toHtmlEscaped());
        if (role == Qt::ToolTipRole && index.column() == RecordColumn)
            return p->recordTitle.toHtmlEscaped();
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case RecordColumn:
            return RetrievalDock::tr("Record");
        case ReviewerColumn:
            return RetrievalDock::tr("Coded by");
        case PassageColumn:
            return RetrievalDock::tr("Passage");
        default:
            return {};
        }
    }

private:
    std::vector<core::analysis::CodedPassage> m_passages;
};

namespace {

// Enter on a passage jumps to it, as a double-click does.
class PassageList : public QTreeView
{
public:
    using QTreeView::QTreeView;
    std::function<void(const QModelIndex &)> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid() && onEnter) {
            onEnter(currentIndex());
            return;
        }
        QTreeView::keyPressEvent(event);
    }
};

} // namespace

RetrievalDock::RetrievalDock(QWidget *parent)
    : QDockWidget(tr("Coded Passages"), parent)
    , m_heading(new QLabel)
    , m_layer(new QComboBox)
    , m_withSubCodes(new QCheckBox(tr("With sub-codes")))
    , m_export(new QPushButton(tr("Export…")))
    , m_preview(new QTextBrowser)
    , m_model(new PassageModel(this))
{
    setObjectName(QStringLiteral("RetrievalDock"));
    auto *list = new PassageList;
    list->onEnter = [this](const QModelIndex &index) { activate(index); };
    m_list = list;
    m_list->setObjectName(QStringLiteral("PassageList"));
    m_layer->setObjectName(QStringLiteral("PassageLayer"));
    m_withSubCodes->setObjectName(QStringLiteral("PassageWithSubCodes"));
    m_export->setObjectName(QStringLiteral("PassageExport"));
    m_preview->setObjectName(QStringLiteral("PassagePreview"));
    m_heading->setObjectName(QStringLiteral("PassageHeading"));

    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(tr("Double-click a code in the codebook to read every passage coded with it."));
    m_heading->setWordWrap(true);
    bar->addWidget(m_heading, 1);
    m_layer->setToolTip(tr("Whose coding to list: yours, another reviewer's (when you may see it), the Consensus, "
                           "or every layer"));
    bar->addWidget(m_layer);
    bar->addWidget(m_withSubCodes);
    m_export->setToolTip(tr("Save the listed passages as CSV or Excel"));
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(PassageModel::RecordColumn, 260);
    m_list->header()->resizeSection(PassageModel::ReviewerColumn, 90);
    m_preview->setOpenLinks(false);
    m_preview->setPlaceholderText(tr("The selected passage in its context"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setWidget(pane);

    connect(m_list, &QAbstractItemView::activated, this, &RetrievalDock::activate);
    connect(m_list, &QAbstractItemView::doubleClicked, this, &RetrievalDock::activate);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RetrievalDock::updatePreview);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &RetrievalDock::reload);
    connect(m_withSubCodes, &QCheckBox::toggled, this, &RetrievalDock::reload);
    connect(m_export, &QPushButton::clicked, this, &RetrievalDock::exportList);
    m_export->setEnabled(false);
}

RetrievalDock::~RetrievalDock() = default;

const std::vector<core::analysis::CodedPassage> &RetrievalDock::passages() const
{
    return m_model->passages();
}

void RetrievalDock::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_codeId = QUuid();
    if (m_document) {
        connect(m_document, &Document::changed, this, &RetrievalDock::documentChanged);
        connect(m_document, &Document::reviewerChanged, this, [this] {
            reloadLayers();
            reload();
        });
    }
    reloadLayers();
    reload();
}

void RetrievalDock::reloadLayers()
{
    const QUuid selected = m_layer->currentData().toUuid();
    const QSignalBlocker blocker(m_layer);
    m_layer->clear();
    m_layer->addItem(tr("Every layer"));
    if (!m_document)
        return;
    const QUuid me = m_document->reviewerId();
    for (const core::Reviewer &r : m_document->project().reviewers())
        m_layer->addItem(r.id == me ? tr("%1 (you)").arg(r.name) : r.name, r.id);
    const int i = m_layer->findData(selected);
    m_layer->setCurrentIndex(i >= 0 ? i : 0);
}

void RetrievalDock::showCode(const QUuid &codeId)
{
    m_codeId = codeId;
    reload();
    show();
    raise();
    m_list->setFocus();
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void RetrievalDock::reload()
{
    m_stale = false;
    std::vector<core::analysis::CodedPassage> passages;
    m_error.clear();
    QString codeName;
    if (m_document && !m_codeId.isNull()) {
        core::analysis::RetrievalQuery q;
        q.codeId = m_codeId;
        q.withSubCodes = m_withSubCodes->isChecked();
        if (const QUuid layer = m_layer->currentData().toUuid(); !layer.isNull())
            q.layer = layer;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto r = core::analysis::retrievePassages(m_document->project(), m_document->reviewerId(), q);
        QApplication::restoreOverrideCursor();
        if (r)
            passages = std::move(r).value();
        else
            m_error = r.error();
        codeName = m_document->project().codePath(m_codeId).join(QStringLiteral(" › "));
    }
    const QUuid current = m_list->currentIndex().isValid()
        ? m_model->passage(m_list->currentIndex())->coding.id
        : QUuid();
    m_model->setPassages(std::move(passages));
    const int n = m_model->rowCount();
    if (!m_error.isEmpty())
        m_heading->setText(m_error);
    else if (!m_codeId.isNull())
        m_heading->setText(tr("%1: %n passage(s)", nullptr, n).arg(codeName));
    m_export->setEnabled(n > 0);
    for (int row = 0; row < n && !current.isNull(); ++row)
        if (m_model->passages()[size_t(row)].coding.id == current) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    updatePreview();
}

void RetrievalDock::updatePreview()
{
    const core::analysis::CodedPassage *p = m_model->passage(m_list->currentIndex());
    if (!p || !m_document) {
        m_preview->clear();
        return;
    }
    const auto code = m_document->project().code(p->coding.codeId);
    const QColor mark = codeColor(code ? code->color : QString());
    const QString background = QStringLiteral("rgba(%1, %2, %3, %4)")
                                   .arg(mark.red())
                                   .arg(mark.green())
                                   .arg(mark.blue())
                                   .arg(isDarkPalette(palette()) ? 150 : 90);
    const QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p><p>%4<span style=\"background-color: %5\">%6</span>%7</p>%8")
                             .arg(p->recordTitle.toHtmlEscaped(), p->reviewerName.toHtmlEscaped(),
                                  p->codeName.toHtmlEscaped(),
                                  p->before.isEmpty() ? QString() : QStringLiteral("…") + p->before.toHtmlEscaped(),
                                  background, p->text.toHtmlEscaped(),
                                  p->after.isEmpty() ? QString() : p->after.toHtmlEscaped() + QStringLiteral("…"),
                                  p->coding.memo.isEmpty()
                                      ? QString()
                                      : QStringLiteral("<p><i>%1</i> %2</p>")
                                            .arg(tr("Memo:"), p->coding.memo.toHtmlEscaped()));
    m_preview->setHtml(html);
}

void RetrievalDock::activate(const QModelIndex &index)
{
    if (const core::analysis::CodedPassage *p = m_model->passage(index))
        emit passageActivated(p->coding.recordId, p->coding.id);
}

void RetrievalDock::documentChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    if (m_codeId.isNull())
        return;
    switch (event.kind) {
    case Kind::CodingAdded:
    case Kind::CodingChanged:
    case Kind::CodingRemoved:
        // With sub-codes any code may belong; without, only events about this code matter.
        if (!m_withSubCodes->isChecked() && !event.codeId.isNull() && event.codeId != m_codeId
            && event.previousCodeId != m_codeId)
            return;
        break;
    case Kind::CodeRemoved:
        if (event.id == m_codeId && !m_document->project().code(m_codeId)) {
            m_codeId = QUuid();
            m_heading->setText(tr("The code was removed."));
        }
        break;
    case Kind::RecordsAdded:
    case Kind::ReviewerAdded:
        if (event.kind == Kind::ReviewerAdded)
            reloadLayers();
        return;
    default:
        break;
    }
    // Reload once the change is complete, and only while someone can read the list.
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale)
                reload();
        });
}

void RetrievalDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale)
        reload();
}

bool RetrievalDock::exportTo(const QString &path, QString *error) const
{
    const core::io::Sheet sheet = core::analysis::passagesSheet(m_model->passages());
    const core::Status st = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        ? core::io::writeXlsx({sheet}, path)
        : core::io::writeCsv(sheet, path);
    if (!st && error)
        *error = st.error();
    return bool(st);
}

void RetrievalDock::exportList()
{
    if (m_model->rowCount() == 0)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Coded Passages"), QString(),
                                                tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Coded Passages"), error);
}

} // namespace dyad::ui
