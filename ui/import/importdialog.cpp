#include "ui/import/importdialog.h"

#include "core/io/import/importinputs.h"
#include "core/io/import/importreader.h"
#include "core/model/project.h"
#include "core/base/parallel.h"
#include "ui/document.h"
#include "ui/taskrunner.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <optional>

namespace dyad::ui {

using namespace core::importer;

struct ImportDialog::FileEntry
{
    QString path;
    std::optional<Format> format;        ///< the user's choice; none = detect
    QString encoding;                    ///< the user's choice; empty = detect
    QHash<QString, ColumnRole> mapping;  ///< CSV/TSV: the user's column mapping
    bool dirty = true;                   ///< options changed since the last read
    std::optional<FormatGuess> detectedFormat;
    std::optional<EncodingGuess> detectedEncoding;
};

struct ImportDialog::ReadResult
{
    std::shared_ptr<ImportPlan> plan; ///< null when the read was cancelled
    QStringList files;
};

namespace {

constexpr int kProgressSteps = 1000;

const char *const kEncodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "windows-1252", "ISO-8859-1"};

QString actionText(const DuplicateDecision &d)
{
    switch (d.action) {
    case DuplicateAction::Add: return ImportDialog::tr("Add");
    case DuplicateAction::UpdateExisting: return ImportDialog::tr("Update");
    case DuplicateAction::SkipExisting: return ImportDialog::tr("Skip (already in project)");
    case DuplicateAction::SkipWithinFile: return ImportDialog::tr("Skip (repeated in file)");
    }
    return QString();
}

QString roleText(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Title: return ImportDialog::tr("Title");
    case ColumnRole::Abstract: return ImportDialog::tr("Abstract");
    case ColumnRole::Authors: return ImportDialog::tr("Authors");
    case ColumnRole::Year: return ImportDialog::tr("Year");
    case ColumnRole::Journal: return ImportDialog::tr("Journal");
    case ColumnRole::Doi: return ImportDialog::tr("DOI");
    case ColumnRole::Pmid: return ImportDialog::tr("PMID");
    case ColumnRole::Keywords: return ImportDialog::tr("Keywords");
    case ColumnRole::Language: return ImportDialog::tr("Language");
    case ColumnRole::Attribute: return ImportDialog::tr("Keep as attribute");
    case ColumnRole::Ignore: return ImportDialog::tr("Ignore");
    }
    return QString();
}

constexpr ColumnRole kRoles[] = {ColumnRole::Title,    ColumnRole::Abstract,  ColumnRole::Authors,
                                 ColumnRole::Year,     ColumnRole::Journal,   ColumnRole::Doi,
                                 ColumnRole::Pmid,     ColumnRole::Keywords,  ColumnRole::Language,
                                 ColumnRole::Attribute, ColumnRole::Ignore};

bool isTabular(Format f)
{
    return f == Format::Csv || f == Format::Tsv;
}

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_keys(existingRecordKeys(document->project())) // on the GUI thread: workers never touch the project
    , m_reader(new QFutureWatcher<bool>(this))
    , m_readTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import Records"));
    setAcceptDrops(true);
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(150); // a burst of changes (typing, several drops) reads once
    connect(m_readTimer, &QTimer::timeout, this, &ImportDialog::startRead);

    // Files
    auto *filesBox = new QGroupBox(tr("Files"));
    m_fileList = new QListWidget;
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_fileList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_filesHint = new QLabel(tr("Add files or a folder, or drop them here."));
    m_filesHint->setWordWrap(true);
    auto *addFiles = new QPushButton(tr("Add Files…"));
    addFiles->setObjectName(QStringLiteral("addFiles"));
    auto *addFolder = new QPushButton(tr("Add Folder…"));
    addFolder->setToolTip(tr("Adds every file of a folder and its sub-folders. Files that are not a bibliographic "
                             "export are read as plain text, one record per file (first line = title)."));
    m_removeButton = new QPushButton(tr("Remove"));
    m_removeButton->setObjectName(QStringLiteral("removeFile"));
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(addFolder);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addStretch();
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addWidget(m_fileList);
    filesLayout->addWidget(m_filesHint);
    filesLayout->addLayout(fileButtons);

    // The selected file: format and encoding with overrides
    m_fileBox = new QGroupBox(tr("Selected file"));
    m_formatCombo = new QComboBox;
    m_formatCombo->setObjectName(QStringLiteral("importFormat"));
    m_formatCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_formatCombo->setMinimumContentsLength(16);
    m_formatCombo->addItem(tr("Detect automatically"));
    for (const ImportReader *reader : importReaders()) {
        m_formatCombo->addItem(QStringLiteral("%1 — %2").arg(reader->name(), reader->description()),
                               int(reader->format()));
        m_formatCombo->setItemData(m_formatCombo->count() - 1, reader->description(), Qt::ToolTipRole);
    }
    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(QStringLiteral("importEncoding"));
    m_encodingCombo->addItem(tr("Detect automatically"), QString());
    for (const char *e : kEncodings)
        m_encodingCombo->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_detectedFormat = new QLabel;
    m_detectedFormat->setObjectName(QStringLiteral("detectedFormat"));
    m_detectedEncoding = new QLabel;
    m_detectedEncoding->setObjectName(QStringLiteral("detectedEncoding"));
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_formatCombo, 1);
    formatRow->addWidget(m_detectedFormat);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encodingCombo, 1);
    encodingRow->addWidget(m_detectedEncoding);
    auto *fileForm = new QFormLayout(m_fileBox);
    fileForm->addRow(tr("Format:"), formatRow);
    fileForm->addRow(tr("Encoding:"), encodingRow);

    auto *malformedBox = new QGroupBox(tr("Malformed records"));
    m_lenient = new QRadioButton(tr("Skip malformed records (listed under Problems)"));
    m_strict = new QRadioButton(tr("Refuse the whole import if any record is malformed"));
    m_strict->setObjectName(QStringLiteral("importStrict"));
    m_lenient->setChecked(true);
    auto *malformedLayout = new QVBoxLayout(malformedBox);
    malformedLayout->addWidget(m_lenient);
    malformedLayout->addWidget(m_strict);

    m_mappingBox = new QGroupBox(tr("Columns"));
    m_mappingTable = new QTableWidget(0, 2);
    m_mappingTable->setObjectName(QStringLiteral("importMapping"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Read as")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_mappingTable->verticalHeader()->hide();
    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->addWidget(m_mappingTable);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filesBox, 2);
    leftLayout->addWidget(m_fileBox);
    leftLayout->addWidget(malformedBox);
    leftLayout->addWidget(m_mappingBox, 3);

    // Preview and problems
    auto *tabs = new QTabWidget;
    auto *previewPage = new QWidget;
    m_previewLabel = new QLabel;
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_preview = new QTableWidget(0, 8);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Action"), tr("Title"), tr("Authors"), tr("Year"), tr("Journal"), tr("DOI"), tr("Language"), tr("Reason")});
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview);
    m_diagnostics = new QListWidget;
    m_diagnostics->setObjectName(QStringLiteral("importDiagnostics"));
    tabs->addTab(previewPage, tr("Preview"));
    tabs->addTab(m_diagnostics, tr("Problems"));

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 1000});

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("importSummary"));
    m_summaryLabel->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_cancelReadButton = new QPushButton(tr("Cancel Reading"));
    m_cancelReadButton->setObjectName(QStringLiteral("cancelRead"));
    m_readAgainButton = new QPushButton(tr("Read Again"));
    m_readAgainButton->setObjectName(QStringLiteral("readAgain"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancelReadButton);
    bottom->addWidget(m_readAgainButton);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(bottom);
    resize(1200, 760);

    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::addFilesDialog);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::addFolderDialog);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ImportDialog::showSelected);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::formatChosen);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::encodingChosen);
    connect(m_strict, &QRadioButton::toggled, this, &ImportDialog::strictChosen);
    connect(m_cancelReadButton, &QPushButton::clicked, this, &ImportDialog::cancelRead);
    connect(m_readAgainButton, &QPushButton::clicked, this, &ImportDialog::startRead);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_reader, &QFutureWatcherBase::finished, this, &ImportDialog::readFinished);
    connect(m_reader, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);

    showSelected();
    updateSummary();
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    stopWorker();
}

// --- files -----------------------------------------------------------------------------

void ImportDialog::addFilesDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Files"), QString(),
        importNameFilters() + QStringLiteral(";;") + tr("All files (*)"));
    addPaths(paths);
}

void ImportDialog::addFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder"));
    if (!folder.isEmpty())
        addPaths({folder});
}

void ImportDialog::addPaths(const QStringList &paths)
{
    const int before = int(m_files.size());
    // The same expansion as dyad-cli: a folder stands for its files (recursively, in name
    // order); those that are no bibliographic export are plain text, one record per file.
    const ImportInputs inputs = expandImportInputs(paths);
    for (qsizetype i = 0; i < inputs.files.size(); ++i)
        addFile(inputs.files[i], inputs.plainText[static_cast<size_t>(i)]);
    if (!inputs.problems.isEmpty())
        QMessageBox::information(this, tr("Import Records"), inputs.problems.join(QLatin1Char('\n')));
    if (int(m_files.size()) > before) {
        if (m_fileList->currentRow() < 0)
            m_fileList->setCurrentRow(before);
        scheduleRead();
    }
    updateButtons();
}

void ImportDialog::addFile(const QString &path, bool asText)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const FileEntry &e : m_files)
        if (e.path == absolute)
            return;
    FileEntry entry;
    entry.path = absolute;
    if (asText)
        entry.format = Format::Text;
    m_files.push_back(entry);
    auto *item = new QListWidgetItem(QFileInfo(absolute).fileName());
    item->setToolTip(QDir::toNativeSeparators(absolute));
    m_fileList->addItem(item);
}

void ImportDialog::removeSelected()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= int(m_files.size()))
        return;
    m_files.erase(m_files.begin() + row);
    delete m_fileList->takeItem(row);
    scheduleRead();
    showSelected();
    updateButtons();
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (const FileEntry &e : m_files)
        out << e.path;
    return out;
}

void ImportDialog::selectFile(int row)
{
    m_fileList->setCurrentRow(row);
}

int ImportDialog::selectedFile() const
{
    return m_fileList->currentRow();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

// --- overrides -------------------------------------------------------------------------

void ImportDialog::formatChosen()
{
    const int row = selectedFile();
    if (m_filling || row < 0)
        return;
    FileEntry &e = m_files[size_t(row)];
    const QVariant v = m_formatCombo->currentData();
    e.format = v.isValid() ? std::optional<Format>(Format(v.toInt())) : std::nullopt;
    e.dirty = true;
    scheduleRead();
}

void ImportDialog::encodingChosen()
{
    const int row = selectedFile();
    if (m_filling || row < 0)
        return;
    FileEntry &e = m_files[size_t(row)];
    e.encoding = m_encodingCombo->currentData().toString();
    e.dirty = true;
    scheduleRead();
}

void ImportDialog::mappingChosen()
{
    const int row = selectedFile();
    if (m_filling || row < 0)
        return;
    FileEntry &e = m_files[size_t(row)];
    // The whole table is the mapping: what the user sees is what is read.
    e.mapping.clear();
    for (int r = 0; r < m_mappingTable->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, 1));
        if (combo)
            e.mapping.insert(m_mappingTable->item(r, 0)->text(), ColumnRole(combo->currentData().toInt()));
    }
    e.dirty = true;
    scheduleRead();
}

void ImportDialog::strictChosen()
{
    for (FileEntry &e : m_files)
        e.dirty = true;
    scheduleRead();
}

// --- reading in the worker ---------------------------------------------------------------

bool ImportDialog::isReading() const
{
    return m_reading || m_readTimer->isActive();
}

void ImportDialog::scheduleRead()
{
    if (m_reading) {
        // What is being read is outdated: stop it and read again once it has stopped.
        m_readAgain = true;
        m_reader->cancel();
    } else {
        m_readTimer->start();
    }
    updateButtons();
}

void ImportDialog::cancelRead()
{
    m_readTimer->stop();
    m_readAgain = false;
    if (m_reading)
        m_reader->cancel();
    updateButtons();
}

void ImportDialog::startRead()
{
    m_readTimer->stop();
    if (m_reading) {
        m_readAgain = true;
        m_reader->cancel();
        return;
    }
    if (m_files.empty()) {
        m_plan.reset();
        m_planFiles.clear();
        showSelected();
        fillDiagnostics();
        updateSummary();
        updateButtons();
        emit readingFinished();
        return;
    }

    struct Input
    {
        QString path;
        ImportOptions options;
        bool read = true;
        ImportSource cached;
        std::vector<core::Record> cachedRecords;
        qint64 size = 0;
    };
    // Where each file's records sit in the previous plan, so unchanged files are not read again.
    std::vector<qsizetype> offsets;
    if (m_plan) {
        qsizetype offset = 0;
        for (const ImportSource &s : m_plan->sources) {
            offsets.push_back(offset);
            offset += s.recordCount;
        }
    }
    auto inputs = std::make_shared<std::vector<Input>>();
    qint64 totalBytes = 0;
    for (const FileEntry &e : m_files) {
        Input in;
        in.path = e.path;
        in.options.format = e.format;
        in.options.encoding = e.encoding;
        in.options.strict = m_strict->isChecked();
        in.options.columnMapping = e.mapping;
        in.options.sourceName = QFileInfo(e.path).fileName();
        const qsizetype old = m_plan ? m_planFiles.indexOf(e.path) : -1;
        if (!e.dirty && old >= 0) {
            in.read = false;
            const ImportSource &s = m_plan->sources[size_t(old)];
            in.cached = s;
            const auto first = m_plan->records.begin() + offsets[size_t(old)];
            in.cachedRecords.assign(first, first + s.recordCount);
        } else {
            in.size = std::max<qint64>(QFileInfo(e.path).size(), 1);
            totalBytes += in.size;
        }
        inputs->push_back(std::move(in));
    }

    m_result = std::make_shared<ReadResult>();
    auto result = m_result;
    auto keys = m_keys;
    m_reading = true;
    m_reader->setFuture(runInBackground<bool>([inputs, result, keys = std::move(keys), totalBytes](TaskContext &context) {
        // Files are independent: parse them on all cores (as dyad-cli does), keep their order.
        const size_t n = inputs->size();
        std::vector<std::optional<ImportSource>> parsed(n);
        std::atomic<qint64> doneBytes{0};
        core::ParallelOptions parallel;
        parallel.cancelled = [&context] { return context.isCanceled(); };
        core::parallelFor(
            n,
            [&](size_t begin, size_t end) {
                for (size_t i = begin; i < end; ++i) {
                    Input &in = (*inputs)[i];
                    if (!in.read)
                        continue;
                    qint64 reported = 0; // this file's bytes already counted in doneBytes
                    in.options.progress = [&](qint64 done, qint64 total) {
                        const auto now = total > 0 ? qint64(double(done) / double(total) * double(in.size)) : in.size;
                        const qint64 all = doneBytes += now - reported;
                        reported = now;
                        // Several threads report; the future's progress only moves forward.
                        context.setProgress(qint64(kProgressSteps * double(all) / double(totalBytes)), kProgressSteps);
                        return !context.isCanceled();
                    };
                    parsed[i] = ImportSource{in.path, parseFile(in.path, in.options), 0};
                }
            },
            parallel);
        if (context.isCanceled())
            return false;
        std::vector<ImportSource> sources;
        for (size_t i = 0; i < n; ++i) {
            Input &in = (*inputs)[i];
            result->files << in.path;
            if (in.read) {
                sources.push_back(std::move(*parsed[i]));
            } else {
                in.cached.report.records = std::move(in.cachedRecords);
                sources.push_back(std::move(in.cached));
            }
        }
        result->plan = std::make_shared<ImportPlan>(buildImportPlan(std::move(sources), keys));
        return true;
    }));
    m_progress->setValue(0);
    m_summaryLabel->setText(tr("Reading %n file(s)…", nullptr, int(m_files.size())));
    updateButtons();
}

void ImportDialog::stopWorker()
{
    m_readTimer->stop();
    if (!m_reading)
        return;
    m_reader->cancel();
    m_reader->waitForFinished();
    m_reading = false; // its finished() signal, still on its way, finds nothing to do
}

void ImportDialog::readFinished()
{
    if (!m_reading)
        return;
    m_reading = false;
    const std::shared_ptr<ReadResult> result = std::move(m_result);
    if (m_readAgain) {
        m_readAgain = false;
        startRead();
        return;
    }
    if (!result || !result->plan) {
        // Cancelled by the user: what was read is thrown away, the options stay.
        m_plan.reset();
        m_planFiles.clear();
        m_progress->setValue(0);
        showSelected();
        fillDiagnostics();
        updateButtons();
        m_summaryLabel->setText(tr("Reading was cancelled; nothing will be imported. Press Read Again to read the files."));
        emit readingFinished();
        return;
    }
    // Workers never touch the project; stored fingerprints are compared here, on its thread.
    compareWithStoredRecords(m_document->project(), *result->plan);
    m_plan = result->plan;
    m_planFiles = result->files;
    for (FileEntry &e : m_files) {
        const qsizetype i = m_planFiles.indexOf(e.path);
        if (i < 0)
            continue;
        e.dirty = false;
        const ParseReport &r = m_plan->sources[size_t(i)].report;
        if (!e.format && r.format != Format::Unknown)
            e.detectedFormat = FormatGuess{r.format, r.formatConfidence};
        if (e.encoding.isEmpty() && !r.encoding.name.isEmpty())
            e.detectedEncoding = r.encoding;
    }
    m_progress->setValue(kProgressSteps);
    showSelected();
    fillDiagnostics();
    updateSummary();
    updateButtons();
    emit readingFinished();
}

// --- showing ---------------------------------------------------------------------------

void ImportDialog::showSelected()
{
    const int row = selectedFile();
    const bool has = row >= 0 && row < int(m_files.size());
    m_fileBox->setEnabled(has);
    m_filesHint->setVisible(m_files.empty());
    m_removeButton->setEnabled(has);
    const ImportSource *source = nullptr;
    if (has && m_plan) {
        const qsizetype i = m_planFiles.indexOf(m_files[size_t(row)].path);
        if (i >= 0)
            source = &m_plan->sources[size_t(i)];
    }
    m_filling = true;
    if (!has) {
        m_formatCombo->setCurrentIndex(0);
        m_encodingCombo->setCurrentIndex(0);
        m_detectedFormat->clear();
        m_detectedEncoding->clear();
        m_mappingBox->hide();
    } else {
        const FileEntry &e = m_files[size_t(row)];
        m_formatCombo->setCurrentIndex(e.format ? std::max(0, m_formatCombo->findData(int(*e.format))) : 0);
        m_encodingCombo->setCurrentIndex(std::max(0, m_encodingCombo->findData(e.encoding)));
        if (e.detectedFormat) {
            const ImportReader *reader = readerFor(e.detectedFormat->format);
            m_detectedFormat->setText(tr("detected: %1, %2 % sure")
                                          .arg(reader ? reader->name() : formatName(e.detectedFormat->format))
                                          .arg(qRound(e.detectedFormat->confidence * 100)));
        } else if (source && source->report.format == Format::Unknown) {
            m_detectedFormat->setText(tr("not recognised"));
        } else {
            m_detectedFormat->setText(e.format ? tr("chosen by hand") : QString());
        }
        if (e.detectedEncoding)
            m_detectedEncoding->setText(
                tr("detected: %1, %2 % sure").arg(e.detectedEncoding->name).arg(e.detectedEncoding->confidence));
        else
            m_detectedEncoding->setText(e.encoding.isEmpty() ? QString() : tr("chosen by hand"));
        showMapping(e, source);
    }
    m_filling = false;
    fillPreview(row);
}

void ImportDialog::showMapping(const FileEntry &entry, const ImportSource *source)
{
    const bool tabular = source && isTabular(source->report.format) && !source->report.columns.empty();
    m_mappingBox->setVisible(tabular || (entry.format && isTabular(*entry.format)));
    if (!tabular) {
        m_mappingTable->setRowCount(0);
        return;
    }
    const std::vector<CsvColumn> &columns = source->report.columns;
    m_mappingTable->setRowCount(0);
    m_mappingTable->setRowCount(int(columns.size()));
    for (int r = 0; r < int(columns.size()); ++r) {
        const CsvColumn &c = columns[size_t(r)];
        QTableWidgetItem *name = cell(c.header);
        if (c.guessed != ColumnRole::Attribute)
            name->setToolTip(tr("%1 — recognised as %2").arg(c.header, roleText(c.guessed)));
        m_mappingTable->setItem(r, 0, name);
        auto *combo = new QComboBox;
        for (ColumnRole role : kRoles)
            combo->addItem(roleText(role), int(role));
        combo->setCurrentIndex(combo->findData(int(c.used)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChosen);
        m_mappingTable->setCellWidget(r, 1, combo);
    }
}

void ImportDialog::fillPreview(int fileRow)
{
    m_preview->setRowCount(0);
    if (!m_plan || fileRow < 0 || fileRow >= int(m_files.size())) {
        m_previewLabel->setText(m_files.empty() ? QString() : tr("No preview yet."));
        return;
    }
    const qsizetype index = m_planFiles.indexOf(m_files[size_t(fileRow)].path);
    if (index < 0) {
        m_previewLabel->setText(tr("No preview yet."));
        return;
    }
    qsizetype first = 0;
    for (qsizetype i = 0; i < index; ++i)
        first += m_plan->sources[size_t(i)].recordCount;
    const ImportSource &source = m_plan->sources[size_t(index)];
    const int shown = int(std::min<qsizetype>(source.recordCount, kPreviewRows));
    m_previewLabel->setText(source.recordCount > shown
                                ? tr("The first %1 of %2 records in %3:").arg(shown).arg(source.recordCount).arg(QFileInfo(source.name).fileName())
                                : tr("%n record(s) in %1:", nullptr, int(source.recordCount)).arg(QFileInfo(source.name).fileName()));
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const core::Record &rec = m_plan->records[size_t(first + r)];
        const DuplicateDecision &d = m_plan->decisions[size_t(first + r)];
        m_preview->setItem(r, 0, cell(actionText(d)));
        m_preview->setItem(r, 1, cell(rec.title));
        m_preview->setItem(r, 2, cell(rec.authors.join(QStringLiteral("; "))));
        m_preview->setItem(r, 3, cell(rec.year ? QString::number(*rec.year) : QString()));
        m_preview->setItem(r, 4, cell(rec.journal));
        m_preview->setItem(r, 5, cell(rec.doi));
        m_preview->setItem(r, 6, cell(rec.language));
        m_preview->setItem(r, 7, cell(d.reason));
        if (!d.reason.isEmpty())
            m_preview->item(r, 0)->setToolTip(d.reason);
        if (d.action == DuplicateAction::SkipExisting || d.action == DuplicateAction::SkipWithinFile) {
            // What will not be imported reads as secondary, so the additions stand out.
            const QBrush dim = palette().brush(QPalette::Disabled, QPalette::Text);
            for (int c = 0; c < m_preview->columnCount(); ++c)
                m_preview->item(r, c)->setForeground(dim);
        }
    }
    // Sensible widths: the title gets the room and the reason (last) the rest.
    const int widths[] = {150, 260, 130, 48, 130, 150, 60};
    for (int c = 0; c < 7; ++c)
        m_preview->setColumnWidth(c, widths[c]);
}

void ImportDialog::fillDiagnostics()
{
    m_diagnostics->clear();
    if (!m_plan)
        return;
    for (const ImportSource &s : m_plan->sources)
        for (const Diagnostic &d : s.report.diagnostics)
            m_diagnostics->addItem(d.displayText());
}

void ImportDialog::updateSummary()
{
    if (m_files.empty()) {
        m_summaryLabel->setText(tr("No files yet."));
        return;
    }
    if (!m_plan)
        return;
    QStringList refused;
    for (const ImportSource &s : m_plan->sources)
        if (s.report.refused)
            refused << QFileInfo(s.name).fileName();
    QString text = tr("%1 to add, %2 to update, %3 already in the project, %4 repeated in the files, "
                      "%5 malformed (skipped).")
                       .arg(m_plan->count(DuplicateAction::Add))
                       .arg(m_plan->count(DuplicateAction::UpdateExisting))
                       .arg(m_plan->count(DuplicateAction::SkipExisting))
                       .arg(m_plan->count(DuplicateAction::SkipWithinFile))
                       .arg(m_plan->malformed());
    if (!refused.isEmpty())
        text += QLatin1Char(' ')
            + tr("Nothing can be imported while %1 is refused: choose its format or encoding, or remove it (see Problems).")
                  .arg(refused.join(QStringLiteral(", ")));
    m_summaryLabel->setText(text);
}

void ImportDialog::updateButtons()
{
    const bool reading = m_reading;
    m_progress->setVisible(reading);
    m_cancelReadButton->setVisible(reading);
    m_readAgainButton->setVisible(!reading && !m_plan && !m_files.empty() && !m_readTimer->isActive());
    const bool ready = !reading && !m_readTimer->isActive() && m_plan && !m_plan->refusedAny() && !m_plan->cancelled()
        && m_plan->count(DuplicateAction::Add) + m_plan->count(DuplicateAction::UpdateExisting) > 0;
    m_importButton->setEnabled(ready);
}

// --- import ----------------------------------------------------------------------------

void ImportDialog::import()
{
    if (!m_plan || isReading())
        return;
    const int total = m_plan->count(DuplicateAction::Add) + m_plan->count(DuplicateAction::UpdateExisting);
    QProgressDialog progress(tr("Importing %n record(s)…", nullptr, total), tr("Cancel"), 0, total, this);
    progress.setWindowTitle(tr("Import Records"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // Apply runs here, on the GUI thread (listeners update the models); the hook keeps the
    // window alive between chunks so that Cancel can be clicked, and a cancel rolls back.
    auto applied = applyImport(m_document->project(), *m_plan, [&progress](qint64 done, qint64 all) {
        progress.setMaximum(int(all));
        progress.setValue(int(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (!applied) {
        if (cancelled) {
            m_summaryLabel->setText(tr("The import was cancelled and rolled back; nothing was added."));
            return;
        }
        QMessageBox::warning(this, tr("Import Records"), applied.error());
        return;
    }
    m_summary = *applied;
    emit imported(m_summary);
    accept();
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    stopWorker();
    QDialog::closeEvent(event);
}

void ImportDialog::reject()
{
    stopWorker();
    QDialog::reject();
}

} // namespace dyad::ui
