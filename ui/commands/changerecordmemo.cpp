#include "ui/commands/changerecordmemo.h"

#include "ui/document.h"
#include "core/model/project.h"
#include "ui/commands/undocommands.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeRecordMemo::ChangeRecordMemo(Document *document, const QUuid &recordId, QString before, QString after,
                                   int session, qint64 version, Written onWritten, Conflict onConflict,
                                   QUndoCommand *parent)
    : ChangeValue(document, recordId, std::move(before), std::move(after), ChangeRecordMemoId,
                  QCoreApplication::translate("Undo Commands", "Change Record Memo"), parent)
    , m_session(session)
    , m_version(version)
    , m_onWritten(std::move(onWritten))
    , m_onConflict(std::move(onConflict))
{
}

core::Status ChangeRecordMemo::setValue(const QString &memo)
{
    core::Project &project = document()->project();
    qint64 version = m_version;
    if (!isFirstWrite()) {
        const core::RecordMemo now = project.recordMemoWithVersion(objectId());
        if (now.text != expected()) {
            const QString message = QCoreApplication::translate(
                "Undo Commands", "Your memo on this record was changed in another window or program since; it was "
                                 "not overwritten.");
            if (m_onConflict)
                m_onConflict(message, memo);
            return core::makeConflict(message);
        }
        version = now.version;
    }
    auto written = project.setRecordMemo(objectId(), memo, version);
    if (!written) {
        if (written.errorKind() == core::ErrorKind::Conflict && m_onConflict)
            m_onConflict(written.error(), memo);
        return written.takeError();
    }
    if (m_onWritten)
        m_onWritten(*written, memo);
    return {};
}

bool ChangeRecordMemo::sameValue(const ChangeValue &other) const
{
    return static_cast<const ChangeRecordMemo &>(other).m_session == m_session;
}

} // namespace dyad::ui
