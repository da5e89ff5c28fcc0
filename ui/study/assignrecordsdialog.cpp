#include "ui/study/assignrecordsdialog.h"

#include "ui/document.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace dyad::ui {

namespace {

QString roleText(core::ReviewerRole role)
{
    switch (role) {
    case core::ReviewerRole::Reviewer:
        return AssignRecordsDialog::tr("reviewer");
    case core::ReviewerRole::Adjudicator:
        return AssignRecordsDialog::tr("adjudicator");
    case core::ReviewerRole::Lead:
        return AssignRecordsDialog::tr("lead");
    case core::ReviewerRole::Consensus:
        return AssignRecordsDialog::tr("consensus");
    }
    return {};
}

} // namespace

AssignRecordsDialog::AssignRecordsDialog(Document *document, const QUuid &roundId, RecordList list, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_round(roundId)
    , m_list(std::move(list))
    , m_reviewers(new QListWidget)
    , m_sources(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("AssignRecordsDialog"));
    const core::Project &project = document->project();
    m_roundName = project.round(roundId).value_or(core::Round{}).name;
    setWindowTitle(tr("Assign Records to “%1”").arg(m_roundName));
    for (const core::RecordSummary &r : project.recordSummaries())
        m_all.push_back(r.id);
    for (const core::Assignment &a : project.assignments(std::nullopt, std::nullopt, std::nullopt))
        if (a.roundId != roundId)
            m_elsewhere.insert(a.recordId);

    // Reviewers: the coders are ticked; a lead or adjudicator can be added to code as well.
    auto *reviewerBox = new QGroupBox(tr("Re&viewers who code these records independently"));
    auto *reviewerLayout = new QVBoxLayout(reviewerBox);
    m_reviewers->setObjectName(QStringLiteral("AssignReviewers"));
    for (const core::Reviewer &r : project.reviewers()) {
        if (r.role == core::ReviewerRole::Consensus)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(r.name, roleText(r.role)), m_reviewers);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(r.role == core::ReviewerRole::Reviewer ? Qt::Checked : Qt::Unchecked);
    }
    m_reviewers->setMaximumHeight(120);
    reviewerLayout->addWidget(m_reviewers);
    connect(m_reviewers, &QListWidget::itemChanged, this, &AssignRecordsDialog::update);

    // Records
    auto *recordBox = new QGroupBox(tr("Records"));
    auto *grid = new QGridLayout(recordBox);
    m_allButton = new QRadioButton(tr("&All records (%1)").arg(QLocale().toString(qsizetype(m_all.size()))));
    m_selectedButton = new QRadioButton(
        tr("Records &selected in the record list (%1)").arg(QLocale().toString(qsizetype(m_list.selected.size()))));
    m_filteredButton = new QRadioButton(tr("Records matching the record &filter (%1)")
                                            .arg(QLocale().toString(qsizetype(m_list.filtered.size()))));
    if (!m_list.filterDescription.isEmpty())
        m_filteredButton->setToolTip(m_list.filterDescription);
    m_sampleButton = new QRadioButton(tr("A random sa&mple of"));
    m_allButton->setObjectName(QStringLiteral("AssignAll"));
    m_selectedButton->setObjectName(QStringLiteral("AssignSelected"));
    m_filteredButton->setObjectName(QStringLiteral("AssignFiltered"));
    m_sampleButton->setObjectName(QStringLiteral("AssignSample"));
    m_selectedButton->setEnabled(!m_list.selected.empty());
    m_filteredButton->setEnabled(!m_list.filtered.empty());
    m_sources->addButton(m_allButton, static_cast<int>(Source::All));
    m_sources->addButton(m_selectedButton, static_cast<int>(Source::Selected));
    m_sources->addButton(m_filteredButton, static_cast<int>(Source::Filtered));
    m_sources->addButton(m_sampleButton, static_cast<int>(Source::Sample));

    m_sampleSize = new QSpinBox;
    m_sampleSize->setObjectName(QStringLiteral("SampleSize"));
    m_sampleSize->setRange(1, std::max(1, static_cast<int>(m_all.size())));
    // A pilot of about 10 % (DESIGN: pilot 10 %, then the rest), at least one record.
    m_sampleSize->setValue(std::max(1, static_cast<int>((m_all.size() + 5) / 10)));
    m_sampleSize->setSuffix(tr(" records"));
    m_sampleFrom = new QComboBox;
    m_sampleFrom->addItem(tr("from all records"));
    m_sampleFrom->addItem(tr("from the filtered records"));
    m_sampleFrom->setEnabled(!m_list.filtered.empty());
    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("SampleSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(static_cast<int>(core::newSampleSeed()));
    auto *newSeed = new QPushButton(tr("Ne&w Seed"));
    newSeed->setAutoDefault(false);
    connect(newSeed, &QPushButton::clicked, this,
            [this] { m_seed->setValue(static_cast<int>(core::newSampleSeed())); });
    auto *seedLabel = new QLabel(tr("S&eed:"));
    seedLabel->setBuddy(m_seed);
    auto *seedNote = new QLabel(tr("Write the seed down: the same seed draws the same records again "
                                   "(also with dyad-cli rounds --assign … --sample N --seed S)."));
    seedNote->setWordWrap(true);
    seedNote->setForegroundRole(QPalette::PlaceholderText);

    grid->addWidget(m_allButton, 0, 0, 1, 4);
    grid->addWidget(m_selectedButton, 1, 0, 1, 4);
    grid->addWidget(m_filteredButton, 2, 0, 1, 4);
    grid->addWidget(m_sampleButton, 3, 0);
    grid->addWidget(m_sampleSize, 3, 1);
    grid->addWidget(m_sampleFrom, 3, 2, 1, 2);
    auto *seedRow = new QHBoxLayout;
    seedRow->addSpacing(24);
    seedRow->addWidget(seedLabel);
    seedRow->addWidget(m_seed);
    seedRow->addWidget(newSeed);
    seedRow->addStretch(1);
    grid->addLayout(seedRow, 4, 0, 1, 4);
    grid->addWidget(seedNote, 5, 0, 1, 4);
    m_skipAssigned = new QCheckBox(tr("&Leave out records already assigned in another round (%1)")
                                       .arg(QLocale().toString(qsizetype(m_elsewhere.size()))));
    m_skipAssigned->setObjectName(QStringLiteral("SkipAssigned"));
    m_skipAssigned->setChecked(!m_elsewhere.isEmpty());
    m_skipAssigned->setEnabled(!m_elsewhere.isEmpty());
    grid->addWidget(m_skipAssigned, 6, 0, 1, 4);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("AssignSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reviewerBox);
    layout->addWidget(recordBox);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_sources, &QButtonGroup::idToggled, this, &AssignRecordsDialog::update);
    connect(m_sampleSize, &QSpinBox::valueChanged, this, [this] {
        m_sampleButton->setChecked(true);
        update();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, &AssignRecordsDialog::update);
    connect(m_sampleFrom, &QComboBox::currentIndexChanged, this, &AssignRecordsDialog::update);
    connect(m_skipAssigned, &QCheckBox::toggled, this, &AssignRecordsDialog::update);

    // Start where the lead most likely is: a selection made for this, else everything.
    (m_list.selected.size() > 1 ? m_selectedButton : m_allButton)->setChecked(true);
    update();
    m_ok->setFocus();
}

AssignRecordsDialog::Source AssignRecordsDialog::source() const
{
    return static_cast<Source>(std::max(0, m_sources->checkedId()));
}

void AssignRecordsDialog::setSource(Source source)
{
    if (QAbstractButton *b = m_sources->button(static_cast<int>(source)))
        b->setChecked(true);
}

void AssignRecordsDialog::setSampleSize(int n)
{
    m_sampleSize->setValue(n);
}

void AssignRecordsDialog::setSeed(quint64 seed)
{
    m_seed->setValue(static_cast<int>(seed));
}

quint64 AssignRecordsDialog::seed() const
{
    return static_cast<quint64>(m_seed->value());
}

std::vector<QUuid> AssignRecordsDialog::population() const
{
    std::vector<QUuid> from;
    switch (source()) {
    case Source::All:
        from = m_all;
        break;
    case Source::Selected:
        from = m_list.selected;
        break;
    case Source::Filtered:
        from = m_list.filtered;
        break;
    case Source::Sample:
        from = m_sampleFrom->currentIndex() == 1 ? m_list.filtered : m_all;
        break;
    }
    if (m_skipAssigned->isChecked())
        std::erase_if(from, [this](const QUuid &id) { return m_elsewhere.contains(id); });
    return from;
}

std::vector<QUuid> AssignRecordsDialog::recordIds() const
{
    const std::vector<QUuid> from = population();
    if (source() == Source::Sample)
        return core::randomSample(from, m_sampleSize->value(), seed());
    return from;
}

std::vector<QUuid> AssignRecordsDialog::reviewerIds() const
{
    std::vector<QUuid> ids;
    for (int i = 0; i < m_reviewers->count(); ++i)
        if (m_reviewers->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_reviewers->item(i)->data(Qt::UserRole).toUuid());
    return ids;
}

core::RecordSelection AssignRecordsDialog::selection() const
{
    core::RecordSelection s;
    s.population = static_cast<qsizetype>(population().size());
    switch (source()) {
    case Source::All:
        s.how = QStringLiteral("all");
        break;
    case Source::Selected:
        s.how = QStringLiteral("selected");
        break;
    case Source::Filtered:
        s.how = QStringLiteral("filter");
        s.description = m_list.filterDescription;
        break;
    case Source::Sample:
        s.how = QStringLiteral("sample");
        s.seed = seed();
        if (m_sampleFrom->currentIndex() == 1)
            s.description = m_list.filterDescription;
        break;
    }
    if (m_skipAssigned->isChecked())
        s.description = s.description.isEmpty() ? QStringLiteral("not assigned in another round")
                                                : s.description + QStringLiteral("; not assigned in another round");
    return s;
}

void AssignRecordsDialog::update()
{
    const bool sample = source() == Source::Sample;
    m_seed->setEnabled(sample);
    const std::vector<QUuid> records = recordIds();
    const std::vector<QUuid> reviewers = reviewerIds();
    QStringList names;
    for (const QUuid &id : reviewers)
        names << m_document->project().reviewer(id).value_or(core::Reviewer{}).name;
    const QSet<QUuid> already = [&] {
        QSet<QUuid> have;
        for (const core::Assignment &a : m_document->project().assignments(m_round, std::nullopt, std::nullopt))
            have.insert(a.recordId);
        return have;
    }();
    qsizetype fresh = 0;
    for (const QUuid &id : records)
        fresh += already.contains(id) ? 0 : 1;
    if (reviewers.empty())
        m_summary->setText(tr("Tick at least one reviewer."));
    else if (records.empty())
        m_summary->setText(tr("No records to assign with this choice."));
    else
        m_summary->setText(tr("%1 will each code %2 record(s) in “%3” (%4 not in this round yet).%5")
                               .arg(QLocale().createSeparatedList(names))
                               .arg(QLocale().toString(qsizetype(records.size())))
                               .arg(m_roundName)
                               .arg(QLocale().toString(fresh))
                               .arg(sample ? tr(" A sample of %1 out of %2, drawn with seed %3.")
                                                 .arg(QLocale().toString(qsizetype(records.size())))
                                                 .arg(QLocale().toString(qsizetype(population().size())))
                                                 .arg(seed())
                                           : QString()));
    m_ok->setEnabled(!reviewers.empty() && !records.empty());
}

} // namespace dyad::ui
