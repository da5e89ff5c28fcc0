#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThreadPool>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace dyad::ui {

/**
 * Handed to work running in the background: report progress, and stop early when the person
 * cancelled. Thread-safe; what it reports reaches the GUI thread through the task's QFuture
 * (QFutureWatcher::progressRangeChanged and progressValueChanged, at most 25 times a second).
 */
class TaskContext
{
public:
    virtual ~TaskContext() = default;
    virtual bool isCanceled() const = 0;
    /**
     * @p done of @p total. Progress only moves forward: a smaller @p done than before is
     * ignored. A new @p total is announced at once; @p total 0 asks for a busy indicator.
     * Totals beyond what a progress bar counts (bytes of a large file) are scaled down.
     */
    virtual void setProgress(qint64 done, qint64 total) = 0;
};

namespace detail {
/** The largest progress range a task reports; bigger totals are scaled to it. */
inline constexpr qint64 kProgressScale = 1000000;

template<typename T>
class PromiseContext final : public TaskContext
{
public:
    explicit PromiseContext(QPromise<T> &promise) : m_promise(promise) {}
    bool isCanceled() const override { return m_promise.isCanceled(); }
    void setProgress(qint64 done, qint64 total) override
    {
        const double scale = total > kProgressScale ? double(kProgressScale) / double(total) : 1.0;
        const int max = int(double(total) * scale);
        if (max != m_max) {
            m_max = max;
            m_promise.setProgressRange(0, max);
        }
        m_promise.setProgressValue(int(double(done) * scale));
    }

private:
    QPromise<T> &m_promise;
    int m_max = -1;
};
} // namespace detail

/**
 * The one way to run work off the GUI thread: @p work(context) runs on a pooled thread and
 * the returned future carries its result, its progress (range, value, text) and its
 * cancellation (QFuture::cancel(), which the work sees as TaskContext::isCanceled()). Follow
 * it with a QFutureWatcher, whenFinished() or TaskRunner::run(). The work must not touch
 * widgets, nor a core::Project that the GUI thread uses (open a connection of its own).
 */
template<typename T>
QFuture<T> runInBackground(std::function<T(TaskContext &)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        detail::PromiseContext<T> context(*promise);
        if (!promise->isCanceled())
            promise->addResult(work(context));
        promise->finish();
    });
    return future;
}

/**
 * When @p future ends, @p done runs on @p receiver's thread with the result, or with nullopt
 * when the task was cancelled; not at all once the receiver is gone.
 */
template<typename T>
void whenFinished(const QFuture<T> &future, QObject *receiver, std::function<void(std::optional<T>)> done)
{
    auto *watcher = new QFutureWatcher<T>(receiver); // goes with the receiver
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)] {
        const QFuture<T> f = watcher->future();
        std::optional<T> result;
        if (!f.isCanceled() && f.resultCount() > 0)
            result = f.result();
        watcher->deleteLater();
        done(std::move(result));
    });
    watcher->setFuture(future);
}

/**
 * Long work the person waits for (saving a copy, finding every search hit): runInBackground()
 * while the window shows a progress dialog with Cancel.
 */
class TaskRunner
{
public:
    using Work = std::function<QVariant(TaskContext &)>;

    /**
     * Blocks (with the event loop running, so the window repaints and Cancel works) until
     * the work ends. Returns its result, or nullopt when it was cancelled. The dialog appears
     * only if the work takes over `showAfterMs` milliseconds, so quick tasks do not flash a
     * window.
     */
    static std::optional<QVariant> run(QWidget *parent, const QString &title, Work work, int showAfterMs = 400);
};

} // namespace dyad::ui
