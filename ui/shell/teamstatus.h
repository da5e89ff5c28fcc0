#pragma once

#include <QLabel>
#include <QPointer>

class QTimer;

namespace dyad::ui {

class Document;

/**
 * A status-bar note shown while the open team project has lost its server: says that
 * changes are not saved until the server is back and that the next change connects again.
 * Hidden for files and while connected.
 */
class TeamStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit TeamStatusLabel(QWidget *parent = nullptr);
    void setDocument(Document *document);

private:
    void update();

    QPointer<Document> m_document;
    QTimer *m_timer;
};

} // namespace dyad::ui
