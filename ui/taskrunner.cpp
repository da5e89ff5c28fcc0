#include "ui/taskrunner.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace dyad::ui {

std::optional<QVariant> TaskRunner::run(QWidget *parent, const QString &title, Work work, int showAfterMs)
{
    TaskContext context;
    QVariant result;
    QThread *thread = QThread::create([&] { result = work(context); });

    QProgressDialog dialog(title, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(showAfterMs);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&context, &TaskContext::progress, &dialog, [&dialog](qint64 done, qint64 total) {
        // QProgressDialog counts in int; scale big totals down.
        const double scale = total > 1000000 ? 1000000.0 / double(total) : 1.0;
        dialog.setMaximum(static_cast<int>(double(total) * scale));
        dialog.setValue(static_cast<int>(double(done) * scale));
    });
    QObject::connect(&context, &TaskContext::label, &dialog, &QProgressDialog::setLabelText);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&context] { context.cancel(); });

    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    dialog.setValue(0);
    loop.exec(); // user input stays on: the dialog is window-modal and Cancel must work
    thread->wait();
    delete thread;
    dialog.reset();
    if (context.isCanceled())
        return std::nullopt;
    return result;
}

} // namespace dyad::ui
