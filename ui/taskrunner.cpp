#include "ui/taskrunner.h"

#include <QApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>

namespace dyad::ui {

std::optional<QVariant> TaskRunner::run(QWidget *parent, const QString &title, Work work, int showAfterMs)
{
    const QPointer<QWidget> focus = QApplication::focusWidget(); // where the keys go back to
    QProgressDialog dialog(title, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(showAfterMs);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);

    QFutureWatcher<QVariant> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::progressRangeChanged, &dialog, &QProgressDialog::setRange);
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &dialog, &QProgressDialog::setValue);
    QObject::connect(&dialog, &QProgressDialog::canceled, &watcher, &QFutureWatcherBase::cancel);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QFuture<QVariant> future = runInBackground<QVariant>(std::move(work));
    watcher.setFuture(future);
    dialog.setValue(0);
    loop.exec(); // user input stays on: the dialog is window-modal and Cancel must work
    future.waitForFinished(); // the work may hold references into the caller's frame
    dialog.reset();
    dialog.hide();
    if (focus) {
        focus->activateWindow();
        focus->setFocus(Qt::OtherFocusReason);
    }
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

} // namespace dyad::ui
