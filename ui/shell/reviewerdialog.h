#pragma once

#include <QDialog>
#include <QUuid>

class QListWidget;
class QLineEdit;
class QComboBox;

namespace dyad::ui {

class Document;

/** "Who am I?": choose the reviewer to work as, or add a new one. */
class ReviewerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewerDialog(Document *document, const QUuid &preselect, QWidget *parent = nullptr);

    QUuid reviewerId() const { return m_chosen; }

private:
    void addReviewer();
    void refresh(const QUuid &select);
    void accept() override;

    Document *m_document;
    QListWidget *m_list;
    QLineEdit *m_newName;
    QComboBox *m_newRole;
    QUuid m_chosen;
};

} // namespace dyad::ui
