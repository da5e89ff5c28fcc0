#pragma once

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dyad::ui {

class DecisionLogModel;
class DecisionLogFilter;
class Document;

/**
 * The reconciliation decision log for reading and for a methods appendix: a table with
 * record titles and code and reviewer names, a filter field (any column), a round chooser,
 * undone decisions on request, and export of what is shown to CSV.
 */
class DecisionLogView : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionLogView(Document *document, QWidget *parent = nullptr);

    /** Shows one round's decisions (null: every round). */
    void setRound(const QUuid &roundId);
    /** Writes the decisions shown (filtered, in the shown order) as CSV. */
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    DecisionLogModel *model() const { return m_model; }
    int shownCount() const;

signals:
    void showRecordRequested(const QUuid &recordId);

private:
    void updateCount();
    void exportDialog();
    void refreshRounds();

    Document *m_document;
    DecisionLogModel *m_model;
    DecisionLogFilter *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_round;
    QCheckBox *m_undone;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_view;
};

} // namespace dyad::ui
