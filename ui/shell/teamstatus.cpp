#include "ui/shell/teamstatus.h"

#include "ui/document.h"
#include "ui/shell/unsentchanges.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoCommand>

namespace dyad::ui {

TeamStatusLabel::TeamStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("TeamOffline"));
    setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to list the changes not saved yet."));
    setVisible(false);
}

void TeamStatusLabel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::unsavedChangesChanged, this, &TeamStatusLabel::update);
        connect(document, &Document::unsavedChangesRefused, this, &TeamStatusLabel::showRefusedChanges);
        connect(document, &Document::connectionChanged, this, [this](bool online) {
            update();
            auto *window = qobject_cast<QMainWindow *>(this->window());
            if (online && window)
                window->statusBar()->showMessage(tr("Reconnected to the team server"), 8000);
        });
    }
    update();
}

void TeamStatusLabel::update()
{
    const int unsaved = m_document ? static_cast<int>(m_document->unsavedChanges().size()) : 0;
    const bool offline = m_document && m_document->isOffline();
    QString note;
    if (offline)
        note = tr("Offline: the team server cannot be reached. Changes are not saved until it is back; "
                  "Dyad connects again by itself.");
    if (unsaved > 0)
        note += (note.isEmpty() ? QString() : QStringLiteral(" "))
              + tr("%n change(s) not saved.", nullptr, unsaved);
    setText(note);
    setVisible(!note.isEmpty());
}

void TeamStatusLabel::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        showUnsavedChanges();
}

void TeamStatusLabel::showRefusedChanges(const QStringList &changes)
{
    // Not only in the status bar: what was lost must stay readable until the user has seen it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Changes Not Saved"),
                                tr("The team server refused %n change(s) made while it could not be reached. "
                                   "They were dropped; the other changes were saved.",
                                   nullptr, static_cast<int>(changes.size())),
                                QMessageBox::Close, window());
    box->setObjectName(QStringLiteral("RefusedChanges"));
    box->setInformativeText(changes.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TeamStatusLabel::showUnsavedChanges()
{
    if (!m_document)
        return;
    const QStringList changes = m_document->unsavedChanges();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Changes Not Saved"),
                                changes.isEmpty()
                                    ? tr("Every change is saved on the team server.")
                                    : tr("These changes wait for the team server and are sent, in this order, "
                                         "as soon as it can be reached:"),
                                QMessageBox::Close, window());
    box->setObjectName(QStringLiteral("UnsavedChanges"));
    if (!changes.isEmpty())
        box->setInformativeText(changes.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool confirmUnsavedTeamChanges(QWidget *parent, Document *document)
{
    const QStringList changes = document->unsavedChanges();
    if (changes.isEmpty())
        return true;
    QStringList notKeepable;
    const auto commands = document->unsavedCommands();
    for (size_t i = 0; i < commands.size(); ++i)
        if (!unsent::canKeep(*commands[i]))
            notKeepable << changes.value(static_cast<qsizetype>(i));
    QString question = TeamStatusLabel::tr("%n change(s) made while the team server could not be reached are not "
                                           "saved yet.",
                                           nullptr, static_cast<int>(changes.size()));
    if (!notKeepable.isEmpty())
        question += QLatin1Char(' ')
                  + TeamStatusLabel::tr("Codings can be kept in a file and sent by the next session; these other "
                                        "changes cannot and are lost unless you keep waiting: %1")
                        .arg(notKeepable.join(QStringLiteral("; ")));
    QMessageBox box(QMessageBox::Warning, TeamStatusLabel::tr("Changes Not Saved"), question, QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("CloseWithUnsavedChanges"));
    box.setInformativeText(changes.join(QLatin1Char('\n')));
    QPushButton *wait = box.addButton(TeamStatusLabel::tr("Keep Waiting"), QMessageBox::RejectRole);
    QPushButton *keep = box.addButton(TeamStatusLabel::tr("Keep in a File"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(TeamStatusLabel::tr("Discard Changes"), QMessageBox::DestructiveRole);
    wait->setObjectName(QStringLiteral("KeepWaiting"));
    keep->setObjectName(QStringLiteral("KeepInFile"));
    discard->setObjectName(QStringLiteral("DiscardChanges"));
    box.setDefaultButton(wait);
    box.setEscapeButton(wait);
    box.exec();
    if (box.clickedButton() == keep) {
        auto saved = unsent::save(*document);
        if (!saved) {
            QMessageBox::warning(parent, TeamStatusLabel::tr("Changes Not Saved"),
                                 TeamStatusLabel::tr("The changes could not be kept: %1").arg(saved.error()));
            return false;
        }
    } else if (box.clickedButton() != discard) {
        return false;
    }
    document->discardUnsavedChanges();
    return true;
}

void offerKeptTeamChanges(QWidget *parent, Document *document)
{
    auto kept = unsent::load(*document);
    if (!kept) {
        QMessageBox::warning(parent, TeamStatusLabel::tr("Changes Kept from an Earlier Session"), kept.error());
        return;
    }
    if (kept->empty())
        return;
    QStringList words;
    for (const unsent::Kept &k : *kept)
        words << k.description;
    QMessageBox box(QMessageBox::Question, TeamStatusLabel::tr("Changes Kept from an Earlier Session"),
                    TeamStatusLabel::tr("%n change(s) made in an earlier session while the team server could not be "
                                        "reached were kept to be sent. Send them now, in the order they were made?",
                                        nullptr, static_cast<int>(kept->size())),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("KeptChanges"));
    box.setInformativeText(words.join(QLatin1Char('\n')));
    QPushButton *send = box.addButton(TeamStatusLabel::tr("Send Now"), QMessageBox::AcceptRole);
    QPushButton *later = box.addButton(TeamStatusLabel::tr("Later"), QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(TeamStatusLabel::tr("Discard Them"), QMessageBox::DestructiveRole);
    send->setObjectName(QStringLiteral("SendNow"));
    later->setObjectName(QStringLiteral("Later"));
    discard->setObjectName(QStringLiteral("DiscardKept"));
    box.setDefaultButton(send);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == send) {
        // Through the document, like changes made now: refused ones are reported, and they
        // wait in the queue should the server be away again.
        for (const unsent::Kept &k : *kept)
            document->push(k.command);
        unsent::remove(document->project().path());
        return;
    }
    for (const unsent::Kept &k : *kept)
        delete k.command;
    if (box.clickedButton() == discard)
        unsent::remove(document->project().path());
}

} // namespace dyad::ui
