#include "ui/shell/teamstatus.h"

#include "core/model/project.h"
#include "ui/document.h"

#include <QTimer>

namespace dyad::ui {

TeamStatusLabel::TeamStatusLabel(QWidget *parent)
    : QLabel(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("TeamOffline"));
    setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    setText(tr("Offline: the team server cannot be reached. Changes are not saved until it is back; "
               "your next change connects again."));
    setVisible(false);
    // The document looks for others' changes every second, which is when a lost connection shows.
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TeamStatusLabel::update);
}

void TeamStatusLabel::setDocument(Document *document)
{
    m_document = document;
    if (document)
        m_timer->start();
    else
        m_timer->stop();
    update();
}

void TeamStatusLabel::update()
{
    setVisible(m_document && m_document->project().isOffline());
}

} // namespace dyad::ui
