#pragma once

#include "core/model/study.h"

#include <QDialog>
#include <QSet>

#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace dyad::ui {

class Document;

/**
 * Chooses which records of the project go to which reviewers in a round: all records, those
 * selected in the record list, those the record list's filter shows, or a random sample of N
 * (of all or of the filtered records) with the seed shown, so the same sample can be drawn
 * again. Records already given out in another round can be left out ("the rest" after a pilot).
 * Writes nothing: the Study window assigns what recordIds() and reviewerIds() say.
 */
class AssignRecordsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { All, Selected, Filtered, Sample };

    /** What the workbench's record list offers. */
    struct RecordList
    {
        std::vector<QUuid> selected;
        std::vector<QUuid> filtered;
        QString filterDescription;        ///< the record filter in words ("round Pilot, search “trust”")
    };

    AssignRecordsDialog(Document *document, const QUuid &roundId, RecordList list, QWidget *parent = nullptr);

    std::vector<QUuid> recordIds() const;
    std::vector<QUuid> reviewerIds() const;
    core::RecordSelection selection() const;

    void setSource(Source source);
    void setSampleSize(int n);
    void setSeed(quint64 seed);
    quint64 seed() const;

private:
    Source source() const;
    std::vector<QUuid> population() const;
    void update();

    Document *m_document;
    QUuid m_round;
    RecordList m_list;
    std::vector<QUuid> m_all;
    QSet<QUuid> m_elsewhere;           ///< assigned in another round
    QString m_roundName;

    QListWidget *m_reviewers;
    QButtonGroup *m_sources;
    QRadioButton *m_allButton;
    QRadioButton *m_selectedButton;
    QRadioButton *m_filteredButton;
    QRadioButton *m_sampleButton;
    QSpinBox *m_sampleSize;
    QComboBox *m_sampleFrom;
    QSpinBox *m_seed;
    QCheckBox *m_skipAssigned;
    QLabel *m_summary;
    QPushButton *m_ok = nullptr;
};

} // namespace dyad::ui
